import { LockMode, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  notFound,
  today,
  termOf,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Pairing, PairingActivity, PairingUnit } from "./pairing.entity";
import { PairingKind, PairingState } from "./pairing.enums";
import { GovernanceOfficers } from "../governance/governance.guard";
import type { CreatePairingInput, LogPairingActivityInput, PairingsArgs } from "./pairing.input";
import { PAIRING_MOVES, PAIRING_SIDES, mayMovePairing } from "./pairing.rules";

/**
 * Pairings (结对共建): those who run one of two units pair them for a period with a plan, log the
 * activities they hold together inside that period, and end the pairing once. Bad input changes
 * nothing; a pairing's row is locked while an activity is logged or it is ended, so an activity
 * racing the end lands before it or not at all.
 */
export class PairingService {
  private readonly officers: GovernanceOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new GovernanceOfficers(ctx);
  }

  async byId(id: string): Promise<Pairing> {
    assertId(id, "id");
    const pairing = await this.ctx.loaders.pairing.load(id);
    if (!pairing) throw notFound("Pairing", id);
    return pairing;
  }

  /** Pairings matching the filter, latest recorded first. */
  list(args: PairingsArgs): Promise<Connection<Pairing>> {
    const where: FilterQuery<Pairing>[] = [];
    if (args.unitId) where.push({ $or: [{ unit: args.unitId }, { branch: args.unitId }] });
    if (args.kind) where.push({ kind: args.kind });
    if (args.state) where.push({ state: args.state });
    return paginateOrdered(this.ctx.em, Pairing, { $and: where }, args, "createdAt", "desc");
  }

  /** `id`: a dataset's stable id for the demo seed; a new one otherwise. */
  async create(input: CreatePairingInput, id?: string): Promise<Pairing> {
    this.officers.assertMayAct("set up a pairing");
    const em = this.ctx.em;
    if (input.endsOn < input.startsOn)
      throw badUserInput(
        `the period ends (${input.endsOn}) before it starts (${input.startsOn})`,
        "input.endsOn",
      );
    if (input.unitId === input.branchId)
      throw badUserInput("a unit does not pair with itself", "input.branchId");
    if (input.kind !== PairingKind.TEACHER_STUDENT && (input.teacherId || input.studentId))
      throw badUserInput(
        "only a teacher–student pairing (师生结对) names a teacher and a student",
        input.teacherId ? "input.teacherId" : "input.studentId",
      );
    const units = await em.find(
      OrgUnit,
      { id: { $in: [input.unitId, input.branchId] } },
      { comments: label("organisation.pairingUnits") },
    );
    const sides = PAIRING_SIDES[input.kind];
    this.assertSide(units, input.unitId, sides.unit, input.kind, "input.unitId");
    this.assertSide(units, input.branchId, sides.branch, input.kind, "input.branchId");
    await this.officers.assertGovernsOneOf([input.unitId, input.branchId], "set up this pairing");
    const people = [
      ...(input.teacherId ? [{ id: input.teacherId, field: "input.teacherId" }] : []),
      ...(input.studentId ? [{ id: input.studentId, field: "input.studentId" }] : []),
    ];
    await assertPeopleExist(this.ctx, people);
    const pairing = await em.transactional(async (tx) => {
      // Both units locked, in id order: of two equal pairings recorded at once, one is a CONFLICT.
      await tx.find(
        OrgUnit,
        { id: { $in: [input.unitId, input.branchId] } },
        {
          lockMode: LockMode.PESSIMISTIC_WRITE,
          orderBy: { id: "asc" },
          comments: label("organisation.lockPairingUnits"),
        },
      );
      const running = await tx.findOne(
        Pairing,
        {
          kind: input.kind,
          state: PairingState.ACTIVE,
          $or: [
            { unit: input.unitId, branch: input.branchId },
            { unit: input.branchId, branch: input.unitId },
          ],
        },
        { comments: label("organisation.runningPairing") },
      );
      if (running)
        throw codedError(
          "CONFLICT",
          "these two units already have an active pairing of this kind",
          {
            pairingId: running.id,
          },
        );
      const made = tx.create(Pairing, {
        ...(id ? { id } : {}),
        kind: input.kind,
        unit: input.unitId,
        branch: input.branchId,
        teacherId: input.teacherId ?? null,
        studentId: input.studentId ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        plan: input.plan.trim(),
        createdById: this.ctx.caller.personId,
      });
      tx.create(PairingUnit, { pairing: made, unit: input.unitId });
      tx.create(PairingUnit, { pairing: made, unit: input.branchId });
      return made;
    });
    this.ctx.loaders.pairingPagesByUnit.clearAll();
    return pairing;
  }

  /** An activity held on a day inside an active pairing's period, not in the future. */
  async logActivity(input: LogPairingActivityInput): Promise<PairingActivity> {
    this.officers.assertMayAct("log a pairing's activity");
    const known = await this.byId(input.pairingId);
    await this.officers.assertGovernsOneOf(
      [known.unit.id, known.branch.id],
      "log this pairing's activities",
    );
    const day = today();
    const activity = await this.ctx.em.transactional(async (tx) => {
      const pairing = await this.lock(tx, input.pairingId);
      if (pairing.state === PairingState.ENDED)
        throw badUserInput(
          `the pairing was ended on ${pairing.endedAt?.toISOString() ?? "?"}; no activity is logged after it ended`,
          "input.pairingId",
        );
      if (input.heldOn < pairing.startsOn || input.heldOn > pairing.endsOn)
        throw badUserInput(
          `${input.heldOn} is outside the pairing's period (${pairing.startsOn} to ${pairing.endsOn})`,
          "input.heldOn",
        );
      if (input.heldOn > day)
        throw badUserInput(
          `${input.heldOn} is in the future; log an activity once held`,
          "input.heldOn",
        );
      return tx.create(PairingActivity, {
        pairing: pairing.id,
        heldOn: input.heldOn,
        term: termOf(input.heldOn),
        title: input.title.trim(),
        summary: input.summary?.trim() ?? "",
        participantCount: input.participantCount,
        recordedById: this.ctx.caller.personId,
      });
    });
    this.ctx.loaders.activityPagesByPairing.clearAll();
    this.ctx.loaders.termCountsByPairing.clearAll();
    return activity;
  }

  /** ACTIVE → ENDED, once, kept with who and when; CONFLICT the second time. */
  async end(pairingId: string, note: string | null | undefined): Promise<Pairing> {
    this.officers.assertMayAct("end a pairing");
    const known = await this.byId(pairingId);
    await this.officers.assertGovernsOneOf([known.unit.id, known.branch.id], "end this pairing");
    const pairing = await this.ctx.em.transactional(async (tx) => {
      const found = await this.lock(tx, pairingId);
      if (!mayMovePairing(found.state, PairingState.ENDED))
        throw codedError("CONFLICT", `this pairing is already ${found.state}`, {
          pairingId,
          from: found.state,
          allowed: PAIRING_MOVES[found.state as PairingState],
        });
      found.state = PairingState.ENDED;
      found.endedAt = new Date();
      found.endedById = this.ctx.caller.personId;
      found.endNote = note?.trim() ?? "";
      return found;
    });
    this.ctx.loaders.pairing.clear(pairingId);
    return pairing;
  }

  private assertSide(
    units: OrgUnit[],
    id: string,
    kinds: readonly string[],
    kind: PairingKind,
    field: string,
  ): void {
    const unit = units.find((u) => u.id === id);
    if (!unit) throw badUserInput(`no unit has the id ${id}`, field);
    if (unit.closedOn !== null)
      throw badUserInput(`${unit.name} was closed on ${unit.closedOn}`, field);
    if (!kinds.includes(unit.kind))
      throw badUserInput(
        `a ${kind} pairing takes ${kinds.join(" or ")} here, and ${unit.name} is ${unit.kind}`,
        field,
      );
  }

  private async lock(tx: EntityManager, id: string): Promise<Pairing> {
    const found = await tx.findOne(
      Pairing,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, comments: label("organisation.lockPairing") },
    );
    if (!found) throw notFound("Pairing", id);
    return found;
  }
}
