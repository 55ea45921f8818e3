import { randomUUID } from "node:crypto";
import {
  assertId,
  badUserInput,
  existingPeople,
  forbidden,
  type RequestContext,
} from "@campus/subgraph";
import { groupConnection, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson } from "../row-scope";
import { DomainWeight, EvaluationScheme } from "./evaluation-scheme.entity";
import type { GrowthEvent } from "./growth-event.entity";
import { GROWTH_DOMAINS, GrowthDomain } from "./growth.enums";
import {
  type GrowthRecordArgs,
  type RecordGrowthEventsInput,
  type SetEvaluationSchemeInput,
} from "./growth.input";
import { recordGrowthEventRows } from "./growth.record";
import { assertTerm } from "./growth.term";
import type { GrowthEventBatchReport, TermEvaluation } from "./term-evaluation.type";

const WEIGHT_TOLERANCE = 0.001;

/**
 * The scheme a term without its own is scored by: the five domains weighted equally, and 20
 * points in a domain for full marks there. Not stored (id and updatedAt are null).
 */
export function defaultScheme(term: string): EvaluationScheme {
  const scheme = new EvaluationScheme();
  Object.assign(scheme, {
    id: null,
    term,
    weights: GROWTH_DOMAINS.map((domain) => ({ domain, weight: 0.2 })),
    pointsForFullMarks: 20,
    updatedById: null,
    updatedAt: null,
  });
  return scheme;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A term's scores from its points per domain and its scheme; exported for the tests of the arithmetic. */
export function scoreTerm(
  term: string,
  scheme: EvaluationScheme,
  points: ReadonlyMap<GrowthDomain, number>,
): TermEvaluation {
  let total = 0;
  const domains = GROWTH_DOMAINS.map((domain) => {
    const sum = points.get(domain) ?? 0;
    const weight = scheme.weights.find((w) => w.domain === domain)?.weight ?? 0;
    const score = Math.min(100, Math.max(0, (sum / scheme.pointsForFullMarks) * 100));
    total += score * weight;
    return {
      domain,
      points: round2(sum),
      score: round2(score),
      weight,
      weighted: round2(score * weight),
    };
  });
  return { term, scheme, domains, total: round2(total) };
}

export class GrowthService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * The growth record is not sensitive like warnings: anyone with a relationship to the student
   * (themselves, or staff whose duty covers them) may read it; nobody else.
   */
  private assertSees(personId: string, what: string): void {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId))
      throw forbidden(`${what} is visible only to the student and to staff whose duty covers them`);
  }

  /**
   * Facts from elsewhere come from the gateway relaying other subgraphs, departmental apps
   * registered for CARE, and administrators; a student or counselor cannot add to anyone's record.
   * The source names the sender, so each sender's keys are its own.
   */
  private recorder(): { source: string; recordedById: string | null } {
    const { ctx } = this;
    const { access, caller } = ctx;
    if (ctx.system) return { source: "gateway", recordedById: null };
    if (access.hasRole("service") && access.scope.clientPurposes?.includes("CARE"))
      return { source: `service:${caller.client ?? caller.subject}`, recordedById: null };
    if (access.hasRole("admin")) return { source: "admin", recordedById: caller.personId };
    throw forbidden(
      "growth events are recorded by the platform, departmental apps registered for CARE and administrators",
    );
  }

  async record(input: RecordGrowthEventsInput): Promise<GrowthEventBatchReport> {
    const { source, recordedById } = this.recorder();
    return recordGrowthEventRows(
      this.ctx.em,
      source,
      input.events,
      recordedById,
      new Date(),
      (ids) => existingPeople(this.ctx, ids),
    );
  }

  /** A person's growth record, newest first; batched across all the people of a request. */
  async growthRecord(personId: string, args: GrowthRecordArgs): Promise<Connection<GrowthEvent>> {
    this.assertSees(personId, "the growth record");
    return groupConnection(this.ctx.loaders.growthPage, personId, args, "occurredOn", {
      domain: args.domain,
      term: args.term,
    });
  }

  /** A person's term evaluation: one aggregate statement and one scheme lookup for all the people of a request. */
  async evaluation(personId: string, term: string): Promise<TermEvaluation> {
    this.assertSees(personId, "the evaluation");
    assertTerm(term);
    const [points, scheme] = await Promise.all([
      this.ctx.loaders.termPoints.load(`${personId}|${term}`),
      this.scheme(term),
    ]);
    return scoreTerm(term, scheme, points);
  }

  /** The term's scheme, or the default scheme when it has none. */
  async scheme(term: string): Promise<EvaluationScheme> {
    return (await this.storedScheme(term)) ?? defaultScheme(term);
  }

  /** The term's own scheme; null when none was set. Not personal data: any caller may read it. */
  async storedScheme(term: string): Promise<EvaluationScheme | null> {
    assertTerm(term);
    return this.ctx.loaders.evaluationScheme.load(term);
  }

  /**
   * Sets a term's scheme, replacing any earlier one. University administrators only: the scheme
   * applies to every student, so a college's administrator may not set it for everyone.
   * A plain replacement (last one wins), so concurrent sets need no lock.
   */
  async setScheme(input: SetEvaluationSchemeInput): Promise<EvaluationScheme> {
    const { access } = this.ctx;
    if (!access.hasRole("admin"))
      throw forbidden("only university administrators set the evaluation scheme");
    const updatedById = actingPerson(access, "setting the evaluation scheme");
    const weights = this.validWeights(input.weights);
    const scheme = await this.ctx.em.upsert(
      EvaluationScheme,
      {
        id: randomUUID(),
        term: input.term,
        weights,
        pointsForFullMarks: input.pointsForFullMarks,
        updatedById,
        updatedAt: new Date(),
      },
      { onConflictFields: ["term"], onConflictExcludeFields: ["id"] },
    );
    this.ctx.loaders.evaluationScheme.clear(input.term);
    return scheme;
  }

  /** The five weights in domain order; BAD_USER_INPUT on weights unless each domain is there once, not negative, summing to 1. */
  private validWeights(input: readonly { domain: GrowthDomain; weight: number }[]): DomainWeight[] {
    const byDomain = new Map<GrowthDomain, number>();
    for (const { domain, weight } of input) {
      if (byDomain.has(domain)) throw badUserInput(`weights name ${domain} twice`, "weights");
      if (!Number.isFinite(weight) || weight < 0 || weight > 1)
        throw badUserInput(`the weight of ${domain} must be between 0 and 1`, "weights");
      byDomain.set(domain, weight);
    }
    const missing = GROWTH_DOMAINS.filter((domain) => !byDomain.has(domain));
    if (missing.length)
      throw badUserInput(
        `weights must give every domain; missing ${missing.join(", ")}`,
        "weights",
      );
    const sum = [...byDomain.values()].reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE)
      throw badUserInput(`weights must sum to 1; they sum to ${sum.toFixed(4)}`, "weights");
    // Every domain is present: the missing ones were refused above.
    return GROWTH_DOMAINS.map((domain) => ({ domain, weight: byDomain.get(domain) ?? 0 }));
  }
}
