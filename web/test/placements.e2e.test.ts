/**
 * Placements (安置, the climb plan's tier 3) in a real browser against the whole platform, at phone
 * width (390 px): a student with a competition prize (so meeting the tier-3 rule) finds 安置 in the
 * menu and proposes a placement; a classmate without tier 3 is refused with the coded error shown
 * and nothing written; the college administrator of the students' residential college finds the
 * proposal by the status and phase filters and recommends it; the supervisor accepts it, and evaluates another of theirs whose period has ended
 * (seeded accepted, as the service leaves it). Build the app first.
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
import { MY_PLACEMENTS, PLACEMENTS, SUPERVISED } from "../src/placements/PlacementsPage";

const day = (days: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const b = new DatasetBuilder("web-placements");
// The students live in a residential college's building; its college administrator recommends.
const pengkang = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: pengkang.id });
const grid = b.grid({ name: "彭康1号楼1层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const college = b.staff({ name: "刘建国" });
b.assign(college, "COLLEGE_ADMIN", "UNIT", pengkang.id);
const admin = b.staff({ name: "马建华" });
const supervisor = b.staff({ name: "陈院士" });
const student = b.student({ name: "王子涵", collegeId: pengkang.id });
const classmate = b.student({ name: "李思远", collegeId: pengkang.id });
b.residence(student, room, { bed: "1" });
b.residence(classmate, room, { bed: "2" });
const cup = b.competition({ name: "“挑战杯”竞赛", level: "NATIONAL" });
b.competitionEntry(cup, student, [], supervisor, { result: "FIRST_PRIZE" });
const ended = b.placement(student, supervisor, {
  status: "ACCEPTED",
  teamName: "先进储能材料团队",
  topic: "固态电解质界面研究",
  startsOn: day(-120),
  endsOn: day(-1),
});
// A student of no college of the administrator's: their placement is not in the college's list.
const outsider = b.student({ name: "周若曦" });
b.competitionEntry(cup, outsider, [], admin, { result: "SECOND_PRIZE" });
b.placement(outsider, admin, { topic: "别院学生的安置", startsOn: day(20), endsOn: day(90) });
const dataset = b.build();
const devUsers = [
  { key: "college", name: "刘建国", personId: college.id, roles: ["college_admin" as const] },
  { key: "supervisor", name: "陈院士", personId: supervisor.id, roles: ["counselor" as const] },
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
  { key: "classmate", name: "李思远", personId: classmate.id, roles: ["student" as const] },
];
const asAdmin = callerFor(["admin"], admin.id, "马建华");
const PHONE = { width: 390, height: 844 };
const TOPIC = "高压直流输电绝缘材料研究";

describe("placements in a browser: propose → recommend → accept; evaluate after the period; the tier-3 rule", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;

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
  const placementCount = async () => {
    const all = await stack.query<{ placements: { totalCount: number } }>(
      `{ placements(first: 1) { totalCount } }`,
      {},
      asAdmin,
    );
    return expectData(all).placements.totalCount;
  };
  const propose = async (page: Page) => {
    const form = page.getByRole("form", { name: "申请安置" });
    await form.getByLabel("科研团队名称").fill("电气绝缘院士团队");
    await form.getByLabel("研究方向或岗位").fill(TOPIC);
    await pickPerson(page, form.getByLabel("指导教师", { exact: true }), "陈院", "陈院士");
    await form.getByLabel("开始日期").fill(day(10));
    await form.getByLabel("结束日期").fill(day(200));
    await form.getByRole("button", { name: "提交申请" }).click();
    return form;
  };

  it("sends only operations the gateway's schema accepts", async () => {
    expect(await operationProblems(stack, { MY_PLACEMENTS, PLACEMENTS, SUPERVISED })).toEqual([]);
  });

  it("refuses a student without tier 3, showing the coded error and writing nothing", async () => {
    const before = await placementCount();
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "classmate", "/placements");
    await page.getByRole("heading", { level: 1, name: "安置推荐" }).waitFor();
    await page.locator('[data-card="my-placements"]').getByText("还没有安置。").waitFor();
    const form = await propose(page);
    const refusal = form.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await refusal.getAttribute("data-field")).toBe("input.studentId");
    expect(await textOf(refusal)).toContain("攀登计划第三层级");
    expect(await textOf(refusal)).toContain("tier 3");
    // The student names no student: the refusal points at the rule, not at a field.
    expect(await refusal.locator(".action-error__field").count()).toBe(0);
    expect(await placementCount()).toBe(before);
    expect(await page.locator('[data-card="my-placements"] li[data-placement]').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "placements01-refused-phone-zh");
  });

  it("lets a student meeting the tier-3 rule find 安置 in the menu and propose a placement", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "安置" });
    expect(await entry.first().getAttribute("href")).toBe("/placements");
    await page.goto(`${stack.gateway.url}/placements`);
    await page.getByRole("heading", { level: 1, name: "安置推荐" }).waitFor();
    // The seeded placement under way already shows, accepted, its period over.
    const mine = page.locator('[data-card="my-placements"]');
    await mine.locator(`li[data-placement="${ended.id}"]`).waitFor();
    expect(await mine.locator(`li[data-placement="${ended.id}"]`).getAttribute("data-phase")).toBe(
      "ENDED",
    );
    const form = await propose(page);
    const row = mine.locator("li[data-placement]", { hasText: TOPIC });
    await row.waitFor();
    await expect.poll(() => form.getByLabel("研究方向或岗位").inputValue()).toBe(""); // ready for another
    expect(await row.getAttribute("data-status")).toBe("PROPOSED");
    expect(await row.getAttribute("data-phase")).toBe("UPCOMING");
    expect(await textOf(row)).toContain("陈院士");
    // A student does not recommend their own placement; they may withdraw it.
    expect(await row.getByRole("button", { name: "学院推荐" }).count()).toBe(0);
    expect(await row.getByRole("button", { name: "撤回" }).count()).toBe(1);
    await fitsPhone(page);
    await screenshot(page, "placements02-proposed-phone-zh");
  });

  it("lets the college filter the list by status and phase and recommend the proposal", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "college", "/placements");
    const card = page.locator('[data-card="placements"]');
    const rows = card.locator("li[data-placement]");
    await expect.poll(() => rows.count()).toBe(2); // their college's students', not the outsider's
    expect(await textOf(card)).not.toContain("别院学生的安置");
    await pickOption(card.getByLabel("按状态筛选"), "已申请");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-status")).toBe("PROPOSED");
    await pickOption(card.getByLabel("按阶段筛选"), "已结束");
    await card.getByText("还没有安置。").waitFor();
    expect(await rows.count()).toBe(0);
    await pickOption(card.getByLabel("按阶段筛选"), "未开始");
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await textOf(row)).toContain(TOPIC);
    await row.getByLabel("说明").fill("该生获挑战杯一等奖，推荐进入院士团队");
    await row.getByRole("button", { name: "学院推荐" }).click();
    // Recommended, it leaves the list filtered by 已申请; unfiltered it shows its new status.
    await expect.poll(() => rows.count()).toBe(0);
    await pickOption(card.getByLabel("按状态筛选"), "学院已推荐");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await textOf(rows.first())).toContain("推荐进入院士团队");
    await fitsPhone(page);
    await screenshot(page, "placements03-recommended-phone-zh");
  });

  it("lets the supervisor accept the recommended placement", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "supervisor", "/placements");
    const card = page.locator('[data-card="placements"]');
    await card.getByRole("heading", { name: "我指导的安置" }).waitFor();
    const row = card.locator("li[data-placement]", { hasText: TOPIC });
    await row.getByLabel("说明").fill("欢迎加入团队");
    await row.getByRole("button", { name: "接收", exact: true }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("ACCEPTED");
    // Not evaluated before its period ends.
    expect(await row.getByRole("button", { name: "提交评价" }).count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "placements04-accepted-phone-zh");
  });

  it("lets the supervisor evaluate a placement whose period has ended", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "supervisor", "/placements");
    const card = page.locator('[data-card="placements"]');
    await pickOption(card.getByLabel("按阶段筛选"), "已结束");
    const row = card.locator(`li[data-placement="${ended.id}"]`);
    await expect.poll(() => card.locator("li[data-placement]").count()).toBe(1);
    await row.getByLabel("评价意见").fill("按期完成界面表征实验，表现突出");
    await pickOption(row.getByLabel("评价等级"), "优秀");
    await row.getByRole("button", { name: "提交评价" }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("EVALUATED");
    expect(await textOf(row.locator("[data-grade]"))).toContain("优秀");
    await fitsPhone(page);
    await screenshot(page, "placements05-evaluated-phone-zh");
    // The student sees it evaluated; the growth record has it through the outbox.
    const placement = await stack.query<{
      placement: { status: string; grade: string; history: { to: string }[] };
    }>(
      `query ($id: ID!) { placement(id: $id) { status grade history { to } } }`,
      { id: ended.id },
      asAdmin,
    );
    expect(expectData(placement).placement).toMatchObject({
      status: "EVALUATED",
      grade: "EXCELLENT",
    });
    expect(expectData(placement).placement.history.map((h) => h.to)).toEqual([
      "PROPOSED",
      "RECOMMENDED",
      "ACCEPTED",
      "EVALUATED",
    ]);
  });
});
