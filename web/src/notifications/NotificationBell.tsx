import { useQuery } from "@apollo/client";
import { Badge } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";

export const UNREAD_NOTIFICATIONS = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/**
 * 通知 in the top bar: a link to /notifications with the unread count, re-read every minute and
 * whenever the notifications page marks some read. Self-contained: mounted next to the session.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const { data } = useQuery(UNREAD_NOTIFICATIONS, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    pollInterval: 60_000,
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to={paths.notifications()}
      className="notification-bell"
      data-unread={unread}
      aria-label={t("casework.bell", { count: String(unread) })}
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <span className="notification-bell__text">{t("casework.notifications")}</span>
      </Badge>
    </Link>
  );
}
