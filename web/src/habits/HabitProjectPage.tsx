import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Descriptions, Input, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { HABIT_KIND } from "./habitLabels";
import "../climb/climb.css";

export const HABIT_PROJECT_PAGE = graphql(`
  query HabitProjectPage($id: ID!) {
    habitProject(id: $id) {
      id
      kind
      title
      description
      goalCheckIns
      perWeek
      startsOn
      endsOn
      audience
      participantCount
      canRecordResults
      organiser {
        id
        name
      }
      myParticipation {
        id
        checkInCount
        checkedInToday
        goalMetSoFar
        goalMet
        resultNote
        checkIns {
          id
          day
        }
      }
    }
  }
`);

export const HABIT_PARTICIPANTS = graphql(`
  query HabitParticipants($id: ID!) {
    habitProject(id: $id) {
      id
      participants {
        id
        checkInCount
        goalMetSoFar
        goalMet
        resultNote
        person {
          id
          name
        }
      }
    }
  }
`);

const JOIN = graphql(`
  mutation JoinHabitProjectFromPage($input: HabitProjectIdInput!) {
    joinHabitProject(input: $input) {
      id
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckInHabitFromPage($input: CheckInHabitInput!) {
    checkInHabit(input: $input) {
      id
      day
    }
  }
`);

const RECORD = graphql(`
  mutation RecordHabitResultFromPage($input: RecordHabitResultInput!) {
    recordHabitResult(input: $input) {
      id
      goalMet
      resultNote
    }
  }
`);

/** One participant's row for the organiser: check-ins so far, and recording the result once. */
function ParticipantRow({
  participant,
  onRecorded,
}: {
  participant: {
    id: string;
    checkInCount: number;
    goalMetSoFar: boolean;
    goalMet?: boolean | null;
    resultNote?: string | null;
    person: { id: string; name?: string | null };
  };
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const [record, recording] = useMutation(RECORD);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const recorded = participant.goalMet !== null && participant.goalMet !== undefined;
  return (
    <li data-participant={participant.person.id}>
      <strong>{participant.person.name ?? participant.person.id}</strong>{" "}
      <Typography.Text type="secondary">
        {t("habits.checkIns", { count: participant.checkInCount })}
      </Typography.Text>{" "}
      {recorded ? (
        <StatusTag tone={participant.goalMet ? "done" : "muted"} data-result>
          {participant.goalMet ? t("habits.result.met") : t("habits.result.notMet")}
        </StatusTag>
      ) : (
        <form
          className="climb-form"
          aria-label={t("habits.result.formOf", {
            name: participant.person.name ?? participant.person.id,
          })}
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(
              () =>
                record({
                  variables: { input: { participationId: participant.id, note } },
                  errorPolicy: "all",
                }),
              "recordHabitResult",
            ).then((refused) => {
              setFailure(refused);
              if (!refused) onRecorded();
            });
          }}
        >
          <Typography.Text type="secondary">
            {participant.goalMetSoFar ? t("habits.result.onTrack") : t("habits.result.short")}
          </Typography.Text>
          <label>
            {t("habits.result.note")}
            <Input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </label>
          <Button htmlType="submit" loading={recording.loading}>
            {t("habits.result.record")}
          </Button>
          <ActionError failure={failure} />
        </form>
      )}
      {participant.resultNote && <p className="climb-page__text">{participant.resultNote}</p>}
    </li>
  );
}

/** A habit project: join it, check in today, and, for its organiser, each participant's result. */
export function HabitProjectPage({ id }: { id: string }) {
  const { t, localDate } = useI18n();
  const page = useQuery(HABIT_PROJECT_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const project = page.data?.habitProject;
  useDocumentTitle(project?.title ?? t("habits.title"));
  const participants = useQuery(HABIT_PARTICIPANTS, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    skip: !project?.canRecordResults,
  });
  const [join, joining] = useMutation(JOIN);
  const [checkIn, checkingIn] = useMutation(CHECK_IN);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  if (page.loading && !project) return <Loading />;
  if (!project) return <LoadError text={t("habits.page.failed")} retry={() => page.refetch()} />;
  const mine = project.myParticipation;
  const refresh = () => void page.refetch();
  /** Runs the action, shows its refusal, and reloads the page when it went through. */
  const act = <T,>(mutate: Parameters<typeof attempt<T>>[0], field: keyof T) =>
    void attempt(mutate, field).then((refused) => {
      setFailure(refused);
      if (!refused) refresh();
    });
  return (
    <div className="climb-page" data-page="habit-project">
      <Link to={paths.habits()}>{t("habits.back")}</Link>
      <PageHeading>{project.title}</PageHeading>
      <Card size="small">
        <p className="climb-page__text">{project.description}</p>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t("habits.field.kind")}>
            {t(HABIT_KIND[project.kind] ?? "habits.kind.STUDY_STYLE")}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.field.period")}>
            {t("habits.period", {
              from: localDate(project.startsOn),
              to: localDate(project.endsOn),
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.field.goal")}>
            {t("habits.goal", { count: project.goalCheckIns })}
            {project.perWeek ? ` · ${t("habits.perWeek", { count: project.perWeek })}` : ""}
          </Descriptions.Item>
          {project.audience && (
            <Descriptions.Item label={t("habits.field.audience")}>
              {project.audience}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t("habits.field.organiser")}>
            {project.organiser.name ?? project.organiser.id}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.field.participants")}>
            {project.participantCount}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("habits.mine")}</h2>}
        data-card="mine"
      >
        {mine ? (
          <div data-checked-in-today={mine.checkedInToday ? "yes" : "no"}>
            <p>
              {t("habits.checkIns", { count: mine.checkInCount })} ·{" "}
              {mine.goalMet === null || mine.goalMet === undefined
                ? mine.goalMetSoFar
                  ? t("habits.result.onTrack")
                  : t("habits.result.short")
                : mine.goalMet
                  ? t("habits.result.met")
                  : t("habits.result.notMet")}
            </p>
            {mine.checkedInToday ? (
              <StatusTag tone="done">{t("habits.checkedInToday")}</StatusTag>
            ) : (
              <Button
                type="primary"
                loading={checkingIn.loading}
                onClick={() =>
                  act(
                    () => checkIn({ variables: { input: { projectId: id } }, errorPolicy: "all" }),
                    "checkInHabit",
                  )
                }
              >
                {t("habits.checkIn")}
              </Button>
            )}
            {mine.checkIns.length > 0 && (
              <Typography.Paragraph type="secondary">
                {mine.checkIns.map((c) => localDate(c.day)).join("、")}
              </Typography.Paragraph>
            )}
          </div>
        ) : (
          <Button
            type="primary"
            loading={joining.loading}
            onClick={() =>
              act(
                () => join({ variables: { input: { projectId: id } }, errorPolicy: "all" }),
                "joinHabitProject",
              )
            }
          >
            {t("habits.join")}
          </Button>
        )}
        <ActionError failure={failure} />
      </Card>
      {project.canRecordResults && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("habits.result.title")}</h2>}
          data-card="results"
        >
          {participants.data?.habitProject.participants?.length ? (
            <ul className="climb-page__list">
              {participants.data.habitProject.participants.map((p) => (
                <ParticipantRow
                  key={p.id}
                  participant={p}
                  onRecorded={() => void participants.refetch()}
                />
              ))}
            </ul>
          ) : participants.loading ? (
            <Loading />
          ) : (
            <EmptyText>{t("habits.result.none")}</EmptyText>
          )}
        </Card>
      )}
    </div>
  );
}
