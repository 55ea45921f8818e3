/**
 * 网格党建 in a real browser against the whole platform: the branch secretary opens it from the
 * menu, reads the branch's responsibility-area coverage, sets up a party-member post for a party
 * member, is refused one for a student who is not (people's political status, asked through the
 * graph) with nothing changed, and reports a vanguard team's task done; at phone width too.
 * Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  buildClientSchema,
  getIntrospectionQuery,
  validate,
  type IntrospectionQuery,
} from "graphql";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { expectData } from "@campus/testkit";
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
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(expectData(introspection));
    const documents = {
      PARTY_WORK,
      CREATE_PARTY_POST,
      END_PARTY_POST,
      CREATE_RESPONSIBILITY_AREA,
      END_RESPONSIBILITY_AREA,
      ADD_VANGUARD_TASK,
      COMPLETE_VANGUARD_TASK,
      CREATE_VANGUARD_TEAM,
    };
    const problems = Object.entries(documents).flatMap(([name, document]) =>
      validate(schema, document).map((e) => `${name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
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

  it("fits a phone's width", async () => {
    const phone = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(phone.page, "branch-secretary", "/partywork");
    await phone.page.getByRole("heading", { level: 1, name: "网格党建" }).waitFor();
    await card(phone.page, "posts").locator("li[data-post]").first().waitFor();
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(phone.page)).toBe(false);
    await screenshot(phone.page, "partywork02-phone-zh");
  });
});
