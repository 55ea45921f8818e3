import { NetworkStatus, useMutation, useQuery } from "@apollo/client";
import { Button, Card, Segmented } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../generated";
import type { NotificationKind } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";

const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          at
          read
          warningId
          caseId
          measureDueOn
          by {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const KIND_KEY: Record<NotificationKind, MessageKey> = {
  ASSIGNED: "casework.kind.ASSIGNED",
  ESCALATED: "casework.kind.ESCALATED",
  TASK_FORCE: "casework.kind.TASK_FORCE",
  MEASURE_DUE_SOON: "casework.kind.MEASURE_DUE_SOON",
  MEASURE_OVERDUE: "casework.kind.MEASURE_OVERDUE",
};

/** Where a notice leads: the warning's page, or the case's. */
function target(n: { warningId?: string | null; caseId?: string | null }): string | null {
  if (n.warningId) return paths.warning(n.warningId);
  if (n.caseId) return paths.assistanceCase(n.caseId);
  return null;
}

/** 通知: the signed-in person's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  useDocumentTitle(t("casework.notifications"));
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(MY_NOTIFICATIONS, {
    variables: { first: 20, unreadOnly },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [markRead, marking] = useMutation(MARK_READ, {
    refetchQueries: ["UnreadNotificationCount", "MyNotifications"],
    awaitRefetchQueries: true,
  });
  const connection = data?.myNotifications;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const unread = rows.filter((n) => !n.read).map((n) => n.id);

  const open = async (n: (typeof rows)[number]) => {
    if (!n.read) await markRead({ variables: { ids: [n.id] } }).catch(() => {});
    const to = target(n);
    if (to) void navigate(to);
  };

  return (
    <>
      <PageHeading>{t("casework.notifications")}</PageHeading>
      <div className="list-bar">
        <Segmented
          value={unreadOnly ? "unread" : "all"}
          onChange={(v) => setUnreadOnly(v === "unread")}
          options={[
            { value: "all", label: t("casework.filter.all") },
            { value: "unread", label: t("casework.filter.unread") },
          ]}
        />
        <Button
          disabled={unread.length === 0}
          loading={marking.loading}
          onClick={() => void markRead({ variables: { ids: unread } })}
        >
          {t("casework.markAllRead")}
        </Button>
      </div>
      {!connection && loading && <Loading />}
      {!connection && error && (
        <LoadError text={t("casework.notificationsError")} retry={refetch} />
      )}
      {connection &&
        (rows.length === 0 ? (
          <EmptyText>{t("casework.noNotifications")}</EmptyText>
        ) : (
          <ul className="card-list notifications" aria-label={t("casework.notifications")}>
            {rows.map((n) => (
              <li
                key={n.id}
                data-notification={n.id}
                data-kind={n.kind}
                data-read={n.read ? "true" : "false"}
                className={`notification${n.read ? "" : " notification--unread"}`}
              >
                <Card size="small">
                  <p className="notification__text">
                    {!n.read && <span className="notification__dot">{t("casework.unread")}</span>}
                    {t(KIND_KEY[n.kind], {
                      by: n.by?.name ?? t("casework.platform"),
                      dueOn: n.measureDueOn ?? "",
                    })}
                  </p>
                  <p className="notification__meta">
                    <time dateTime={n.at}>{dateTime(n.at)}</time>
                  </p>
                  {target(n) && (
                    <Button type="link" className="notification__open" onClick={() => void open(n)}>
                      {n.warningId ? t("casework.openWarning") : t("casework.goToCase")}
                    </Button>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        ))}
      {connection && (
        <LoadMore
          connection={connection}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoad={(after) => void fetchMore({ variables: { after } })}
        />
      )}
    </>
  );
}
