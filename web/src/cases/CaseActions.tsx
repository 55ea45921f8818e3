import { useApolloClient, useMutation, type OperationVariables } from "@apollo/client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../generated";
import type { CaseOutcome, DifficultyGrade } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { campusIsoDate } from "../i18n";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { ProfileSection } from "../profile/ProfileSection";
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

/** One action: a form whose refusal is shown under its button; cleared and told on success. */
function ActionForm<TData, TVariables extends OperationVariables>({
  name,
  title,
  submit,
  mutation,
  field,
  variables,
  onDone,
  children,
}: {
  name: string;
  title: MessageKey;
  submit: MessageKey;
  mutation: TypedDocumentNode<TData, TVariables>;
  field: keyof TData;
  variables: () => TVariables | null;
  onDone?: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [mutate, { loading }] = useMutation(mutation, {
    errorPolicy: "all",
    refetchQueries: ["OverdueMeasures", "AssistanceCases"],
  });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const client = useApolloClient();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const vars = variables();
    if (!vars) return;
    setFailure(null);
    setDone(false);
    const refused = await attempt(() => mutate({ variables: vars }), field);
    setFailure(refused);
    // The case may have moved on (another person's step): show it as it now stands.
    if (refused) void client.refetchQueries({ include: ["AssistanceCasePage"] });
    if (!refused) {
      setDone(true);
      onDone?.();
    }
  };
  return (
    <form className="action" data-action={name} onSubmit={(e) => void onSubmit(e)}>
      <h3 className="action__title">{t(title)}</h3>
      {children}
      <button type="submit" className="button" disabled={loading}>
        {t(submit)}
      </button>
      <ActionError failure={failure} />
      {done && (
        <p className="action-done" role="status" data-action-done={name}>
          {t("case.action.done")}
        </p>
      )}
    </form>
  );
}

function NoteField({
  value,
  onChange,
  required,
  labelKey = "queue.note",
}: {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  labelKey?: MessageKey;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="action__label">
        {t(labelKey)}
      </label>
      <textarea
        id={id}
        className="textarea"
        rows={2}
        maxLength={2000}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/**
 * 下一步: the steps the case's stage allows, offered to staff. Whether the caller may take them is
 * the server's decision (CARE for the student, a second person to confirm a grade, ...); a refusal
 * is shown under the action.
 */
export function CaseActions({
  assistanceCase: c,
  conditions,
}: {
  assistanceCase: CasePageCase;
  conditions: readonly { code: string; label: string; weight: number }[];
}) {
  const { t, label } = useI18n();
  const ids = {
    description: useId(),
    responsible: useId(),
    duty: useId(),
    dueOn: useId(),
    grade: useId(),
    outcome: useId(),
  };
  const [measure, setMeasure] = useState({
    description: "",
    responsibleId: "",
    duty: "",
    dueOn: campusDatePlus(7),
  });
  const [met, setMet] = useState<string[]>([]);
  const [gradeNote, setGradeNote] = useState("");
  const [grade, setGrade] = useState<DifficultyGrade | "">("");
  const [stepNote, setStepNote] = useState("");
  const [outcome, setOutcome] = useState<CaseOutcome>("RESOLVED");

  if (c.status === "CLOSED") {
    return (
      <ProfileSection id="actions" title={t("case.section.actions")} problem={null}>
        <p className="empty">{t("case.action.closed")}</p>
      </ProfileSection>
    );
  }
  const members = c.taskForce ?? [];
  const responsibleId =
    measure.responsibleId ||
    members.find((m) => m.lead)?.member?.id ||
    members[0]?.member?.id ||
    "";
  const grading = c.grading;
  const confirmGrade = grade || grading?.recommendedGrade || "";

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
            variables={() => ({
              input: { caseId: c.id, conditions: met, note: gradeNote.trim() || null },
            })}
          >
            <fieldset className="conditions-picker">
              <legend className="action__label">{t("case.grading.conditions")}</legend>
              {conditions.map((condition) => (
                <label key={condition.code} className="checkbox">
                  <input
                    type="checkbox"
                    value={condition.code}
                    checked={met.includes(condition.code)}
                    onChange={(e) =>
                      setMet(
                        e.target.checked
                          ? [...met, condition.code]
                          : met.filter((x) => x !== condition.code),
                      )
                    }
                  />
                  {condition.label} <span className="muted">({condition.weight})</span>
                </label>
              ))}
            </fieldset>
            <NoteField value={gradeNote} onChange={setGradeNote} />
          </ActionForm>
        )}
        {c.status === "DISCOVERED" && grading && !grading.confirmedGrade && (
          <ActionForm
            name="confirmGrade"
            title="case.action.confirm"
            submit="case.action.confirmSubmit"
            mutation={CONFIRM_GRADE}
            field="confirmGrade"
            variables={() =>
              confirmGrade
                ? { input: { caseId: c.id, grade: confirmGrade, note: gradeNote.trim() || null } }
                : null
            }
          >
            <label htmlFor={ids.grade} className="action__label">
              {t("case.grading.confirmed")}
            </label>
            <select
              id={ids.grade}
              className="select"
              value={confirmGrade}
              onChange={(e) => setGrade(e.target.value as DifficultyGrade)}
            >
              {GRADES.map((g) => (
                <option key={g} value={g}>
                  {label("DifficultyGrade", g)}
                </option>
              ))}
            </select>
            <NoteField value={gradeNote} onChange={setGradeNote} />
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
            variables={() => ({ input: { caseId: c.id, note: stepNote.trim() || null } })}
            onDone={() => setStepNote("")}
          >
            <p className="action__hint">{t("case.action.startHint")}</p>
            <NoteField value={stepNote} onChange={setStepNote} />
          </ActionForm>
        )}
        {c.status === "ASSISTING" && (
          <ActionForm
            name="review"
            title="case.action.review"
            submit="case.action.reviewSubmit"
            mutation={REVIEW_CASE}
            field="reviewAssistanceCase"
            variables={() => ({ input: { caseId: c.id, note: stepNote.trim() || null } })}
            onDone={() => setStepNote("")}
          >
            <NoteField value={stepNote} onChange={setStepNote} labelKey="case.action.reviewNote" />
          </ActionForm>
        )}
        {c.status === "REVIEWED" && (
          <ActionForm
            name="close"
            title="case.action.close"
            submit="case.action.closeSubmit"
            mutation={CLOSE_CASE}
            field="closeAssistanceCase"
            variables={() => ({ input: { caseId: c.id, outcome, note: stepNote.trim() || null } })}
            onDone={() => setStepNote("")}
          >
            <label htmlFor={ids.outcome} className="action__label">
              {t("queue.outcome")}
            </label>
            <select
              id={ids.outcome}
              className="select"
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as CaseOutcome)}
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {label("CaseOutcome", o)}
                </option>
              ))}
            </select>
            <NoteField value={stepNote} onChange={setStepNote} />
          </ActionForm>
        )}
        <ActionForm
          name="addMeasure"
          title="case.action.addMeasure"
          submit="case.action.addMeasureSubmit"
          mutation={ADD_CASE_MEASURE}
          field="addCaseMeasure"
          variables={() => ({
            input: {
              caseId: c.id,
              description: measure.description.trim(),
              responsibleId,
              duty: measure.duty.trim(),
              dueOn: measure.dueOn,
            },
          })}
          onDone={() => setMeasure({ ...measure, description: "", duty: "" })}
        >
          <label htmlFor={ids.description} className="action__label">
            {t("case.plan.measure")}
          </label>
          <input
            id={ids.description}
            className="input"
            required
            maxLength={2000}
            value={measure.description}
            onChange={(e) => setMeasure({ ...measure, description: e.target.value })}
          />
          <label htmlFor={ids.responsible} className="action__label">
            {t("case.plan.responsible")}
          </label>
          <select
            id={ids.responsible}
            className="select"
            required
            value={responsibleId}
            onChange={(e) => setMeasure({ ...measure, responsibleId: e.target.value })}
          >
            {members.length === 0 && <option value="">{t("case.taskForce.none")}</option>}
            {members.map(
              (m) =>
                m.member && (
                  <option key={m.id} value={m.member.id}>
                    {m.member.name}
                  </option>
                ),
            )}
          </select>
          <label htmlFor={ids.duty} className="action__label">
            {t("case.plan.duty")}
          </label>
          <input
            id={ids.duty}
            className="input"
            required
            maxLength={200}
            value={measure.duty}
            onChange={(e) => setMeasure({ ...measure, duty: e.target.value })}
          />
          <label htmlFor={ids.dueOn} className="action__label">
            {t("case.plan.dueOn")}
          </label>
          <input
            id={ids.dueOn}
            className="input"
            type="date"
            required
            min={campusDatePlus(0)}
            value={measure.dueOn}
            onChange={(e) => setMeasure({ ...measure, dueOn: e.target.value })}
          />
        </ActionForm>
      </div>
    </ProfileSection>
  );
}
