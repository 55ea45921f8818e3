import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import { uuidArray } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { ResourcePush } from "./resource-push.entity";
import type { ResourcePushRepository } from "./resource-push.repository";
import type { OutcomeFigures, ResourceOutcome } from "./resource-outcome.type";

/** Do warnings of students who took a resource up close sooner? Administrators' aggregate view. */
export class ResourceOutcomeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async report(from: Date, to: Date): Promise<ResourceOutcome[]> {
    const { access, em } = this.ctx;
    if (!access.hasRole("admin", "college_admin", "school_admin"))
      throw forbidden("the resource outcome report is for administrators");
    if (!(from.getTime() < to.getTime())) throw badUserInput("to must be after from", "to");
    // The warnings row rule (warning.service.ts), applied to what is counted: the caller's students,
    // and MENTAL_HEALTH warnings only where the caller holds MENTAL_HEALTH.
    const anyone = access.students();
    const mental = access.students("MENTAL_HEALTH");
    const ids = (students: "all" | string[]) => (students === "all" ? null : uuidArray(students));
    const rows = await pushes(em).outcomeRows(from, to, ids(anyone), ids(mental));
    const outcomes = new Map<string, ResourceOutcome>();
    for (const row of rows) {
      const key = `${row.kind}|${row.category}`;
      const outcome = outcomes.get(key) ?? {
        resourceKind: row.kind,
        warningCategory: row.category,
        tookUp: none(),
        didNotTakeUp: none(),
      };
      outcome[row.took_up ? "tookUp" : "didNotTakeUp"] = {
        warnings: row.warnings,
        closed: row.closed,
        medianDaysToClose: row.median === null ? null : Number(row.median),
        meanDaysToClose: row.mean === null ? null : Number(row.mean),
      };
      outcomes.set(key, outcome);
    }
    return [...outcomes.values()];
  }
}

function none(): OutcomeFigures {
  return { warnings: 0, closed: 0, medianDaysToClose: null, meanDaysToClose: null };
}

function pushes(em: EntityManager): ResourcePushRepository {
  return em.getRepository<ResourcePush, ResourcePushRepository>(ResourcePush);
}
