/**
 * 网格党建 in a real browser against the whole platform: the branch secretary opens it from the
 * menu, reads the branch's responsibility-area coverage, sets up a party-member post for a party
 * member, is refused one for a student who is not (people's political status, asked through the
 * graph) with nothing changed, and reports a vanguard team's task done; lists the branch's
 * pairings (结对共建) with their activities per term, pairs it, logs an activity (refused outside
 * the period) and ends a pairing; at phone width too.
 * Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import {
  launchBrowser,
  overflowsSideways,
  pickOption,
  pickPerson,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
  operationProblems,
} from "./browser";
import {
  ADD_VANGUARD_TASK,
  COMPLETE_VANGUARD_TASK,
  CREATE_VANGUARD_TEAM,
  CREATE_PARTY_POST,
  CREATE_RESPONSIBILITY_AREA,
  END_PARTY_POST,
  END_RESPONSIBILITY_AREA,
  PARTY_WORK,
} from "../src/partywork/PartyWorkPage";
import {
  BRANCH_PAIRINGS,
  CREATE_PAIRING,
  END_PAIRING,
  LOG_PAIRING_ACTIVITY,
} from "../src/partywork/PairingsSection";

const b = new DatasetBuilder("web-partywork");
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第一师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康5号楼", campusId: campus.id, collegeId: college.id });
const floor1 = b.grid({ name: "彭康5号楼一层网格", buildingId: building.id, branchId: branch.id });
const floor2 = b.grid({ name: "彭康5号楼二层网格", buildingId: building.id, branchId: branch.id });
const room = (gridId: string, floor: number, number: string) =>
  b.room({ buildingId: building.id, gridId, floor, number });
const r101 = room(floor1.id, 1, "101");
room(floor1.id, 1, "102");
const r201 = room(floor2.id, 2, "201");
room(floor2.id, 2, "202");
const member = b.student({ name: "王子涵", collegeId: college.id, politicalStatus: "FULL_MEMBER" });
const league = b.student({ name: "王浩然", collegeId: college.id });
b.residence(member, r101, { bed: "1" });
b.residence(league, r201, { bed: "1" });
const secretary = b.staff({ name: "周静" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.responsibilityArea({
  branchId: branch.id,
  memberId: secretary.id,
  name: "一层责任区",
  gridIds: [floor1.id],
});
const team = b.vanguardTeam(
  {
    branchId: branch.id,
    name: "学风建设党员先锋队",
    purpose: "考试周学业帮扶",
    memberIds: [secretary.id, member.id],
  },
  [{ title: "组织期中答疑会", dueOn: "2099-01-10" }],
);
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
const schoolPairing = b.pairing({
  kind: "SCHOOL_BRANCH",
  unitId: school.id,
  branchId: branch.id,
  startsOn: "2025-09-01",
  endsOn: "2099-07-15",
  plan: "每月一次专业导学讲座",
  activities: [
    { heldOn: "2025-10-10", title: "联合主题党日", summary: "", participantCount: 30 },
    { heldOn: "2026-03-15", title: "专业导学讲座", summary: "", participantCount: 45 },
  ],
});
const dataset = b.build();
const devUsers = [
  {
    key: "branch-secretary",
    name: "周静",
    personId: secretary.id,
    roles: ["branch_secretary" as const],
  },
];

describe("网格党建 in a browser: a branch secretary's posts, areas and vanguard teams", () => {
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
  const card = (page: Page, id: string) => page.locator(`[data-card="${id}"]`);

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        PARTY_WORK,
        CREATE_PARTY_POST,
        END_PARTY_POST,
        CREATE_RESPONSIBILITY_AREA,
        END_RESPONSIBILITY_AREA,
        ADD_VANGUARD_TASK,
        COMPLETE_VANGUARD_TASK,
        CREATE_VANGUARD_TEAM,
        BRANCH_PAIRINGS,
        CREATE_PAIRING,
        LOG_PAIRING_ACTIVITY,
        END_PAIRING,
      }),
    ).toEqual([]);
  });

  it("sets up a post for a party member, refuses one for a student who is not, and reports a task done", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "branch-secretary");
    await page.getByRole("link", { name: "网格党建" }).first().click();
    await page.getByRole("heading", { level: 1, name: "网格党建" }).waitFor();
    expect(await page.locator(".partywork__branch").textContent()).toBe(branch.name);
    // The first floor's area covers 101 and 102 of the branch's four rooms.
    const share = card(page, "coverage").locator(".partywork__share");
    await expect.poll(() => share.getAttribute("data-share")).toBe("2");
    expect(await textOf(share)).toContain("4 间宿舍中有 2 间在责任区内（50%）");
    expect(await textOf(card(page, "areas"))).toContain("一层责任区");

    const posts = card(page, "posts");
    const fillPost = async (holder: string, title: string) => {
      await pickPerson(page, posts.getByLabel("党员", { exact: true }), "王", holder);
      await posts.getByLabel("岗位名称").fill(title);
      await posts.getByLabel("岗位职责").fill("每周两次晚自习巡查");
      await pickOption(posts.getByLabel("网格"), "彭康5号楼二层网格");
      await posts.getByLabel("任期开始").fill("2026-09-01");
      await posts.getByLabel("任期结束").fill("2099-07-15");
      await posts.getByRole("button", { name: "设立" }).click();
    };
    await fillPost("王子涵", "学风建设示范岗");
    await posts.locator("li[data-post]").first().waitFor();
    expect(await textOf(posts.locator("li[data-post]"))).toContain("学风建设示范岗");
    expect(await textOf(posts.locator("li[data-post]"))).toContain("王子涵");

    // 王浩然 is a league member, not a party member: people says so, the server refuses.
    await fillPost("王浩然", "文明宿舍示范岗");
    const refusal = posts.locator("[data-refusal]");
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain("不符合规定，未作改动");
    expect(await posts.locator("li[data-post]").count()).toBe(1);
    await screenshot(page, "partywork01-secretary-zh");

    const teamCard = page.locator(`[data-team="${team.id}"]`);
    const members = await textOf(teamCard.locator(".partywork__members"));
    expect(members).toContain("周静");
    expect(members).toContain("王子涵");
    const task = teamCard.locator("li[data-task]");
    expect(await task.getAttribute("data-state")).toBe("OPEN");
    await task.getByRole("button", { name: "完成" }).click();
    await expect.poll(() => task.getAttribute("data-state")).toBe("DONE");
    await expect.poll(() => textOf(task)).toContain("周静 于");
  });

  it("sets up a vanguard team of party members, and refuses one with a member who is not", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "branch-secretary", "/partywork");
    const form = card(page, "new-team");
    await form.waitFor();
    const teams = page.locator("[data-team]");
    await expect.poll(() => teams.count()).toBe(1);
    const picker = form.getByRole("combobox");
    await form.getByLabel("先锋队名称").fill("宿舍安全党员先锋队");
    await form.getByLabel("工作内容").fill("每月宿舍安全巡查");
    await pickPerson(page, picker, "王", "王浩然");
    await expect.poll(() => form.locator("[data-picked]").getAttribute("data-picked")).toBe("1");
    await form.getByRole("button", { name: "建立" }).click();
    await form.locator("[data-refusal]").waitFor();
    expect(await textOf(form.locator("[data-refusal]"))).toContain("不符合规定，未作改动");
    expect(await teams.count()).toBe(1);

    await page.reload();
    await card(page, "new-team").waitFor();
    await card(page, "new-team").getByLabel("先锋队名称").fill("宿舍安全党员先锋队");
    await pickPerson(page, card(page, "new-team").getByRole("combobox"), "王", "王子涵");
    await card(page, "new-team").getByRole("button", { name: "建立" }).click();
    await expect.poll(() => teams.count()).toBe(2);
    expect(await textOf(page.locator(".partywork__teams"))).toContain("宿舍安全党员先锋队");
  });

  it("lists the branch's pairings with their activities per term, pairs it with a school, logs an activity and ends a pairing", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "branch-secretary", "/partywork");
    const section = card(page, "pairings");
    const seeded = section.locator(`li[data-pairing="${schoolPairing.id}"]`);
    await seeded.waitFor();
    expect(await textOf(section.getByRole("heading", { level: 2 }))).toBe("结对共建");
    expect(await seeded.getAttribute("data-state")).toBe("ACTIVE");
    expect(await textOf(seeded)).toContain("学院—支部结对 · 电气工程学院");
    expect(await seeded.locator("[data-activity-count]").getAttribute("data-activity-count")).toBe(
      "2",
    );
    expect(await textOf(seeded.locator('[data-term="2025-2026-1"]'))).toContain(
      "2025-2026-1 学期：1 次活动，30 人次",
    );
    expect(await textOf(seeded.locator('[data-term="2025-2026-2"]'))).toContain("45 人次");

    // An activity outside the pairing's period is refused, and nothing is logged.
    const logForm = seeded.getByRole("form", { name: "记录活动" });
    await seeded.getByRole("button", { name: "记录活动" }).click();
    await logForm.getByLabel("活动日期").fill("2025-08-01");
    await logForm.getByLabel("参与人数").fill("12");
    await logForm.getByLabel("活动名称").fill("宿舍学风走访");
    await logForm.getByRole("button", { name: "记录" }).click();
    await logForm.locator("[data-refusal]").waitFor();
    expect(await textOf(logForm.locator("[data-refusal]"))).toContain("不符合规定，未作改动");
    expect(await seeded.locator("[data-activity-count]").getAttribute("data-activity-count")).toBe(
      "2",
    );
    await logForm.getByLabel("活动日期").fill("2026-04-02");
    await logForm.getByRole("button", { name: "记录" }).click();
    await expect
      .poll(() => seeded.locator("[data-activity-count]").getAttribute("data-activity-count"))
      .toBe("3");
    expect(await textOf(seeded.locator('[data-term="2025-2026-2"]'))).toContain("2 次活动");
    expect(await textOf(seeded)).toContain("2026-04-02 · 宿舍学风走访 · 12 人 · 周静");

    // A new pairing with another school, then ended: it stays listed, ended.
    const form = section.getByRole("form", { name: "新建结对" });
    await pickOption(form.getByLabel("结对单位"), "管理学院");
    await form.getByLabel("开始日期").fill("2026-09-01");
    await form.getByLabel("结束日期").fill("2027-07-15");
    await form.getByLabel("共建计划").fill("每学期一次学业规划讲座");
    await form.getByRole("button", { name: "结对" }).click();
    const rows = section.locator("li[data-pairing]");
    await expect.poll(() => rows.count()).toBe(2);
    const made = rows.first();
    expect(await textOf(made)).toContain("管理学院");
    expect(await textOf(made)).toContain("共 0 次活动");
    await screenshot(page, "partywork03-pairings-zh");
    await made.getByRole("button", { name: "结束结对" }).click();
    await expect.poll(() => made.getAttribute("data-state")).toBe("ENDED");
    expect(await textOf(made)).toContain("已结束");
    expect(await made.getByRole("button", { name: "记录活动" }).count()).toBe(0);
  });

  it("fits a phone's width", async () => {
    const phone = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(phone.page, "branch-secretary", "/partywork");
    await phone.page.getByRole("heading", { level: 1, name: "网格党建" }).waitFor();
    await card(phone.page, "posts").locator("li[data-post]").first().waitFor();
    await card(phone.page, "pairings").locator("li[data-pairing]").first().waitFor();
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(phone.page)).toBe(false);
    await screenshot(phone.page, "partywork02-phone-zh");
  });
});
