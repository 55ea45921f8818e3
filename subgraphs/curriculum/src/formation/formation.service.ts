import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  optionalText,
  requiredText,
  type RequestContext,
} from "@campus/subgraph";
import { label, selectRows, tableName } from "@campus/subgraph/data";
import { Attendance } from "../attendance/attendance.entity";
import type { AttendanceRepository, ProgressRow } from "../attendance/attendance.repository";
import { Course } from "../course/course.entity";
import { CourseCategory } from "../course/course.enums";
import type { Loaders } from "../loaders";
import { organises } from "../climb/organisers";
import type { Person } from "../person/person.reference";
import {
  FormationCompletion,
  FormationModule,
  FormationModuleCourse,
  FormationProgramme,
} from "./formation.entity";
import type {
  AssignFormationCourseInput,
  CreateFormationModuleInput,
  CreateFormationProgrammeInput,
  UnassignFormationCourseInput,
  UpdateFormationModuleInput,
} from "./formation.input";
import { programmeProgress, type LinkFacts } from "./formation.rules";
import { STANDARD_MODULES } from "./formation.standard";
import type {
  FormationCohortProgress,
  FormationModuleProgress,
  FormationProgress,
} from "./formation.types";

type Ctx = RequestContext<Loaders>;

const linkFacts = (link: FormationModuleCourse): LinkFacts => ({
  moduleId: link.module.id,
  courseId: link.course.id,
  hours: link.hours,
});

/**
 * The freshman formation programme (新生养成教育): organisers (administrators, as for the rest of
 * the community courses' plan) shape each cohort's programme and its modules and count courses in
 * them; a student's progress is computed from their completed courses (attendance.repository.ts).
 * A student sees their own progress, staff and service clients anyone's.
 */
export class FormationService {
  constructor(private readonly ctx: Ctx) {}

  private assertOrganiser(what: string): void {
    if (!organises(this.ctx)) throw forbidden(`only an organiser (administrator) ${what}`);
  }

  async createProgramme(input: CreateFormationProgrammeInput): Promise<FormationProgramme> {
    this.assertOrganiser("creates a formation programme");
    const title = requiredText(input.title, "input.title", 200);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const programme = em.create(FormationProgramme, {
          cohort: input.cohort,
          title,
          createdById: this.ctx.caller.personId,
        });
        if (input.standardModules !== false)
          STANDARD_MODULES.forEach((standard, index) =>
            em.create(FormationModule, {
              programme,
              order: index + 1,
              nameZh: standard.nameZh,
              nameEn: standard.nameEn,
              requiredHours: standard.requiredHours,
              changedById: this.ctx.caller.personId,
            }),
          );
        await em.flush();
        return programme;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "this cohort already has a formation programme", {
          field: "input.cohort",
        });
      throw error;
    }
  }

  async createModule(input: CreateFormationModuleInput): Promise<FormationModule> {
    this.assertOrganiser("adds a formation module");
    const nameZh = requiredText(input.nameZh, "input.nameZh", 100);
    const nameEn = requiredText(input.nameEn, "input.nameEn", 100);
    const description = optionalText(input.description, "input.description", 1000) ?? "";
    try {
      return await this.ctx.em.transactional(async (em) => {
        const programme = await em.findOne(
          FormationProgramme,
          { id: input.programmeId },
          { comments: label("curriculum.formationProgrammeOfModule") },
        );
        if (!programme) throw notFound("formation programme", input.programmeId);
        const module = em.create(FormationModule, {
          programme,
          order: input.order,
          nameZh,
          nameEn,
          description,
          requiredHours: input.requiredHours,
          changedById: this.ctx.caller.personId,
        });
        await em.flush();
        return module;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "the programme already has a module in this position", {
          field: "input.order",
        });
      throw error;
    }
  }

  async updateModule(input: UpdateFormationModuleInput): Promise<FormationModule> {
    this.assertOrganiser("changes a formation module");
    const nameZh = input.nameZh == null ? null : requiredText(input.nameZh, "input.nameZh", 100);
    const nameEn = input.nameEn == null ? null : requiredText(input.nameEn, "input.nameEn", 100);
    return this.ctx.em.transactional(async (em) => {
      const module = await this.lockModule(em, input.moduleId);
      if (nameZh) module.nameZh = nameZh;
      if (nameEn) module.nameEn = nameEn;
      if (input.description !== undefined && input.description !== null)
        module.description = optionalText(input.description, "input.description", 1000) ?? "";
      if (input.requiredHours != null) module.requiredHours = input.requiredHours;
      module.changedById = this.ctx.caller.personId;
      await em.flush();
      return module;
    });
  }

  async assignCourse(input: AssignFormationCourseInput): Promise<FormationModule> {
    this.assertOrganiser("counts courses in formation modules");
    return this.ctx.em.transactional(async (em) => {
      const module = await this.lockModule(em, input.moduleId);
      const course = await em.findOne(
        Course,
        { id: input.courseId },
        { comments: label("curriculum.formationCourseToAssign") },
      );
      if (!course) throw notFound("course", input.courseId);
      if (course.category !== CourseCategory.FRESHMAN_FORMATION)
        throw badUserInput(
          "only a freshman-formation course (FRESHMAN_FORMATION) counts in a formation module",
          "input.courseId",
        );
      const existing = await em.findOne(
        FormationModuleCourse,
        { programme: module.programme.id, course: course.id },
        { comments: label("curriculum.formationLinkToAssign") },
      );
      const link =
        existing ??
        em.create(FormationModuleCourse, {
          programme: module.programme.id,
          module,
          course,
          hours: input.hours,
        });
      link.module = em.getReference(FormationModule, module.id) as never;
      link.hours = input.hours;
      link.assignedById = this.ctx.caller.personId;
      link.assignedAt = new Date();
      await em.flush();
      return module;
    });
  }

  async unassignCourse(input: UnassignFormationCourseInput): Promise<FormationModule> {
    this.assertOrganiser("counts courses in formation modules");
    return this.ctx.em.transactional(async (em) => {
      const module = await this.lockModule(em, input.moduleId);
      const link = await em.findOne(
        FormationModuleCourse,
        { module: module.id, course: input.courseId },
        { comments: label("curriculum.formationLinkToRemove") },
      );
      if (!link) throw badUserInput("the course is not counted in this module", "input.courseId");
      em.remove(link);
      await em.flush();
      return module;
    });
  }

  /** The module, locked for the change (two organisers editing one module apply one after the other). */
  private async lockModule(em: EntityManager, id: string): Promise<FormationModule> {
    const [row] = await selectRows<{ id: string }>(
      em,
      "curriculum.lockFormationModule",
      "select id from ?? where id = ? for update",
      [tableName(em, FormationModule), id],
    );
    if (!row) throw notFound("formation module", id);
    return em.findOneOrFail(
      FormationModule,
      { id },
      { comments: label("curriculum.formationModuleToChange") },
    );
  }

  // ---- reading

  programmeOf(cohort: number): Promise<FormationProgramme | null> {
    return this.ctx.loaders.formationProgrammeByCohort.load(cohort);
  }

  programmes(): Promise<FormationProgramme[]> {
    return this.ctx.em.find(
      FormationProgramme,
      {},
      { orderBy: { cohort: "desc" }, limit: 50, comments: label("curriculum.formationProgrammes") },
    );
  }

  modules(programme: FormationProgramme): Promise<FormationModule[]> {
    return this.ctx.loaders.formationModulesByProgramme.load(programme.id);
  }

  async courses(module: FormationModule): Promise<FormationModuleCourse[]> {
    const links = await this.ctx.loaders.formationCoursesByProgramme.load(module.programme.id);
    return links.filter((link) => link.module.id === module.id);
  }

  async programmeOfModule(module: FormationModule): Promise<FormationProgramme> {
    const programme = await this.ctx.loaders.formationProgramme.load(module.programme.id);
    if (!programme) throw notFound("formation programme", module.programme.id);
    return programme;
  }

  /**
   * The student's progress in their cohort's programme; null for a person with no cohort (staff)
   * or whose cohort has no programme. The student themselves, staff and service clients.
   */
  async progress(person: Person): Promise<FormationProgress | null> {
    const { access, caller } = this.ctx;
    if (!access.isStaff() && !access.hasRole("service") && caller.personId !== person.id)
      throw forbidden("a student's formation progress is seen by the student and staff");
    if (person.cohort == null) return null;
    const programme = await this.programmeOf(person.cohort);
    if (!programme) return null;
    const [modules, links, rows, completions] = await Promise.all([
      this.ctx.loaders.formationModulesByProgramme.load(programme.id),
      this.ctx.loaders.formationCoursesByProgramme.load(programme.id),
      this.ctx.loaders.courseProgressByPerson.load(person.id),
      this.ctx.loaders.formationCompletionsByPerson.load(person.id),
    ]);
    const completed = new Set(rows.filter((row) => row.completed).map((row) => row.course_id));
    const facts = programmeProgress(modules, links.map(linkFacts), completed);
    const courses = new Map(rows.map((row) => [row.course_id, row.course]));
    const recorded = completions.find((c) => c.programme.id === programme.id);
    return {
      programme,
      modules: facts.modules.map((m, i): FormationModuleProgress => ({
        module: modules[i],
        hours: m.hours,
        requiredHours: m.requiredHours,
        met: m.met,
        completedCourses: m.completedCourseIds.flatMap((id) => courses.get(id) ?? []),
      })),
      modulesMet: facts.modulesMet,
      moduleCount: modules.length,
      hours: facts.hours,
      requiredHours: facts.requiredHours,
      completed: facts.completed || !!recorded,
      completedAt: recorded?.completedAt ?? null,
    };
  }

  /**
   * Counts over the cohort's participants (students holding a place in any of the programme's
   * courses), from the progress of everyone in those courses in one statement. Organisers only.
   * Per college or class is not counted: who is in which is the people subgraph's.
   */
  async cohortProgress(cohort: number): Promise<FormationCohortProgress | null> {
    this.assertOrganiser("sees a cohort's formation progress");
    const programme = await this.programmeOf(cohort);
    if (!programme) return null;
    const [modules, links] = await Promise.all([
      this.ctx.loaders.formationModulesByProgramme.load(programme.id),
      this.ctx.loaders.formationCoursesByProgramme.load(programme.id),
    ]);
    const courseIds = [...new Set(links.map((link) => link.course.id))];
    const rows: ProgressRow[] = courseIds.length
      ? await this.ctx.em
          .getRepository<Attendance, AttendanceRepository>(Attendance)
          .progress("course", courseIds)
      : [];
    const byPerson = new Map<string, Set<string>>();
    for (const row of rows) {
      const done = byPerson.get(row.person_id) ?? new Set<string>();
      if (row.completed) done.add(row.course_id);
      byPerson.set(row.person_id, done);
    }
    const facts = [...byPerson.values()].map((done) =>
      programmeProgress(modules, links.map(linkFacts), done),
    );
    const completed = facts.filter((f) => f.completed).length;
    return {
      programme,
      participants: facts.length,
      completed,
      inProgress: facts.length - completed,
      modules: modules.map((module, i) => {
        const met = facts.filter((f) => f.modules[i].met).length;
        const started = facts.filter((f) => f.modules[i].hours > 0).length;
        return { module, met, inProgress: started - met, notStarted: facts.length - started };
      }),
    };
  }
}

/**
 * Called by the attendance change that completed `courseId` for the student, in its transaction:
 * under the student's lock (two changes completing their last modules at once are taken one after
 * the other, the later one seeing the earlier), each programme counting the course whose modules
 * the student now all meets, and that has no completion of theirs yet, is recorded as completed.
 * Returns those programmes, for their FORMATION_COMPLETED events (once per student and programme).
 */
export async function recordFormationCompletions(
  em: EntityManager,
  personId: string,
  courseId: string,
  at: Date,
): Promise<FormationProgramme[]> {
  assertId(personId, "personId");
  const links = await em.find(
    FormationModuleCourse,
    { course: courseId },
    { comments: label("curriculum.formationLinksOfCourse") },
  );
  if (!links.length) return [];
  await selectRows(
    em,
    "curriculum.lockFormationStudent",
    "select pg_advisory_xact_lock(hashtext(?))",
    [`formation:${personId}`],
  );
  const programmeIds = [...new Set(links.map((link) => link.programme.id))];
  const done = await em.find(
    FormationCompletion,
    { personId, programme: { $in: programmeIds } },
    { comments: label("curriculum.formationCompletionsOfStudent") },
  );
  const open = programmeIds.filter((id) => !done.some((c) => c.programme.id === id));
  if (!open.length) return [];
  const [modules, allLinks, rows] = await Promise.all([
    em.find(
      FormationModule,
      { programme: { $in: open } },
      { comments: label("curriculum.formationModulesToComplete") },
    ),
    em.find(
      FormationModuleCourse,
      { programme: { $in: open } },
      { comments: label("curriculum.formationLinksToComplete") },
    ),
    em.getRepository<Attendance, AttendanceRepository>(Attendance).progress("person", [personId]),
  ]);
  const completedCourses = new Set(rows.filter((row) => row.completed).map((row) => row.course_id));
  const completedIds = open.filter(
    (programmeId) =>
      programmeProgress(
        modules.filter((m) => m.programme.id === programmeId),
        allLinks.filter((l) => l.programme.id === programmeId).map(linkFacts),
        completedCourses,
      ).completed,
  );
  if (!completedIds.length) return [];
  for (const programmeId of completedIds)
    em.create(FormationCompletion, { programme: programmeId, personId, completedAt: at });
  await em.flush();
  return em.find(
    FormationProgramme,
    { id: { $in: completedIds } },
    { comments: label("curriculum.formationProgrammesCompleted") },
  );
}
