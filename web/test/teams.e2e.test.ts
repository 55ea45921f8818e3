/**
 * Teams and volunteer service (队伍与志愿服务) in a real browser against the whole platform, at
 * phone width (390 px): a student logs hours (志愿服务 in the menu) and sees them await
 * verification; the team's leader opens their team, rejects another member's hours with a reason
 * and verifies the student's; the student then sees them verified and counted, the other member
 * sees the reason. The team, its members and one pending record are loaded by the seed through the
 * people subgraph's services. Then an activity (志愿活动): the leader announces one in a grid,
 * running past midnight (the form refusing an end before the start), a student signs up for one
 * under way, the leader checks them in and the hours join the verification queue.
 * Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor, expectData } from "@campus/testkit";
import { today } from "@campus/subgraph";
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
import { MY_VOLUNTEER } from "../src/teams/TeamsPage";
import { TEAM_PAGE, TEAM_QUEUE } from "../src/teams/TeamPage";
import { ACTIVITY_PLACES, ACTIVITY_SIGN_UPS, TEAM_ACTIVITIES } from "../src/teams/TeamActivities";
import { OPEN_ACTIVITIES } from "../src/teams/OpenActivities";

const T = today();
/** The day before `date` (YYYY-MM-DD). */
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const yesterday = dayBefore(T);
const aWeekAgo = [1, 2, 3, 4, 5, 6].reduce((d) => dayBefore(d), yesterday);

const b = new DatasetBuilder("web-teams");
// A grid an activity may serve in (organisation's, picked by building then grid in the form).
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康5号楼", campusId: campus.id });
const grid = b.grid({ name: "彭康5号楼三层网格", buildingId: building.id, branchId: branch.id });
const leader = b.student({ name: "杨文博" });
const wang = b.student({ name: "王子涵" });
const li = b.student({ name: "李浩然" });
const corps = b.team(leader, { name: "星航志愿服务团", kind: "VOLUNTEER_CORPS" });
b.teamMember(corps, wang, { joinedOn: "2024-09-01" });
b.teamMember(corps, li, { joinedOn: "2024-09-01" });
// Li's hours a week ago (09:00–12:00 on campus), awaiting the leader.
b.volunteerService(corps, li, {
  activity: "图书馆书籍整理",
  startsAt: `${aWeekAgo}T01:00:00.000Z`,
  hours: 3,
});
const dataset = b.build();

const devUsers = [
  { key: "team-leader", name: "杨文博", personId: leader.id, roles: ["student" as const] },
  { key: "student", name: "王子涵", personId: wang.id, roles: ["student" as const] },
  { key: "other-student", name: "李浩然", personId: li.id, roles: ["student" as const] },
];
const PHONE = { width: 390, height: 844 };

describe("volunteer hours in a browser: a student logs them, the team's leader verifies them", () => {
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
  const record = (page: Page, activity: string) =>
    page.locator('[data-card="records"] li[data-service]').filter({ hasText: activity });

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        MY_VOLUNTEER,
        TEAM_PAGE,
        TEAM_QUEUE,
        TEAM_ACTIVITIES,
        ACTIVITY_SIGN_UPS,
        ACTIVITY_PLACES,
        OPEN_ACTIVITIES,
      }),
    ).toEqual([]);
  });

  it("lets a student log hours from the menu's 志愿服务 at phone width; they await verification", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "志愿服务" });
    expect(await entry.count()).toBeGreaterThan(0);
    expect(await entry.first().getAttribute("href")).toBe("/teams");
    await page.goto(`${stack.gateway.url}/teams`);
    await page.getByRole("heading", { level: 1, name: "志愿服务" }).waitFor();
    const log = page.getByRole("form", { name: "登记志愿服务时长" });
    await log.getByLabel("活动名称").fill("社区环境整治");
    await log.getByLabel("地点").fill("彭康书院楼宇周边");
    await log.getByLabel("日期").fill(yesterday);
    await log.getByLabel("开始时间").fill("09:00");
    await log.getByLabel("结束时间").fill("11:00");
    await log.getByRole("button", { name: "提交审核" }).click();
    await page.getByText("已提交，等待队长审核。").waitFor();
    const logged = record(page, "社区环境整治");
    await expect.poll(() => logged.getAttribute("data-status")).toBe("SUBMITTED");
    expect(await textOf(logged)).toContain("待审核");
    expect(await textOf(logged)).toContain(`${yesterday} 09:00–11:00`);
    // The same stretch again overlaps: the server refuses it, the page says so in Chinese.
    await log.getByLabel("活动名称").fill("社区环境整治（重复）");
    await log.getByLabel("开始时间").fill("10:00");
    await log.getByLabel("结束时间").fill("12:00");
    await log.getByRole("button", { name: "提交审核" }).click();
    const refusal = log.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await record(page, "（重复）").count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "teams01-student-logged-phone-zh");
  });

  it("shows the leader their team's queue at phone width: one rejected with a reason, the student's verified", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "team-leader", "/teams");
    await page.getByRole("link", { name: "星航志愿服务团" }).click();
    await page.getByRole("heading", { level: 1, name: "星航志愿服务团" }).waitFor();
    const queue = page.locator('[data-card="queue"]');
    const rowOf = (personId: string) => queue.locator(`li[data-person="${personId}"]`);
    await rowOf(wang.id).waitFor();
    await rowOf(li.id).waitFor();
    expect(await textOf(rowOf(wang.id))).toContain("社区环境整治");
    expect(
      await page.locator('[data-card="members"] li[data-person]').count(),
      "王子涵 and 李浩然",
    ).toBe(2);
    await fitsPhone(page);
    await screenshot(page, "teams02-leader-queue-phone-zh");

    // Rejecting needs a reason: the confirm button waits for one.
    await rowOf(li.id).getByRole("button", { name: "不予认定", exact: true }).click();
    const confirm = rowOf(li.id).getByRole("button", { name: "确认不予认定" });
    expect(await confirm.isDisabled()).toBe(true);
    await rowOf(li.id).getByLabel("理由").fill("签到表中没有该时段，请补充证明后重新登记");
    await confirm.click();
    await expect.poll(() => rowOf(li.id).count()).toBe(0);

    await rowOf(wang.id).getByRole("button", { name: "认定", exact: true }).click();
    await expect.poll(() => rowOf(wang.id).count()).toBe(0);
    await queue.getByText("没有待审核的志愿服务时长。").waitFor();
    await expect
      .poll(() => page.locator('[data-counter="hours"] .counter__value').textContent())
      .toBe("2");
    await fitsPhone(page);
    await screenshot(page, "teams03-leader-decided-phone-zh");
  });

  it("shows the student their hours verified and counted, and the other member the reason", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", "/teams");
    const logged = record(page, "社区环境整治");
    await expect.poll(() => logged.getAttribute("data-status")).toBe("VERIFIED");
    expect(await textOf(logged)).toContain("已认定");
    expect(await page.locator('[data-counter="total"] .counter__value').textContent()).toBe("2");
    await fitsPhone(page);
    await screenshot(page, "teams04-student-verified-phone-zh");

    const other = await browser.openPage({ viewport: PHONE });
    await signInAs(other.page, "other-student", "/teams");
    const rejected = record(other.page, "图书馆书籍整理");
    await expect.poll(() => rejected.getAttribute("data-status")).toBe("REJECTED");
    expect(await textOf(rejected)).toContain("未通过：签到表中没有该时段，请补充证明后重新登记");
    expect(await other.page.locator('[data-counter="total"] .counter__value').textContent()).toBe(
      "0",
    );
    // A student who leads nothing has no team to open but their own, and no queue.
    expect(await other.page.locator('[data-card="led"]').count()).toBe(0);
  });

  it("lets the leader announce an activity, a student sign up for one under way, and the leader check them in: the hours join the queue", async () => {
    // The leader announces tomorrow evening's activity through the page: in a grid picked by
    // building, no place name, running past midnight. An end before the start is refused in the
    // form, in Chinese, with nothing sent.
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "team-leader", "/teams");
    await page.getByRole("link", { name: "星航志愿服务团" }).click();
    const activities = page.locator('[data-card="activities"]');
    await activities.getByRole("button", { name: "发布活动" }).click();
    const form = page.getByRole("form", { name: "发布活动" });
    const dayAfter = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const tomorrow = dayAfter(T);
    await form.getByLabel("活动名称").fill("晚间宿舍安全巡查");
    await form.getByRole("button", { name: "发布", exact: true }).click();
    await form.getByText("请填写地点或选择网格").waitFor(); // neither a place nor a grid
    await pickOption(form.getByLabel("楼栋"), "兴庆校区 彭康5号楼");
    await pickOption(form.getByLabel("网格"), "彭康5号楼三层网格");
    await form.getByLabel("开始日期").fill(tomorrow);
    await form.getByLabel("开始时间").fill("22:00");
    expect(await form.getByLabel("结束日期").inputValue()).toBe(tomorrow); // follows the start
    await form.getByLabel("结束时间").fill("00:30");
    await form.getByRole("button", { name: "发布", exact: true }).click();
    await form.getByText("结束须晚于开始（活动跨过午夜时，结束日期选次日）").waitFor();
    expect(await form.getByText("请填写地点或选择网格").count()).toBe(0);
    await form.getByLabel("结束日期").fill(dayAfter(tomorrow));
    await form.getByRole("button", { name: "发布", exact: true }).click();
    const announced = activities
      .locator("li[data-activity]")
      .filter({ hasText: "晚间宿舍安全巡查" });
    await announced.waitFor();
    expect(await textOf(announced)).toContain(`${tomorrow} 22:00–${dayAfter(tomorrow)} 00:30`);
    expect(await textOf(announced)).toContain("网格：彭康5号楼三层网格");
    expect(await textOf(announced)).toContain("招募中");
    await fitsPhone(page);
    await screenshot(page, "teams05-leader-announced-phone-zh");

    // One under way since half an hour ago (check-in opens at the start), announced through the API.
    const asLeader = callerFor(["student"], leader.id, "杨文博");
    const [team] = expectData(
      await stack.query<{ teams: { id: string }[] }>("query { teams { id } }", {}, asLeader),
    ).teams;
    // The grid the page picked is the one stored, its name organisation's.
    const listed = expectData(
      await stack.query<{
        team: {
          volunteerActivities: { title: string; grid: { id: string; name: string } | null }[];
        };
      }>(
        "query ($id: ID!) { team(id: $id) { volunteerActivities { title grid { id name } } } }",
        { id: team?.id },
        asLeader,
      ),
    ).team.volunteerActivities;
    expect(listed.find((a) => a.title === "晚间宿舍安全巡查")?.grid).toEqual({
      id: grid.id,
      name: grid.name,
    });
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const announce = (extra: Record<string, unknown> = {}) =>
      stack.query<{ createVolunteerActivity: { id: string } | null }>(
        `mutation ($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
        {
          input: {
            teamId: team?.id,
            title: "社区义诊协助",
            place: "彭康书院一楼大厅",
            startsAt: new Date(minute - 30 * 60_000).toISOString(),
            endsAt: new Date(minute + 90 * 60_000).toISOString(),
            slots: 5,
            ...extra,
          },
        },
        asLeader,
      );
    // A grid is checked through the graph (organisation's knownPlace): one it does not know is refused.
    const unknownGrid = await announce({ gridId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownGrid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknownGrid.errors?.[0]?.extensions?.field).toBe("input.gridId");
    const underWay = await announce();
    const activityId = expectData(underWay).createVolunteerActivity?.id ?? "";

    // The student finds both on 志愿服务 and signs up for the one under way.
    const student = await browser.openPage({ viewport: PHONE });
    await signInAs(student.page, "student", "/teams");
    const open = student.page.locator('[data-card="open-activities"]');
    const row = open.locator(`li[data-activity="${activityId}"]`);
    await row.waitFor();
    expect(await open.locator("li[data-activity]").count()).toBe(2);
    await row.getByRole("button", { name: "报名", exact: true }).click();
    await expect.poll(() => textOf(row)).toContain("已报名 1/5");
    expect(await row.getByRole("button", { name: "取消报名" }).count()).toBe(0); // it has started
    await fitsPhone(student.page);
    await screenshot(student.page, "teams06-student-signed-up-phone-zh");

    // The leader opens the sign-ups and checks the student in; the hours await verification.
    await page.reload();
    const mine = activities.locator(`li[data-activity="${activityId}"]`);
    await mine.getByRole("button", { name: "报名名单" }).click();
    const signUp = mine.locator(`li[data-person="${wang.id}"]`);
    await signUp.getByRole("button", { name: "签到" }).click();
    await expect.poll(() => signUp.getAttribute("data-state")).toBe("CHECKED_IN");
    const queued = page.locator(`[data-card="queue"] li[data-person="${wang.id}"]`);
    await queued.waitFor();
    expect(await textOf(queued)).toContain("社区义诊协助");
    await fitsPhone(page);
    await screenshot(page, "teams07-leader-checked-in-phone-zh");
  });
});
