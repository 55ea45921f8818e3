import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  serviceUnavailable,
  today,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind, PoliticalStatus } from "../person/person.enums";
import { StaffAssignment } from "../staff-assignment/staff-assignment.entity";
import { StaffRole } from "../staff-assignment/staff-assignment.enums";
import { PartyDevelopment } from "./party-development.entity";
import { PartyCheck, PartySponsorRole, PartyStage, PartyStep } from "./party-development.enums";
import type {
  MovePartyStageInput,
  RecordPartyApplicationInput,
  RecordPartyCheckInput,
  RecordThoughtReportInput,
  SetPartySponsorsInput,
} from "./party-development.input";
import {
  ACTIVIST_YEARS,
  addMonths,
  MAX_EXTENSION_MONTHS,
  PROBATION_YEARS,
  REPORT_PERIOD_MONTHS,
  REPORTING_STAGES,
  statusOf,
  STEPS,
} from "./party-development.rules";
import { PartySponsor } from "./party-sponsor.entity";
import { PartyTransition } from "./party-transition.entity";
import { emitPartyStage } from "../outbox/people-events";
import { ThoughtReport } from "./thought-report.entity";

/** A date its stage guarantees (set by the step that led there); its absence is a broken row, not bad input. */
function dated(date: string | null, what: string): string {
  if (!date) throw new Error(`a party development at this stage has no ${what}`);
  return date;
}

/** Statuses a student may apply from: not already in the pipeline or a member. */
const MAY_APPLY: readonly PoliticalStatus[] = [
  PoliticalStatus.MASSES,
  PoliticalStatus.LEAGUE_MEMBER,
];

/**
 * Party development (党员发展): the pipeline's steps and their rules. Only the secretary of the
 * branch that runs a student's development (a BRANCH_SECRETARY assignment running today, this
 * subgraph's own fact), the branch's organiser (组织员, an ORGANISER assignment over it) or an
 * administrator (the campus-wide organiser, as in curriculum) moves it. Every
 * refusal is an error with a code, and nothing is written.
 */
export class PartyDevelopmentService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** FORBIDDEN unless the caller is an organiser or the secretary of this branch today. */
  async assertBranchOfficer(em: EntityManager, branchId: string, action: string): Promise<void> {
    if (this.ctx.access.hasRole("admin")) return;
    if (await this.isSecretary(em, branchId)) return;
    throw forbidden(`only the secretary of the student's branch or an organiser may ${action}`);
  }

  private async isSecretary(em: EntityManager, branchId: string): Promise<boolean> {
    const me = this.ctx.caller.personId;
    if (!me || !this.ctx.access.hasRole("branch_secretary", "organiser")) return false;
    const day = today();
    // The branch's organiser (组织员, an ORGANISER assignment over it) acts as its secretary does.
    const running = await em.count(StaffAssignment, {
      personId: me,
      role: { $in: [StaffRole.BRANCH_SECRETARY, StaffRole.ORGANISER] },
      targetId: branchId,
      startsOn: { $lte: day },
      $or: [{ endsOn: null }, { endsOn: { $gte: day } }],
    });
    return running > 0;
  }

  /** An effective date must exist and not be after the campus's today. */
  private assertNotFuture(date: string, field: string): void {
    if (date > today())
      throw badUserInput(`${field} (${date}) is after today on campus (${today()})`, field);
  }

  private async lock(em: EntityManager, id: string): Promise<PartyDevelopment> {
    const development = await em.findOne(
      PartyDevelopment,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!development) throw notFound("party development", id);
    return development;
  }

  private async student(em: EntityManager, development: PartyDevelopment): Promise<Person> {
    const person = await em.findOne(Person, { id: development.personId });
    if (!person) throw notFound("person", development.personId);
    return person;
  }

  /** Is the student one of the branch's residents? Asked of organisation through the graph. */
  private async livesInBranch(studentId: string, branchId: string): Promise<boolean> {
    const graph = this.ctx.graph;
    if (graph === "unchecked") return true;
    if (!graph)
      throw serviceUnavailable(
        "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
      );
    const data = await graph.call<{ residentsOf: string[] }>(
      "branchResidents",
      { gridIds: [], buildingIds: [], branchIds: [branchId] },
      this.ctx.requestId,
    );
    return data.residentsOf.includes(studentId);
  }

  /** 递交入党申请书: opens the student's development at APPLICANT. */
  async recordApplication(input: RecordPartyApplicationInput): Promise<PartyDevelopment> {
    this.assertNotFuture(input.appliedOn, "input.appliedOn");
    return this.ctx.em.transactional(async (em) => {
      await this.assertBranchOfficer(em, input.branchId, "record an application");
      const person = await em.findOne(
        Person,
        { id: input.personId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!person) throw badUserInput(`person ${input.personId} does not exist`, "input.personId");
      if (person.kind !== PersonKind.STUDENT)
        throw badUserInput("only students are developed here", "input.personId");
      if (await em.count(PartyDevelopment, { personId: person.id }))
        throw badUserInput("this student's development is already recorded", "input.personId");
      if (!MAY_APPLY.includes(person.politicalStatus))
        throw badUserInput(
          `a student who is ${person.politicalStatus} does not apply again`,
          "input.personId",
        );
      if (!(await this.livesInBranch(person.id, input.branchId)))
        throw badUserInput("the student does not belong to this branch", "input.branchId");
      const development = em.create(PartyDevelopment, {
        personId: person.id,
        branchId: input.branchId,
        stage: PartyStage.APPLICANT,
        formerStatus: person.politicalStatus,
        appliedOn: input.appliedOn,
      });
      em.create(PartyTransition, {
        development,
        to: PartyStage.APPLICANT,
        effectiveOn: input.appliedOn,
        recordedById: this.ctx.caller.personId,
      });
      person.politicalStatus = statusOf(PartyStage.APPLICANT, development.formerStatus);
      return development;
    });
  }

  /** Names the two cultivation contacts (for an applicant or activist) or introducers (for an activist or target). */
  async setSponsors(input: SetPartySponsorsInput): Promise<PartyDevelopment> {
    this.assertNotFuture(input.since, "input.since");
    return this.ctx.em.transactional(async (em) => {
      const development = await this.lock(em, input.developmentId);
      await this.assertBranchOfficer(em, development.branchId, "name contacts or introducers");
      const stages =
        input.role === PartySponsorRole.CULTIVATION_CONTACT
          ? [PartyStage.APPLICANT, PartyStage.ACTIVIST]
          : [PartyStage.ACTIVIST, PartyStage.DEVELOPMENT_TARGET];
      if (!stages.includes(development.stage))
        throw badUserInput(
          `${input.role} are named for a student who is ${stages.join(" or ")}, not ${development.stage}`,
          "input.role",
        );
      const ids = [...new Set(input.personIds)];
      if (ids.length !== 2) throw badUserInput("name two different people", "input.personIds");
      if (ids.includes(development.personId))
        throw badUserInput("a student does not sponsor themselves", "input.personIds");
      const people = await em.find(Person, { id: { $in: ids } });
      for (const id of ids) {
        const sponsor = people.find((p) => p.id === id);
        if (!sponsor) throw badUserInput(`person ${id} does not exist`, "input.personIds");
        if (sponsor.politicalStatus !== PoliticalStatus.FULL_MEMBER)
          throw codedError(
            "BAD_USER_INPUT",
            `${sponsor.name} is not a full party member (正式党员) and cannot be a ${input.role === PartySponsorRole.INTRODUCER ? "introducer" : "cultivation contact"}`,
            { field: "input.personIds", personId: id },
          );
      }
      await em.nativeDelete(PartySponsor, { development, role: input.role });
      for (const id of ids)
        em.create(PartySponsor, {
          development,
          role: input.role,
          personId: id,
          since: input.since,
        });
      development.updatedAt = new Date();
      return development;
    });
  }

  /** Records training passed, a political review passed or a public notice completed. */
  async recordCheck(input: RecordPartyCheckInput): Promise<PartyDevelopment> {
    this.assertNotFuture(input.passedOn, "input.passedOn");
    return this.ctx.em.transactional(async (em) => {
      const development = await this.lock(em, input.developmentId);
      await this.assertBranchOfficer(em, development.branchId, "record a check");
      const [stage, since] =
        input.check === PartyCheck.TRAINING
          ? [PartyStage.ACTIVIST, development.activistSince]
          : [PartyStage.DEVELOPMENT_TARGET, development.developmentTargetSince];
      if (development.stage !== stage || !since)
        throw badUserInput(
          `${input.check} is recorded for a student who is ${stage}, not ${development.stage}`,
          "input.check",
        );
      if (input.passedOn < since)
        throw badUserInput(
          `input.passedOn (${input.passedOn}) is before the student became ${stage} (${since})`,
          "input.passedOn",
        );
      if (input.check === PartyCheck.TRAINING) development.trainingPassedOn = input.passedOn;
      else if (input.check === PartyCheck.POLITICAL_REVIEW)
        development.politicalReviewPassedOn = input.passedOn;
      else development.publicNoticeCompletedOn = input.passedOn;
      return development;
    });
  }

  /** One step of the pipeline, when its rules hold; the student's political status follows. */
  async move(input: MovePartyStageInput): Promise<PartyDevelopment> {
    const { step, effectiveOn } = input;
    this.assertNotFuture(effectiveOn, "input.effectiveOn");
    const rule = STEPS[step];
    if (!rule.bases.includes(input.basis))
      throw badUserInput(`${step} needs a decision of ${rule.bases.join(" or ")}`, "input.basis");
    const extending = step === PartyStep.EXTEND_PROBATION;
    if (extending !== (input.extensionMonths !== null && input.extensionMonths !== undefined))
      throw badUserInput(
        extending
          ? "an extension of probation says by how many months (at most 12)"
          : "extensionMonths belongs to EXTEND_PROBATION only",
        "input.extensionMonths",
      );
    return this.ctx.em.transactional(async (em) => {
      const development = await this.lock(em, input.developmentId);
      await this.assertBranchOfficer(em, development.branchId, "move a student's stage");
      if (development.stage !== rule.from)
        throw badUserInput(
          `${step} starts from ${rule.from}; this student is ${development.stage}`,
          "input.step",
        );
      const last = await em.findOne(
        PartyTransition,
        { development },
        { orderBy: { effectiveOn: "desc", createdAt: "desc" } },
      );
      if (last && effectiveOn < last.effectiveOn)
        throw badUserInput(
          `input.effectiveOn (${effectiveOn}) is before the last step (${last.effectiveOn})`,
          "input.effectiveOn",
        );
      const transition = em.create(PartyTransition, {
        development,
        step,
        from: development.stage,
        to: rule.to,
        effectiveOn,
        basis: input.basis,
        basisReference: input.basisReference.trim(),
        note: input.note?.trim() || null,
        recordedById: this.ctx.caller.personId,
      });
      await this.apply(em, development, step, effectiveOn, input.extensionMonths ?? 0);
      if (extending) transition.probationEndsOn = development.probationEndsOn;
      development.stage = rule.to;
      const person = await this.student(em, development);
      person.politicalStatus = statusOf(rule.to, development.formerStatus);
      if (rule.to !== rule.from) await emitPartyStage(em, development, rule.to, effectiveOn);
      return development;
    });
  }

  /** Checks the step's own rules and writes its dates. */
  private async apply(
    em: EntityManager,
    development: PartyDevelopment,
    step: PartyStep,
    on: string,
    extensionMonths: number,
  ): Promise<void> {
    const fullMembers = async (role: PartySponsorRole, what: string) => {
      const rows = await em.find(PartySponsor, { development, role, since: { $lte: on } });
      const members = rows.length
        ? await em.count(Person, {
            id: { $in: rows.map((r) => r.personId) },
            politicalStatus: PoliticalStatus.FULL_MEMBER,
          })
        : 0;
      if (members < 2)
        throw badUserInput(
          `${step} needs two ${what} who are full party members (正式党员) by ${on}; there ${members === 1 ? "is 1" : `are ${members}`}`,
          "input.step",
        );
    };
    switch (step) {
      case PartyStep.BECOME_ACTIVIST:
        if (on < development.appliedOn)
          throw badUserInput("input.effectiveOn is before the application", "input.effectiveOn");
        await fullMembers(
          PartySponsorRole.CULTIVATION_CONTACT,
          "cultivation contacts (培养联系人)",
        );
        development.activistSince = on;
        development.thoughtReportDueOn = addMonths(on, REPORT_PERIOD_MONTHS);
        return;
      case PartyStep.BECOME_DEVELOPMENT_TARGET: {
        const year = addMonths(
          dated(development.activistSince, "activistSince"),
          12 * ACTIVIST_YEARS,
        );
        if (on < year)
          throw badUserInput(
            `an activist becomes a development target after at least a year as activist: from ${year}`,
            "input.effectiveOn",
          );
        if (!development.trainingPassedOn || development.trainingPassedOn > on)
          throw badUserInput(
            "an activist becomes a development target after passing training (培训结业)",
            "input.step",
          );
        development.developmentTargetSince = on;
        return;
      }
      case PartyStep.ADMIT_PROBATIONARY:
        await fullMembers(PartySponsorRole.INTRODUCER, "introducers (入党介绍人)");
        if (!development.politicalReviewPassedOn || development.politicalReviewPassedOn > on)
          throw badUserInput("admission needs a political review (政审) passed", "input.step");
        if (!development.publicNoticeCompletedOn || development.publicNoticeCompletedOn > on)
          throw badUserInput("admission needs a completed public notice (公示)", "input.step");
        development.probationSince = on;
        development.probationEndsOn = addMonths(on, 12 * PROBATION_YEARS);
        return;
      case PartyStep.CONFIRM_FULL_MEMBER:
        if (on < dated(development.probationEndsOn, "probationEndsOn"))
          throw badUserInput(
            `probation lasts until ${development.probationEndsOn}; conversion (转正) from then`,
            "input.effectiveOn",
          );
        development.fullMemberSince = on;
        development.thoughtReportDueOn = null;
        return;
      case PartyStep.EXTEND_PROBATION: {
        const yearEnd = addMonths(
          dated(development.probationSince, "probationSince"),
          12 * PROBATION_YEARS,
        );
        if (development.probationEndsOn !== yearEnd)
          throw badUserInput("probation is extended once only", "input.step");
        if (on < yearEnd)
          throw badUserInput(
            `probation is extended when it ends (${yearEnd}), not before`,
            "input.effectiveOn",
          );
        if (extensionMonths < 1 || extensionMonths > MAX_EXTENSION_MONTHS)
          throw badUserInput("an extension is 1 to 12 months", "input.extensionMonths");
        development.probationEndsOn = addMonths(yearEnd, extensionMonths);
        return;
      }
      case PartyStep.CANCEL_PROBATION:
        development.thoughtReportDueOn = null;
        return;
    }
  }

  /** 思想汇报: recorded by the branch's secretary, an organiser, or one of the student's sponsors. */
  async recordThoughtReport(input: RecordThoughtReportInput): Promise<ThoughtReport> {
    this.assertNotFuture(input.submittedOn, "input.submittedOn");
    return this.ctx.em.transactional(async (em) => {
      const development = await this.lock(em, input.developmentId);
      const me = this.ctx.caller.personId;
      const sponsor =
        me !== null &&
        me !== development.personId &&
        (await em.count(PartySponsor, { development, personId: me })) > 0;
      if (!sponsor)
        await this.assertBranchOfficer(em, development.branchId, "record a thought report");
      if (!REPORTING_STAGES.includes(development.stage))
        throw badUserInput(
          `thought reports are recorded for activists, development targets and probationary members, not ${development.stage}`,
          "input.developmentId",
        );
      if (input.submittedOn < dated(development.activistSince, "activistSince"))
        throw badUserInput(
          "input.submittedOn is before the student became an activist",
          "input.submittedOn",
        );
      const report = em.create(ThoughtReport, {
        development,
        submittedOn: input.submittedOn,
        stage: development.stage,
        summary: input.summary?.trim() || null,
        recordedById: me,
      });
      const next = addMonths(input.submittedOn, REPORT_PERIOD_MONTHS);
      if (!development.thoughtReportDueOn || next > development.thoughtReportDueOn)
        development.thoughtReportDueOn = next;
      return report;
    });
  }
}
