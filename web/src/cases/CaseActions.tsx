import { useApolloClient, useMutation, type OperationVariables } from "@apollo/client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, type ReactNode } from "react";
import { graphql } from "../generated";
import type { CaseOutcome, DifficultyGrade } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal, type FieldAliases } from "../graphql/formErrors";
import { MAX_DUTY_LENGTH, MAX_TEXT_LENGTH } from "../graphql/limits";
import { campusIsoDate } from "../i18n";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { ProfileSection } from "../profile/ProfileSection";
import { EmptyText } from "../ui/feedback";
import type { CasePageCase } from "./caseFragments";

// A new measure answers with itself and its case's plan, which puts it in the page's list.
export const ADD_CASE_MEASURE = graphql(`
  mutation AddCaseMeasure($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
      ...CaseMeasure_measure
      case {
        id
        ...CasePlan_case
      }
    }
  }
`);

// Every step answers with the whole case as the page shows it, so the cache updates the page.
export const RECOMMEND_GRADE = graphql(`
  mutation RecommendGrade($input: RecommendGradeInput!) {
    recommendGrade(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const CONFIRM_GRADE = graphql(`
  mutation ConfirmGrade($input: ConfirmGradeInput!) {
    confirmGrade(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const START_ASSISTANCE = graphql(`
  mutation StartAssistance($input: CaseStepInput!) {
    startAssistance(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const REVIEW_CASE = graphql(`
  mutation ReviewAssistanceCase($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const CLOSE_CASE = graphql(`
  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      id
      ...CasePage_case
    }
  }
`);

const OUTCOMES: readonly CaseOutcome[] = ["RESOLVED", "IMPROVED", "TRANSFERRED", "LEFT_UNIVERSITY"];
const GRADES: readonly DifficultyGrade[] = [
  "ESPECIALLY_DIFFICULT",
  "DIFFICULT",
  "GENERALLY_DIFFICULT",
  "NOT_DIFFICULT",
];

/** A campus date `days` from today, `YYYY-MM-DD`, for the due date a new measure starts with. */
function campusDatePlus(days: number): string {
  return campusIsoDate(new Date(Date.now() + days * 86_400_000));
}

type Values = Record<string, unknown>;

/**
 * One action: a form that checks its fields before sending; a refusal naming one of its fields
 * is shown beside that field, any other under its button. Reset and told on success.
 */
function ActionForm<TData, TVariables extends OperationVariables, TValues extends Values>({
  name,
  title,
  submit,
  mutation,
  field,
  variables,
  initialValues,
  aliases,
  children,
}: {
  name: string;
  title: MessageKey;
  submit: MessageKey;
  mutation: TypedDocumentNode<TData, TVariables>;
  field: keyof TData;
  variables: (values: TValues) => TVariables;
  initialValues?: Partial<TValues>;
  aliases?: FieldAliases;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [failure, report] = useFormRefusal(form, aliases);
  const [mutate, { loading }] = useMutation(mutation, {
    errorPolicy: "all",
    refetchQueries: ["OverdueMeasures", "AssistanceCases"],
  });
  const client = useApolloClient();
  const onFinish = async (values: TValues) => {
    report(null);
    const refused = await attempt(() => mutate({ variables: variables(values) }), field);
    report(refused);
    // The case may have moved on (another person's step): show it as it now stands.
    if (refused) void client.refetchQueries({ include: ["AssistanceCasePage"] });
    else {
      form.resetFields();
      void message.success(t("case.action.done"));
    }
  };
  return (
    <Card size="small" className="action" title={<h3 className="action__title">{t(title)}</h3>}>
      <Form
        form={form}
        name={name}
        layout="vertical"
        data-action={name}
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
      >
        {children}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t(submit)}
        </Button>
        <ActionError failure={failure} />
      </Form>
    </Card>
  );
}

function NoteField({
  required,
  labelKey = "queue.note",
}: {
  required?: boolean;
  labelKey?: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="note"
      label={t(labelKey)}
      rules={[{ required, whitespace: required }, { max: MAX_TEXT_LENGTH }]}
    >
      <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
    </Form.Item>
  );
}

const noteOf = (values: { note?: string }) => values.note?.trim() || null;

/** 责任人: a member of the task force; the lead until someone else is chosen. */
function ResponsibleField({
  members,
}: {
  members: readonly { id: string; lead: boolean; member: { id: string; name: string } | null }[];
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const ids = members.flatMap((m) => (m.member ? [m.member.id] : []));
  const fallback = members.find((m) => m.lead)?.member?.id ?? ids[0];
  const chosen = Form.useWatch<string | undefined>("responsibleId", form);
  // The task force changed (a member left): pick someone who is on it.
  useEffect(() => {
    if ((!chosen || !ids.includes(chosen)) && chosen !== fallback)
      form.setFieldValue("responsibleId", fallback);
  });
  return (
    <Form.Item
      name="responsibleId"
      label={t("case.plan.responsible")}
      rules={[{ required: true, message: t("form.choose", { label: t("case.plan.responsible") }) }]}
    >
      <Select
        placeholder={t("case.taskForce.none")}
        options={members.flatMap((m) =>
          m.member ? [{ value: m.member.id, label: m.member.name }] : [],
        )}
      />
    </Form.Item>
  );
}

/**
 * 下一步: the steps the case's stage allows, offered to staff. Whether the caller may take them is
 * the server's decision (CARE for the student, a second person to confirm a grade, ...); a refusal
 * is shown by the field it names, or under the action.
 */
export function CaseActions({
  assistanceCase: c,
  conditions,
}: {
  assistanceCase: CasePageCase;
  conditions: readonly { code: string; label: string; weight: number }[];
}) {
  const { t, label } = useI18n();

  if (c.status === "CLOSED") {
    return (
      <ProfileSection id="actions" title={t("case.section.actions")} problem={null}>
        <EmptyText>{t("case.action.closed")}</EmptyText>
      </ProfileSection>
    );
  }
  const members = c.taskForce ?? [];
  const grading = c.grading;
  const today = campusDatePlus(0);

  return (
    <ProfileSection id="actions" title={t("case.section.actions")} problem={null}>
      <div className="case-actions">
        {c.status === "DISCOVERED" && c.kind === "ECONOMIC" && !grading && (
          <ActionForm
            name="recommendGrade"
            title="case.action.recommend"
            submit="case.action.recommendSubmit"
            mutation={RECOMMEND_GRADE}
            field="recommendGrade"
            initialValues={{ conditions: [] }}
            variables={(v: { conditions?: string[]; note?: string }) => ({
              input: { caseId: c.id, conditions: v.conditions ?? [], note: noteOf(v) },
            })}
          >
            <Form.Item name="conditions" label={t("case.grading.conditions")}>
              <Checkbox.Group
                className="conditions-picker"
                options={conditions.map((condition) => ({
                  value: condition.code,
                  label: (
                    <>
                      {condition.label} <span className="muted">({condition.weight})</span>
                    </>
                  ),
                }))}
              />
            </Form.Item>
            <NoteField />
          </ActionForm>
        )}
        {c.status === "DISCOVERED" && grading && !grading.confirmedGrade && (
          <ActionForm
            name="confirmGrade"
            title="case.action.confirm"
            submit="case.action.confirmSubmit"
            mutation={CONFIRM_GRADE}
            field="confirmGrade"
            initialValues={{ grade: grading.recommendedGrade ?? undefined }}
            variables={(v: { grade: DifficultyGrade; note?: string }) => ({
              input: { caseId: c.id, grade: v.grade, note: noteOf(v) },
            })}
          >
            <Form.Item
              name="grade"
              label={t("case.grading.confirmed")}
              rules={[
                {
                  required: true,
                  message: t("form.choose", { label: t("case.grading.confirmed") }),
                },
              ]}
            >
              <Select
                options={GRADES.map((g) => ({ value: g, label: label("DifficultyGrade", g) }))}
              />
            </Form.Item>
            <NoteField />
          </ActionForm>
        )}
        {(c.status === "GRADED" ||
          (c.status === "DISCOVERED" && c.kind !== "ECONOMIC") ||
          c.status === "REVIEWED") && (
          <ActionForm
            name="startAssistance"
            title={c.status === "REVIEWED" ? "case.action.resume" : "case.action.start"}
            submit="case.action.startSubmit"
            mutation={START_ASSISTANCE}
            field="startAssistance"
            variables={(v: { note?: string }) => ({ input: { caseId: c.id, note: noteOf(v) } })}
          >
            <p className="action__hint">{t("case.action.startHint")}</p>
            {/* Moving on from 发现 or 复核 needs a reason in the history; after grading it does not. */}
            <NoteField required={c.status !== "GRADED"} />
          </ActionForm>
        )}
        {c.status === "ASSISTING" && (
          <ActionForm
            name="review"
            title="case.action.review"
            submit="case.action.reviewSubmit"
            mutation={REVIEW_CASE}
            field="reviewAssistanceCase"
            variables={(v: { note?: string }) => ({ input: { caseId: c.id, note: noteOf(v) } })}
          >
            <NoteField required labelKey="case.action.reviewNote" />
          </ActionForm>
        )}
        {c.status === "REVIEWED" && (
          <ActionForm
            name="close"
            title="case.action.close"
            submit="case.action.closeSubmit"
            mutation={CLOSE_CASE}
            field="closeAssistanceCase"
            initialValues={{ outcome: "RESOLVED" }}
            variables={(v: { outcome: CaseOutcome; note?: string }) => ({
              input: { caseId: c.id, outcome: v.outcome, note: noteOf(v) },
            })}
          >
            <Form.Item
              name="outcome"
              label={t("queue.outcome")}
              rules={[{ required: true, message: t("form.choose", { label: t("queue.outcome") }) }]}
            >
              <Select
                options={OUTCOMES.map((o) => ({ value: o, label: label("CaseOutcome", o) }))}
              />
            </Form.Item>
            <NoteField />
          </ActionForm>
        )}
        <ActionForm
          name="addMeasure"
          title="case.action.addMeasure"
          submit="case.action.addMeasureSubmit"
          mutation={ADD_CASE_MEASURE}
          field="addCaseMeasure"
          initialValues={{ dueOn: dayjs(campusDatePlus(7)) }}
          variables={(v: {
            description: string;
            responsibleId: string;
            duty: string;
            dueOn: Dayjs;
          }) => ({
            input: {
              caseId: c.id,
              description: v.description.trim(),
              responsibleId: v.responsibleId,
              duty: v.duty.trim(),
              dueOn: v.dueOn.format("YYYY-MM-DD"),
            },
          })}
        >
          <Form.Item
            name="description"
            label={t("case.plan.measure")}
            rules={[{ required: true, whitespace: true }, { max: MAX_TEXT_LENGTH }]}
          >
            <Input maxLength={MAX_TEXT_LENGTH} />
          </Form.Item>
          <ResponsibleField members={members} />
          <Form.Item
            name="duty"
            label={t("case.plan.duty")}
            rules={[{ required: true, whitespace: true }, { max: MAX_DUTY_LENGTH }]}
          >
            <Input maxLength={MAX_DUTY_LENGTH} />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label={t("case.plan.dueOn")}
            rules={[
              { required: true, message: t("form.choose", { label: t("case.plan.dueOn") }) },
              {
                validator: (_, value: Dayjs | null | undefined) =>
                  !value || value.format("YYYY-MM-DD") >= today
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("form.notBeforeToday"))),
              },
            ]}
          >
            <DatePicker
              className="date-input"
              disabledDate={(day) => day.format("YYYY-MM-DD") < today}
            />
          </Form.Item>
        </ActionForm>
      </div>
    </ProfileSection>
  );
}
