/**
 * Habit projects and practice visits (攀登计划第一、二层) in a real browser against the whole
 * platform, at phone width (390 px): a student finds 习惯与见习 in the menu, joins a fitness-habit
 * project and checks in today; the organiser records the result (goal met). The student signs up
 * for a practice visit, writes a reflection after it, and the organiser accepts it. Build the app
 * first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { today } from "@campus/subgraph";
import { callerFor, expectData } from "@campus/testkit";
import {
  launchBrowser,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
  operationProblems,
  expectFits,
} from "./browser";
import { HABIT_BOARD, PRACTICE_VISIT_BOARD } from "../src/habits/HabitsPage";
import { HABIT_PARTICIPANTS, HABIT_PROJECT_PAGE } from "../src/habits/HabitProjectPage";
import { PRACTICE_VISIT_PAGE, PRACTICE_VISIT_SIGN_UPS } from "../src/habits/PracticeVisitPage";

const b = new DatasetBuilder("web-habits");
const organiser = b.staff({ name: "刘建国" });
const student = b.student({ name: "王子涵" });
const dataset = b.build();
const devUsers = [
  { key: "organiser", name: "刘建国", personId: organiser.id, roles: ["admin" as const] },
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
];
const asOrganiser = callerFor(["admin"], organiser.id, "刘建国");
const PHONE = { width: 390, height: 844 };
const HABIT = "晨跑打卡·21天";
const VISIT = "走进智能电网调度中心";

describe("habits and practice visits in a browser: join → check in → result; sign up → reflect → accept", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  let habitId = "";
  let visitId = "";

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
    const habit = await stack.query<{ createHabitProject: { id: string } }>(
      `mutation ($input: CreateHabitProjectInput!) { createHabitProject(input: $input) { id } }`,
      {
        input: {
          kind: "FITNESS",
          title: HABIT,
          description: "每天晨跑 3 公里并打卡",
          goalCheckIns: 1,
          startsOn: today(),
          endsOn: today(),
          audience: "2026级",
        },
      },
      asOrganiser,
    );
    habitId = expectData(habit).createHabitProject.id;
    const visit = await stack.query<{ createPracticeVisit: { id: string } }>(
      `mutation ($input: CreatePracticeVisitInput!) { createPracticeVisit(input: $input) { id } }`,
      {
        input: {
          title: VISIT,
          hostName: "国网西安供电公司",
          guidingProblem: "新能源并网的稳定性问题如何解决？",
          places: "调度中心、变电站",
          startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 51 * 3_600_000).toISOString(),
          capacity: 30,
        },
      },
      asOrganiser,
    );
    visitId = expectData(visit).createPracticeVisit.id;
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
      await operationProblems(stack, {
        HABIT_BOARD,
        PRACTICE_VISIT_BOARD,
        HABIT_PROJECT_PAGE,
        HABIT_PARTICIPANTS,
        PRACTICE_VISIT_PAGE,
        PRACTICE_VISIT_SIGN_UPS,
      }),
    ).toEqual([]);
  });

  it("lets a student find 习惯与见习 in the menu, join a habit project and check in today, once", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "习惯与见习" });
    expect(await entry.first().getAttribute("href")).toBe("/habits");
    await page.goto(`${stack.gateway.url}/habits`);
    await page.getByRole("heading", { level: 1, name: "习惯养成与实践见习" }).waitFor();
    await fitsPhone(page);
    await page.locator('[data-card="habits"]').getByRole("link", { name: HABIT }).click();
    await page.getByRole("heading", { level: 1, name: HABIT }).waitFor();
    const mine = page.locator('[data-card="mine"]');
    await mine.getByRole("button", { name: "参加项目" }).click();
    await mine.getByRole("button", { name: "今日打卡" }).click();
    await expect
      .poll(() => mine.locator("[data-checked-in-today]").getAttribute("data-checked-in-today"))
      .toBe("yes");
    expect(await textOf(mine)).toContain("已打卡 1 次");
    expect(await mine.getByRole("button", { name: "今日打卡" }).count()).toBe(0); // once a day
    // A student records no results.
    expect(await page.locator('[data-card="results"]').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "habits01-checked-in-phone-zh");
  });

  it("lets the organiser record the student's result, computed from the check-ins", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", `/habits/projects/${habitId}`);
    const row = page.locator(`[data-card="results"] li[data-participant="${student.id}"]`);
    await row.getByLabel("结果备注").fill("坚持得很好");
    await row.getByRole("button", { name: "记录结果" }).click();
    await row.locator("[data-result]").waitFor();
    expect(await textOf(row.locator("[data-result]"))).toBe("达标");
    await fitsPhone(page);
    await screenshot(page, "habits02-result-phone-zh");
  });

  it("lets the student sign up for a practice visit and, after it, write a reflection", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", "/habits");
    await page.locator('[data-card="visits"]').getByRole("link", { name: VISIT }).click();
    await page.getByRole("heading", { level: 1, name: VISIT }).waitFor();
    const mine = page.locator('[data-card="mine"]');
    await mine.getByRole("button", { name: "报名见习" }).click();
    await expect
      .poll(() => mine.locator("[data-reflection-status]").getAttribute("data-reflection-status"))
      .toBe("NOT_SUBMITTED");
    // Before the visit the sign-up can be taken back, and made again.
    await mine.getByRole("button", { name: "取消报名" }).click();
    await mine.getByRole("button", { name: "报名见习" }).click();
    await expect
      .poll(() => mine.locator("[data-reflection-status]").getAttribute("data-reflection-status"))
      .toBe("NOT_SUBMITTED");
    expect(await mine.getByRole("form", { name: "见习心得" }).count()).toBe(0); // not before it
    // The visit took place.
    const curriculum = stack.subgraphs.curriculum;
    if (!curriculum) throw new Error("the stack runs no curriculum");
    await curriculum.orm.em
      .fork()
      .getConnection()
      .execute(
        `update curriculum.practice_visit set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ?`,
        [visitId],
      );
    await page.reload();
    const form = page.getByRole("form", { name: "见习心得" });
    await form.getByLabel("心得内容").fill("调度中心的实时平衡让我理解了新能源并网的难点。");
    await form.getByRole("button", { name: "提交心得" }).click();
    await expect
      .poll(() => mine.locator("[data-reflection-status]").getAttribute("data-reflection-status"))
      .toBe("SUBMITTED");
    await fitsPhone(page);
    await screenshot(page, "habits03-reflection-phone-zh");
  });

  it("lets the organiser accept the reflection", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", `/habits/visits/${visitId}`);
    const row = page.locator(`[data-card="reviews"] li[data-sign-up="${student.id}"]`);
    expect(await textOf(row)).toContain("新能源并网");
    await row.getByRole("button", { name: "通过" }).click();
    await expect
      .poll(() => row.locator("[data-reflection-status]").getAttribute("data-reflection-status"))
      .toBe("ACCEPTED");
    await fitsPhone(page);
    await screenshot(page, "habits04-accepted-phone-zh");
  });

  it("speaks English on request: the board, the project, the visit and the student's climb plan on their profile", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", "/habits");
    await page.getByRole("heading", { level: 1, name: "习惯养成与实践见习" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    // What the page says in its own words is English; only the data (names, titles, notes) and
    // the language switch's 中文 stay Chinese.
    const DATA = [
      HABIT,
      VISIT,
      "每天晨跑 3 公里并打卡",
      "2026级",
      "国网西安供电公司",
      "新能源并网的稳定性问题如何解决？",
      "调度中心、变电站",
      "坚持得很好",
      "调度中心的实时平衡让我理解了新能源并网的难点。",
      "刘建国",
      "王子涵",
      "中文",
    ];
    const ownWords = async () => {
      // The app, not the bilingual <noscript> note beside it.
      let text = await textOf(page.locator("#root"));
      for (const data of DATA) text = text.replaceAll(data, "");
      return text;
    };
    const expectEnglish = async (heading: string) => {
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      const text = await ownWords();
      expect(text.match(/[\u4e00-\u9fff]+/g) ?? []).toEqual([]);
      expect(text).not.toMatch(/\b(habits|climbSection|formation|placements|pickers)\.[a-zA-Z]/);
      await fitsPhone(page);
    };
    await expectEnglish("Habits and practice visits");
    expect(await textOf(page.locator('[data-card="habits"]'))).toContain("Fitness habit");
    await page.goto(`${stack.gateway.url}/habits/projects/${habitId}`);
    await expectEnglish(HABIT);
    await page.goto(`${stack.gateway.url}/habits/visits/${visitId}`);
    await expectEnglish(VISIT);
    await page.goto(`${stack.gateway.url}/people/${student.id}`);
    const climb = page.locator('section[data-section="climb"]');
    await climb.getByRole("heading", { name: "Climb plan and freshman formation" }).waitFor();
    expect(await textOf(climb.locator('[data-part="habits"]'))).toContain("Goal met");
    expect(await textOf(climb.locator('[data-part="visits"]'))).toContain(VISIT);
    expect(await textOf(climb)).toContain("Tier 1");
    await screenshot(page, "habits05-profile-climb-phone-en");
  });
});
