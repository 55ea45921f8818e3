/**
 * 住宿导入 in a real browser against the real platform, at phone width (390 px): an administrator
 * follows the link from the admin console's residences tab, uploads an .xlsx with a bad row and
 * sees the row report (nothing imported), then a good .csv, confirms, and the student lives there.
 * A counselor who opens the page is refused by the server, in words. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import {
  launchBrowser,
  screenshot,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callers, expectData, gatewayQuery } from "@campus/testkit";
import { CURRENT_RESIDENCE } from "../src/admin/ResidencesTab";

const PHONE = { width: 390, height: 844 };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const b = new DatasetBuilder("web-residence-import");
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "东1舍", campusId: campus.id });
b.room({ buildingId: building.id, floor: 1, number: "101", capacity: 4 });
const ouyang = b.student({ name: "欧阳一", number: "2026700001" });
const lin = b.student({ name: "林二", number: "2026700002" });
const admin = b.staff({ name: "周管理" });
const counselor = b.staff({ name: "陈晓燕" });
const dataset = b.build();
const devUsers = [
  { key: "admin", name: "周管理", personId: admin.id, roles: ["admin" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];

const HEADER = ["学号", "姓名", "楼栋", "房间", "床位", "入住日期"];

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("住宿");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("住宿导入 (residence import), against the whole platform", () => {
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

  const signedIn = async (user: string, at: string): Promise<Page> => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signIn(page, stack.gateway.url, user, at);
    return page;
  };
  const upload = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
    page.locator("input[data-residence-file]").setInputFiles({ name, mimeType, buffer });
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= 390);

  it("reports the bad row of an .xlsx and imports nothing; a good .csv is confirmed and written", async () => {
    const page = await signedIn("admin", "/admin?tab=residences");
    await page.locator("a[data-residence-import-link]").click();
    await page.locator('[data-page="residence-import"] h1').waitFor();

    const bad = await xlsx([
      ["2026700001", "欧阳一", "东1舍", "101", 1, new Date(Date.UTC(2026, 8, 1))],
      ["2026700002", "林二", "东1舍", "909", 2, "2026-09-01"],
    ]);
    await upload(page, "住宿分配.xlsx", XLSX, bad);
    const report = page.locator('[data-report="problems"]');
    await report.waitFor();
    await expect
      .poll(() => page.locator("[data-problem-row]").allTextContents())
      .toEqual(["第 3 行 · 房间 · 该楼栋没有这个房间：909"]);
    expect(await report.textContent()).toContain("未导入任何数据");
    expect(await page.locator("[data-confirm-import]").count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "residence-import-problems");
    const unwritten = await gatewayQuery(
      stack,
      CURRENT_RESIDENCE,
      { id: ouyang.id },
      callers.admin(),
    );
    expect(expectData(unwritten).person?.residence).toBeNull();

    const csv = `\uFEFF${HEADER.join(",")}\r\n2026700001,欧阳一,东1舍,101,1,2026/9/1\r\n2026700002,林二,东1舍,101,2,2026-09-01\r\n`;
    await upload(page, "住宿分配.csv", "text/csv", Buffer.from(csv, "utf8"));
    await page.locator('[data-report="ready"]').waitFor();
    expect(await page.locator('[data-report="ready"]').textContent()).toContain(
      "共 2 行，检查无误",
    );
    await page.locator("[data-confirm-import]").click();
    await page.locator('[data-report="committed"]').waitFor();
    expect(await page.locator("[data-moved-in]").textContent()).toBe("已为 2 名学生办理入住。");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "residence-import-committed");
    const written = await gatewayQuery(stack, CURRENT_RESIDENCE, { id: lin.id }, callers.admin());
    expect(expectData(written).person?.residence).toMatchObject({
      bed: "2",
      room: { number: "101", building: { name: "东1舍" } },
    });
  });

  it("shows a counselor the server's refusal in words", async () => {
    const page = await signedIn("counselor", "/residence-import");
    await page.locator('[data-page="residence-import"] h1').waitFor();
    await upload(
      page,
      "住宿分配.xlsx",
      XLSX,
      await xlsx([["2026700001", "欧阳一", "东1舍", "101", 1, "2026-09-01"]]),
    );
    const refusal = page.locator('[data-import-failure="forbidden"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe("只有管理员可以导入住宿分配。");
    expect(await fitsWidth(page)).toBe(true);
  });
});
