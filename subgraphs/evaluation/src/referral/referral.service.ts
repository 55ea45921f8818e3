import { OptimisticLockError } from "@mikro-orm/core";
import { requireStaffPurpose } from "@campus/access";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { MentalHealthReferral } from "./referral.entity";
import { MentalHealthCategory, ReferralStatus } from "./referral.enums";
import type { ReferToPsychologyInput } from "./referral.input";

export class ReferralService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Referrals are mental-health data through and through: the row needs MENTAL_HEALTH for the student. */
  private holdsMentalHealth(personId: string): boolean {
    return this.ctx.access.grant(personId, ["MENTAL_HEALTH"]) !== null;
  }

  /**
   * The psychology teacher's worklist: open referrals made to the caller, oldest first (at most
   * 200). Rows are kept only where the caller holds MENTAL_HEALTH, which an open referral gives.
   */
  async mine(): Promise<MentalHealthReferral[]> {
    const me = this.ctx.access.caller.personId;
    if (!me) return [];
    const open = await this.ctx.em.find(
      MentalHealthReferral,
      { referredToId: me, status: ReferralStatus.OPEN },
      { orderBy: { referredAt: "asc", id: "asc" }, limit: 200 },
    );
    return open.filter((r) => this.holdsMentalHealth(r.personId));
  }

  /** A referral by id (references from other subgraphs): null when none, FORBIDDEN without MENTAL_HEALTH. */
  async byId(id: string, field = "id"): Promise<MentalHealthReferral | null> {
    assertId(id, field);
    const referral = await this.ctx.loaders.referral.load(id);
    if (referral && !this.holdsMentalHealth(referral.personId))
      throw forbidden("referrals are visible only with MENTAL_HEALTH for the student");
    return referral;
  }

  /** A person's referrals, newest first; FORBIDDEN without MENTAL_HEALTH for them (the student included). */
  async ofPerson(personId: string): Promise<MentalHealthReferral[]> {
    assertId(personId, "id");
    if (!this.holdsMentalHealth(personId))
      throw forbidden("referrals are visible only with MENTAL_HEALTH for the student");
    return this.ctx.loaders.referralsByPerson.load(personId);
  }

  /** The category of the person's latest OPEN referral, or null; the field's @Sensitive guard checks access. */
  async currentCategory(personId: string): Promise<MentalHealthCategory | null> {
    assertId(personId, "id");
    const referrals = await this.ctx.loaders.referralsByPerson.load(personId);
    return referrals.find((r) => r.status === ReferralStatus.OPEN)?.category ?? null;
  }

  /** Refers a student to a psychology teacher: staff holding MENTAL_HEALTH for the student. */
  async refer(input: ReferToPsychologyInput): Promise<MentalHealthReferral> {
    const { access, em } = this.ctx;
    const referredById = actingPerson(access, "referring a student");
    refuseSelf(access, input.personId, "referring a student");
    requireStaffPurpose(
      access,
      input.personId,
      ["MENTAL_HEALTH"],
      "referring a student to psychology",
    );
    // Whether referredToId is a psychology teacher is the identity provider's and people's to know;
    // the referral itself is what gives them the student (careScope).
    if (input.referredToId === input.personId)
      throw badUserInput("a student cannot be referred to themselves", "referredToId");
    const note = input.note.trim();
    await assertPeopleExist(this.ctx, [
      { id: input.personId, field: "personId" },
      { id: input.referredToId, field: "referredToId" },
    ]);
    const referral = em.create(MentalHealthReferral, {
      personId: input.personId,
      category: input.category,
      referredToId: input.referredToId,
      referredById,
      referredAt: new Date(),
      note,
    });
    await em.flush();
    return referral;
  }

  /**
   * Closes an OPEN referral: the psychology teacher it was made to, or staff holding MENTAL_HEALTH
   * for the student. Two closings at once: one applies, the other gets CONFLICT (version check).
   */
  async close(id: string, note: string | null | undefined): Promise<MentalHealthReferral> {
    const closedById = actingPerson(this.ctx.access, "closing a referral");
    assertId(id, "id");
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const referral = await tx.findOne(MentalHealthReferral, { id }, { refresh: true });
        if (!referral) throw notFound("MentalHealthReferral", id);
        this.assertMayClose(referral);
        if (referral.status !== ReferralStatus.OPEN) {
          throw codedError(
            "BAD_USER_INPUT",
            `this referral is ${referral.status}; only an OPEN referral can be closed`,
            { field: "id", status: referral.status },
          );
        }
        referral.status = ReferralStatus.CLOSED;
        referral.closedAt = new Date();
        referral.closedById = closedById;
        referral.closingNote = cleanText(note);
        await tx.flush();
        return referral;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw codedError(
          "CONFLICT",
          `referral ${id} was changed by someone else at the same time; reload it and try again`,
          { id },
        );
      }
      throw error;
    }
  }

  private assertMayClose(referral: MentalHealthReferral): void {
    const { access } = this.ctx;
    refuseSelf(access, referral.personId, "closing a referral");
    const referredTo =
      access.hasRole("psychology_teacher") && access.caller.personId === referral.referredToId;
    if (!referredTo)
      requireStaffPurpose(access, referral.personId, ["MENTAL_HEALTH"], "closing a referral");
  }
}
