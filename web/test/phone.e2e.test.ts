/**
 * The app at phone width (375×667), in a real browser against the real platform: a student's own
 * profile, and a counselor's student list and warning queue, fit the screen (the page never
 * scrolls sideways) and their main actions can be reached and used there. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  launchBrowser,
  overflowsSideways,
  screenshot,
  section,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { today as campusToday } from "@campus/subgraph";

const PHONE = { width: 375, height: 667 };
const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const b = new DatasetBuilder("web-phone");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({
  name: "彭康5号楼",
  campusId: campus.id,
  floors: 6,
  collegeId: college.id,
});
const grid = b.grid({ name: "彭康5号楼三层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({
  buildingId: building.id,
  gridId: grid.id,
  floor: 3,
  number: "312",
  capacity: 8,
});
let beds = 0;
const student = (name: string) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, room, { bed: String(++beds) });
  return person;
};
const wang = student("王子涵");
const zhao = student("赵思远");
student("李浩然");
// Wang's academic warning makes the seed's push run send him resources (his inbox has buttons).
b.warning(wang, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: hoursAgo(30),
});
const zhaoWarning = b.warning(zhao, {
  category: "BEHAVIOUR",
  level: "RED",
  status: "OPEN",
  summary: "连续三晚晚归且未请假",
  raisedAt: hoursAgo(2),
});
const course = b.course({
  code: "FF01",
  title: "校史校情：西迁精神",
  category: "FRESHMAN_FORMATION",
});
b.enrolment(wang, b.session(course, { location: "彭康书院活动室101" }));
b.growthEvent(wang, {
  domain: "MORAL",
  kind: "VOLUNTEER_HOURS",
  title: "社区志愿服务（12小时）",
  points: 6,
  occurredOn: campusToday(),
});
const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const dataset = b.build();

const devUsers = [
  { key: "student", name: "王子涵", personId: wang.id, roles: ["student" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];

describe("the app on a phone (375×667), against the whole platform", () => {
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

  const openPhone = () => browser.openPage({ viewport: PHONE });
  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);

  /** Shown, and wholly within the screen's width (nothing to scroll sideways for). */
  async function reachable(locator: Locator) {
    await locator.scrollIntoViewIfNeeded();
    expect(await locator.isVisible()).toBe(true);
    const box = await locator.boundingBox();
    if (!box) throw new Error(`${locator.toString()} has no box`);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }

  it("fits a student's own profile on the screen, with their resources' buttons at hand", async () => {
    const { page } = await openPhone();
    await signInAs(page, "student");
    expect(await overflowsSideways(page)).toBe(false);
    await page.goto(`${stack.gateway.url}/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();
    const inbox = section(page, "inbox");
    await expect.poll(() => inbox.locator("li.push").count()).toBeGreaterThan(0);
    // Every section is there: courses and the growth record (tables) too.
    await expect
      .poll(() => section(page, "enrolments").textContent())
      .toContain("校史校情：西迁精神");
    await expect
      .poll(() => section(page, "growth").textContent())
      .toContain("社区志愿服务（12小时）");
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "p01-student-profile-phone");

    // The main actions: the navigation, signing out, and the resources' buttons, which work.
    await reachable(
      page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" }),
    );
    await reachable(page.getByRole("button", { name: "退出登录" }));
    const first = inbox.locator("li.push").first();
    const markRead = first.getByRole("button", { name: "标为已读" });
    await reachable(markRead);
    await reachable(first.getByRole("button", { name: "我要参加" }));
    await markRead.click();
    await expect.poll(() => first.getAttribute("data-read")).toBe("true");
    await first.getByRole("button", { name: "我要参加" }).click();
    await reachable(first.getByLabel("说明（可选）"));
    await reachable(first.getByRole("button", { name: "确认参加" }));
    expect(await overflowsSideways(page)).toBe(false);
    // The term picker of the evaluation.
    await reachable(section(page, "growth").getByRole("radiogroup", { name: "学期" }));
    expect(await overflowsSideways(page)).toBe(false);
  });

  it("fits a counselor's student list on the screen: search, students, a profile", async () => {
    const { page } = await openPhone();
    await signInAs(page, "counselor", "/students");
    await expect.poll(() => page.locator(".result-count").textContent()).toContain("共 3 名学生");
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "p02-student-list-phone");

    const search = page.getByLabel("搜索学生");
    await reachable(search);
    await search.fill("赵");
    await expect.poll(() => page.locator(".result-count").textContent()).toContain("共 1 名学生");
    const link = page.getByRole("link", { name: "赵思远" });
    await reachable(link);
    expect(await overflowsSideways(page)).toBe(false);
    await link.click();
    await page.getByRole("heading", { level: 1, name: "赵思远" }).waitFor();
    await expect.poll(() => section(page, "warnings").textContent()).toContain("红色预警");
    expect(await overflowsSideways(page)).toBe(false);
  });

  it("fits a counselor's warning queue on the screen: counters, views, filters, and handling a warning", async () => {
    const { page } = await openPhone();
    await signInAs(page, "counselor", "/warnings");
    await page.getByRole("heading", { level: 1, name: "预警工作台" }).waitFor();
    const card = page.locator(`[data-warning="${zhaoWarning.id}"]`);
    await card.waitFor();
    await expect.poll(() => page.locator("[data-warning]").count()).toBe(2);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "p03-queue-phone");

    await reachable(page.locator('[data-counter="overdue"]'));
    await reachable(
      page.getByRole("navigation", { name: "预警视图" }).getByRole("link", { name: "已逾期" }),
    );
    for (const filter of ["状态", "级别", "类别", "排序"]) await reachable(page.getByLabel(filter));

    // Handling a warning: its panel opens in the card, and its first action works.
    const handle = card.getByRole("button", { name: "处理" });
    await reachable(handle);
    await handle.click();
    const panel = page.locator(`[data-panel="${zhaoWarning.id}"]`);
    await expect.poll(() => panel.textContent()).toContain(zhaoWarning.summary);
    expect(await overflowsSideways(page)).toBe(false);
    const assign = panel.getByRole("button", { name: "分派给我" });
    await reachable(assign);
    await assign.click();
    await expect.poll(() => card.locator("[data-stage]").textContent()).toBe("已分派");
    await reachable(panel.getByRole("button", { name: "推进到“已研判”" }));
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "p04-queue-panel-phone");
    expect(browser.pageErrors).toEqual([]);
  });
});
