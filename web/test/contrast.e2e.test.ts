/**
 * Text is readable: every page's text, grey hints included, meets WCAG AA contrast (4.5:1, or 3:1
 * for large text) against what it is drawn on, as axe-core (Deque's accessibility engine, the
 * rule `color-contrast`) measures it in a real browser, on a laptop and on a phone. Build the app
 * first.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, signInAs as signIn, webDir, type BrowserHarness } from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import { today as campusToday } from "@campus/subgraph";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const b = new DatasetBuilder("web-contrast");
const school = b.orgUnit({ name: "能源与动力工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "仲英书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "仲英书院第一师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({
  name: "仲英2号楼",
  campusId: campus.id,
  floors: 6,
  collegeId: college.id,
});
const grid = b.grid({ name: "仲英2号楼二层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({
  buildingId: building.id,
  gridId: grid.id,
  floor: 2,
  number: "208",
  capacity: 4,
});
const student = (name: string, bed: string) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, room, { bed });
  return person;
};
const liu = student("刘雨桐", "1");
const sun = student("孙嘉怡", "2");
const counselor = b.staff({ name: "周文静", schoolId: school.id });
const worker = b.staff({ name: "吴海峰", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
b.warning(liu, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: hoursAgo(30),
});
const financial = b.warning(sun, {
  category: "FINANCIAL",
  level: "YELLOW",
  status: "ASSIGNED",
  summary: "一卡通月消费低于困难线",
  raisedAt: hoursAgo(80),
});
const assistanceCase = b.assistanceCase(sun, counselor, {
  openedAt: hoursAgo(70),
  source: "WARNING",
  warningId: financial.id,
  kind: "ECONOMIC",
});
b.taskForceMember(assistanceCase, counselor, { duty: "专班负责人", lead: true });
b.taskForceMember(assistanceCase, worker, { duty: "资助与学业帮扶" });
b.caseMeasure(assistanceCase, worker, {
  description: "申请国家助学金与临时困难补助",
  dueOn: "2020-01-01",
  status: "IN_PROGRESS",
});
const course = b.course({
  code: "FF02",
  title: "学业规划与时间管理",
  category: "FRESHMAN_FORMATION",
});
b.enrolment(liu, b.session(course, { location: "仲英书院活动室" }));
b.growthEvent(liu, {
  domain: "LABOUR",
  kind: "LABOUR_PRACTICE",
  title: "宿舍楼公共区域劳动实践",
  points: 2,
  occurredOn: campusToday(),
});
const dataset = b.build();

const devUsers = [
  { key: "student", name: "刘雨桐", personId: liu.id, roles: ["student" as const] },
  { key: "counselor", name: "周文静", personId: counselor.id, roles: ["counselor" as const] },
];

interface ContrastFailure {
  target: string;
  text: string;
  summary: string;
}

/** axe-core's color-contrast failures on the page as it is now (text, where, and the ratio it measured). */
async function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: { type: "rule", values: ["color-contrast"] },
      resultTypes: ["violations"],
    })) as {
      violations: {
        nodes: { target: string[]; html: string; failureSummary?: string }[];
      }[];
    };
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        target: n.target.join(" "),
        text: n.html.slice(0, 120),
        summary: (n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200),
      })),
    );
  });
}

describe("text contrast (WCAG AA, axe-core) on every kind of page", () => {
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

  /** Opens each path, waits for its heading and for loading to end, and collects the failures. */
  async function check(page: Page, paths: { path: string; heading: string }[]) {
    const failures: Record<string, ContrastFailure[]> = {};
    for (const { path, heading } of paths) {
      await page.goto(`${stack.gateway.url}${path}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await expect
        .poll(() => page.locator('[role="status"].loading, .ant-spin-spinning').count())
        .toBe(0);
      const found = await contrastFailures(page);
      if (found.length) failures[path] = found;
    }
    return failures;
  }

  const counselorPages = () => [
    { path: `/people/${liu.id}`, heading: "刘雨桐" },
    { path: "/warnings", heading: "预警工作台" },
    { path: "/cases", heading: "帮扶个案" },
    { path: `/cases/${assistanceCase.id}`, heading: "孙嘉怡" },
    { path: `/grids/${grid.id}`, heading: grid.name },
    { path: "/dashboards", heading: "数据看板" },
  ];

  it("finds the check working: a grey hint lighter than 4.5:1 on white is reported", async () => {
    const { page } = await browser.openPage();
    await page.setContent(
      '<main><p style="color:#999;background:#fff;font-size:14px">浅灰提示文字</p><p style="color:#595959;background:#fff">深灰文字</p></main>',
    );
    const failures = await contrastFailures(page);
    expect(failures.map((f) => f.text)).toEqual([expect.stringContaining("浅灰提示文字")]);
  });

  it("the sign-in page, a student's own profile, and a counselor's pages, on a laptop", async () => {
    const { page } = await browser.openPage();
    await page.goto(stack.gateway.url);
    await page.getByRole("heading", { level: 1, name: "以演示身份登录" }).waitFor();
    expect(await contrastFailures(page)).toEqual([]);
    await signIn(page, stack.gateway.url, "student");
    expect(await check(page, [{ path: `/people/${liu.id}`, heading: "刘雨桐" }])).toEqual({});

    const staff = await browser.openPage();
    await signIn(staff.page, stack.gateway.url, "counselor");
    expect(await check(staff.page, counselorPages())).toEqual({});
  });

  it("the same pages on a phone", async () => {
    const { page } = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, stack.gateway.url, "counselor");
    expect(await check(page, counselorPages())).toEqual({});
    expect(browser.pageErrors).toEqual([]);
  });
});
