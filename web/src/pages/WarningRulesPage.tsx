import { NetworkStatus, useApolloClient, useMutation, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import {
  Alert,
  Button,
  Card,
  Collapse,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Tag,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useId, useState } from "react";
import { isAdministrator } from "../auth/roles";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { IndicatorKind, RuleAggregate, RuleOperator } from "../generated/graphql";
import { ActionError, actionFailure, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_CONDITIONS, MAX_TEMPLATE_LENGTH, MAX_WINDOW_DAYS } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { SectionNotice } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { Counter, DataTable, dataAttributes } from "../ui/layout";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp } from "../export/xlsx";
import { LevelTag, StatusTag } from "../ui/tags";
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
type BacktestStudent = BacktestReport["students"][number];

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
/** The backtest names at most this many students; the counts cover everyone. */
const LISTED_STUDENTS = 100;

/** The form's fields the server may name in a refusal. */
const RULE_FIELDS: Readonly<Record<string, MessageKey>> = {
  conditions: "rules.conditions",
  windowDays: "rules.windowDays",
  summaryTemplate: "rules.summaryTemplate",
  asOf: "rules.asOf",
};

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
    <Descriptions
      className="facts"
      size="small"
      column={1}
      items={[
        {
          key: "window",
          label: t("rules.window"),
          children: (
            <span data-window-days={version.windowDays}>
              {t("rules.windowValue", { days: version.windowDays })}
            </span>
          ),
        },
        {
          key: "description",
          label: t("rules.description"),
          children: <span className="rule-card__description">{version.description}</span>,
        },
        {
          key: "conditions",
          label: t("rules.conditions"),
          children: (
            <ul className="conditions">
              {version.conditions.map((c, i) => (
                <li key={i}>
                  <ConditionText condition={c} />
                </li>
              ))}
            </ul>
          ),
        },
        { key: "template", label: t("rules.summaryTemplate"), children: version.summaryTemplate },
        {
          key: "published",
          label: t("rules.published"),
          children: t("rules.publishedBy", {
            name: version.publishedBy?.name ?? t("app.none"),
            at: dateTime(version.publishedAt),
          }),
        },
      ]}
    />
  );
}

/** 停用 (asked to confirm: the rule stops raising warnings) / 启用: the server decides (administrators only); a refusal shows under the button. */
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
  const button = (
    <Button
      size="small"
      danger={rule.active}
      data-rule-action={rule.active ? "deactivate" : "activate"}
      loading={loading}
      onClick={rule.active ? undefined : () => void toggle()}
    >
      {t(rule.active ? "rules.deactivate" : "rules.activate")}
    </Button>
  );
  return (
    <div className="rule-card__toggle">
      {rule.active ? (
        <Popconfirm
          title={t("rules.deactivateConfirm", { name: rule.name })}
          okText={t("rules.deactivateOk")}
          cancelText={t("inbox.joinCancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => void toggle()}
        >
          {button}
        </Popconfirm>
      ) : (
        button
      )}
      <ActionError failure={failure} />
    </div>
  );
}

interface DraftCondition {
  indicator: IndicatorKind;
  aggregate: RuleAggregate;
  operator: RuleOperator;
  threshold: number | null;
}

interface BacktestValues {
  conditions: DraftCondition[];
  windowDays: number | null;
  asOf: Dayjs | null;
  summaryTemplate?: string;
}

const draftOf = (version: RuleVersion): BacktestValues => ({
  windowDays: version.windowDays,
  conditions: version.conditions.map((c) => ({
    indicator: c.indicator,
    aggregate: c.aggregate,
    operator: c.operator,
    threshold: c.threshold,
  })),
  summaryTemplate: version.summaryTemplate,
  asOf: dayjs().second(0).millisecond(0),
});

const NEW_CONDITION: DraftCondition = {
  indicator: "FAILED_CREDITS",
  aggregate: "SUM",
  operator: "GTE",
  threshold: 1,
};

/** 回测 and 发布为新版本, from one form of candidate conditions, checked before either is sent. */
function BacktestForm({ rule }: { rule: WarningRule }) {
  const { t, label, dateTime } = useI18n();
  const baseId = useId();
  const client = useApolloClient();
  const [form] = Form.useForm<BacktestValues>();
  const [failure, report] = useFormRefusal(form);
  const [running, setRunning] = useState(false);
  const [backtest, setBacktest] = useState<{ report: BacktestReport; asOf: string } | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [publish, publishing] = useMutation(PUBLISH_WARNING_RULE_VERSION, {
    errorPolicy: "all",
  });

  const candidate = (values: BacktestValues) => ({
    windowDays: Number(values.windowDays),
    conditions: values.conditions.map((c) => ({
      indicator: c.indicator,
      aggregate: c.aggregate,
      operator: c.operator,
      threshold: Number(c.threshold),
    })),
  });

  const runBacktest = async (values: BacktestValues) => {
    report(null);
    setPublished(null);
    setRunning(true);
    const at = (values.asOf ?? dayjs()).toISOString();
    try {
      const result = await client.query({
        query: BACKTEST_WARNING_RULE,
        variables: { input: { ruleId: rule.id, candidate: candidate(values), asOf: at } },
        errorPolicy: "all",
        fetchPolicy: "no-cache",
      });
      const answer = result.data?.backtestWarningRule;
      if (answer) setBacktest({ report: answer, asOf: at });
      else {
        setBacktest(null);
        report(actionFailure(result.errors ?? []));
      }
    } catch (error) {
      setBacktest(null);
      report(actionFailure(error));
    } finally {
      setRunning(false);
    }
  };

  const runPublish = async () => {
    report(null);
    setPublished(null);
    let values: BacktestValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // The form shows what to correct.
    }
    const summaryTemplate = values.summaryTemplate?.trim() || null;
    const refused = await attempt(
      () =>
        publish({
          variables: { ruleId: rule.id, input: { ...candidate(values), summaryTemplate } },
        }),
      "publishWarningRuleVersion",
    );
    report(refused);
    if (refused) {
      void client.refetchQueries({ include: ["WarningRules"] });
      return;
    }
    setPublished(rule.versions.length + 1);
  };

  const id = (name: string) => `${baseId}-${name}`;
  const students = backtest?.report.students ?? [];
  const options = <T extends string>(values: readonly T[], enumName: Parameters<typeof label>[0]) =>
    values.map((value) => ({ value, label: label(enumName, value) }));
  return (
    <Form
      form={form}
      name={`backtest-${rule.code}`}
      layout="vertical"
      className="action rule-backtest"
      data-backtest={rule.code}
      initialValues={draftOf(rule.currentVersion)}
      onFinish={(values) => void runBacktest(values)}
      aria-labelledby={id("title")}
    >
      <h3 id={id("title")} className="action__title">
        {t("rules.backtest.title", { name: rule.name })}
      </h3>
      <p className="action__hint">{t("rules.backtest.intro")}</p>
      <Form.List
        name="conditions"
        rules={[
          {
            validator: (_, value: unknown[] | undefined) =>
              value && value.length >= 1 && value.length <= MAX_CONDITIONS
                ? Promise.resolve()
                : Promise.reject(new Error(t("rules.conditionsCount", { max: MAX_CONDITIONS }))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <fieldset key={field.key} className="rule-condition" data-condition-row={i}>
                <legend className="action__label">{t("rules.condition", { n: i + 1 })}</legend>
                <Form.Item name={[field.name, "indicator"]} label={t("rules.indicator")}>
                  <Select
                    popupMatchSelectWidth={false}
                    options={options(INDICATORS, "IndicatorKind")}
                  />
                </Form.Item>
                <Form.Item name={[field.name, "aggregate"]} label={t("rules.aggregate")}>
                  <Select
                    popupMatchSelectWidth={false}
                    options={options(AGGREGATES, "RuleAggregate")}
                  />
                </Form.Item>
                <Form.Item name={[field.name, "operator"]} label={t("rules.operator")}>
                  <Select options={options(OPERATORS, "RuleOperator")} />
                </Form.Item>
                <Form.Item
                  name={[field.name, "threshold"]}
                  label={t("rules.threshold")}
                  rules={[{ required: true }]}
                >
                  <InputNumber />
                </Form.Item>
                {fields.length > 1 && (
                  <Button size="small" onClick={() => remove(field.name)}>
                    {t("rules.removeCondition", { n: i + 1 })}
                  </Button>
                )}
              </fieldset>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < MAX_CONDITIONS && (
              <Button size="small" onClick={() => add({ ...NEW_CONDITION })}>
                {t("rules.addCondition")}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <div className="rule-backtest__row">
        <Form.Item
          name="windowDays"
          label={t("rules.windowDays")}
          rules={[{ required: true }, { type: "integer", min: 1, max: MAX_WINDOW_DAYS }]}
        >
          <InputNumber min={1} max={MAX_WINDOW_DAYS} precision={0} />
        </Form.Item>
        <Form.Item name="asOf" label={t("rules.asOf")}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </div>
      <Form.Item
        name="summaryTemplate"
        label={t("rules.summaryTemplate")}
        className="rule-backtest__template"
        rules={[{ max: MAX_TEMPLATE_LENGTH }]}
      >
        <Input maxLength={MAX_TEMPLATE_LENGTH} />
      </Form.Item>
      <Space wrap className="rule-backtest__buttons">
        <Button
          type="primary"
          htmlType="submit"
          data-rule-action="backtest"
          loading={running}
          aria-busy={running}
        >
          {running ? t("rules.running") : t("rules.run")}
        </Button>
        <Button
          data-rule-action="publish"
          loading={publishing.loading}
          onClick={() => void runPublish()}
        >
          {t("rules.publish")}
        </Button>
      </Space>
      <ActionError failure={failure} fields={RULE_FIELDS} />
      {published !== null && (
        <Alert
          type="success"
          showIcon
          className="action-done"
          data-action-done="publish"
          title={t("rules.published.done", { version: published })}
        />
      )}
      {backtest && (
        <section
          className="backtest-result"
          aria-label={t("rules.result.title")}
          data-backtest-result
        >
          <h4 className="action__title">{t("rules.result.title")}</h4>
          <p className="muted">{t("rules.result.asOf", { at: dateTime(backtest.asOf) })}</p>
          <ul className="counters">
            {(
              ["candidateCount", "currentCount", "both", "onlyCandidate", "onlyCurrent"] as const
            ).map((name) => (
              <Counter
                key={name}
                name={name}
                attribute="data-count"
                value={backtest.report[name]}
                label={t(`rules.result.${name}`)}
              />
            ))}
          </ul>
          {students.length === 0 ? (
            <EmptyText>{t("rules.result.noStudents")}</EmptyText>
          ) : (
            <DataTable<BacktestStudent>
              caption={<span className="visually-hidden">{t("rules.result.students")}</span>}
              rowKey={(s) => s.person?.id ?? `${s.candidate}-${s.current}`}
              dataSource={students}
              onRow={(s) =>
                dataAttributes({
                  "data-student": s.person?.id,
                  "data-candidate": String(s.candidate),
                  "data-current": String(s.current),
                })
              }
              columns={[
                {
                  key: "student",
                  title: t("rules.result.student"),
                  rowScope: "row",
                  render: (_, s) =>
                    s.person ? (
                      <Link to={paths.person(s.person.id)} className="person-link">
                        {s.person.name}
                      </Link>
                    ) : (
                      t("app.none")
                    ),
                },
                {
                  key: "number",
                  title: t("rules.result.number"),
                  className: "mono",
                  render: (_, s) => s.person?.number ?? t("app.none"),
                },
                {
                  key: "candidate",
                  title: t("rules.result.candidate"),
                  render: (_, s) =>
                    s.candidate ? t("rules.result.fires") : t("rules.result.quiet"),
                },
                {
                  key: "current",
                  title: t("rules.result.current"),
                  render: (_, s) => (s.current ? t("rules.result.fires") : t("rules.result.quiet")),
                },
              ]}
            />
          )}
          {students.length >= LISTED_STUDENTS && (
            <p className="muted">{t("rules.result.firstStudents", { shown: students.length })}</p>
          )}
        </section>
      )}
    </Form>
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
      <Card>
        <header className="rule-card__header">
          <h2 id={headingId} className="rule-card__title">
            {rule.name}
          </h2>
          <span className="mono rule-card__code">{rule.code}</span>
          <LevelTag level={rule.level} title={t("rules.level")} />
          <Tag title={t("rules.category")}>{label("WarningCategory", rule.category)}</Tag>
          <StatusTag
            tone={rule.active ? "done" : "muted"}
            data-rule-state={rule.active ? "active" : "inactive"}
            title={t("rules.state")}
          >
            {t(rule.active ? "rules.active" : "rules.inactive")}
          </StatusTag>
        </header>
        <h3 className="action__title" data-current-version={rule.currentVersion.version}>
          {t("rules.currentVersion")}
          {t("app.colon")}
          {t("rules.versionValue", { version: rule.currentVersion.version })}
        </h3>
        <VersionFacts version={rule.currentVersion} />
        {older.length > 0 && (
          <Collapse
            ghost
            size="small"
            className="rule-card__older"
            items={[
              {
                key: "older",
                label: t("rules.olderVersions", { count: older.length }),
                children: older.map((v) => (
                  <div key={v.id} className="rule-card__version" data-version={v.version}>
                    <h4 className="action__title">
                      {t("rules.versionValue", { version: v.version })}
                    </h4>
                    <VersionFacts version={v} />
                  </div>
                )),
              },
            ]}
          />
        )}
        {canAct && (
          <Space wrap className="rule-card__actions">
            <ActiveToggle rule={rule} />
            <Button
              size="small"
              type={open ? "default" : "primary"}
              aria-expanded={open}
              data-rule-action="openBacktest"
              onClick={() => setOpen(!open)}
            >
              {t(open ? "rules.closeBacktest" : "rules.openBacktest")}
            </Button>
          </Space>
        )}
        {canAct && open && <BacktestForm rule={rule} />}
      </Card>
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
  const { t, label } = useI18n();
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
      {!connection && loading && <Loading text={t("rules.loading")} />}
      {!connection && !loading && problem === "forbidden" && <SectionNotice problem="forbidden" />}
      {!connection && !loading && error && problem !== "forbidden" && (
        <LoadError text={t("rules.error")} retry={refetch} />
      )}
      {connection && (
        <>
          <div className="list-bar">
            <p className="result-count" role="status" data-total={connection.totalCount}>
              {t("rules.count", { count: connection.totalCount })}
            </p>
            <ExportButton
              disabled={connection.edges.length === 0}
              spec={() => ({
                fileName: t("caseDashboard.export.rulesFile", {
                  date: campusDateStamp(new Date()),
                }),
                sheetName: t("rules.title"),
                // Each rule card's heading and its current version, as the cards show them.
                columns: [
                  { header: t("rules.code"), key: "code" },
                  { header: t("caseDashboard.col.ruleName"), key: "name" },
                  { header: t("rules.level"), key: "level" },
                  { header: t("rules.category"), key: "category" },
                  { header: t("rules.state"), key: "state" },
                  { header: t("rules.currentVersion"), key: "version" },
                  { header: t("rules.description"), key: "conditions" },
                ],
                rows: connection.edges.map(({ node: r }) => ({
                  code: r.code,
                  name: r.name,
                  level: label("WarningLevel", r.level),
                  category: label("WarningCategory", r.category),
                  state: t(r.active ? "rules.active" : "rules.inactive"),
                  version: r.currentVersion.version,
                  conditions: r.currentVersion.description,
                })),
              })}
            />
          </div>
          {connection.edges.length === 0 ? (
            <EmptyText>{t("rules.none")}</EmptyText>
          ) : (
            <div className="rule-list">
              {connection.edges.map(({ node }) => (
                <RuleCard key={node.id} rule={node} canAct={canAct} />
              ))}
            </div>
          )}
          <LoadMore
            connection={connection}
            loading={loadingMore}
            label={t("rules.loadMore")}
            onLoad={(after) => void fetchMore({ variables: { after } })}
          />
        </>
      )}
    </>
  );
}
