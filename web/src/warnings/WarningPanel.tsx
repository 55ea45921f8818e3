import { useMutation, useQuery } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { App, Button, Descriptions, Form, Input, Select } from "antd";
import { useEffect, useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { WarningOutcome, WarningStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { History, type HistoryEntry } from "../ui/History";
import { ReferToPsychology } from "./ReferToPsychology";
import { Link, paths } from "../router";
import type { WarningRowWarning } from "./WarningRow";
import {
  AssignToColleague,
  OpenCaseFromWarning,
  TalkRecords,
  WarningCases,
  WarningExplanation,
} from "./WarningCasework";

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
      ...WarningCasework_warning
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
      ...WarningCasework_warning
    }
  }
`);

export const ADVANCE_WARNING = graphql(`
  mutation AdvanceWarning($warningId: ID!, $to: WarningStatus!, $note: String) {
    advanceWarning(warningId: $warningId, to: $to, note: $note) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
      ...WarningCasework_warning
    }
  }
`);

export const CLOSE_WARNING = graphql(`
  mutation CloseWarning($input: CloseWarningInput!) {
    closeWarning(input: $input) {
      id
      ...WarningRow_warning
      ...WarningPanel_warning
      ...WarningCasework_warning
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

/** Runs one action: the refusal (if any) comes back, the warning having been re-read. */
type Run = <T>(
  action: Action,
  mutate: () => Promise<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }>,
  field: keyof T,
) => Promise<ActionFailure | null>;

/** 推进: the next stage the server allows (研判, 干预, 追踪), with a note for the history. */
function AdvanceForm({
  warning,
  steps,
  run,
  busy,
}: {
  warning: WarningRowWarning;
  steps: readonly WarningStatus[];
  run: Run;
  busy: boolean;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ step: WarningStatus; note?: string }>();
  const [failure, report] = useFormRefusal(form);
  const [advance, { loading }] = useMutation(ADVANCE_WARNING, {
    refetchQueries: REFRESH_AFTER_STEP,
    errorPolicy: "all",
  });
  const chosen = Form.useWatch("step", form);
  const first = steps[0];
  const step = chosen && steps.includes(chosen) ? chosen : first;
  // The warning moved on (a step, or a re-read after a refusal): offer its first next step again.
  useEffect(() => {
    const current: unknown = form.getFieldValue("step");
    if (first && !steps.some((s) => s === current)) form.setFieldValue("step", first);
  }, [first, steps, form]);
  if (!step) return null;
  const submit = async ({ note }: { note?: string }) => {
    const refused = await run(
      "advance",
      () => advance({ variables: { warningId: warning.id, to: step, note: note?.trim() || null } }),
      "advanceWarning",
    );
    report(refused);
    if (!refused) form.setFieldValue("note", "");
  };
  return (
    <Form
      form={form}
      name={`advance-${warning.id}`}
      layout="vertical"
      className="action"
      data-action="advance"
      initialValues={{ step }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="step" label={t("queue.advanceTo")} rules={[{ required: true }]}>
        <Select options={steps.map((s) => ({ value: s, label: label("WarningStatus", s) }))} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t("queue.note")}
        rules={[
          { max: MAX_TEXT_LENGTH },
          // 研判 is a judgement: the server refuses it without a note, and so does the form.
          { required: step === "ASSESSED", whitespace: true, message: t("casework.assessNote") },
        ]}
      >
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} disabled={busy && !loading}>
        {t("queue.advance", { to: label("WarningStatus", step) })}
      </Button>
      <ActionError failure={failure} fields={{ to: "queue.advanceTo" }} />
    </Form>
  );
}

/** 关闭预警: how it ended, and a note. */
function CloseForm({
  warning,
  run,
  busy,
}: {
  warning: WarningRowWarning;
  run: Run;
  busy: boolean;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ outcome: WarningOutcome; note?: string }>();
  const [failure, report] = useFormRefusal(form);
  const [close, { loading }] = useMutation(CLOSE_WARNING, {
    refetchQueries: REFRESH_AFTER_STEP,
    errorPolicy: "all",
  });
  const submit = async ({ outcome, note }: { outcome: WarningOutcome; note?: string }) => {
    report(
      await run(
        "close",
        () =>
          close({
            variables: { input: { warningId: warning.id, outcome, note: note?.trim() || null } },
          }),
        "closeWarning",
      ),
    );
  };
  return (
    <Form
      form={form}
      name={`close-${warning.id}`}
      layout="vertical"
      className="action"
      data-action="close"
      initialValues={{ outcome: "RESOLVED" }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="outcome"
        label={t("queue.outcome")}
        rules={[{ required: true, message: t("form.choose", { label: t("queue.outcome") }) }]}
      >
        <Select options={OUTCOMES.map((o) => ({ value: o, label: label("WarningOutcome", o) }))} />
      </Form.Item>
      <Form.Item name="note" label={t("queue.note")} rules={[{ max: MAX_TEXT_LENGTH }]}>
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button htmlType="submit" loading={loading} disabled={busy && !loading}>
        {t("queue.close")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

export function WarningPanel({ warning: row, id }: { warning: WarningRowWarning; id: string }) {
  const { t, label, dateTime } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const me = session?.user.personId ?? null;
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
  const [pending, setPending] = useState<Action | null>(null);
  const [assign, assigning] = useMutation(ASSIGN_WARNING, {
    refetchQueries: REFRESH_AFTER_STEP,
    errorPolicy: "all",
  });

  // What the caller may do is the server's answer (availableActions, from the mutations' guards);
  // until the detail has come, nothing is offered. Assigning and closing have their own actions;
  // advancing takes the steps in between.
  const actions = detail?.availableActions ?? [];
  const STEP_ACTION = { ASSESSED: "ASSESS", INTERVENING: "INTERVENE", TRACKING: "TRACK" } as const;
  const steps: WarningStatus[] = warning.nextStatuses.filter(
    (status) =>
      status !== "ASSIGNED" &&
      status !== "CLOSED" &&
      (status === "OPEN" || actions.includes(STEP_ACTION[status])),
  );

  /** Runs one action; a refusal stays next to it, and the warning is re-read (it may have moved on). */
  const run: Run = async (action, mutate, field) => {
    setFailure(null);
    setPending(action);
    const refused = await attempt(mutate, field);
    setPending(null);
    if (refused) {
      setFailure({ action, failure: refused });
      void refetch().catch(() => {});
      return refused;
    }
    void message.success(
      t(
        action === "assign"
          ? "queue.done.assign"
          : action === "advance"
            ? "queue.done.advance"
            : "queue.done.close",
      ),
    );
    return null;
  };

  const assignToMe = () => {
    if (me)
      void run(
        "assign",
        () =>
          assign({ variables: { input: { warningId: warning.id, assigneeId: me, note: null } } }),
        "assignWarning",
      );
  };
  const shown: Record<Action, boolean> = {
    assign: actions.includes("ASSIGN") && me !== null && warning.assignee?.id !== me,
    advance: steps.length > 0,
    close: actions.includes("CLOSE"),
  };
  const busy = pending !== null;
  // The re-read after a refusal may have removed the action (the warning moved on): keep the reason.
  const orphan = failure && !shown[failure.action] ? failure.failure : null;
  const summaryRestricted = forbiddenAt(errors, "summary");
  const evidenceRestricted = forbiddenAt(errors, "evidence");

  const history: HistoryEntry[] = detail
    ? [
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
      ].sort((a, b) => a.at.localeCompare(b.at))
    : [];

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
        <Descriptions
          className="facts"
          size="small"
          column={1}
          items={[
            {
              key: "raisedAt",
              label: t("warnings.raisedAt"),
              children: <time dateTime={warning.raisedAt}>{dateTime(warning.raisedAt)}</time>,
            },
            {
              key: "dueAt",
              label: t("queue.dueAt"),
              children: warning.dueAt ? (
                <time dateTime={warning.dueAt}>{dateTime(warning.dueAt)}</time>
              ) : (
                t("app.none")
              ),
            },
            {
              key: "rule",
              label: t("queue.rule"),
              children: detail?.ruleVersion ? (
                <span>
                  {t("queue.ruleValue", {
                    name: detail.ruleVersion.rule.name,
                    code: detail.ruleVersion.rule.code,
                    version: detail.ruleVersion.version,
                  })}
                  <span className="rule-description">{detail.ruleVersion.description}</span>
                </span>
              ) : (
                t("app.none")
              ),
            },
            ...(detail?.outcome
              ? [
                  {
                    key: "outcome",
                    label: t("queue.outcome"),
                    children: (
                      <span data-outcome={detail.outcome}>
                        {label("WarningOutcome", detail.outcome)}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {detail && detail.evidence && (
          <WarningExplanation level={warning.level} evidence={detail.evidence} />
        )}
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
          <EmptyText>{t("app.none")}</EmptyText>
        )}
        <h3 className="warning-panel__heading">{t("queue.history")}</h3>
        {history.length > 0 ? (
          <History entries={history} />
        ) : (
          <EmptyText>{detail ? t("queue.noHistory") : t("app.loading")}</EmptyText>
        )}
        {warning.person && (
          <p className="warning-panel__links">
            <Link to={paths.person(warning.person.id)} data-profile-link={warning.person.id}>
              {t("casework.profileLink")}
            </Link>{" "}
            <Link to={paths.warning(warning.id)} data-warning-link={warning.id}>
              {t("casework.warningLink")}
            </Link>
          </p>
        )}
        {detail?.cases && <WarningCases cases={detail.cases} />}
        {detail && (
          <TalkRecords
            talks={detail.talks}
            warningId={warning.id}
            canRecord={actions.includes("RECORD_TALK")}
            refetch={refetch}
          />
        )}
      </div>

      <div className="warning-panel__actions" aria-label={t("queue.actions")} role="group">
        {warning.status === "CLOSED" && <EmptyText>{t("queue.closedNoActions")}</EmptyText>}
        {shown.assign && (
          <div className="action">
            <Button
              type="primary"
              data-action="assign"
              loading={assigning.loading}
              disabled={busy && !assigning.loading}
              onClick={assignToMe}
            >
              {t("queue.assignToMe")}
            </Button>
            <ActionError failure={failure?.action === "assign" ? failure.failure : null} />
          </div>
        )}
        {shown.advance && <AdvanceForm warning={warning} steps={steps} run={run} busy={busy} />}
        {shown.close && <CloseForm warning={warning} run={run} busy={busy} />}
        {actions.includes("ASSIGN") && (
          <AssignToColleague
            warningId={warning.id}
            currentAssignee={warning.assignee?.id ?? null}
            me={me}
          />
        )}
        {actions.includes("ASSIGN") && warning.person && (
          <OpenCaseFromWarning
            warningId={warning.id}
            personId={warning.person.id}
            category={warning.category}
          />
        )}
        {actions.includes("REFER_TO_PSYCHOLOGY") && warning.person && (
          <ReferToPsychology personId={warning.person.id} />
        )}
        <ActionError failure={orphan} />
      </div>
    </div>
  );
}
