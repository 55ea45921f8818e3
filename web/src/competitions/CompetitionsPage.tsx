import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { CompetitionEntryStatus, CompetitionResult } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { StatusTag, type Tone } from "../ui/tags";
import { AWARD_LEVEL } from "../climb/climbLabels";
import { StaffPicker, type PickedPerson } from "../pickers/StaffPicker";
import { TeammatesField } from "../pickers/TeammatesField";
import "../climb/climb.css";

export const COMPETITIONS = graphql(`
  query CompetitionList($after: String) {
    competitions(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          organiser
          level
          year
        }
      }
    }
  }
`);

export const COMPETITION_PAGE = graphql(`
  query CompetitionPage($id: ID!) {
    competition(id: $id) {
      id
      name
      organiser
      level
      year
      entries {
        id
        title
        status
        result
        resultNote
        canRecordResult
        leader {
          id
          name
        }
        mentor {
          id
          name
        }
        members {
          role
          person {
            id
            name
          }
        }
      }
    }
  }
`);

const ENTER = graphql(`
  mutation EnterCompetitionFromPage($input: EnterCompetitionInput!) {
    enterCompetition(input: $input) {
      id
      status
    }
  }
`);

const RECORD = graphql(`
  mutation RecordCompetitionResultFromPage($input: RecordCompetitionResultInput!) {
    recordCompetitionResult(input: $input) {
      id
      status
      result
      resultNote
    }
  }
`);

const RESULTS: CompetitionResult[] = [
  "GRAND_PRIZE",
  "FIRST_PRIZE",
  "SECOND_PRIZE",
  "THIRD_PRIZE",
  "PARTICIPATION",
  "NONE",
];
const TONE: Record<CompetitionEntryStatus, Tone> = {
  ENTERED: "warn",
  RESULT_RECORDED: "done",
  WITHDRAWN: "muted",
};
const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.title": "competitions.entryTitle",
  "input.mentorId": "competitions.mentorId",
  "input.memberIds": "competitions.memberIds",
  "input.result": "competitions.result",
  "input.note": "competitions.resultNote",
  "input.entryId": "competitions.entries",
};

/** 科创竞赛: the competitions, newest year first, each opening its page. */
export function CompetitionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("competitions.title"));
  const list = useQuery(COMPETITIONS, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const data = list.data?.competitions;
  let body;
  if (list.loading && !data) body = <Loading />;
  else if (!data) body = <LoadError text={t("competitions.failed")} retry={() => list.refetch()} />;
  else if (!data.edges.length) body = <EmptyText>{t("competitions.empty")}</EmptyText>;
  else
    body = (
      <ul className="climb-page__list">
        {data.edges.map(({ node }) => (
          <li key={node.id} data-competition={node.id}>
            <Link to={paths.competition(node.id)}>
              <strong>{node.name}</strong>
            </Link>
            <div>
              <Typography.Text type="secondary">
                {node.organiser} · {t(AWARD_LEVEL[node.level])} · {node.year}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="climb-page" data-page="competitions">
      <PageHeading>{t("competitions.title")}</PageHeading>
      <Typography.Paragraph type="secondary">{t("competitions.intro")}</Typography.Paragraph>
      <Card size="small">
        {body}
        {data && (
          <LoadMore
            connection={data}
            loading={list.loading}
            onLoad={(after) => void list.fetchMore({ variables: { after } })}
          />
        )}
      </Card>
    </div>
  );
}

/** A team enters the competition: the signed-in student leads it. */
function EnterForm({ competitionId, onDone }: { competitionId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [enter, entering] = useMutation(ENTER);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [title, setTitle] = useState("");
  const [mentor, setMentor] = useState<PickedPerson | null>(null);
  const [members, setMembers] = useState<PickedPerson[]>([]);
  const me = useSession()?.user.personId;
  return (
    <form
      className="climb-form"
      aria-label={t("competitions.enter")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            enter({
              variables: {
                input: {
                  competitionId,
                  title,
                  mentorId: mentor?.id ?? "",
                  memberIds: members.map((m) => m.id),
                },
              },
              errorPolicy: "all",
            }),
          "enterCompetition",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setTitle("");
            setMentor(null);
            setMembers([]);
            onDone();
          }
        });
      }}
    >
      <label>
        {t("competitions.entryTitle")}
        <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t("competitions.mentorId")}
        <StaffPicker value={mentor} onChange={setMentor} ariaLabel={t("competitions.mentorId")} />
      </label>
      <div role="group" aria-label={t("competitions.memberIds")}>
        {t("competitions.memberIds")}
        <TeammatesField value={members} onChange={setMembers} exclude={me ? [me] : []} />
      </div>
      <Button
        type="primary"
        htmlType="submit"
        loading={entering.loading}
        disabled={!title.trim() || !mentor}
      >
        {t("competitions.enterSubmit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** The mentor's or an organiser's record of an entry's result, once. */
function RecordForm({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [record, recording] = useMutation(RECORD);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [result, setResult] = useState<CompetitionResult>("FIRST_PRIZE");
  const [note, setNote] = useState("");
  return (
    <form
      className="climb-form"
      aria-label={t("competitions.record")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            record({
              variables: { input: { entryId, result, note: note.trim() || null } },
              errorPolicy: "all",
            }),
          "recordCompetitionResult",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) onDone();
        });
      }}
    >
      <label>
        {t("competitions.result")}
        <Select
          value={result}
          onChange={setResult}
          options={RESULTS.map((r) => ({ value: r, label: t(`competitions.result.${r}`) }))}
        />
      </label>
      <label>
        {t("competitions.resultNote")}
        <Input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <Button type="primary" htmlType="submit" loading={recording.loading}>
        {t("competitions.recordSubmit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** A competition: its entries the caller may see, entering as a team leader, recording results. */
export function CompetitionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const isStudent = session?.user.roles.includes("student") ?? false;
  const page = useQuery(COMPETITION_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const competition = page.data?.competition;
  useDocumentTitle(competition?.name ?? t("competitions.title"));
  if (page.loading && !competition) return <Loading />;
  if (!competition)
    return <LoadError text={t("competitions.failed")} retry={() => page.refetch()} />;
  const refetch = () => void page.refetch();
  return (
    <div className="climb-page" data-page="competition">
      <PageHeading>{competition.name}</PageHeading>
      <Typography.Paragraph type="secondary">
        {competition.organiser} · {t(AWARD_LEVEL[competition.level])} · {competition.year}
      </Typography.Paragraph>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("competitions.entries")}</h2>}
        data-card="entries"
      >
        {competition.entries.length ? (
          <ul className="climb-page__list">
            {competition.entries.map((entry) => (
              <li
                key={entry.id}
                data-entry={entry.id}
                data-status={entry.status}
                data-result={entry.result ?? ""}
              >
                <strong>{entry.title}</strong>{" "}
                <StatusTag tone={TONE[entry.status]}>
                  {t(`competitions.status.${entry.status}`)}
                </StatusTag>
                {entry.result && (
                  <StatusTag tone="done">{t(`competitions.result.${entry.result}`)}</StatusTag>
                )}
                <div>
                  <Typography.Text type="secondary">
                    {t("competitions.team", {
                      names: entry.members
                        .map((m) => m.person.name ?? t("person.unknown"))
                        .join("、"),
                    })}{" "}
                    ·{" "}
                    {t("competitions.mentoredBy", {
                      name: entry.mentor.name ?? t("person.unknown"),
                    })}
                  </Typography.Text>
                </div>
                {entry.resultNote && <div>{entry.resultNote}</div>}
                {entry.canRecordResult && entry.status === "ENTERED" && (
                  <RecordForm entryId={entry.id} onDone={refetch} />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyText>{t("competitions.noEntries")}</EmptyText>
        )}
      </Card>
      {isStudent && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("competitions.enter")}</h2>}
          data-card="enter"
        >
          <EnterForm competitionId={competition.id} onDone={refetch} />
        </Card>
      )}
      <Space>
        <Link to={paths.competitions()}>{t("competitions.back")}</Link>
      </Space>
    </div>
  );
}
