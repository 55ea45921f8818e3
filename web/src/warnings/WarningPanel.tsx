import { useMutation, useQuery } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { useId, useState, type FormEvent } from "react";
import { mayOfferActions } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { WarningOutcome, WarningStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { WarningRowWarning } from "./WarningRow";

/**
 * What the open panel shows beyond the row: evidence, the rule that fired, history, escalations.
 * `summary` and `evidence` are sensitive (CARE): null, with FORBIDDEN on their path, for a viewer
 * without that duty. A transition's `assignee` is set on an assignment step: to whom.
 */
export const WarningPanel_warning = graphql(`
  fragment WarningPanel_warning on Warning {
    id
    summary
    outcome
    closedAt
    evidence {
      indicator
      value
      threshold
    }
    ruleVersion {
      id
      version
      description
      rule {
        id
        name
        code
      }
    }
    transitions {
      from
      to
      at
      note
      by {
        id
        name
      }
      assignee {
        id
        name
      }
    }
    escalations {
      fromTier
      toTier
      stage
      at
    }
  }
`);

export const WARNING_DETAIL = graphql(`
  query WarningDetail($id: ID!) {
    warning(id: $id) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
    }
  }
`);

// Each mutation answers with the whole warning as the queue shows it: Apollo's cache stores it
// under Warning:<id>, so the row and the panel update without a refetch.
export const ASSIGN_WARNING = graphql(`
  mutation AssignWarning($input: AssignWarningInput!) {
    assignWarning(input: $input) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
    }
  }
`);

export const ADVANCE_WARNING = graphql(`
  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {
    advanceWarning(warningId: $warningId, to: $to, note: $note) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
    }
  }
`);

export const CLOSE_WARNING = graphql(`
  mutation CloseWarning($input: CloseWarningInput!) {
    closeWarning(input: $input) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
    }
  }
`);

export const OUTCOMES: readonly WarningOutcome[] = [
  "RESOLVED",
  "IMPROVED",
  "REFERRED_TO_CASE",
  "REFERRED_TO_PSYCHOLOGY",
  "NO_CONCERN",
  "LEFT_UNIVERSITY",
];

/** After a step, the counters above the queue are out of date; the rows are not (cache). */
const REFRESH_AFTER_STEP = ["WarningQueueSummary"];

const forbiddenAt = (errors: readonly GraphQLFormattedError[], field: string) =>
  errors.some(
    (e) => e.path?.[0] === "warning" && e.path[1] === field && e.extensions?.code === "FORBIDDEN",
  );

type Action = "assign" | "advance" | "close";

export function WarningPanel({ warning: row, id }: { warning: WarningRowWarning; id: string }) {
  const { t, label, dateTime } = useI18n();
  const session = useSession();
  const me = session?.user.personId ?? null;
  const offer = mayOfferActions(session?.user.roles ?? []);
  const { data, error, refetch } = useQuery(WARNING_DETAIL, {
    variables: { id: row.id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const detail = data?.warning ?? null;
  const errors = error?.graphQLErrors ?? [];
  const warning: WarningRowWarning = detail ?? row;
  const summary = detail?.summary ?? null;

  const [failure, setFailure] = useState<{ action: Action; failure: ActionFailure } | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const mutationOptions = { refetchQueries: REFRESH_AFTER_STEP, errorPolicy: "all" as const };
  const [assign, assigning] = useMutation(ASSIGN_WARNING, mutationOptions);
  const [advance, advancing] = useMutation(ADVANCE_WARNING, mutationOptions);
  const [close, closing] = useMutation(CLOSE_WARNING, mutationOptions);
  const busy = assigning.loading || advancing.loading || closing.loading;

  // Assigning and closing have their own actions; advancing takes the steps in between.
  const steps: WarningStatus[] = warning.nextStatuses.filter(
    (status) => status !== "ASSIGNED" && status !== "CLOSED",
  );
  const [to, setTo] = useState<WarningStatus | "">("");
  const step: WarningStatus | undefined = to && steps.includes(to) ? to : steps[0];
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<WarningOutcome>("RESOLVED");
  const [closeNote, setCloseNote] = useState("");
  const noteId = useId();
  const stepId = useId();
  const outcomeId = useId();
  const closeNoteId = useId();

  /** Runs one action; a refusal stays next to it, and the warning is re-read (it may have moved on). */
  async function run<T>(
    action: Action,
    mutate: () => Promise<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }>,
    field: keyof T,
  ) {
    setFailure(null);
    setDone(null);
    const refused = await attempt(mutate, field);
    if (refused) {
      setFailure({ action, failure: refused });
      void refetch().catch(() => {});
      return;
    }
    setDone(action);
    if (action === "advance") setNote("");
    if (action === "close") setCloseNote("");
  }

  const assignToMe = () => {
    if (me)
      void run(
        "assign",
        () =>
          assign({ variables: { input: { warningId: warning.id, assigneeId: me, note: null } } }),
        "assignWarning",
      );
  };
  const submitAdvance = (event: FormEvent) => {
    event.preventDefault();
    if (step)
      void run(
        "advance",
        () =>
          advance({ variables: { warningId: warning.id, to: step, note: note.trim() || null } }),
        "advanceWarning",
      );
  };
  const submitClose = (event: FormEvent) => {
    event.preventDefault();
    void run(
      "close",
      () =>
        close({
          variables: { input: { warningId: warning.id, outcome, note: closeNote.trim() || null } },
        }),
      "closeWarning",
    );
  };
  const shown: Record<Action, boolean> = {
    assign: offer && warning.status !== "CLOSED" && me !== null && warning.assignee?.id !== me,
    advance: offer && steps.length > 0 && step !== undefined,
    close: offer && warning.nextStatuses.includes("CLOSED"),
  };
  const errorFor = (action: Action) => (failure?.action === action ? failure.failure : null);
  // The re-read after a refusal may have removed the action (the warning moved on): keep the reason.
  const orphan = failure && !shown[failure.action] ? failure.failure : null;
  const summaryRestricted = forbiddenAt(errors, "summary");
  const evidenceRestricted = forbiddenAt(errors, "evidence");

  return (
    <div className="warning-panel" id={id} data-panel={warning.id}>
      <div className="warning-panel__facts">
        <p
          className={`warning-panel__summary${summaryRestricted ? " restricted" : ""}`}
          data-restricted={summaryRestricted ? "true" : undefined}
        >
          {summary ??
            (summaryRestricted
              ? t("contact.restricted")
              : detail
                ? t("app.none")
                : t("app.loading"))}
        </p>
        <dl className="facts">
          <div className="facts__row">
            <dt>{t("warnings.raisedAt")}</dt>
            <dd>
              <time dateTime={warning.raisedAt}>{dateTime(warning.raisedAt)}</time>
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t("queue.dueAt")}</dt>
            <dd>
              {warning.dueAt ? (
                <time dateTime={warning.dueAt}>{dateTime(warning.dueAt)}</time>
              ) : (
                t("app.none")
              )}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t("queue.rule")}</dt>
            <dd>
              {detail?.ruleVersion ? (
                <>
                  {t("queue.ruleValue", {
                    name: detail.ruleVersion.rule.name,
                    code: detail.ruleVersion.rule.code,
                    version: detail.ruleVersion.version,
                  })}
                  <span className="rule-description">{detail.ruleVersion.description}</span>
                </>
              ) : (
                t("app.none")
              )}
            </dd>
          </div>
          {detail?.outcome && (
            <div className="facts__row">
              <dt>{t("queue.outcome")}</dt>
              <dd data-outcome={detail.outcome}>{label("WarningOutcome", detail.outcome)}</dd>
            </div>
          )}
        </dl>
        <h3 className="warning-panel__heading">{t("queue.evidence")}</h3>
        {evidenceRestricted ? (
          <p className="restricted" data-restricted="true">
            {t("contact.restricted")}
          </p>
        ) : detail?.evidence && detail.evidence.length > 0 ? (
          <ul className="evidence">
            {detail.evidence.map((e, i) => (
              <li key={i}>
                <span className="evidence__indicator">{e.indicator}</span>
                {t("app.colon")}
                <strong>{e.value}</strong>
                {e.threshold !== null && (
                  <span className="evidence__threshold">
                    {t("queue.threshold", { threshold: e.threshold })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t("app.none")}</p>
        )}
        <h3 className="warning-panel__heading">{t("queue.history")}</h3>
        {detail && detail.transitions.length + detail.escalations.length > 0 ? (
          <ol className="timeline">
            {[
              ...detail.transitions.map((s) => {
                // A person people no longer knows (NOT_FOUND on `by`) is named as unknown.
                const by = s.by?.name ?? t("person.unknown");
                return {
                  at: s.at,
                  key: `t-${s.at}-${s.to}`,
                  text: s.assignee
                    ? t("queue.assignment", { by, assignee: s.assignee.name })
                    : t("queue.transition", {
                        from: label("WarningStatus", s.from),
                        to: label("WarningStatus", s.to),
                        by,
                      }),
                  note: s.note,
                };
              }),
              ...detail.escalations.map((s) => ({
                at: s.at,
                key: `e-${s.at}-${s.toTier}`,
                text: t("queue.escalation", {
                  from: label("EscalationTier", s.fromTier),
                  to: label("EscalationTier", s.toTier),
                  stage: label("WarningStatus", s.stage),
                }),
                note: null,
              })),
            ]
              .sort((a, b) => a.at.localeCompare(b.at))
              .map((entry) => (
                <li key={entry.key}>
                  <time dateTime={entry.at}>{dateTime(entry.at)}</time> {entry.text}
                  {entry.note && <span className="timeline__note">{entry.note}</span>}
                </li>
              ))}
          </ol>
        ) : (
          <p className="empty">{detail ? t("queue.noHistory") : t("app.loading")}</p>
        )}
      </div>

      <div className="warning-panel__actions" aria-label={t("queue.actions")} role="group">
        {warning.status === "CLOSED" && <p className="empty">{t("queue.closedNoActions")}</p>}
        {shown.assign && (
          <div className="action">
            <button
              type="button"
              className="button"
              data-action="assign"
              disabled={busy}
              onClick={assignToMe}
            >
              {t("queue.assignToMe")}
            </button>
            <ActionError failure={errorFor("assign")} />
          </div>
        )}
        {shown.advance && step && (
          <form className="action" data-action="advance" onSubmit={submitAdvance}>
            <label htmlFor={stepId} className="action__label">
              {t("queue.advanceTo")}
            </label>
            <select
              id={stepId}
              className="select"
              value={step}
              onChange={(e) => setTo(e.target.value as WarningStatus)}
            >
              {steps.map((s) => (
                <option key={s} value={s}>
                  {label("WarningStatus", s)}
                </option>
              ))}
            </select>
            <label htmlFor={noteId} className="action__label">
              {t("queue.note")}
            </label>
            <textarea
              id={noteId}
              className="textarea"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="submit" className="button" disabled={busy}>
              {t("queue.advance", { to: label("WarningStatus", step) })}
            </button>
            <ActionError failure={errorFor("advance")} />
          </form>
        )}
        {shown.close && (
          <form className="action" data-action="close" onSubmit={submitClose}>
            <label htmlFor={outcomeId} className="action__label">
              {t("queue.outcome")}
            </label>
            <select
              id={outcomeId}
              className="select"
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as WarningOutcome)}
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {label("WarningOutcome", o)}
                </option>
              ))}
            </select>
            <label htmlFor={closeNoteId} className="action__label">
              {t("queue.note")}
            </label>
            <textarea
              id={closeNoteId}
              className="textarea"
              rows={2}
              maxLength={2000}
              value={closeNote}
              onChange={(e) => setCloseNote(e.target.value)}
            />
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t("queue.close")}
            </button>
            <ActionError failure={errorFor("close")} />
          </form>
        )}
        <ActionError failure={orphan} />
        {done && (
          <p className="action-done" role="status" data-action-done={done}>
            {t(
              done === "assign"
                ? "queue.done.assign"
                : done === "advance"
                  ? "queue.done.advance"
                  : "queue.done.close",
            )}
          </p>
        )}
      </div>
    </div>
  );
}
