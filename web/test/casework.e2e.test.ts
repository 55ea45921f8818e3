/**
 * The counselor's casework in a real browser against the real platform: the warning queue
 * (预警工作台) and assistance cases (帮扶个案, 督办). Nothing is mocked: the subgraphs run on a fresh
 * database seeded from the dataset below, the gateway serves web/dist, and every step the test
 * takes in the browser is a real mutation through the gateway. Build the app first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  chosenOption,
  fieldError,
  launchBrowser,
  pickOption,
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
  Kind,
  parse,
  validate,
  type DocumentNode,
  type IntrospectionQuery,
} from "graphql";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { callerFor, expectData } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

// ---- the campus slice: one grid, its counselor, a grid leader, a colleague on the task force ----
const b = new DatasetBuilder("web-casework");
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
let beds = 0;
const student = (name: string, r = room) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, r, { bed: String(++beds) });
  return person;
};
const wang = student("王子涵");
const zhao = student("赵思远");
const li = student("李浩然");
const sun = student("孙欣然");
const qian = student("钱雨桐");
// Lives on another floor: outside the counselor's grid, so never in their queue.
const outsider = student("周浩宇", otherRoom);

// A busier floor with its own counselor: more open warnings than one page of the queue (20).
const busyGrid = b.grid({
  name: "彭康5号楼四层网格",
  buildingId: building.id,
  branchId: branch.id,
});
const busyRoom = b.room({
  buildingId: building.id,
  gridId: busyGrid.id,
  floor: 4,
  number: "406",
  capacity: 30,
});
const busyWarnings = Array.from({ length: 23 }, (_, i) => {
  const person = student(`吴${"一二三四五六七八九十"[i % 10]}${i + 1}号`, busyRoom);
  // Raised an hour apart: due an hour apart, the newest last.
  return b.warning(person, {
    category: "ACADEMIC",
    level: "YELLOW",
    status: "OPEN",
    summary: "本学期不及格学分达到预警线",
    raisedAt: hoursAgo(23 - i),
  });
});
const busyCounselor = b.staff({ name: "王磊", schoolId: school.id });
b.assign(busyCounselor, "COUNSELOR", "GRID", busyGrid.id);

const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const gridLeader = b.staff({ name: "周建国", schoolId: school.id });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
const tutor = b.staff({ name: "刘文博", schoolId: school.id });
const colleague = b.staff({ name: "张伟", schoolId: school.id });
b.assign(colleague, "COUNSELOR", "GRID", grid.id);

// Due times follow the stage clocks (a yellow warning must be assigned within a day, a red one
// within 4 hours, an orange one assessed within 2 days, tracking lasts 30 days), so raising them
// hours or days ago makes two of them overdue and two not, in a known order of due time.
const wangWarning = b.warning(wang, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
  raisedAt: hoursAgo(72),
});
const zhaoWarning = b.warning(zhao, {
  category: "BEHAVIOUR",
  level: "RED",
  status: "OPEN",
  summary: "连续三晚晚归且未请假",
  raisedAt: hoursAgo(24),
});
const liWarning = b.warning(li, {
  category: "FINANCIAL",
  level: "ORANGE",
  status: "ASSIGNED",
  summary: "校园卡月消费明显低于同院均值",
  raisedAt: hoursAgo(1),
});
const sunWarning = b.warning(sun, {
  category: "FINANCIAL",
  level: "YELLOW",
  status: "TRACKING",
  summary: "家庭突发变故，生活费紧张",
  raisedAt: hoursAgo(48),
});
b.warning(qian, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "CLOSED",
  summary: "已处理的学业预警",
  raisedAt: hoursAgo(24 * 40),
});
b.warning(outsider, {
  category: "ACADEMIC",
  level: "RED",
  status: "OPEN",
  summary: "另一网格学生的预警",
  raisedAt: hoursAgo(24),
});

// 一人一策一专班: Sun's economic case, graded, with a task force and a plan; one measure is long overdue.
const sunCase = b.assistanceCase(sun, counselor, {
  summary: "家庭突发变故，需经济与学业帮扶",
  status: "ASSISTING",
  source: "WARNING",
  warningId: sunWarning.id,
  kind: "ECONOMIC",
  grading: {
    conditions: ["SUDDEN_HARDSHIP", "SIBLINGS_IN_EDUCATION", "FAMILY_DEBT"],
    recommendedById: counselor.id,
    recommendedAt: "2024-11-02T08:00:00.000Z",
    confirmedGrade: "DIFFICULT",
    confirmedById: colleague.id,
    confirmedAt: "2024-11-03T08:00:00.000Z",
  },
});
b.taskForceMember(sunCase, counselor, { duty: "统筹协调", lead: true });
b.taskForceMember(sunCase, tutor, { duty: "学业帮扶", lead: false });
const overdueMeasure = b.caseMeasure(sunCase, tutor, {
  description: "每周一次学业辅导",
  duty: "学业帮扶",
  dueOn: "2024-12-01",
  status: "PLANNED",
});
b.caseMeasure(sunCase, counselor, {
  description: "申请国家助学金",
  duty: "资助申请",
  dueOn: "2030-06-30",
  status: "IN_PROGRESS",
});
b.caseMeasure(sunCase, counselor, {
  description: "安排勤工助学岗位",
  duty: "岗位对接",
  dueOn: "2024-11-20",
  status: "DONE",
});
const dataset = b.build();

const devUsers = [
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "grid-leader", name: "周建国", personId: gridLeader.id, roles: ["grid_leader" as const] },
  {
    key: "busy-counselor",
    name: "王磊",
    personId: busyCounselor.id,
    roles: ["counselor" as const],
  },
];
const asCounselor = callerFor(["counselor"], counselor.id, "陈晓燕");

describe("the warning queue and the case page, in a browser, against the whole platform", () => {
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

  const queueRow = (page: Page, warningId: string) =>
    page.locator(`tr[data-warning="${warningId}"]`);
  const queueNames = (page: Page) =>
    page.locator(".table--queue tbody tr.queue-row th a").allTextContents();
  const counter = (page: Page, name: string) =>
    page.locator(`[data-counter="${name}"] .counter__value`).textContent();

  it("sends only operations the gateway's schema accepts", async () => {
    // The app's documents, read from the built bundle would be opaque; read them from the sources' exports instead.
    const modules = import.meta.glob<Record<string, unknown>>(
      ["../src/**/*.{ts,tsx}", "!../src/main.tsx", "!../src/graphiql/**"],
      { eager: true },
    );
    const operations = new Map<string, DocumentNode>();
    for (const exports of Object.values(modules)) {
      for (const value of Object.values(exports)) {
        if (
          typeof value !== "object" ||
          value === null ||
          (value as DocumentNode).kind !== Kind.DOCUMENT
        )
          continue;
        for (const d of (value as DocumentNode).definitions)
          if (d.kind === Kind.OPERATION_DEFINITION && d.name)
            operations.set(d.name.value, value as DocumentNode);
      }
    }
    for (const name of [
      "WarningQueue",
      "WarningQueueSummary",
      "WarningDetail",
      "AssignWarning",
      "AdvanceWarning",
      "CloseWarning",
      "AssistanceCasePage",
      "AssistanceCases",
      "OverdueMeasures",
      "AddCaseMeasure",
      "UpdateCaseMeasureStatus",
      "ReviewAssistanceCase",
      "CloseAssistanceCase",
      "StudentProfile",
      "StaffSearch",
      "AddTaskForceMember",
      "SetTaskForceLead",
      "RemoveTaskForceMember",
      "WarningRules",
      "SetWarningRuleActive",
      "PublishWarningRuleVersion",
      "BacktestWarningRule",
    ]) {
      expect(operations.has(name), name).toBe(true);
    }
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const schema = buildClientSchema(expectData(introspection));
    const problems = [...operations].flatMap(([name, document]) =>
      validate(schema, document).map((e) => `${name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
    // And the check itself can fail.
    expect(validate(schema, parse("{ warnings { edges { node { noSuchField } } } }"))).toHaveLength(
      1,
    );
  });

  it("shows a counselor their queue: counters, rows in due order, the overdue filter", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor");
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "预警工作台" })
      .click();
    await page.getByRole("heading", { level: 1, name: "预警工作台" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/warnings");

    // Counters: four open warnings in the counselor's grid (the closed one and the other floor's are not theirs), two overdue.
    await expect.poll(() => counter(page, "open")).toBe("4");
    expect(await counter(page, "assignedToMe")).toBe("0");
    expect(await counter(page, "overdue")).toBe("2");
    const summary = await stack.query<{ warningQueueSummary: { dueToday: number } }>(
      `{ warningQueueSummary { dueToday } }`,
      {},
      asCounselor,
    );
    expect(await counter(page, "dueToday")).toBe(
      String(expectData(summary).warningQueueSummary.dueToday),
    );

    // Soonest due first: Wang's yellow (due two days ago), Zhao's red (due 20 hours ago), Li's orange, Sun's tracking.
    await expect.poll(() => queueNames(page)).toEqual(["王子涵", "赵思远", "李浩然", "孙欣然"]);
    expect(await page.locator(".result-count").textContent()).toContain("共 4 条预警");
    for (const w of [wangWarning, zhaoWarning])
      expect(await queueRow(page, w.id).locator('.due[data-overdue="true"]').count()).toBe(1);
    for (const w of [liWarning, sunWarning])
      expect(await queueRow(page, w.id).locator('.due[data-overdue="true"]').count()).toBe(0);
    const wangRow = await textOf(queueRow(page, wangWarning.id));
    for (const text of [
      "黄色预警",
      "王子涵",
      wang.number,
      "学业",
      "待处理",
      "已逾期",
      "辅导员",
      "未分派",
    ])
      expect(wangRow).toContain(text);
    expect(await queueRow(page, zhaoWarning.id).textContent()).toContain("红色预警");
    await screenshot(page, "11-queue-zh");

    await page
      .getByRole("navigation", { name: "预警视图" })
      .getByRole("link", { name: "已逾期" })
      .click();
    await expect.poll(() => queueNames(page)).toEqual(["王子涵", "赵思远"]);
    expect(new URL(page.url()).search).toBe("?view=overdue");
    expect(await page.locator(".result-count").textContent()).toContain("共 2 条预警");

    // Filters combine: overdue and red.
    await pickOption(page.getByLabel("级别"), "红色预警");
    await expect.poll(() => queueNames(page)).toEqual(["赵思远"]);
    await screenshot(page, "12-queue-overdue-red-zh");
    await pickOption(page.getByLabel("级别"), "全部");
    await page
      .getByRole("navigation", { name: "预警视图" })
      .getByRole("link", { name: "全部待办" })
      .click();
    await expect.poll(() => queueNames(page)).toHaveLength(4);
  });

  it("keeps the queue's filters in the address: a reload and a shared link show the same view", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", "/warnings");
    await expect.poll(() => queueNames(page)).toHaveLength(4);

    // Each filter chosen goes into the address.
    await pickOption(page.getByLabel("类别"), "经济困难");
    await expect.poll(() => new URL(page.url()).searchParams.get("category")).toBe("FINANCIAL");
    await expect.poll(() => queueNames(page)).toEqual(["李浩然", "孙欣然"]);
    await pickOption(page.getByLabel("排序"), "按预警时间");
    await expect.poll(() => new URL(page.url()).searchParams.get("order")).toBe("raised");
    const filtered = page.url();

    // A reload keeps the view: the same rows, the same choices shown.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "预警工作台" }).waitFor();
    await expect.poll(() => queueNames(page)).toHaveLength(2);
    expect(new Set(await queueNames(page))).toEqual(new Set(["李浩然", "孙欣然"]));
    expect(await chosenOption(page.getByLabel("类别"))).toBe("经济困难");
    expect(await chosenOption(page.getByLabel("排序"))).toBe("按预警时间");

    // The link, opened by a colleague in their own browser, shows them the same filtered view.
    const shared = await openPage();
    await signInAs(shared.page, "counselor", filtered);
    await expect.poll(() => queueNames(shared.page)).toHaveLength(2);
    expect(await chosenOption(shared.page.getByLabel("类别"))).toBe("经济困难");

    // Back to every category: the parameter leaves the address.
    await pickOption(page.getByLabel("类别"), "全部");
    await expect.poll(() => new URL(page.url()).searchParams.has("category")).toBe(false);
    await expect.poll(() => queueNames(page)).toHaveLength(4);
  });

  it("pages through a long queue with “load more”, in due order", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "busy-counselor", "/warnings");
    await expect.poll(() => queueNames(page)).toHaveLength(20);
    expect(await page.locator(".result-count").textContent()).toContain("共 23 条预警");
    await page.getByRole("button", { name: "加载更多" }).click();
    await expect.poll(() => queueNames(page)).toHaveLength(23);
    expect(await page.getByRole("button", { name: "加载更多" }).count()).toBe(0);
    const ids = await page
      .locator("tr.queue-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-warning")));
    expect(ids).toEqual(busyWarnings.map((w) => w.id));
    expect(posts.filter((p) => p.operationName === "WarningQueue")).toHaveLength(2);
  });

  it("assigns a warning to the counselor and advances it; the row updates from the mutation's answer", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "counselor", "/warnings");
    await expect.poll(() => queueNames(page)).toHaveLength(4);
    const row = queueRow(page, wangWarning.id);
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${wangWarning.id}"]`);
    // The panel reads the sensitive summary and evidence only now, for this one warning.
    await expect.poll(() => panel.textContent()).toContain(wangWarning.summary);
    const queueReads = posts.filter((p) => p.operationName === "WarningQueue").length;

    await panel.getByRole("button", { name: "分派给我" }).click();
    await expect.poll(() => row.locator("[data-stage]").textContent()).toBe("已分派");
    expect(await row.locator("[data-assignee]").textContent()).toBe("陈晓燕");
    await expect.poll(() => counter(page, "assignedToMe")).toBe("1");
    await expect.poll(() => panel.textContent()).toContain("陈晓燕：分派给 陈晓燕");

    // Next stage: 研判, with a note. Assessing restarts the clock, so the row is no longer overdue.
    expect(await chosenOption(panel.getByLabel("推进到"))).toBe("已研判");
    await panel.getByLabel("说明").first().fill("已与学生谈话，确认学业困难，需要学业帮扶");
    await panel.getByRole("button", { name: "推进到“已研判”" }).click();
    await expect.poll(() => row.locator("[data-stage]").textContent()).toBe("已研判");
    await expect.poll(() => row.locator('.due[data-overdue="true"]').count()).toBe(0);
    await expect.poll(() => panel.textContent()).toContain("陈晓燕：已分派 → 已研判");
    expect(await panel.textContent()).toContain("已与学生谈话，确认学业困难，需要学业帮扶");
    await expect.poll(() => chosenOption(panel.getByLabel("推进到"))).toBe("干预中");
    await expect.poll(() => counter(page, "overdue")).toBe("1");
    // The row changed from the mutations' answers (Apollo's cache), not by reading the queue again.
    expect(posts.filter((p) => p.operationName === "WarningQueue").length).toBe(queueReads);
    expect(
      posts.filter(
        (p) => p.operationName === "AssignWarning" || p.operationName === "AdvanceWarning",
      ),
    ).toHaveLength(2);
    await screenshot(page, "13-queue-assigned-advanced-zh");

    // The server agrees.
    const stored = await stack.query<{ warning: { status: string; assignee: { name: string } } }>(
      `query ($id: ID!) { warning(id: $id) { status assignee { name } } }`,
      { id: wangWarning.id },
      asCounselor,
    );
    expect(stored.data?.warning).toEqual({ status: "ASSESSED", assignee: { name: "陈晓燕" } });
    expect(pageErrors()).toEqual([]);
  });

  it("shows a refused step next to the action, in Chinese, and the warning as it now stands", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", "/warnings");
    const row = queueRow(page, liWarning.id);
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${liWarning.id}"]`);
    await expect.poll(() => panel.textContent()).toContain(liWarning.summary);
    expect(await row.locator("[data-stage]").textContent()).toBe("已分派");

    // Meanwhile a colleague assesses the same warning (a real mutation through the gateway).
    const elsewhere = await stack.query(
      `mutation ($id: ID!) { advanceWarning(warningId: $id, to: ASSESSED, note: "同事已研判") { status } }`,
      { id: liWarning.id },
      callerFor(["counselor"], colleague.id, "张伟"),
    );
    expect(elsewhere.errors).toBeUndefined();

    // The page still offers 研判; the server refuses it, and the page says why and re-reads the warning.
    await panel.getByLabel("说明").first().fill("已研判");
    await panel.getByRole("button", { name: "推进到“已研判”" }).click();
    const refusal = panel.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await refusal.textContent()).toContain("无法执行");
    await expect.poll(() => row.locator("[data-stage]").textContent()).toBe("已研判");
    await expect.poll(() => panel.textContent()).toContain("张伟：已分派 → 已研判");
    await screenshot(page, "14-queue-refused-zh");
  });

  it("closes a tracking warning with its outcome", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", "/warnings");
    await expect.poll(() => counter(page, "open")).toBe("4");
    const row = queueRow(page, sunWarning.id);
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${sunWarning.id}"]`);
    const close = panel.locator('form[data-action="close"]');
    await pickOption(close.getByLabel("处理结果"), "转帮扶个案");
    await close.getByLabel("说明").fill("已纳入帮扶个案，由专班跟进");
    await close.getByRole("button", { name: "关闭预警" }).click();
    await expect.poll(() => row.locator("[data-stage]").textContent()).toBe("已关闭");
    await expect.poll(() => panel.locator("[data-outcome]").textContent()).toBe("转帮扶个案");
    expect(await panel.textContent()).toContain("该预警已关闭");
    expect(await panel.textContent()).toContain("陈晓燕：追踪中 → 已关闭");
    expect(await panel.locator("form").count()).toBe(0);
    await expect.poll(() => counter(page, "open")).toBe("3");
  });

  it("offers a grid leader no action on a warning, and shows the summary restricted in place", async () => {
    const { page } = await openPage();
    await signInAs(page, "grid-leader");
    // Not their duty: the queue is not in their navigation, but the address still works and shows what they may see.
    expect(
      await page
        .getByRole("navigation", { name: "主导航" })
        .getByRole("link", { name: "预警工作台" })
        .count(),
    ).toBe(0);
    await page.goto(`${stack.gateway.url}/warnings`);
    await expect.poll(() => queueNames(page)).toContain("赵思远");
    const row = queueRow(page, zhaoWarning.id);
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${zhaoWarning.id}"]`);
    await expect
      .poll(() => panel.locator('.warning-panel__summary[data-restricted="true"]').count())
      .toBe(1);
    expect(await panel.locator(".warning-panel__summary").textContent()).toBe("无权查看");
    expect(await panel.textContent()).not.toContain(zhaoWarning.summary);

    // The server says what the caller may do (availableActions): a grid leader may do nothing here,
    // so nothing is offered (the mutation itself is refused with FORBIDDEN: the access matrix).
    await expect.poll(() => panel.textContent()).toContain("暂无谈心谈话记录");
    expect(await panel.getByRole("button", { name: "分派给我" }).count()).toBe(0);
    expect(await panel.locator("[data-action]").count()).toBe(0);
    expect(await row.locator("[data-stage]").textContent()).toBe("待处理");
    await screenshot(page, "15-queue-forbidden-zh");

    // The case page: the student's difficulty and the grading are not a grid leader's to read.
    await page.goto(`${stack.gateway.url}/cases/${sunCase.id}`);
    await page.getByRole("heading", { level: 1, name: "孙欣然 的帮扶个案" }).waitFor();
    expect(await page.locator(".case-header__summary").textContent()).toBe("无权查看");
    await expect
      .poll(() => section(page, "grading").locator('[data-restricted="true"]').count())
      .toBeGreaterThan(0);
    expect(await section(page, "grading").textContent()).not.toContain("家庭负债");
    expect(await section(page, "task-force").textContent()).toContain("刘文博");
  });

  it("lists the overdue measure on the 督办 board and shows the case: task force, plan, grading", async () => {
    // The supervision run (督办), as the platform's scheduler would: overdue since 2024, it reaches every tier.
    const run = await stack.query<{ escalateOverdueMeasures: { escalated: number } }>(
      `mutation { escalateOverdueMeasures { escalated } }`,
    );
    expect(run.errors).toBeUndefined();
    expect(run.data?.escalateOverdueMeasures.escalated).toBe(3);
    const { page } = await openPage();
    await signInAs(page, "counselor");
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "帮扶个案" })
      .click();
    await page.getByRole("heading", { level: 1, name: "帮扶个案" }).waitFor();
    const board = section(page, "overdue-board");
    await expect
      .poll(() => board.locator(`tr[data-measure="${overdueMeasure.id}"]`).count())
      .toBe(1);
    expect(await board.locator("tbody tr").count()).toBe(1);
    const boardRow = await textOf(board.locator(`tr[data-measure="${overdueMeasure.id}"]`));
    for (const text of ["孙欣然", "每周一次学业辅导", "刘文博", "2024年12月1日", "计划中", "学校"])
      expect(boardRow).toContain(text);
    expect(
      await board
        .locator(`tr[data-measure="${overdueMeasure.id}"] [data-tier]`)
        .getAttribute("data-tier"),
    ).toBe("UNIVERSITY");
    await expect
      .poll(() => section(page, "cases").locator(`tr[data-case="${sunCase.id}"]`).count())
      .toBe(1);
    expect(
      await section(page, "cases").locator(`tr[data-case="${sunCase.id}"]`).textContent(),
    ).toContain("帮扶中");
    await screenshot(page, "16-cases-board-zh");

    await board.getByRole("link", { name: "孙欣然" }).click();
    await page.getByRole("heading", { level: 1, name: "孙欣然 的帮扶个案" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${sunCase.id}`);
    const header = await textOf(page.locator(".case-header"));
    for (const text of [
      "帮扶中",
      "经济困难",
      "预警转入",
      "家庭突发变故，需经济与学业帮扶",
      sun.number,
    ])
      expect(header).toContain(text);

    const grading = await textOf(section(page, "grading"));
    for (const text of [
      "家庭遭受突发变故或自然灾害",
      "多子女同时就学",
      "家庭负债",
      "40",
      "困难",
      "陈晓燕",
      "张伟",
    ])
      expect(grading).toContain(text);

    const lead = section(page, "task-force").locator('[data-lead="true"]');
    expect(await lead.count()).toBe(1);
    expect(await lead.textContent()).toContain("陈晓燕");
    expect(await lead.textContent()).toContain("专班负责人");
    expect(await lead.textContent()).toContain("统筹协调");
    expect(await section(page, "task-force").textContent()).toContain("学业帮扶");

    const plan = section(page, "plan");
    expect(await plan.locator("tbody tr").count()).toBe(3);
    const overdueRow = plan.locator(`tr[data-measure="${overdueMeasure.id}"]`);
    expect(await overdueRow.getAttribute("data-overdue")).toBe("true");
    expect(await overdueRow.getAttribute("class")).toContain("measure--overdue");
    expect(await plan.locator('tr[data-overdue="true"]').count()).toBe(1);
    for (const text of ["每周一次学业辅导", "刘文博", "学业帮扶", "已逾期"])
      expect(await overdueRow.textContent()).toContain(text);
    expect(await plan.textContent()).toContain("已完成");
    await screenshot(page, "17-case-zh");
  });

  it("works the case: adds a measure, marks the overdue one done, reviews and closes, each step in the history", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "counselor", `/cases/${sunCase.id}`);
    await page.getByRole("heading", { level: 1, name: "孙欣然 的帮扶个案" }).waitFor();
    const plan = section(page, "plan");
    await expect.poll(() => plan.locator("tbody tr").count()).toBe(3);

    const addMeasure = page.locator('form[data-action="addMeasure"]');
    await addMeasure.getByLabel("帮扶措施").fill("每两周一次谈心谈话");
    await pickOption(addMeasure.getByLabel("责任人"), "刘文博");
    await addMeasure.getByLabel("职责").fill("谈心谈话");
    await addMeasure.getByRole("button", { name: "添加措施" }).click();
    await expect.poll(() => plan.locator("tbody tr").count()).toBe(4);
    expect(await plan.textContent()).toContain("每两周一次谈心谈话");

    const overdueRow = plan.locator(`tr[data-measure="${overdueMeasure.id}"]`);
    await overdueRow.getByRole("button", { name: "标记完成" }).click();
    await expect
      .poll(() => overdueRow.locator("[data-measure-status]").textContent())
      .toBe("已完成");
    await expect.poll(() => plan.locator('tr[data-overdue="true"]').count()).toBe(0);

    // A review needs a note (the server's rule too): the form says so beside the field and sends nothing.
    const review = page.locator('form[data-action="review"]');
    await review.getByRole("button", { name: "提交复核" }).click();
    await expect.poll(() => fieldError(review.getByLabel("复核意见"))).toContain("请输入复核意见");
    expect(posts.filter((p) => p.operationName === "ReviewAssistanceCase")).toHaveLength(0);
    expect(await page.locator("[data-case-status]").textContent()).toBe("帮扶中");

    await review.getByLabel("复核意见").fill("学业辅导已落实，助学金申请进行中");
    await review.getByRole("button", { name: "提交复核" }).click();
    await expect.poll(() => page.locator("[data-case-status]").textContent()).toBe("已复核");
    await expect
      .poll(() => section(page, "history").textContent())
      .toContain("陈晓燕：帮扶中 → 已复核");

    const close = page.locator('form[data-action="close"]');
    await pickOption(close.getByLabel("处理结果"), "有改善");
    await close.getByRole("button", { name: "结案" }).click();
    await expect.poll(() => page.locator("[data-case-status]").textContent()).toBe("已结案");
    await expect
      .poll(() => section(page, "history").textContent())
      .toContain("陈晓燕：已复核 → 已结案");
    expect(await page.locator(".case-header").textContent()).toContain("结果：有改善");
    expect(await section(page, "actions").textContent()).toContain("该个案已结案");
    await screenshot(page, "18-case-closed-zh");

    // The board no longer lists the measure that was done.
    await page.getByRole("link", { name: /返回帮扶个案列表/ }).click();
    await expect
      .poll(() => section(page, "overdue-board").textContent())
      .toContain("没有逾期的帮扶措施");
    expect(pageErrors()).toEqual([]);
  });

  it("links the profile's cases to the case page, and switches the case page to English", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", `/people/${sun.id}`);
    await page.getByRole("heading", { level: 1, name: "孙欣然" }).waitFor();
    const cases = section(page, "cases");
    await expect.poll(() => cases.locator(`[data-case="${sunCase.id}"]`).count()).toBe(1);
    await cases.getByRole("link", { name: "经济困难" }).click();
    await page.getByRole("heading", { level: 1, name: "孙欣然 的帮扶个案" }).waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Assistance case: 孙欣然" }).waitFor();
    for (const heading of [
      "Difficulty grading",
      "Task force",
      "Plan (one student, one plan)",
      "History",
    ])
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    const text = await textOf(page.locator("main"));
    for (const label of [
      "Closed",
      "Economic difficulty",
      "From a warning",
      "Lead",
      "Responsible",
      "Done",
      "Outcome: Improved",
      "Back to the assistance cases",
    ])
      expect(text).toContain(label);
    expect(text).not.toContain("帮扶专班");
    await screenshot(page, "19-case-en");

    await page.goto(`${stack.gateway.url}/warnings`);
    await page.getByRole("heading", { level: 1, name: "Warning queue" }).waitFor();
    await expect
      .poll(() => page.locator("[data-counter] .counter__label").allTextContents())
      .toEqual(["Open", "Assigned to me", "Overdue", "Due today"]);
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 1, name: "预警工作台" }).waitFor();
    expect(pageErrors()).toEqual([]);
  });

  it("shows an escalated warning answerable to the college, with the missed stage in its history", async () => {
    // Zhao's red warning is still unassigned, 20 hours past its 4-hour deadline: the escalation run
    // raises it a level (and the other floor's red warning, which the counselor does not see).
    const run = await stack.query<{ escalateOverdueWarnings: { escalated: number } }>(
      `mutation { escalateOverdueWarnings { escalated } }`,
    );
    expect(run.errors).toBeUndefined();
    expect(run.data?.escalateOverdueWarnings.escalated).toBe(2);

    const { page } = await openPage();
    await signInAs(page, "counselor", "/warnings");
    const row = queueRow(page, zhaoWarning.id);
    await expect.poll(() => row.locator("[data-tier]").getAttribute("data-tier")).toBe("COLLEGE");
    expect(await row.locator("[data-tier]").textContent()).toBe("书院·学院");
    // Its stage's clock started again, so it is no longer overdue; nothing in the queue is.
    expect(await row.locator('.due[data-overdue="true"]').count()).toBe(0);
    await expect.poll(() => counter(page, "overdue")).toBe("0");
    await row.getByRole("button", { name: "处理" }).click();
    const panel = page.locator(`[data-panel="${zhaoWarning.id}"]`);
    await expect
      .poll(() => panel.textContent())
      .toContain("“待处理”阶段逾期，由辅导员上报至书院·学院");
    await screenshot(page, "20-queue-escalated-zh");
  });
});
