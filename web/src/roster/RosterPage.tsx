import { useApolloClient, useQuery } from "@apollo/client";
import { SearchOutlined } from "@ant-design/icons";
import type { ResultOf } from "@graphql-typed-document-node/core";
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Pagination,
  Select,
  Tag,
  type TableColumnsType,
} from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useSession } from "../auth/useSession";
import { ExportButton } from "../export/ExportButton";
import { campusDateStamp, type XlsxSpec } from "../export/xlsx";
import { graphql } from "../generated";
import type { RosterFilter, RosterOrder, RosterRisk, WarningLevel } from "../generated/graphql";
import { MAX_SEARCH_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes, useNarrow } from "../ui/layout";
import { LevelTag } from "../ui/tags";

const PAGE_SIZE = 20;
/** The export reads the whole filtered roster in pages of the server's largest size. */
const EXPORT_PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 300;
const LEVEL_RANK: Record<WarningLevel, number> = { YELLOW: 1, ORANGE: 2, RED: 3 };
const ORDERS: readonly RosterOrder[] = ["PINYIN", "NUMBER", "RISK"];
const RISKS: readonly RosterRisk[] = ["ANY", "WARNING", "CASE"];

export const ROSTER_PAGE_FIELDS = graphql(`
  fragment RosterPageFields on RosterPage {
    totalCount
    page
    pageSize
    pageCount
    nodes {
      id
      name
      namePinyin
      number
      cohort
      studentClass {
        id
        name
      }
      school {
        id
        name
      }
      college {
        id
        name
      }
      warnings {
        id
        status
        level
      }
      cases {
        id
        status
      }
    }
  }
`);

export const ROSTER = graphql(`
  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {
    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
      ...RosterPageFields
    }
  }
`);

export const GRID_ROSTER = graphql(`
  query GridRoster(
    $id: ID!
    $filter: RosterFilter
    $orderBy: RosterOrder
    $page: Int
    $pageSize: Int
  ) {
    grid(id: $id) {
      id
      students(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
        ...RosterPageFields
      }
    }
  }
`);

export const BUILDING_ROSTER = graphql(`
  query BuildingRoster(
    $id: ID!
    $filter: RosterFilter
    $orderBy: RosterOrder
    $page: Int
    $pageSize: Int
  ) {
    building(id: $id) {
      id
      students(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
        ...RosterPageFields
      }
    }
  }
`);

export const BRANCH_ROSTER = graphql(`
  query BranchRoster(
    $id: ID!
    $filter: RosterFilter
    $orderBy: RosterOrder
    $page: Int
    $pageSize: Int
  ) {
    orgUnit(id: $id) {
      id
      students(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
        ...RosterPageFields
      }
    }
  }
`);

const ROSTER_PLACES = graphql(`
  query RosterPlaces($buildingId: ID, $withGrids: Boolean!) {
    branches: orgUnits(kind: JOINT_BRANCH) {
      id
      name
    }
    campuses {
      id
      name
      buildings {
        id
        name
      }
    }
    grids(first: 100, filter: { buildingId: $buildingId }) @include(if: $withGrids) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type RosterPageData = ResultOf<typeof ROSTER_PAGE_FIELDS>;
type RosterRow = RosterPageData["nodes"][number];

/** What the address says: every filter, the order and the page (so links, reloads and Back keep them). */
interface RosterQuery {
  search: string;
  order: RosterOrder;
  page: number;
  cohort: number | null;
  classId: string;
  schoolId: string;
  collegeId: string;
  buildingId: string;
  gridId: string;
  /** 党支部: its grids' residents. */
  branchId: string;
  risk: RosterRisk | "";
}

function readQuery(params: URLSearchParams): RosterQuery {
  const page = Number(params.get("page"));
  const cohort = Number(params.get("cohort"));
  return {
    search: (params.get("q") ?? "").trim(),
    order: ORDERS.find((order) => order === params.get("order")) ?? "PINYIN",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    cohort: params.get("cohort") && Number.isInteger(cohort) ? cohort : null,
    classId: params.get("class") ?? "",
    schoolId: params.get("school") ?? "",
    collegeId: params.get("college") ?? "",
    buildingId: params.get("building") ?? "",
    gridId: params.get("grid") ?? "",
    branchId: params.get("branch") ?? "",
    risk: RISKS.find((risk) => risk === params.get("risk")) ?? "",
  };
}

function writeQuery(query: RosterQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set("q", query.search);
  if (query.order !== "PINYIN") params.set("order", query.order);
  if (query.cohort !== null) params.set("cohort", String(query.cohort));
  if (query.classId) params.set("class", query.classId);
  if (query.schoolId) params.set("school", query.schoolId);
  if (query.collegeId) params.set("college", query.collegeId);
  if (query.buildingId) params.set("building", query.buildingId);
  if (query.gridId) params.set("grid", query.gridId);
  if (query.branchId) params.set("branch", query.branchId);
  if (query.risk) params.set("risk", query.risk);
  if (query.page > 1) params.set("page", String(query.page));
  return params;
}

function filterOf(query: RosterQuery): RosterFilter {
  return {
    ...(query.search && { search: query.search }),
    ...(query.cohort !== null && { cohort: query.cohort }),
    ...(query.classId && { classId: query.classId }),
    ...(query.schoolId && { schoolId: query.schoolId }),
    ...(query.collegeId && { collegeId: query.collegeId }),
    ...(query.risk && { risk: query.risk }),
  };
}

/** A student's open warnings (not yet closed), their highest level, and open cases. */
function riskOf(row: RosterRow) {
  const open = (row.warnings ?? []).filter((w) => w.status !== "CLOSED");
  const highest = open.reduce<WarningLevel | null>(
    (top, w) => (!top || LEVEL_RANK[w.level] > LEVEL_RANK[top] ? w.level : top),
    null,
  );
  const cases = (row.cases ?? []).filter((c) => c.status !== "CLOSED").length;
  return { warnings: open.length, highest, cases };
}

function RiskTags({ row }: { row: RosterRow }) {
  const { t } = useI18n();
  const risk = riskOf(row);
  if (!risk.warnings && !risk.cases)
    return (
      <span className="muted" data-risk="none">
        {t("roster.risk.none")}
      </span>
    );
  return (
    <span className="roster__risk" data-risk="open">
      {risk.highest && <LevelTag level={risk.highest} />}
      {risk.warnings > 0 && <Tag>{t("roster.risk.warnings", { count: risk.warnings })}</Tag>}
      {risk.cases > 0 && <Tag color="purple">{t("roster.risk.cases", { count: risk.cases })}</Tag>}
    </span>
  );
}

/**
 * 花名册: "my students" for every staff role. The people subgraph lists exactly the students the
 * caller's duties cover (a student: only themselves), in pinyin order with numbered pages; a
 * building's or grid's roster comes from its residents (Building.students, Grid.students).
 */
export function RosterPage() {
  const { t, label } = useI18n();
  const session = useSession();
  const client = useApolloClient();
  const narrow = useNarrow();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = readQuery(params);
  useDocumentTitle(t("roster.title"));
  const selfOnly =
    !!session &&
    session.user.roles.length > 0 &&
    session.user.roles.every((role) => role === "student");

  const go = (change: Partial<RosterQuery>) => {
    // Any change of filter or order starts again at page 1; only the pager keeps its page.
    const next = { ...query, page: 1, ...change };
    void navigate(paths.roster(writeQuery(next)), { replace: !("page" in change) });
  };

  const [text, setText] = useState(query.search);
  const [shownSearch, setShownSearch] = useState(query.search);
  if (query.search !== shownSearch) {
    setShownSearch(query.search);
    if (text.trim() !== query.search) setText(query.search);
  }
  useEffect(() => {
    const next = text.trim();
    if (next === query.search) return;
    const timer = setTimeout(
      () =>
        void navigate(paths.roster(writeQuery({ ...query, search: next, page: 1 })), {
          replace: true,
        }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, query, navigate]);

  const filter = filterOf(query);
  const variables = { filter, orderBy: query.order, page: query.page, pageSize: PAGE_SIZE };
  const place = query.gridId
    ? "grid"
    : query.buildingId
      ? "building"
      : query.branchId
        ? "branch"
        : "all";
  const all = useQuery(ROSTER, { variables, skip: place !== "all", errorPolicy: "all" });
  const grid = useQuery(GRID_ROSTER, {
    variables: { ...variables, id: query.gridId },
    skip: place !== "grid",
    errorPolicy: "all",
  });
  const building = useQuery(BUILDING_ROSTER, {
    variables: { ...variables, id: query.buildingId },
    skip: place !== "building",
    errorPolicy: "all",
  });
  const branch = useQuery(BRANCH_ROSTER, {
    variables: { ...variables, id: query.branchId },
    skip: place !== "branch",
    errorPolicy: "all",
  });
  const places = useQuery(ROSTER_PLACES, {
    variables: { buildingId: query.buildingId || null, withGrids: !!query.buildingId },
    skip: selfOnly,
  });
  const current =
    place === "grid" ? grid : place === "building" ? building : place === "branch" ? branch : all;
  const roster: RosterPageData | null | undefined =
    place === "grid"
      ? grid.data?.grid?.students
      : place === "building"
        ? building.data?.building?.students
        : place === "branch"
          ? branch.data?.orgUnit?.students
          : all.data?.roster;
  const rows = roster?.nodes ?? [];

  /** Every page of the filtered roster, through the same query (same scope, same audit). */
  const exportSpec = async (): Promise<XlsxSpec> => {
    const everyone: RosterRow[] = [];
    for (let page = 1; ; page++) {
      const pageVariables = { filter, orderBy: query.order, page, pageSize: EXPORT_PAGE_SIZE };
      let data: RosterPageData | null | undefined;
      if (place === "grid") {
        const res = await client.query({
          query: GRID_ROSTER,
          variables: { ...pageVariables, id: query.gridId },
        });
        data = res.data?.grid?.students;
      } else if (place === "building") {
        const res = await client.query({
          query: BUILDING_ROSTER,
          variables: { ...pageVariables, id: query.buildingId },
        });
        data = res.data?.building?.students;
      } else if (place === "branch") {
        const res = await client.query({
          query: BRANCH_ROSTER,
          variables: { ...pageVariables, id: query.branchId },
        });
        data = res.data?.orgUnit?.students;
      } else {
        const res = await client.query({ query: ROSTER, variables: pageVariables });
        data = res.data?.roster;
      }
      if (!data) throw new Error("the roster could not be read");
      everyone.push(...data.nodes);
      if (page >= data.pageCount) break;
    }
    return {
      fileName: t("roster.exportFile", { date: campusDateStamp(new Date()) }),
      sheetName: t("roster.title"),
      // Only fields that are not personal-sensitive: no phone, room or income in a roster file.
      columns: [
        { header: t("roster.col.name"), key: "name" },
        { header: t("roster.col.pinyin"), key: "pinyin" },
        { header: t("roster.col.number"), key: "number" },
        { header: t("roster.col.cohort"), key: "cohort" },
        { header: t("roster.col.class"), key: "class" },
        { header: t("roster.col.school"), key: "school" },
        { header: t("roster.col.college"), key: "college" },
        { header: t("roster.col.openWarnings"), key: "warnings" },
        { header: t("roster.col.highestLevel"), key: "level" },
        { header: t("roster.col.openCases"), key: "cases" },
      ],
      rows: everyone.map((p) => {
        const risk = riskOf(p);
        return {
          name: p.name,
          pinyin: p.namePinyin,
          number: p.number,
          cohort: p.cohort,
          class: p.studentClass?.name ?? "",
          school: p.school?.name ?? "",
          college: p.college?.name ?? "",
          warnings: risk.warnings,
          level: risk.highest ? label("WarningLevel", risk.highest) : "",
          cases: risk.cases,
        };
      }),
    };
  };

  // A filter chosen by clicking a class, school or college in a row: named from the rows it shows.
  const chips: { key: keyof RosterQuery; text: string }[] = [];
  const first = rows[0];
  if (query.classId)
    chips.push({
      key: "classId",
      text: t("roster.filter.class", { name: first?.studentClass?.name ?? "…" }),
    });
  if (query.schoolId)
    chips.push({
      key: "schoolId",
      text: t("roster.filter.school", { name: first?.school?.name ?? "…" }),
    });
  if (query.collegeId)
    chips.push({
      key: "collegeId",
      text: t("roster.filter.college", { name: first?.college?.name ?? "…" }),
    });

  const unitLink = (
    key: "classId" | "schoolId" | "collegeId",
    unit?: { id: string; name: string } | null,
  ) =>
    unit ? (
      <Button
        type="link"
        size="small"
        className="roster__unit"
        data-filter-by={key}
        onClick={() => go({ [key]: unit.id })}
      >
        {unit.name}
      </Button>
    ) : (
      t("app.none")
    );

  const columns: TableColumnsType<RosterRow> = [
    {
      key: "name",
      title: t("roster.col.name"),
      rowScope: "row",
      render: (_, p) => (
        <Link to={paths.person(p.id)} className="person-link">
          {p.name}
        </Link>
      ),
    },
    {
      key: "pinyin",
      title: t("roster.col.pinyin"),
      className: "muted",
      render: (_, p) => p.namePinyin,
    },
    { key: "number", title: t("roster.col.number"), className: "mono", render: (_, p) => p.number },
    { key: "cohort", title: t("roster.col.cohort"), render: (_, p) => p.cohort ?? t("app.none") },
    {
      key: "class",
      title: t("roster.col.class"),
      render: (_, p) => unitLink("classId", p.studentClass),
    },
    {
      key: "school",
      title: t("roster.col.school"),
      render: (_, p) => unitLink("schoolId", p.school),
    },
    {
      key: "college",
      title: t("roster.col.college"),
      render: (_, p) => unitLink("collegeId", p.college),
    },
    { key: "risk", title: t("roster.col.risk"), render: (_, p) => <RiskTags row={p} /> },
  ];

  const buildings =
    places.data?.campuses.flatMap((c) =>
      c.buildings.map((b) => ({ value: b.id, label: `${c.name} ${b.name}` })),
    ) ?? [];
  const branches =
    places.data?.branches.map((unit) => ({ value: unit.id, label: unit.name })) ?? [];
  const grids =
    places.data?.grids?.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const pager = roster && roster.totalCount > 0 && (
    <Pagination
      className="roster__pager"
      current={roster.page}
      pageSize={roster.pageSize}
      total={roster.totalCount}
      showSizeChanger={false}
      simple={narrow}
      size={narrow ? "small" : undefined}
      onChange={(page) => go({ page })}
    />
  );

  return (
    <div className="roster">
      <PageHeading>{t("roster.title")}</PageHeading>
      {selfOnly ? (
        <Alert
          className="hint"
          type="info"
          showIcon
          data-self-only="true"
          title={t("roster.selfOnly")}
        />
      ) : (
        <p className="muted">{t("roster.intro")}</p>
      )}
      <Form
        className="filters roster__filters"
        layout={narrow ? "vertical" : "inline"}
        role="search"
        onFinish={() => go({ search: text.trim() })}
      >
        <Form.Item
          label={t("roster.searchLabel")}
          htmlFor="roster-search"
          className="roster__search"
        >
          <Input
            id="roster-search"
            type="search"
            name="q"
            value={text}
            placeholder={t("roster.searchPlaceholder")}
            autoComplete="off"
            maxLength={MAX_SEARCH_LENGTH}
            spellCheck={false}
            allowClear
            prefix={<SearchOutlined aria-hidden="true" />}
            onChange={(e) => setText(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t("roster.order")} htmlFor="roster-order" className="filters__field">
          <Select
            id="roster-order"
            className="filters__select"
            data-filter="order"
            value={query.order}
            popupMatchSelectWidth={false}
            options={ORDERS.map((value) => ({
              value,
              label: t(`roster.order.${value}`),
            }))}
            onChange={(order: RosterOrder) => go({ order })}
          />
        </Form.Item>
        <Form.Item label={t("roster.risk")} htmlFor="roster-risk" className="filters__field">
          <Select
            id="roster-risk"
            className="filters__select"
            data-filter="risk"
            value={query.risk}
            popupMatchSelectWidth={false}
            options={[
              { value: "", label: t("roster.anyRisk") },
              ...RISKS.map((value) => ({ value, label: t(`roster.risk.${value}`) })),
            ]}
            onChange={(risk: RosterRisk | "") => go({ risk })}
          />
        </Form.Item>
        <Form.Item label={t("roster.cohort")} htmlFor="roster-cohort" className="filters__field">
          <Input
            id="roster-cohort"
            className="filters__select"
            data-filter="cohort"
            inputMode="numeric"
            placeholder={t("roster.cohortPlaceholder")}
            defaultValue={query.cohort ?? ""}
            key={query.cohort ?? "none"}
            maxLength={4}
            onBlur={(e) => {
              const value = e.target.value.trim();
              const cohort = /^\d{4}$/.test(value) ? Number(value) : null;
              if (cohort !== query.cohort) go({ cohort });
            }}
          />
        </Form.Item>
        {!selfOnly && (
          <>
            <Form.Item
              label={t("roster.building")}
              htmlFor="roster-building"
              className="filters__field"
            >
              <Select
                id="roster-building"
                className="filters__select"
                data-filter="building"
                value={query.buildingId}
                popupMatchSelectWidth={false}
                showSearch={{ optionFilterProp: "label" }}
                options={[{ value: "", label: t("roster.anyPlace") }, ...buildings]}
                onChange={(buildingId: string) => go({ buildingId, gridId: "", branchId: "" })}
              />
            </Form.Item>
            <Form.Item label={t("roster.grid")} htmlFor="roster-grid" className="filters__field">
              <Select
                id="roster-grid"
                className="filters__select"
                data-filter="grid"
                value={query.gridId}
                disabled={!query.buildingId}
                popupMatchSelectWidth={false}
                options={[{ value: "", label: t("roster.anyPlace") }, ...grids]}
                onChange={(gridId: string) => go({ gridId })}
              />
            </Form.Item>
            <Form.Item
              label={t("roster.branch")}
              htmlFor="roster-branch"
              className="filters__field"
            >
              <Select
                id="roster-branch"
                className="filters__select"
                data-filter="branch"
                value={query.branchId}
                popupMatchSelectWidth={false}
                showSearch={{ optionFilterProp: "label" }}
                options={[{ value: "", label: t("roster.anyPlace") }, ...branches]}
                onChange={(branchId: string) => go({ branchId, buildingId: "", gridId: "" })}
              />
            </Form.Item>
          </>
        )}
      </Form>
      {chips.length > 0 && (
        <p className="roster__chips">
          {chips.map((chip) => (
            <Tag
              key={chip.key}
              closable
              data-chip={chip.key}
              closeIcon={<span aria-label={t("roster.filter.clear")}>×</span>}
              onClose={() => go({ [chip.key]: "" })}
            >
              {chip.text}
            </Tag>
          ))}
        </p>
      )}

      {!roster && current.loading && <Loading />}
      {!roster && !current.loading && current.error && (
        <LoadError text={t("roster.error")} retry={current.refetch} />
      )}
      {roster && (
        <>
          <div className="list-bar">
            <p
              className="result-count"
              role="status"
              aria-live="polite"
              data-total={roster.totalCount}
            >
              {t("roster.count", { count: roster.totalCount })}
              {roster.pageCount > 0 && (
                <span
                  className="result-count__shown"
                  data-page-of={`${roster.page}/${roster.pageCount}`}
                >
                  {" "}
                  · {t("roster.pageOf", { page: roster.page, pages: roster.pageCount })}
                </span>
              )}
            </p>
            <ExportButton
              label={t("roster.export")}
              disabled={roster.totalCount === 0}
              spec={exportSpec}
            />
          </div>
          {rows.length === 0 ? (
            <EmptyText>{t("roster.empty")}</EmptyText>
          ) : narrow ? (
            <>
              <ul className="card-list roster__cards" aria-label={t("roster.title")}>
                {rows.map((p) => (
                  <li key={p.id} data-roster-row={p.id}>
                    <Card size="small" className="student-card">
                      <Link to={paths.person(p.id)} className="person-link">
                        {p.name}
                      </Link>{" "}
                      <span className="muted">{p.namePinyin}</span>{" "}
                      <span className="mono muted">{p.number}</span>
                      <p className="student-card__meta">
                        {[
                          p.cohort === null
                            ? null
                            : t("identity.cohortValue", { cohort: p.cohort }),
                          p.studentClass?.name,
                          p.school?.name,
                          p.college?.name,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      <RiskTags row={p} />
                    </Card>
                  </li>
                ))}
              </ul>
              {pager}
            </>
          ) : (
            <DataTable<RosterRow>
              className="table--roster"
              caption={<span className="visually-hidden">{t("roster.title")}</span>}
              rowKey="id"
              columns={columns}
              dataSource={rows}
              onRow={(p) => dataAttributes({ "data-roster-row": p.id })}
              pagination={{
                current: roster.page,
                pageSize: roster.pageSize,
                total: roster.totalCount,
                showSizeChanger: false,
                showTotal: (total) => t("roster.count", { count: total }),
                onChange: (page) => go({ page }),
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
