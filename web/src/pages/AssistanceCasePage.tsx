import { useQuery } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { Tag } from "antd";
import { useEffect } from "react";
import { mayOfferActions } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { CaseActions } from "../cases/CaseActions";
import { CaseTalks } from "../cases/CaseTalks";
import {
  CaseGrading_case,
  CaseHistory_case,
  CasePlan_case,
  CaseTaskForce_case,
} from "../cases/caseFragments";
import {
  GradingPanel,
  HistoryPanel,
  PlanPanel,
  TaskForcePanel,
  forbiddenAt,
} from "../cases/CasePanels";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Refusal } from "../home/HomeParts";
import { errorsForFields, fragmentFields, problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { MissingEntity } from "./MissingEntity";
import { StatusTag, caseStatusTone } from "../ui/tags";
import { PageHeading, useDocumentTitle } from "./PageHeading";
import { PersonName } from "./PersonName";

/**
 * 帮扶个案 in one request: the case, its grading, task force, plan and history (evaluation), the
 * people's names (people), and the grading conditions' labels. Sensitive parts (the summary: CARE;
 * the grading: FINANCIAL) are decided per field; a refused one shows as restricted in place.
 */
export const ASSISTANCE_CASE_PAGE = graphql(`
  query AssistanceCasePage($id: ID!) {
    assistanceCase(id: $id) {
      id
      ...CasePage_case
    }
    gradingConditions {
      code
      label
      weight
    }
  }
`);

const panelFields = {
  grading: fragmentFields(CaseGrading_case),
  taskForce: fragmentFields(CaseTaskForce_case),
  plan: fragmentFields(CasePlan_case),
  history: fragmentFields(CaseHistory_case),
};
for (const fields of Object.values(panelFields)) fields.delete("id");

const NO_ERRORS: readonly GraphQLFormattedError[] = [];

export function AssistanceCasePage({ id }: { id: string }) {
  const { t, label, dateTime } = useI18n();
  const session = useSession();
  const { data, error, loading, refetch } = useQuery(ASSISTANCE_CASE_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const c = data?.assistanceCase ?? null;
  const errors = error?.graphQLErrors ?? NO_ERRORS;
  useDocumentTitle(c?.person ? `${c.person.name} · ${t("case.title")}` : t("case.title"));
  const shownId = c?.id;
  useEffect(() => {
    if (shownId) document.getElementById("page-heading")?.focus({ preventScroll: true });
  }, [shownId]);

  const back = (
    <p className="back-link">
      <Link to={paths.cases()}>← {t("case.back")}</Link>
    </p>
  );

  if (!c) {
    const caseErrors = errors.filter(
      (e) => e.path?.[0] === "assistanceCase" && e.path.length === 1,
    );
    if (!loading && problemOf(caseErrors) === "forbidden") {
      return (
        <>
          {back}
          <PageHeading>{t("case.title")}</PageHeading>
          <Refusal text={t("home.forbidden.case")} detail={t("home.forbidden.caseDetail")} />
        </>
      );
    }
    return (
      <MissingEntity
        back={back}
        loading={loading}
        error={error}
        refetch={refetch}
        text={{
          loading: t("case.loading"),
          failed: t("case.error"),
          notFoundTitle: t("case.notFound.title"),
          notFoundBody: t("case.notFound.body", { id }),
        }}
      />
    );
  }

  const panelErrors = (fields: Set<string>) => errorsForFields(errors, "assistanceCase", fields);
  const summaryRestricted = forbiddenAt(errors, "summary");
  const conditionLabels = new Map((data?.gradingConditions ?? []).map((x) => [x.code, x.label]));
  const isStaff = mayOfferActions(session?.user.roles ?? []);

  return (
    <>
      {back}
      <header className="profile-header case-header">
        <PageHeading>
          {t("case.heading", { name: c.person?.name ?? t("person.unknown") })}
        </PageHeading>
        <p className="profile-header__meta">
          <StatusTag tone={caseStatusTone(c.status)} data-case-status={c.status}>
            {label("AssistanceCaseStatus", c.status)}
          </StatusTag>
          <Tag title={t("case.kind")}>{label("CaseKind", c.kind)}</Tag>
          <span title={t("case.source")}>
            {t("case.sourceValue", { source: label("CaseSource", c.source) })}
          </span>
          <span>{t("case.openedAt", { at: dateTime(c.openedAt) })}</span>
          {c.closedAt && <span>{t("case.closedAt", { at: dateTime(c.closedAt) })}</span>}
          {c.outcome && (
            <span data-outcome={c.outcome}>
              {t("case.outcomeValue", { outcome: label("CaseOutcome", c.outcome) })}
            </span>
          )}
        </p>
        <p className="case-header__student">
          <PersonName person={c.person} separator=" " />
          {c.warning && (
            <>
              {" · "}
              <Link to={paths.warning(c.warning.id)} data-warning-link={c.warning.id}>
                {t("casework.backToWarning")}
              </Link>
            </>
          )}
        </p>
        <p
          className={`case-header__summary${summaryRestricted ? " restricted" : ""}`}
          data-restricted={summaryRestricted ? "true" : undefined}
        >
          {c.summary ?? (summaryRestricted ? t("contact.restricted") : t("app.none"))}
        </p>
        {c.reviewNote && (
          <p className="case-header__review">
            {t("case.reviewNote")}
            {t("app.colon")}
            {c.reviewNote}
          </p>
        )}
      </header>
      <div className="profile-grid case-grid">
        <GradingPanel
          assistanceCase={c}
          errors={panelErrors(panelFields.grading)}
          conditionLabels={conditionLabels}
        />
        <TaskForcePanel
          assistanceCase={c}
          errors={panelErrors(panelFields.taskForce)}
          canAct={isStaff && c.status !== "CLOSED"}
        />
        <PlanPanel
          assistanceCase={c}
          errors={panelErrors(panelFields.plan)}
          canAct={isStaff && c.status !== "CLOSED"}
        />
        <HistoryPanel assistanceCase={c} errors={panelErrors(panelFields.history)} />
        <CaseTalks caseId={c.id} canRecord={isStaff && c.status !== "CLOSED"} />
        {isStaff && <CaseActions assistanceCase={c} conditions={data?.gradingConditions ?? []} />}
      </div>
    </>
  );
}
