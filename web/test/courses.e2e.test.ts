/**
 * Check-in (签到), in a real browser against the whole platform: an instructor opens a session's
 * check-in code on their session page, a student on a phone (390 px) checks in with it on 我的课程
 * (a wrong code first, refused by the server), and the instructor's roll shows them present. Both
 * pages fit the phone's width. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  overflowsSideways,
  screenshot,
  section,
  signInAs as signIn,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

const PHONE = { width: 390, height: 844 };
const MINUTE = 60_000;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

const b = new DatasetBuilder("web-courses");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const student = b.student({ name: "王子涵", schoolId: school.id });
const classmate = b.student({ name: "赵思远", schoolId: school.id });
const instructor = b.staff({ name: "刘建国", schoolId: school.id });
const course = b.course({ code: "FF03", title: "新生养成教育·成长励志" });
// Starts in five minutes: check-in may open (from 30 minutes before the start).
const session = b.session(course, {
  startsAt: fromNow(5 * MINUTE),
  endsAt: fromNow(95 * MINUTE),
  location: "彭康书院活动中心 101",
  instructorId: instructor.id,
  capacity: 40,
});
b.enrolment(student, session);
b.enrolment(classmate, session);
const dataset = b.build();

const devUsers = [
  { key: "student", name: "王子涵", personId: student.id, roles: ["student" as const] },
  { key: "instructor", name: "刘建国", personId: instructor.id, roles: ["counselor" as const] },
];

describe("check-in: the instructor opens a code, a student checks in with it", () => {
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
  /** Nothing wider than the phone: the page never scrolls sideways at 390 px. */
  const fitsPhone = async (page: Page) => {
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  };
  const roll = (page: Page, personId: string) =>
    section(page, "roll").locator(`li[data-person="${personId}"]`);

  it("goes from the instructor's code to the student's check-in to the instructor's roll", async () => {
    // The instructor finds the session under 我的课程 and opens its check-in.
    const { page: teacher } = await browser.openPage();
    await signInAs(teacher, "instructor");
    // A counselor's menu holds 我的课程 (folded under "…" when the bar is full): its address.
    expect(
      await teacher
        .getByRole("navigation", { name: "主导航" })
        .locator('a[href="/courses"]')
        .count(),
    ).toBeGreaterThan(0);
    await teacher.goto(`${stack.gateway.url}/courses`);
    const teaching = section(teacher, "teaching").locator(`li[data-session="${session.id}"]`);
    await teaching.getByRole("link", { name: "签到与点名" }).click();
    await teacher.getByRole("heading", { level: 1, name: "签到与点名" }).waitFor();
    await expect.poll(() => roll(teacher, student.id).getAttribute("data-attendance")).toBe("none");
    await teacher.getByRole("button", { name: "开启签到" }).click();
    const shown = teacher.locator(".courses-code");
    await shown.waitFor();
    const code = (await shown.textContent())?.trim() ?? "";
    expect(code).toMatch(/^\d{6}$/);
    await screenshot(teacher, "c01-instructor-code");

    // The student, on a phone, checks in on 我的课程: a wrong code is refused, the right one taken.
    const { page: phone } = await browser.openPage({ viewport: PHONE });
    await signInAs(phone, "student");
    await phone
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "我的课程" })
      .click();
    const form = phone.locator(`form[data-checkin="${session.id}"]`);
    await form.waitFor();
    await fitsPhone(phone);
    const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
    await form.getByLabel("签到码").fill(wrong);
    await form.getByRole("button", { name: "签到" }).click();
    await expect
      .poll(() => form.locator("[data-action-error]").getAttribute("data-action-error"))
      .toBe("badInput");
    await form.getByLabel("签到码").fill(code);
    await form.getByRole("button", { name: "签到" }).click();
    const mine = section(phone, "my-enrolments").locator("li[data-enrolment]");
    await expect.poll(() => mine.getAttribute("data-attendance")).toBe("PRESENT");
    // Checked in: the session leaves the check-in list.
    await expect.poll(() => phone.locator(`form[data-checkin="${session.id}"]`).count()).toBe(0);
    await fitsPhone(phone);
    await screenshot(phone, "c02-student-checked-in-phone");

    // The instructor's roll shows the student present, the classmate not yet.
    await teacher.getByRole("button", { name: "刷新" }).click();
    await expect
      .poll(() => roll(teacher, student.id).getAttribute("data-attendance"))
      .toBe("PRESENT");
    expect(await roll(teacher, classmate.id).getAttribute("data-attendance")).toBe("none");
    await expect
      .poll(() => teacher.locator('[data-summary="session"]').textContent())
      .toContain("出勤 1");

    // The instructor's page fits a phone too, code and roll included.
    const { page: teacherPhone } = await browser.openPage({ viewport: PHONE });
    await signInAs(teacherPhone, "instructor", `/courses/sessions/${session.id}`);
    await teacherPhone.locator(".courses-code").waitFor();
    await roll(teacherPhone, student.id).waitFor();
    await fitsPhone(teacherPhone);
    await screenshot(teacherPhone, "c03-instructor-phone");
  });
});
