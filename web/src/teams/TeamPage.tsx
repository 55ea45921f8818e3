import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { Counter } from "../ui/layout";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { KIND_LABEL, servedWhen } from "./teamLabels";
import { TeamActivities } from "./TeamActivities";
import "./teams.css";

export const TEAM_PAGE = graphql(`
  query TeamPage($id: ID!, $after: String) {
    team(id: $id) {
      id
      name
      kind
      viewerRuns
      leader {
        id
        name
      }
      verifiedHours
      members(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            joinedOn
            person {
              id
              name
              number
            }
          }
        }
      }
    }
  }
`);

/** What only the team's leader (or an administrator) reads: the queue and each member's hours. */
export const TEAM_QUEUE = graphql(`
  query TeamQueue($id: ID!) {
    team(id: $id) {
      id
      pendingVolunteerService {
        id
        activity
        place
        startsAt
        endsAt
        hours
        status
        person {
          id
          name
          number
        }
      }
    }
  }
`);

const VERIFY = graphql(`
  mutation VerifyVolunteerService($input: VerifyVolunteerServiceInput!) {
    verifyVolunteerService(input: $input) {
      id
      status
    }
  }
`);

const REJECT = graphql(`
  mutation RejectVolunteerService($input: RejectVolunteerServiceInput!) {
    rejectVolunteerService(input: $input) {
      id
      status
      reason
    }
  }
`);

const DECISION_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.reason": "teams.queue.reason",
  "input.note": "teams.queue.reason",
};

type Pending = {
  id: string;
  activity: string;
  place?: string | null;
  startsAt: string;
  endsAt: string;
  hours: number;
  person: { id: string; name: string; number: string };
};

/** One record awaiting the leader: verify it, or reject it with a reason. */
function PendingRow({ row, onDecided }: { row: Pending; onDecided: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [rejecting, setRejecting] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [verify, verifying] = useMutation(VERIFY);
  const [reject, refusing] = useMutation(REJECT);
  const done = (refused: ActionFailure | null) => {
    setFailure(refused);
    // A CONFLICT means someone else decided it meanwhile: the queue is reread either way.
    if (!refused || refused.problem === "conflict") onDecided();
  };
  return (
    <li data-service={row.id} data-person={row.person.id} className="teams-queue__row">
      <div>
        <strong>{row.person.name}</strong>{" "}
        <Typography.Text type="secondary">{row.person.number}</Typography.Text>
      </div>
      <div>
        {row.activity}
        {row.place ? ` · ${row.place}` : ""}
      </div>
      <Typography.Text type="secondary">
        {servedWhen(row.startsAt, row.endsAt)} · {t("teams.hoursOf", { hours: row.hours })}
      </Typography.Text>
      <Space wrap className="teams-queue__actions">
        <Button
          type="primary"
          loading={verifying.loading}
          onClick={() =>
            void attempt(
              () => verify({ variables: { input: { serviceId: row.id } }, errorPolicy: "all" }),
              "verifyVolunteerService",
            ).then(done)
          }
        >
          {t("teams.queue.verify")}
        </Button>
        {!rejecting && (
          <Button danger onClick={() => setRejecting(true)}>
            {t("teams.queue.reject")}
          </Button>
        )}
      </Space>
      {rejecting && (
        <form
          className="teams-queue__reject"
          aria-label={t("teams.queue.reject")}
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(
              () =>
                reject({
                  variables: { input: { serviceId: row.id, reason } },
                  errorPolicy: "all",
                }),
              "rejectVolunteerService",
            ).then(done);
          }}
        >
          <Input.TextArea
            aria-label={t("teams.queue.reason")}
            placeholder={t("teams.queue.reasonHint")}
            value={reason}
            maxLength={500}
            autoSize={{ minRows: 2 }}
            onChange={(e) => setReason(e.target.value)}
          />
          <Space wrap>
            <Button danger htmlType="submit" loading={refusing.loading} disabled={!reason.trim()}>
              {t("teams.queue.confirmReject")}
            </Button>
            <Button onClick={() => setRejecting(false)}>{t("teams.queue.cancel")}</Button>
          </Space>
        </form>
      )}
      <ActionError failure={failure} fields={DECISION_FIELDS} />
    </li>
  );
}

function Queue({ teamId, onDecided }: { teamId: string; onDecided: () => void }) {
  const { t } = useI18n();
  const queue = useQuery(TEAM_QUEUE, {
    variables: { id: teamId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const rows = queue.data?.team?.pendingVolunteerService;
  let body;
  if (queue.loading && !rows) body = <Loading />;
  else if (!rows) body = <LoadError text={t("teams.queue.failed")} retry={() => queue.refetch()} />;
  else if (rows.length === 0) body = <EmptyText>{t("teams.queue.empty")}</EmptyText>;
  else
    body = (
      <ul className="teams-page__list">
        {rows.map((row) => (
          <PendingRow
            key={row.id}
            row={row}
            onDecided={() => {
              void queue.refetch();
              onDecided();
            }}
          />
        ))}
      </ul>
    );
  return (
    <Card
      size="small"
      title={
        <h2 className="teams-page__title">
          {t("teams.queue.title")}
          {rows && rows.length > 0 ? ` (${rows.length})` : ""}
        </h2>
      }
      data-card="queue"
    >
      {body}
    </Card>
  );
}

/** A team's page: its members and volunteer activities; for its leader, the hours awaiting verification. */
export function TeamPage({ id }: { id: string }) {
  const { t } = useI18n();
  const page = useQuery(TEAM_PAGE, { variables: { id }, errorPolicy: "all" });
  const team = page.data?.team;
  useDocumentTitle(team?.name ?? t("teams.title"));
  if (page.loading && !team) return <Loading />;
  if (!team) {
    const forbidden = page.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
    return (
      <LoadError
        text={t(forbidden ? "teams.team.forbidden" : "teams.team.failed")}
        retry={forbidden ? undefined : () => page.refetch()}
      />
    );
  }
  return (
    <div className="teams-page" data-page="team">
      <PageHeading>{team.name}</PageHeading>
      <p>
        <Tag>{t(KIND_LABEL[team.kind])}</Tag>
        {t("teams.team.leader", { name: team.leader.name })}
      </p>
      <ul className="counters" aria-label={t("teams.hours")}>
        <Counter name="members" value={team.members.totalCount} label={t("teams.team.members")} />
        <Counter name="hours" value={team.verifiedHours} label={t("teams.team.hours")} />
      </ul>
      {team.viewerRuns && <Queue teamId={team.id} onDecided={() => void page.refetch()} />}
      <TeamActivities teamId={team.id} onCheckedIn={() => void page.refetch()} />
      <Card
        size="small"
        title={<h2 className="teams-page__title">{t("teams.team.members")}</h2>}
        data-card="members"
      >
        {team.members.edges.length === 0 ? (
          <EmptyText>{t("teams.team.noMembers")}</EmptyText>
        ) : (
          <ul className="teams-page__list">
            {team.members.edges.map(({ node }) => (
              <li key={node.id} data-person={node.person.id}>
                {node.person.name}{" "}
                <Typography.Text type="secondary">
                  {node.person.number} ·{" "}
                  {t(node.role === "CADRE" ? "teams.role.CADRE" : "teams.role.MEMBER")} ·{" "}
                  {t("teams.team.joinedOn", { date: node.joinedOn })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          connection={team.members}
          loading={page.loading}
          onLoad={(after) => void page.fetchMore({ variables: { after } })}
        />
      </Card>
    </div>
  );
}
