/**
 * The freshman formation programme (新生养成教育) in a real browser against the whole platform, at
 * phone width (390 px): a student finds 新生养成教育 in the menu and sees their hours module by
 * module (the course they completed counted, the other not yet); the organiser sees the cohort's
 * progress, adds a module (required hours of 0 refused with the coded error, nothing added),
 * counts a course in it (negative hours refused) and removes it again; a counselor reads the
 * programme without the organiser's forms. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor, expectData } from "@campus/testkit";
import {
  launchBrowser,
  pickOption,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
  operationProblems,
  expectFits,
} from "./browser";
import {
  FORMATION_COHORT_PROGRESS,
  FORMATION_COURSES,
  FORMATION_PROGRAMME,
  FORMATION_PROGRAMMES,
  MY_FORMATION,
} from "../src/formation/FormationPage";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

const b = new DatasetBuilder("web-formation");
const organiser = b.staff({ name: "刘建国" });
const counselor = b.staff({ name: "陈老师" });
const student = b.student({ name: "王子涵", cohort: 2025 });
const history = b.course({ code: "FH01", title: "校史校情·校史馆参观" });
const career = b.course({ code: "FC01", title: "职业规划·生涯第一课" });
const mental = b.course({ code: "FM01", title: "心理健康·适应新生活" });
const programme = b.formationProgramme(2025, "2025级新生养成教育", [
  { nameZh: "校史校情", nameEn: "University history", requiredHours: 2 },
  { nameZh: "职业规划", nameEn: "Career planning", requiredHours: 4 },
]);
b.formationCourse(programme, 1, history, 2);
b.formationCourse(programme, 2, career, 2);
/** One held session per course: attending it completes the course. */
const held = (course: ReturnType<typeof b.course>, daysAgo: number) =>
  b.session(course, {
    startsAt: fromNow(-daysAgo * DAY),
    endsAt: fromNow(-daysAgo * DAY + 2 * HOUR),
    instructorId: counselor.id,
  });
const historyHeld = held(history, 2);
const careerHeld = held(career, 3);
b.enrolment(student, historyHeld);
b.enrolment(student, careerHeld);
const dataset = b.build();
const devUsers = [
  { key: "organiser", name: "刘建国", personId: organiser.id, roles: ["admin" as const] },
  { key: "counselor", name: "陈老师", personId: counselor.id, roles: ["counselor" as const] },
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
];
const asCounselor = callerFor(["counselor"], counselor.id, "陈老师");
const asOrganiser = callerFor(["admin"], organiser.id, "刘建国");
const PHONE = { width: 390, height: 844 };

describe("freshman formation in a browser: a student's modules; an organiser's modules and courses", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
    // The student attended the history session: the course, and with it module 1, is complete.
    const marked = await stack.query<{ markAttendance: { id: string } }>(
      `mutation ($input: MarkAttendanceInput!) { markAttendance(input: $input) { id } }`,
      { input: { sessionId: historyHeld.id, personId: student.id, status: "PRESENT" } },
      asCounselor,
    );
    expectData(marked);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);
  const fitsPhone = (page: Page) => expectFits(page, 390);
  /** The programme's modules as the server holds them. */
  const modulesOnServer = async () => {
    const result = await stack.query<{
      formationProgramme: {
        modules: { order: number; nameZh: string; courses: { course: { code: string } }[] }[];
      } | null;
    }>(
      `query { formationProgramme(cohort: 2025) { modules { order nameZh courses { course { code } } } } }`,
      {},
      asOrganiser,
    );
    return expectData(result).formationProgramme?.modules ?? [];
  };

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        MY_FORMATION,
        FORMATION_PROGRAMMES,
        FORMATION_PROGRAMME,
        FORMATION_COHORT_PROGRESS,
        FORMATION_COURSES,
      }),
    ).toEqual([]);
  });

  it("shows a student their hours in each module and which counted courses they completed", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "新生养成教育" });
    expect(await entry.first().getAttribute("href")).toBe("/formation");
    await page.goto(`${stack.gateway.url}/formation`);
    await page.getByRole("heading", { level: 1, name: "新生养成教育" }).waitFor();
    const mine = page.locator('[data-card="my-formation"]');
    const first = mine.locator('li[data-module="1"]');
    await first.waitFor();
    expect(await first.getAttribute("data-met")).toBe("yes");
    expect(await textOf(first)).toContain("校史校情");
    expect(await textOf(first)).toContain("2 / 2 学时");
    expect(await first.locator('li[data-course="FH01"]').getAttribute("data-done")).toBe("yes");
    const second = mine.locator('li[data-module="2"]');
    expect(await second.getAttribute("data-met")).toBe("no");
    expect(await textOf(second)).toContain("0 / 4 学时");
    expect(await second.locator('li[data-course="FC01"]').getAttribute("data-done")).toBe("no");
    const summary = mine.locator("[data-summary]");
    expect(await summary.getAttribute("data-completed")).toBe("no");
    expect(await textOf(summary)).toContain("已达标 1 / 2 个模块");
    expect(await textOf(summary)).toContain("2 / 6 学时");
    // A student has no cohort view and no organiser's forms.
    expect(await page.locator('[data-card="modules"]').count()).toBe(0);
    expect(await page.getByRole("form", { name: "新增模块" }).count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "formation01-student-phone-zh");
  });

  it("lets the organiser add a module, refusing required hours of 0 with nothing added", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", "/formation");
    await page.getByRole("heading", { level: 1, name: "新生养成教育" }).waitFor();
    // The cohort's progress: the student takes part, has not completed.
    const counts = page.locator("[data-cohort-progress]");
    await counts.waitFor();
    expect(await counts.getAttribute("data-participants")).toBe("1");
    expect(await counts.getAttribute("data-completed")).toBe("0");
    const modules = page.locator('[data-card="modules"]');
    expect(await textOf(modules.locator('li[data-module="1"] [data-counts]'))).toContain(
      "达标 1 人",
    );
    expect(await modules.locator("li[data-module]").count()).toBe(2);
    await fitsPhone(page);

    const form = page.getByRole("form", { name: "新增模块" });
    expect(await form.getByLabel("位置（1–9）").inputValue()).toBe("3");
    await form.getByLabel("中文名称").fill("心理健康");
    await form.getByLabel("英文名称").fill("Mental health");
    await form.getByLabel("要求学时").fill("0");
    await form.getByRole("button", { name: "新增模块" }).click();
    const refusal = form.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await refusal.getAttribute("data-field")).toBe("input.requiredHours");
    expect((await modulesOnServer()).map((m) => m.order)).toEqual([1, 2]);
    expect(await modules.locator("li[data-module]").count()).toBe(2);
    await form.getByLabel("要求学时").fill("-2");
    await form.getByRole("button", { name: "新增模块" }).click();
    await expect.poll(() => refusal.getAttribute("data-action-error")).toBe("badInput");
    expect((await modulesOnServer()).map((m) => m.order)).toEqual([1, 2]);
    await fitsPhone(page);
    await screenshot(page, "formation02-refused-phone-zh");

    await form.getByLabel("要求学时").fill("3");
    await form.getByRole("button", { name: "新增模块" }).click();
    const added = modules.locator('li[data-module="3"]');
    await added.waitFor();
    expect(await textOf(added)).toContain("心理健康");
    expect(await textOf(added)).toContain("要求 3 学时");
    expect(await form.locator("[data-action-error]").count()).toBe(0);
    expect((await modulesOnServer()).map((m) => [m.order, m.nameZh])).toEqual([
      [1, "校史校情"],
      [2, "职业规划"],
      [3, "心理健康"],
    ]);
  });

  it("lets the organiser count a course in the module, refusing negative hours, and remove it", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", "/formation");
    const added = page.locator('[data-card="modules"] li[data-module="3"]');
    await added.waitFor();
    await added.getByRole("button", { name: "计入课程" }).click();
    const assign = added.getByRole("form", { name: "计入课程" });
    await pickOption(assign.getByLabel("课程"), `FM01 ${mental.title}`);
    await assign.getByLabel("学时").fill("-1");
    await assign.getByRole("button", { name: "确认计入" }).click();
    const refusal = assign.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await refusal.getAttribute("data-field")).toBe("input.hours");
    expect((await modulesOnServer())[2]?.courses).toEqual([]);

    await assign.getByLabel("学时").fill("1.5");
    await assign.getByRole("button", { name: "确认计入" }).click();
    const counted = added.locator('li[data-course="FM01"]');
    await counted.waitFor();
    expect(await textOf(counted)).toContain("1.5 学时");
    expect((await modulesOnServer())[2]?.courses.map((c) => c.course.code)).toEqual(["FM01"]);
    await fitsPhone(page);
    await screenshot(page, "formation03-assigned-phone-zh");

    await counted.getByRole("button", { name: "移出" }).click();
    await expect.poll(() => added.locator('li[data-course="FM01"]').count()).toBe(0);
    expect((await modulesOnServer())[2]?.courses).toEqual([]);
  });

  it("lets the organiser rename a module and change its required hours", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", "/formation");
    const second = page.locator('[data-card="modules"] li[data-module="2"]');
    await second.waitFor();
    await second.getByRole("button", { name: "修改模块" }).click();
    const edit = second.getByRole("form", { name: "修改模块" });
    await edit.getByLabel("中文名称").fill("职业生涯规划");
    await edit.getByLabel("要求学时").fill("0");
    await edit.getByRole("button", { name: "保存模块" }).click();
    await edit.locator('[data-action-error="badInput"]').waitFor();
    expect((await modulesOnServer())[1]?.nameZh).toBe("职业规划");
    await edit.getByLabel("要求学时").fill("2");
    await edit.getByRole("button", { name: "保存模块" }).click();
    await expect.poll(() => textOf(second.locator("strong").first())).toBe("2. 职业生涯规划");
    expect(await textOf(second)).toContain("要求 2 学时");
    expect((await modulesOnServer())[1]?.nameZh).toBe("职业生涯规划");
    await fitsPhone(page);
  });

  it("shows a counselor the programme read-only", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "counselor", "/formation");
    const modules = page.locator('[data-card="modules"]');
    await modules.locator('li[data-module="1"]').waitFor();
    expect(await textOf(modules)).toContain("2025级新生养成教育");
    expect(await modules.locator('li[data-course="FH01"]').count()).toBe(1);
    expect(await page.locator('[data-page="formation"] form').count()).toBe(0);
    expect(await page.getByRole("button", { name: "移出" }).count()).toBe(0);
    expect(await page.locator('[data-card="cohort-progress"]').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "formation04-counselor-phone-zh");
  });
});
