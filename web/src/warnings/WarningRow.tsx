import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { PersonName } from "../pages/PersonName";

/**
 * One line of the queue. Nothing sensitive: every sensitive value served is an audited read, so
 * summary and evidence are read only when a row's panel is opened. Mutations select this too, so a
 * step taken updates the row in the cache.
 */
export const WarningRow_warning = graphql(`
  fragment WarningRow_warning on Warning {
    id
    category
    level
    status
    nextStatuses
    raisedAt
    dueAt
    overdue
    escalationTier
    assignee {
      id
      name
    }
    person {
      id
      name
      number
    }
  }
`);

/**
 * `nextStatuses` is what the server's workflow allows next: the panel offers these instead of
 * copying the workflow. `dueAt` is when the current stage is due; null once closed.
 */
export type WarningRowWarning = ResultOf<typeof WarningRow_warning>;

/** When the current stage is due, relative to now; red, and said in words, when overdue. */
export function DueTime({ dueAt, overdue }: Pick<WarningRowWarning, "dueAt" | "overdue">) {
  const { t, dateTime, relativeTime } = useI18n();
  if (!dueAt) return <span className="due due--none">{t("app.none")}</span>;
  return (
    <span
      className={`due${overdue ? " due--overdue" : ""}`}
      data-overdue={overdue ? "true" : undefined}
    >
      <time dateTime={dueAt} title={dateTime(dueAt)}>
        {relativeTime(dueAt)}
      </time>
      {overdue && <span className="due__flag">{t("queue.overdueFlag")}</span>}
    </span>
  );
}

export function WarningRow({
  warning,
  expanded,
  onToggle,
  panelId,
}: {
  warning: WarningRowWarning;
  expanded: boolean;
  onToggle: () => void;
  panelId: string;
}) {
  const { t, label } = useI18n();
  const w = warning;
  const escalated = w.escalationTier !== "COUNSELOR";
  return (
    <tr
      className={`queue-row${w.overdue ? " queue-row--overdue" : ""}${expanded ? " is-expanded" : ""}`}
      data-warning={w.id}
      data-status={w.status}
    >
      <td>
        <span className={`level level--${w.level.toLowerCase()}`}>
          {label("WarningLevel", w.level)}
        </span>
      </td>
      <th scope="row">
        <PersonName person={w.person} />
      </th>
      <td>{label("WarningCategory", w.category)}</td>
      <td>
        <span className={`status status--${w.status.toLowerCase()}`} data-stage={w.status}>
          {label("WarningStatus", w.status)}
        </span>
      </td>
      <td>
        <DueTime dueAt={w.dueAt} overdue={w.overdue} />
      </td>
      <td>
        <span className={`tier${escalated ? " tier--escalated" : ""}`} data-tier={w.escalationTier}>
          {label("EscalationTier", w.escalationTier)}
        </span>
      </td>
      <td data-assignee={w.assignee?.id}>
        {w.assignee?.name ?? <span className="muted">{t("queue.unassigned")}</span>}
      </td>
      <td className="queue-row__action">
        <button
          type="button"
          className="button button--small"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {t(expanded ? "queue.hide" : "queue.handle")}
        </button>
      </td>
    </tr>
  );
}
