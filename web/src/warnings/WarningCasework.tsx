import { useMutation, useQuery } from "@apollo/client";
import { App, Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../generated";
import type { CaseKind, WarningCategory, WarningLevel } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";

/**
 * What a warning's panel needs beyond the row for casework: what the caller may do (the server's
 * `availableActions`, from the guards the mutations run), the cases opened from it, and its talk
 * records (谈心谈话记录; a summary is CARE, null with FORBIDDEN for others).
 */
export const WarningCasework_warning = graphql(`
  fragment WarningCasework_warning on Warning {
    id
    availableActions
    cases {
      id
      status
      openedAt
    }
    talks {
      id
      talkedAt
      summary
      by {
        id
        name
      }
    }
  }
`);

export const ASSIGNEES = graphql(`
  query WarningAssignees($id: ID!) {
    warning(id: $id) {
      id
      person {
        id
        responsibleStaff {
          personId
          role
          name
        }
      }
    }
  }
`);

export const ASSIGN_TO_COLLEAGUE = graphql(`
  mutation AssignWarningToColleague($input: AssignWarningInput!) {
    assignWarning(input: $input) {
      id
      ...WarningRow_warning
      ...WarningCasework_warning
    }
  }
`);

const OPEN_CASE_FROM_WARNING = graphql(`
  mutation OpenCaseFromWarning($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
    }
  }
`);

const RECORD_TALK = graphql(`
  mutation RecordTalk($input: RecordTalkInput!) {
    recordTalk(input: $input) {
      id
    }
  }
`);

/** The kind of case a warning's category most often leads to; the form lets it be changed. */
const KIND_FOR: Record<WarningCategory, CaseKind> = {
  ACADEMIC: "ACADEMIC",
  BEHAVIOUR: "OTHER",
  MENTAL_HEALTH: "MENTAL_HEALTH",
  FINANCIAL: "ECONOMIC",
  SAFETY: "OTHER",
};
const CASE_KINDS: readonly CaseKind[] = [
  "ECONOMIC",
  "ACADEMIC",
  "MENTAL_HEALTH",
  "FAMILY",
  "OTHER",
];

const LEVEL_KEY: Record<WarningLevel, MessageKey> = {
  YELLOW: "casework.level.YELLOW",
  ORANGE: "casework.level.ORANGE",
  RED: "casework.level.RED",
};

/**
 * Why the warning was raised, as a sentence per piece of evidence: "缺课次数合计（近28天）为 5，
 * 达到橙色预警阈值（≥ 4）". The values are the evidence the engine kept with the warning.
 */
export function WarningExplanation({
  level,
  evidence,
}: {
  level: WarningLevel;
  evidence: readonly { indicator: string; value: string; threshold?: string | null }[];
}) {
  const { t } = useI18n();
  const sentences = evidence.filter((e) => e.threshold);
  if (!sentences.length) return null;
  return (
    <p className="warning-explanation" data-explanation="true">
      {sentences
        .map((e) =>
          t("casework.explain", {
            indicator: e.indicator,
            value: e.value,
            level: t(LEVEL_KEY[level]),
            threshold: e.threshold ?? "",
          }),
        )
        .join(t("casework.explainJoin"))}
    </p>
  );
}

/** The cases opened from this warning, each a link to its page. */
export function WarningCases({ cases }: { cases: readonly { id: string; status: string }[] }) {
  const { t, dateTime } = useI18n();
  if (!cases.length) return null;
  return (
    <ul className="warning-cases" aria-label={t("casework.cases")}>
      {(cases as readonly { id: string; status: string; openedAt?: string }[]).map((c) => (
        <li key={c.id}>
          <Link to={paths.assistanceCase(c.id)} data-case-link={c.id}>
            {t("casework.caseLink", { at: c.openedAt ? dateTime(c.openedAt) : "" })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** 分派给同事: a colleague on duty for this student (the server checks their duty covers them). */
export function AssignToColleague({
  warningId,
  currentAssignee,
  me,
}: {
  warningId: string;
  currentAssignee: string | null;
  me: string | null;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data } = useQuery(ASSIGNEES, { variables: { id: warningId }, errorPolicy: "all" });
  const [assign, { loading }] = useMutation(ASSIGN_TO_COLLEAGUE, {
    refetchQueries: ["WarningQueueSummary", "WarningDetail"],
    errorPolicy: "all",
  });
  const [form] = Form.useForm<{ assigneeId: string; note?: string }>();
  const [failure, report] = useFormRefusal(form);
  // One entry per person: someone on duty twice (counselor and adviser) is offered once.
  const staff = [
    ...new Map(
      (data?.warning?.person?.responsibleStaff ?? [])
        .filter((s) => s.personId !== me && s.personId !== currentAssignee)
        .map((s) => [s.personId, s]),
    ).values(),
  ];
  const submit = async ({ assigneeId, note }: { assigneeId: string; note?: string }) => {
    const refused = await attempt(
      () =>
        assign({
          variables: { input: { warningId, assigneeId, note: note?.trim() || null } },
        }),
      "assignWarning",
    );
    report(refused);
    if (!refused) {
      form.resetFields();
      void message.success(t("queue.done.assign"));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      data-action="assign-colleague"
      name={`assign-colleague-${warningId}`}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="assigneeId"
        label={t("casework.assignTo")}
        rules={[{ required: true, message: t("form.choose", { label: t("casework.assignTo") }) }]}
      >
        <Select
          placeholder={t("casework.assignToPlaceholder")}
          notFoundContent={t("casework.noColleagues")}
          options={staff.map((s) => ({
            value: s.personId,
            label: `${s.name}（${t(`casework.staffRole.${s.role}` as MessageKey)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("queue.note")} rules={[{ max: MAX_TEXT_LENGTH }]}>
        <Input.TextArea rows={1} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t("casework.assign")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

/** 开个案: opens an assistance case from this warning and goes to its page. */
export function OpenCaseFromWarning({
  warningId,
  personId,
  category,
}: {
  warningId: string;
  personId: string;
  category: WarningCategory;
}) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ summary: string; kind: CaseKind }>();
  const [failure, report] = useFormRefusal(form);
  const [openCase, { loading }] = useMutation(OPEN_CASE_FROM_WARNING, { errorPolicy: "all" });
  if (!open)
    return (
      <div className="action">
        <Button data-action="open-case" onClick={() => setOpen(true)}>
          {t("casework.openCase")}
        </Button>
      </div>
    );
  const submit = async ({ summary, kind }: { summary: string; kind: CaseKind }) => {
    let id: string | null = null;
    const refused = await attempt(async () => {
      const result = await openCase({
        variables: {
          input: { personId, warningId, source: "WARNING", kind, summary: summary.trim() },
        },
      });
      id = result.data?.openAssistanceCase?.id ?? null;
      return result;
    }, "openAssistanceCase");
    report(refused);
    if (!refused && id) void navigate(paths.assistanceCase(id));
  };
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      data-action="open-case-form"
      name={`open-case-${warningId}`}
      initialValues={{ kind: KIND_FOR[category] }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="kind" label={t("casework.caseKind")} rules={[{ required: true }]}>
        <Select options={CASE_KINDS.map((k) => ({ value: k, label: label("CaseKind", k) }))} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t("casework.caseSummary")}
        rules={[
          { required: true, whitespace: true, message: t("casework.caseSummaryRequired") },
          { max: MAX_TEXT_LENGTH },
        ]}
      >
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("casework.openCaseSubmit")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

/** The current campus time as a datetime-local value. */
function nowLocal(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** 谈心谈话记录 of a warning or a case: the list, and (when offered) a form to add one. */
export function TalkRecords({
  talks,
  warningId,
  caseId,
  canRecord,
  refetch,
}: {
  talks: readonly {
    id: string;
    talkedAt: string;
    summary?: string | null;
    by?: { name: string } | null;
  }[];
  warningId?: string;
  caseId?: string;
  canRecord: boolean;
  refetch: () => unknown;
}) {
  const { t, dateTime } = useI18n();
  const [form] = Form.useForm<{ talkedAt: string; summary: string }>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [record, { loading }] = useMutation(RECORD_TALK, { errorPolicy: "all" });
  const submit = async ({ talkedAt, summary }: { talkedAt: string; summary: string }) => {
    const refused = await attempt(
      () =>
        record({
          variables: {
            input: {
              warningId: warningId ?? null,
              caseId: caseId ?? null,
              talkedAt: new Date(talkedAt).toISOString(),
              summary: summary.trim(),
            },
          },
        }),
      "recordTalk",
    );
    setFailure(refused);
    if (!refused) {
      form.resetFields();
      form.setFieldValue("talkedAt", nowLocal());
      void refetch();
    }
  };
  return (
    <div className="talks" data-talks="true">
      <h3 className="warning-panel__heading">{t("casework.talks")}</h3>
      {talks.length ? (
        <ul className="talks__list">
          {talks.map((talk) => (
            <li key={talk.id} data-talk={talk.id}>
              <time dateTime={talk.talkedAt}>{dateTime(talk.talkedAt)}</time>{" "}
              <span>{talk.by?.name ?? t("person.unknown")}</span>
              {t("app.colon")}
              <span className={talk.summary ? undefined : "restricted"}>
                {talk.summary ?? t("contact.restricted")}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyText>{t("casework.noTalks")}</EmptyText>
      )}
      {canRecord && (
        <Form
          form={form}
          layout="vertical"
          className="action"
          data-action="record-talk"
          name={`talk-${warningId ?? caseId ?? ""}`}
          initialValues={{ talkedAt: nowLocal() }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="talkedAt" label={t("casework.talkedAt")} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t("casework.talkSummary")}
            rules={[
              { required: true, whitespace: true, message: t("casework.talkSummaryRequired") },
              { max: MAX_TEXT_LENGTH },
            ]}
          >
            <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
          </Form.Item>
          <Button htmlType="submit" loading={loading}>
            {t("casework.recordTalk")}
          </Button>
          <ActionError failure={failure} />
        </Form>
      )}
    </div>
  );
}
