import { NetworkStatus, useApolloClient, useMutation, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useId, useState, type FormEvent } from "react";
import { isAdministrator } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { IndicatorKind, RuleAggregate, RuleOperator } from "../generated/graphql";
import { ActionError, actionFailure, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { SectionNotice } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { PageHeading, useDocumentTitle } from "./PageHeading";

const PAGE_SIZE = 50;

export const WarningRuleVersion_version = graphql(`
  fragment WarningRuleVersion_version on WarningRuleVersion {
    id
    version
    windowDays
    description
    summaryTemplate
    publishedAt
    publishedBy {
      id
      name
    }
    conditions {
      indicator
      aggregate
      operator
      threshold
    }
  }
`);

export const WarningRule_rule = graphql(`
  fragment WarningRule_rule on WarningRule {
    id
    code
    name
    category
    level
    active
    currentVersion {
      id
      ...WarningRuleVersion_version
    }
    versions {
      id
      ...WarningRuleVersion_version
    }
  }
`);

export const WARNING_RULES = graphql(`
  query WarningRules($first: Int!, $after: String) {
    warningRules(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...WarningRule_rule
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SET_WARNING_RULE_ACTIVE = graphql(`
  mutation SetWarningRuleActive($ruleId: ID!, $active: Boolean!) {
    setWarningRuleActive(ruleId: $ruleId, active: $active) {
      id
      active
    }
  }
`);

export const PUBLISH_WARNING_RULE_VERSION = graphql(`
  mutation PublishWarningRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {
    publishWarningRuleVersion(ruleId: $ruleId, input: $input) {
      id
      ...WarningRule_rule
    }
  }
`);

export const BACKTEST_WARNING_RULE = graphql(`
  query BacktestWarningRule($input: BacktestWarningRuleInput!) {
    backtestWarningRule(input: $input) {
      candidateCount
      currentCount
      both
      onlyCandidate
      onlyCurrent
      students {
        candidate
        current
        person {
          id
          name
          number
        }
      }
    }
  }
`);

type RuleVersion = ResultOf<typeof WarningRuleVersion_version>;
type RuleCondition = RuleVersion["conditions"][number];
type WarningRule = ResultOf<typeof WarningRule_rule>;
type BacktestReport = ResultOf<typeof BACKTEST_WARNING_RULE>["backtestWarningRule"];

const INDICATORS: readonly IndicatorKind[] = [
  "FAILED_CREDITS",
  "GPA",
  "CLASS_ABSENCES",
  "LATE_RETURNS",
  "DAYS_WITHOUT_DORM_ACCESS",
  "CARD_SPENDING",
  "COUNSELLING_REFERRALS",
];
const AGGREGATES: readonly RuleAggregate[] = ["SUM", "COUNT", "AVG", "MAX", "MIN", "LATEST"];
const OPERATORS: readonly RuleOperator[] = ["GT", "GTE", "LT", "LTE"];
const MAX_CONDITIONS = 10;
/** The backtest names at most this many students; the counts cover everyone. */
const LISTED_STUDENTS = 100;

/** The form's fields the server may name in a refusal. */
const RULE_FIELDS: Readonly<Record<string, MessageKey>> = {
  conditions: "rules.conditions",
  windowDays: "rules.windowDays",
  summaryTemplate: "rules.summaryTemplate",
  asOf: "rules.asOf",
};

/** Now, as a `datetime-local` value in the browser's time zone. */
function localNow(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** One condition in words: 不及格学分 合计 ≥ 10. */
function ConditionText({ condition }: { condition: RuleCondition }) {
  const { label } = useI18n();
  return (
    <span
      data-condition={`${condition.indicator}:${condition.aggregate}:${condition.operator}:${condition.threshold}`}
    >
      {label("IndicatorKind", condition.indicator)} {label("RuleAggregate", condition.aggregate)}{" "}
      {label("RuleOperator", condition.operator)} {condition.threshold}
    </span>
  );
}

function VersionFacts({ version }: { version: RuleVersion }) {
  const { t, dateTime } = useI18n();
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t("rules.window")}</dt>
        <dd data-window-days={version.windowDays}>
          {t("rules.windowValue", { days: version.windowDays })}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t("rules.description")}</dt>
        <dd className="rule-card__description">{version.description}</dd>
      </div>
      <div className="facts__row">
        <dt>{t("rules.conditions")}</dt>
        <dd>
          <ul className="conditions">
            {version.conditions.map((c, i) => (
              <li key={i}>
                <ConditionText condition={c} />
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t("rules.summaryTemplate")}</dt>
        <dd>{version.summaryTemplate}</dd>
      </div>
      <div className="facts__row">
        <dt>{t("rules.published")}</dt>
        <dd>
          {t("rules.publishedBy", {
            name: version.publishedBy?.name ?? t("app.none"),
            at: dateTime(version.publishedAt),
          })}
        </dd>
      </div>
    </dl>
  );
}

/** 停用 / 启用: the server decides (administrators only); a refusal shows under the button. */
function ActiveToggle({ rule }: { rule: WarningRule }) {
  const { t } = useI18n();
  const [mutate, { loading }] = useMutation(SET_WARNING_RULE_ACTIVE, { errorPolicy: "all" });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const toggle = async () => {
    setFailure(null);
    setFailure(
      await attempt(
        () => mutate({ variables: { ruleId: rule.id, active: !rule.active } }),
        "setWarningRuleActive",
      ),
    );
  };
  return (
    <div className="rule-card__toggle">
      <button
        type="button"
        className="button button--small button--secondary"
        data-rule-action={rule.active ? "deactivate" : "activate"}
        disabled={loading}
        onClick={() => void toggle()}
      >
        {t(rule.active ? "rules.deactivate" : "rules.activate")}
      </button>
      <ActionError failure={failure} />
    </div>
  );
}

type DraftCondition = {
  indicator: IndicatorKind;
  aggregate: RuleAggregate;
  operator: RuleOperator;
  threshold: string;
};

const draftOf = (version: RuleVersion) => ({
  windowDays: String(version.windowDays),
  conditions: version.conditions.map((c): DraftCondition => ({
    indicator: c.indicator,
    aggregate: c.aggregate,
    operator: c.operator,
    threshold: String(c.threshold),
  })),
  summaryTemplate: version.summaryTemplate,
});

/** 回测 and 发布为新版本, from one form of candidate conditions. */
function BacktestForm({ rule }: { rule: WarningRule }) {
  const { t, label, dateTime } = useI18n();
  const baseId = useId();
  const client = useApolloClient();
  const [draft, setDraft] = useState(() => draftOf(rule.currentVersion));
  const [asOf, setAsOf] = useState(localNow);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<{ report: BacktestReport; asOf: string } | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [publish, publishing] = useMutation(PUBLISH_WARNING_RULE_VERSION, {
    errorPolicy: "all",
  });

  const candidate = () => ({
    windowDays: Number(draft.windowDays),
    conditions: draft.conditions.map((c) => ({
      indicator: c.indicator,
      aggregate: c.aggregate,
      operator: c.operator,
      threshold: Number(c.threshold),
    })),
  });
  const setCondition = (i: number, change: Partial<DraftCondition>) =>
    setDraft({
      ...draft,
      conditions: draft.conditions.map((c, j) => (j === i ? { ...c, ...change } : c)),
    });

  const runBacktest = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPublished(null);
    setRunning(true);
    const at = asOf ? new Date(asOf).toISOString() : new Date().toISOString();
    try {
      const result = await client.query({
        query: BACKTEST_WARNING_RULE,
        variables: { input: { ruleId: rule.id, candidate: candidate(), asOf: at } },
        errorPolicy: "all",
        fetchPolicy: "no-cache",
      });
      const answer = result.data?.backtestWarningRule;
      if (answer) setReport({ report: answer, asOf: at });
      else {
        setReport(null);
        setFailure(actionFailure(result.errors ?? []));
      }
    } catch (error) {
      setReport(null);
      setFailure(actionFailure(error));
    } finally {
      setRunning(false);
    }
  };

  const runPublish = async () => {
    setFailure(null);
    setPublished(null);
    const summaryTemplate = draft.summaryTemplate.trim() || null;
    const result = await attempt(
      () => publish({ variables: { ruleId: rule.id, input: { ...candidate(), summaryTemplate } } }),
      "publishWarningRuleVersion",
    );
    setFailure(result);
    if (result) {
      void client.refetchQueries({ include: ["WarningRules"] });
      return;
    }
    setPublished(rule.versions.length + 1);
  };

  const id = (name: string) => `${baseId}-${name}`;
  const students = report?.report.students ?? [];
  return (
    <form
      className="action rule-backtest"
      data-backtest={rule.code}
      onSubmit={(e) => void runBacktest(e)}
      aria-labelledby={id("title")}
    >
      <h3 id={id("title")} className="action__title">
        {t("rules.backtest.title", { name: rule.name })}
      </h3>
      <p className="action__hint">{t("rules.backtest.intro")}</p>
      {draft.conditions.map((c, i) => (
        <fieldset key={i} className="rule-condition" data-condition-row={i}>
          <legend className="action__label">{t("rules.condition", { n: i + 1 })}</legend>
          <label className="filters__field">
            <span>{t("rules.indicator")}</span>
            <select
              className="select"
              name={`indicator-${i}`}
              value={c.indicator}
              onChange={(e) => setCondition(i, { indicator: e.target.value as IndicatorKind })}
            >
              {INDICATORS.map((x) => (
                <option key={x} value={x}>
                  {label("IndicatorKind", x)}
                </option>
              ))}
            </select>
          </label>
          <label className="filters__field">
            <span>{t("rules.aggregate")}</span>
            <select
              className="select"
              name={`aggregate-${i}`}
              value={c.aggregate}
              onChange={(e) => setCondition(i, { aggregate: e.target.value as RuleAggregate })}
            >
              {AGGREGATES.map((x) => (
                <option key={x} value={x}>
                  {label("RuleAggregate", x)}
                </option>
              ))}
            </select>
          </label>
          <label className="filters__field">
            <span>{t("rules.operator")}</span>
            <select
              className="select"
              name={`operator-${i}`}
              value={c.operator}
              onChange={(e) => setCondition(i, { operator: e.target.value as RuleOperator })}
            >
              {OPERATORS.map((x) => (
                <option key={x} value={x}>
                  {label("RuleOperator", x)}
                </option>
              ))}
            </select>
          </label>
          <label className="filters__field">
            <span>{t("rules.threshold")}</span>
            <input
              className="input"
              name={`threshold-${i}`}
              type="number"
              step="any"
              required
              value={c.threshold}
              onChange={(e) => setCondition(i, { threshold: e.target.value })}
            />
          </label>
          {draft.conditions.length > 1 && (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() =>
                setDraft({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })
              }
            >
              {t("rules.removeCondition", { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {draft.conditions.length < MAX_CONDITIONS && (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() =>
            setDraft({
              ...draft,
              conditions: [
                ...draft.conditions,
                { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: "1" },
              ],
            })
          }
        >
          {t("rules.addCondition")}
        </button>
      )}
      <div className="rule-backtest__row">
        <label className="filters__field">
          <span>{t("rules.windowDays")}</span>
          <input
            className="input"
            name="windowDays"
            type="number"
            min={1}
            max={730}
            step={1}
            required
            value={draft.windowDays}
            onChange={(e) => setDraft({ ...draft, windowDays: e.target.value })}
          />
        </label>
        <label className="filters__field">
          <span>{t("rules.asOf")}</span>
          <input
            className="input"
            name="asOf"
            type="datetime-local"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
          />
        </label>
      </div>
      <label className="filters__field rule-backtest__template">
        <span>{t("rules.summaryTemplate")}</span>
        <input
          className="input"
          name="summaryTemplate"
          maxLength={500}
          value={draft.summaryTemplate}
          onChange={(e) => setDraft({ ...draft, summaryTemplate: e.target.value })}
        />
      </label>
      <div className="rule-backtest__buttons">
        <button
          type="submit"
          className="button"
          data-rule-action="backtest"
          disabled={running}
          aria-busy={running}
        >
          {running ? t("rules.running") : t("rules.run")}
        </button>
        <button
          type="button"
          className="button"
          data-rule-action="publish"
          disabled={publishing.loading}
          onClick={() => void runPublish()}
        >
          {t("rules.publish")}
        </button>
      </div>
      <ActionError failure={failure} fields={RULE_FIELDS} />
      {published !== null && (
        <p className="action-done" role="status" data-action-done="publish">
          {t("rules.published.done", { version: published })}
        </p>
      )}
      {report && (
        <section
          className="backtest-result"
          aria-label={t("rules.result.title")}
          data-backtest-result
        >
          <h4 className="action__title">{t("rules.result.title")}</h4>
          <p className="muted">{t("rules.result.asOf", { at: dateTime(report.asOf) })}</p>
          <ul className="counters">
            {(
              ["candidateCount", "currentCount", "both", "onlyCandidate", "onlyCurrent"] as const
            ).map((name) => (
              <li key={name} className="counter" data-count={name}>
                <div className="counter__link">
                  <span className="counter__value">{report.report[name]}</span>
                  <span className="counter__label">{t(`rules.result.${name}`)}</span>
                </div>
              </li>
            ))}
          </ul>
          {students.length === 0 ? (
            <p className="empty">{t("rules.result.noStudents")}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t("rules.result.students")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("rules.result.student")}</th>
                    <th scope="col">{t("rules.result.number")}</th>
                    <th scope="col">{t("rules.result.candidate")}</th>
                    <th scope="col">{t("rules.result.current")}</th>
                  </tr>
                </thead>
                <tbody>
                  {students.map((s, i) => (
                    <tr
                      key={s.person?.id ?? i}
                      data-student={s.person?.id}
                      data-candidate={String(s.candidate)}
                      data-current={String(s.current)}
                    >
                      <th scope="row">
                        {s.person ? (
                          <Link to={paths.person(s.person.id)} className="person-link">
                            {s.person.name}
                          </Link>
                        ) : (
                          t("app.none")
                        )}
                      </th>
                      <td className="mono">{s.person?.number ?? t("app.none")}</td>
                      <td>{s.candidate ? t("rules.result.fires") : t("rules.result.quiet")}</td>
                      <td>{s.current ? t("rules.result.fires") : t("rules.result.quiet")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {students.length >= LISTED_STUDENTS && (
            <p className="muted">{t("rules.result.firstStudents", { shown: students.length })}</p>
          )}
        </section>
      )}
    </form>
  );
}

function RuleCard({ rule, canAct }: { rule: WarningRule; canAct: boolean }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState(false);
  const older = [...rule.versions]
    .filter((v) => v.id !== rule.currentVersion.id)
    .sort((a, b) => b.version - a.version);
  const headingId = `rule-${rule.id}-heading`;
  return (
    <article
      className={`rule-card${rule.active ? "" : " is-muted"}`}
      data-rule={rule.code}
      data-active={String(rule.active)}
      aria-labelledby={headingId}
    >
      <header className="rule-card__header">
        <h2 id={headingId} className="rule-card__title">
          {rule.name}
        </h2>
        <span className="mono rule-card__code">{rule.code}</span>
        <span className={`tag level level--${rule.level.toLowerCase()}`} title={t("rules.level")}>
          {label("WarningLevel", rule.level)}
        </span>
        <span className="tag" title={t("rules.category")}>
          {label("WarningCategory", rule.category)}
        </span>
        <span
          className={`status ${rule.active ? "status--done" : "status--cancelled"}`}
          data-rule-state={rule.active ? "active" : "inactive"}
          title={t("rules.state")}
        >
          {t(rule.active ? "rules.active" : "rules.inactive")}
        </span>
      </header>
      <h3 className="action__title" data-current-version={rule.currentVersion.version}>
        {t("rules.currentVersion")}
        {t("app.colon")}
        {t("rules.versionValue", { version: rule.currentVersion.version })}
      </h3>
      <VersionFacts version={rule.currentVersion} />
      {older.length > 0 && (
        <details className="rule-card__older">
          <summary>{t("rules.olderVersions", { count: older.length })}</summary>
          {older.map((v) => (
            <div key={v.id} className="rule-card__version" data-version={v.version}>
              <h4 className="action__title">{t("rules.versionValue", { version: v.version })}</h4>
              <VersionFacts version={v} />
            </div>
          ))}
        </details>
      )}
      {canAct && (
        <div className="rule-card__actions">
          <ActiveToggle rule={rule} />
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            data-rule-action="openBacktest"
            onClick={() => setOpen(!open)}
          >
            {t(open ? "rules.closeBacktest" : "rules.openBacktest")}
          </button>
        </div>
      )}
      {canAct && open && <BacktestForm rule={rule} />}
    </article>
  );
}

/**
 * 预警规则: every rule with its current version in words and its earlier versions; for
 * administrators, switching a rule on or off, and a backtest of candidate conditions against the
 * current version, which can be published as the rule's next version. Who may read the rules is
 * the server's decision (staff); a refusal shows as 无权查看.
 */
export function WarningRulesPage() {
  const { t } = useI18n();
  const session = useSession();
  useDocumentTitle(t("rules.title"));
  const canAct = isAdministrator(session?.user.roles ?? []);
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(WARNING_RULES, {
    variables: { first: PAGE_SIZE },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.warningRules ?? null;
  const problem = problemOf(error?.graphQLErrors ?? []);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <PageHeading>{t("rules.title")}</PageHeading>
      <p className="page-intro">{t("rules.intro")}</p>
      {!connection && loading && (
        <p className="loading" role="status">
          {t("rules.loading")}
        </p>
      )}
      {!connection && !loading && problem === "forbidden" && <SectionNotice problem="forbidden" />}
      {!connection && !loading && error && problem !== "forbidden" && (
        <div className="error-box" role="alert">
          <p>{t("rules.error")}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t("app.retry")}
          </button>
        </div>
      )}
      {connection && (
        <>
          <p className="result-count" role="status" data-total={connection.totalCount}>
            {t("rules.count", { count: connection.totalCount })}
          </p>
          {connection.edges.length === 0 ? (
            <p className="empty">{t("rules.none")}</p>
          ) : (
            <div className="rule-list">
              {connection.edges.map(({ node }) => (
                <RuleCard key={node.id} rule={node} canAct={canAct} />
              ))}
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <p className="load-more">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                aria-busy={loadingMore}
                onClick={() =>
                  connection.pageInfo.endCursor &&
                  void fetchMore({ variables: { after: connection.pageInfo.endCursor } })
                }
              >
                {loadingMore ? t("list.loadingMore") : t("rules.loadMore")}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
