import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/postgresql";
import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnitChange } from "./org-unit-change.entity";
import type { CreateOrgUnitInput } from "./org-unit-admin.input";
import { OrgUnit } from "./org-unit.entity";
import { OrgUnitChangeKind, OrgUnitKind, PARENT_KINDS } from "./org-unit.enums";
import { administeredColleges, assertTeamExists } from "./org-unit.graph";

/** The kinds a college administrator may create, rename, move and close inside their college. */
const COLLEGE_KINDS: readonly OrgUnitKind[] = [
  OrgUnitKind.JOINT_BRANCH,
  OrgUnitKind.TEMPORARY_BRANCH,
];

/**
 * The organisation administered (组织架构): creating, renaming, moving and closing units, each
 * change kept as an OrgUnitChange (who, when, the name and parent from then on). Administrators
 * may change any unit; a college administrator only branches inside their college (under the
 * general branch linked to it). The unit's row is locked for each change, and a parent's row while
 * a child is put under it, so a close and a new child cannot pass each other.
 */
export class OrgUnitAdminService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async create(input: CreateOrgUnitInput): Promise<OrgUnit> {
    const colleges = await this.callerColleges();
    const name = input.name.trim();
    const { kind } = input;
    const temporary = kind === OrgUnitKind.TEMPORARY_BRANCH;
    const purpose = input.purpose?.trim() || null;
    if (temporary) {
      if (!purpose) throw badUserInput("a temporary branch needs its purpose", "input.purpose");
      if (!input.startsOn)
        throw badUserInput("a temporary branch needs its start", "input.startsOn");
      if (!input.endsOn) throw badUserInput("a temporary branch needs its end", "input.endsOn");
      if (input.endsOn < input.startsOn)
        throw badUserInput("a temporary branch cannot end before it starts", "input.endsOn");
    } else {
      for (const field of ["purpose", "startsOn", "endsOn", "teamId"] as const)
        if (input[field] !== null && input[field] !== undefined)
          throw badUserInput(`only a temporary branch has ${field}`, `input.${field}`);
    }
    if (kind !== OrgUnitKind.GENERAL_BRANCH && input.collegeId)
      throw badUserInput("only a general branch is linked to a college", "input.collegeId");
    if (kind === OrgUnitKind.GENERAL_BRANCH && !input.collegeId)
      throw badUserInput(
        "a general branch (书院党总支) needs its residential college",
        "input.collegeId",
      );
    if (colleges !== "all" && !COLLEGE_KINDS.includes(kind))
      throw forbidden("a college administrator creates only joint and temporary branches");
    if (input.teamId) await assertTeamExists(this.ctx, input.teamId, "input.teamId");
    const unit = await this.ctx.em.transactional(async (em) => {
      const parent = input.parentId ? await this.lock(em, input.parentId, "input.parentId") : null;
      this.assertParentFits(kind, parent, "input.parentId");
      if (colleges !== "all" && !(await this.inColleges(em, parent, colleges)))
        throw forbidden("a college administrator creates units only inside their college");
      const college = input.collegeId ? await this.college(em, input.collegeId) : null;
      const created = em.create(OrgUnit, {
        name,
        kind,
        parent,
        college,
        purpose: temporary ? purpose : null,
        startsOn: temporary ? (input.startsOn ?? null) : null,
        endsOn: temporary ? (input.endsOn ?? null) : null,
        teamId: temporary ? (input.teamId ?? null) : null,
      });
      this.record(em, created, OrgUnitChangeKind.CREATED);
      return created;
    });
    this.forget();
    return unit;
  }

  async rename(unitId: string, newName: string): Promise<OrgUnit> {
    assertId(unitId, "unitId");
    const colleges = await this.callerColleges();
    const name = newName.trim();
    const unit = await this.ctx.em.transactional(async (em) => {
      const found = await this.lockOpen(em, unitId);
      await this.assertMayChange(em, found, colleges);
      if (found.name === name) throw badUserInput("the unit already has this name", "name");
      found.name = name;
      this.record(em, found, OrgUnitChangeKind.RENAMED);
      return found;
    });
    this.forget();
    return unit;
  }

  async move(unitId: string, parentId: string): Promise<OrgUnit> {
    assertId(unitId, "unitId");
    assertId(parentId, "parentId");
    const colleges = await this.callerColleges();
    const unit = await this.ctx.em.transactional(async (em) => {
      const found = await this.lockOpen(em, unitId);
      await this.assertMayChange(em, found, colleges);
      if (found.parent?.id === parentId)
        throw badUserInput("the unit is already under this parent", "parentId");
      if (parentId === unitId) throw badUserInput("a unit cannot be its own parent", "parentId");
      const parent = await this.lock(em, parentId, "parentId");
      this.assertParentFits(found.kind, parent, "parentId");
      if (colleges !== "all" && !(await this.inColleges(em, parent, colleges)))
        throw forbidden("a college administrator moves units only inside their college");
      found.parent = em.getReference(OrgUnit, parent.id, { wrapped: true });
      this.record(em, found, OrgUnitChangeKind.MOVED);
      return found;
    });
    this.forget();
    return unit;
  }

  /** Closes the unit today; refused (CONFLICT) while it has open units below it or open grids. */
  async close(unitId: string): Promise<OrgUnit> {
    assertId(unitId, "unitId");
    const colleges = await this.callerColleges();
    const unit = await this.ctx.em.transactional(async (em) => {
      const found = await this.lockOpen(em, unitId);
      await this.assertMayChange(em, found, colleges);
      const children = await em.find(
        OrgUnit,
        { parent: found.id, closedOn: null },
        { fields: ["id", "name"], comments: label("organisation.openChildUnits") },
      );
      if (children.length)
        throw codedError(
          "CONFLICT",
          `close or move its units first: ${children.map((c) => c.name).join(", ")}`,
          { unitIds: children.map((c) => c.id) },
        );
      const grids = await em.find(
        Grid,
        { branch: found.id, closedOn: null },
        { fields: ["id", "name"], comments: label("organisation.openGridsOfUnit") },
      );
      if (grids.length)
        throw codedError(
          "CONFLICT",
          `reassign or close its grids first: ${grids.map((g) => g.name).join(", ")}`,
          { gridIds: grids.map((g) => g.id) },
        );
      found.closedOn = today();
      this.record(em, found, OrgUnitChangeKind.CLOSED);
      return found;
    });
    this.forget();
    return unit;
  }

  /** "all" for an administrator, a college administrator's colleges, else FORBIDDEN. */
  private async callerColleges(): Promise<"all" | Set<string>> {
    const { access, caller } = this.ctx;
    if (access.hasRole("admin")) return "all";
    if (access.hasRole("college_admin")) return administeredColleges(this.ctx, caller.personId);
    throw forbidden("only an administrator or a college administrator changes the organisation");
  }

  private async assertMayChange(
    em: EntityManager,
    unit: OrgUnit,
    colleges: "all" | Set<string>,
  ): Promise<void> {
    if (colleges === "all") return;
    if (!COLLEGE_KINDS.includes(unit.kind) || !(await this.inColleges(em, unit, colleges)))
      throw forbidden("a college administrator changes only the branches inside their college");
  }

  /** Whether the unit is, or is below, a general branch linked to one of these colleges. */
  private async inColleges(
    em: EntityManager,
    unit: OrgUnit | null,
    colleges: Set<string>,
  ): Promise<boolean> {
    // The levels are at most three deep, so this walks at most three rows.
    for (let at = unit; at;) {
      if (at.college && colleges.has(at.college.id)) return true;
      at = at.parent
        ? await em.findOne(
            OrgUnit,
            { id: at.parent.id },
            { comments: label("organisation.orgUnitAncestor") },
          )
        : null;
    }
    return false;
  }

  private assertParentFits(kind: OrgUnitKind, parent: OrgUnit | null, field: string): void {
    const allowed = PARENT_KINDS[kind];
    if (!parent) {
      if (allowed.length)
        throw badUserInput(
          `a unit of kind ${kind} needs a parent of kind ${allowed.join(" or ")}`,
          field,
        );
      return;
    }
    if (!allowed.length)
      throw badUserInput(`a unit of kind ${kind} stands at the top and has no parent`, field);
    if (!allowed.includes(parent.kind))
      throw badUserInput(
        `a unit of kind ${kind} goes under ${allowed.join(" or ")}, not under ${parent.kind}`,
        field,
      );
    if (parent.closedOn !== null)
      throw codedError("CONFLICT", `${parent.name} was closed on ${parent.closedOn}`, {
        unitId: parent.id,
      });
  }

  private async college(em: EntityManager, id: string): Promise<OrgUnit> {
    const college = await em.findOne(OrgUnit, { id }, { comments: label("organisation.college") });
    if (!college || college.kind !== OrgUnitKind.RESIDENTIAL_COLLEGE)
      throw badUserInput(`${id} is not a residential college (书院)`, "input.collegeId");
    return college;
  }

  /** The unit read afresh and locked; BAD_USER_INPUT on `field` when there is none. */
  private async lock(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    const found = await em.findOne(
      OrgUnit,
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("organisation.lockOrgUnit"),
      },
    );
    if (!found) throw badUserInput(`no unit has the id ${id}`, field);
    return found;
  }

  /** The unit to change, locked: NOT_FOUND when there is none, CONFLICT once it is closed. */
  private async lockOpen(em: EntityManager, id: string): Promise<OrgUnit> {
    const found = await em.findOne(
      OrgUnit,
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("organisation.lockOrgUnit"),
      },
    );
    if (!found) throw notFound("unit", id);
    if (found.closedOn !== null)
      throw codedError("CONFLICT", `this unit was closed on ${found.closedOn}`, {
        unitId: id,
        closedOn: found.closedOn,
      });
    return found;
  }

  private record(em: EntityManager, unit: OrgUnit, change: OrgUnitChangeKind): void {
    em.create(OrgUnitChange, {
      unit,
      change,
      name: unit.name,
      parent: unit.parent,
      changedOn: today(),
      changedById: this.ctx.caller.personId,
    });
  }

  private forget(): void {
    const { loaders } = this.ctx;
    loaders.orgUnit.clearAll();
    loaders.orgUnitChildren.clearAll();
    loaders.orgUnitHistory.clearAll();
  }
}
