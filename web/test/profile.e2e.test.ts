/**
 * The web app in a real browser against the real platform: four subgraphs on a fresh database,
 * the gateway serving web/dist, development sign-in. Nothing is mocked. Build the app first
 * (`npm run build` in web/; `npm test` at the root does).
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
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { callerFor } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";

// ---- the campus slice the test looks at ----
/** GraphiQL's query editor: a CodeMirror 5 instance hangs off its wrapper element. */
type CodeMirrorElement = HTMLElement & {
  CodeMirror: { getValue: () => string; setValue: (value: string) => void };
};

const b = new DatasetBuilder("web-e2e");
const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
const generalBranch = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
});
const jointBranch = b.orgUnit({
  name: "彭康书院第三师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: generalBranch.id,
});
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({
  name: "彭康5号楼",
  campusId: campus.id,
  floors: 6,
  collegeId: college.id,
});
const grid = b.grid({
  name: "彭康5号楼三层网格",
  buildingId: building.id,
  branchId: jointBranch.id,
});
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 3, number: "312" });
const wang = b.student({
  name: "王子涵",
  schoolId: school.id,
  collegeId: college.id,
  politicalStatus: "ACTIVIST",
  phone: "13800000001",
  familyAnnualIncome: 36000,
});
const li = b.student({
  name: "李浩然",
  schoolId: school.id,
  collegeId: college.id,
  phone: "13800000002",
  familyAnnualIncome: 18000,
});
b.residence(wang, room, { bed: "2", movedInOn: "2024-09-01" });
b.residence(li, room, { bed: "3", movedInOn: "2024-09-01" });
const course = b.course({
  code: "FF01",
  title: "校史校情：西迁精神",
  category: "FRESHMAN_FORMATION",
});
const session = b.session(course, { location: "彭康书院活动室101" });
b.enrolment(wang, session);
const wangWarning = b.warning(wang, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "OPEN",
  summary: "本学期不及格学分达到预警线",
});
const liWarning = b.warning(li, {
  category: "FINANCIAL",
  level: "ORANGE",
  status: "ASSIGNED",
  summary: "校园卡月消费明显低于同院均值",
});
// Enough further students that the list needs "load more" (a page is 20).
const surnames = "赵钱孙周吴郑冯陈卫蒋沈韩杨朱秦许何吕施张孔曹严";
// They live off campus, in the counselor's class: a counselor's list holds only the students their duty covers.
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const others: PersonSeed[] = [...surnames].map((s, i) =>
  b.student({
    name: `${s}${["雨桐", "浩宇", "思远", "欣然"][i % 4]}`,
    schoolId: school.id,
    collegeId: college.id,
    classId: klass.id,
  }),
);
const counselor = b.staff({ name: "陈晓燕", schoolId: school.id });
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
// A grid leader's duty is reaching students (CONTACT), not their families' finances or warnings' details.
const gridLeader = b.staff({ name: "周建国", schoolId: school.id });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
const dataset = b.build();
const studentCount = 2 + others.length;

const devUsers = [
  { key: "counselor", name: "陈晓燕", personId: counselor.id, roles: ["counselor" as const] },
  { key: "student", name: "李浩然", personId: li.id, roles: ["student" as const] },
  { key: "grid-leader", name: "周建国", personId: gridLeader.id, roles: ["grid_leader" as const] },
];

describe("the web app, in a browser, against the whole platform", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  const pageErrors = () => browser.pageErrors;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset, webDir, devUsers });
    browser = await launchBrowser();
  });

  let curriculumStopped = false;

  afterAll(async () => {
    await browser?.close();
    if (!stack) return;
    if (!curriculumStopped) return stack.stop();
    // The last test stopped curriculum already; stop the rest.
    await stack.gateway.stop();
    await Promise.all(
      Object.entries(stack.subgraphs)
        .filter(([name]) => name !== "curriculum")
        .map(([, s]) => s.stop()),
    );
    await stack.database.drop();
  });

  const openPage = () => browser.openPage();
  const signInAs = (page: Page, user: string, at?: string) =>
    signIn(page, stack.gateway.url, user, at);

  it("signs in as a counselor, finds a student and shows all four subgraphs' data from ONE request", async () => {
    const { page, posts } = await openPage();
    await page.goto(stack.gateway.url);
    await page.getByText("以演示身份登录").waitFor();
    await expect.poll(() => page.getByText("校园统一身份认证（SSO）").count()).toBe(1);
    await screenshot(page, "01-sign-in-zh");
    await page.locator('button[data-user="counselor"]').click();
    // A counselor lands on their workbench; the student list is one entry of their menu.
    await page.getByRole("heading", { level: 1, name: "工作台" }).waitFor();
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "学生" })
      .click();
    await page.getByRole("heading", { level: 1, name: "学生" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/students");
    await expect.poll(() => page.locator(".session__name").textContent()).toBe("陈晓燕");
    await expect
      .poll(() => page.locator(".result-count").textContent())
      .toContain(`共 ${studentCount} 名学生`);

    await page.getByLabel("搜索学生").fill("王子");
    await expect.poll(() => page.locator("table tbody tr").count()).toBe(1);
    expect(await page.locator("table tbody").textContent()).toContain(wang.number);
    await screenshot(page, "02-list-search-zh");

    await page.getByRole("link", { name: "王子涵" }).click();
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${wang.id}`);

    const identity = section(page, "identity");
    await expect.poll(() => identity.textContent()).toContain(wang.number);
    const identityText = await textOf(identity);
    for (const text of [
      "基本信息",
      "电气工程学院",
      "彭康书院",
      "入党积极分子",
      "本科生",
      "2024 级",
    ])
      expect(identityText).toContain(text);

    const residenceText = await textOf(section(page, "residence"));
    for (const text of [
      "住宿与网格",
      "彭康5号楼",
      "312",
      "3 层",
      "2 号床",
      "彭康5号楼三层网格",
      "彭康书院第三师生联合党支部",
    ])
      expect(residenceText).toContain(text);

    const enrolmentsText = await textOf(section(page, "enrolments"));
    for (const text of [
      "课程",
      "校史校情：西迁精神",
      "FF01",
      "新生养成教育",
      "彭康书院活动室101",
      "已报名",
    ])
      expect(enrolmentsText).toContain(text);

    const warningsText = await textOf(section(page, "warnings"));
    for (const text of ["预警", wangWarning.summary, "黄色预警", "学业", "待处理"])
      expect(warningsText).toContain(text);

    // The counselor's duty covers this grid: phone and family income are shown, and said to be audited.
    const contactText = await textOf(section(page, "contact"));
    for (const text of [
      "联系方式与资助信息",
      "13800000001",
      "36,000 元/年",
      "每次查看都会留下记录",
    ])
      expect(contactText).toContain(text);
    // Who viewed a student's data is for the student and auditors, so the counselor has no such section.
    expect(await section(page, "access-records").count()).toBe(0);

    // Nothing was refused or missing, so no section shows a notice.
    expect(await page.locator("[data-notice]").count()).toBe(0);
    await screenshot(page, "03-profile-zh");

    // The whole profile came from one POST /graphql, through the gateway.
    await page.waitForTimeout(300);
    const profilePosts = posts.filter((p) => p.operationName === "StudentProfile");
    expect(profilePosts).toHaveLength(1);
    expect(profilePosts[0]?.query).toContain("fragment WarningsSection_person on Person");
    expect(pageErrors()).toEqual([]);
  });

  it("shows Chinese dates in campus time and Chinese numbers in a browser set to American English in New York", async () => {
    const { page } = await browser.openPage({ locale: "en-US", timezoneId: "America/New_York" });
    await signInAs(page, "counselor");
    expect(await page.evaluate(() => navigator.language)).toBe("en-US");
    await page.goto(`${stack.gateway.url}/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();
    // The app's language is its own choice (Chinese by default), not the browser's, and so are
    // the formats: the warning's raising as 年/月/日 in Beijing time, the income grouped as in Chinese.
    const raised = section(page, "warnings").locator("time").first();
    const at = new Date((await raised.getAttribute("datetime")) ?? "");
    expect(at.getTime()).toBe(new Date(wangWarning.raisedAt).getTime());
    const campusTime = new Intl.DateTimeFormat("zh-CN", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Shanghai",
    }).format(at);
    expect(campusTime).toMatch(/年.*月.*日/);
    expect(await textOf(raised)).toBe(campusTime);
    const browserTime = new Intl.DateTimeFormat("en-US", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "America/New_York",
    }).format(at);
    expect(await textOf(raised)).not.toBe(browserTime);
    expect(await textOf(section(page, "contact"))).toContain("36,000 元/年");
  });

  it("switches to English, labels and enum values included, and keeps the choice", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", `/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();
    await expect.poll(() => section(page, "warnings").textContent()).toContain("黄色预警");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Identity" }).waitFor();
    for (const heading of ["Residence & grid", "Courses", "Warnings"])
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const text = await textOf(page.locator("main"));
    for (const label of [
      "Student number",
      "Party activist",
      "Undergraduate",
      "Freshman formation",
      "Enrolled",
      "Yellow",
      "Academic",
      "Open",
      "Back to the student list",
    ]) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain("黄色预警");
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(1);
    await screenshot(page, "04-profile-en");

    // Persisted: a reload stays in English.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Warnings" }).waitFor();
    await page.getByRole("link", { name: /Back to the student list/ }).click();
    await page.getByRole("heading", { level: 1, name: "Students" }).waitFor();
    await expect
      .poll(() => page.locator(".result-count").textContent())
      .toContain(`${studentCount} students`);
    await screenshot(page, "05-list-en");

    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 1, name: "学生" }).waitFor();
  });

  it("pages through the students with “load more”", async () => {
    const { page, posts } = await openPage();
    await signInAs(page, "counselor", "/students");
    await expect.poll(() => page.locator("table tbody tr").count()).toBe(20);
    await page.getByRole("button", { name: "加载更多" }).click();
    await expect.poll(() => page.locator("table tbody tr").count()).toBe(studentCount);
    expect(await page.getByRole("button", { name: "加载更多" }).count()).toBe(0);
    const lists = posts.filter((p) => p.operationName === "StudentList");
    expect(lists).toHaveLength(2);
    const names = await page.locator("table tbody th").allTextContents();
    expect(new Set(names).size).toBe(studentCount);
  });

  it("shows a student another student's profile with the warnings refused (无权查看) and the rest intact", async () => {
    const { page } = await openPage();
    await signInAs(page, "student", `/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();

    const warnings = section(page, "warnings");
    await expect.poll(() => warnings.locator('[data-notice="forbidden"]').count()).toBe(1);
    expect(await warnings.textContent()).toContain("无权查看");
    expect(await warnings.textContent()).not.toContain(wangWarning.summary);
    expect(await section(page, "identity").textContent()).toContain(wang.number);
    expect(await section(page, "identity").locator("[data-notice]").count()).toBe(0);
    // Where another student lives is not a student's to know (SECURITY.md, RESIDENCE).
    const residence = section(page, "residence");
    await expect.poll(() => residence.locator('[data-notice="forbidden"]').count()).toBe(1);
    expect(await residence.textContent()).not.toContain("彭康5号楼三层网格");
    expect(await residence.textContent()).not.toContain("312");
    await screenshot(page, "06-profile-forbidden-zh");

    // Their own profile shows their own warning.
    await page.goto(`${stack.gateway.url}/people/${li.id}`);
    await page.getByRole("heading", { level: 1, name: "李浩然" }).waitFor();
    await expect.poll(() => section(page, "warnings").textContent()).toContain(liWarning.summary);
    expect(await section(page, "warnings").textContent()).toContain("橙色预警");
    // Their own room, and who looks after them.
    const own = await textOf(section(page, "residence"));
    for (const text of ["312", "3 号床", "彭康5号楼三层网格", "辅导员 陈晓燕", "网格长 周建国"])
      expect(own).toContain(text);

    // No campus directory: the student list holds only themselves, and says why.
    await page.goto(`${stack.gateway.url}/students`);
    await page.locator("[data-self-only]").waitFor();
    await expect.poll(() => page.locator("table tbody th").allTextContents()).toEqual(["李浩然"]);
  });

  it("shows a grid leader the phone but not the family income or warning summaries, each marked 无权查看 in place", async () => {
    const { page } = await openPage();
    await signInAs(page, "grid-leader", `/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();

    const contact = section(page, "contact");
    await expect.poll(() => contact.textContent()).toContain("13800000001");
    expect(await contact.locator('[data-restricted="true"]').count()).toBe(1);
    expect(await contact.textContent()).not.toContain("36,000");
    const warnings = section(page, "warnings");
    expect(await warnings.textContent()).toContain("黄色预警");
    expect(await warnings.textContent()).toContain("摘要无权查看");
    expect(await warnings.textContent()).not.toContain(wangWarning.summary);
    // Refusals of single fields are shown where they apply, not as a section's notice.
    expect(await page.locator("[data-notice]").count()).toBe(0);
    await screenshot(page, "06b-profile-grid-leader-zh");
  });

  it("shows a student who viewed their sensitive data, with reader, field and purpose", async () => {
    // The counselor reads Li's phone through the gateway, as any client would.
    const read = await stack.query<{ person: { phone: string } }>(
      `query CounselorReadsPhone($id: ID!) { person(id: $id) { phone } }`,
      { id: li.id },
      callerFor(["counselor"], counselor.id, "陈晓燕"),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.person.phone).toBe("13800000002");

    const { page } = await openPage();
    await signInAs(page, "student", `/people/${li.id}`);
    await page.getByRole("heading", { level: 1, name: "李浩然" }).waitFor();
    expect(await section(page, "contact").textContent()).toContain("13800000002");
    const records = section(page, "access-records");
    await expect
      .poll(() => records.locator('[data-access-record="Person.phone"]').count())
      .toBeGreaterThan(0);
    const row = await textOf(
      records.locator('tr[data-access-record="Person.phone"]', { hasText: "陈晓燕" }).first(),
    );
    for (const text of ["陈晓燕", "手机号码", "联系学生"]) expect(row).toContain(text);
    await screenshot(page, "06c-access-records-zh");
  });

  it("shows not-found for an unknown person, and returns to sign-in when the gateway refuses the token", async () => {
    const { page } = await openPage();
    await signInAs(page, "counselor", "/people/00000000-0000-4000-8000-000000000000");
    await page.getByRole("heading", { level: 1, name: "未找到该人员" }).waitFor();
    await page.goto(`${stack.gateway.url}/people/not-an-id`);
    await page.getByRole("heading", { level: 1, name: "未找到该人员" }).waitFor();

    await page.evaluate(() => sessionStorage.setItem("campus.token", "not-a-token"));
    await page.goto(stack.gateway.url);
    await page.getByRole("heading", { level: 1, name: "以演示身份登录" }).waitFor();
    await expect.poll(() => page.getByText("登录已失效，请重新登录。").count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem("campus.token"))).toBeNull();
  });

  it("runs a query in GraphiQL at /graphiql with the signed-in token", async () => {
    const { page, posts } = await openPage();
    await page.goto(`${stack.gateway.url}/graphiql`);
    await page.getByRole("link", { name: "前往登录" }).waitFor();

    await signInAs(page, "counselor", "/graphiql");
    await page.locator(".graphiql-container").waitFor();
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.waitFor();
    await expect
      .poll(() => editor.evaluate((el: CodeMirrorElement) => el.CodeMirror.getValue()))
      .toContain("people(first: 10, filter: { kind: STUDENT })");

    await editor.evaluate(
      (el: CodeMirrorElement, id) =>
        el.CodeMirror.setValue(
          `query OnePerson {\n  person(id: "${id}") {\n    name\n    number\n    college { name }\n  }\n}\n`,
        ),
      wang.id,
    );
    // GraphiQL reads the edited document after a short debounce; the tab is titled by the operation once it has.
    await expect
      .poll(() => page.locator(".graphiql-tab-active").textContent())
      .toContain("OnePerson");
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".result-window");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain("王子涵");
    expect(await result.textContent()).toContain("彭康书院");
    await screenshot(page, "07-graphiql");
    expect(posts.some((p) => p.operationName === "OnePerson")).toBe(true);
  });

  // Last: it stops a subgraph for good.
  it("keeps showing the profile when curriculum is down, with 暂时无法获取 in the courses section only", async () => {
    const curriculum = stack.subgraphs.curriculum;
    if (!curriculum) throw new Error("the stack runs no curriculum subgraph");
    await curriculum.stop();
    curriculumStopped = true;
    const { page, posts } = await openPage();
    await signInAs(page, "counselor", `/people/${wang.id}`);
    await page.getByRole("heading", { level: 1, name: "王子涵" }).waitFor();

    const enrolments = section(page, "enrolments");
    await expect.poll(() => enrolments.locator('[data-notice="unavailable"]').count()).toBe(1);
    expect(await enrolments.textContent()).toContain("暂时无法获取");
    expect(await enrolments.textContent()).not.toContain(course.title);
    expect(await section(page, "residence").textContent()).toContain("彭康5号楼三层网格");
    expect(await section(page, "warnings").textContent()).toContain(wangWarning.summary);
    // Only the courses section says anything is missing.
    expect(await page.locator("[data-notice]").count()).toBe(1);
    expect(posts.filter((p) => p.operationName === "StudentProfile")).toHaveLength(1);
    await screenshot(page, "08-profile-curriculum-down-zh");
    expect(pageErrors()).toEqual([]);
  });
});
