import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Select, Space, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { MilestoneStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { AWARD_LEVEL, MILESTONE_STATUS, OUTCOME, PROJECT_STATUS, statusTone } from "./climbLabels";
import "./climb.css";

export const PROJECT_PAGE = graphql(`
  query ClimbProjectPage($id: ID!) {
    project(id: $id) {
      id
      title
      status
      tier
      canMentor
      isOnTeam
      outcome
      awardLevel
      outcomeNote
      challenge {
        id
        title
      }
      mentor {
        id
        name
      }
      members {
        id
        role
        person {
          id
          name
        }
      }
      milestones {
        id
        title
        dueOn
        status
        submissions {
          id
          content
          submittedAt
          verdict
          reviewNote
          submittedBy {
            id
            name
          }
        }
      }
      history {
        id
        from
        to
        at
        note
        by {
          id
          name
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddMilestoneOnPage($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      id
    }
  }
`);
const SUBMIT = graphql(`
  mutation SubmitMilestoneOnPage($input: SubmitMilestoneInput!) {
    submitMilestone(input: $input) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation ReviewMilestoneOnPage($input: ReviewMilestoneInput!) {
    reviewMilestone(input: $input) {
      id
      status
    }
  }
`);
const CONCLUDE = graphql(`
  mutation ConcludeProjectOnPage($input: ConcludeProjectInput!) {
    concludeProject(input: $input) {
      id
      status
    }
  }
`);

const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.title": "climb.milestone.title",
  "input.dueOn": "climb.milestone.dueOn",
  "input.content": "climb.milestone.content",
  "input.note": "climb.milestone.note",
  "input.awardLevel": "climb.conclude.awardLevel",
};

type Milestone = {
  id: string;
  title: string;
  dueOn: string;
  status: MilestoneStatus;
  submissions: {
    id: string;
    content: string;
    verdict?: string | null;
    reviewNote?: string | null;
    submittedBy: { id: string; name: string };
  }[];
};

function MilestoneRow(props: {
  milestone: Milestone;
  team: boolean;
  mentor: boolean;
  onDone: () => void;
}) {
  const { milestone, team, mentor, onDone } = props;
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [submit, submitting] = useMutation(SUBMIT);
  const [review, reviewing] = useMutation(REVIEW);
  const after = (refused: ActionFailure | null) => {
    setFailure(refused);
    if (!refused) {
      setText("");
      onDone();
    }
  };
  const canSubmit = team && (milestone.status === "OPEN" || milestone.status === "RETURNED");
  const canReview = mentor && milestone.status === "SUBMITTED";
  return (
    <li data-milestone={milestone.id} data-status={milestone.status}>
      <div>
        <strong>{milestone.title}</strong>{" "}
        <StatusTag tone={statusTone(milestone.status)}>
          {t(MILESTONE_STATUS[milestone.status])}
        </StatusTag>{" "}
        <Typography.Text type="secondary">
          {t("climb.milestone.due", { date: milestone.dueOn })}
        </Typography.Text>
      </div>
      {milestone.submissions.map((s) => (
        <div key={s.id} className="climb-page__text">
          <Typography.Text type="secondary">{s.submittedBy.name}：</Typography.Text>
          {s.content}
          {s.reviewNote && <div>{t("climb.milestone.reviewNote", { note: s.reviewNote })}</div>}
        </div>
      ))}
      {(canSubmit || canReview) && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Input.TextArea
            aria-label={t(canSubmit ? "climb.milestone.content" : "climb.milestone.note")}
            value={text}
            maxLength={4000}
            autoSize={{ minRows: 2 }}
            onChange={(e) => setText(e.target.value)}
          />
          <Space wrap>
            {canSubmit && (
              <Button
                type="primary"
                loading={submitting.loading}
                disabled={!text.trim()}
                onClick={() =>
                  void attempt(
                    () =>
                      submit({
                        variables: { input: { milestoneId: milestone.id, content: text } },
                        errorPolicy: "all",
                      }),
                    "submitMilestone",
                  ).then(after)
                }
              >
                {t("climb.milestone.submit")}
              </Button>
            )}
            {canReview &&
              (["ACCEPT", "RETURN"] as const).map((verdict) => (
                <Button
                  key={verdict}
                  type={verdict === "ACCEPT" ? "primary" : "default"}
                  danger={verdict === "RETURN"}
                  disabled={verdict === "RETURN" && !text.trim()}
                  loading={reviewing.loading}
                  onClick={() =>
                    void attempt(
                      () =>
                        review({
                          variables: {
                            input: { milestoneId: milestone.id, verdict, note: text || null },
                          },
                          errorPolicy: "all",
                        }),
                      "reviewMilestone",
                    ).then(after)
                  }
                >
                  {t(`climb.review.${verdict}`)}
                </Button>
              ))}
          </Space>
        </Space>
      )}
      <ActionError failure={failure} fields={FIELDS} />
    </li>
  );
}

function AddMilestone({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [add, adding] = useMutation(ADD);
  return (
    <form
      className="climb-form"
      aria-label={t("climb.milestone.add")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () => add({ variables: { input: { projectId, title, dueOn } }, errorPolicy: "all" }),
          "addMilestone",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setTitle("");
            onDone();
          }
        });
      }}
    >
      <label>
        {t("climb.milestone.title")}
        <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t("climb.milestone.dueOn")}
        <Input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </label>
      <Button htmlType="submit" loading={adding.loading} disabled={!title.trim() || !dueOn}>
        {t("climb.milestone.add")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

function Conclude({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<"REPORT" | "AWARD" | "PAPER" | "PATENT">("REPORT");
  const [awardLevel, setAwardLevel] = useState<
    "SCHOOL" | "PROVINCIAL" | "NATIONAL" | "INTERNATIONAL" | null
  >(null);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [conclude, concluding] = useMutation(CONCLUDE);
  return (
    <form
      className="climb-form"
      aria-label={t("climb.conclude.heading")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            conclude({
              variables: {
                input: {
                  projectId,
                  outcome,
                  awardLevel: outcome === "AWARD" ? awardLevel : null,
                  note,
                },
              },
              errorPolicy: "all",
            }),
          "concludeProject",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) onDone();
        });
      }}
    >
      <label>
        {t("climb.conclude.outcome")}
        <Select
          aria-label={t("climb.conclude.outcome")}
          value={outcome}
          onChange={setOutcome}
          options={Object.entries(OUTCOME).map(([value, key]) => ({
            value: value as typeof outcome,
            label: t(key),
          }))}
        />
      </label>
      {outcome === "AWARD" && (
        <label>
          {t("climb.conclude.awardLevel")}
          <Select
            aria-label={t("climb.conclude.awardLevel")}
            value={awardLevel}
            onChange={setAwardLevel}
            options={Object.entries(AWARD_LEVEL).map(([value, key]) => ({
              value: value as NonNullable<typeof awardLevel>,
              label: t(key),
            }))}
          />
        </label>
      )}
      <label>
        {t("climb.conclude.note")}
        <Input.TextArea
          value={note}
          maxLength={2000}
          autoSize={{ minRows: 2 }}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <Button type="primary" htmlType="submit" loading={concluding.loading} disabled={!note.trim()}>
        {t("climb.conclude.submit")}
      </Button>
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** 项目: the team, the mentor, milestones with submissions and reviews, and the conclusion (结题). */
export function ProjectPage({ id }: { id: string }) {
  const { t } = useI18n();
  const page = useQuery(PROJECT_PAGE, { variables: { id }, errorPolicy: "all" });
  const project = page.data?.project;
  useDocumentTitle(project?.title ?? t("climb.title"));
  if (page.loading && !project) return <Loading />;
  if (!project) {
    const forbidden = page.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
    return (
      <LoadError
        text={t(forbidden ? "climb.projectPage.forbidden" : "climb.projectPage.failed")}
        retry={forbidden ? undefined : () => page.refetch()}
      />
    );
  }
  const refetch = () => void page.refetch();
  const active = project.status === "ACTIVE";
  return (
    <div className="climb-page" data-page="project" data-status={project.status}>
      <PageHeading>{project.title}</PageHeading>
      <div>
        <StatusTag tone={statusTone(project.status)}>{t(PROJECT_STATUS[project.status])}</StatusTag>
        <Typography.Text type="secondary">
          {t("climb.projectPage.tier", { tier: project.tier })} ·{" "}
          <Link to={paths.challenge(project.challenge.id)}>{project.challenge.title}</Link>
        </Typography.Text>
      </div>
      {project.outcome && (
        <Typography.Paragraph data-outcome={project.outcome}>
          {t(OUTCOME[project.outcome])}
          {project.awardLevel ? ` · ${t(AWARD_LEVEL[project.awardLevel])}` : ""}
          {project.outcomeNote ? ` · ${project.outcomeNote}` : ""}
        </Typography.Paragraph>
      )}
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("climb.projectPage.team")}</h2>}
        data-card="team"
      >
        <p>{t("climb.challenge.mentor", { name: project.mentor.name })}</p>
        <ul className="climb-page__list">
          {project.members.map((m) => (
            <li key={m.id} data-person={m.person.id}>
              {m.person.name}{" "}
              <Typography.Text type="secondary">
                {t(m.role === "LEADER" ? "climb.role.LEADER" : "climb.role.MEMBER")}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Card>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("climb.projectPage.milestones")}</h2>}
        data-card="milestones"
      >
        {project.milestones.length === 0 ? (
          <EmptyText>{t("climb.projectPage.noMilestones")}</EmptyText>
        ) : (
          <ul className="climb-page__list">
            {project.milestones.map((m) => (
              <MilestoneRow
                key={m.id}
                milestone={m}
                team={active && project.isOnTeam}
                mentor={active && project.canMentor}
                onDone={refetch}
              />
            ))}
          </ul>
        )}
        {active && project.canMentor && <AddMilestone projectId={project.id} onDone={refetch} />}
      </Card>
      {active && project.canMentor && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("climb.conclude.heading")}</h2>}
          data-card="conclude"
        >
          <Conclude projectId={project.id} onDone={refetch} />
        </Card>
      )}
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("climb.projectPage.history")}</h2>}
        data-card="history"
      >
        <ul className="climb-page__list">
          {project.history.map((h) => (
            <li key={h.id}>
              {t(PROJECT_STATUS[h.to])} · {h.by?.name ?? t("app.none")} · {h.at.slice(0, 10)}
              {h.note ? ` · ${h.note}` : ""}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
