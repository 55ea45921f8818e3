import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, InputNumber, Space, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { CHALLENGE_STATUS, PROJECT_STATUS, statusTone } from "./climbLabels";
import "./climb.css";

export const CHALLENGE_BOARD = graphql(`
  query ChallengeBoard($after: String) {
    challengeBoard(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          deadline
          teamSizeMin
          teamSizeMax
          teamsWanted
          approvedTeams
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

export const MY_CLIMB = graphql(`
  query MyClimb {
    myChallenges(first: 20) {
      edges {
        node {
          id
          title
          status
          deadline
        }
      }
    }
    myProjects(first: 20) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

const POST = graphql(`
  mutation PostChallengeFromBoard($input: PostChallengeInput!) {
    postChallenge(input: $input) {
      id
      status
    }
  }
`);

const POST_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.title": "climb.post.title",
  "input.problem": "climb.post.problem",
  "input.requirements": "climb.post.requirements",
  "input.deliverables": "climb.post.deliverables",
  "input.deadline": "climb.post.deadline",
  "input.teamSizeMax": "climb.post.teamSizeMax",
  "input.mentorId": "climb.post.mentor",
};

/** A new challenge, saved as a draft and opened on its page to publish; the poster mentors it. */
function PostForm({ mentorId, onPosted }: { mentorId: string; onPosted: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [post, posting] = useMutation(POST);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const posted = posting.data?.postChallenge;
  const [form, setForm] = useState({
    title: "",
    problem: "",
    requirements: "",
    deliverables: "",
    deadline: "",
    teamSizeMin: 1,
    teamSizeMax: 5,
    teamsWanted: 1,
  });
  const set = (key: keyof typeof form) => (value: string | number | null) =>
    setForm((f) => ({ ...f, [key]: value ?? f[key] }));
  return (
    <form
      className="climb-form"
      aria-label={t("climb.post.heading")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () => post({ variables: { input: { ...form, mentorId } }, errorPolicy: "all" }),
          "postChallenge",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) onPosted();
        });
      }}
    >
      {(["title", "problem", "requirements", "deliverables"] as const).map((key) => (
        <label key={key}>
          {t(`climb.post.${key}`)}
          {key === "title" ? (
            <Input value={form[key]} maxLength={200} onChange={(e) => set(key)(e.target.value)} />
          ) : (
            <Input.TextArea
              value={form[key]}
              maxLength={4000}
              autoSize={{ minRows: 2 }}
              onChange={(e) => set(key)(e.target.value)}
            />
          )}
        </label>
      ))}
      <label>
        {t("climb.post.deadline")}
        <Input
          type="date"
          value={form.deadline}
          onChange={(e) => set("deadline")(e.target.value)}
        />
      </label>
      <Space wrap>
        {(["teamSizeMin", "teamSizeMax", "teamsWanted"] as const).map((key) => (
          <label key={key}>
            {t(`climb.post.${key}`)}
            <InputNumber min={1} max={20} value={form[key]} onChange={set(key)} />
          </label>
        ))}
      </Space>
      <Typography.Text type="secondary">{t("climb.post.mentorIsYou")}</Typography.Text>
      <Button type="primary" htmlType="submit" loading={posting.loading}>
        {t("climb.post.submit")}
      </Button>
      {posted && !failure && (
        <Button onClick={() => void navigate(paths.challenge(posted.id))}>
          {t("climb.post.open")}
        </Button>
      )}
      <ActionError failure={failure} fields={POST_FIELDS} />
    </form>
  );
}

/** 攀登计划: the board (揭榜大厅), the challenges I run, my projects, and posting a challenge. */
export function ClimbPage() {
  const { t } = useI18n();
  useDocumentTitle(t("climb.title"));
  const session = useSession();
  const isStudent = session?.user.roles.includes("student") ?? false;
  const board = useQuery(CHALLENGE_BOARD, { errorPolicy: "all" });
  const mine = useQuery(MY_CLIMB, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const edges = board.data?.challengeBoard.edges;
  let boardBody;
  if (board.loading && !edges) boardBody = <Loading />;
  else if (!edges)
    boardBody = <LoadError text={t("climb.board.failed")} retry={() => board.refetch()} />;
  else if (!edges.length) boardBody = <EmptyText>{t("climb.board.empty")}</EmptyText>;
  else
    boardBody = (
      <ul className="climb-page__list">
        {edges.map(({ node }) => (
          <li key={node.id} data-challenge={node.id}>
            <Link to={paths.challenge(node.id)}>
              <strong>{node.title}</strong>
            </Link>
            <div>
              <Typography.Text type="secondary">
                {node.partner?.name ?? t("climb.board.staffPosted")} ·{" "}
                {t("climb.board.deadline", { date: node.deadline })} ·{" "}
                {t("climb.board.teams", {
                  approved: node.approvedTeams,
                  wanted: node.teamsWanted,
                  min: node.teamSizeMin,
                  max: node.teamSizeMax,
                })}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
    );
  const challenges = mine.data?.myChallenges.edges ?? [];
  const projects = mine.data?.myProjects.edges ?? [];
  return (
    <div className="climb-page" data-page="climb">
      <PageHeading>{t("climb.title")}</PageHeading>
      <Typography.Paragraph type="secondary">{t("climb.intro")}</Typography.Paragraph>
      {!isStudent && <Link to={paths.climbReviews()}>{t("climb.reviews.title")}</Link>}
      {projects.length > 0 && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("climb.myProjects")}</h2>}
          data-card="projects"
        >
          <ul className="climb-page__list">
            {projects.map(({ node }) => (
              <li key={node.id} data-project={node.id}>
                <Link to={paths.climbProject(node.id)}>{node.title}</Link>{" "}
                <StatusTag tone={statusTone(node.status)}>
                  {t(PROJECT_STATUS[node.status])}
                </StatusTag>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("climb.board.title")}</h2>}
        data-card="board"
      >
        {boardBody}
        {board.data && (
          <LoadMore
            connection={board.data.challengeBoard}
            loading={board.loading}
            onLoad={(after) => void board.fetchMore({ variables: { after } })}
          />
        )}
      </Card>
      {challenges.length > 0 && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("climb.myChallenges")}</h2>}
          data-card="mine"
        >
          <ul className="climb-page__list">
            {challenges.map(({ node }) => (
              <li key={node.id} data-challenge={node.id}>
                <Link to={paths.challenge(node.id)}>{node.title}</Link>{" "}
                <StatusTag tone={statusTone(node.status)}>
                  {t(CHALLENGE_STATUS[node.status])}
                </StatusTag>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {!isStudent && session?.user.personId && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("climb.post.heading")}</h2>}
          data-card="post"
        >
          <PostForm mentorId={session.user.personId} onPosted={() => void mine.refetch()} />
        </Card>
      )}
    </div>
  );
}
