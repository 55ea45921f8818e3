import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Progress, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import "../climb/climb.css";
import "./formation.css";

export const MY_FORMATION = graphql(`
  query MyFormationProgress($id: ID!) {
    person(id: $id) {
      id
      formationProgress {
        modulesMet
        moduleCount
        hours
        requiredHours
        completed
        completedAt
        programme {
          id
          cohort
          title
        }
        modules {
          hours
          requiredHours
          met
          completedCourses {
            id
          }
          module {
            id
            order
            nameZh
            nameEn
            description
            courses {
              id
              hours
              course {
                id
                code
                title
              }
            }
          }
        }
      }
    }
  }
`);

export const FORMATION_PROGRAMMES = graphql(`
  query FormationProgrammes {
    formationProgrammes {
      id
      cohort
      title
    }
  }
`);

export const FORMATION_PROGRAMME = graphql(`
  query FormationProgrammeOfCohort($cohort: Int!) {
    formationProgramme(cohort: $cohort) {
      id
      cohort
      title
      modules {
        id
        order
        nameZh
        nameEn
        description
        requiredHours
        courses {
          id
          hours
          course {
            id
            code
            title
          }
        }
      }
    }
  }
`);

export const FORMATION_COHORT_PROGRESS = graphql(`
  query FormationCohortProgress($cohort: Int!) {
    formationCohortProgress(cohort: $cohort) {
      participants
      completed
      inProgress
      modules {
        met
        inProgress
        notStarted
        module {
          id
        }
      }
    }
  }
`);

export const FORMATION_COURSES = graphql(`
  query FormationCourseChoices {
    courses(first: 100, filter: { category: FRESHMAN_FORMATION }) {
      edges {
        node {
          id
          code
          title
        }
      }
    }
  }
`);

const CREATE_MODULE = graphql(`
  mutation CreateFormationModuleFromPage($input: CreateFormationModuleInput!) {
    createFormationModule(input: $input) {
      id
    }
  }
`);
const UPDATE_MODULE = graphql(`
  mutation UpdateFormationModuleFromPage($input: UpdateFormationModuleInput!) {
    updateFormationModule(input: $input) {
      id
      nameZh
      nameEn
      requiredHours
    }
  }
`);
const ASSIGN_COURSE = graphql(`
  mutation AssignFormationCourseFromPage($input: AssignFormationCourseInput!) {
    assignFormationCourse(input: $input) {
      id
    }
  }
`);
const UNASSIGN_COURSE = graphql(`
  mutation UnassignFormationCourseFromPage($input: UnassignFormationCourseInput!) {
    unassignFormationCourse(input: $input) {
      id
    }
  }
`);
const CREATE_PROGRAMME = graphql(`
  mutation CreateFormationProgrammeFromPage($input: CreateFormationProgrammeInput!) {
    createFormationProgramme(input: $input) {
      id
      cohort
    }
  }
`);

/** Most modules a programme has (formation.rules.ts MAX_MODULES). */
const MAX_MODULES = 9;

const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.order": "formation.field.order",
  "input.nameZh": "formation.field.nameZh",
  "input.nameEn": "formation.field.nameEn",
  "input.description": "formation.field.description",
  "input.requiredHours": "formation.field.requiredHours",
  "input.courseId": "formation.field.course",
  "input.hours": "formation.field.hours",
  "input.cohort": "formation.field.cohort",
  "input.title": "formation.field.title",
};

/** "" stays "" (the server says what is missing); anything else becomes a number, even a wrong one. */
const numberOf = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

function useModuleName() {
  const { lang } = useI18n();
  return (module: { nameZh: string; nameEn: string }) =>
    lang === "en" ? module.nameEn : module.nameZh;
}

const percent = (hours: number, required: number) =>
  required > 0 ? Math.min(100, Math.round((hours / required) * 100)) : 0;

/** The signed-in student's own progress: each module's hours, its courses and which they completed. */
function MyFormation({ personId }: { personId: string }) {
  const { t, dateTime } = useI18n();
  const nameOf = useModuleName();
  const mine = useQuery(MY_FORMATION, {
    variables: { id: personId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const person = mine.data?.person;
  const progress = person?.formationProgress;
  let body;
  if (mine.loading && !person) body = <Loading />;
  else if (!person || (mine.error && progress === undefined))
    body = <LoadError text={t("formation.mine.failed")} retry={() => mine.refetch()} />;
  else if (!progress) body = <EmptyText data-state="none">{t("formation.mine.none")}</EmptyText>;
  else
    body = (
      <>
        <p data-summary data-completed={progress.completed ? "yes" : "no"}>
          <strong>{progress.programme.title}</strong>{" "}
          <StatusTag tone={progress.completed ? "done" : "active"}>
            {progress.completed ? t("formation.completed") : t("formation.inProgress")}
          </StatusTag>
          <br />
          <Typography.Text type="secondary">
            {t("formation.modulesMet", { met: progress.modulesMet, count: progress.moduleCount })} ·{" "}
            {t("formation.hoursOf", { hours: progress.hours, required: progress.requiredHours })}
            {progress.completedAt &&
              ` · ${t("formation.completedOn", { date: dateTime(progress.completedAt) })}`}
          </Typography.Text>
        </p>
        <Progress
          percent={percent(progress.hours, progress.requiredHours)}
          className="formation-overall"
          status={progress.completed ? "success" : "active"}
          aria-label={t("formation.overall")}
        />
        <ul className="climb-page__list">
          {progress.modules.map((m) => {
            const done = new Set(m.completedCourses.map((c) => c.id));
            return (
              <li
                key={m.module.id}
                data-module={m.module.order}
                data-met={m.met ? "yes" : "no"}
                data-hours={m.hours}
              >
                <strong>{nameOf(m.module)}</strong>{" "}
                <StatusTag tone={m.met ? "done" : m.hours > 0 ? "active" : "muted"}>
                  {m.met ? t("formation.met") : t("formation.notMet")}
                </StatusTag>
                <div>{t("formation.hoursOf", { hours: m.hours, required: m.requiredHours })}</div>
                <Progress
                  size="small"
                  percent={percent(m.hours, m.requiredHours)}
                  status={m.met ? "success" : "normal"}
                  aria-label={nameOf(m.module)}
                />
                {m.module.courses.length ? (
                  <ul className="formation-courses">
                    {m.module.courses.map((link) => (
                      <li
                        key={link.id}
                        data-course={link.course.code}
                        data-done={done.has(link.course.id) ? "yes" : "no"}
                      >
                        {link.course.code} {link.course.title} ·{" "}
                        {t("formation.courseHours", { hours: link.hours })}{" "}
                        <StatusTag tone={done.has(link.course.id) ? "done" : "plain"}>
                          {done.has(link.course.id)
                            ? t("formation.courseDone")
                            : t("formation.courseNotDone")}
                        </StatusTag>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Typography.Text type="secondary">{t("formation.noCourses")}</Typography.Text>
                )}
              </li>
            );
          })}
        </ul>
      </>
    );
  return (
    <Card
      size="small"
      title={<h2 className="climb-page__title">{t("formation.mine.title")}</h2>}
      data-card="my-formation"
    >
      {body}
    </Card>
  );
}

interface ModuleRow {
  id: string;
  order: number;
  nameZh: string;
  nameEn: string;
  description: string;
  requiredHours: number;
  courses: { id: string; hours: number; course: { id: string; code: string; title: string } }[];
}

/** An organiser renames a module or changes its required hours. */
function EditModule({ module, onDone }: { module: ModuleRow; onDone: () => void }) {
  const { t } = useI18n();
  const [update, updating] = useMutation(UPDATE_MODULE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [form, setForm] = useState({
    nameZh: module.nameZh,
    nameEn: module.nameEn,
    requiredHours: String(module.requiredHours),
  });
  return (
    <form
      className="climb-form"
      aria-label={t("formation.edit")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            update({
              variables: {
                input: {
                  moduleId: module.id,
                  nameZh: form.nameZh,
                  nameEn: form.nameEn,
                  requiredHours: numberOf(form.requiredHours),
                },
              },
              errorPolicy: "all",
            }),
          "updateFormationModule",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) onDone();
        });
      }}
    >
      <label>
        {t("formation.field.nameZh")}
        <Input
          value={form.nameZh}
          maxLength={100}
          onChange={(e) => setForm((f) => ({ ...f, nameZh: e.target.value }))}
        />
      </label>
      <label>
        {t("formation.field.nameEn")}
        <Input
          value={form.nameEn}
          maxLength={100}
          onChange={(e) => setForm((f) => ({ ...f, nameEn: e.target.value }))}
        />
      </label>
      <label>
        {t("formation.field.requiredHours")}
        <Input
          type="number"
          step="0.5"
          value={form.requiredHours}
          onChange={(e) => setForm((f) => ({ ...f, requiredHours: e.target.value }))}
        />
      </label>
      <Button type="primary" htmlType="submit" loading={updating.loading}>
        {t("formation.save")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** An organiser counts a freshman-formation course in a module with the hours it credits. */
function AssignCourse({
  module,
  choices,
  onDone,
}: {
  module: ModuleRow;
  choices: { id: string; code: string; title: string }[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [assign, assigning] = useMutation(ASSIGN_COURSE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [courseId, setCourseId] = useState<string | undefined>();
  const [hours, setHours] = useState("1");
  return (
    <form
      className="climb-form"
      aria-label={t("formation.assign")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            assign({
              variables: {
                input: { moduleId: module.id, courseId: courseId ?? "", hours: numberOf(hours) },
              },
              errorPolicy: "all",
            }),
          "assignFormationCourse",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setCourseId(undefined);
            onDone();
          }
        });
      }}
    >
      <label>
        {t("formation.field.course")}
        <Select
          showSearch
          optionFilterProp="label"
          aria-label={t("formation.field.course")}
          value={courseId}
          onChange={setCourseId}
          options={choices.map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
        />
      </label>
      <label>
        {t("formation.field.hours")}
        <Input type="number" step="0.5" value={hours} onChange={(e) => setHours(e.target.value)} />
      </label>
      <Button htmlType="submit" loading={assigning.loading}>
        {t("formation.assignSubmit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** One module: name, required hours, its counted courses; an organiser edits, assigns, unassigns. */
function ModuleItem({
  module,
  manage,
  choices,
  counts,
  onDone,
}: {
  module: ModuleRow;
  manage: boolean;
  choices: { id: string; code: string; title: string }[];
  counts?: { met: number; inProgress: number; notStarted: number };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const nameOf = useModuleName();
  const [open, setOpen] = useState<"edit" | "assign" | null>(null);
  const [unassign, unassigning] = useMutation(UNASSIGN_COURSE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  return (
    <li data-module={module.order} data-module-id={module.id}>
      <strong>
        {module.order}. {nameOf(module)}
      </strong>{" "}
      <StatusTag tone="plain">
        {t("formation.requiredHours", { hours: module.requiredHours })}
      </StatusTag>
      {module.description && <div className="climb-page__text">{module.description}</div>}
      {counts && (
        <div data-counts>
          <Typography.Text type="secondary">
            {t("formation.counts", {
              met: counts.met,
              inProgress: counts.inProgress,
              notStarted: counts.notStarted,
            })}
          </Typography.Text>
        </div>
      )}
      {module.courses.length ? (
        <ul className="formation-courses">
          {module.courses.map((link) => (
            <li key={link.id} data-course={link.course.code}>
              {link.course.code} {link.course.title} ·{" "}
              {t("formation.courseHours", { hours: link.hours })}{" "}
              {manage && (
                <Button
                  size="small"
                  type="link"
                  disabled={unassigning.loading}
                  onClick={() =>
                    void attempt(
                      () =>
                        unassign({
                          variables: {
                            input: { moduleId: module.id, courseId: link.course.id },
                          },
                          errorPolicy: "all",
                        }),
                      "unassignFormationCourse",
                    ).then((refused) => {
                      setFailure(refused);
                      if (!refused) onDone();
                    })
                  }
                >
                  {t("formation.unassign")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div>
          <Typography.Text type="secondary">{t("formation.noCourses")}</Typography.Text>
        </div>
      )}
      <ActionError failure={failure} fields={FIELDS} />
      {manage && (
        <>
          <Space wrap className="formation-actions">
            <Button
              size="small"
              aria-expanded={open === "edit"}
              onClick={() => setOpen((o) => (o === "edit" ? null : "edit"))}
            >
              {t("formation.edit")}
            </Button>
            <Button
              size="small"
              aria-expanded={open === "assign"}
              onClick={() => setOpen((o) => (o === "assign" ? null : "assign"))}
            >
              {t("formation.assign")}
            </Button>
          </Space>
          {open === "edit" && (
            <EditModule
              module={module}
              onDone={() => {
                setOpen(null);
                onDone();
              }}
            />
          )}
          {open === "assign" && <AssignCourse module={module} choices={choices} onDone={onDone} />}
        </>
      )}
    </li>
  );
}

/** An organiser adds a module to the programme at a free position. */
function CreateModule({
  programmeId,
  taken,
  onDone,
}: {
  programmeId: string;
  taken: number[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [create, creating] = useMutation(CREATE_MODULE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const free = Array.from({ length: MAX_MODULES }, (_, i) => i + 1).filter(
    (n) => !taken.includes(n),
  );
  const empty = { order: "", nameZh: "", nameEn: "", description: "", requiredHours: "2" };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const order = form.order || String(free[0] ?? "");
  return (
    <form
      className="climb-form"
      aria-label={t("formation.create")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            create({
              variables: {
                input: {
                  programmeId,
                  order: numberOf(order),
                  nameZh: form.nameZh,
                  nameEn: form.nameEn,
                  description: form.description.trim() || null,
                  requiredHours: numberOf(form.requiredHours),
                },
              },
              errorPolicy: "all",
            }),
          "createFormationModule",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setForm(empty);
            onDone();
          }
        });
      }}
    >
      {!free.length && (
        <Typography.Text type="secondary">
          {t("formation.full", { max: MAX_MODULES })}
        </Typography.Text>
      )}
      <label>
        {t("formation.field.order")}
        <Input
          type="number"
          min={1}
          max={MAX_MODULES}
          value={order}
          onChange={(e) => set("order")(e.target.value)}
        />
      </label>
      <label>
        {t("formation.field.nameZh")}
        <Input
          value={form.nameZh}
          maxLength={100}
          onChange={(e) => set("nameZh")(e.target.value)}
        />
      </label>
      <label>
        {t("formation.field.nameEn")}
        <Input
          value={form.nameEn}
          maxLength={100}
          onChange={(e) => set("nameEn")(e.target.value)}
        />
      </label>
      <label>
        {t("formation.field.description")}
        <Input.TextArea
          value={form.description}
          maxLength={1000}
          autoSize={{ minRows: 1 }}
          onChange={(e) => set("description")(e.target.value)}
        />
      </label>
      <label>
        {t("formation.field.requiredHours")}
        <Input
          type="number"
          step="0.5"
          value={form.requiredHours}
          onChange={(e) => set("requiredHours")(e.target.value)}
        />
      </label>
      <Button type="primary" htmlType="submit" loading={creating.loading}>
        {t("formation.createSubmit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** An organiser creates the programme of a cohort that has none (with the nine standard modules). */
function CreateProgramme({ onDone }: { onDone: (cohort: number) => void }) {
  const { t } = useI18n();
  const [create, creating] = useMutation(CREATE_PROGRAMME);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [cohort, setCohort] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState("");
  return (
    <form
      className="climb-form"
      aria-label={t("formation.createProgramme")}
      onSubmit={(e) => {
        e.preventDefault();
        const year = numberOf(cohort);
        void attempt(
          () =>
            create({
              variables: { input: { cohort: year, title, standardModules: true } },
              errorPolicy: "all",
            }),
          "createFormationProgramme",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setTitle("");
            onDone(year);
          }
        });
      }}
    >
      <Typography.Text type="secondary">{t("formation.createProgrammeHint")}</Typography.Text>
      <label>
        {t("formation.field.cohort")}
        <Input type="number" value={cohort} onChange={(e) => setCohort(e.target.value)} />
      </label>
      <label>
        {t("formation.field.title")}
        <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <Button htmlType="submit" loading={creating.loading}>
        {t("formation.createProgrammeSubmit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** One cohort's programme: its modules and counted courses, and (for organisers) its progress. */
function CohortProgramme({ cohort, manage }: { cohort: number; manage: boolean }) {
  const { t } = useI18n();
  const programme = useQuery(FORMATION_PROGRAMME, {
    variables: { cohort },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const progress = useQuery(FORMATION_COHORT_PROGRESS, {
    variables: { cohort },
    skip: !manage,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const choices = useQuery(FORMATION_COURSES, { skip: !manage, errorPolicy: "all" });
  const refresh = () => {
    void programme.refetch();
    if (manage) void progress.refetch();
  };
  const data = programme.data?.formationProgramme;
  const cohortProgress = progress.data?.formationCohortProgress;
  const countsOf = (moduleId: string) =>
    cohortProgress?.modules.find((m) => m.module.id === moduleId);
  const courseChoices = choices.data?.courses.edges.map((e) => e.node) ?? [];

  let modules;
  if (programme.loading && !data) modules = <Loading />;
  else if (programme.error && !data)
    modules = (
      <LoadError text={t("formation.programme.failed")} retry={() => programme.refetch()} />
    );
  else if (!data) modules = <EmptyText>{t("formation.programme.none")}</EmptyText>;
  else if (!data.modules.length) modules = <EmptyText>{t("formation.modules.empty")}</EmptyText>;
  else
    modules = (
      <ul className="climb-page__list">
        {data.modules.map((module) => (
          <ModuleItem
            key={module.id}
            module={module}
            manage={manage}
            choices={courseChoices}
            counts={countsOf(module.id)}
            onDone={refresh}
          />
        ))}
      </ul>
    );

  let summary = null;
  if (manage) {
    if (progress.loading && !cohortProgress) summary = <Loading />;
    else if (progress.error && !cohortProgress)
      summary = (
        <LoadError text={t("formation.progress.failed")} retry={() => progress.refetch()} />
      );
    else if (cohortProgress)
      summary = (
        <p
          data-cohort-progress
          data-participants={cohortProgress.participants}
          data-completed={cohortProgress.completed}
        >
          {t("formation.cohortCounts", {
            participants: cohortProgress.participants,
            completed: cohortProgress.completed,
            inProgress: cohortProgress.inProgress,
          })}
        </p>
      );
  }

  return (
    <>
      {manage && data && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("formation.progress.title")}</h2>}
          data-card="cohort-progress"
        >
          {summary}
          <Progress
            percent={
              cohortProgress?.participants
                ? Math.round((cohortProgress.completed / cohortProgress.participants) * 100)
                : 0
            }
            aria-label={t("formation.progress.title")}
          />
        </Card>
      )}
      <Card
        size="small"
        title={
          <h2 className="climb-page__title">{data ? data.title : t("formation.modules.title")}</h2>
        }
        data-card="modules"
      >
        {!manage && (
          <Typography.Paragraph type="secondary">{t("formation.readOnly")}</Typography.Paragraph>
        )}
        {modules}
      </Card>
      {manage && data && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("formation.create")}</h2>}
          data-card="create-module"
        >
          <CreateModule
            programmeId={data.id}
            taken={data.modules.map((m) => m.order)}
            onDone={refresh}
          />
        </Card>
      )}
    </>
  );
}

/** Staff: choose a cohort's programme; organisers shape it, the others read it. */
function CohortView({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  const list = useQuery(FORMATION_PROGRAMMES, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const [chosen, setChosen] = useState<number | undefined>();
  const programmes = list.data?.formationProgrammes;
  const cohort = chosen ?? programmes?.[0]?.cohort;
  let body;
  if (list.loading && !programmes) body = <Loading />;
  else if (!programmes)
    body = <LoadError text={t("formation.programmes.failed")} retry={() => list.refetch()} />;
  else if (!programmes.length || cohort === undefined)
    body = <EmptyText>{t("formation.programmes.empty")}</EmptyText>;
  return (
    <>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("formation.cohort")}</h2>}
        data-card="cohort"
      >
        {programmes && programmes.length > 0 && (
          <Space wrap>
            <Select
              aria-label={t("formation.cohort")}
              style={{ minWidth: 200 }}
              value={cohort}
              onChange={setChosen}
              options={programmes.map((p) => ({
                value: p.cohort,
                label: t("formation.cohortOption", { cohort: String(p.cohort), title: p.title }),
              }))}
            />
          </Space>
        )}
        {body}
        {manage && (
          <details className="formation-new">
            <summary>{t("formation.createProgramme")}</summary>
            <CreateProgramme
              onDone={(year) => {
                void list.refetch();
                setChosen(year);
              }}
            />
          </details>
        )}
      </Card>
      {cohort !== undefined && <CohortProgramme key={cohort} cohort={cohort} manage={manage} />}
    </>
  );
}

/**
 * 新生养成教育 (the freshman formation programme): a student's own progress module by module;
 * staff see a cohort's programme, and organisers (administrators, as the server decides) shape its
 * modules, count courses in them and see the cohort's progress.
 */
export function FormationPage() {
  const { t } = useI18n();
  useDocumentTitle(t("formation.title"));
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const personId = session?.user.personId;
  const isStudent = roles.includes("student");
  const isStaff = roles.some((role) => role !== "student" && role !== "service");
  return (
    <div className="climb-page" data-page="formation">
      <PageHeading>{t("formation.title")}</PageHeading>
      <Typography.Paragraph type="secondary">{t("formation.intro")}</Typography.Paragraph>
      {isStudent && personId && <MyFormation personId={personId} />}
      {isStaff && <CohortView manage={roles.includes("admin")} />}
    </div>
  );
}
