import { useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { Radio, Tag } from "antd";
import { useId, useState } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
import { ProfileSection, SectionNotice } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";
import { termParts } from "./terms";

/**
 * A term's comprehensive evaluation (综合评价) as the evaluation subgraph scores it. The scheme's
 * id is not asked for: the default scheme has none, and a null id would make every term's default
 * scheme one object in the cache.
 */
export const TermEvaluation_evaluation = graphql(`
  fragment TermEvaluation_evaluation on TermEvaluation {
    term
    total
    scheme {
      term
      isDefault
      pointsForFullMarks
    }
    domains {
      domain
      points
      score
      weight
      weighted
    }
  }
`);

/** 成长档案与综合评价: the current term's evaluation (`$term`) and the latest growth events. */
export const GrowthSection_person = graphql(`
  fragment GrowthSection_person on Person {
    id
    evaluation(term: $term) {
      ...TermEvaluation_evaluation
    }
    growthRecord(first: 10) {
      totalCount
      edges {
        node {
          id
          domain
          kind
          title
          points
          occurredOn
          term
        }
      }
    }
  }
`);

/** Another term's evaluation, asked for only when the viewer picks it. */
export const TERM_EVALUATION = graphql(`
  query TermEvaluation($id: ID!, $term: String!) {
    person(id: $id) {
      id
      evaluation(term: $term) {
        ...TermEvaluation_evaluation
      }
    }
  }
`);

export type TermEvaluation = ResultOf<typeof TermEvaluation_evaluation>;

/** `evaluation` is null, with FORBIDDEN on its path, for a viewer whose duty does not cover the student. */
export type GrowthSectionPerson = ResultOf<typeof GrowthSection_person>;
type GrowthEventRow = NonNullable<GrowthSectionPerson["growthRecord"]>["edges"][number]["node"];

/** Both null: refused (FORBIDDEN) or not answered; never "nothing recorded". */
export function growthProblem(
  person: GrowthSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  return (
    problemOf(errors) ??
    (person.evaluation === null && person.growthRecord === null ? "unavailable" : null)
  );
}

function useNumber() {
  const { locale } = useI18n();
  return (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** The term as people say it, e.g. 2026–2027 学年第一学期（秋季）. */
export function useTermLabel() {
  const { t } = useI18n();
  return (term: string) => {
    const parts = termParts(term);
    if (!parts) return term;
    return t(parts.half === 1 ? "growth.termValue.1" : "growth.termValue.2", {
      from: parts.from,
      to: parts.to,
    });
  };
}

/** The total and five bars, one per domain (德智体美劳), with the scheme they were scored by. */
function EvaluationView({ evaluation }: { evaluation: TermEvaluation }) {
  const { t, label } = useI18n();
  const number = useNumber();
  return (
    <div className="evaluation" data-term={evaluation.term}>
      <p className="evaluation__total" data-total={evaluation.total}>
        <span className="evaluation__total-label">{t("growth.total")}</span>
        <strong className="evaluation__total-value">
          {t("growth.totalValue", { total: number(evaluation.total) })}
        </strong>
      </p>
      <ul className="bars" aria-label={t("growth.domainsCaption")}>
        {evaluation.domains.map((d) => (
          <li key={d.domain} className="bar" data-domain={d.domain}>
            <span className="bar__label">{label("GrowthDomain", d.domain)}</span>
            <span className="bar__track" aria-hidden="true">
              <span
                className="bar__fill"
                style={{ width: `${Math.max(0, Math.min(100, d.score))}%` }}
              />
            </span>
            <span className="bar__value">
              {t("growth.domainScore", { score: number(d.score) })}
            </span>
            <span className="bar__detail">
              {t("growth.domainDetail", {
                points: number(d.points),
                weight: number(d.weight * 100),
                weighted: number(d.weighted),
              })}
            </span>
          </li>
        ))}
      </ul>
      <p className="section-note" data-scheme={evaluation.scheme.isDefault ? "default" : "term"}>
        {t(evaluation.scheme.isDefault ? "growth.schemeDefault" : "growth.schemeOwn", {
          full: number(evaluation.scheme.pointsForFullMarks),
        })}
      </p>
    </div>
  );
}

/** The evaluation of a term other than the current one, fetched on demand. */
function OtherTermEvaluation({ personId, term }: { personId: string; term: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(TERM_EVALUATION, {
    variables: { id: personId, term },
    errorPolicy: "all",
  });
  const evaluation = data?.person?.evaluation ?? null;
  if (evaluation) return <EvaluationView evaluation={evaluation} />;
  if (loading) return <Loading text={t("growth.loadingTerm")} />;
  const problem = problemOf(error?.graphQLErrors ?? []);
  if (problem) return <SectionNotice problem={problem} />;
  return <EmptyText>{t("growth.termError")}</EmptyText>;
}

/** `term` and `previousTerm` come from the API's campus calendar. */
export function GrowthSection({
  person,
  errors,
  term,
  previousTerm,
}: {
  person: GrowthSectionPerson;
  errors: SectionErrors;
  term: string;
  previousTerm: string;
}) {
  const { t, label, localDate } = useI18n();
  const number = useNumber();
  const termLabel = useTermLabel();
  const pickerId = useId();
  const [shownTerm, setShownTerm] = useState(term);
  const problem = growthProblem(person, errors);
  const { evaluation, growthRecord } = person;
  const previous = previousTerm;
  const events = growthRecord?.edges.map((e) => e.node) ?? [];
  return (
    <ProfileSection id="growth" title={t("section.growth")} problem={problem}>
      {(evaluation || shownTerm !== term) && (
        <>
          <div className="term-picker">
            <span id={pickerId}>{t("growth.term")}</span>
            <Radio.Group
              aria-labelledby={pickerId}
              optionType="button"
              buttonStyle="solid"
              value={shownTerm}
              onChange={(e) => setShownTerm(String(e.target.value))}
              options={[
                { value: term, label: `${t("growth.current")} · ${termLabel(term)}` },
                { value: previous, label: `${t("growth.previous")} · ${termLabel(previous)}` },
              ]}
            />
          </div>
          {shownTerm === term ? (
            evaluation && <EvaluationView evaluation={evaluation} />
          ) : (
            <OtherTermEvaluation personId={person.id} term={shownTerm} />
          )}
        </>
      )}
      {growthRecord && (
        <div className="growth-events">
          <h3 className="subheading">
            {t("growth.events")}
            {growthRecord.totalCount > events.length && (
              <span className="muted">
                {" "}
                {t("growth.eventsCount", { shown: events.length, count: growthRecord.totalCount })}
              </span>
            )}
          </h3>
          {events.length === 0 ? (
            <EmptyText>{t("growth.eventsNone")}</EmptyText>
          ) : (
            <DataTable<GrowthEventRow>
              caption={<span className="visually-hidden">{t("growth.eventsCaption")}</span>}
              rowKey="id"
              dataSource={events}
              onRow={(e) => dataAttributes({ "data-growth-event": e.id, "data-kind": e.kind })}
              columns={[
                {
                  key: "date",
                  title: t("growth.col.date"),
                  render: (_, e) => <time dateTime={e.occurredOn}>{localDate(e.occurredOn)}</time>,
                },
                {
                  key: "domain",
                  title: t("growth.col.domain"),
                  render: (_, e) => (
                    <Tag className={`tag--domain-${e.domain.toLowerCase()}`}>
                      {label("GrowthDomain", e.domain)}
                    </Tag>
                  ),
                },
                { key: "title", title: t("growth.col.title"), dataIndex: "title" },
                {
                  key: "points",
                  title: t("growth.col.points"),
                  align: "right",
                  className: "num",
                  render: (_, e) => (
                    <span className={e.points < 0 ? "num--negative" : undefined}>
                      {e.points > 0 ? `+${number(e.points)}` : number(e.points)}
                    </span>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </ProfileSection>
  );
}
