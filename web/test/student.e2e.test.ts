/**
 * What the evaluation subgraph offers a student, in a real browser against the real platform: the
 * resources pushed to them (资源推荐), their term evaluation and growth record (成长档案与综合评价),
 * and the grid page (网格) with its warning counts. Nothing is mocked: the evaluation seed's
 * catalogue and push run fill the inbox from the dataset's warnings, and every click is a real
 * mutation through the gateway. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  screenshot,
  section,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
} from "./browser";
import {
  buildClientSchema,
  getIntrospectionQuery,
  validate,
  type IntrospectionQuery,
} from "graphql";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { callerFor, expectData } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { STUDENT_PROFILE } from "../src/pages/StudentProfilePage";
import { GRID_PAGE, GRID_WARNING_TREND } from "../src/pages/GridPage";
import { MARK_PUSH_READ, RECORD_UPTAKE } from "../src/profile/InboxSection";
import { TERM_EVALUATION } from "../src/profile/GrowthSection";
import { previousTerm, termOf, today as campusToday } from "@campus/subgraph";
import { termParts } from "../src/profile/terms";

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

// The terms as the server derives them from the campus date.
const today = campusToday();
const term = termOf(today);
const lastTerm = previousTerm(term);
/** A day well inside the previous term: May of a spring term, November of an autumn term. */
const lastTermDay = (() => {
  const parts = termParts(lastTerm);
  if (!parts) throw new Error(`not a term: ${lastTerm}`);
  return parts.half === 2 ? `${parts.to}-05-15` : `${parts.from}-11-15`;
})();

// ---- one grid: three students, their counselor and grid leader ----
const b = new DatasetBuilder("web-student");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "彭康书院第三师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({
  name: "彭康5号楼",
  campusId: campus.id,
  floors: 6,
  collegeId: college.id,
});
const grid = b.grid({ name: "彭康5号楼三层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({
  name: "彭康5号楼五层网格",
  buildingId: building.id,
  branchId: branch.id,
});
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 3, number: "312" });
const otherRoom = b.room({
  buildingId: building.id,
  gridId: otherGrid.id,
  floor: 5,
  number: "508",
});
const student = (name: string, bed: string, r = room) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, r, { bed });
  return person;
};
const wang = student("王子涵", "1");
const li = student("李浩然", "2");
const zhao = student("赵思远", "3");
const outsider = student("周浩宇", "1", otherRoom);

// Wang's open orange academic warning: the seed's push run sends him the tutoring and the study-plan
// resources (resource.seed.ts: ACADEMIC any level, and ACADEMIC from ORANGE).
b.warning(wang, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: hoursAgo(1),
});
// Li's yellow one was raised three days ago and never assigned: overdue (a yellow must be assigned within a day).
b.warning(li, {
  category: "FINANCIAL",
  level: "YELLOW",
  status: "OPEN",
  summary: "校园卡月消费明显低于同院均值",
  raisedAt: hoursAgo(72),
});
// A mental-health warning, which a grid leader (CONTACT only) never counts.
b.warning(zhao, {
  category: "MENTAL_HEALTH",
  level: "RED",
  status: "ASSIGNED",
  summary: "情绪持续低落",
  raisedAt: hoursAgo(2),
});
// Another floor's warning: not this grid's.
b.warning(outsider, {
  category: "BEHAVIOUR",
  level: "RED",
  status: "OPEN",
  summary: "连续三晚晚归且未请假",
  raisedAt: hoursAgo(2),
});

// Growth: two facts this term (scored by the term's seeded scheme: 12 points score full marks,
// 德 0.25, 体 0.15) and one last term (no scheme: the default, 20 points for full marks, 0.2 each).
const volunteering = b.growthEvent(wang, {
  domain: "MORAL",
  kind: "VOLUNTEER_HOURS",
  title: "社区志愿服务（12小时）",
  points: 6,
  occurredOn: today,
});
const sports = b.growthEvent(wang, {
  domain: "PHYSICAL",
  kind: "SPORTS_AWARD",
  title: "校运会男子1500米第三名",
  points: 3,
  occurredOn: today,
});
const lastTermCourse = b.growthEvent(wang, {
  domain: "INTELLECTUAL",
  kind: "COURSE_COMPLETED",
  title: "党课结业",
  points: 6,
  occurredOn: lastTermDay,
});

const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const gridLeader = b.staff({ name: "周建国", schoolId: school.id });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
const dataset = b.build();

const devUsers = [
  { key: "student", name: "王子涵", personId: wang.id, roles: ["student" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "grid-leader", name: "周建国", personId: gridLeader.id, roles: ["grid_leader" as const] },
];
const asWang = callerFor(["student"], wang.id, "王子涵");

const TUTORING = "朋辈学业辅导（高等数学、大学物理）";
const STUDY_PLAN = "学业规划面谈";

describe("a student's resources, evaluation and grid, in a browser, against the whole platform", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  const pageErrors = () => browser.pageErrors;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const openPage = () => browser.openPage();
  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);

  async function openProfile(page: Page, id: string, name: string) {
    await page.goto(`${stack.gateway.url}/people/${id}`);
    await page.getByRole("heading", { level: 1, name }).waitFor();
  }

  const push = (page: Page, title: string) =>
    section(page, "inbox").locator("li.push", { hasText: title });
  const counter = (page: Page, name: string) =>
    page.locator(`[data-counter="${name}"] .counter__value`).textContent();
  /** A figure of one of the grid page's charts, in the table under the chart. */
  const figure = (page: Page, chart: string, key: string) =>
    page.locator(`figure[data-chart="${chart}"] tr[data-row="${key}"] td[data-column="count"]`);
  const chartRow = (page: Page, chart: string, key: string) =>
    page.locator(`figure[data-chart="${chart}"] tr[data-row="${key}"]`);

  it("sends only operations the gateway's schema accepts", async () => {
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const schema = buildClientSchema(expectData(introspection));
    const documents = {
      STUDENT_PROFILE,
      GRID_PAGE,
      GRID_WARNING_TREND,
      MARK_PUSH_READ,
      RECORD_UPTAKE,
      TERM_EVALUATION,
    };
    const problems = Object.entries(documents).flatMap(([name, document]) =>
      validate(schema, document).map((e) => `${name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it("shows a student their pushed resources, unread marked; marking one read and taking it up persists", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "student");
    await openProfile(page, wang.id, "王子涵");

    const inbox = section(page, "inbox");
    await expect.poll(() => inbox.locator("li.push").count()).toBe(2);
    expect(await inbox.getByRole("heading", { level: 2 }).textContent()).toContain("资源推荐");
    expect(await inbox.locator("[data-unread-count]").textContent()).toBe("2 条未读");
    for (const title of [TUTORING, STUDY_PLAN]) {
      const row = push(page, title);
      expect(await row.getAttribute("data-read")).toBe("false");
      const text = await textOf(row);
      for (const want of ["未读", "学业辅导", "学业预警"]) expect(text).toContain(want);
    }
    const tutoringText = await textOf(push(page, TUTORING));
    for (const want of ["学生学业发展中心", "图书馆二层研讨室"])
      expect(tutoringText).toContain(want);
    expect(await inbox.locator("[data-notice]").count()).toBe(0);
    // The profile, the inbox and the evaluation included, came in one request.
    await page.waitForTimeout(300);
    expect(posts.filter((p) => p.operationName === "StudentProfile")).toHaveLength(1);
    await screenshot(page, "s01-student-inbox-zh");

    // Mark the tutoring push read: it loses its unread mark and the count drops.
    await push(page, TUTORING).getByRole("button", { name: "标为已读" }).click();
    await expect.poll(() => push(page, TUTORING).getAttribute("data-read")).toBe("true");
    await expect.poll(() => inbox.locator("[data-unread-count]").textContent()).toBe("1 条未读");
    expect(await push(page, TUTORING).getByRole("button", { name: "标为已读" }).count()).toBe(0);
    expect(await push(page, TUTORING).textContent()).toContain("已读于");
    expect(await push(page, STUDY_PLAN).getAttribute("data-read")).toBe("false");

    // Take it up, with a note: recorded, and entered in the growth record (智 +1) in the same answer.
    await push(page, TUTORING).getByRole("button", { name: "我要参加" }).click();
    await push(page, TUTORING).getByLabel("说明（可选）").fill("已预约周二晚的高数辅导");
    await push(page, TUTORING).getByRole("button", { name: "确认参加" }).click();
    await expect.poll(() => push(page, TUTORING).getAttribute("data-uptake")).toBe("true");
    await expect.poll(() => push(page, TUTORING).textContent()).toContain("已参加");
    expect(await push(page, TUTORING).textContent()).toContain("已预约周二晚的高数辅导");
    expect(await push(page, TUTORING).getByRole("button").count()).toBe(0);
    const growth = section(page, "growth");
    await expect.poll(() => growth.locator('tr[data-kind="RESOURCE_UPTAKE"]').count()).toBe(1);
    const uptakeRow = await textOf(growth.locator('tr[data-kind="RESOURCE_UPTAKE"]'));
    for (const want of [TUTORING, "智", "+1"]) expect(uptakeRow).toContain(want);
    await screenshot(page, "s02-student-uptake-zh");

    // After a reload the server's state shows: read, taken up, one unread left.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();
    await expect.poll(() => push(page, TUTORING).getAttribute("data-uptake")).toBe("true");
    expect(await push(page, TUTORING).getAttribute("data-read")).toBe("true");
    expect(await push(page, TUTORING).textContent()).toContain("已预约周二晚的高数辅导");
    expect(await push(page, STUDY_PLAN).getAttribute("data-read")).toBe("false");
    expect(await push(page, STUDY_PLAN).getAttribute("data-uptake")).toBe("false");
    expect(await inbox.locator("[data-unread-count]").textContent()).toBe("1 条未读");
    expect(await growth.locator('tr[data-kind="RESOURCE_UPTAKE"]').count()).toBe(1);
  });

  it("shows a student their term evaluation (five bars and the total), growth events, and last term's on request", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "student");
    await openProfile(page, wang.id, "王子涵");
    const growth = section(page, "growth");
    await growth.locator(".evaluation").waitFor();
    expect(await growth.getByRole("heading", { level: 2 }).textContent()).toBe(
      "成长档案与综合评价",
    );
    expect(await growth.locator(".evaluation").getAttribute("data-term")).toBe(term);

    // The total is the server's; the bars are its five domain scores, in 德智体美劳 order.
    const answer = await stack.query<{
      person: { evaluation: { total: number; domains: { domain: string; score: number }[] } };
    }>(
      `query($id: ID!, $term: String!) { person(id: $id) { evaluation(term: $term) { total domains { domain score } } } }`,
      { id: wang.id, term },
      asWang,
    );
    expect(answer.errors).toBeUndefined();
    const evaluation = expectData(answer).person.evaluation;
    // 德 6/12 → 50 × 0.25, 体 3/12 → 25 × 0.15, and 智 1/12 from the uptake in the test before.
    expect(evaluation.domains.find((d) => d.domain === "MORAL")?.score).toBe(50);
    expect(evaluation.domains.find((d) => d.domain === "PHYSICAL")?.score).toBe(25);
    expect(Number(await growth.locator("[data-total]").getAttribute("data-total"))).toBe(
      evaluation.total,
    );
    expect(await growth.locator(".evaluation__total-value").textContent()).toBe(
      `${evaluation.total} / 100`,
    );
    expect(await growth.locator(".evaluation li.bar .bar__label").allTextContents()).toEqual([
      "德",
      "智",
      "体",
      "美",
      "劳",
    ]);
    expect(await growth.locator('li[data-domain="MORAL"] .bar__value').textContent()).toBe("50 分");
    expect(await growth.locator('li[data-domain="MORAL"] .bar__detail').textContent()).toContain(
      "权重 25%",
    );
    expect(
      await growth
        .locator('li[data-domain="MORAL"] .bar__fill')
        .evaluate((el) => (el as HTMLElement).style.width),
    ).toBe("50%");
    expect(await growth.locator('[data-scheme="term"]').textContent()).toContain("12 分即满分");

    // Growth events, newest first, with domain, title, points and date.
    for (const event of [volunteering, sports, lastTermCourse])
      expect(await growth.locator("tbody").textContent()).toContain(event.title);
    const volunteeringRow = await textOf(
      growth.locator("tbody tr", { hasText: volunteering.title }),
    );
    for (const want of ["德", "+6"]) expect(volunteeringRow).toContain(want);
    await screenshot(page, "s03-student-evaluation-zh");

    // Last term: asked for on demand, scored by the default scheme (no scheme was set): 智 6/20 → 30 × 0.2 = 6.
    // The term's button (a radio; its input is hidden behind the label the user clicks).
    await growth
      .getByRole("radiogroup", { name: "学期" })
      .locator("label", { has: page.locator(`input[type="radio"][value="${lastTerm}"]`) })
      .click();
    await expect.poll(() => growth.locator(".evaluation").getAttribute("data-term")).toBe(lastTerm);
    expect(await growth.locator(".evaluation__total-value").textContent()).toBe("6 / 100");
    expect(await growth.locator('li[data-domain="INTELLECTUAL"] .bar__value').textContent()).toBe(
      "30 分",
    );
    expect(await growth.locator('[data-scheme="default"]').textContent()).toContain("默认方案");
    expect(posts.filter((p) => p.operationName === "TermEvaluation")).toHaveLength(1);
    await screenshot(page, "s04-student-last-term-zh");

    // In English too.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Growth record and evaluation" }).waitFor();
    expect(await growth.locator('[data-scheme="default"]').textContent()).toContain(
      "default applies",
    );
    expect(await section(page, "inbox").textContent()).toContain("Recommended resources");
    expect(await section(page, "inbox").textContent()).toContain("Tutoring");
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 2, name: "成长档案与综合评价" }).waitFor();
  });

  it("shows a counselor the student's inbox read-only, without the student's buttons", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor");
    await openProfile(page, wang.id, "王子涵");
    const inbox = section(page, "inbox");
    await expect.poll(() => inbox.locator("li.push").count()).toBe(2);
    expect(await inbox.textContent()).toContain("只读");
    expect(await inbox.getByRole("button").count()).toBe(0);
    expect(await inbox.locator("[data-push-actions]").count()).toBe(0);
    expect(await push(page, TUTORING).getAttribute("data-uptake")).toBe("true");
    expect(await push(page, STUDY_PLAN).getAttribute("data-read")).toBe("false");
    // The counselor's duty covers the student: the evaluation shows too, and nothing is refused.
    await section(page, "growth").locator(".evaluation").waitFor();
    expect(await page.locator("[data-notice]").count()).toBe(0);
    await screenshot(page, "s05-counselor-inbox-zh");
  });

  it("shows a grid leader the grid page's counts over the residents they cover, from the profile's grid link", async () => {
    // With motion, as most people see it: the charts animate, and are ready once drawn.
    const { page } = await browser.openPage({ motion: true });
    await signInAs(page, "grid-leader");
    await openProfile(page, wang.id, "王子涵");
    // A grid leader has no CARE for the student: no inbox section at all.
    await expect.poll(() => section(page, "residence").textContent()).toContain(grid.name);
    expect(await section(page, "inbox").count()).toBe(0);

    await section(page, "residence").getByRole("link", { name: grid.name }).click();
    await page.getByRole("heading", { level: 1, name: grid.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/grids/${grid.id}`);
    const facts = await textOf(section(page, "grid"));
    for (const want of ["彭康5号楼", "彭康书院第三师生联合党支部", "3 人"])
      expect(facts).toContain(want);

    const stats = section(page, "grid-warnings");
    await expect.poll(() => counter(page, "open")).toBe("2");
    // Wang's and Li's warnings; Zhao's mental-health warning is not a grid leader's to count, the other floor's not this grid's.
    expect(await counter(page, "studentsWithOpenWarnings")).toBe("2");
    expect(await counter(page, "overdue")).toBe("1");
    expect(await counter(page, "counted")).toBe("3");
    expect(await stats.locator("[data-scope]").getAttribute("data-scope")).toBe("3/3");
    expect(await stats.locator("[data-scope]").textContent()).toContain(
      "你负有职责的 3 名住户（网格共 3 名住户）",
    );
    // The warning picture as charts, each with its table: the same figures the bars showed.
    for (const chart of ["level", "category", "status"])
      await expect
        .poll(() => page.locator(`figure[data-chart="${chart}"]`).getAttribute("data-chart-ready"))
        .toBe("true");
    expect(await figure(page, "level", "YELLOW").getAttribute("data-value")).toBe("1");
    expect(await figure(page, "level", "ORANGE").getAttribute("data-value")).toBe("1");
    expect(await figure(page, "level", "RED").getAttribute("data-value")).toBe("0");
    expect(await figure(page, "category", "ACADEMIC").getAttribute("data-value")).toBe("1");
    expect(await figure(page, "category", "FINANCIAL").getAttribute("data-value")).toBe("1");
    expect(await chartRow(page, "category", "MENTAL_HEALTH").count()).toBe(0);
    expect(await figure(page, "status", "OPEN").getAttribute("data-value")).toBe("2");
    expect(await figure(page, "status", "ASSIGNED").getAttribute("data-value")).toBe("0");
    expect(await chartRow(page, "level", "ORANGE").locator("th").textContent()).toBe("橙色预警");
    expect(await page.locator('figure[data-chart="level"] .chart__canvas svg').count()).toBe(1);
    // This academic year's months: the grid leader holds no CARE, so the month of Wang's and
    // Li's warnings (two students) is withheld, never shown as a count.
    const trend = page.locator('figure[data-chart="grid-trend"]');
    await trend.locator("tbody tr").first().waitFor();
    expect(await trend.locator('td[data-note="已隐藏（少于5人）"]').count()).toBeGreaterThan(0);
    const shownFigures = await trend
      .locator("td[data-value]")
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-value"))));
    expect(shownFigures.every((n) => n === 0)).toBe(true);
    expect(await stats.locator("[data-notice]").count()).toBe(0);
    await screenshot(page, "s06-grid-leader-grid-zh");
  });

  it("shows a student the grid page with the statistics refused (无权查看)", async () => {
    const { page } = await openPage();
    await signInAs(page, "student");
    await openProfile(page, wang.id, "王子涵");
    await section(page, "residence").getByRole("link", { name: grid.name }).click();
    await page.getByRole("heading", { level: 1, name: grid.name }).waitFor();
    const stats = section(page, "grid-warnings");
    await expect.poll(() => stats.locator('[data-notice="forbidden"]').count()).toBe(1);
    expect(await stats.textContent()).toContain("无权查看");
    expect(await stats.locator("[data-counter]").count()).toBe(0);
    expect(await section(page, "grid").textContent()).toContain("彭康书院第三师生联合党支部");
    expect(await section(page, "grid").locator("[data-notice]").count()).toBe(0);
    await screenshot(page, "s07-student-grid-forbidden-zh");
    expect(pageErrors()).toEqual([]);
  });
});
