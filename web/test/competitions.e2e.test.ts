/**
 * Science and innovation competitions (科创竞赛) in a real browser against the whole platform, at
 * phone width (390 px): a student finds 科创竞赛 in the menu, opens a competition from the list and
 * enters it as the team's leader with a teammate and a mentor; the mentor records the entry's
 * result; an organiser sees every entry of the competition, another team's too, while the student
 * sees only their own. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import {
  launchBrowser,
  pickPerson,
  pickOption,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
  operationProblems,
  expectFits,
} from "./browser";
import { COMPETITION_PAGE, COMPETITIONS } from "../src/competitions/CompetitionsPage";
import { FIND_STAFF } from "../src/pickers/StaffPicker";
import { FIND_STUDENT } from "../src/pickers/TeammatesField";

const b = new DatasetBuilder("web-competitions");
const organiser = b.staff({ name: "刘建国" });
const mentor = b.staff({ name: "张导师" });
const student = b.student({ name: "王子涵" });
const teammate = b.student({ name: "赵一鸣" });
const other = b.student({ name: "孙其他" });
const cup = b.competition({
  name: "“挑战杯”大学生课外学术科技作品竞赛",
  organiser: "共青团中央",
  level: "NATIONAL",
  year: 2026,
});
b.competition({ name: "中国国际大学生创新大赛", level: "PROVINCIAL", year: 2025 });
const othersEntry = b.competitionEntry(cup, other, [], organiser, { title: "别队的作品" });
const dataset = b.build();
const devUsers = [
  { key: "organiser", name: "刘建国", personId: organiser.id, roles: ["admin" as const] },
  { key: "mentor", name: "张导师", personId: mentor.id, roles: ["counselor" as const] },
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
];
const PHONE = { width: 390, height: 844 };
const TITLE = "宿舍能耗智能监测系统";

describe("competitions in a browser: the list, a competition's entries, entering as leader, the mentor's result", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  let competitionUrl = "";

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);
  const fitsPhone = (page: Page) => expectFits(page, 390);

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, { COMPETITIONS, COMPETITION_PAGE, FIND_STAFF, FIND_STUDENT }),
    ).toEqual([]);
  });

  it("lets a student find 科创竞赛 in the menu and open a competition from the list", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "科创竞赛" });
    expect(await entry.first().getAttribute("href")).toBe("/competitions");
    await page.goto(`${stack.gateway.url}/competitions`);
    await page.getByRole("heading", { level: 1, name: "科创竞赛" }).waitFor();
    const items = page.locator('[data-page="competitions"] li[data-competition]');
    await expect.poll(() => items.count()).toBe(2);
    expect(await textOf(items.filter({ hasText: "挑战杯" }))).toContain("共青团中央");
    await fitsPhone(page);
    await screenshot(page, "competitions01-list-phone-zh");
    await page.getByRole("link", { name: cup.name }).click();
    await page.getByRole("heading", { level: 1, name: cup.name }).waitFor();
    competitionUrl = page.url();
    // Another team's entry is not the student's to see.
    await page.locator('[data-card="entries"]').getByText("没有你可查看的参赛作品。").waitFor();
    await fitsPhone(page);
  });

  it("lets the student enter the competition as the team's leader", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", competitionUrl);
    const form = page.getByRole("form", { name: "报名参赛" });
    await form.getByLabel("作品名称").fill(TITLE);
    // The mentor is found by name; a teammate by 学号 and name together, a wrong pair adds nobody.
    await pickPerson(page, form.getByLabel("指导教师", { exact: true }), "张导", "张导师");
    const mates = form.getByRole("group", { name: "其他队员" });
    await mates.getByLabel("学号").fill(teammate.number);
    await mates.getByLabel("姓名").fill("王子涵");
    await mates.getByRole("button", { name: "添加" }).click();
    await mates.locator('[data-problem="noMatch"]').waitFor();
    await mates.getByLabel("姓名").fill("赵一鸣");
    await mates.getByRole("button", { name: "添加" }).click();
    await mates.locator(`[data-teammate="${teammate.id}"]`).waitFor();
    await form.getByRole("button", { name: "提交报名" }).click();
    const row = page.locator('[data-card="entries"] li[data-entry]', { hasText: TITLE });
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("ENTERED");
    await expect
      .poll(() => mates.locator("[data-teammates]").getAttribute("data-teammates"))
      .toBe("0"); // cleared
    expect(await textOf(row)).toContain("王子涵");
    expect(await textOf(row)).toContain("赵一鸣");
    expect(await textOf(row)).toContain("张导师");
    // A student records no result.
    expect(await row.getByRole("form", { name: "录入成绩" }).count()).toBe(0);
    expect(await page.locator('[data-card="entries"] li[data-entry]').count()).toBe(1);
    await fitsPhone(page);
    await screenshot(page, "competitions02-entered-phone-zh");
  });

  it("lets the mentor record the entry's result", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "mentor", competitionUrl);
    const rows = page.locator('[data-card="entries"] li[data-entry]');
    const row = rows.filter({ hasText: TITLE });
    await row.waitFor();
    expect(await rows.count()).toBe(1); // only the entry they mentor
    const form = row.getByRole("form", { name: "录入成绩" });
    await pickOption(form.getByLabel("竞赛成绩"), "二等奖");
    await form.getByLabel("奖项名称").fill("国赛二等奖");
    await form.getByRole("button", { name: "确认成绩" }).click();
    await expect.poll(() => row.getAttribute("data-result")).toBe("SECOND_PRIZE");
    expect(await row.getAttribute("data-status")).toBe("RESULT_RECORDED");
    expect(await textOf(row)).toContain("国赛二等奖");
    expect(await row.getByRole("form", { name: "录入成绩" }).count()).toBe(0); // once
    await fitsPhone(page);
    await screenshot(page, "competitions03-result-phone-zh");
  });

  it("shows an organiser every entry of the competition", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", competitionUrl);
    const rows = page.locator('[data-card="entries"] li[data-entry]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.filter({ hasText: TITLE }).getAttribute("data-result")).toBe("SECOND_PRIZE");
    expect(
      await page.locator(`li[data-entry="${othersEntry.id}"]`).getAttribute("data-status"),
    ).toBe("ENTERED");
    // Only students enter.
    expect(await page.getByRole("form", { name: "报名参赛" }).count()).toBe(0);
    await fitsPhone(page);
  });
});
