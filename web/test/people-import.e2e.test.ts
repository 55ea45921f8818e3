/**
 * 名册导入 in a real browser against the real platform, at phone width (390 px): an administrator
 * uploads a small .xlsx with a bad row and sees the row report (nothing imported), then a good
 * file, confirms, and the same file again reports every number as already present. A counselor
 * who opens the page is refused by the server, in words. Build the app first.
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

const PHONE = { width: 390, height: 844 };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const b = new DatasetBuilder("web-people-import");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const admin = b.staff({ name: "周管理" });
const counselor = b.staff({ name: "陈晓燕" });
const dataset = b.build();
const devUsers = [
  { key: "admin", name: "周管理", personId: admin.id, roles: ["admin" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];

const HEADER = ["学号", "姓名", "性别", "学院", "书院", "班级", "入学年份", "培养层次"];

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("名册导入 (roster import), against the whole platform", () => {
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

  const openImport = async (user: string): Promise<Page> => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signIn(page, stack.gateway.url, user, "/roster-import");
    await page.locator('[data-page="roster-import"] h1').waitFor();
    return page;
  };
  const upload = (page: Page, name: string, buffer: Buffer) =>
    page.locator("input[data-roster-file]").setInputFiles({ name, mimeType: XLSX, buffer });
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= 390);

  it("reports each bad row of an .xlsx and imports nothing; a good file is confirmed and written", async () => {
    const page = await openImport("admin");
    expect(await page.locator('a[href="/roster-import"]').count()).toBeGreaterThan(0);
    const bad = await xlsx([
      ["2024500001", "欧阳一", "男", "电气工程学院", "彭康书院", "电气2401班", 2024, "本科"],
      ["2024500002", "欧阳二", "女", "电气工程学院", "彭康书院", "不存在班", 2024, "本科"],
      [
        "2024500001",
        "欧阳三",
        "男",
        "电气工程学院",
        "彭康书院",
        "电气2401班",
        "2024-02-30",
        "本科",
      ],
    ]);
    await upload(page, "坏名册.xlsx", bad);
    const report = page.locator('[data-report="problems"]');
    await report.waitFor();
    await expect
      .poll(() => page.locator("[data-problem-row]").allTextContents())
      .toEqual([
        "第 3 行 · 班级 · 没有这个班级：不存在班",
        "第 4 行 · 学号 · 与文件中前面的行重复：2024500001",
        "第 4 行 · 入学年份 · 不是有效的年份或日期：2024-02-30",
      ]);
    expect(await report.textContent()).toContain("未导入任何数据");
    expect(await page.locator("[data-ignored]").textContent()).toContain("性别");
    expect(await page.locator("[data-confirm-import]").count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "people-import-problems");

    const good = await xlsx([
      ["2024500001", "欧阳一", "男", "电气工程学院", "彭康书院", "电气2401班", 2024, "本科"],
      [
        "2024500002",
        "欧阳二",
        "女",
        "电气工程学院",
        "彭康书院",
        "电气2401班",
        new Date(Date.UTC(2024, 8, 1)),
        "硕士",
      ],
    ]);
    await upload(page, "名册.xlsx", good);
    await page.locator('[data-report="ready"]').waitFor();
    expect(await page.locator('[data-report="ready"]').textContent()).toContain(
      "共 2 行，检查无误",
    );
    await page.locator("[data-confirm-import]").click();
    await page.locator('[data-report="committed"]').waitFor();
    expect(await page.locator("[data-created]").textContent()).toBe("已导入 2 人。");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "people-import-committed");

    // Written: the same file again names every number as already present.
    await upload(page, "名册.xlsx", good);
    await page.locator('[data-report="problems"]').waitFor();
    expect(await page.locator('[data-reason="ALREADY_PRESENT"]').count()).toBe(2);
  });

  it("shows a counselor the server's refusal in words", async () => {
    const page = await openImport("counselor");
    await upload(
      page,
      "名册.xlsx",
      await xlsx([["2024500009", "林九", "男", "电气工程学院", "", "", 2024, "本科"]]),
    );
    const refusal = page.locator('[data-import-failure="forbidden"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe("只有管理员可以导入名册。");
    expect(await fitsWidth(page)).toBe(true);
  });
});
