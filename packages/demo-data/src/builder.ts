import {
  emptyDataset,
  type Dataset,
  type OrgUnitSeed,
  type TemporaryBranchSeed,
  type PairingSeed,
  type CampusSeed,
  type BuildingSeed,
  type GridSeed,
  type RoomSeed,
  type PeerReportSeed,
  type PersonSeed,
  type ResidenceSeed,
  type CourseSeed,
  type CourseSessionSeed,
  type EnrolmentSeed,
  type WarningSeed,
  type StudentClassSeed,
  type StaffAssignmentSeed,
  type ReferralSeed,
  type AssistanceCaseSeed,
  type CaseMeasureSeed,
  type TaskForceMemberSeed,
  type GrowthEventSeed,
  type TeamSeed,
  type DutyShiftSeed,
  type VisitSeed,
  type GovernancePostSeed,
  type VolunteerServiceSeed,
  type VolunteerActivitySeed,
  type StaffRole,
  type AssignmentTarget,
  type PartyPostSeed,
  type ResponsibilityAreaSeed,
  type VanguardTeamSeed,
  type PartnerSeed,
  type ChallengeSeed,
  type CompetitionEntrySeed,
  type CompetitionSeed,
  type HabitParticipationSeed,
  type HabitProjectSeed,
  type PracticeVisitSeed,
  type PracticeVisitSignUpSeed,
  type FormationProgrammeSeed,
  type PlacementSeed,
  type ChallengeClaimSeed,
  type ProjectSeed,
  type MilestoneSeed,
  type WorkItemSeed,
  type SecretaryMeetingSeed,
} from "./dataset";
import type { Role } from "@campus/auth";
import { stableId } from "./ids";

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type PersonDefaults =
  | "id"
  | "kind"
  | "number"
  | "cohort"
  | "degreeLevel"
  | "schoolId"
  | "collegeId"
  | "politicalStatus"
  | "classId"
  | "phone"
  | "familyAnnualIncome";

/**
 * Fluent helpers for tests and the demo set: each call adds one row with sensible defaults and
 * returns it, so a test names only what it is about.
 */
export class DatasetBuilder {
  readonly data: Dataset = emptyDataset();
  private counter = 0;

  constructor(private readonly namespace = "test") {}

  private id(kind: string): string {
    return stableId(`${this.namespace}:${kind}:${++this.counter}`);
  }

  orgUnit(row: Optional<OrgUnitSeed, "id" | "parentId">): OrgUnitSeed {
    const unit = { id: this.id("org"), parentId: null, ...row };
    this.data.orgUnits.push(unit);
    return unit;
  }

  temporaryBranch(row: TemporaryBranchSeed): TemporaryBranchSeed {
    (this.data.temporaryBranches ??= []).push(row);
    return row;
  }

  /** A pairing (结对共建), active unless `ended`, with no activities unless given. */
  pairing(
    row: Optional<PairingSeed, "id" | "teacherId" | "studentId" | "activities" | "ended">,
  ): PairingSeed {
    const pairing: PairingSeed = {
      id: this.id("pairing"),
      teacherId: null,
      studentId: null,
      activities: [],
      ended: false,
      ...row,
    };
    (this.data.pairings ??= []).push(pairing);
    return pairing;
  }

  campus(row: Optional<CampusSeed, "id"> = { name: "兴庆校区" }): CampusSeed {
    const campus = { id: this.id("campus"), ...row };
    this.data.campuses.push(campus);
    return campus;
  }

  building(row: Optional<BuildingSeed, "id" | "floors" | "collegeId">): BuildingSeed {
    const building = { id: this.id("building"), floors: 6, collegeId: null, ...row };
    this.data.buildings.push(building);
    return building;
  }

  grid(row: Optional<GridSeed, "id">): GridSeed {
    const grid = { id: this.id("grid"), ...row };
    this.data.grids.push(grid);
    return grid;
  }

  room(row: Optional<RoomSeed, "id" | "gridId" | "capacity">): RoomSeed {
    const room = { id: this.id("room"), gridId: null, capacity: 4, ...row };
    this.data.rooms.push(room);
    return room;
  }

  student(row: Optional<PersonSeed, PersonDefaults>): PersonSeed {
    const n = this.counter + 1;
    const person: PersonSeed = {
      id: this.id("person"),
      kind: "STUDENT",
      number: `2124${String(n).padStart(6, "0")}`,
      cohort: 2024,
      degreeLevel: "UNDERGRADUATE",
      schoolId: null,
      collegeId: null,
      politicalStatus: "LEAGUE_MEMBER",
      classId: null,
      phone: null,
      familyAnnualIncome: null,
      ...row,
    };
    this.data.people.push(person);
    return person;
  }

  staff(row: Optional<PersonSeed, PersonDefaults>): PersonSeed {
    const n = this.counter + 1;
    const person: PersonSeed = {
      id: this.id("person"),
      kind: "STAFF",
      number: `T${String(n).padStart(6, "0")}`,
      cohort: null,
      degreeLevel: null,
      schoolId: null,
      collegeId: null,
      politicalStatus: "FULL_MEMBER",
      classId: null,
      phone: null,
      familyAnnualIncome: null,
      ...row,
    };
    this.data.people.push(person);
    return person;
  }

  residence(
    person: PersonSeed,
    room: RoomSeed,
    row: Partial<Omit<ResidenceSeed, "personId" | "roomId">> = {},
  ): ResidenceSeed {
    const residence = {
      id: this.id("residence"),
      personId: person.id,
      roomId: room.id,
      bed: "1",
      movedInOn: "2024-09-01",
      movedOutOn: null,
      ...row,
    };
    this.data.residences.push(residence);
    return residence;
  }

  course(row: Optional<CourseSeed, "id" | "description" | "category">): CourseSeed {
    const course: CourseSeed = {
      id: this.id("course"),
      category: "FRESHMAN_FORMATION",
      description: "",
      ...row,
    };
    this.data.courses.push(course);
    return course;
  }

  session(
    course: CourseSeed,
    row: Partial<Omit<CourseSessionSeed, "courseId">> = {},
  ): CourseSessionSeed {
    const session: CourseSessionSeed = {
      id: this.id("session"),
      courseId: course.id,
      startsAt: "2024-09-10T10:00:00.000Z",
      endsAt: "2024-09-10T11:30:00.000Z",
      location: "社区活动室 101",
      instructorId: null,
      capacity: 60,
      ...row,
    };
    this.data.sessions.push(session);
    return session;
  }

  enrolment(
    person: PersonSeed,
    session: CourseSessionSeed,
    row: Partial<Omit<EnrolmentSeed, "personId" | "sessionId">> = {},
  ): EnrolmentSeed {
    const enrolment: EnrolmentSeed = {
      id: this.id("enrolment"),
      personId: person.id,
      sessionId: session.id,
      status: "ENROLLED",
      enrolledAt: "2024-09-05T08:00:00.000Z",
      ...row,
    };
    this.data.enrolments.push(enrolment);
    return enrolment;
  }

  warning(person: PersonSeed, row: Partial<Omit<WarningSeed, "personId">> = {}): WarningSeed {
    const warning: WarningSeed = {
      id: this.id("warning"),
      personId: person.id,
      category: "ACADEMIC",
      level: "YELLOW",
      status: "OPEN",
      summary: "本学期不及格学分达到预警线",
      raisedAt: "2024-11-01T08:00:00.000Z",
      ...row,
    };
    this.data.warnings.push(warning);
    return warning;
  }

  studentClass(row: Optional<StudentClassSeed, "id" | "schoolId" | "cohort">): StudentClassSeed {
    const studentClass: StudentClassSeed = {
      id: this.id("class"),
      schoolId: null,
      cohort: 2024,
      ...row,
    };
    this.data.classes.push(studentClass);
    return studentClass;
  }

  /** `person` covers `targetId` (a class, grid, building, branch or unit) in `role`, from 2024-09-01 on. */
  assign(
    person: PersonSeed,
    role: StaffRole,
    targetKind: AssignmentTarget,
    targetId: string,
    row: Partial<Pick<StaffAssignmentSeed, "id" | "startsOn" | "endsOn">> = {},
  ): StaffAssignmentSeed {
    const assignment: StaffAssignmentSeed = {
      id: this.id("assignment"),
      personId: person.id,
      role,
      targetKind,
      targetId,
      startsOn: "2024-09-01",
      endsOn: null,
      ...row,
    };
    this.data.staffAssignments.push(assignment);
    return assignment;
  }

  referral(
    person: PersonSeed,
    referredTo: PersonSeed,
    referredBy: PersonSeed,
    row: Partial<Omit<ReferralSeed, "personId" | "referredToId" | "referredById">> = {},
  ): ReferralSeed {
    const referral: ReferralSeed = {
      id: this.id("referral"),
      personId: person.id,
      referredToId: referredTo.id,
      referredById: referredBy.id,
      category: "ATTENTION",
      referredAt: "2024-11-01T08:00:00.000Z",
      status: "OPEN",
      note: "",
      ...row,
    };
    this.data.referrals.push(referral);
    return referral;
  }

  assistanceCase(
    person: PersonSeed,
    openedBy: PersonSeed,
    row: Partial<Omit<AssistanceCaseSeed, "personId" | "openedById">> = {},
  ): AssistanceCaseSeed {
    const assistanceCase: AssistanceCaseSeed = {
      id: this.id("case"),
      personId: person.id,
      openedById: openedBy.id,
      summary: "家庭经济困难，需学业与生活帮扶",
      status: "OPEN",
      openedAt: "2024-11-01T08:00:00.000Z",
      ...row,
    };
    this.data.assistanceCases.push(assistanceCase);
    return assistanceCase;
  }

  /** A plan measure of a case, carried out by `responsible` (who should be on its task force). */
  /** A SUBMITTED peer report by `reporter` about `person`. */
  peerReport(
    person: PersonSeed,
    reporter: PersonSeed,
    row: Partial<Omit<PeerReportSeed, "personId" | "reporterId">> = {},
  ): PeerReportSeed {
    const report: PeerReportSeed = {
      id: this.id("peer-report"),
      personId: person.id,
      reporterId: reporter.id,
      anonymous: false,
      category: "BEHAVIOUR",
      concern: "最近常常深夜不归，室友联系不上",
      submittedAt: "2024-11-01T08:00:00.000Z",
      ...row,
    };
    (this.data.peerReports ??= []).push(report);
    return report;
  }

  caseMeasure(
    assistanceCase: AssistanceCaseSeed,
    responsible: PersonSeed,
    row: Partial<Omit<CaseMeasureSeed, "caseId" | "responsibleId">> = {},
  ): CaseMeasureSeed {
    const measure: CaseMeasureSeed = {
      id: this.id("measure"),
      caseId: assistanceCase.id,
      responsibleId: responsible.id,
      description: "每周学业辅导",
      duty: "学业帮扶",
      dueOn: "2024-12-01",
      status: "PLANNED",
      createdAt: assistanceCase.openedAt,
      ...row,
    };
    (this.data.caseMeasures ??= []).push(measure);
    return measure;
  }

  taskForceMember(
    assistanceCase: AssistanceCaseSeed,
    member: PersonSeed,
    row: Partial<Omit<TaskForceMemberSeed, "caseId" | "memberId">> = {},
  ): TaskForceMemberSeed {
    const taskForceMember: TaskForceMemberSeed = {
      id: this.id("task-force"),
      caseId: assistanceCase.id,
      memberId: member.id,
      duty: "学业帮扶",
      lead: false,
      ...row,
    };
    this.data.taskForceMembers.push(taskForceMember);
    return taskForceMember;
  }

  growthEvent(
    person: PersonSeed,
    row: Partial<Omit<GrowthEventSeed, "personId">> = {},
  ): GrowthEventSeed {
    const id = this.id("growth");
    const growthEvent: GrowthEventSeed = {
      id,
      personId: person.id,
      domain: "MORAL",
      kind: "VOLUNTEER_HOURS",
      title: "社区志愿服务",
      points: 2,
      occurredOn: "2024-10-15",
      source: "seed",
      sourceKey: id,
      ...row,
    };
    (this.data.growthEvents ??= []).push(growthEvent);
    return growthEvent;
  }

  partyPost(row: Optional<PartyPostSeed, "id" | "gridId" | "roomId">): PartyPostSeed {
    const post = { id: this.id("party-post"), gridId: null, roomId: null, ...row };
    (this.data.partyPosts ??= []).push(post);
    return post;
  }

  responsibilityArea(
    row: Optional<ResponsibilityAreaSeed, "id" | "roomIds" | "gridIds">,
  ): ResponsibilityAreaSeed {
    const area = { id: this.id("area"), roomIds: [], gridIds: [], ...row };
    (this.data.responsibilityAreas ??= []).push(area);
    return area;
  }

  vanguardTeam(
    row: Optional<Omit<VanguardTeamSeed, "tasks">, "id" | "purpose">,
    tasks: { title: string; dueOn?: string | null; doneById?: string | null }[] = [],
  ): VanguardTeamSeed {
    const team = {
      id: this.id("vanguard-team"),
      purpose: "",
      ...row,
      tasks: tasks.map((task) => ({
        id: this.id("vanguard-task"),
        title: task.title,
        dueOn: task.dueOn ?? null,
        doneById: task.doneById ?? null,
      })),
    };
    (this.data.vanguardTeams ??= []).push(team);
    return team;
  }

  /** A work item of the three lists (三张清单); a MEASURE names its PROBLEM, a RESPONSIBILITY its MEASURE. */
  workItem(
    row: Optional<
      WorkItemSeed,
      "id" | "parentId" | "description" | "level" | "status" | "meetingId" | "followUps"
    >,
  ): WorkItemSeed {
    const item: WorkItemSeed = {
      id: this.id("work-item"),
      parentId: null,
      description: "",
      level: "RESPONSIBLE_UNIT",
      status: "OPEN",
      meetingId: null,
      followUps: [],
      ...row,
    };
    (this.data.workItems ??= []).push(item);
    return item;
  }

  /** A secretaries' meeting (书记例会), minutes not signed off unless said. */
  secretaryMeeting(
    row: Optional<SecretaryMeetingSeed, "id" | "attendeeIds" | "minutes" | "signedOff">,
  ): SecretaryMeetingSeed {
    const meeting: SecretaryMeetingSeed = {
      id: this.id("secretary-meeting"),
      attendeeIds: [],
      minutes: "",
      signedOff: false,
      ...row,
    };
    (this.data.secretaryMeetings ??= []).push(meeting);
    return meeting;
  }

  /** A team and its leader; members and hours are added with `teamMember` and `volunteerService`. */
  /** A partner organisation of the climb plan with the people who act for it. */
  partner(
    row: Partial<Omit<PartnerSeed, "contactIds">> = {},
    contacts: PersonSeed[] = [],
  ): PartnerSeed {
    const partner: PartnerSeed = {
      id: this.id("partner"),
      name: `合作单位${this.counter}`,
      kind: "ENTERPRISE",
      description: "",
      ...row,
      contactIds: contacts.map((c) => c.id),
    };
    (this.data.partners ??= []).push(partner);
    return partner;
  }

  /** A challenge (揭榜立项), PUBLISHED unless said otherwise, posted by `poster`. */
  challenge(
    poster: PersonSeed,
    mentor: PersonSeed,
    row: Partial<Omit<ChallengeSeed, "mentorId" | "postedById" | "claims">> = {},
  ): ChallengeSeed {
    const challenge: ChallengeSeed = {
      id: this.id("challenge"),
      partnerId: null,
      title: `挑战课题${this.counter}`,
      problem: "如何提升社区公共空间的利用率",
      requirements: "具备数据分析基础",
      deliverables: "研究报告一份",
      deadline: "2099-12-31",
      teamSizeMin: 1,
      teamSizeMax: 5,
      teamsWanted: 2,
      status: "PUBLISHED",
      ...row,
      mentorId: mentor.id,
      postedById: poster.id,
      claims: [],
    };
    (this.data.challenges ??= []).push(challenge);
    return challenge;
  }

  /** A competition (科创竞赛) with no entries yet. */
  competition(row: Partial<Omit<CompetitionSeed, "id" | "entries">> = {}): CompetitionSeed {
    const competition: CompetitionSeed = {
      id: this.id("competition"),
      name: `科创竞赛${this.counter}`,
      organiser: "共青团陕西省委",
      level: "PROVINCIAL",
      year: 2026,
      ...row,
      entries: [],
    };
    (this.data.competitions ??= []).push(competition);
    return competition;
  }

  /** A cohort's freshman formation programme with the given modules, in order, and no courses yet. */
  formationProgramme(
    cohort: number,
    title: string,
    modules: { nameZh: string; nameEn: string; requiredHours: number }[],
  ): FormationProgrammeSeed {
    const programme: FormationProgrammeSeed = {
      id: this.id("formation"),
      cohort,
      title,
      modules: modules.map((module, i) => ({ id: this.id("module"), order: i + 1, ...module })),
      courses: [],
    };
    (this.data.formationProgrammes ??= []).push(programme);
    return programme;
  }

  /** Counts a course in the programme's module at `order` with the hours it credits. */
  formationCourse(
    programme: FormationProgrammeSeed,
    order: number,
    course: CourseSeed,
    hours: number,
  ): void {
    const module = programme.modules.find((m) => m.order === order);
    if (!module) throw new Error(`the programme has no module ${order}`);
    programme.courses.push({ moduleId: module.id, courseId: course.id, hours });
  }

  /**
   * A placement (安置) of `student` under `supervisor` in a research team, PROPOSED unless said
   * otherwise; a RECOMMENDED or later one is recommended by `recommendedById` (unless given, by an administrator
   * who is no person, as the service records one: by nobody).
   */
  placement(
    student: PersonSeed,
    supervisor: PersonSeed,
    row: Partial<Omit<PlacementSeed, "id" | "studentId" | "supervisorId">> = {},
  ): PlacementSeed {
    const placement: PlacementSeed = {
      id: this.id("placement"),
      kind: "RESEARCH_TEAM",
      partnerId: null,
      teamName: row.partnerId ? null : "院士科研团队",
      topic: `科研训练${this.counter}`,
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
      status: "PROPOSED",
      recommendedById: null,
      recommendation: null,
      grade: null,
      evaluation: null,
      ...row,
      studentId: student.id,
      supervisorId: supervisor.id,
    };
    if (placement.status !== "PROPOSED" && placement.status !== "WITHDRAWN") {
      placement.recommendedById ??= null;
      placement.recommendation ??= "品学兼优，推荐进入团队";
    }
    if (placement.status === "EVALUATED") {
      placement.grade ??= "GOOD";
      placement.evaluation ??= "完成科研训练任务";
    }
    (this.data.placements ??= []).push(placement);
    return placement;
  }

  /** A team's entry, ENTERED unless a result is given (then recorded by the mentor). */
  competitionEntry(
    competition: CompetitionSeed,
    leader: PersonSeed,
    members: PersonSeed[],
    mentor: PersonSeed,
    row: Partial<Pick<CompetitionEntrySeed, "title" | "projectId" | "result" | "resultNote">> = {},
  ): CompetitionEntrySeed {
    const entry: CompetitionEntrySeed = {
      id: this.id("competition-entry"),
      title: `参赛作品${this.counter}`,
      projectId: null,
      result: null,
      resultNote: null,
      ...row,
      leaderId: leader.id,
      memberIds: members.map((m) => m.id),
      mentorId: mentor.id,
    };
    competition.entries.push(entry);
    return entry;
  }

  /** A habit project run by `organiser`; participants are added with `habitParticipant`. */
  habitProject(
    organiser: PersonSeed,
    row: Partial<Omit<HabitProjectSeed, "id" | "organiserId" | "participants">> = {},
  ): HabitProjectSeed {
    const project: HabitProjectSeed = {
      id: this.id("habit-project"),
      kind: "FITNESS",
      title: `习惯养成${this.counter}`,
      description: "每日打卡",
      goalCheckIns: 1,
      perWeek: null,
      startsOn: "2026-09-07",
      endsOn: "2026-09-27",
      audience: null,
      ...row,
      organiserId: organiser.id,
      participants: [],
    };
    (this.data.habitProjects ??= []).push(project);
    return project;
  }

  /** A student in a habit project with their check-in days. */
  habitParticipant(
    project: HabitProjectSeed,
    student: PersonSeed,
    days: string[],
    row: Partial<Pick<HabitParticipationSeed, "recorded" | "resultNote">> = {},
  ): HabitParticipationSeed {
    const participation: HabitParticipationSeed = {
      id: this.id("habit-participation"),
      personId: student.id,
      days,
      recorded: false,
      resultNote: null,
      ...row,
    };
    project.participants.push(participation);
    return participation;
  }

  /** A practice visit run by `organiser`; sign-ups are added with `practiceVisitSignUp`. */
  practiceVisit(
    organiser: PersonSeed,
    row: Partial<Omit<PracticeVisitSeed, "id" | "organiserId" | "signUps">> = {},
  ): PracticeVisitSeed {
    const visit: PracticeVisitSeed = {
      id: this.id("practice-visit"),
      title: `实践见习${this.counter}`,
      hostPartnerId: null,
      hostName: "见习单位",
      guidingProblem: "见习要回答的问题",
      places: "车间",
      startsAt: "2026-10-14T01:00:00.000Z",
      endsAt: "2026-10-14T04:00:00.000Z",
      capacity: 30,
      ...row,
      organiserId: organiser.id,
      signUps: [],
    };
    (this.data.practiceVisits ??= []).push(visit);
    return visit;
  }

  /** A student's sign-up for a visit, its reflection in a state. */
  practiceVisitSignUp(
    visit: PracticeVisitSeed,
    student: PersonSeed,
    row: Partial<Omit<PracticeVisitSignUpSeed, "id" | "personId">> = {},
  ): PracticeVisitSignUpSeed {
    const signUp: PracticeVisitSignUpSeed = {
      id: this.id("practice-visit-sign-up"),
      reflection: null,
      status: "NOT_SUBMITTED",
      reviewComment: null,
      ...row,
      personId: student.id,
    };
    visit.signUps.push(signUp);
    return signUp;
  }

  /** A team's claim of a challenge, PENDING unless said otherwise. */
  claim(
    challenge: ChallengeSeed,
    leader: PersonSeed,
    members: PersonSeed[] = [],
    row: Partial<Omit<ChallengeClaimSeed, "leaderId" | "memberIds" | "project">> = {},
  ): ChallengeClaimSeed {
    const claim: ChallengeClaimSeed = {
      id: this.id("claim"),
      proposal: "分三个阶段调研并提出改进方案",
      status: "PENDING",
      decisionNote: null,
      ...row,
      leaderId: leader.id,
      memberIds: members.map((m) => m.id),
      project: null,
    };
    challenge.claims.push(claim);
    return claim;
  }

  /** An approved claim and the ACTIVE project it became, with milestones in the given states. */
  project(
    challenge: ChallengeSeed,
    leader: PersonSeed,
    members: PersonSeed[] = [],
    milestones: Partial<Omit<MilestoneSeed, "id">>[] = [],
  ): ProjectSeed {
    const claim = this.claim(challenge, leader, members, {
      status: "APPROVED",
      decisionNote: "同意立项",
    });
    const project: ProjectSeed = {
      id: this.id("project"),
      milestones: milestones.map((m, i) => ({
        id: this.id("milestone"),
        title: `阶段${i + 1}`,
        dueOn: "2099-06-30",
        status: "OPEN",
        ...m,
      })),
    };
    claim.project = project;
    return project;
  }

  team(leader: PersonSeed, row: Partial<Omit<TeamSeed, "leaderId" | "members" | "service">> = {}) {
    const team: TeamSeed = {
      id: this.id("team"),
      name: "星航志愿服务团",
      kind: "VOLUNTEER_CORPS",
      ...row,
      leaderId: leader.id,
      members: [],
      service: [],
    };
    (this.data.teams ??= []).push(team);
    return team;
  }

  teamMember(
    team: TeamSeed,
    person: PersonSeed,
    row: { role?: "CADRE" | "MEMBER"; joinedOn?: string } = {},
  ): void {
    team.members.push({ personId: person.id, role: "MEMBER", joinedOn: "2024-09-01", ...row });
  }

  /** A volunteer activity the team's leader announces, from `startsAt` for `hours`. */
  volunteerActivity(
    team: TeamSeed,
    row: Pick<VolunteerActivitySeed, "title" | "startsAt"> &
      Partial<Omit<VolunteerActivitySeed, "endsAt" | "signUps" | "checkedIn">> & { hours?: number },
  ): VolunteerActivitySeed {
    const { hours = 2, ...rest } = row;
    const activity: VolunteerActivitySeed = {
      place: "彭康书院",
      slots: 10,
      openToAllStudents: false,
      ...rest,
      endsAt: new Date(new Date(row.startsAt).getTime() + hours * 3_600_000).toISOString(),
      signUps: [],
      checkedIn: [],
    };
    (team.activities ??= []).push(activity);
    return activity;
  }

  /** A student signs up for an activity; `checkedIn` if the leader checks them in. */
  volunteerSignUp(
    activity: VolunteerActivitySeed,
    person: PersonSeed,
    row: { checkedIn?: boolean } = {},
  ): void {
    activity.signUps.push(person.id);
    if (row.checkedIn) activity.checkedIn.push(person.id);
  }

  /** Hours a member served, from `startsAt` for `hours`; `decision` null awaits the leader. */
  volunteerService(
    team: TeamSeed,
    person: PersonSeed,
    row: Partial<Omit<VolunteerServiceSeed, "personId" | "endsAt">> & { hours?: number } = {},
  ): VolunteerServiceSeed {
    const { hours = 2, ...rest } = row;
    const startsAt = rest.startsAt ?? "2024-10-12T01:00:00.000Z";
    const service: VolunteerServiceSeed = {
      activity: "社区环境整治",
      place: null,
      decision: null,
      ...rest,
      personId: person.id,
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + hours * 3_600_000).toISOString(),
    };
    team.service.push(service);
    return service;
  }

  /** `person` on the duty roster of a grid or building; weekday 1 (Monday) to 7. */
  dutyShift(
    person: PersonSeed,
    row: Omit<DutyShiftSeed, "id" | "personId" | "validFrom"> & { validFrom?: string },
  ): DutyShiftSeed {
    const shift: DutyShiftSeed = {
      id: this.id("duty-shift"),
      validFrom: "2024-09-01",
      ...row,
      personId: person.id,
    };
    (this.data.dutyShifts ??= []).push(shift);
    return shift;
  }

  /** `holder` appointed to a governance post in a grid or room by `appointedBy`, the place's grid leader. */
  governancePost(
    holder: PersonSeed,
    row: Pick<GovernancePostSeed, "kind"> &
      Partial<Omit<GovernancePostSeed, "id" | "holderId" | "kind" | "appointedById">>,
    appointedBy: PersonSeed,
  ): GovernancePostSeed {
    const post: GovernancePostSeed = {
      id: this.id("governance-post"),
      gridId: null,
      roomId: null,
      startsOn: "2026-09-01",
      endsOn: "2027-07-15",
      ...row,
      holderId: holder.id,
      appointedById: appointedBy.id,
    };
    (this.data.governancePosts ??= []).push(post);
    return post;
  }

  /** A visit or talk `by` recorded, holding `authorRole` over the student. */
  visit(
    by: PersonSeed,
    authorRole: Role,
    row: Partial<Omit<VisitSeed, "id" | "byPersonId" | "authorRole">> & { visitedOn: string },
  ): VisitSeed {
    const visit: VisitSeed = {
      id: this.id("visit"),
      kind: "DORM_VISIT",
      studentId: null,
      roomId: null,
      notes: "宿舍走访",
      warningId: null,
      ...row,
      byPersonId: by.id,
      authorRole,
    };
    (this.data.visits ??= []).push(visit);
    return visit;
  }

  build(): Dataset {
    return this.data;
  }
}
