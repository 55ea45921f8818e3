import type { ResultOf } from "@graphql-typed-document-node/core";
import { Button, Card, Tag, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { PersonName } from "../pages/PersonName";
import { dataAttributes } from "../ui/layout";
import { LevelTag, StatusTag, warningStatusTone } from "../ui/tags";

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
      {overdue && (
        <Tag color="red" className="due__flag">
          {t("queue.overdueFlag")}
        </Tag>
      )}
    </span>
  );
}

export function StageTag({ status }: { status: WarningRowWarning["status"] }) {
  const { label } = useI18n();
  return (
    <StatusTag tone={warningStatusTone(status)} data-stage={status}>
      {label("WarningStatus", status)}
    </StatusTag>
  );
}

export function TierText({ tier }: { tier: WarningRowWarning["escalationTier"] }) {
  const { label } = useI18n();
  return (
    <span className={`tier${tier !== "COUNSELOR" ? " tier--escalated" : ""}`} data-tier={tier}>
      {label("EscalationTier", tier)}
    </span>
  );
}

function Assignee({ warning }: { warning: WarningRowWarning }) {
  const { t } = useI18n();
  return warning.assignee?.name ?? <span className="muted">{t("queue.unassigned")}</span>;
}

/** 处理 / 收起: opens the row's panel (where the sensitive parts are read). */
export function HandleButton({
  expanded,
  onToggle,
  panelId,
  block,
}: {
  expanded: boolean;
  onToggle: () => void;
  panelId: string;
  block?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Button
      type={expanded ? "default" : "primary"}
      size="small"
      block={block}
      aria-expanded={expanded}
      aria-controls={panelId}
      onClick={onToggle}
    >
      {t(expanded ? "queue.hide" : "queue.handle")}
    </Button>
  );
}

/** The queue's columns: one line per warning, the student's name heading the row. */
export function useWarningColumns(
  isExpanded: (id: string) => boolean,
  toggle: (id: string) => void,
  panelId: (id: string) => string,
): TableColumnsType<WarningRowWarning> {
  const { t, label } = useI18n();
  return [
    { key: "level", title: t("warnings.level"), render: (_, w) => <LevelTag level={w.level} /> },
    {
      key: "student",
      title: t("queue.col.student"),
      rowScope: "row",
      render: (_, w) => <PersonName person={w.person} />,
    },
    {
      key: "category",
      title: t("warnings.category"),
      render: (_, w) => label("WarningCategory", w.category),
    },
    { key: "stage", title: t("queue.col.stage"), render: (_, w) => <StageTag status={w.status} /> },
    {
      key: "due",
      title: t("queue.col.due"),
      render: (_, w) => <DueTime dueAt={w.dueAt} overdue={w.overdue} />,
    },
    {
      key: "tier",
      title: t("queue.col.tier"),
      render: (_, w) => <TierText tier={w.escalationTier} />,
    },
    {
      key: "assignee",
      title: t("queue.col.assignee"),
      onCell: (w) => dataAttributes({ "data-assignee": w.assignee?.id }),
      render: (_, w) => <Assignee warning={w} />,
    },
    {
      key: "action",
      title: <span className="visually-hidden">{t("queue.actions")}</span>,
      align: "right",
      className: "queue-row__action",
      render: (_, w) => (
        <HandleButton
          expanded={isExpanded(w.id)}
          onToggle={() => toggle(w.id)}
          panelId={panelId(w.id)}
        />
      ),
    },
  ];
}

/** One warning on a phone: the row's facts on a card, its panel opening inside it. */
export function WarningCard({
  warning: w,
  expanded,
  onToggle,
  panelId,
  select,
  children,
}: {
  warning: WarningRowWarning;
  expanded: boolean;
  onToggle: () => void;
  panelId: string;
  /** A checkbox choosing the card for a bulk assignment, when offered. */
  select?: ReactNode;
  children?: ReactNode;
}) {
  const { t, label } = useI18n();
  return (
    <li
      className={`queue-card${w.overdue ? " queue-card--overdue" : ""}`}
      data-warning={w.id}
      data-status={w.status}
    >
      <Card size="small">
        <div className="queue-card__head">
          <LevelTag level={w.level} />
          <span className="queue-card__student">
            <PersonName person={w.person} separator=" " />
          </span>
          <StageTag status={w.status} />
        </div>
        <p className="queue-card__meta">
          <span>{label("WarningCategory", w.category)}</span>
          <DueTime dueAt={w.dueAt} overdue={w.overdue} />
          <TierText tier={w.escalationTier} />
          <span data-assignee={w.assignee?.id}>
            {t("queue.col.assignee")}
            {t("app.colon")}
            <Assignee warning={w} />
          </span>
        </p>
        {select && <div className="queue-card__select">{select}</div>}
        <HandleButton expanded={expanded} onToggle={onToggle} panelId={panelId} block />
        {children}
      </Card>
    </li>
  );
}
