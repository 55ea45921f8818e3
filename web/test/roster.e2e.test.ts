/**
 * 花名册 (/roster), in a real browser against the real platform: a counselor's roster lists exactly
 * the students their duties cover (a class and a grid), in pinyin order with numbered pages; it
 * filters by class and by building and grid, finds students by pinyin initials and full pinyin,
 * exports the filtered roster to .xlsx (read back with exceljs), and fits a 390 px phone as cards.
 * Build the app first.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { pinyin } from "pinyin-pro";
import {
  launchBrowser,
  overflowsSideways,
  pickOption,
  screenshot,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

const PHONE = { width: 390, height: 844 };

const b = new DatasetBuilder("web-roster");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康5号楼", campusId: campus.id, floors: 6 });
const grid = b.grid({ name: "彭康5号楼三层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({
  buildingId: building.id,
  gridId: grid.id,
  floor: 3,
  number: "312",
  capacity: 8,
});
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
// 20 in the counselor's class (曾 and 单 as surnames read zeng and shan), 4 in their grid.
const classNames = [
  "张三",
  "李四",
  "王五",
  "赵六",
  "曾小明",
  "单雄",
  "林一",
  "刘梓萱",
  "陈宇轩",
  "杨帆",
  "黄磊",
  "周杰",
  "吴桐",
  "徐静",
  "孙悦",
  "马超",
  "朱琳",
  "胡歌",
  "郭靖",
  "何欢",
];
const inClass = classNames.map((name) =>
  b.student({ name, schoolId: school.id, collegeId: college.id, classId: klass.id }),
);
const inGrid = ["张珊", "高远", "罗兰", "郑爽"].map((name, i) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, room, { bed: String(i + 1) });
  return person;
});
// Not the counselor's: never on their roster, whatever they search.
b.student({ name: "张三丰", schoolId: school.id });
b.student({ name: "赵四", schoolId: school.id });
const [zhangSan] = inClass;
if (!zhangSan) throw new Error("no students");
b.warning(zhangSan, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: new Date(Date.now() - 30 * 3_600_000).toISOString(),
});
// For the risk filter and order: a red warning in the grid, an open case in the class.
const [, , wangWu] = inClass;
const gaoYuan = inGrid[1];
if (!wangWu || !gaoYuan) throw new Error("no students");
b.warning(gaoYuan, { category: "BEHAVIOUR", level: "RED", status: "OPEN", summary: "夜不归宿" });
const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assistanceCase(wangWu, counselor, { status: "ASSISTING", kind: "ECONOMIC" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const dataset = b.build();

const devUsers = [
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];

/** The pinyin a dictionary orders names by: toneless syllables apart, surnames read as surnames. */
const pinyinOf = (name: string) =>
  pinyin(name, { toneType: "none", type: "array", mode: "surname", v: true }).join(" ");
const byPinyin = (names: string[]) =>
  [...names].sort((x, y) => {
    const [a, b2] = [pinyinOf(x), pinyinOf(y)];
    return a < b2 ? -1 : a > b2 ? 1 : x < y ? -1 : x > y ? 1 : 0;
  });
const mine = [...classNames, ...inGrid.map((p) => p.name)];

describe("the roster (花名册), against the whole platform", () => {
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
  const rowNames = (page: Page) =>
    page.locator("tr[data-roster-row] .person-link").allTextContents();
  const status = (page: Page) => page.locator(".result-count").textContent();

  it("lists the counselor's students by pinyin, page by page, with the total and page count", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/roster");
    await page.getByRole("heading", { level: 1, name: "花名册" }).waitFor();
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    const expected = byPinyin(mine);
    // The pinyin order is not the code point order these names would otherwise sort in.
    expect(expected).not.toEqual([...mine].sort());
    expect(await rowNames(page)).toEqual(expected.slice(0, 20));
    // Zhang San's open orange warning shows as a risk tag on his row.
    const zhangRow = page.locator(`tr[data-roster-row="${zhangSan.id}"]`);
    expect(await zhangRow.locator("[data-risk=open]").textContent()).toContain("橙色预警");
    await screenshot(page, "r01-roster");

    await page.locator(".ant-pagination-item-2").click();
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 2 / 2 页");
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    expect(await rowNames(page)).toEqual(expected.slice(20));

    // Back to page 1 in student number order, and then in pinyin order again.
    await pickOption(page.getByLabel("排序"), "按学号");
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    await pickOption(page.getByLabel("排序"), "按姓名拼音");
    await expect.poll(() => rowNames(page)).toEqual(expected.slice(0, 20));
  });

  it("finds students by pinyin initials and full pinyin, only among the counselor's", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/roster");
    const search = page.getByRole("searchbox", { name: "搜索" });
    await search.fill("zs");
    // 张三, 张珊 (zhang shan) and 郑爽 (zheng shuang); 张三丰 is not the counselor's student.
    await expect.poll(() => rowNames(page)).toEqual(["张三", "张珊", "郑爽"]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("zs");
    await search.fill("zhangsan");
    await expect.poll(() => rowNames(page)).toEqual(["张三"]);
    await search.fill("zengxiao");
    await expect.poll(() => rowNames(page)).toEqual(["曾小明"]);
    await expect.poll(() => status(page)).toBe("共 1 名学生 · 第 1 / 1 页");
  });

  it("filters by class from a row, and by building and grid", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/roster");
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    await page.locator(`tr[data-roster-row="${zhangSan.id}"] [data-filter-by=classId]`).click();
    await expect.poll(() => status(page)).toBe("共 20 名学生 · 第 1 / 1 页");
    expect(await page.locator("[data-chip=classId]").textContent()).toContain("电气2401班");
    expect(await rowNames(page)).toEqual(byPinyin(classNames));
    await page.locator("[data-chip=classId] .ant-tag-close-icon").click();
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");

    await pickOption(page.getByLabel("楼栋"), "兴庆校区 彭康5号楼");
    await expect.poll(() => status(page)).toBe("共 4 名学生 · 第 1 / 1 页");
    await pickOption(page.getByLabel("网格"), "彭康5号楼三层网格");
    await expect.poll(() => rowNames(page)).toEqual(byPinyin(inGrid.map((p) => p.name)));
    expect(new URL(page.url()).searchParams.get("grid")).toBe(grid.id);
  });

  it("keeps the students at risk, orders by risk, and lists a party branch's grids", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/roster");
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    await pickOption(page.getByLabel("风险"), "有预警或个案");
    await expect.poll(() => rowNames(page)).toEqual(["高远", "王五", "张三"]);
    expect(new URL(page.url()).searchParams.get("risk")).toBe("ANY");
    await pickOption(page.getByLabel("风险"), "有在办个案");
    await expect.poll(() => rowNames(page)).toEqual(["王五"]);
    await pickOption(page.getByLabel("风险"), "全部");
    await pickOption(page.getByLabel("排序"), "按风险（高者在前）");
    // Red, then orange, then a case alone; the rest follow in pinyin order.
    await expect
      .poll(async () => (await rowNames(page)).slice(0, 4))
      .toEqual([
        "高远",
        "张三",
        "王五",
        byPinyin(mine).filter((n) => !["高远", "张三", "王五"].includes(n))[0],
      ]);
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");

    await pickOption(page.getByLabel("党支部"), "彭康书院第三师生联合党支部");
    await expect.poll(() => status(page)).toBe("共 4 名学生 · 第 1 / 1 页");
    expect(await rowNames(page)).toEqual([
      "高远",
      ...byPinyin(inGrid.map((p) => p.name)).filter((n) => n !== "高远"),
    ]);
    expect(new URL(page.url()).searchParams.get("branch")).toBe(branch.id);
  });

  it("exports the whole filtered roster, every page, without personal fields", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/roster");
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出花名册" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^花名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "姓名",
      "拼音",
      "学号",
      "年级",
      "班级",
      "学院",
      "书院",
      "未关闭预警",
      "最高预警等级",
      "在办个案",
    ]);
    expect(sheet.rowCount).toBe(1 + 24);
    const names = Array.from({ length: 24 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(names).toEqual(byPinyin(mine));
    const pinyins = Array.from({ length: 24 }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(pinyins).toEqual(byPinyin(mine).map(pinyinOf));
    const zhang = sheet.getRow(2 + byPinyin(mine).indexOf("张三"));
    expect([zhang.getCell(8).value, zhang.getCell(9).value]).toEqual([1, "橙色预警"]);

    // Filtered: only the search's rows.
    await page.getByRole("searchbox", { name: "搜索" }).fill("zhangs");
    await expect.poll(() => rowNames(page)).toEqual(["张三", "张珊"]);
    const [filtered] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出花名册" }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await readFile(await filtered.path())).buffer);
    const rows = book.worksheets[0];
    expect(rows?.rowCount).toBe(3);
    expect([rows?.getRow(2).getCell(1).value, rows?.getRow(3).getCell(1).value]).toEqual([
      "张三",
      "张珊",
    ]);
  });

  it("shows cards at 390 px, with page numbers and nothing to scroll sideways", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "counselor", "/roster");
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 1 / 2 页");
    await expect.poll(() => page.locator("li[data-roster-row]").count()).toBe(20);
    expect(await page.locator("table").count()).toBe(0);
    expect(await page.locator("li[data-roster-row] .person-link").allTextContents()).toEqual(
      byPinyin(mine).slice(0, 20),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "r02-roster-phone");
    await page.locator(".roster__pager .ant-pagination-next").click();
    await expect.poll(() => status(page)).toBe("共 24 名学生 · 第 2 / 2 页");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });
});
