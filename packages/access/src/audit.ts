import type { Purpose } from "./policy";

/** One sensitive value served: about whom, which field, under which purpose. */
export interface SensitiveRead {
  subjectId: string;
  /** `Type.field`, as in the schema. */
  field: string;
  purpose: Purpose;
}

/** Where a subgraph reports its sensitive reads to the gateway, in the response's extensions. */
export const SENSITIVE_READS_EXTENSION = "campusSensitiveReads";

/**
 * The sensitive reads of one request in one subgraph. The same value read twice in one request
 * (aliases, a list and a nested path) is one read: the audit is of disclosure, not of resolver calls.
 */
export class AuditTrail {
  private readonly seen = new Map<string, SensitiveRead>();

  record(read: SensitiveRead): void {
    const key = `${read.subjectId}\u0000${read.field}`;
    if (!this.seen.has(key)) this.seen.set(key, read);
  }

  get reads(): SensitiveRead[] {
    return [...this.seen.values()];
  }
}
