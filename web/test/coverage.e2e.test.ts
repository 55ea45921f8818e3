/**
 * The grid coverage page (网格覆盖, `/coverage`), in a real browser against the real platform
 * loaded with the demo campus: an administrator reads the report (gaps, and each branch's grids,
 * residents and secretary, the leaders from people) at phone width and hands a grid to another
 * branch; a counselor is told in words that the report is not theirs. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, pickOption, signInAs, webDir } from "./browser";
import { demoData } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { expectData } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import type { BrowserHarness } from "./browser";

const demo = demoData();
const [grid] = demo.dataset.grids;
if (!grid) throw new Error("the demo campus has no grid");
const branchOf = (id: string) => demo.dataset.orgUnits.find((u) => u.id === id);
const from = branchOf(grid.branchId);
const to = demo.dataset.orgUnits.find((u) => u.kind === "JOINT_BRANCH" && u.id !== grid.branchId);
if (!from || !to) throw new Error("the demo campus has fewer than two joint branches");

/** Long enough for a shared, busy test machine. */
const POLL = { timeout: 15_000 };

describe("the grid coverage page, in a browser, against the demo campus", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: demo.dataset,
      webDir,
      devUsers: demo.users,
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows an administrator the report at phone width and hands a grid to another branch", async () => {
    const { page } = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(page, stack.gateway.url, "admin", "/coverage");
    await page.getByRole("heading", { level: 1, name: "网格覆盖" }).waitFor();
    const branches = page.locator("li[data-branch]");
    await expect.poll(() => branches.count(), POLL).toBeGreaterThan(0);
    // Every joint branch of the demo campus is listed, with its grids and figures.
    const joint = demo.dataset.orgUnits.filter((u) => u.kind === "JOINT_BRANCH");
    expect(await branches.count()).toBe(joint.length);
    const fromRow = page.locator(`li[data-branch="${from.id}"]`);
    await expect.poll(() => fromRow.textContent(), POLL).toContain(grid.name);
    expect(await fromRow.textContent()).toMatch(/包干网格 \d+ 个，住宿学生 \d+ 人/);
    for (const gap of [
      "without-branch",
      "without-leader",
      "leader-ended",
      "leader-moved-out",
      "rooms",
    ])
      await page.locator(`section[data-gap="${gap}"] h2`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await pickOption(page.getByLabel("网格"), `${grid.name} · ${from.name}`);
    await pickOption(page.getByLabel("支部"), to.name);
    await page.getByRole("button", { name: "保存" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "包干" }).textContent(), POLL)
      .toBe(`${grid.name} 现由 ${to.name} 包干。`);
    // The page reads the report again: the grid now sits under its new branch.
    await expect
      .poll(() => page.locator(`li[data-branch="${to.id}"]`).textContent(), POLL)
      .toContain(grid.name);

    const res = await stack.query<{
      grid: {
        branch: { id: string };
        branchHistory: { from: { id: string }; to: { id: string } }[];
      };
    }>(
      `query CoverageGridHistory($id: ID!) { grid(id: $id) { branch { id } branchHistory { from { id } to { id } } } }`,
      { id: grid.id },
    );
    expect(expectData(res).grid).toEqual({
      branch: { id: to.id },
      branchHistory: [{ from: { id: from.id }, to: { id: to.id } }],
    });
  });

  it("tells a counselor in words that the report is for administrators", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, stack.gateway.url, "counselor", "/coverage");
    await page.getByRole("heading", { level: 1, name: "网格覆盖" }).waitFor();
    await page.getByText("只有管理员可以查看网格覆盖情况。").waitFor(POLL);
    expect(await page.locator("li[data-branch]").count()).toBe(0);
  });
});
