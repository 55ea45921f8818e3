/**
 * The task-force editor (专班) on the case page and the administrator's warning rules (预警规则), in a
 * real browser against the real platform: the subgraphs run on a fresh database seeded from the
 * dataset below (the evaluation seed adds its four demo rules, published by the dataset's first
 * member of staff, and a term of indicator history), the gateway serves web/dist, and every step is
 * a real request through the gateway. Build the app first.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  chosenOption,
  confirmPopup,
  fieldError,
  launchBrowser,
  screenshot,
  section,
  signInAs as signIn,
  textOf,
  webDir,
  type BrowserHarness,
} from "./browser";
import { DatasetBuilder } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { callerFor, expectData } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

const DAY = 86_400_000;
/** A campus date `days` ago, `YYYY-MM-DD`. */
const campusDateAgo = (days: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() - days * DAY));

const b = new DatasetBuilder("web-admin");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
// The first member of staff: the seed's rules are published by them, so they are the administrator.
const admin = b.staff({ name: "马建华", schoolId: school.id });
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
const room = b.room({
  buildingId: building.id,
  gridId: grid.id,
  floor: 3,
  number: "312",
  capacity: 8,
});
let beds = 0;
const student = (name: string) => {
  const person = b.student({ name, schoolId: school.id, collegeId: college.id });
  b.residence(person, room, { bed: String(++beds) });
  return person;
};
// The seed's indicator history makes every twelfth student, from the first, fail 10 credits in 180 days.
const wang = student("王子涵");
const zhao = student("赵思远");
const li = student("李浩然");
const sun = student("孙欣然");

const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
const tutor = b.staff({ name: "刘文博", schoolId: school.id });
b.staff({ name: "刘海洋", schoolId: school.id });

const sunCase = b.assistanceCase(sun, counselor, {
  summary: "家庭突发变故，需经济与学业帮扶",
  status: "ASSISTING",
  source: "COUNSELOR",
  kind: "ACADEMIC",
});
b.taskForceMember(sunCase, counselor, { duty: "统筹协调", lead: true });
const zhaoWarning = b.warning(zhao, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
});
const dataset = b.build();
// A warning about someone people never knew (an older row, stored before references were checked):
// the queue must still show every other row and say this one's person is unknown.
const danglingWarningId = randomUUID();
dataset.warnings.push({
  ...zhaoWarning,
  id: danglingWarningId,
  personId: randomUUID(),
});

const devUsers = [
  { key: "admin", name: "马建华", personId: admin.id, roles: ["admin" as const] },
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "student", name: "王子涵", personId: wang.id, roles: ["student" as const] },
];
const asAdmin = callerFor(["admin"], admin.id, "马建华");
const RULE = "ACADEMIC_FAILED_CREDITS";

describe("the task-force editor and the warning rules, in a browser, against the whole platform", () => {
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

  it("adds a staff member found by name to the task force, makes them lead, and refuses to remove the lead of a case being assisted", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor", `/cases/${sunCase.id}`);
    await page.getByRole("heading", { level: 1, name: "孙欣然 的帮扶个案" }).waitFor();
    const panel = section(page, "task-force");
    await expect.poll(() => panel.locator("li[data-member]").count()).toBe(1);

    const add = panel.locator('form[data-action="addTaskForceMember"]');
    await add.getByLabel("搜索教职工").fill("刘");
    // Staff only, by the start of the name: both 刘, not the students.
    await expect.poll(() => add.locator("[data-staff]").count()).toBe(2);
    await add.getByRole("button", { name: "选择 刘文博" }).click();
    expect(await add.locator("[data-picked]").textContent()).toContain(`刘文博（${tutor.number}）`);
    await add.getByLabel("职责").fill("学业帮扶");
    await add.getByRole("button", { name: "添加到专班" }).click();
    const tutorRow = panel.locator(`li[data-member="${tutor.id}"]`);
    await tutorRow.waitFor();
    expect(await tutorRow.textContent()).toContain("学业帮扶");
    expect(await tutorRow.getAttribute("data-lead")).toBeNull();
    const history = panel.locator(".task-force__history");
    await expect.poll(() => history.textContent()).toContain("陈晓燕：刘文博 加入专班");

    // Already on it: offered no more.
    await add.getByLabel("搜索教职工").fill("刘文");
    await expect.poll(() => add.locator(`[data-staff="${tutor.id}"]`).isDisabled()).toBe(true);
    await add.getByLabel("搜索教职工").fill("");

    await tutorRow.getByRole("button", { name: "设为负责人" }).click();
    await expect.poll(() => tutorRow.getAttribute("data-lead")).toBe("true");
    expect(
      await panel.locator(`li[data-member="${counselor.id}"]`).getAttribute("data-lead"),
    ).toBeNull();
    expect(await tutorRow.textContent()).toContain("专班负责人");
    await expect.poll(() => history.textContent()).toContain("陈晓燕：刘文博 任专班负责人");
    expect(await history.textContent()).toContain("陈晓燕：陈晓燕 卸任专班负责人");
    expect(await history.locator('[data-change="MADE_LEAD"]').count()).toBeGreaterThanOrEqual(1);

    // The lead of an ASSISTING case cannot leave: the server refuses, and the page says why.
    await tutorRow.getByRole("button", { name: "移出专班" }).click();
    await confirmPopup(page, "确认移出");
    const refusal = tutorRow.locator("[data-action-error]");
    await refusal.waitFor();
    expect(await refusal.getAttribute("data-action-error")).toBe("badInput");
    expect(await refusal.getAttribute("data-field")).toBe("memberId");
    expect(await refusal.textContent()).toContain("无法执行");
    expect(await refusal.textContent()).toContain("请检查：专班成员");
    // The server's English words wait behind the "details" toggle.
    const detail = refusal.getByText(/cannot leave/);
    expect(await detail.isVisible()).toBe(false);
    await refusal.getByText("详细信息（服务器原文）").click();
    await detail.waitFor();
    expect(await tutorRow.getAttribute("data-lead")).toBe("true");
    await screenshot(page, "21-task-force-refused-zh");

    // A member who does not lead (and has no open measures) can leave.
    await panel
      .locator(`li[data-member="${counselor.id}"]`)
      .getByRole("button", { name: "移出专班" })
      .click();
    await confirmPopup(page, "确认移出");
    await expect.poll(() => panel.locator(`li[data-member="${counselor.id}"]`).count()).toBe(0);
    await expect.poll(() => history.textContent()).toContain("陈晓燕：陈晓燕 移出专班");

    const stored = await stack.query<{
      assistanceCase: {
        taskForce: { lead: boolean; duty: string; member: { id: string } }[];
        taskForceChanges: { change: string; member: { id: string }; by: { id: string } }[];
      };
    }>(
      `query ($id: ID!) { assistanceCase(id: $id) { taskForce { lead duty member { id } } taskForceChanges { change member { id } by { id } } } }`,
      { id: sunCase.id },
      callerFor(["counselor"], counselor.id, "陈晓燕"),
    );
    expect(stored.errors).toBeUndefined();
    const { assistanceCase } = expectData(stored);
    expect(assistanceCase.taskForce).toEqual([
      { lead: true, duty: "学业帮扶", member: { id: tutor.id } },
    ]);
    const mine = assistanceCase.taskForceChanges
      .filter((c) => c.by.id === counselor.id)
      .map((c) => `${c.member.id === tutor.id ? "tutor" : "counselor"}:${c.change}`);
    expect(mine).toEqual([
      "tutor:JOINED",
      "counselor:STEPPED_DOWN",
      "tutor:MADE_LEAD",
      "counselor:LEFT",
    ]);
    expect(browser.pageErrors).toEqual([]);
  });

  it("lets an administrator backtest a rule, with the counts the API gives, and publish it as version 2", async () => {
    // Two more students fail credits this term (8 and 9): under a threshold of 8 they would be warned, under 10 not.
    const ingest = await stack.query<{
      ingestIndicators: { batch: { accepted: number; rejected: number } };
    }>(
      `mutation ($input: IngestIndicatorsInput!) { ingestIndicators(input: $input) { batch { accepted rejected } } }`,
      {
        input: {
          clientKey: "web-admin-failed-credits",
          records: [
            { personId: zhao.id, kind: "FAILED_CREDITS", value: 8, observedOn: campusDateAgo(20) },
            { personId: li.id, kind: "FAILED_CREDITS", value: 5, observedOn: campusDateAgo(60) },
            { personId: li.id, kind: "FAILED_CREDITS", value: 4, observedOn: campusDateAgo(10) },
          ],
        },
      },
      asAdmin,
    );
    expect(ingest.errors).toBeUndefined();
    expect(expectData(ingest).ingestIndicators.batch).toEqual({ accepted: 3, rejected: 0 });
    const rules = expectData(
      await stack.query<{ warningRules: { edges: { node: { id: string; code: string } }[] } }>(
        `{ warningRules(first: 10) { edges { node { id code } } } }`,
        {},
        asAdmin,
      ),
    );
    const ruleId = rules.warningRules.edges.find((e) => e.node.code === RULE)?.node.id;
    if (!ruleId) throw new Error(`no ${RULE} among the warning rules`);
    const direct = await stack.query<{
      backtestWarningRule: Record<string, number> & { students: { person: { id: string } }[] };
    }>(
      `query ($input: BacktestWarningRuleInput!) { backtestWarningRule(input: $input) { candidateCount currentCount both onlyCandidate onlyCurrent students { person { id } } } }`,
      {
        input: {
          ruleId,
          asOf: new Date().toISOString(),
          candidate: {
            windowDays: 180,
            conditions: [
              { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 8 },
            ],
          },
        },
      },
      asAdmin,
    );
    expect(direct.errors).toBeUndefined();
    const expected = expectData(direct).backtestWarningRule;
    // Wang (the seed's failing student) under both; Zhao (8) and Li (9) under the candidate only.
    expect(expected).toMatchObject({
      candidateCount: 3,
      currentCount: 1,
      both: 1,
      onlyCandidate: 2,
      onlyCurrent: 0,
    });

    const { page, posts } = await browser.openPage();
    await signInAs(page, "admin");
    await nav(page).getByRole("link", { name: "预警规则" }).click();
    await page.getByRole("heading", { level: 1, name: "预警规则" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/rules");
    await expect.poll(() => page.locator("[data-rule]").count()).toBe(4);
    expect(
      await page
        .locator("[data-rule]")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-rule"))),
    ).toEqual([
      "ACADEMIC_FAILED_CREDITS",
      "BEHAVIOUR_LATE_RETURNS",
      "FINANCIAL_LOW_SPENDING",
      "MENTAL_HEALTH_COUNSELLING_REFERRAL",
    ]);
    const card = page.locator(`[data-rule="${RULE}"]`);
    const cardText = await textOf(card);
    for (const text of [
      "不及格学分预警",
      RULE,
      "橙色预警",
      "学业",
      "启用",
      "第 1 版",
      "近 180 天",
      "近180天内：不及格学分合计 ≥ 10",
      "不及格学分 合计 ≥ 10",
      "马建华",
    ])
      expect(cardText).toContain(text);

    await card.getByRole("button", { name: "回测与调整" }).click();
    const form = card.locator(`form[data-backtest="${RULE}"]`);
    expect(await chosenOption(form.getByLabel("指标"))).toBe("不及格学分");
    expect(await chosenOption(form.getByLabel("统计方式"))).toBe("合计");
    expect(await chosenOption(form.getByLabel("比较"))).toBe("≥");
    expect(await form.getByLabel("统计窗口（天）").inputValue()).toBe("180");
    expect(await form.getByLabel("评估时间").inputValue()).not.toBe("");

    // An incomplete form is refused in place, before anything is sent.
    await form.getByLabel("阈值").fill("");
    await form.getByRole("button", { name: "运行回测" }).click();
    await expect.poll(() => fieldError(form.getByLabel("阈值"))).toContain("请输入阈值");
    expect(posts.filter((p) => p.operationName === "BacktestWarningRule")).toHaveLength(0);

    await form.getByLabel("阈值").fill("8");
    await expect.poll(() => fieldError(form.getByLabel("阈值"))).toBe("");
    await form.getByRole("button", { name: "运行回测" }).click();
    const result = form.locator("[data-backtest-result]");
    await result.waitFor();
    const count = (name: string) =>
      result.locator(`[data-count="${name}"] .counter__value`).textContent();
    for (const name of ["candidateCount", "currentCount", "both", "onlyCandidate", "onlyCurrent"])
      expect(await count(name), name).toBe(String(expected[name]));
    const rows = result.locator("tbody tr");
    expect(await rows.count()).toBe(expected.students.length);
    expect(
      await result.locator(`tr[data-student="${zhao.id}"]`).getAttribute("data-candidate"),
    ).toBe("true");
    expect(await result.locator(`tr[data-student="${zhao.id}"]`).getAttribute("data-current")).toBe(
      "false",
    );
    expect(await result.locator(`tr[data-student="${wang.id}"]`).getAttribute("data-current")).toBe(
      "true",
    );
    expect(await result.locator(`tr[data-student="${li.id}"]`).textContent()).toContain(li.number);
    await screenshot(page, "22-rules-backtest-zh");

    // A template naming a placeholder the conditions do not have: only the server knows; its
    // refusal names the field, and the form shows it beside that field. Nothing is published.
    const template = form.getByLabel("预警摘要模板");
    const goodTemplate = await template.inputValue();
    await template.fill("近{windowDays}天内{NO_SUCH_INDICATOR}达到预警线");
    await form.getByRole("button", { name: "发布为新版本" }).click();
    await expect.poll(() => fieldError(template)).toContain("未被接受");
    expect(await fieldError(template)).toContain("NO_SUCH_INDICATOR");
    expect(posts.filter((p) => p.operationName === "PublishWarningRuleVersion")).toHaveLength(1);
    expect(await form.locator("[data-action-error]").count()).toBe(0);
    expect(await card.locator("[data-current-version]").getAttribute("data-current-version")).toBe(
      "1",
    );
    await screenshot(page, "22b-rules-field-refused-zh");
    await template.fill(goodTemplate);
    await expect.poll(() => fieldError(template)).toBe("");

    // Publish the candidate: version 2 is current, version 1 kept among the earlier ones, and it records who.
    await form.getByRole("button", { name: "发布为新版本" }).click();
    // The publish and the rules' refetch are two round trips through the whole stack: on a loaded
    // CI machine they took longer than the 5 s default once.
    await expect
      .poll(() => card.locator("[data-current-version]").getAttribute("data-current-version"), {
        timeout: 20_000,
      })
      .toBe("2");
    expect(await form.locator('[data-action-done="publish"]').textContent()).toContain(
      "已发布第 2 版",
    );
    expect(await card.locator(".rule-card__description").first().textContent()).toBe(
      "近180天内：不及格学分合计 ≥ 8",
    );
    await card.getByText("历史版本（1）").click();
    expect(await card.locator('[data-version="1"]').textContent()).toContain("不及格学分合计 ≥ 10");
    const stored = await stack.query<{
      warningRule: {
        currentVersion: {
          version: number;
          conditions: { threshold: number }[];
          publishedBy: { id: string };
        };
        versions: { version: number }[];
      };
    }>(
      `query ($id: ID!) { warningRule(id: $id) { currentVersion { version conditions { threshold } publishedBy { id } } versions { version } } }`,
      { id: ruleId },
      asAdmin,
    );
    expect(stored.data?.warningRule.currentVersion).toEqual({
      version: 2,
      conditions: [{ threshold: 8 }],
      publishedBy: { id: admin.id },
    });
    expect(stored.data?.warningRule.versions.map((v) => v.version)).toEqual([1, 2]);

    // A student's name links to their profile.
    await result.getByRole("link", { name: "赵思远" }).click();
    await page.getByRole("heading", { level: 1, name: "赵思远" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${zhao.id}`);
    expect(browser.pageErrors).toEqual([]);
  });

  it("switches a rule off and on again", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin", "/rules");
    const card = page.locator('[data-rule="BEHAVIOUR_LATE_RETURNS"]');
    await card.getByRole("button", { name: "停用" }).click();
    await confirmPopup(page, "确认停用");
    await expect.poll(() => card.getAttribute("data-active")).toBe("false");
    expect(await card.locator("[data-rule-state]").textContent()).toBe("已停用");
    const stored = await stack.query<{
      warningRules: { edges: { node: { code: string; active: boolean } }[] };
    }>(`{ warningRules(first: 10) { edges { node { code active } } } }`, {}, asAdmin);
    expect(
      expectData(stored).warningRules.edges.find((e) => e.node.code === "BEHAVIOUR_LATE_RETURNS")
        ?.node.active,
    ).toBe(false);
    await card.getByRole("button", { name: "启用" }).click();
    await expect.poll(() => card.getAttribute("data-active")).toBe("true");
  });

  it("shows a counselor the rules to read only, without the link in their navigation, and refuses a student with 无权查看", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "counselor");
    expect(await nav(page).getByRole("link", { name: "预警规则" }).count()).toBe(0);
    // Staff may read the rules (the server's decision); only administrators are offered the actions.
    await page.goto(`${stack.gateway.url}/rules`);
    await page.getByRole("heading", { level: 1, name: "预警规则" }).waitFor();
    await expect.poll(() => page.locator("[data-rule]").count()).toBe(4);
    expect(await page.locator("[data-rule-action]").count()).toBe(0);

    const student = await browser.openPage();
    await signInAs(student.page, "student");
    expect(await nav(student.page).getByRole("link", { name: "预警规则" }).count()).toBe(0);
    await student.page.goto(`${stack.gateway.url}/rules`);
    await student.page.getByRole("heading", { level: 1, name: "预警规则" }).waitFor();
    const notice = student.page.locator('[data-notice="forbidden"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("无权查看");
    expect(await student.page.locator("[data-rule]").count()).toBe(0);
    await screenshot(student.page, "23-rules-forbidden-zh");
  });
  it("shows a warning whose person no longer resolves as an unknown person, and the rest of the queue as usual", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, "admin", "/warnings");
    const dangling = page.locator(`tr[data-warning="${danglingWarningId}"]`);
    await dangling.waitFor();
    await expect
      .poll(() => dangling.locator("[data-person-unknown]").textContent())
      .toContain("未知人员");
    await expect
      .poll(() => page.locator(`tr[data-warning="${zhaoWarning.id}"] th a`).textContent())
      .toBe("赵思远");
  });
});
