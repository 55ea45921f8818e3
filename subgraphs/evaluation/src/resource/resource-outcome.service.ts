import { badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import { table, uuidArray } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Warning } from "../warning/warning.entity";
import { WarningCategory } from "../warning/warning.enums";
import { WarningTransition } from "../warning/warning-transition.entity";
import { Resource } from "./resource.entity";
import { ResourceKind } from "./resource.enums";
import { ResourcePush } from "./resource-push.entity";
import type { OutcomeFigures, ResourceOutcome } from "./resource-outcome.type";

interface Row {
  kind: ResourceKind;
  category: WarningCategory;
  took_up: boolean;
  warnings: number;
  closed: number;
  median: number | null;
  mean: number | null;
}

/** Do warnings of students who took a resource up close sooner? Administrators' aggregate view. */
export class ResourceOutcomeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async report(from: Date, to: Date): Promise<ResourceOutcome[]> {
    const { access, em } = this.ctx;
    if (!access.hasRole("admin", "college_admin", "school_admin")) throw forbidden("the resource outcome report is for administrators");
    if (!(from.getTime() < to.getTime())) throw badUserInput("to must be after from", "to");
    // The warnings row rule (warning.service.ts), applied to what is counted: the caller's students,
    // and MENTAL_HEALTH warnings only where the caller holds MENTAL_HEALTH.
    const anyone = access.students();
    const mental = access.students("MENTAL_HEALTH");
    const ids = (students: "all" | string[]) => (students === "all" ? null : uuidArray(students));
    const warning = table(em, Warning);
    const rows: Row[] = await em.getConnection().execute(
      `with p as (select ?::timestamptz as from_at, ?::timestamptz as to_at, ?::uuid[] as anyone, ?::uuid[] as mental),
       raised as (
         select w.id, w.person_id, w.category, w.raised_at, w.status = 'CLOSED' as is_closed,
                -- When it closed: closedAt, or for rows from before it was kept, the CLOSED step of its history.
                case when w.status = 'CLOSED' then coalesce(w.closed_at, (select max(t.at) from ${table(em, WarningTransition)} t where t.warning_id = w.id and t.to_status = 'CLOSED')) end as closed_at
         from ${warning} w, p
         where w.raised_at >= p.from_at and w.raised_at < p.to_at
           and case when w.category = 'MENTAL_HEALTH' then (p.mental is null or w.person_id = any(p.mental)) else (p.anyone is null or w.person_id = any(p.anyone)) end
       ),
       paired as (
         select r.kind, w.category, bool_or(x.uptake_at is not null) as took_up, w.is_closed, w.raised_at, w.closed_at
         from raised w join ${table(em, ResourcePush)} x on x.person_id = w.person_id join ${table(em, Resource)} r on r.id = x.resource_id
         group by w.id, w.category, w.is_closed, w.raised_at, w.closed_at, r.kind
       ),
       timed as (select *, extract(epoch from closed_at - raised_at) / 86400 as days from paired)
       select kind, category, took_up, count(*)::int as warnings, (count(*) filter (where is_closed))::int as closed,
              percentile_cont(0.5) within group (order by days) as median, avg(days)::float8 as mean
       from timed group by kind, category, took_up order by kind, category, took_up`,
      [from, to, ids(anyone), ids(mental)],
    );
    const outcomes = new Map<string, ResourceOutcome>();
    for (const row of rows) {
      const key = `${row.kind}|${row.category}`;
      const outcome = outcomes.get(key) ?? { resourceKind: row.kind, warningCategory: row.category, tookUp: none(), didNotTakeUp: none() };
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
