/**
 * The three staff lines on community duty (三支队伍下沉) in a real browser against the whole
 * platform, at phone width (390 px): an office cadre opens 值班走访 from the menu, sees their duty
 * shifts and records a dorm visit about a resident (a visit dated in the future is refused, in
 * Chinese) and a visit to a room with no student named; an administrator opens the grid's duty roster, sees who is on duty now, adds a shift and
 * is refused an overlapping one, and ends a shift; the student's counselor reads the visit on the
 * student's profile. On the grid's page the administrator appoints the student its floor head
 * (学生自治岗位), and the post shows on the student's profile. The shifts are loaded by the seed through the people subgraph's services.
 * Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
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
import { MY_DUTY } from "../src/duty/DutyPage";
import { BUILDING_DUTY, GRID_DUTY } from "../src/duty/DutyRosterPage";
import { STUDENT_VISITS } from "../src/duty/VisitsSection";
import { GRID_POSTS } from "../src/governance-posts/GridPostsSection";
import { PERSON_POSTS } from "../src/governance-posts/PersonPostsSection";

const b = new DatasetBuilder("web-duty");
const campus = b.campus();
const branch = b.orgUnit({ name: "启德第1师生联合党支部", kind: "JOINT_BRANCH" });
const building = b.building({ name: "启德1号楼", campusId: campus.id });
const grid = b.grid({ name: "启德1号楼1层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const klass = b.studentClass({ name: "计算机2401" });
const student = b.student({ name: "陈思远", classId: klass.id });
b.residence(student, room, { bed: "1" });
const cadre = b.staff({ name: "韩晓东" });
const counselor = b.staff({ name: "王老师" });
const admin = b.staff({ name: "刘建国" });
// A member of staff with no duty yet, for the administrator to put on the roster.
b.staff({ name: "孙保国" });
b.assign(cadre, "OFFICE_CADRE", "GRID", grid.id);
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
// The cadre serves the grid all day every day, so "on duty now" holds whenever the test runs.
for (let weekday = 1; weekday <= 7; weekday++)
  b.dutyShift(cadre, {
    role: "OFFICE_CADRE",
    placeKind: "GRID",
    placeId: grid.id,
    weekday,
    startTime: "00:00",
    endTime: "24:00",
  });
const dataset = b.build();

const devUsers = [
  {
    key: "community-staff",
    name: "韩晓东",
    personId: cadre.id,
    roles: ["community_staff" as const],
  },
  { key: "counselor", name: "王老师", personId: counselor.id, roles: ["counselor" as const] },
  { key: "admin", name: "刘建国", personId: admin.id, roles: ["admin" as const] },
];
const PHONE = { width: 390, height: 844 };
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

describe("community duty in a browser: duties, the roster, and a visit recorded and read", () => {
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

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        MY_DUTY,
        GRID_DUTY,
        BUILDING_DUTY,
        STUDENT_VISITS,
        GRID_POSTS,
        PERSON_POSTS,
      }),
    ).toEqual([]);
  });

  it("lets an office cadre see their duties and record a visit from the menu's 值班走访, at phone width", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "community-staff");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "值班走访" });
    expect(await entry.first().getAttribute("href")).toBe("/duty");
    await page.goto(`${stack.gateway.url}/duty`);
    await page.getByRole("heading", { level: 1, name: "值班与走访" }).waitFor();
    const shifts = page.locator('[data-card="duties"] li[data-shift]');
    await expect.poll(() => shifts.count()).toBe(7);
    expect(await textOf(shifts.first())).toContain("周一 00:00–24:00");
    expect(await textOf(shifts.first())).toContain("机关干部");

    const form = page.getByRole("form", { name: "登记走访或谈话" });
    await form.getByLabel("学生").click();
    await page.locator(".ant-select-item-option", { hasText: "陈思远" }).click();
    await form.getByLabel("记录").fill("宿舍整洁，提醒按时归寝");
    // A day after today: the server refuses it and the page says why, in Chinese.
    const tomorrow = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await form.getByLabel("日期").fill(tomorrow);
    await form.getByRole("button", { name: "登记" }).click();
    const refusal = form.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    await form.getByLabel("日期").fill(TODAY);
    await form.getByRole("button", { name: "登记" }).click();
    await form.getByText("已登记").waitFor();
    const logged = page.locator('[data-card="visits"] li[data-visit]');
    await expect.poll(() => logged.count()).toBe(1);
    expect(await textOf(logged.first())).toContain("宿舍整洁，提醒按时归寝");
    expect(await textOf(logged.first())).toContain("陈思远");
    await fitsPhone(page);
    await screenshot(page, "duty01-cadre-visit-phone-zh");
  }, 120_000);

  it("records a visit to a room of the cadre's grid without naming a student, and the log shows the room", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "community-staff", "/duty");
    const form = page.getByRole("form", { name: "登记走访或谈话" });
    await form.getByLabel("记录").fill("楼道消防通道畅通");
    // Neither student nor room: the form asks for one of them before anything is sent.
    await form.getByRole("button", { name: "登记" }).click();
    await form.getByText("请选择学生或宿舍").waitFor();
    await form.getByLabel("网格或楼栋").click();
    await page.locator(".ant-select-item-option", { hasText: "启德1号楼1层网格" }).click();
    await form.getByLabel("宿舍", { exact: true }).click();
    await page.locator(".ant-select-item-option", { hasText: "101" }).click();
    await form.getByRole("button", { name: "登记" }).click();
    await form.getByText("已登记").waitFor();
    const roomVisit = page
      .locator('[data-card="visits"] li[data-visit]')
      .filter({ hasText: "楼道消防通道畅通" });
    await roomVisit.waitFor();
    expect(await roomVisit.locator(`[data-room="${room.id}"]`).count()).toBe(1);
    expect(await textOf(roomVisit)).toContain("启德1号楼 101室");
    expect(await textOf(roomVisit)).toContain("宿舍走访（未指定学生）");
    await fitsPhone(page);
  }, 120_000);

  it("lets an administrator keep the grid's roster: who is on duty now, a shift added, an overlap refused, a shift ended", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "admin", `/duty/grids/${grid.id}`);
    await page.locator('[data-card="now"]').getByText("韩晓东").waitFor();
    const roster = page.locator('[data-card="roster"] li[data-shift]');
    await expect.poll(() => roster.count()).toBe(7);

    const form = page.getByRole("form", { name: "新增班次" });
    await form.getByLabel("人员").click();
    await form.getByLabel("人员").fill("孙保国");
    await page.locator(".ant-select-item-option", { hasText: "孙保国" }).click();
    await form.getByLabel("开始").fill("19:00");
    await form.getByLabel("结束").fill("21:00");
    await form.getByRole("button", { name: "加入值班表" }).click();
    await form.getByText("已加入值班表").waitFor();
    await expect.poll(() => roster.count()).toBe(8);
    // The same person again at an hour that meets it: CONFLICT, said in Chinese, nothing added.
    await form.getByLabel("开始").fill("20:00");
    await form.getByLabel("结束").fill("22:00");
    await form.getByRole("button", { name: "加入值班表" }).click();
    const refusal = form.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("conflict");
    expect(await roster.count()).toBe(8);

    const guardShift = roster.filter({ hasText: "孙保国" });
    await guardShift.getByRole("button", { name: "结束此班次" }).click();
    await guardShift.getByText("已结束").waitFor();
    await fitsPhone(page);
    await screenshot(page, "duty02-admin-roster-phone-zh");
  }, 120_000);

  it("lets an administrator appoint a resident the grid's floor head, refuses a second one, and the profile shows the post", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "admin", `/grids/${grid.id}`);
    const section = page.locator('[data-section="governance-posts"]');
    await section.getByText("暂无在任的学生自治岗位").waitFor();
    const form = page.getByRole("form", { name: "任命学生自治岗位" });
    await form.getByLabel("学生").click();
    await page.locator(".ant-select-item-option", { hasText: "陈思远" }).click();
    await form.getByRole("button", { name: "任命" }).click();
    await form.getByText("已任命").waitFor();
    const post = section.locator("li[data-post]");
    await expect.poll(() => post.count()).toBe(1);
    expect(await textOf(post.first())).toContain("楼层长");
    expect(await textOf(post.first())).toContain("陈思远");
    // A second floor head for the same term: CONFLICT, said in Chinese, nothing added.
    await form.getByLabel("学生").click();
    await page.locator(".ant-select-item-option", { hasText: "陈思远" }).click();
    await form.getByRole("button", { name: "任命" }).click();
    const refusal = form.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("conflict");
    // It says who holds the post and for which term (the refusal's extensions).
    expect(await textOf(refusal)).toMatch(
      /该网格的楼层长已由 陈思远 担任（\d{4}-\d{2}-\d{2} 至 \d{4}-07-15）/,
    );
    expect(await post.count()).toBe(1);
    await fitsPhone(page);
    await screenshot(page, "duty04-grid-posts-phone-zh");

    await page.goto(`${stack.gateway.url}/people/${student.id}`);
    const onProfile = page.locator('[data-section="governance-posts"] li[data-post]');
    await onProfile.first().waitFor();
    expect(await textOf(onProfile.first())).toContain("楼层长");
    expect(await textOf(onProfile.first())).toContain("启德1号楼1层网格");
  }, 120_000);

  it("shows the visit on the student's profile to their counselor", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "counselor", `/people/${student.id}`);
    const section = page.locator('[data-section="visits"]');
    await section.getByText("宿舍整洁，提醒按时归寝").waitFor();
    expect(await textOf(section)).toContain("韩晓东");
    await fitsPhone(page);
    await screenshot(page, "duty03-profile-visits-phone-zh");
  });
});
