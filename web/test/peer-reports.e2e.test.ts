/**
 * 同学反映 in a real browser against the real platform: a student names a classmate by student
 * number and name (a wrong name is refused on the field), anonymously; the counselor finds it
 * from the menu without the reporter's name, opens an assistance case from it, and the student
 * sees it closed. Both pages fit a 390 px phone. Build the app first.
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
  screenshot,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";

const PHONE = { width: 390, height: 844 };

const b = new DatasetBuilder("web-peer-reports");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
const reporter = b.student({ name: "林晓", schoolId: school.id, classId: klass.id });
const classmate = b.student({ name: "周航", schoolId: school.id, classId: klass.id });
const counselor = b.staff({ name: "陈晓燕" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
const dataset = b.build();

const devUsers = [
  { key: "student", name: "林晓", personId: reporter.id, roles: ["student" as const] },
  { key: "classmate", name: "周航", personId: classmate.id, roles: ["student" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
];

describe("peer reports (同学反映), against the whole platform", () => {
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
  const nav = (page: Page) => page.getByRole("navigation", { name: "主导航" });

  it("goes from a student's anonymous report to the counselor's case, and back to the student", async () => {
    const { page } = await browser.openPage({ viewport: PHONE });
    await signInAs(page, "student");
    await nav(page).getByRole("link", { name: "反映同学情况" }).click();
    await page.getByRole("heading", { level: 1, name: "反映同学情况" }).waitFor();
    await page.getByLabel("同学的学号").fill(classmate.number);
    await page.getByLabel("同学的姓名").fill("周杭");
    await pickOption(page.getByLabel("方面"), "行为");
    await page.getByLabel("你看到的情况").fill("这两周几乎每天凌晨才回宿舍，白天的课都没去");
    await page.getByLabel("匿名反映（老师看不到我的名字）").check();
    await page.getByRole("button", { name: "提交反映" }).click();
    // The server finds nobody by that number and name; the form says so on the number.
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    expect(await page.locator("[data-my-peer-report]").count()).toBe(0);
    await page.getByLabel("同学的姓名").fill("周航");
    await page.getByRole("button", { name: "提交反映" }).click();
    await page.locator('[data-my-peer-report][data-status="SUBMITTED"]').waitFor();
    expect(await page.locator("[data-my-peer-report]").textContent()).toContain("待研判");
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, "pr01-report-classmate");

    // The classmate has no such page's data about them: their own list is empty.
    const other = await browser.openPage();
    await signInAs(other.page, "classmate", "/report-classmate");
    await other.page.getByText("你还没有提交过反映。").waitFor();

    // The counselor's eight menu entries fold on a phone: find the page on a laptop, then work on a phone.
    const staff = await browser.openPage();
    await signInAs(staff.page, "counselor");
    await nav(staff.page).getByRole("link", { name: "同学反映" }).click();
    const report = staff.page.locator("[data-peer-report]");
    await report.waitFor();
    await staff.page.setViewportSize(PHONE);
    expect(await report.textContent()).toContain("周航");
    expect(await report.locator("[data-reporter]").getAttribute("data-reporter")).toBe("anonymous");
    expect(await report.textContent()).not.toContain("林晓");
    await pickOption(report.getByLabel("研判结果"), "转帮扶个案");
    await report.getByLabel("研判意见").fill("作息紊乱影响学业，开个案帮扶");
    await report.getByRole("button", { name: "提交研判" }).click();
    await staff.page.getByText("这里没有同学反映。").waitFor();
    await staff.page.getByText("已办结").click();
    const closed = staff.page.locator('[data-peer-report][data-status="CLOSED"]');
    await closed.waitFor();
    expect(await closed.textContent()).toContain("已转帮扶个案");
    expect(await overflowsSideways(staff.page)).toBe(false);
    await screenshot(staff.page, "pr02-peer-reports");
    await closed.getByRole("link", { name: "查看由此开立的帮扶个案" }).click();
    await staff.page.waitForURL(/\/cases\//);

    await page.reload();
    await page.locator('[data-my-peer-report][data-status="CLOSED"]').waitFor();
    expect(await page.locator("[data-my-peer-report]").textContent()).toContain("已办结");
  });
});
