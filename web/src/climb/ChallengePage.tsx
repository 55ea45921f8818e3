import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Space, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { ClaimStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { CHALLENGE_STATUS, CLAIM_STATUS, statusTone } from "./climbLabels";
import { type PickedPerson } from "../pickers/StaffPicker";
import { TeammatesField } from "../pickers/TeammatesField";
import "./climb.css";

export const CHALLENGE_PAGE = graphql(`
  query ChallengePage($id: ID!) {
    challenge(id: $id) {
      id
      title
      problem
      requirements
      deliverables
      deadline
      status
      teamSizeMin
      teamSizeMax
      teamsWanted
      approvedTeams
      canManage
      partner {
        id
        name
      }
      mentor {
        id
        name
      }
      claims {
        id
        status
        proposal
        claimedAt
        decisionNote
        teamSize
        members {
          id
          name
        }
        project {
          id
        }
      }
    }
  }
`);

const MOVE = graphql(`
  mutation MoveChallengeOnPage($input: MoveChallengeInput!) {
    moveChallenge(input: $input) {
      id
      status
    }
  }
`);

const CLAIM = graphql(`
  mutation ClaimChallengeOnPage($input: ClaimChallengeInput!) {
    claimChallenge(input: $input) {
      id
      status
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideClaimOnPage($input: DecideClaimInput!) {
    decideChallengeClaim(input: $input) {
      id
      status
      project {
        id
      }
    }
  }
`);

const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.proposal": "climb.claim.proposal",
  "input.memberIds": "climb.claim.members",
  "input.note": "climb.decide.note",
};

type Claim = {
  id: string;
  status: ClaimStatus;
  proposal: string;
  teamSize: number;
  decisionNote?: string | null;
  members: { id: string; name: string }[];
  project?: { id: string } | null;
};

function ClaimRow({
  claim,
  manage,
  onDone,
}: {
  claim: Claim;
  manage: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [decide, deciding] = useMutation(DECIDE);
  const run = (decision: "APPROVE" | "REJECT") =>
    void attempt(
      () =>
        decide({
          variables: { input: { claimId: claim.id, decision, note: note || null } },
          errorPolicy: "all",
        }),
      "decideChallengeClaim",
    ).then((refused) => {
      setFailure(refused);
      if (!refused || refused.problem === "conflict") onDone();
    });
  return (
    <li data-claim={claim.id} data-status={claim.status}>
      <div>
        <strong>{claim.members.map((m) => m.name).join("、")}</strong>{" "}
        <StatusTag tone={statusTone(claim.status)}>{t(CLAIM_STATUS[claim.status])}</StatusTag>
      </div>
      <p className="climb-page__text">{claim.proposal}</p>
      {claim.decisionNote && (
        <Typography.Text type="secondary">
          {t("climb.decide.noteWas", { note: claim.decisionNote })}
        </Typography.Text>
      )}
      {claim.project && (
        <div>
          <Link to={paths.climbProject(claim.project.id)}>{t("climb.claim.openProject")}</Link>
        </div>
      )}
      {manage && claim.status === "PENDING" && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Input.TextArea
            aria-label={t("climb.decide.note")}
            placeholder={t("climb.decide.noteHint")}
            value={note}
            maxLength={2000}
            autoSize={{ minRows: 1 }}
            onChange={(e) => setNote(e.target.value)}
          />
          <Space wrap>
            <Button type="primary" loading={deciding.loading} onClick={() => run("APPROVE")}>
              {t("climb.decide.approve")}
            </Button>
            <Button
              danger
              loading={deciding.loading}
              disabled={!note.trim()}
              onClick={() => run("REJECT")}
            >
              {t("climb.decide.reject")}
            </Button>
          </Space>
        </Space>
      )}
      <ActionError failure={failure} fields={FIELDS} />
    </li>
  );
}

/** A student's claim for a team they lead: the proposal and the other members (by 学号 and name). */
function ClaimForm({ challengeId, onDone }: { challengeId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [proposal, setProposal] = useState("");
  const [members, setMembers] = useState<PickedPerson[]>([]);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [claim, claiming] = useMutation(CLAIM);
  const me = useSession()?.user.personId;
  return (
    <form
      className="climb-form"
      aria-label={t("climb.claim.heading")}
      onSubmit={(e) => {
        e.preventDefault();
        const memberIds = members.map((m) => m.id);
        void attempt(
          () =>
            claim({
              variables: { input: { challengeId, proposal, memberIds } },
              errorPolicy: "all",
            }),
          "claimChallenge",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) onDone();
        });
      }}
    >
      <label>
        {t("climb.claim.proposal")}
        <Input.TextArea
          value={proposal}
          maxLength={4000}
          autoSize={{ minRows: 3 }}
          onChange={(e) => setProposal(e.target.value)}
        />
      </label>
      <div role="group" aria-label={t("climb.claim.members")}>
        {t("climb.claim.members")}
        <Typography.Text type="secondary" className="climb-form__hint">
          {t("climb.claim.membersHint")}
        </Typography.Text>
        <TeammatesField value={members} onChange={setMembers} exclude={me ? [me] : []} />
      </div>
      <Button
        type="primary"
        htmlType="submit"
        loading={claiming.loading}
        disabled={!proposal.trim()}
      >
        {t("climb.claim.submit")}
      </Button>
      {claiming.data?.claimChallenge && !failure && (
        <Typography.Text>{t("climb.claim.done")}</Typography.Text>
      )}
      <ActionError failure={failure} fields={FIELDS} />
    </form>
  );
}

/** 揭榜详情: the challenge, its claims, and what the caller may do (claim, publish, decide). */
export function ChallengePage({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const isStudent = session?.user.roles.includes("student") ?? false;
  const page = useQuery(CHALLENGE_PAGE, { variables: { id }, errorPolicy: "all" });
  const [move, moving] = useMutation(MOVE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const challenge = page.data?.challenge;
  useDocumentTitle(challenge?.title ?? t("climb.title"));
  if (page.loading && !challenge) return <Loading />;
  if (!challenge) {
    const forbidden = page.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
    return (
      <LoadError
        text={t(forbidden ? "climb.challenge.forbidden" : "climb.challenge.failed")}
        retry={forbidden ? undefined : () => page.refetch()}
      />
    );
  }
  const step = (s: "PUBLISH" | "CLOSE" | "WITHDRAW") =>
    void attempt(
      () => move({ variables: { input: { challengeId: id, step: s } }, errorPolicy: "all" }),
      "moveChallenge",
    ).then((refused) => {
      setFailure(refused);
      void page.refetch();
    });
  const refetch = () => void page.refetch();
  return (
    <div className="climb-page" data-page="challenge" data-status={challenge.status}>
      <PageHeading>{challenge.title}</PageHeading>
      <div>
        <StatusTag tone={statusTone(challenge.status)}>
          {t(CHALLENGE_STATUS[challenge.status])}
        </StatusTag>
        <Typography.Text type="secondary">
          {challenge.partner?.name ?? t("climb.board.staffPosted")} ·{" "}
          {t("climb.challenge.mentor", { name: challenge.mentor.name })}
        </Typography.Text>
      </div>
      <Card size="small" data-card="details">
        <h2 className="climb-page__title">{t("climb.post.problem")}</h2>
        <p className="climb-page__text">{challenge.problem}</p>
        <h2 className="climb-page__title">{t("climb.post.requirements")}</h2>
        <p className="climb-page__text">{challenge.requirements}</p>
        <h2 className="climb-page__title">{t("climb.post.deliverables")}</h2>
        <p className="climb-page__text">{challenge.deliverables}</p>
        <Typography.Text type="secondary">
          {t("climb.board.deadline", { date: challenge.deadline })} ·{" "}
          {t("climb.board.teams", {
            approved: challenge.approvedTeams,
            wanted: challenge.teamsWanted,
            min: challenge.teamSizeMin,
            max: challenge.teamSizeMax,
          })}
        </Typography.Text>
      </Card>
      {challenge.canManage && (
        <Space wrap data-card="steps">
          {challenge.status === "DRAFT" && (
            <Button type="primary" loading={moving.loading} onClick={() => step("PUBLISH")}>
              {t("climb.step.PUBLISH")}
            </Button>
          )}
          {challenge.status === "PUBLISHED" && (
            <Button loading={moving.loading} onClick={() => step("CLOSE")}>
              {t("climb.step.CLOSE")}
            </Button>
          )}
          {(challenge.status === "DRAFT" || challenge.status === "PUBLISHED") && (
            <Button danger loading={moving.loading} onClick={() => step("WITHDRAW")}>
              {t("climb.step.WITHDRAW")}
            </Button>
          )}
          <ActionError failure={failure} fields={FIELDS} />
        </Space>
      )}
      {isStudent && challenge.status === "PUBLISHED" && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("climb.claim.heading")}</h2>}
          data-card="claim"
        >
          <ClaimForm challengeId={id} onDone={refetch} />
        </Card>
      )}
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("climb.claims")}</h2>}
        data-card="claims"
      >
        {challenge.claims.length === 0 ? (
          <EmptyText>{t("climb.claims.empty")}</EmptyText>
        ) : (
          <ul className="climb-page__list">
            {challenge.claims.map((claim) => (
              <ClaimRow
                key={claim.id}
                claim={claim}
                manage={challenge.canManage}
                onDone={refetch}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
