/**
 * The climb plan (攀登计划) in a real browser against the whole platform, at phone width (390 px):
 * an organiser posts a challenge from the board page (攀登计划 in the menu) and publishes it; a
 * student claims it with a proposal; the organiser approves the claim into a project (立项) and
 * sets a milestone; the student submits work for it; the organiser, the project's mentor, finds
 * it in the review queue, accepts it and concludes the project (结题) with a report. Build the app
 * first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
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
import { CHALLENGE_BOARD, MY_CLIMB } from "../src/climb/ClimbPage";
import { CHALLENGE_PAGE } from "../src/climb/ChallengePage";
import { PROJECT_PAGE } from "../src/climb/ProjectPage";
import { REVIEW_QUEUE } from "../src/climb/ReviewQueuePage";
import { CLIMB_SECTION, SET_CLIMB_TIER } from "../src/climb/ClimbSection";

const b = new DatasetBuilder("web-climb");
const organiser = b.staff({ name: "刘建国" });
const student = b.student({ name: "王子涵" });
const dataset = b.build();
const devUsers = [
  { key: "organiser", name: "刘建国", personId: organiser.id, roles: ["admin" as const] },
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
];
const PHONE = { width: 390, height: 844 };
const TITLE = "宿舍楼节能改造方案";

describe("the climb plan in a browser: post → claim → approve → milestone → review → conclude", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  let challengeUrl = "";
  let projectUrl = "";

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
        CHALLENGE_BOARD,
        MY_CLIMB,
        CHALLENGE_PAGE,
        PROJECT_PAGE,
        REVIEW_QUEUE,
        CLIMB_SECTION,
        SET_CLIMB_TIER,
      }),
    ).toEqual([]);
  });

  it("lets an organiser post a challenge from the menu's 攀登计划 and publish it to the board", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser");
    const entry = page
      .getByRole("navigation", { name: "主导航" })
      .locator("a", { hasText: "攀登计划" });
    expect(await entry.first().getAttribute("href")).toBe("/climb");
    await page.goto(`${stack.gateway.url}/climb`);
    await page.getByRole("heading", { level: 1, name: "攀登计划" }).waitFor();
    const form = page.getByRole("form", { name: "发布课题" });
    await form.getByLabel("课题名称").fill(TITLE);
    await form.getByLabel("问题描述").fill("宿舍楼夏季用电高峰的成因与对策");
    await form.getByLabel("能力要求").fill("会用 Python 做数据分析");
    await form.getByLabel("预期成果").fill("研究报告一份");
    await form.getByLabel("揭榜截止日期").fill("2099-12-31");
    await form.getByRole("button", { name: "保存为草稿" }).click();
    await page.getByRole("button", { name: "打开课题发布" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('[data-page="challenge"]').getAttribute("data-status")).toBe("DRAFT");
    await fitsPhone(page);
    await page.getByRole("button", { name: "发布到揭榜大厅" }).click();
    await expect
      .poll(() => page.locator('[data-page="challenge"]').getAttribute("data-status"))
      .toBe("PUBLISHED");
    challengeUrl = page.url();
    await screenshot(page, "climb01-published-phone-zh");
  });

  it("lets a student find it on the board and claim it with a proposal", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", "/climb");
    const card = page.locator('[data-card="board"]');
    await card.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const claim = page.getByRole("form", { name: "揭榜" });
    await claim
      .getByLabel("揭榜方案")
      .fill("先采集三栋楼的电表数据，再做峰谷分析，最后提出改造建议");
    await claim.getByRole("button", { name: "提交揭榜申请" }).click();
    await page.getByText("已提交，等待发布方审核。").waitFor();
    const row = page.locator('[data-card="claims"] li[data-claim]');
    await expect.poll(() => row.getAttribute("data-status")).toBe("PENDING");
    await fitsPhone(page);
    await screenshot(page, "climb02-claimed-phone-zh");
  });

  it("lets the organiser approve the claim into a project and set a milestone", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", challengeUrl);
    const row = page.locator('[data-card="claims"] li[data-claim]');
    await row.getByRole("button", { name: "同意立项" }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("APPROVED");
    await row.getByRole("link", { name: "查看项目" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    projectUrl = page.url();
    expect(await textOf(page.locator('[data-card="team"]'))).toContain("王子涵");
    const add = page.getByRole("form", { name: "添加节点" });
    await add.getByLabel("节点名称").fill("开题报告");
    await add.getByLabel("截止日期").fill("2099-03-01");
    await add.getByRole("button", { name: "添加节点" }).click();
    const milestone = page.locator('[data-card="milestones"] li[data-milestone]');
    await expect.poll(() => milestone.getAttribute("data-status")).toBe("OPEN");
    await fitsPhone(page);
    await screenshot(page, "climb03-project-phone-zh");
  });

  it("lets the student submit work for the milestone from their projects", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", "/climb");
    await page.locator('[data-card="projects"]').getByRole("link", { name: TITLE }).click();
    const milestone = page.locator('[data-card="milestones"] li[data-milestone]');
    await milestone.getByLabel("提交内容").fill("开题报告已上传至共享文件夹");
    await milestone.getByRole("button", { name: "提交" }).click();
    await expect.poll(() => milestone.getAttribute("data-status")).toBe("SUBMITTED");
    // The student neither reviews nor concludes.
    expect(await page.locator('[data-card="conclude"]').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, "climb04-submitted-phone-zh");
  });

  it("lets the mentor review it from the queue and conclude the project with a report", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", "/climb/reviews");
    await page.getByRole("heading", { level: 1, name: "待评审节点" }).waitFor();
    await fitsPhone(page);
    await page.getByRole("link", { name: TITLE }).click();
    const milestone = page.locator('[data-card="milestones"] li[data-milestone]');
    await milestone.getByRole("button", { name: "通过" }).click();
    await expect.poll(() => milestone.getAttribute("data-status")).toBe("ACCEPTED");
    const conclude = page.getByRole("form", { name: "结题" });
    await conclude.getByLabel("成果说明").fill("《宿舍楼节能改造研究报告》");
    await conclude.getByRole("button", { name: "确认结题" }).click();
    await expect
      .poll(() => page.locator('[data-page="project"]').getAttribute("data-status"))
      .toBe("CONCLUDED");
    expect(await textOf(page.locator("[data-outcome]"))).toContain("研究报告");
    expect(page.url()).toBe(projectUrl);
    await fitsPhone(page);
    await screenshot(page, "climb05-concluded-phone-zh");
  });

  it("shows the student their tier and the concluded project on their profile, with no way to move it", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student", `/people/${student.id}`);
    const section = page.locator('section[data-section="climb"]');
    await section.getByRole("heading", { name: "攀登计划与新生养成" }).waitFor();
    expect(await section.locator("[data-tier]").getAttribute("data-tier")).toBe("1");
    const project = section.locator('[data-part="projects"] li');
    expect(await textOf(project)).toContain(TITLE);
    expect(await project.getAttribute("data-status")).toBe("CONCLUDED");
    expect(await section.getByRole("form", { name: "调整攀登层级" }).count()).toBe(0);
    await fitsPhone(page);
  });

  it("lets an organiser move the tier on the profile: a jump is refused in words, one tier up is set", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "organiser", `/people/${student.id}`);
    const section = page.locator('section[data-section="climb"]');
    const form = section.getByRole("form", { name: "调整攀登层级" });
    await pickOption(form.getByRole("combobox", { name: "新层级" }), "第 3 层");
    await form.getByLabel("依据").fill("课题结题");
    await form.getByRole("button", { name: "设定层级" }).click();
    await expect.poll(() => textOf(form)).toContain("攀登层级须逐层提升");
    expect(await section.locator("[data-tier]").getAttribute("data-tier")).toBe("1");

    await pickOption(form.getByRole("combobox", { name: "新层级" }), "第 2 层");
    await form.getByRole("button", { name: "设定层级" }).click();
    await expect.poll(() => section.locator("[data-tier]").getAttribute("data-tier")).toBe("2");
    expect(await textOf(section)).toContain("课题结题");
    const tier = await stack.query<{ person: { climbTier: { tier: number; basis: string } } }>(
      `query ($id: ID!) { person(id: $id) { climbTier { tier basis } } }`,
      { id: student.id },
    );
    expect(tier.data?.person.climbTier).toEqual({ tier: 2, basis: "课题结题" });
    await fitsPhone(page);
    await screenshot(page, "climb06-profile-tier-phone-zh");
  });
});
