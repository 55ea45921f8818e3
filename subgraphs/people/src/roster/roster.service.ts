import type { FilterQuery } from "@mikro-orm/core";
import { raw } from "@mikro-orm/postgresql";
import type { RequestContext } from "@campus/subgraph";
import { anyId, tableName } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import type { PersonRepository } from "../person/person.repository";
import { nameOrNumberSearch } from "../person/person.search";
import { PersonService } from "../person/person.service";
import { RosterOrder, RosterRisk, type RosterArgs, type RosterFilter } from "./roster.input";
import { byRisk, openRisks, visibleRisks, type VisibleRisk } from "./roster-risk";
import type { RosterPage } from "./roster.type";

/** `text%` for LIKE, with LIKE's own characters taken literally. */
function prefix(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
}

/**
 * "My students": the students the caller's duties cover (exactly those `people` lists for them; a
 * student only themselves), filtered, in pinyin or number order, a numbered page at a time.
 */
export class RosterService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** A page of the roster; `among` narrows it to these people (a place's residents). */
  async page(args: RosterArgs, among?: readonly string[]): Promise<RosterPage> {
    const people = this.ctx.em.getRepository<Person, PersonRepository>(Person);
    const persons = new PersonService(this.ctx);
    const risk = args.filter?.risk;
    const risks =
      risk || args.orderBy === RosterOrder.RISK
        ? visibleRisks(this.ctx.access, await openRisks(this.ctx))
        : undefined;
    const where = (...more: FilterQuery<Person>[]): FilterQuery<Person> => {
      const listable = persons.listable();
      const conditions = [this.where(args.filter), ...more];
      if (among) conditions.push({ id: anyId(among) });
      if (risks && risk) conditions.push({ id: anyId(atRisk(risks, risk)) });
      if (listable) conditions.push(listable);
      return { $and: conditions };
    };
    const { page, pageSize } = args;
    const offset = (page - 1) * pageSize;
    const numbered = (totalCount: number, nodes: Person[]): RosterPage => ({
      nodes,
      totalCount,
      page,
      pageSize,
      pageCount: Math.ceil(totalCount / pageSize),
    });
    if (risks && args.orderBy === RosterOrder.RISK) {
      // The students at risk first, ranked here (a few thousand ids at most on a campus), then the
      // rest by pinyin from the database: three statements, none reading more rows than a page.
      const ranked = (await people.idsWhere(where({ id: anyId(risks.keys()) }))).sort(
        byRisk(risks),
      );
      const onPage = ranked.slice(offset, offset + pageSize);
      const first = await people.byIdsInOrder(onPage);
      const rest =
        first.length < pageSize
          ? await people.numberedPage(
              () => where({ $not: { id: anyId(ranked) } }),
              "pinyin",
              Math.max(0, offset - ranked.length),
              pageSize - first.length,
            )
          : { nodes: [], totalCount: (await people.countWhere(where())) - ranked.length };
      return numbered(ranked.length + rest.totalCount, [...first, ...rest.nodes]);
    }
    const { nodes, totalCount } = await people.numberedPage(
      () => where(),
      args.orderBy === RosterOrder.NUMBER ? "number" : "pinyin",
      offset,
      pageSize,
    );
    return numbered(totalCount, nodes);
  }

  private where(filter: RosterFilter | undefined): FilterQuery<Person> {
    const where: FilterQuery<Person> & Record<string, unknown> = { kind: PersonKind.STUDENT };
    if (!filter) return where;
    if (filter.classId) where.classId = filter.classId;
    if (filter.schoolId) where.schoolId = filter.schoolId;
    if (filter.collegeId) where.collegeId = filter.collegeId;
    if (filter.cohort !== undefined && filter.cohort !== null) where.cohort = filter.cohort;
    const search = filter.search?.trim();
    if (search) {
      // A name or number holding the text anywhere (indexed; see nameOrNumberSearch).
      const any: FilterQuery<Person>[] = nameOrNumberSearch(search, tableName(this.ctx.em, Person));
      // Latin letters are pinyin: the initials ("zs") or the syllables, joined or apart ("zhang san").
      if (/^[a-z][a-z\s]*$/i.test(search)) {
        const letters = search.toLowerCase().replace(/\s+/g, "");
        any.push({ nameInitials: { $like: prefix(letters) } });
        any.push({ [raw(`replace(name_pinyin, ' ', '')`)]: { $like: prefix(letters) } });
      }
      where.$or = any;
    }
    return where;
  }
}

/** The students whose visible risk is of this kind. */
function atRisk(risks: Map<string, VisibleRisk>, kind: RosterRisk): string[] {
  const keep = (risk: VisibleRisk): boolean =>
    kind === RosterRisk.WARNING
      ? risk.warnings > 0
      : kind === RosterRisk.CASE
        ? risk.cases > 0
        : risk.warnings + risk.cases > 0;
  return [...risks].filter(([, risk]) => keep(risk)).map(([id]) => id);
}
