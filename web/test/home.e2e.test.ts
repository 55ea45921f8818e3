/**
 * Each duty's home and menu (issue 12), in a real browser against the whole platform loaded with
 * the demo campus `npm start` serves: every one of the demo users lands on a page of their own
 * work and gets a menu of what their role can do; a student's home is their own portal (我的),
 * with no directory of other students and no one else's room (the server refuses, and the page
 * says so); a member of staff's profile shows what they cover. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { demoData } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import {
  launchBrowser,
  screenshot,
  section,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
} from "./browser";

const demo = demoData();
const user = (key: string) => {
  const found = demo.users.find((u) => u.key === key);
  if (!found) throw new Error(`no demo user ${key}`);
  return found;
};
const student = user("student");
// Another student, living on campus: not the signed-in student's to look into.
const other = demo.dataset.residences.find(
  (r) =>
    r.personId !== student.personId &&
    demo.dataset.people.some((p) => p.id === r.personId && p.kind === "STUDENT"),
);
if (!other) throw new Error("the demo campus has no second resident student");
const firstGrid = demo.dataset.grids[0];
if (!firstGrid) throw new Error("the demo campus has no grid");

const ALL_ENTRIES = [
  "首页",
  "学生",
  "预警工作台",
  "帮扶个案",
  "预警规则",
  "数据看板",
  "花名册",
  "转介",
  "我的课程",
  "审计台",
  "管理台",
  "网格覆盖",
  "组织架构",
  "网格党建",
  "三张清单",
  "书记例会",
  "名册导入",
  "同学反映",
  "反映同学情况",
  "志愿服务",
  "攀登计划",
  "习惯与见习",
  "值班走访",
  "GraphiQL 查询",
  "安置",
  "科创竞赛",
  "新生养成教育",
];

/** What each demo user's menu offers; everything else in ALL_ENTRIES it must not. */
const MENUS: Record<string, string[]> = {
  admin: [
    "首页",
    "学生",
    "花名册",
    "预警工作台",
    "帮扶个案",
    "同学反映",
    "预警规则",
    "我的课程",
    "数据看板",
    "审计台",
    "管理台",
    "组织架构",
    "网格覆盖",
    "名册导入",
    "三张清单",
    "书记例会",
    "GraphiQL 查询",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
    "值班走访",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  counselor: [
    "首页",
    "学生",
    "花名册",
    "预警工作台",
    "帮扶个案",
    "同学反映",
    "我的课程",
    "数据看板",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
    "值班走访",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  student: [
    "首页",
    "我的课程",
    "反映同学情况",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  "class-adviser": [
    "首页",
    "学生",
    "花名册",
    "预警工作台",
    "帮扶个案",
    "同学反映",
    "我的课程",
    "数据看板",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
    "值班走访",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  "grid-leader": ["首页", "学生", "花名册", "数据看板", "攀登计划", "习惯与见习", "值班走访"],
  "building-leader": ["首页", "学生", "花名册", "数据看板", "攀登计划", "习惯与见习", "值班走访"],
  "college-admin": [
    "首页",
    "学生",
    "花名册",
    "预警工作台",
    "帮扶个案",
    "同学反映",
    "我的课程",
    "数据看板",
    "组织架构",
    "三张清单",
    "书记例会",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  "school-admin": [
    "首页",
    "学生",
    "花名册",
    "预警工作台",
    "帮扶个案",
    "同学反映",
    "我的课程",
    "数据看板",
    "攀登计划",
    "习惯与见习",
    "安置",
    "科创竞赛",
    "新生养成教育",
  ],
  "branch-secretary": [
    "首页",
    "学生",
    "花名册",
    "我的课程",
    "数据看板",
    "组织架构",
    "发展党员",
    "网格党建",
    "三张清单",
    "书记例会",
    "志愿服务",
    "攀登计划",
    "习惯与见习",
  ],
  "psychology-teacher": [
    "首页",
    "学生",
    "转介",
    "预警工作台",
    "帮扶个案",
    "我的课程",
    "数据看板",
    "攀登计划",
    "习惯与见习",
  ],
  "task-force-member": [
    "首页",
    "学生",
    "预警工作台",
    "帮扶个案",
    "数据看板",
    "攀登计划",
    "习惯与见习",
  ],
  "community-staff": ["首页", "学生", "花名册", "攀登计划", "习惯与见习", "值班走访"],
  organiser: [
    "首页",
    "学生",
    "花名册",
    "我的课程",
    "发展党员",
    "攀登计划",
    "习惯与见习",
    "值班走访",
  ],
  auditor: ["首页", "审计台"],
  developer: ["首页", "GraphiQL 查询"],
};

const nav = (page: Page) => page.getByRole("navigation", { name: "主导航" });
const card = (page: Page, name: string) => page.locator(`[data-card="${name}"]`);

/** Posts a GraphQL document with the page's own session token, as the app does. */
function graphqlAsPage(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${sessionStorage.getItem("campus.token") ?? ""}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
      };
    },
    { query, variables },
  );
}

describe("each duty's home and menu, on the demo campus", () => {
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

  const signInAs = (page: Page, key: string, at?: string) =>
    signIn(page, stack.gateway.url, key, at);

  async function landAs(key: string, viewport?: { width: number; height: number }) {
    const { page } = await browser.openPage(viewport ? { viewport } : {});
    await signInAs(page, key);
    expect(new URL(page.url()).pathname).toBe("/");
    // Every entry, those folded into "…" on a narrower screen too (they stay in the menu's markup).
    await nav(page).getByRole("link", { name: "首页" }).waitFor();
    const entries = await nav(page).locator("a").allTextContents();
    for (const entry of ALL_ENTRIES)
      expect(entries.includes(entry), `${key}'s menu and ${entry}`).toBe(
        (MENUS[key] ?? []).includes(entry),
      );
    return page;
  }

  const heading = (page: Page) => textOf(page.locator('[data-page="home"] h1'));

  it("lands a counselor on their queue's counts, their students and their classes", async () => {
    const page = await landAs("counselor");
    expect(await heading(page)).toBe("工作台");
    const queue = card(page, "queue");
    await expect.poll(() => queue.locator("[data-counter]").count()).toBe(4);
    expect(await queue.getByRole("link", { name: "打开预警工作台" }).getAttribute("href")).toBe(
      "/warnings",
    );
    const students = card(page, "students");
    await expect
      .poll(async () => Number(await students.locator("[data-total]").getAttribute("data-total")))
      .toBeGreaterThan(0);
    expect(await students.locator("li[data-person]").count()).toBeGreaterThan(0);
    await expect
      .poll(() => card(page, "classes").locator("li[data-person]").count())
      .toBeGreaterThan(0);
    await screenshot(page, "h01-counselor-home");
    // The old student list is where the menu says.
    await nav(page).getByRole("link", { name: "学生" }).click();
    await page.getByRole("heading", { level: 1, name: "学生" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/students");
  });

  it("lands a class adviser on their class and its students", async () => {
    const page = await landAs("class-adviser");
    const classes = card(page, "classes");
    await expect
      .poll(() => classes.locator("[data-class] li[data-person]").count())
      .toBeGreaterThan(0);
    expect(await textOf(classes.locator(".home-unit__title"))).toMatch(/班$/);
  });

  it("lands a grid leader on their grid: residents, rooms and the floor's open warnings", async () => {
    const page = await landAs("grid-leader");
    const grid = card(page, "grids").locator(`[data-grid="${firstGrid.id}"]`);
    await expect.poll(() => grid.locator('[data-list="residents"] li').count()).toBeGreaterThan(0);
    expect(Number(await grid.locator("[data-rooms]").getAttribute("data-rooms"))).toBeGreaterThan(
      0,
    );
    // The open warnings: a list, or "none", never a refusal: the grid is theirs.
    expect(await grid.locator('[data-list="warnings"], [data-state="no-warnings"]').count()).toBe(
      1,
    );
    expect(await grid.locator('[data-notice="forbidden"]').count()).toBe(0);
    await grid.getByRole("link", { name: "打开网格页" }).click();
    await page.getByRole("heading", { level: 1, name: firstGrid.name }).waitFor();
  });

  it("lands a building leader on their building, whose page shows its grids, rooms and warnings", async () => {
    const page = await landAs("building-leader");
    const building = card(page, "buildings").locator("[data-building]");
    await building.getByRole("link", { name: "打开楼栋页" }).waitFor();
    const id = await building.getAttribute("data-building");
    expect(await building.locator('[data-notice="forbidden"]').count()).toBe(0);
    await building.getByRole("link", { name: "打开楼栋页" }).click();
    await page.locator('section[data-section="building-grids"] li[data-grid]').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/buildings/${id}`);
    expect(await page.locator("[data-floor]").count()).toBeGreaterThan(0);
    // Its leader, and each room with its beds and residents: a room of the demo campus with
    // someone living in it lists them by name.
    const leader = demo.users.find((u) => u.key === "building-leader");
    expect(await section(page, "building").textContent()).toContain(`楼栋长${leader?.name}`);
    const roomsHere = new Set(
      demo.dataset.rooms.filter((r) => r.buildingId === id).map((r) => r.id),
    );
    const lived = demo.dataset.residences.find(
      (r) => roomsHere.has(r.roomId) && r.movedOutOn === null,
    );
    if (!lived) throw new Error("nobody lives in the demo building leader's building");
    const room = page.locator(`li[data-room="${lived.roomId}"]`);
    await room.locator(`[data-person="${lived.personId}"]`).waitFor();
    const beds = Number(await room.locator("[data-beds]").getAttribute("data-beds"));
    expect(beds).toBe(
      demo.dataset.residences.filter((r) => r.roomId === lived.roomId && r.movedOutOn === null)
        .length,
    );
    expect(
      await section(page, "building-warnings")
        .locator('[data-list="warnings"], [data-state="no-warnings"]')
        .count(),
    ).toBe(1);
  });

  it("lands a branch secretary on the branch and its grids", async () => {
    const page = await landAs("branch-secretary");
    const branch = card(page, "branch");
    await expect.poll(() => branch.locator("li[data-grid]").count()).toBeGreaterThan(0);
    expect(await branch.locator(`li[data-grid="${firstGrid.id}"]`).count()).toBe(1);
  });

  it("lands college and school administrators on their unit's dashboard", async () => {
    for (const key of ["college-admin", "school-admin"]) {
      const page = await landAs(key);
      const unit = card(page, "units").locator("li[data-unit]").first();
      await unit.waitFor();
      const id = await unit.getAttribute("data-unit");
      expect(await unit.getByRole("link").first().getAttribute("href")).toBe(
        `/dashboards/colleges/${id}`,
      );
      await queueCounters(page);
    }
  });

  async function queueCounters(page: Page) {
    await expect.poll(() => card(page, "queue").locator("[data-counter]").count()).toBe(4);
  }

  it("lands a psychology teacher on the open referrals made to them (myReferrals)", async () => {
    const page = await landAs("psychology-teacher");
    const open = demo.dataset.referrals.filter(
      (r) =>
        r.referredToId === user("psychology-teacher").personId && (r.status ?? "OPEN") === "OPEN",
    );
    expect(open.length).toBeGreaterThan(0);
    const referrals = card(page, "referrals");
    await expect.poll(() => referrals.locator("li[data-referral]").count()).toBe(open.length);
    const first = referrals.locator("li[data-referral]").first();
    expect(open.map((r) => r.id)).toContain(await first.getAttribute("data-referral"));
    expect(await first.locator("a").getAttribute("href")).toMatch(/^\/people\//);
  });

  it("lands a task-force member on their cases", async () => {
    const page = await landAs("task-force-member");
    await expect
      .poll(() => card(page, "cases").locator("li[data-case]").count())
      .toBeGreaterThan(0);
    expect(
      await card(page, "cases").locator("li[data-case] a").first().getAttribute("href"),
    ).toMatch(/^\/cases\//);
  });

  it("lands an administrator on an overview with links, and a developer on GraphiQL and the docs", async () => {
    const admin = await landAs("admin");
    const links = card(admin, "admin");
    for (const name of ["学生", "预警规则", "数据看板"])
      expect(await links.getByRole("link", { name, exact: true }).count()).toBe(1);
    await queueCounters(admin);

    const developer = await landAs("developer");
    const dev = card(developer, "developer");
    expect(await dev.locator('[data-link="graphiql"] a').getAttribute("href")).toBe("/graphiql");
    expect(await dev.locator('[data-link="docs"] a').getAttribute("href")).toBe("/graphiql");
    // No student's data on a developer's home.
    expect(await developer.locator("[data-person]").count()).toBe(0);
  });

  it("lands a student on 我的: their record, the staff who look after them, resources, growth, who read their data", async () => {
    const page = await landAs("student", { width: 390, height: 844 });
    expect(await heading(page)).toBe("我的");
    await expect.poll(() => section(page, "my-record").textContent()).toContain(student.name);
    const staff = section(page, "my-staff");
    await expect.poll(() => staff.locator('[data-role="COUNSELOR"]').count()).toBe(1);
    expect(await textOf(staff)).toContain("辅导员");
    await section(page, "growth").waitFor();
    await section(page, "inbox").waitFor();
    await section(page, "access-records").waitFor();
    // No one else's data: the only person linked is the student.
    expect(await page.locator("[data-person]").count()).toBe(0);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await screenshot(page, "h02-student-portal-phone");
    await page.locator('[data-link="my-profile"]').click();
    await page.getByRole("heading", { level: 1, name: student.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${student.personId}`);
  });

  it("gives a student no campus directory and no other student's room: the server refuses, the page says so", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "student");

    // The directory: the server lists a student only themselves; the page says there is none.
    await page.goto(`${stack.gateway.url}/students`);
    await page.locator("[data-self-only]").waitFor();
    await expect
      .poll(() => page.locator("table tbody th").allTextContents())
      .toEqual([student.name]);
    const people = await graphqlAsPage(
      page,
      `query { people(first: 100, filter: { kind: STUDENT }) { totalCount edges { node { id } } } }`,
    );
    expect(people.data?.people).toEqual({
      totalCount: 1,
      edges: [{ node: { id: student.personId } }],
    });

    // Another student's room: refused by the server on the field, and shown as refused.
    const answer = await graphqlAsPage(
      page,
      `query Other($id: ID!) { person(id: $id) { id residence { id bed room { number } } } }`,
      { id: other.personId },
    );
    expect(answer.data?.person).toEqual({ id: other.personId, residence: null });
    expect(answer.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["person.residence", "FORBIDDEN"],
    ]);
    await page.goto(`${stack.gateway.url}/people/${other.personId}`);
    const residence = section(page, "residence");
    await expect.poll(() => residence.locator('[data-notice="forbidden"]').count()).toBe(1);
    expect(await textOf(residence)).toContain("无权查看");
    // And a grid that is not theirs says so in a grid's words.
    await page.goto(`${stack.gateway.url}/grids/${firstGrid.id}`);
    const stats = section(page, "grid-warnings");
    await expect.poll(() => stats.locator('[data-notice="forbidden"]').count()).toBe(1);
    expect(await textOf(stats)).toContain("您不负责这个网格");
  });

  it("shows a member of staff's profile as what they cover, not a student's blank fields", async () => {
    const gridLeader = user("grid-leader");
    // The grid leader's own profile: their duty and the grid's name, no courses or growth record.
    const page = await landAs("grid-leader");
    await page.goto(`${stack.gateway.url}/people/${gridLeader.personId}`);
    const duties = section(page, "duties");
    await expect.poll(() => duties.locator('li[data-duty="GRID_LEADER"]').count()).toBe(1);
    await expect.poll(() => textOf(duties)).toContain(firstGrid.name);
    expect(await textOf(duties)).toContain("网格长");
    for (const hidden of ["enrolments", "growth", "inbox", "warnings", "cases"])
      expect(await section(page, hidden).count(), hidden).toBe(0);

    // An administrator sees it too; a counselor is refused, in words about duties.
    const admin = await landAs("admin");
    await admin.goto(`${stack.gateway.url}/people/${gridLeader.personId}`);
    await expect
      .poll(() => section(admin, "duties").locator('li[data-duty="GRID_LEADER"]').count())
      .toBe(1);
    // A task-force member's duty is their cases: on their own profile, with no assignment on record.
    const caseWorker = await landAs("task-force-member");
    await caseWorker.goto(`${stack.gateway.url}/people/${user("task-force-member").personId}`);
    await expect
      .poll(() => section(caseWorker, "home-cases").locator("li[data-case]").count())
      .toBeGreaterThan(0);
    await expect.poll(() => textOf(section(caseWorker, "duties"))).toContain("没有登记的工作职责");

    const counselor = await landAs("counselor");
    await counselor.goto(`${stack.gateway.url}/people/${gridLeader.personId}`);
    const refused = section(counselor, "duties").locator('[data-notice="forbidden"]');
    await refused.waitFor();
    expect(await textOf(refused)).toContain("只有本人和系统管理员可以查看这位老师的工作职责");
  });

  // Last: the reads above are what the access log shows.
  it("lands an auditor on the access log", async () => {
    const page = await landAs("auditor");
    const log = card(page, "accessLog");
    await expect.poll(() => log.locator("li[data-record]").count()).toBeGreaterThan(0);
    expect(Number(await log.locator("[data-total]").getAttribute("data-total"))).toBeGreaterThan(0);
  });
});
