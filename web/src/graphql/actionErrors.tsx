import { ApolloError } from "@apollo/client";
import { Alert } from "antd";
import type { GraphQLFormattedError } from "graphql";
import type { MessageKey } from "../i18n/zh";
import { useI18n } from "../i18n/I18nProvider";

/** What a refused or failed mutation means to the person who tried it, by the platform's error codes. */
export type ActionProblem =
  "badInput" | "forbidden" | "conflict" | "notFound" | "rateLimited" | "failed";

export interface ActionFailure {
  problem: ActionProblem;
  /** The server's own words (English, for the record); behind a "details" toggle under the explanation. */
  detail: string | null;
  /** The input field the server named, when it named one. */
  field: string | null;
  /** The error's extensions (code, field and what the refusal names), for a form that says more. */
  extensions?: Readonly<Record<string, unknown>>;
}

const PROBLEM_BY_CODE: Record<string, ActionProblem> = {
  BAD_USER_INPUT: "badInput",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  NOT_FOUND: "notFound",
  RATE_LIMITED: "rateLimited",
};

/**
 * Reads a mutation's error (a thrown ApolloError, or the errors of a result with no data): the
 * first GraphQL error decides; a network failure is "failed".
 */
export function actionFailure(error: unknown): ActionFailure {
  const graphQLErrors: readonly GraphQLFormattedError[] =
    error instanceof ApolloError ? error.graphQLErrors : Array.isArray(error) ? error : [];
  const first = graphQLErrors[0];
  if (!first) return { problem: "failed", detail: null, field: null };
  const code = typeof first.extensions?.code === "string" ? first.extensions.code : "";
  const field = typeof first.extensions?.field === "string" ? first.extensions.field : null;
  return {
    problem: PROBLEM_BY_CODE[code] ?? "failed",
    detail: first.message,
    field,
    extensions: first.extensions ?? {},
  };
}

const MESSAGE: Record<ActionProblem, MessageKey> = {
  badInput: "action.error.badInput",
  forbidden: "action.error.forbidden",
  conflict: "action.error.conflict",
  notFound: "action.error.notFound",
  rateLimited: "action.error.rateLimited",
  failed: "action.error.failed",
};

/** The input fields the server may name in a refusal, by the label the forms show them with. */
const FIELD_LABEL: Record<string, MessageKey> = {
  note: "queue.note",
  to: "queue.advanceTo",
  outcome: "queue.outcome",
  assigneeId: "queue.col.assignee",
  description: "case.plan.measure",
  duty: "case.plan.duty",
  dueOn: "case.plan.dueOn",
  responsibleId: "case.plan.responsible",
  grade: "case.grading.confirmed",
  conditions: "case.grading.conditions",
  memberId: "taskForce.member",
  windowDays: "rules.windowDays",
  summaryTemplate: "rules.summaryTemplate",
};

/** The refusal, next to the action that caused it; announced to screen readers. `fields` labels a form's own fields (over the common ones). */
export function ActionError({
  failure,
  fields,
  explain,
}: {
  failure: ActionFailure | null;
  fields?: Readonly<Record<string, MessageKey>>;
  /** The form's own words for this refusal, when it can say more than its kind (null: the kind's). */
  explain?: (failure: ActionFailure) => string | null;
}) {
  const { t } = useI18n();
  if (!failure) return null;
  const explained = explain?.(failure) ?? null;
  const field =
    failure.problem === "badInput" && failure.field
      ? (fields?.[failure.field] ?? FIELD_LABEL[failure.field])
      : undefined;
  return (
    <Alert
      type="error"
      showIcon
      className="action-error"
      data-action-error={failure.problem}
      data-field={failure.field ?? undefined}
      title={explained ?? t(MESSAGE[failure.problem])}
      description={
        (field || failure.detail) && (
          <>
            {field && (
              <p className="action-error__field">{t("action.error.field", { field: t(field) })}</p>
            )}
            {failure.detail && (
              <details className="action-error__detail">
                <summary>{t("action.error.details")}</summary>
                <p lang="en">{failure.detail}</p>
              </details>
            )}
          </>
        )
      }
    />
  );
}

/**
 * Runs a mutation with `errorPolicy: "all"` and says whether it was refused: refused when the
 * mutation's field came back empty. An error elsewhere in an applied mutation's answer (a nested
 * field another subgraph could not resolve) does not undo it, so it is not a refusal.
 */
export async function attempt<T>(
  mutate: () => Promise<{ data?: T | null; errors?: readonly GraphQLFormattedError[] }>,
  field: keyof T,
): Promise<ActionFailure | null> {
  try {
    const result = await mutate();
    if (result.data && result.data[field] !== null && result.data[field] !== undefined) return null;
    return actionFailure(result.errors ?? []);
  } catch (error) {
    return actionFailure(error);
  }
}
