import type { EntityManager } from "@mikro-orm/postgresql";
import { Access, AuditTrail } from "@campus/access";
import type { Dataset } from "@campus/demo-data";
import type { RequestContext } from "@campus/subgraph";
import { createLoaders, type Loaders } from "../loaders";
import { OrgUnitAdminService } from "./org-unit-admin.service";
import { OrgUnitKind } from "./org-unit.enums";

const quiet: RequestContext["log"] = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quiet,
};

/** An administrator's request, as the server would build it; the seed has no graph to ask. */
export function asAdmin(em: EntityManager): RequestContext<Loaders> {
  const caller = { subject: "seed:admin", personId: null, name: "seed", roles: ["admin" as const] };
  return {
    em,
    loaders: createLoaders(em),
    caller,
    access: new Access(caller),
    audit: new AuditTrail(),
    system: false,
    requestId: "seed",
    log: quiet,
    graph: "unchecked",
  };
}

/**
 * The organisation administered, through the service the app uses: each temporary branch the
 * dataset plans (with its purpose, start and end) is created by an administrator under its parent,
 * so it passes the three levels' rules and starts its history as any other.
 */
export async function seedOrgUnitAdministration(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.temporaryBranches ?? [])
    await new OrgUnitAdminService(asAdmin(em.fork())).create({
      name: row.name,
      kind: OrgUnitKind.TEMPORARY_BRANCH,
      parentId: row.parentId,
      purpose: row.purpose,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    });
}
