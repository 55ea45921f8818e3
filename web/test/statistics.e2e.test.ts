/**
 * The statistics dashboards in a real browser against the real platform: the dashboards' index,
 * the university dashboard, a college's dashboard, the warnings behind a figure (and their Excel
 * export) and a college's printable term report. Figures are compared with the gateway's answer to
 * the page's own query for the same user, and with the dataset's known figures. Build the app first.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  buildClientSchema,
  getIntrospectionQuery,
  validate,
  type IntrospectionQuery,
} from "graphql";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor, expectData, gatewayQuery } from "@campus/testkit";
import { UNIT_WARNING_ROWS, WARNING_ROWS } from "../src/dashboards/WarningRowsPage";
import {
  DASHBOARD_CALENDAR,
  DASHBOARD_MY_UNITS,
  DASHBOARD_UNITS,
  UNIT_DASHBOARD,
  UNIVERSITY_DASHBOARD,
  apiRange,
} from "../src/dashboards/statistics";
import {
  launchBrowser,
  screenshot,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";

// ---- two residential colleges, two schools, warnings across five months ----
const b = new DatasetBuilder("web-statistics");
const electrical = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const mechanical = b.orgUnit({ name: "机械工程学院", kind: "SCHOOL" });
const pengkang = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const wenzhi = b.orgUnit({ name: "文治书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const pkBuilding = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: pengkang.id });
const wzBuilding = b.building({ name: "文治1号楼", campusId: campus.id, collegeId: wenzhi.id });
const pkGrid = b.grid({ name: "彭康1号楼1层网格", buildingId: pkBuilding.id, branchId: branch.id });
const wzGrid = b.grid({ name: "文治1号楼1层网格", buildingId: wzBuilding.id, branchId: branch.id });
const live = (
  grid: typeof pkGrid,
  building: typeof pkBuilding,
  college: typeof pengkang,
  school: typeof electrical,
  names: string[],
) => {
  const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
  return names.map((name, i) => {
    const student = b.student({ name, schoolId: school.id, collegeId: college.id });
    b.residence(student, room, { bed: String(i + 1) });
    return student;
  });
};
const [p1, p2, p3, p4, p5, p6] = live(pkGrid, pkBuilding, pengkang, electrical, [
  "王子涵",
  "李浩然",
  "张欣怡",
  "刘洋",
  "陈思远",
  "杨雨桐",
]) as [PersonSeed, PersonSeed, PersonSeed, PersonSeed, PersonSeed, PersonSeed];
const [w1, w2, w3] = live(wzGrid, wzBuilding, wenzhi, mechanical, [
  "周若曦",
  "吴昊天",
  "赵一鸣",
]) as [PersonSeed, PersonSeed, PersonSeed];

// The autumn term 2025-2026-1 (1 September 2025 to 28 February 2026): seven warnings.
b.warning(p1, { category: "ACADEMIC", level: "YELLOW", raisedAt: "2025-09-10T02:00:00.000Z" });
b.warning(p2, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "CLOSED",
  raisedAt: "2025-09-20T02:00:00.000Z",
});
b.warning(p3, {
  category: "FINANCIAL",
  level: "YELLOW",
  status: "ASSIGNED",
  raisedAt: "2025-10-05T02:00:00.000Z",
});
b.warning(p4, {
  category: "BEHAVIOUR",
  level: "RED",
  status: "CLOSED",
  raisedAt: "2025-11-12T02:00:00.000Z",
});
b.warning(p5, {
  category: "SAFETY",
  level: "RED",
  status: "TRACKING",
  raisedAt: "2026-01-08T02:00:00.000Z",
});
b.warning(w1, { category: "ACADEMIC", level: "ORANGE", raisedAt: "2025-10-20T02:00:00.000Z" });
b.warning(w2, {
  category: "BEHAVIOUR",
  level: "YELLOW",
  status: "CLOSED",
  raisedAt: "2025-12-01T02:00:00.000Z",
});
// The spring term: two more, in the academic year but outside the autumn term.
b.warning(p6, { category: "ACADEMIC", level: "YELLOW", raisedAt: "2026-03-15T02:00:00.000Z" });
b.warning(w3, { category: "FINANCIAL", level: "RED", raisedAt: "2026-04-02T02:00:00.000Z" });

const admin = b.staff({ name: "马建华", schoolId: electrical.id });
const collegeAdmin = b.staff({ name: "孙立新" });
b.assign(collegeAdmin, "COLLEGE_ADMIN", "UNIT", pengkang.id);
const gridLeader = b.staff({ name: "赵敏" });
b.assign(gridLeader, "GRID_LEADER", "GRID", wzGrid.id);
b.assistanceCase(p3, admin, { status: "OPEN", openedAt: "2025-10-10T02:00:00.000Z" });
b.assistanceCase(p5, admin, { status: "ASSISTING", openedAt: "2026-01-10T02:00:00.000Z" });
const dataset = b.build();

const devUsers = [
  { key: "admin", name: "马建华", personId: admin.id, roles: ["admin" as const] },
  {
    key: "college-admin",
    name: "孙立新",
    personId: collegeAdmin.id,
    roles: ["college_admin" as const],
  },
  { key: "grid-leader", name: "赵敏", personId: gridLeader.id, roles: ["grid_leader" as const] },
];
const asAdmin = callerFor(["admin"], admin.id, "马建华");
const asCollegeAdmin = callerFor(["college_admin"], collegeAdmin.id, "孙立新");
const asGridLeader = callerFor(["grid_leader"], gridLeader.id, "赵敏");

const AUTUMN = { from: "2025-09-01", to: "2026-02-28" };
const YEAR = { from: "2025-09-01", to: "2026-08-31" };
const query = (range: { from: string; to: string }) =>
  new URLSearchParams({ from: range.from, to: range.to }).toString();

describe("the university and college dashboards, in a browser, against the whole platform", () => {
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
  const nav = (page: Page) => page.getByRole("navigation", { name: "主导航" });
  const chart = (page: Page, name: string) => page.locator(`figure[data-chart="${name}"]`);
  const counter = (page: Page, name: string) =>
    page.locator(`[data-counter="${name}"] .counter__value`);
  /** A table cell's figure, or its note ("<5", 未覆盖) when it has none. */
  const cell = async (page: Page, chartName: string, row: string, column: string) => {
    const td = chart(page, chartName).locator(`tr[data-row="${row}"] td[data-column="${column}"]`);
    const value = await td.getAttribute("data-value");
    return value !== null ? Number(value) : await td.getAttribute("data-note");
  };
  const shown = (n: number | null | undefined, suppressed: boolean) =>
    suppressed ? "<5" : String(n);

  async function openUniversity(page: Page, range: { from: string; to: string }) {
    await page.goto(`${stack.gateway.url}/dashboards/university?${query(range)}`);
    await page.getByRole("heading", { level: 1, name: "全校预警统计" }).waitFor();
    await chart(page, "trend").locator("table tbody tr").first().waitFor();
  }

  it("sends only operations the gateway's schema accepts", async () => {
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(expectData(introspection));
    for (const document of [
      DASHBOARD_CALENDAR,
      UNIVERSITY_DASHBOARD,
      UNIT_DASHBOARD,
      DASHBOARD_UNITS,
      DASHBOARD_MY_UNITS,
      WARNING_ROWS,
      UNIT_WARNING_ROWS,
    ])
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it("shows an administrator the university dashboard: charts drawn, every figure the gateway's and the dataset's", async () => {
    const answer = expectData(
      await gatewayQuery(stack, UNIVERSITY_DASHBOARD, apiRange(AUTUMN), asAdmin),
    );
    const stats = answer.warningStatistics;
    // The dataset's own figures, so the gateway and the page cannot agree on a wrong answer.
    expect(stats.total).toMatchObject({ raised: 7, handled: 5, closed: 3, students: 7 });
    expect(stats.total.suppressed).toBe(false);

    const { page } = await browser.openPage();
    // (An administrator's menu folds 数据看板 into "…" at this width: the index by its address.)
    await signInAs(page, "admin", "/dashboards");
    await page.getByRole("heading", { level: 1, name: "数据看板" }).waitFor();
    // An administrator has casework duty: the case-work dashboard is offered.
    expect(await page.locator('[data-dashboard-link="cases"] a').getAttribute("href")).toBe(
      "/dashboards/cases",
    );
    await page.locator('[data-dashboard-link="university"] a').click();
    await page.getByRole("heading", { level: 1, name: "全校预警统计" }).waitFor();
    // Without a range: the current academic year on the campus calendar (September to August).
    const today = expectData(await gatewayQuery(stack, DASHBOARD_CALENDAR, {}, asAdmin))
      .campusCalendar.today;
    const start =
      Number(today.slice(5, 7)) >= 9 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
    expect(await page.locator(".stats-range input").first().inputValue()).toBe(`${start}-09-01`);
    expect(await page.locator(".stats-range input").last().inputValue()).toBe(`${start + 1}-08-31`);

    await openUniversity(page, AUTUMN);
    for (const name of ["trend", "categories", "levels", "time-to-close", "colleges", "schools"]) {
      await expect.poll(() => chart(page, name).getAttribute("data-chart-ready")).toBe("true");
      await chart(page, name).locator(".chart__canvas svg").waitFor();
    }
    for (const m of ["raised", "handled", "closed", "overdue", "students"] as const)
      expect(await counter(page, m).textContent(), m).toBe(String(stats.total[m]));
    const cases = answer.assistanceCaseStatistics.total;
    expect(cases).toMatchObject({ opened: 2, assisted: 1, suppressed: false });
    expect(await counter(page, "casesOpened").textContent()).toBe("2");
    expect(await counter(page, "casesAssisted").textContent()).toBe("1");

    for (const { month, figures } of stats.byMonth) {
      expect(await cell(page, "trend", month, "raised"), month).toBe(figures.raised);
      expect(await cell(page, "trend", month, "closed"), month).toBe(figures.closed);
    }
    expect(stats.byMonth.map((m) => [m.month, m.figures.raised])).toEqual([
      ["2025-09", 2],
      ["2025-10", 2],
      ["2025-11", 1],
      ["2025-12", 1],
      ["2026-01", 1],
      ["2026-02", 0],
    ]);
    for (const { category, figures } of stats.byCategory)
      for (const m of ["raised", "handled", "closed", "overdue"] as const)
        expect(await cell(page, "categories", category, m), `${category} ${m}`).toBe(figures[m]);
    expect(Object.fromEntries(stats.byCategory.map((c) => [c.category, c.figures.raised]))).toEqual(
      { ACADEMIC: 3, BEHAVIOUR: 2, FINANCIAL: 1, SAFETY: 1 },
    );
    for (const { level, figures, medianHoursToClose } of stats.byLevel) {
      expect(await cell(page, "levels", level, "raised"), level).toBe(figures.raised);
      if (medianHoursToClose !== null && medianHoursToClose !== undefined)
        expect(await cell(page, "time-to-close", level, "median")).toBe(
          Math.round(medianHoursToClose * 10) / 10,
        );
    }
    expect(Object.fromEntries(stats.byLevel.map((l) => [l.level, l.figures.raised]))).toEqual({
      YELLOW: 3,
      ORANGE: 2,
      RED: 2,
    });
    // Colleges and schools compared.
    expect(await cell(page, "colleges", pengkang.id, "raised")).toBe(5);
    expect(await cell(page, "colleges", wenzhi.id, "raised")).toBe(2);
    expect(await cell(page, "schools", electrical.id, "raised")).toBe(5);
    expect(await cell(page, "schools", mechanical.id, "raised")).toBe(2);
    for (const unit of [...answer.colleges, ...answer.schools])
      expect(
        await cell(page, unit.kind === "SCHOOL" ? "schools" : "colleges", unit.id, "closed"),
      ).toBe(unit.warningStatistics?.total.closed);
    await screenshot(page, "s01-university-admin-zh");
    expect(browser.pageErrors).toEqual([]);
  });

  it("keeps the range in the URL over a reload, and a new range changes the figures", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin");
    await openUniversity(page, AUTUMN);
    expect(await counter(page, "raised").textContent()).toBe("7");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "全校预警统计" }).waitFor();
    await expect.poll(() => counter(page, "raised").textContent()).toBe("7");
    expect(new URL(page.url()).searchParams.get("from")).toBe(AUTUMN.from);
    expect(new URL(page.url()).searchParams.get("to")).toBe(AUTUMN.to);

    // The picker writes the range it is given to the URL.
    const [start, end] = [
      page.locator(".stats-range input").first(),
      page.locator(".stats-range input").last(),
    ];
    await start.click();
    await start.fill(YEAR.from);
    await start.press("Enter");
    await end.fill(YEAR.to);
    await end.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(YEAR.to);
    expect(new URL(page.url()).searchParams.get("from")).toBe(YEAR.from);
    const year = expectData(
      await gatewayQuery(stack, UNIVERSITY_DASHBOARD, apiRange(YEAR), asAdmin),
    ).warningStatistics.total;
    expect(year.raised).toBe(9);
    await expect.poll(() => counter(page, "raised").textContent()).toBe("9");
    await page.reload();
    await expect.poll(() => counter(page, "raised").textContent()).toBe("9");
    // Back returns to the autumn term's figures.
    await page.goBack();
    await expect.poll(() => counter(page, "raised").textContent()).toBe("7");
  });

  it("links a figure to its rows: as many rows as the figure, exported to .xlsx exactly", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin");
    await openUniversity(page, AUTUMN);
    await chart(page, "categories")
      .locator('tr[data-row="ACADEMIC"] td[data-column="raised"] a')
      .click();
    await page.getByRole("heading", { level: 1, name: "预警明细" }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/dashboards/warnings");
    expect(Object.fromEntries(url.searchParams)).toEqual({ ...AUTUMN, category: "ACADEMIC" });
    const rows = page.locator("tr[data-warning]");
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.locator("[data-total-count]").getAttribute("data-total-count")).toBe("3");

    const shownRows = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent)),
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^预警明细-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    expect(sheet.rowCount).toBe(1 + shownRows.length);
    // Student, category, level and status as the page shows them, row by row.
    const sheetRows = Array.from({ length: shownRows.length }, (_, i) => {
      const row = sheet.getRow(i + 2);
      return [2, 4, 5, 6].map((c) => row.getCell(c).value);
    });
    expect(sheetRows).toEqual(shownRows.map((r) => [r[1], r[2], r[3], r[4]]));
    expect(sheetRows.map((r) => r[0]).sort()).toEqual(["周若曦", "李浩然", "王子涵"].sort());

    // A college's figure: its closed warnings.
    await page.goBack();
    await chart(page, "colleges")
      .locator(`tr[data-row="${pengkang.id}"] td[data-column="closed"] a`)
      .click();
    await page.getByRole("heading", { level: 1, name: "预警明细" }).waitFor();
    expect(new URL(page.url()).searchParams.get("unit")).toBe(pengkang.id);
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator("[data-total-count]").getAttribute("data-total-count")).toBe("2");
    expect(browser.pageErrors).toEqual([]);
  });

  it("brings a college administrator from the index to their college, with only its figures", async () => {
    const answer = expectData(
      await gatewayQuery(
        stack,
        UNIT_DASHBOARD,
        { id: pengkang.id, ...apiRange(AUTUMN) },
        asCollegeAdmin,
      ),
    );
    const stats = answer.orgUnit?.warningStatistics;
    if (!stats) throw new Error("no statistics for the college's administrator");
    expect(stats.total.raised).toBe(5);

    const { page } = await browser.openPage();
    await signInAs(page, "college-admin");
    await nav(page).getByRole("link", { name: "数据看板" }).click();
    await page
      .getByRole("region", { name: "我负责的单位" })
      .getByRole("link", { name: "彭康书院" })
      .click();
    await page.getByRole("heading", { level: 1, name: "彭康书院预警统计" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/dashboards/colleges/${pengkang.id}`);
    await page.goto(`${stack.gateway.url}/dashboards/colleges/${pengkang.id}?${query(AUTUMN)}`);
    await chart(page, "categories").locator("table tbody tr").first().waitFor();
    expect(await counter(page, "raised").textContent()).toBe("5");
    for (const m of ["handled", "closed", "overdue", "students"] as const)
      expect(await counter(page, m).textContent(), m).toBe(String(stats.total[m]));
    for (const { category, figures } of stats.byCategory)
      expect(await cell(page, "categories", category, "raised"), category).toBe(figures.raised);
    expect(await cell(page, "categories", "ACADEMIC", "raised")).toBe(2);
    // The other college's students are none of theirs.
    await page.goto(`${stack.gateway.url}/dashboards/colleges/${wenzhi.id}?${query(AUTUMN)}`);
    await page.getByRole("heading", { level: 1, name: "文治书院预警统计" }).waitFor();
    await page.getByText("你的职责不覆盖这个单位的学生，不能查看其统计。").waitFor();
    expect(await counter(page, "raised").count()).toBe(0);
    await screenshot(page, "s02-college-admin-other-college");
  });

  it("shows a grid leader (outside the care line) a small cell as <5, never as 0", async () => {
    const response = await gatewayQuery(
      stack,
      UNIVERSITY_DASHBOARD,
      apiRange(AUTUMN),
      asGridLeader,
    );
    // Refused only for the units whose students the grid leader covers none of.
    expect((response.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN")).toEqual([]);
    const answer = response.data;
    if (!answer) throw new Error("no data");
    expect(answer.warningStatistics.total).toMatchObject({ suppressed: true, raised: null });
    const { page } = await browser.openPage();
    await signInAs(page, "grid-leader");
    await openUniversity(page, AUTUMN);
    expect(await counter(page, "raised").textContent()).toBe("<5");
    expect(await counter(page, "raised").locator("abbr").getAttribute("title")).toBe(
      "已隐藏（少于5人）",
    );
    for (const { category, figures } of answer.warningStatistics.byCategory)
      expect(await cell(page, "categories", category, "raised")).toBe(
        figures.suppressed ? "<5" : figures.raised,
      );
    expect(answer.warningStatistics.byCategory.some((c) => c.figures.suppressed)).toBe(true);
    expect(await cell(page, "colleges", wenzhi.id, "raised")).toBe(
      shown(answer.colleges.find((c) => c.id === wenzhi.id)?.warningStatistics?.total.raised, true),
    );
    // No case-work duty: no case-work dashboard in the index.
    await page.goto(`${stack.gateway.url}/dashboards`);
    await page.locator('[data-dashboard-link="university"]').waitFor();
    expect(await page.locator('[data-dashboard-link="cases"]').count()).toBe(0);
  });

  it("prints a college's term report without the navigation, within an A4 page", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin", `/reports/colleges/${pengkang.id}?term=2025-2026-1`);
    await page.getByRole("heading", { level: 1, name: "彭康书院学期预警报告" }).waitFor();
    expect(await page.locator("[data-term]").textContent()).toBe("2025-2026-1");
    expect(await page.locator("[data-term-dates]").textContent()).toContain("2025");
    expect(await page.locator("[data-term-dates]").textContent()).toContain("2026");
    await chart(page, "levels").locator("table tbody tr").first().waitFor();
    expect(await counter(page, "raised").textContent()).toBe("5");
    expect(await cell(page, "levels", "RED", "raised")).toBe(2);
    await expect.poll(() => chart(page, "trend").getAttribute("data-chart-ready")).toBe("true");
    expect(await nav(page).isVisible()).toBe(true);

    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: "print" });
    expect(await nav(page).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    expect(await chart(page, "levels").locator("table").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      703,
    );
    await screenshot(page, "s03-college-report-print-zh");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await nav(page).isVisible()).toBe(true);
  });

  it("fits a phone's width: the university dashboard and the rows page", async () => {
    const { page } = await browser.openPage({ viewport: { width: 375, height: 667 } });
    await signInAs(page, "admin");
    await openUniversity(page, AUTUMN);
    await expect.poll(() => chart(page, "schools").getAttribute("data-chart-ready")).toBe("true");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.goto(`${stack.gateway.url}/dashboards/warnings?${query(AUTUMN)}`);
    await expect.poll(() => page.locator("tr[data-warning]").count()).toBe(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, "s04-rows-phone");
  });
});
