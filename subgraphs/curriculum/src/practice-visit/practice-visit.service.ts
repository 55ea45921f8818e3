import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  optionalText,
  requiredText,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { activityOrganiser, runsActivity } from "../climb/organisers";
import type { Person } from "../person/person.reference";
import {
  PracticeReflectionTransition,
  PracticeVisit,
  PracticeVisitSignUp,
} from "./practice-visit.entity";
import { ReflectionStatus, ReflectionVerdict } from "./practice-visit.enums";
import type {
  CreatePracticeVisitInput,
  PracticeVisitIdInput,
  ReviewPracticeReflectionInput,
  SubmitPracticeReflectionInput,
} from "./practice-visit.input";
import { assertReflectionTransition } from "./practice-visit.workflow";

/** Most sign-ups Person.practiceVisitSignUps lists (about one a week over a year). */
export const MAX_PERSON_SIGN_UPS = 100;

/** The visit, read afresh and locked until the transaction ends: sign-ups queue on it. */
async function lockVisit(em: EntityManager, id: string): Promise<PracticeVisit> {
  const visit = await em.findOne(
    PracticeVisit,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockPracticeVisit"),
    },
  );
  if (!visit) throw notFound("practice visit", id);
  return visit;
}

async function lockSignUp(em: EntityManager, id: string): Promise<PracticeVisitSignUp> {
  const signUp = await em.findOne(
    PracticeVisitSignUp,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockPracticeVisitSignUp"),
    },
  );
  if (!signUp) throw notFound("practice visit sign-up", id);
  return signUp;
}

/**
 * Practice visits (实践见习, 攀登计划第二层). A member of staff schedules a visit with its host,
 * guiding problem, places and capacity; students sign up before it starts, the visit's row locked
 * so concurrent sign-ups never pass its capacity; after it starts each writes a reflection, which
 * the organiser (or an administrator) accepts or returns with a comment, every change recorded
 * with who and when. An accepted reflection counts for tier 2.
 */
export class PracticeVisitService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Whether the caller runs the visit: its organiser or an administrator. */
  runs(visit: PracticeVisit): boolean {
    return runsActivity(this.ctx, visit.organiserId);
  }

  async create(input: CreatePracticeVisitInput): Promise<PracticeVisit> {
    const organiserId = activityOrganiser(
      this.ctx,
      "a practice visit is scheduled by a member of staff",
    );
    const title = requiredText(input.title, "input.title", 200);
    const guidingProblem = requiredText(input.guidingProblem, "input.guidingProblem", 2000);
    const places = requiredText(input.places, "input.places", 1000);
    const hostName = optionalText(input.hostName, "input.hostName", 200);
    if (!input.hostPartnerId === !hostName)
      throw badUserInput(
        "name the host once: a partner organisation or a host in words",
        "input.hostPartnerId",
      );
    if (input.startsAt.getTime() <= Date.now())
      throw badUserInput("a visit is scheduled in the future", "input.startsAt");
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      throw badUserInput("the visit ends after it starts", "input.endsAt");
    return this.ctx.em.transactional(async (em) => {
      const partner = input.hostPartnerId
        ? await em.findOne(
            PartnerOrganisation,
            { id: input.hostPartnerId },
            { comments: label("curriculum.visitHost") },
          )
        : null;
      if (input.hostPartnerId && !partner)
        throw badUserInput(
          `no partner organisation has the id ${input.hostPartnerId}`,
          "input.hostPartnerId",
        );
      const visit = em.create(PracticeVisit, {
        title,
        hostPartner: partner,
        hostName,
        guidingProblem,
        places,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        organiserId,
      });
      await em.flush();
      return visit;
    });
  }

  list(args: PageArgs): Promise<Connection<PracticeVisit>> {
    return paginateOrdered(this.ctx.em, PracticeVisit, {}, args, "startsAt", "desc");
  }

  async byId(id: string): Promise<PracticeVisit> {
    const visit = await this.ctx.loaders.practiceVisit.load(id);
    if (!visit) throw notFound("practice visit", id);
    return visit;
  }

  async signUp(input: PracticeVisitIdInput): Promise<PracticeVisitSignUp> {
    if (!this.ctx.access.hasRole("student") || !this.me)
      throw forbidden("a student signs up for a practice visit");
    const me = this.me;
    try {
      return await this.ctx.em.transactional(async (em) => {
        const visit = await lockVisit(em, input.visitId);
        if (visit.startsAt.getTime() <= Date.now())
          throw badUserInput("the visit has started; sign-ups are closed", "input.visitId");
        const taken = await em.count(
          PracticeVisitSignUp,
          { visit: visit.id },
          { comments: label("curriculum.practiceVisitTaken") },
        );
        const mine = await em.findOne(
          PracticeVisitSignUp,
          { visit: visit.id, personId: me },
          { comments: label("curriculum.ownPracticeVisitSignUp") },
        );
        if (mine)
          throw codedError("CONFLICT", "you have already signed up for this visit", {
            field: "input.visitId",
          });
        if (taken >= visit.capacity)
          throw codedError("CONFLICT", `the visit is full (${visit.capacity} places)`, {
            field: "input.visitId",
          });
        const signUp = em.create(PracticeVisitSignUp, { visit, personId: me });
        await em.flush();
        return signUp;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "you have already signed up for this visit", {
          field: "input.visitId",
        });
      throw error;
    }
  }

  /**
   * A student takes back their sign-up before the visit starts, freeing the place (under the
   * visit's lock, as sign-ups take places); after it starts the sign-up stands, for its reflection.
   */
  async cancelSignUp(input: PracticeVisitIdInput): Promise<PracticeVisit> {
    if (!this.ctx.access.hasRole("student") || !this.me)
      throw forbidden("a student cancels their own sign-up");
    const me = this.me;
    return this.ctx.em.transactional(async (em) => {
      const visit = await lockVisit(em, input.visitId);
      if (visit.startsAt.getTime() <= Date.now())
        throw badUserInput(
          "the visit has started; a sign-up can no longer be cancelled",
          "input.visitId",
        );
      const mine = await em.findOne(
        PracticeVisitSignUp,
        { visit: visit.id, personId: me },
        { comments: label("curriculum.ownPracticeVisitSignUpToCancel") },
      );
      if (!mine) throw badUserInput("you have not signed up for this visit", "input.visitId");
      em.remove(mine);
      await em.flush();
      return visit;
    });
  }

  async submitReflection(input: SubmitPracticeReflectionInput): Promise<PracticeVisitSignUp> {
    const reflection = requiredText(input.reflection, "input.reflection", 8000);
    return this.ctx.em.transactional(async (em) => {
      const signUp = await lockSignUp(em, input.signUpId);
      if (!this.me || signUp.personId !== this.me)
        throw forbidden("a reflection is written by the student who went", {
          signUpId: signUp.id,
        });
      const visit = await em.findOneOrFail(
        PracticeVisit,
        { id: signUp.visit.id },
        { comments: label("curriculum.visitOfReflection") },
      );
      if (visit.startsAt.getTime() > Date.now())
        throw badUserInput("a reflection is written after the visit", "input.signUpId");
      assertReflectionTransition(signUp.reflectionStatus, ReflectionStatus.SUBMITTED);
      signUp.reflection = reflection;
      this.transition(em, signUp, ReflectionStatus.SUBMITTED, null);
      return signUp;
    });
  }

  async review(input: ReviewPracticeReflectionInput): Promise<PracticeVisitSignUp> {
    const comment = optionalText(input.comment, "input.comment", 1000);
    return this.ctx.em.transactional(async (em) => {
      const signUp = await lockSignUp(em, input.signUpId);
      const visit = await em.findOneOrFail(
        PracticeVisit,
        { id: signUp.visit.id },
        { comments: label("curriculum.visitOfReview") },
      );
      if (!this.runs(visit))
        throw forbidden("only the visit's organiser or an administrator reviews reflections", {
          signUpId: signUp.id,
        });
      const to =
        input.verdict === ReflectionVerdict.ACCEPT
          ? ReflectionStatus.ACCEPTED
          : ReflectionStatus.RETURNED;
      assertReflectionTransition(signUp.reflectionStatus, to);
      if (to === ReflectionStatus.RETURNED && !comment)
        throw badUserInput("say what to change when returning a reflection", "input.comment");
      signUp.reviewComment = comment;
      this.transition(em, signUp, to, comment);
      return signUp;
    });
  }

  private transition(
    em: EntityManager,
    signUp: PracticeVisitSignUp,
    to: ReflectionStatus,
    comment: string | null,
  ): void {
    em.create(PracticeReflectionTransition, {
      signUp,
      from: signUp.reflectionStatus,
      to,
      comment,
      byId: this.me,
      at: new Date(),
    });
    signUp.reflectionStatus = to;
  }

  /** The sign-ups, for the organiser, administrators and staff. */
  /**
   * The sign-ups: all of them for the organiser and administrators (and service clients); for
   * other staff, those their duty covers (SECURITY.md: no directory).
   */
  async signUps(visit: PracticeVisit): Promise<PracticeVisitSignUp[]> {
    const { access } = this.ctx;
    if (!this.runs(visit) && !access.isStaff() && !access.hasRole("service"))
      throw forbidden("a visit's sign-ups are seen by its organiser and staff");
    const rows = await this.ctx.loaders.practiceVisitSignUpsByVisit.load(visit.id);
    if (this.runs(visit) || access.hasRole("service")) return rows;
    return rows.filter((row) => access.sees(row.personId));
  }

  async taken(visit: PracticeVisit): Promise<number> {
    return (await this.ctx.loaders.practiceVisitSignUpsByVisit.load(visit.id)).length;
  }

  async mine(visit: PracticeVisit): Promise<PracticeVisitSignUp | null> {
    if (!this.me) return null;
    const own = await this.ctx.loaders.practiceVisitSignUpsByPerson.load(this.me);
    return own.find((s) => s.visit.id === visit.id) ?? null;
  }

  async host(visit: PracticeVisit): Promise<PartnerOrganisation | null> {
    return visit.hostPartner ? this.ctx.loaders.partner.load(visit.hostPartner.id) : null;
  }

  history(signUp: PracticeVisitSignUp): Promise<PracticeReflectionTransition[]> {
    return this.ctx.loaders.practiceReflectionTransitions.load(signUp.id);
  }

  /** The student's sign-ups, newest first: the student themselves and staff. */
  async ofPerson(person: Person): Promise<PracticeVisitSignUp[]> {
    const { access } = this.ctx;
    if (!access.hasRole("service") && !access.sees(person.id))
      throw forbidden(
        "a student's practice visits are seen by the student and staff whose duty covers them",
      );
    const rows = await this.ctx.loaders.practiceVisitSignUpsByPerson.load(person.id);
    return rows.slice(0, MAX_PERSON_SIGN_UPS);
  }
}
