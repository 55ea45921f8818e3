/**
 * Casework that explains itself, in a real browser against the whole platform: a counselor opens
 * an assistance case from a warning and lands on the case, which links back to the warning; hands
 * a warning to a colleague on duty for the student (the class adviser), who signs in, sees the
 * notification and its unread count in the top bar and follows it to the warning; the queue and the
 * case page fit a 390 px phone. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  overflowsSideways,
  pickOption,
  pickPerson,
  screenshot,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

const PHONE = { width: 390, height: 844 };
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const b = new DatasetBuilder("web-workbench-casework");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const wang = b.student({ name: "王子涵", schoolId: school.id, classId: klass.id });
const zhao = b.student({ name: "赵思远", schoolId: school.id, classId: klass.id });
const sun = b.student({ name: "孙雨桐", schoolId: school.id, classId: klass.id });
const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
const adviser = b.staff({ name: "王立新", schoolId: school.id });
const psychologist = b.staff({ name: "周心怡", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(adviser, "CLASS_ADVISER", "CLASS", klass.id);
const forCase = b.warning(wang, {
  category: "FINANCIAL",
  level: "ORANGE",
  status: "ASSIGNED",
  summary: "校园卡月消费持续偏低",
  raisedAt: hoursAgo(30),
});
const forColleague = b.warning(zhao, {
  category: "ACADEMIC",
  level: "RED",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: hoursAgo(3),
});
const forPsychology = b.warning(sun, {
  category: "MENTAL_HEALTH",
  level: "ORANGE",
  status: "ASSIGNED",
  summary: "近期情绪低落，室友反映常独自哭泣",
  raisedAt: hoursAgo(20),
});
// Two warnings the counselor assesses together (批量推进).
const assessTogether = (student: typeof wang) =>
  b.warning(student, {
    category: "BEHAVIOUR",
    level: "YELLOW",
    status: "ASSIGNED",
    summary: "同一宿舍近两周多次晚归",
    raisedAt: hoursAgo(10),
  });
const togetherFirst = assessTogether(wang);
const together = [togetherFirst, assessTogether(zhao)];
const dataset = b.build();

const devUsers = [
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "class-adviser", name: "王立新", personId: adviser.id, roles: ["class_adviser" as const] },
  {
    key: "psychology-teacher",
    name: "周心怡",
    personId: psychologist.id,
    roles: ["psychology_teacher" as const],
  },
];

describe("casework workbench: cases from warnings, colleagues, notifications", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  let caseId = "";

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
  const openPanel = async (page: Page, warningId: string) => {
    await page.goto(`${stack.gateway.url}/warnings`);
    const row = page.locator(`[data-warning="${warningId}"]`);
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${warningId}"]`);
    // The actions come from the server's availableActions once the warning's detail is read.
    await panel
      .locator('[data-action="open-case"], [data-action="assign-colleague"]')
      .first()
      .waitFor();
    return { row, panel };
  };

  it("opens a case from a warning, lands on the case, and the case links back to the warning", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    const { panel } = await openPanel(page, forCase.id);
    await panel.getByRole("button", { name: "开立帮扶个案" }).click();
    await panel.getByLabel("困难情况与帮扶目标").fill("家庭经济困难，需要资助与勤工助学岗位");
    await panel.getByRole("button", { name: "开立并打开个案" }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "王子涵" }).waitFor();
    const back = page.locator(`[data-warning-link="${forCase.id}"]`);
    await back.click();
    await page.waitForURL(`${stack.gateway.url}/warnings/${forCase.id}`);
    const warningPage = page.locator(`[data-warning-page="${forCase.id}"]`);
    // The warning's page lists the case it led to.
    await expect.poll(() => warningPage.locator(`[data-case-link="${caseId}"]`).count()).toBe(1);
    expect(browser.pageErrors).toEqual([]);
  });

  it("assigns a warning to a colleague on duty, who sees the notification and follows it", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    const { row, panel } = await openPanel(page, forColleague.id);
    await pickOption(panel.getByLabel("分派给同事"), "王立新（班主任）");
    await panel.getByRole("button", { name: "分派", exact: true }).click();
    await expect.poll(() => row.locator("[data-assignee]").textContent()).toBe("王立新");
    await screenshot(page, "c01-assigned-to-colleague");

    const other = await browser.openPage();
    const colleague = other.page;
    await signInAs(colleague, "class-adviser");
    const bell = colleague.locator(".notification-bell");
    await expect.poll(() => bell.getAttribute("data-unread")).toBe("1");
    await bell.click();
    await colleague.getByRole("heading", { level: 1, name: "通知" }).waitFor();
    const notice = colleague.locator('[data-kind="ASSIGNED"]');
    await expect.poll(() => notice.textContent()).toContain("陈晓燕 将一条预警分派给你");
    expect(await notice.getAttribute("data-read")).toBe("false");
    await screenshot(colleague, "c02-notifications");
    await notice.getByRole("button", { name: "查看预警" }).click();
    await colleague.waitForURL(`${stack.gateway.url}/warnings/${forColleague.id}`);
    await colleague.locator(`[data-warning-page="${forColleague.id}"]`).waitFor();
    await expect.poll(() => bell.getAttribute("data-unread")).toBe("0");
    expect(browser.pageErrors).toEqual([]);
  });

  it("refers a student to a psychology teacher from a warning, who finds them among their referrals", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    const { panel } = await openPanel(page, forPsychology.id);
    await panel.getByRole("button", { name: "转介心理" }).click();
    const form = panel.locator('[data-action="refer-psychology-form"]');
    // The form asks for the reason before anything is sent.
    await pickPerson(page, form.getByLabel("心理老师"), "周心", "周心怡");
    await pickOption(form.getByLabel("关注等级"), "重点关注");
    await form.getByRole("button", { name: "确认转介" }).click();
    await expect.poll(() => form.textContent()).toContain("请写明转介的原因");
    await form.getByLabel("转介说明").fill("情绪持续低落两周，已谈心一次，建议专业评估");
    await form.getByRole("button", { name: "确认转介" }).click();
    await page.getByText("已转介给心理老师").waitFor();
    await expect.poll(() => form.count()).toBe(0);

    const other = await browser.openPage();
    const teacher = other.page;
    await signInAs(teacher, "psychology-teacher", "/referrals");
    await expect.poll(() => teacher.locator("main").textContent()).toContain("孙雨桐");
    expect(browser.pageErrors).toEqual([]);
  });

  it("assesses two warnings together from the queue, with one note in each history", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", "/warnings");
    for (const w of together) {
      const row = page.locator(`tr[data-warning="${w.id}"]`);
      await row.locator('input[type="checkbox"]').check();
    }
    const bar = page.locator('[data-bulk="advance"]');
    await pickOption(bar.getByLabel("推进到"), "已研判");
    const submit = bar.getByRole("button", { name: "批量推进" });
    // Assessing needs a note: the button waits for one.
    expect(await submit.isDisabled()).toBe(true);
    await bar.getByLabel("说明（写入每条预警的处理记录）").fill("同一宿舍，一并约谈");
    await submit.click();
    await page.getByText("已推进 2 条预警").waitFor();
    for (const w of together)
      await expect
        .poll(() => page.locator(`tr[data-warning="${w.id}"]`).getAttribute("data-status"))
        .toBe("ASSESSED");
    await page.goto(`${stack.gateway.url}/warnings/${togetherFirst.id}`);
    await expect
      .poll(() => page.locator(`[data-warning-page="${togetherFirst.id}"]`).textContent())
      .toContain("同一宿舍，一并约谈");
    expect(browser.pageErrors).toEqual([]);
  });

  it("fits the queue and the case page on a 390 px phone", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "counselor", "/warnings");
    await page.locator(`[data-warning="${forColleague.id}"]`).waitFor();
    const card = page.locator(`[data-warning="${forCase.id}"]`);
    await card.getByRole("button", { name: "处理" }).click();
    await page.locator(`[data-panel="${forCase.id}"] [data-talks]`).waitFor();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "c03-queue-phone");

    expect(caseId).not.toBe("");
    await page.goto(`${stack.gateway.url}/cases/${caseId}`);
    await page.locator('[data-section="talks"]').waitFor();
    expect(await width()).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "c04-case-phone");
  });
});
