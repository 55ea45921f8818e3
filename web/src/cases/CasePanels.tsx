import { useApolloClient, useMutation } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { Button, Space, Tag } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { MeasureStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { Facts, ProfileSection } from "../profile/ProfileSection";
import { EmptyText } from "../ui/feedback";
import { History } from "../ui/History";
import { DataTable, dataAttributes } from "../ui/layout";
import { StatusTag, progressTone } from "../ui/tags";
import { problemOf, type SectionProblem } from "../profile/sectionErrors";
import type {
  CaseGradingCase,
  CaseHistoryCase,
  CaseMeasureRow,
  CasePlanCase,
  CaseTaskForceCase,
} from "./caseFragments";
import { AddTaskForceMember, TaskForceHistory, TaskForceMemberActions } from "./TaskForceEditor";

/** A refusal of one field inside a panel (e.g. ["assistanceCase","grading","score"]) is shown in place. */
export const forbiddenAt = (errors: readonly GraphQLFormattedError[], ...path: string[]) =>
  errors.some(
    (e) => e.extensions?.code === "FORBIDDEN" && path.every((p, i) => e.path?.[i + 1] === p),
  );

/** The panel's own problem: anything but per-field refusals inside it. */
export function panelProblem(
  errors: readonly GraphQLFormattedError[],
  depth: number,
): SectionProblem {
  return problemOf(
    errors.filter((e) => !((e.path?.length ?? 0) > depth && e.extensions?.code === "FORBIDDEN")),
  );
}

function Restricted() {
  const { t } = useI18n();
  return (
    <span className="restricted" data-restricted="true">
      {t("contact.restricted")}
    </span>
  );
}

/** 困难认定: the recommendation (conditions, score, grade, who) and the confirmation (grade, who). */
export function GradingPanel({
  assistanceCase,
  errors,
  conditionLabels,
}: {
  assistanceCase: CaseGradingCase;
  errors: readonly GraphQLFormattedError[];
  conditionLabels: ReadonlyMap<string, string>;
}) {
  const { t, label, dateTime } = useI18n();
  const { grading } = assistanceCase;
  const restricted = (field: string) => forbiddenAt(errors, "grading", field);
  // A refusal of the whole grading (rather than of its fields) is the panel's notice.
  const problem = panelProblem(errors, 2);
  return (
    <ProfileSection id="grading" title={t("case.section.grading")} problem={problem}>
      {!grading && !problem && <EmptyText>{t("case.grading.none")}</EmptyText>}
      {grading && (
        <Facts
          items={[
            {
              key: "conditions",
              label: t("case.grading.conditions"),
              value: restricted("conditions") ? (
                <Restricted />
              ) : grading.conditions && grading.conditions.length > 0 ? (
                <ul className="conditions">
                  {grading.conditions.map((code) => (
                    <li key={code}>{conditionLabels.get(code) ?? code}</li>
                  ))}
                </ul>
              ) : (
                t("case.grading.noConditions")
              ),
            },
            {
              key: "score",
              label: t("case.grading.score"),
              value: restricted("score") ? <Restricted /> : grading.score,
            },
            {
              key: "recommended",
              label: t("case.grading.recommended"),
              value: restricted("recommendedGrade") ? (
                <Restricted />
              ) : (
                <span data-grade={grading.recommendedGrade ?? undefined}>
                  {label("DifficultyGrade", grading.recommendedGrade)}
                  <span className="facts__by">
                    {t("case.by", {
                      name: grading.recommendedBy?.name ?? t("app.none"),
                      at: dateTime(grading.recommendedAt),
                    })}
                  </span>
                </span>
              ),
            },
            {
              key: "confirmed",
              label: t("case.grading.confirmed"),
              value: restricted("confirmedGrade") ? (
                <Restricted />
              ) : grading.confirmedGrade ? (
                <span data-grade={grading.confirmedGrade}>
                  {label("DifficultyGrade", grading.confirmedGrade)}
                  <span className="facts__by">
                    {t("case.by", {
                      name: grading.confirmedBy?.name ?? t("app.none"),
                      at: dateTime(grading.confirmedAt),
                    })}
                  </span>
                </span>
              ) : (
                t("case.grading.unconfirmed")
              ),
            },
            {
              key: "note",
              label: t("case.grading.note"),
              value: restricted("note") ? <Restricted /> : grading.note,
            },
          ]}
        />
      )}
    </ProfileSection>
  );
}

/** 专班: the lead first, then members, each with their duty; for staff on an open case, the editor; then its changes. */
export function TaskForcePanel({
  assistanceCase,
  errors,
  canAct,
}: {
  assistanceCase: CaseTaskForceCase;
  errors: readonly GraphQLFormattedError[];
  canAct: boolean;
}) {
  const { t } = useI18n();
  const members = [...(assistanceCase.taskForce ?? [])].sort(
    (a, b) => Number(b.lead) - Number(a.lead),
  );
  return (
    <ProfileSection id="task-force" title={t("case.section.taskForce")} problem={problemOf(errors)}>
      {members.length === 0 ? (
        <EmptyText>{t("case.taskForce.none")}</EmptyText>
      ) : (
        <ul className="task-force">
          {members.map((m) => (
            <li
              key={m.id}
              className={`task-force__member${m.lead ? " is-lead" : ""}`}
              data-member={m.member?.id}
              data-lead={m.lead ? "true" : undefined}
            >
              <span className="task-force__name">{m.member?.name ?? t("person.unknown")}</span>
              {m.lead && <Tag color="blue">{t("case.taskForce.lead")}</Tag>}
              <span className="task-force__duty">{m.duty}</span>
              {canAct && <TaskForceMemberActions caseId={assistanceCase.id} member={m} />}
            </li>
          ))}
        </ul>
      )}
      {canAct && <AddTaskForceMember caseId={assistanceCase.id} members={members} />}
      {assistanceCase.taskForceChanges && (
        <TaskForceHistory changes={assistanceCase.taskForceChanges} />
      )}
    </ProfileSection>
  );
}

export const UPDATE_CASE_MEASURE_STATUS = graphql(`
  mutation UpdateCaseMeasureStatus($input: UpdateCaseMeasureStatusInput!) {
    updateCaseMeasureStatus(input: $input) {
      id
      ...CaseMeasure_measure
    }
  }
`);

/** Measures can be started and marked done while they are open; the server guards the rest. */
const NEXT_MEASURE_STATUS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  PLANNED: ["IN_PROGRESS", "DONE"],
  IN_PROGRESS: ["DONE"],
  DONE: [],
  CANCELLED: [],
};

function MeasureActions({ measure, canAct }: { measure: CaseMeasureRow; canAct: boolean }) {
  const { t } = useI18n();
  const [update, { loading }] = useMutation(UPDATE_CASE_MEASURE_STATUS, {
    errorPolicy: "all",
    refetchQueries: ["OverdueMeasures"],
  });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const client = useApolloClient();
  const next = canAct ? NEXT_MEASURE_STATUS[measure.status] : [];
  if (next.length === 0 && !failure) return null;
  const move = async (status: MeasureStatus) => {
    setFailure(null);
    const refused = await attempt(
      () => update({ variables: { input: { measureId: measure.id, status, note: null } } }),
      "updateCaseMeasureStatus",
    );
    setFailure(refused);
    if (refused) void client.refetchQueries({ include: ["AssistanceCasePage"] });
  };
  return (
    <div className="measure-actions">
      <Space wrap size="small">
        {next.map((status) => (
          <Button
            key={status}
            size="small"
            type={status === "DONE" ? "primary" : "default"}
            data-measure-action={status}
            disabled={loading}
            onClick={() => void move(status)}
          >
            {t(status === "DONE" ? "case.plan.markDone" : "case.plan.start")}
          </Button>
        ))}
      </Space>
      <ActionError failure={failure} />
    </div>
  );
}

/** 一人一策: the plan's measures, soonest due first; overdue ones highlighted. */
export function PlanPanel({
  assistanceCase,
  errors,
  canAct,
}: {
  assistanceCase: CasePlanCase;
  errors: readonly GraphQLFormattedError[];
  canAct: boolean;
}) {
  const { t, label, localDate } = useI18n();
  const measures = [...(assistanceCase.plan ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <ProfileSection id="plan" title={t("case.section.plan")} problem={problemOf(errors)}>
      {measures.length === 0 ? (
        <EmptyText>{t("case.plan.none")}</EmptyText>
      ) : (
        <DataTable<CaseMeasureRow>
          className="table--plan"
          caption={<span className="visually-hidden">{t("case.section.plan")}</span>}
          rowKey="id"
          dataSource={measures}
          rowClassName={(m) =>
            m.overdue ? "measure--overdue" : m.status === "CANCELLED" ? "is-muted" : ""
          }
          onRow={(m) =>
            dataAttributes({ "data-measure": m.id, "data-overdue": m.overdue ? "true" : undefined })
          }
          columns={[
            { key: "measure", title: t("case.plan.measure"), dataIndex: "description" },
            {
              key: "responsible",
              title: t("case.plan.responsible"),
              render: (_, m) => m.responsible?.name ?? t("person.unknown"),
            },
            { key: "duty", title: t("case.plan.duty"), dataIndex: "duty" },
            {
              key: "dueOn",
              title: t("case.plan.dueOn"),
              render: (_, m) => (
                <span className={m.overdue ? "due due--overdue" : "due"}>
                  {localDate(m.dueOn)}
                  {m.overdue && (
                    <Tag color="red" className="due__flag">
                      {t("queue.overdueFlag")}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              key: "status",
              title: t("case.plan.status"),
              render: (_, m) => (
                <StatusTag tone={progressTone(m.status)} data-measure-status={m.status}>
                  {label("MeasureStatus", m.status)}
                </StatusTag>
              ),
            },
            {
              key: "actions",
              title: <span className="visually-hidden">{t("queue.actions")}</span>,
              render: (_, m) => <MeasureActions measure={m} canAct={canAct} />,
            },
          ]}
        />
      )}
    </ProfileSection>
  );
}

/** 办理记录: every step of the case, who and when, oldest first. */
export function HistoryPanel({
  assistanceCase,
  errors,
}: {
  assistanceCase: CaseHistoryCase;
  errors: readonly GraphQLFormattedError[];
}) {
  const { t, label } = useI18n();
  const steps = [...(assistanceCase.transitions ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ProfileSection id="history" title={t("case.section.history")} problem={problemOf(errors)}>
      {steps.length === 0 ? (
        <EmptyText>{t("case.history.none")}</EmptyText>
      ) : (
        <History
          entries={steps.map((s, i) => ({
            key: `${s.at}-${i}`,
            at: s.at,
            text: t("queue.transition", {
              by: s.by?.name ?? t("person.unknown"),
              from: label("AssistanceCaseStatus", s.from),
              to: label("AssistanceCaseStatus", s.to),
            }),
            note: s.note,
            data: { "data-step": s.to },
          }))}
        />
      )}
    </ProfileSection>
  );
}
