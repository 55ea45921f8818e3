/**
 * 组织架构 (`/org`) in a real browser against the real platform: the tree of the party
 * organisation with schools and residential colleges beside it; a unit's secretary (from people),
 * grids and history; an administrator creates a joint branch under a general branch, renames it
 * (the old name stays in the history), is refused in words when closing a general branch that
 * still has branches below it, and closes the new one. A branch secretary reads the tree and is
 * offered no changes. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import {
  confirmPopup,
  launchBrowser,
  overflowsSideways,
  pickOption,
  screenshot,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
} from "./browser";

const b = new DatasetBuilder("web-org");
const committee = b.orgUnit({ name: "社区党委", kind: "PARTY_COMMITTEE" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const general = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: college.id,
});
const branch = b.orgUnit({
  name: "彭康书院第1师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: general.id,
});
const campus = b.campus();
const building = b.building({ name: "东区1号楼", campusId: campus.id });
const grid = b.grid({ name: "东1楼3层", buildingId: building.id, branchId: branch.id });
const secretary = b.staff({ name: "周静" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
const admin = b.staff({ name: "管理员" });
const dataset = b.build();

const devUsers = [
  { key: "admin", name: "管理员", personId: admin.id, roles: ["admin" as const] },
  {
    key: "branch-secretary",
    name: "周静",
    personId: secretary.id,
    roles: ["branch_secretary" as const],
  },
];

/** A unit in the tree, by its name today. */
const node = (page: Page, name: string) =>
  page.locator(`[data-part="tree"] .org-node[data-name="${name}"]`);
const unitPanel = (page: Page) => page.locator('section[data-part="unit"]');

describe("the organisation tree (组织架构), in a browser, against the whole platform", () => {
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

  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);

  it("lets an administrator create, rename and close a branch, and refuses to close a unit with units below it", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin", "/org");
    await page.getByRole("heading", { level: 1, name: "组织架构" }).waitFor();
    // The party organisation as a tree, schools and colleges beside it.
    await node(page, branch.name).waitFor();
    for (const name of [committee.name, college.name, "电气工程学院", general.name])
      expect(await node(page, name).count()).toBe(1);

    // A branch: its secretary from people, its grid, and how it came to be.
    await node(page, branch.name).click();
    const panel = unitPanel(page);
    await expect
      .poll(() => textOf(panel.locator('[data-fact="secretary"]')))
      .toBe(`周静${secretary.number}`);
    expect(await textOf(panel.locator('[data-fact="parent"]'))).toBe(general.name);
    expect(await panel.locator(`li[data-grid="${grid.id}"]`).textContent()).toBe(grid.name);
    expect(await panel.locator('[data-change="CREATED"]').count()).toBe(1);

    // A new joint branch under the general branch.
    await node(page, general.name).click();
    await expect.poll(() => unitPanel(page).getAttribute("data-unit")).toBe(general.id);
    expect(await textOf(unitPanel(page).locator('[data-fact="college"]'))).toBe(college.name);
    const create = unitPanel(page).locator('form[data-form="create-child"]');
    await pickOption(create.getByLabel("类别"), "师生联合党支部");
    await create.getByLabel("名称").fill("彭康书院第9师生联合党支部");
    await create.getByRole("button", { name: "新建" }).click();
    await expect
      .poll(() => unitPanel(page).locator("h2").textContent())
      .toContain("彭康书院第9师生联合党支部");
    expect(page.url()).toMatch(/\/org\?unit=/);
    await node(page, "彭康书院第9师生联合党支部").waitFor();
    expect(await textOf(unitPanel(page).locator('[data-fact="parent"]'))).toBe(general.name);

    // Renamed: the tree shows the new name, the history both.
    const rename = unitPanel(page).locator('form[data-form="rename"]');
    await rename.getByLabel("名称").fill("彭康书院第10师生联合党支部");
    await rename.getByRole("button", { name: "更名" }).click();
    await node(page, "彭康书院第10师生联合党支部").waitFor();
    await expect.poll(() => unitPanel(page).locator('[data-change="RENAMED"]').count()).toBe(1);
    expect(await unitPanel(page).locator(".org-history").textContent()).toContain(
      "彭康书院第9师生联合党支部",
    );
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "org01-tree");

    // The general branch has branches below it: closing it is refused, and says why.
    await node(page, general.name).click();
    await expect.poll(() => unitPanel(page).getAttribute("data-unit")).toBe(general.id);
    await unitPanel(page).getByRole("button", { name: "撤销组织" }).click();
    await confirmPopup(page, "撤销组织");
    const refusal = unitPanel(page).locator('[data-form="close"] [data-action-error="conflict"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("下面还有未撤销的组织或包干网格");
    expect(await node(page, general.name).getAttribute("data-closed")).toBeNull();

    // The new branch has neither branches nor grids: it closes, and is marked closed in the tree.
    await node(page, "彭康书院第10师生联合党支部").click();
    await expect
      .poll(() => unitPanel(page).locator("h2").textContent())
      .toContain("彭康书院第10师生联合党支部");
    await unitPanel(page).getByRole("button", { name: "撤销组织" }).click();
    await confirmPopup(page, "撤销组织");
    await expect.poll(() => unitPanel(page).locator('[data-change="CLOSED"]').count()).toBe(1);
    await expect
      .poll(() => node(page, "彭康书院第10师生联合党支部").getAttribute("data-closed"))
      .toBe("");
    expect(await node(page, "彭康书院第10师生联合党支部").textContent()).toContain("已撤销");
    // Nothing more is offered on a closed unit.
    expect(await unitPanel(page).locator("form").count()).toBe(0);
  });

  it("shows a branch secretary the tree and their branch, and offers no changes", async () => {
    const { page } = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(page, "branch-secretary");
    // Their menu holds 组织架构 (folded under "…" when the bar is full): its address.
    expect(
      await page.getByRole("navigation", { name: "主导航" }).locator('a[href="/org"]').count(),
    ).toBe(1);
    await page.goto(`${stack.gateway.url}/org?unit=${branch.id}`);
    await page.getByRole("heading", { level: 1, name: "组织架构" }).waitFor();
    await expect
      .poll(() => unitPanel(page).locator('[data-fact="secretary"]').textContent())
      .toBe(`周静${secretary.number}`);
    expect(await node(page, committee.name).count()).toBe(1);
    expect(await page.locator("form").count()).toBe(0);
    expect(await overflowsSideways(page)).toBe(false);
  });
});
