/**
 * The case-work dashboard (/dashboards/cases) in a real browser against the whole platform: its
 * tables carry the figures assistanceCaseStatistics gives the same user (and the dataset's known
 * figures), small cells are withheld from a role outside the care line, the range lives in the
 * address, a figure's link opens the case list with exactly that many rows, the warning queue's
 * export holds the page's rows, and the grid page draws its warning picture as charts. Build the
 * app first.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor, expectData, gatewayQuery } from "@campus/testkit";
import {
  CASEWORK_DASHBOARD,
  rangeVariables,
  type CaseworkStatistics,
} from "../src/dashboards/caseworkDataset";
import { ASSISTANCE_CASES, OVERDUE_MEASURES } from "../src/pages/CaseListPage";
import { GRID_PAGE, GRID_WARNING_TREND } from "../src/pages/GridPage";
import { WARNING_QUEUE } from "../src/pages/WarningQueuePage";
import {
  launchBrowser,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
  operationProblems,
} from "./browser";

const DAY = 86_400_000;
const campusDaysAgo = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 - days * DAY).toISOString().slice(0, 10);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

// ---- one floor of seven residents, one student elsewhere ----
const b = new DatasetBuilder("web-casework-dashboard");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康5号楼", campusId: campus.id, floors: 6 });
const grid = b.grid({ name: "彭康5号楼三层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({
  name: "彭康5号楼四层网格",
  buildingId: building.id,
  branchId: branch.id,
});
const resident = (name: string, gridId: string, floor: number, number: string) => {
  const student = b.student({ name, schoolId: school.id });
  b.residence(student, b.room({ buildingId: building.id, gridId, floor, number }));
  return student;
};
const floor = ["王子涵", "李浩然", "张欣怡", "刘洋", "陈思远", "杨雨桐", "赵一鸣"].map((name, i) =>
  resident(name, grid.id, 3, `30${i + 1}`),
);
const [wang, li, zhang, liu, chen, yang, zhao] = floor as [
  PersonSeed,
  PersonSeed,
  PersonSeed,
  PersonSeed,
  PersonSeed,
  PersonSeed,
  PersonSeed,
];
const outsider = resident("孙欣然", otherGrid.id, 4, "401");

const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const gridLeader = b.staff({ name: "周建国", schoolId: school.id });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
const admin = b.staff({ name: "马建华", schoolId: school.id });

const grading = (grade: string) => ({
  conditions: ["SUDDEN_HARDSHIP"],
  recommendedById: counselor.id,
  recommendedAt: "2025-03-02T08:00:00.000Z",
  confirmedGrade: grade,
  confirmedById: admin.id,
  confirmedAt: "2025-03-03T08:00:00.000Z",
});
// Six ECONOMIC cases on the floor in 2025, at every stage; one ACADEMIC case (a cell of one student);
// one ECONOMIC case in late 2024 and one before the range; the other floor's student's case.
b.assistanceCase(wang, counselor, {
  kind: "ECONOMIC",
  status: "DISCOVERED",
  openedAt: "2025-02-10T02:00:00.000Z",
});
b.assistanceCase(li, counselor, {
  kind: "ECONOMIC",
  status: "DISCOVERED",
  openedAt: "2025-03-10T02:00:00.000Z",
});
b.assistanceCase(zhang, counselor, {
  kind: "ECONOMIC",
  status: "GRADED",
  openedAt: "2025-03-01T02:00:00.000Z",
  grading: grading("DIFFICULT"),
});
const assisting = b.assistanceCase(liu, counselor, {
  kind: "ECONOMIC",
  status: "ASSISTING",
  openedAt: "2025-04-01T02:00:00.000Z",
  grading: grading("ESPECIALLY_DIFFICULT"),
});
b.assistanceCase(chen, counselor, {
  kind: "ECONOMIC",
  status: "ASSISTING",
  openedAt: "2025-05-01T02:00:00.000Z",
  grading: grading("DIFFICULT"),
});
b.assistanceCase(yang, counselor, {
  kind: "ECONOMIC",
  status: "CLOSED",
  openedAt: "2025-06-01T02:00:00.000Z",
});
b.assistanceCase(zhao, counselor, {
  kind: "ACADEMIC",
  status: "DISCOVERED",
  openedAt: "2025-07-01T02:00:00.000Z",
});
b.assistanceCase(wang, counselor, {
  kind: "ECONOMIC",
  status: "CLOSED",
  openedAt: "2024-10-01T02:00:00.000Z",
});
b.assistanceCase(li, counselor, {
  kind: "ECONOMIC",
  status: "DISCOVERED",
  openedAt: "2024-03-01T02:00:00.000Z",
});
b.assistanceCase(outsider, admin, {
  kind: "FAMILY",
  status: "DISCOVERED",
  openedAt: "2025-08-01T02:00:00.000Z",
});
// 督办: measures 3, 10 and 20 days late (COUNSELOR, COLLEGE, UNIVERSITY), and one not yet due.
b.taskForceMember(assisting, counselor, { duty: "统筹协调", lead: true });
for (const [days, description] of [
  [3, "每周一次学业辅导"],
  [10, "申请国家助学金"],
  [20, "安排勤工助学岗位"],
  [-30, "学期末回访"],
] as const)
  b.caseMeasure(assisting, counselor, {
    description,
    dueOn: campusDaysAgo(days),
    status: "PLANNED",
  });

// Warnings for the queue and the grid page.
b.warning(wang, { category: "ACADEMIC", level: "ORANGE", raisedAt: hoursAgo(1) });
b.warning(li, { category: "FINANCIAL", level: "YELLOW", raisedAt: hoursAgo(72) });
b.warning(zhang, {
  category: "MENTAL_HEALTH",
  level: "RED",
  status: "ASSIGNED",
  raisedAt: hoursAgo(2),
});
b.warning(outsider, { category: "BEHAVIOUR", level: "RED", raisedAt: hoursAgo(2) });
const dataset = b.build();

const devUsers = [
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "grid-leader", name: "周建国", personId: gridLeader.id, roles: ["grid_leader" as const] },
  { key: "admin", name: "马建华", personId: admin.id, roles: ["admin" as const] },
];
const asCounselor = callerFor(["counselor"], counselor.id, "陈晓燕");
const asGridLeader = callerFor(["grid_leader"], gridLeader.id, "周建国");
const asAdmin = callerFor(["admin"], admin.id, "马建华");
type Caller = typeof asCounselor;

const RANGE = { from: "2024-07-01", to: "2025-12-31" };
const SUPPRESSED = "已隐藏（少于5人）";
const FIGURES = ["students", "opened", "graded", "assisted", "closed"] as const;

/** A table as { row: { column: figure or note } }. */
type Table = Record<string, Record<string, number | string>>;

/** What each chart's table must show for an answer. */
function expectedTables(stats: CaseworkStatistics): Record<string, Table> {
  type Figures = CaseworkStatistics["total"];
  const row = (f: Figures) =>
    Object.fromEntries(FIGURES.map((k) => [k, f.suppressed ? SUPPRESSED : (f[k] ?? -1)]));
  return {
    status: Object.fromEntries(
      stats.byStatus.map((s) => [s.status, { cases: s.suppressed ? SUPPRESSED : (s.cases ?? -1) }]),
    ),
    kind: Object.fromEntries(stats.byKind.map((k) => [k.kind, row(k.figures)])),
    grade: Object.fromEntries(stats.byGrade.map((g) => [g.grade, row(g.figures)])),
    year: Object.fromEntries(stats.byYear.map((y) => [String(y.year), row(y.figures)])),
    overdue: Object.fromEntries(
      stats.overdueMeasuresByTier.map((o) => [o.tier, { measures: o.measures }]),
    ),
  };
}

describe("the case-work dashboard and list exports, in a browser, against the whole platform", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);
  const chart = (page: Page, name: string) => page.locator(`figure[data-chart="${name}"]`);
  const counter = (page: Page, name: string) =>
    page.locator(`[data-counter="${name}"] .counter__value`).textContent();

  const statisticsFor = async (caller: Caller) =>
    expectData(await gatewayQuery(stack, CASEWORK_DASHBOARD, rangeVariables(RANGE), caller))
      .assistanceCaseStatistics;

  async function openDashboard(page: Page, query = `?from=${RANGE.from}&to=${RANGE.to}`) {
    await page.goto(`${stack.gateway.url}/dashboards/cases${query}`);
    await page.getByRole("heading", { level: 1, name: "帮扶工作看板" }).waitFor();
    await chart(page, "overdue").locator("tbody tr").first().waitFor();
  }

  /** A chart's table as the page shows it: each cell's figure, or its note. */
  const tableOf = (page: Page, name: string): Promise<Table> =>
    chart(page, name)
      .locator("table")
      .evaluate((table) => {
        const out: Record<string, Record<string, number | string>> = {};
        for (const row of (table as HTMLTableElement).tBodies[0]?.rows ?? []) {
          const cells: Record<string, number | string> = {};
          for (const cell of row.querySelectorAll("td")) {
            const value = cell.getAttribute("data-value");
            cells[cell.getAttribute("data-column") ?? "?"] =
              value !== null ? Number(value) : (cell.getAttribute("data-note") ?? "");
          }
          out[row.getAttribute("data-row") ?? "?"] = cells;
        }
        return out;
      });

  async function expectTablesToMatch(page: Page, stats: CaseworkStatistics) {
    const expected = expectedTables(stats);
    for (const [name, table] of Object.entries(expected))
      expect(await tableOf(page, name), name).toEqual(table);
    for (const f of ["students", "opened", "graded", "assisted", "closed"] as const)
      expect(await counter(page, f), f).toBe(
        stats.total.suppressed ? SUPPRESSED : String(stats.total[f]),
      );
  }

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        CASEWORK_DASHBOARD,
        ASSISTANCE_CASES,
        OVERDUE_MEASURES,
        WARNING_QUEUE,
        GRID_PAGE,
        GRID_WARNING_TREND,
      }),
    ).toEqual([]);
  });

  it("shows a counselor the API's figures for them, the dataset's known ones, and keeps the range over a reload", async () => {
    const stats = await statisticsFor(asCounselor);
    // The floor's nine cases; the range leaves out March 2024's; the other floor is not theirs.
    expect(stats.total).toMatchObject({
      students: 7,
      opened: 8,
      graded: 3,
      assisted: 4,
      closed: 2,
    });
    const status = Object.fromEntries(stats.byStatus.map((s) => [s.status, s.cases]));
    expect(status).toEqual({ DISCOVERED: 3, GRADED: 1, ASSISTING: 2, REVIEWED: 0, CLOSED: 2 });
    expect(stats.overdueMeasuresByTier).toEqual([
      { tier: "COUNSELOR", measures: 1 },
      { tier: "COLLEGE", measures: 1 },
      { tier: "UNIVERSITY", measures: 1 },
    ]);

    const { page, posts } = await browser.openPage();
    await signInAs(page, "counselor");
    await openDashboard(page);
    await expectTablesToMatch(page, stats);
    expect(await tableOf(page, "year")).toMatchObject({
      "2024": { opened: 1 },
      "2025": { opened: 7 },
    });
    await expect.poll(() => chart(page, "kind").getAttribute("data-chart-ready")).toBe("true");
    expect(await chart(page, "kind").locator(".chart__canvas svg").count()).toBe(1);

    // The range is the address's: a reload keeps it and asks for the same range again.
    await page.reload();
    await chart(page, "overdue").locator("tbody tr").first().waitFor();
    expect(new URL(page.url()).search).toBe(`?from=${RANGE.from}&to=${RANGE.to}`);
    expect(await page.getByPlaceholder("开始日期").inputValue()).toBe(RANGE.from);
    expect(await page.getByPlaceholder("结束日期").inputValue()).toBe(RANGE.to);
    expect(await page.locator("[data-range]").getAttribute("data-range")).toBe(
      `${RANGE.from}/${RANGE.to}`,
    );
    await expectTablesToMatch(page, stats);
    const asked = posts.filter((p) => p.operationName === "CaseworkDashboard");
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(browser.pageErrors).toEqual([]);
  });

  it("opens the case list a figure links to, with as many cases as the figure", async () => {
    const stats = await statisticsFor(asCounselor);
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    const cases = page.locator('section[data-section="cases"]');
    const total = () => cases.locator("[data-total]").getAttribute("data-total");

    const follow = async (chartName: string, row: string, column: string, want: number) => {
      await openDashboard(page);
      const cell = chart(page, chartName).locator(
        `tr[data-row="${row}"] td[data-column="${column}"]`,
      );
      expect(await cell.getAttribute("data-value"), `${chartName} ${row} ${column}`).toBe(
        String(want),
      );
      await cell.getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: "帮扶个案" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/cases");
      await expect.poll(total).toBe(String(want));
      expect(await cases.locator("tr[data-case]").count()).toBe(want);
      return new URL(page.url()).searchParams;
    };

    const kind = stats.byKind.find((k) => k.kind === "ECONOMIC")?.figures;
    const assisted = await follow("kind", "ECONOMIC", "assisted", kind?.assisted ?? -1);
    expect(Object.fromEntries(assisted)).toEqual({
      openedFrom: "2024-07-01",
      openedBefore: "2026-01-01",
      kind: "ECONOMIC",
      reachedAssisting: "true",
    });
    await follow("status", "DISCOVERED", "cases", 3);
    await follow("grade", "DIFFICULT", "opened", 2);
    // The year 2024: only the part of it inside the range.
    const year = await follow("year", "2024", "opened", 1);
    expect(year.get("openedFrom")).toBe("2024-07-01");
    expect(year.get("openedBefore")).toBe("2025-01-01");

    // A headline figure, and an overdue tier to the 督办 board.
    await openDashboard(page);
    await page.locator('[data-counter="closed"] a').click();
    await expect.poll(total).toBe(String(stats.total.closed));
    await openDashboard(page);
    await chart(page, "overdue")
      .locator('tr[data-row="COLLEGE"] td[data-column="measures"] a')
      .click();
    const board = page.locator('section[data-section="overdue-board"]');
    await expect.poll(() => board.locator("[data-total]").getAttribute("data-total")).toBe("1");
    expect(await board.locator("tr[data-measure]").textContent()).toContain("申请国家助学金");
    expect(browser.pageErrors).toEqual([]);
  });

  it("shows an administrator every case, the other floor's too", async () => {
    const stats = await statisticsFor(asAdmin);
    expect(stats.total).toMatchObject({ students: 8, opened: 9, suppressed: false });
    const { page } = await browser.openPage();
    await signInAs(page, "admin");
    await openDashboard(page);
    await expectTablesToMatch(page, stats);
  });

  it("withholds small cells from a grid leader, never showing them as 0", async () => {
    const stats = await statisticsFor(asGridLeader);
    const academic = stats.byKind.find((k) => k.kind === "ACADEMIC")?.figures;
    expect(academic).toMatchObject({ opened: null, suppressed: true });
    const { page } = await browser.openPage();
    await signInAs(page, "grid-leader");
    await openDashboard(page);
    await expectTablesToMatch(page, stats);
    const row = chart(page, "kind").locator('tr[data-row="ACADEMIC"]');
    expect(await row.locator(`td[data-note="${SUPPRESSED}"]`).count()).toBe(5);
    expect(await row.locator("td[data-value]").count()).toBe(0);
    expect(await row.locator("a").count()).toBe(0);
  });

  it("opens on the current calendar year and writes a range chosen in the picker to the address", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    await openDashboard(page, "");
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect(await page.locator("[data-range]").getAttribute("data-range")).toBe(
      `${year}-01-01/${year}-12-31`,
    );
    const start = page.getByPlaceholder("开始日期");
    const end = page.getByPlaceholder("结束日期");
    expect(await start.inputValue()).toBe(`${year}-01-01`);

    // Choose 2025 in the picker: the address takes the range, and the tables follow.
    await start.click();
    await start.fill("2025-01-01");
    await start.press("Enter");
    await end.fill("2025-12-31");
    await end.press("Enter");
    await expect.poll(() => new URL(page.url()).search).toBe("?from=2025-01-01&to=2025-12-31");
    await expect
      .poll(() => page.locator("[data-range]").getAttribute("data-range"))
      .toBe("2025-01-01/2025-12-31");
    await expect
      .poll(() => counter(page, "opened"))
      .toBe(
        String(
          expectData(
            await gatewayQuery(
              stack,
              CASEWORK_DASHBOARD,
              rangeVariables({ from: "2025-01-01", to: "2025-12-31" }),
              asCounselor,
            ),
          ).assistanceCaseStatistics.total.opened,
        ),
      );
    expect(await counter(page, "opened")).toBe("7");
  });

  it("exports the warning queue's rows to an .xlsx file", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/warnings");
    await page.getByRole("heading", { level: 1, name: "预警工作台" }).waitFor();
    const rows = page.locator("tr[data-warning]");
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        student: tr.querySelector(".person-link")?.textContent ?? "",
        number: tr.querySelector(".queue-row__number")?.textContent ?? "",
        stage: tr.getAttribute("data-status"),
      })),
    );
    expect(shown.length).toBe(3);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^预警队列-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "级别",
      "学生",
      "学号",
      "类别",
      "阶段",
      "本阶段截止时间",
      "已逾期",
      "责任层级",
      "负责人",
    ]);
    expect(sheet.rowCount).toBe(1 + shown.length);
    const stageLabels: Record<string, string> = { OPEN: "待处理", ASSIGNED: "已分派" };
    shown.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      expect(cells.getCell(2).value).toBe(row.student);
      expect(cells.getCell(3).value).toBe(row.number);
      if (row.stage && stageLabels[row.stage])
        expect(cells.getCell(5).value).toBe(stageLabels[row.stage]);
      expect(cells.getCell(6).value).toBeInstanceOf(Date);
    });
    expect(browser.pageErrors).toEqual([]);
  });

  it("draws the grid page's warning picture as charts with the API's figures", async () => {
    const answer = expectData(await gatewayQuery(stack, GRID_PAGE, { id: grid.id }, asCounselor));
    const stats = answer.grid?.warningStats;
    if (!stats) throw new Error("no stats");
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", `/grids/${grid.id}`);
    await page.getByRole("heading", { level: 1, name: grid.name }).waitFor();
    const figure = (name: string, key: string) =>
      chart(page, name).locator(`tr[data-row="${key}"] td[data-column="count"]`);
    await figure("level", "RED").waitFor();
    for (const l of stats.byLevel)
      expect(await figure("level", l.level).getAttribute("data-value")).toBe(String(l.count));
    for (const c of stats.byCategory)
      expect(await figure("category", c.category).getAttribute("data-value")).toBe(String(c.count));
    for (const s of stats.byStatus)
      expect(await figure("status", s.status).getAttribute("data-value")).toBe(String(s.count));
    // The dataset's figures: Wang's orange, Li's yellow, Zhang's red (the counselor holds MENTAL_HEALTH).
    expect(stats.byLevel).toEqual([
      { level: "YELLOW", count: 1 },
      { level: "ORANGE", count: 1 },
      { level: "RED", count: 1 },
    ]);
    await expect.poll(() => chart(page, "level").getAttribute("data-chart-ready")).toBe("true");
    await chart(page, "grid-trend").locator("tbody tr").first().waitFor();
  });
});
