/**
 * Party development (党员发展) in a real browser against the whole platform: the branch secretary's
 * board (发展党员工作台: students per stage, who is due next), a student's timeline on the profile,
 * a step taken from it, a step the rules refuse shown in Chinese with nothing changed, and the
 * section left out for a counselor (no PARTY). The students' developments are recorded through the
 * gateway by an organiser first, as the branch would. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { callerFor } from "@campus/testkit";
import { today } from "@campus/subgraph";
import {
  launchBrowser,
  overflowsSideways,
  screenshot,
  section,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
  operationProblems,
} from "./browser";
import { MY_BRANCHES, PARTY_BOARD } from "../src/party/PartyBoardPage";
import { MOVE_PARTY_STAGE, PARTY_TIMELINE } from "../src/party/PartyTimelineSection";

/** A YYYY-MM-DD date `n` months from `date` (day kept, clipped to the month's end). */
function addMonths(date: string, n: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
const T = today();

const b = new DatasetBuilder("web-party");
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第二师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康3号楼", campusId: campus.id, collegeId: college.id });
const grid = b.grid({ name: "彭康3号楼二层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 2, number: "206" });
const student = (name: string, bed: string) => {
  const person = b.student({ name, collegeId: college.id });
  b.residence(person, room, { bed });
  return person;
};
const wang = student("王子涵", "1"); // activist for over a year, trained: ready to be a development target
const li = student("李浩然", "2"); // activist for two months: not yet
const secretary = b.staff({ name: "周静" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
const counselor = b.staff({ name: "陈晓燕" });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const organiser = b.staff({ name: "刘建国" });
const contacts = [b.staff({ name: "赵培养" }), b.staff({ name: "钱联系" })];
const dataset = b.build();

const devUsers = [
  {
    key: "branch-secretary",
    name: "周静",
    personId: secretary.id,
    roles: ["branch_secretary" as const],
  },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];
const asOrganiser = callerFor(["admin"], organiser.id, "刘建国");

describe("party development in a browser: the branch's board and a student's timeline", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;

  /** Records an application, two contacts and the activist step (and training), as an organiser. */
  async function activist(personId: string, since: string, trained: boolean) {
    const run = async (document: string, input: Record<string, unknown>) => {
      const res = await stack.query(document, { input }, asOrganiser);
      if (res.errors?.length) throw new Error(res.errors.map((e) => e.message).join("; "));
      const row = Object.values(res.data ?? {})[0] as { id: string } | undefined;
      if (!row) throw new Error("no answer");
      return row;
    };
    const applied = addMonths(since, -1);
    const { id } = await run(
      `mutation ($input: RecordPartyApplicationInput!) { recordPartyApplication(input: $input) { id } }`,
      { personId, branchId: branch.id, appliedOn: applied },
    );
    await run(
      `mutation ($input: SetPartySponsorsInput!) { setPartySponsors(input: $input) { id } }`,
      {
        developmentId: id,
        role: "CULTIVATION_CONTACT",
        personIds: contacts.map((c) => c.id),
        since: applied,
      },
    );
    await run(`mutation ($input: MovePartyStageInput!) { movePartyStage(input: $input) { id } }`, {
      developmentId: id,
      step: "BECOME_ACTIVIST",
      effectiveOn: since,
      basis: "BRANCH_COMMITTEE",
      basisReference: "2024年第5次支委会",
    });
    if (trained)
      await run(
        `mutation ($input: RecordPartyCheckInput!) { recordPartyCheck(input: $input) { id } }`,
        {
          developmentId: id,
          check: "TRAINING",
          passedOn: addMonths(since, 1),
        },
      );
  }

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
    await activist(wang.id, addMonths(T, -13), true);
    await activist(li.id, addMonths(T, -2), true);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);
  async function openProfile(page: Page, id: string, name: string) {
    await page.goto(`${stack.gateway.url}/people/${id}`);
    await page.getByRole("heading", { level: 1, name }).waitFor();
  }
  const stageOf = (page: Page) =>
    section(page, "party").locator("[data-stage]").getAttribute("data-stage");

  it("sends only operations the gateway's schema accepts", async () => {
    expect(
      await operationProblems(stack, {
        MY_BRANCHES,
        PARTY_BOARD,
        PARTY_TIMELINE,
        MOVE_PARTY_STAGE,
      }),
    ).toEqual([]);
  });

  it("shows the branch secretary the board from the menu: students per stage and who is due next, at phone width too", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "branch-secretary");
    await page.getByRole("link", { name: "发展党员" }).first().click();
    await page.getByRole("heading", { level: 1, name: "发展党员工作台" }).waitFor();
    const count = (stage: string) =>
      page.locator(`[data-count="${stage}"] .counter__value`).textContent();
    await expect.poll(() => count("ACTIVIST")).toBe("2");
    expect(await count("DEVELOPMENT_TARGET")).toBe("0");
    expect(await page.locator(".party-board__branch").textContent()).toBe(branch.name);
    // Wang's year as activist has come; his last quarter's report is overdue. Li's is not due yet.
    const list = (id: string) => page.locator(`[data-list="${id}"]`);
    expect(await list("activists").locator(`li[data-person="${wang.id}"]`).count()).toBe(1);
    expect(await list("activists").locator(`li[data-person="${li.id}"]`).count()).toBe(0);
    expect(await list("overdue").locator(`li[data-person="${wang.id}"]`).count()).toBe(1);
    expect(await list("overdue").locator(`li[data-person="${li.id}"]`).count()).toBe(0);
    expect(await textOf(list("probations"))).toContain("暂无");
    await screenshot(page, "party01-board-zh");

    const phone = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(phone.page, "branch-secretary", "/party");
    await phone.page.getByRole("heading", { level: 1, name: "发展党员工作台" }).waitFor();
    await expect
      .poll(() => phone.page.locator(`[data-count="ACTIVIST"] .counter__value`).textContent())
      .toBe("2");
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(phone.page)).toBe(false);
    await screenshot(phone.page, "party02-board-phone-zh");
  });

  it("moves a student a stage from the timeline, and shows a refused step in Chinese with nothing changed", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "branch-secretary");

    await openProfile(page, li.id, "李浩然");
    const party = section(page, "party");
    await expect.poll(() => stageOf(page)).toBe("ACTIVIST");
    expect(await textOf(party)).toContain("确定为入党积极分子");
    expect(await textOf(party)).toContain("2024年第5次支委会");
    await party.getByLabel("生效日期").fill(T);
    await party.getByLabel("会议及纪要").fill("支委会");
    await party.getByRole("button", { name: "确认" }).click();
    const refusal = party.locator("[data-refusal]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-refusal")).toBe("badInput");
    expect(await textOf(refusal)).toContain("不符合党员发展规定，未作改动。");
    await screenshot(page, "party03-refused-zh");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "李浩然" }).waitFor();
    await expect.poll(() => stageOf(page)).toBe("ACTIVIST");

    await openProfile(page, wang.id, "王子涵");
    await expect.poll(() => stageOf(page)).toBe("ACTIVIST");
    await section(page, "party").getByLabel("生效日期").fill(T);
    await section(page, "party").getByLabel("会议及纪要").fill("支委会");
    await section(page, "party").getByRole("button", { name: "确认" }).click();
    await expect.poll(() => stageOf(page)).toBe("DEVELOPMENT_TARGET");
    expect(await textOf(section(page, "party"))).toContain("列为发展对象");
    await screenshot(page, "party04-moved-zh");
  });

  it("leaves the section out for a counselor, who holds no PARTY for the student", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    await openProfile(page, wang.id, "王子涵");
    await section(page, "identity").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await section(page, "party").count()).toBe(0);
  });
});
