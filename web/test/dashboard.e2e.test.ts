/**
 * The open-warnings heat map (/dashboards/open-warnings) in a real browser against the real
 * platform: the chart is drawn (ECharts, loaded on demand), the table under it carries the figures
 * the gateway gives the same user, grids the user does not cover show as not covered, the Excel
 * export holds exactly the table's rows (read back with exceljs), and a printed page has no
 * navigation and fits A4. Build the app first.
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
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor, expectData, gatewayQuery } from "@campus/testkit";
import { OPEN_WARNINGS_DASHBOARD } from "../src/dashboards/openWarningsDataset";
import {
  launchBrowser,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
} from "./browser";

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

// ---- two buildings, four grids (one a floor with nobody living there) ----
const b = new DatasetBuilder("web-dashboard");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const pengkang = b.building({ name: "彭康5号楼", campusId: campus.id, floors: 6 });
const zhongying = b.building({ name: "仲英2号楼", campusId: campus.id, floors: 6 });
const gridFor = (name: string, building: typeof pengkang, floor: number) => {
  const grid = b.grid({ name, buildingId: building.id, branchId: branch.id });
  const room = b.room({ buildingId: building.id, gridId: grid.id, floor, number: `${floor}01` });
  return { grid, room };
};
const p3 = gridFor("彭康5号楼三层网格", pengkang, 3);
const p5 = gridFor("彭康5号楼五层网格", pengkang, 5);
const z1 = gridFor("仲英2号楼一层网格", zhongying, 1);
const z2 = gridFor("仲英2号楼二层网格", zhongying, 2);
const student = (name: string, bed: string, room: typeof p3.room) => {
  const person = b.student({ name, schoolId: school.id });
  b.residence(person, room, { bed });
  return person;
};
const wang = student("王子涵", "1", p3.room);
const li = student("李浩然", "2", p3.room);
const zhao = student("赵思远", "3", p3.room);
const zhou = student("周浩宇", "1", p5.room);
const sun = student("孙欣然", "1", z1.room);

b.warning(wang, { category: "ACADEMIC", level: "ORANGE", raisedAt: hoursAgo(1) });
// Raised three days ago and never assigned: overdue.
b.warning(li, { category: "FINANCIAL", level: "YELLOW", raisedAt: hoursAgo(72) });
// Mental health: counted for the counselor (who holds MENTAL_HEALTH), never for a grid leader.
b.warning(zhao, {
  category: "MENTAL_HEALTH",
  level: "RED",
  status: "ASSIGNED",
  raisedAt: hoursAgo(2),
});
b.warning(zhou, { category: "BEHAVIOUR", level: "RED", raisedAt: hoursAgo(2) });
b.warning(sun, { category: "ACADEMIC", level: "YELLOW", raisedAt: hoursAgo(3) });

const gridLeader = b.staff({ name: "周建国", schoolId: school.id });
b.assign(gridLeader, "GRID_LEADER", "GRID", p3.grid.id);
const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", p3.grid.id);
b.assign(counselor, "COUNSELOR", "GRID", p5.grid.id);
const admin = b.staff({ name: "马建华", schoolId: school.id });
const dataset = b.build();

const devUsers = [
  { key: "grid-leader", name: "周建国", personId: gridLeader.id, roles: ["grid_leader" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "admin", name: "马建华", personId: admin.id, roles: ["admin" as const] },
  { key: "student", name: "王子涵", personId: wang.id, roles: ["student" as const] },
];
const asGridLeader = callerFor(["grid_leader"], gridLeader.id, "周建国");
const asCounselor = callerFor(["counselor"], counselor.id, "陈晓燕");
const asAdmin = callerFor(["admin"], admin.id, "马建华");
const asStudent = callerFor(["student"], wang.id, "王子涵");

type Caller = ReturnType<typeof callerFor>;

/** A grid as the gateway answers it for a user: its open warnings, or refused. */
type Expected = { open: number; overdue: number } | "FORBIDDEN";

describe("the open-warnings heat map, in a browser, against the whole platform", () => {
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
  const chart = (page: Page) => page.locator('figure[data-chart="open-warnings"]');
  const cellOf = (page: Page, gridId: string) =>
    chart(page).locator(`td:has(a[href="/grids/${gridId}"])`);
  const counter = (page: Page, name: string) =>
    page.locator(`[data-counter="${name}"] .counter__value`).textContent();

  /** The gateway's answer to the page's own query for `caller`, grid by grid. */
  async function expectedFor(caller: Caller): Promise<Map<string, Expected>> {
    const answer = await gatewayQuery(stack, OPEN_WARNINGS_DASHBOARD, {}, caller);
    const refused = new Set(
      (answer.errors ?? [])
        .filter((e) => e.extensions?.code === "FORBIDDEN")
        .map((e) => (e.path ?? []).join(".")),
    );
    const other = (answer.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN");
    expect(other).toEqual([]);
    if (!answer.data) throw new Error(`no data: ${JSON.stringify(answer.errors)}`);
    const expected = new Map<string, Expected>();
    answer.data.campuses.forEach((c, ci) =>
      c.buildings.forEach((building, bi) =>
        building.grids.forEach((grid, gi) => {
          const path = `campuses.${ci}.buildings.${bi}.grids.${gi}.warningStats`;
          const stats = grid.warningStats;
          if (stats) expected.set(grid.id, { open: stats.open, overdue: stats.overdue });
          else {
            expect(refused.has(path), path).toBe(true);
            expected.set(grid.id, "FORBIDDEN");
          }
        }),
      ),
    );
    return expected;
  }

  /** Every grid's cell shows the gateway's figure, or 未覆盖 where it refused; totals add up. */
  async function expectTableToMatch(page: Page, expected: Map<string, Expected>) {
    expect(expected.size).toBe(4);
    for (const [gridId, want] of expected) {
      const cell = cellOf(page, gridId);
      if (want === "FORBIDDEN") {
        expect(await cell.getAttribute("data-note"), gridId).toBe("未覆盖");
        expect(await cell.getAttribute("data-value"), gridId).toBeNull();
      } else {
        expect(await cell.getAttribute("data-value"), gridId).toBe(String(want.open));
        expect(await cell.getAttribute("data-note"), gridId).toBeNull();
      }
    }
    const counted = [...expected.values()].filter((e) => e !== "FORBIDDEN");
    const sum = (key: "open" | "overdue") => counted.reduce((n, e) => n + e[key], 0);
    expect(await counter(page, "open")).toBe(String(sum("open")));
    expect(await counter(page, "overdue")).toBe(String(sum("overdue")));
    expect(await counter(page, "covered")).toBe(`${counted.length} / ${expected.size}`);
  }

  /** The script files the page has asked for so far (the app's chunks under /assets/). */
  function scriptsLoaded(page: Page): string[] {
    const urls: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") urls.push(new URL(request.url()).pathname);
    });
    return urls;
  }

  async function openDashboard(page: Page) {
    await page.goto(`${stack.gateway.url}/dashboards/open-warnings`);
    await page.getByRole("heading", { level: 1, name: "未关闭预警热力图" }).waitFor();
    await chart(page).locator("table tbody tr").first().waitFor();
  }

  /** The table as rows of values: the row header, then each cell's figure, note or nothing. */
  const tableRows = (page: Page) =>
    chart(page)
      .locator("table")
      .evaluate((table) => {
        const t = table as HTMLTableElement;
        const header = [...(t.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent);
        const body = [...(t.tBodies[0]?.rows ?? [])].map((row) =>
          [...row.cells].map((cell, i) => {
            if (i === 0) return cell.textContent;
            const value = cell.getAttribute("data-value");
            if (value !== null) return Number(value);
            return cell.getAttribute("data-note");
          }),
        );
        return { header, body };
      });

  it("sends only an operation the gateway's schema accepts", async () => {
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(expectData(introspection));
    expect(validate(schema, OPEN_WARNINGS_DASHBOARD).map((e) => e.message)).toEqual([]);
  });

  it("shows a grid leader the heat map and its table with the gateway's figures, other grids as not covered, linking to the grid", async () => {
    const expected = await expectedFor(asGridLeader);
    // The dataset's own figures, so the gateway and the page cannot agree on a wrong answer:
    // Wang's and Li's warnings (Zhao's mental-health one is not a grid leader's to count); the
    // empty floor counts zero for someone who covers anyone; the rest is refused.
    expect(expected.get(p3.grid.id)).toEqual({ open: 2, overdue: 1 });
    expect(expected.get(z2.grid.id)).toEqual({ open: 0, overdue: 0 });
    expect(expected.get(p5.grid.id)).toBe("FORBIDDEN");
    expect(expected.get(z1.grid.id)).toBe("FORBIDDEN");

    const { page, posts } = await browser.openPage();
    const scripts = scriptsLoaded(page);
    await signInAs(page, "grid-leader");
    // ECharts is not part of the app's first load: it comes with the first chart.
    expect(scripts.some((s) => s.includes("echarts"))).toBe(false);
    // 数据看板 opens the dashboards' index, which offers the heat map.
    await nav(page).getByRole("link", { name: "数据看板" }).click();
    await page.getByRole("heading", { level: 1, name: "数据看板" }).waitFor();
    await page.locator('[data-dashboard-link="open-warnings"] a').click();
    await page.getByRole("heading", { level: 1, name: "未关闭预警热力图" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/dashboards/open-warnings");
    expect(
      await nav(page).getByRole("link", { name: "数据看板" }).getAttribute("aria-current"),
    ).toBe("page");

    // The chart is drawn (ECharts' SVG, loaded on demand) and hidden from screen readers; the table is not.
    await expect.poll(() => chart(page).getAttribute("data-chart-ready")).toBe("true");
    const svg = chart(page).locator(".chart__canvas svg");
    await svg.waitFor();
    expect(await chart(page).locator(".chart__canvas").getAttribute("aria-hidden")).toBe("true");
    // Cells of the heat map are drawn, each labelled with its figure or note: two not covered, and the legend.
    await expect.poll(() => svg.locator("text", { hasText: "未覆盖" }).count()).toBe(3);

    const table = chart(page).getByRole("table", { name: "各楼栋各楼层的未关闭预警" });
    await table.waitFor();
    expect(await table.locator("thead th[scope=col]").allTextContents()).toEqual([
      "楼栋",
      "1层",
      "2层",
      "3层",
      "5层",
    ]);
    // Buildings in the API's order (by name).
    expect(await table.locator("tbody th[scope=row]").allTextContents()).toEqual([
      "仲英2号楼",
      "彭康5号楼",
    ]);
    await expectTableToMatch(page, expected);
    // A floor without a grid in that building is empty; a figure says what it counts.
    expect(await table.locator(`tr[data-row="${zhongying.id}"] td[data-column="f3"]`).count()).toBe(
      1,
    );
    expect(
      await table
        .locator(`tr[data-row="${zhongying.id}"] td[data-column="f3"]`)
        .getAttribute("data-empty"),
    ).toBe("");
    expect(await textOf(cellOf(page, p3.grid.id))).toContain("逾期 1");
    await screenshot(page, "d01-open-warnings-grid-leader-zh");
    expect(posts.filter((p) => p.operationName === "OpenWarningsDashboard")).toHaveLength(1);

    expect(scripts.some((s) => s.includes("echarts"))).toBe(true);
    expect(scripts.some((s) => s.includes("exceljs"))).toBe(false);

    // A figure links to its grid's page, in the table and in the chart.
    await cellOf(page, p3.grid.id)
      .getByRole("link", { name: "彭康5号楼三层网格：2", exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: "彭康5号楼三层网格" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/grids/${p3.grid.id}`);
    // Back on the dashboard, the cached answer is drawn first, then the network's (cache-and-network:
    // a caller's refusals are not cached, so the chart is drawn again): wait for the second drawing.
    const refetched = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === "/graphql" &&
        response.request().postData()?.includes("OpenWarningsDashboard") === true,
    );
    await page.goBack();
    await refetched;
    await expect.poll(() => chart(page).getAttribute("data-chart-ready")).toBe("true");
    await expect.poll(() => svg.locator("text", { hasText: "未覆盖" }).count()).toBe(3);
    // Back on the dashboard the browser restores the scroll position it left at (the table's
    // link), as the page fills in: bring the chart into view, then click where its label settles.
    await chart(page).locator(".chart__canvas").scrollIntoViewIfNeeded();
    // The heat map's "2": the cell's label, above the colour scale's end (also "2").
    const labelCentre = async () => {
      const twos = await svg
        .locator("text")
        .filter({ hasText: /^2$/ })
        .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()));
      const label = twos.sort((a, b) => a.top - b.top)[0];
      if (!label) throw new Error("no label 2 in the heat map");
      return { x: label.left + label.width / 2, y: label.top + label.height / 2 };
    };
    let centre = await labelCentre();
    await expect
      .poll(async () => {
        const previous = centre;
        centre = await labelCentre();
        const viewport = page.viewportSize();
        const inView = !!viewport && centre.y > 0 && centre.y < viewport.height && centre.x > 0;
        return inView && centre.x === previous.x && centre.y === previous.y;
      })
      .toBe(true);
    await page.mouse.click(centre.x, centre.y);
    await page.getByRole("heading", { level: 1, name: "彭康5号楼三层网格" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/grids/${p3.grid.id}`);
    expect(browser.pageErrors).toEqual([]);
  });

  it("exports exactly the table's rows to an .xlsx file", async () => {
    const { page } = await browser.openPage();
    const scripts = scriptsLoaded(page);
    await signInAs(page, "counselor");
    await openDashboard(page);
    const expected = await expectedFor(asCounselor);
    // The counselor holds MENTAL_HEALTH: Zhao's warning counts for them.
    expect(expected.get(p3.grid.id)).toEqual({ open: 3, overdue: 1 });
    expect(expected.get(p5.grid.id)).toEqual({ open: 1, overdue: 0 });
    await expectTableToMatch(page, expected);
    const shown = await tableRows(page);

    // exceljs loads when someone exports, not before.
    expect(scripts.some((s) => s.includes("exceljs"))).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(scripts.some((s) => s.includes("exceljs"))).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^未关闭预警热力图-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    expect(sheet.name).toBe("各楼栋各楼层的未关闭预警");

    const rowValues = (n: number) =>
      Array.from({ length: shown.header.length }, (_, i) => {
        const value = sheet.getRow(n).getCell(i + 1).value;
        return value === undefined ? null : value;
      });
    expect(sheet.rowCount).toBe(1 + shown.body.length);
    expect(rowValues(1)).toEqual(shown.header);
    expect(Array.from({ length: shown.body.length }, (_, i) => rowValues(i + 2))).toEqual(
      shown.body,
    );
    // Figures are numbers in Excel, not text; the header is bold and frozen.
    expect(shown.body.find((row) => row[0] === "彭康5号楼")?.[3]).toBe(3);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(browser.pageErrors).toEqual([]);
  });

  it("shows every grid to an administrator, in English on request", async () => {
    const expected = await expectedFor(asAdmin);
    expect([...expected.values()].every((e) => e !== "FORBIDDEN")).toBe(true);
    const { page } = await browser.openPage();
    await signInAs(page, "admin");
    await openDashboard(page);
    await expectTableToMatch(page, expected);
    expect(await chart(page).locator("[data-note]").count()).toBe(0);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Open warnings heat map" }).waitFor();
    const table = chart(page).getByRole("table", { name: "Open warnings by building and floor" });
    expect(await table.locator("thead th[scope=col]").allTextContents()).toEqual([
      "Building",
      "Floor 1",
      "Floor 2",
      "Floor 3",
      "Floor 5",
    ]);
    await expect
      .poll(() => chart(page).locator(".chart__canvas svg text", { hasText: "Floor 3" }).count())
      .toBeGreaterThan(0);
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 1, name: "未关闭预警热力图" }).waitFor();
  });

  it("shows a student no dashboard in the navigation and, at the address, every grid as not covered", async () => {
    const expected = await expectedFor(asStudent);
    expect([...expected.values()].every((e) => e === "FORBIDDEN")).toBe(true);
    const { page } = await browser.openPage();
    await signInAs(page, "student");
    expect(await nav(page).getByRole("link", { name: "数据看板" }).count()).toBe(0);
    await openDashboard(page);
    await expectTableToMatch(page, expected);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
  });

  it("prints without the navigation or the export button, chart and table within an A4 page", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "grid-leader");
    await openDashboard(page);
    await expect.poll(() => chart(page).getAttribute("data-chart-ready")).toBe("true");
    expect(await nav(page).isVisible()).toBe(true);

    // An A4 page's printable width at 96 dpi: 210 mm less 2 × 12 mm margins ≈ 703 px.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: "print" });
    expect(await nav(page).isVisible()).toBe(false);
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "导出 Excel" }).isVisible()).toBe(false);
    expect(await chart(page).locator("table").isVisible()).toBe(true);
    const svg = chart(page).locator(".chart__canvas svg");
    expect(await svg.isVisible()).toBe(true);
    // Nothing wider than the page: the chart redraws for it, the table fits.
    await expect
      .poll(() => svg.evaluate((el) => el.getBoundingClientRect().right))
      .toBeLessThanOrEqual(703);
    expect(
      await chart(page)
        .locator("table")
        .evaluate((el) => el.getBoundingClientRect().right),
    ).toBeLessThanOrEqual(703);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      703,
    );
    await screenshot(page, "d02-open-warnings-print-zh");

    await page.emulateMedia({ media: "screen" });
    // The menu measures its items again once it is displayed: wait for it.
    await expect.poll(() => nav(page).isVisible()).toBe(true);
  });
});
