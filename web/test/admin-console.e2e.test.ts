/**
 * The audit console (审计台) and the administration console (管理台), in a real browser against
 * the real platform loaded with the demo campus and its demo users: the counselor's reads of a
 * student's profile are found by the auditor by viewer, by student and by purpose, and exported
 * (the .xlsx read back); the administrator assigns a staff duty and ends it, registers and revokes
 * a service client, and runs a scheduled job now. Build the app first.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  confirmPopup,
  launchBrowser,
  pickPerson,
  screenshot,
  section,
  signInAs,
  webDir,
} from "./browser";
import { demoData } from "@campus/demo-data";
import { subgraphModules } from "@campus/platform";
import { callerFor, expectData } from "@campus/testkit";
import { startTestStack, type StackHarness } from "@campus/platform/stack";
import type { BrowserHarness } from "./browser";

const demo = demoData();
const userOf = (key: string) => {
  const user = demo.users.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
};
const counselor = userOf("counselor");
const asCounselor = callerFor(["counselor"], counselor.personId, counselor.name);

/** The rows the audit console shows: student and purpose, as the table shows them. */
const shownRows = (page: Page) =>
  page
    .locator("tr[data-access-record]")
    .evaluateAll((rows) =>
      rows.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")),
    );

/** Long enough for a shared, busy test machine. */
const POLL = { timeout: 10_000 };

/** Rows shown, each as wanted: a list still loading (none shown) is not yet the answer. */
const nonEmptyAndAll = (rows: string[][], wanted: (cells: string[]) => boolean) =>
  rows.length > 0 && rows.every(wanted);

describe("the audit and administration consoles, in a browser, against the demo campus", () => {
  let stack: StackHarness;
  let browser: BrowserHarness;
  let student = { id: "", name: "", number: "" };
  let counselorNumber = "";

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: demo.dataset,
      webDir,
      devUsers: demo.users,
    });
    browser = await launchBrowser();
    const mine = await stack.query<{
      people: { edges: { node: { id: string; name: string; number: string } }[] };
    }>(
      `query CounselorsStudent { people(first: 1, filter: { kind: STUDENT }) { edges { node { id name number } } } }`,
      {},
      asCounselor,
    );
    const first = expectData(mine).people.edges[0]?.node;
    if (!first) throw new Error("the demo counselor covers no student");
    student = first;
    const me = await stack.query<{ person: { number: string } }>(
      `query CounselorNumber($id: ID!) { person(id: $id) { number } }`,
      { id: counselor.personId },
    );
    counselorNumber = expectData(me).person.number;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("logs the counselor's reads of a profile, which the auditor finds by viewer, student and purpose, and exports", async () => {
    // The counselor opens one of their students: the phone is shown, and so read and logged.
    const counselorPage = (await browser.openPage()).page;
    await signInAs(counselorPage, stack.gateway.url, "counselor", `/people/${student.id}`);
    await expect
      .poll(() => section(counselorPage, "contact").textContent(), POLL)
      .toMatch(/1[3-9]\d{9}/);

    const { page } = await browser.openPage();
    await signInAs(page, stack.gateway.url, "auditor", "/audit");
    await page.getByRole("heading", { level: 1, name: "审计台" }).waitFor();

    // By viewer: the counselor, found by name.
    await pickPerson(
      page,
      page.getByLabel("查看人"),
      counselor.name,
      `${counselor.name} · ${counselorNumber}`,
    );
    await page.getByRole("button", { name: "查询" }).click();
    await expect
      .poll(async () => (await shownRows(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const byViewer = await shownRows(page);
    expect(byViewer.every((cells) => cells[1] === counselor.name)).toBe(true);
    expect(byViewer.some((cells) => cells[2] === `${student.name} · ${student.number}`)).toBe(true);

    // And the student, found by number.
    await pickPerson(
      page,
      page.getByLabel("被查看的学生"),
      student.number,
      `${student.name} · ${student.number}`,
    );
    await page.getByRole("button", { name: "查询" }).click();
    await expect
      .poll(
        async () =>
          nonEmptyAndAll(
            await shownRows(page),
            (cells) => cells[2] === `${student.name} · ${student.number}`,
          ),
        POLL,
      )
      .toBe(true);
    const aboutStudent = await shownRows(page);
    expect(aboutStudent.map((cells) => cells[3])).toContain("手机号码");
    const purposes = new Set(aboutStudent.map((cells) => cells[4]));
    expect(purposes.has("联系学生")).toBe(true);

    // By purpose: CONTACT only.
    await page.getByLabel("用途").click();
    await page
      .locator(".ant-select-item-option")
      .filter({ hasText: "联系学生", visible: true })
      .click();
    await page.getByRole("button", { name: "查询" }).click();
    await expect
      .poll(
        async () => nonEmptyAndAll(await shownRows(page), (cells) => cells[4] === "联系学生"),
        POLL,
      )
      .toBe(true);
    const contact = await shownRows(page);
    expect(contact.length).toBeGreaterThan(0);
    expect(contact.length).toBeLessThanOrEqual(aboutStudent.length);
    const total = Number(await page.locator("[data-total-count]").getAttribute("data-total-count"));
    expect(total).toBe(contact.length);
    await screenshot(page, "audit-console");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出筛选结果（Excel）" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^访问日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "时间",
      "查看人",
      "查看人工号",
      "学生",
      "学号",
      "信息",
      "用途",
      "途径",
      "请求编号",
    ]);
    expect(sheet.rowCount).toBe(1 + total);
    for (let i = 2; i <= sheet.rowCount; i++) {
      const row = sheet.getRow(i);
      expect(row.getCell(2).value).toBe(counselor.name);
      expect(row.getCell(3).value).toBe(counselorNumber);
      expect(row.getCell(4).value).toBe(student.name);
      expect(row.getCell(5).value).toBe(student.number);
      expect(row.getCell(7).value).toBe("联系学生");
      expect(row.getCell(8).value).toBe("web");
    }
    expect([...Array(total).keys()].map((i) => sheet.getRow(i + 2).getCell(6).value)).toContain(
      "手机号码",
    );
  });

  it("shows the audit console on a phone without the page scrolling sideways", async () => {
    const { page } = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signInAs(page, stack.gateway.url, "auditor", "/audit");
    await page.locator("tr[data-access-record]").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await screenshot(page, "audit-console-phone");
  });

  it("refuses the audit console to a counselor, in words", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, stack.gateway.url, "counselor", "/audit");
    await page.getByText("访问日志只对审计员和系统管理员开放。").waitFor();
    expect(await page.locator("tr[data-access-record]").count()).toBe(0);
  });

  it("lets the administrator assign a staff duty and end it, register and revoke a service client, and run a job now", async () => {
    const { page } = await browser.openPage();
    await signInAs(page, stack.gateway.url, "admin", "/admin");
    await page.getByRole("heading", { level: 1, name: "管理台" }).waitFor();

    // A grid leader's duty for a member of staff who has none, over a grid picked by name.
    const staff = expectData(
      await stack.query<{
        people: { edges: { node: { id: string; name: string; number: string } }[] };
      }>(
        `query AdminStaff { people(first: 1, filter: { kind: STAFF, search: "郑丽" }) { edges { node { id name number } } } }`,
      ),
    ).people.edges[0]?.node;
    if (!staff) throw new Error("no demo staff 郑丽");
    const form = page.locator('[data-form="assign-staff"]');
    await pickPerson(
      page,
      form.getByLabel("教职工"),
      staff.name,
      `${staff.name} · ${staff.number}`,
    );
    await form.getByLabel("职责", { exact: true }).click();
    await page
      .locator(".ant-select-item-option")
      .filter({ hasText: "网格长", visible: true })
      .click();
    await form.getByLabel("负责对象类型").click();
    await page
      .locator(".ant-select-item-option")
      .filter({ hasText: /^网格$/, visible: true })
      .click();
    await form.getByLabel("负责对象", { exact: true }).click();
    const gridOption = page.locator(".ant-select-item-option").filter({ visible: true }).first();
    const gridName = (await gridOption.textContent()) ?? "";
    await gridOption.click();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
      new Date(),
    );
    await form.getByLabel("开始日期").fill(today);
    await form.getByLabel("开始日期").press("Enter");
    await form.getByRole("button", { name: "分配" }).click();
    await form.getByText("已分配。").waitFor();

    const tab = page.locator('[data-tab="staff"]');
    await pickPerson(
      page,
      tab.locator(".admin-inline-field").getByRole("combobox"),
      staff.name,
      `${staff.name} · ${staff.number}`,
    );
    const row = tab.locator("tr[data-assignment]", { hasText: "网格长" });
    await expect.poll(() => row.count(), POLL).toBe(1);
    expect(await row.textContent()).toContain(gridName);
    await row.getByRole("button", { name: "结束职责" }).click();
    await expect.poll(() => row.getByRole("button", { name: "结束职责" }).count(), POLL).toBe(0);
    // Started and ended today: the date shows in both columns.
    expect(((await row.textContent()) ?? "").split(today)).toHaveLength(3);
    const ended = expectData(
      await stack.query<{
        staffAssignments: { edges: { node: { role: string; endsOn: string | null } }[] };
      }>(
        `query Ended($id: ID!) { staffAssignments(first: 10, filter: { personId: $id }) { edges { node { role endsOn } } } }`,
        { id: staff.id },
      ),
    ).staffAssignments.edges.map((e) => e.node);
    expect(ended).toContainEqual({ role: "GRID_LEADER", endsOn: today });

    // A service client: its secret shown once, then revoked.
    await page.getByRole("tab", { name: "服务客户端" }).click();
    const register = page.locator('[data-form="register-client"]');
    await register.getByLabel("名称", { exact: true }).fill("宿管系统（测试）");
    await register.getByLabel("所属部门").fill("后勤保障部");
    await register.getByLabel("可读用途").click();
    await page
      .locator(".ant-select-item-option")
      .filter({ hasText: "联系学生", visible: true })
      .click();
    await register.getByLabel("操作名称").fill("Phones");
    await register
      .getByLabel("GraphQL 文档（原样）")
      .fill("query Phones { people(first: 1) { totalCount } }");
    await register.getByRole("button", { name: "登记" }).click();
    const secret = page.locator("[data-secret]");
    await secret.waitFor();
    expect(((await secret.textContent()) ?? "").length).toBeGreaterThan(20);
    const clientId = (await page.locator("[data-client-id]").textContent()) ?? "";
    const clientRow = page.locator(`tr[data-client="${clientId}"]`);
    await expect.poll(() => clientRow.textContent(), POLL).toContain("Phones");
    await clientRow.getByRole("button", { name: "吊销" }).click();
    await confirmPopup(page, "吊销");
    await clientRow.locator("[data-revoked]").waitFor();
    // Revoking it again is refused by the server, in words (the list shows it revoked already).
    const clients = expectData(
      await stack.query<{
        serviceClients: { edges: { node: { id: string; revokedAt: string | null } }[] };
      }>(`query Clients { serviceClients(first: 100) { edges { node { id revokedAt } } } }`),
    ).serviceClients.edges.map((e) => e.node);
    expect(clients.find((c) => c.id === clientId)?.revokedAt).not.toBeNull();

    // A job run now, with its last run shown as the administrator's.
    await page.getByRole("tab", { name: "定时任务" }).click();
    const job = page.locator('tr[data-job="escalate-measures"]');
    await job.waitFor();
    await job.getByRole("button", { name: "立即运行" }).click();
    await expect
      .poll(() => job.locator("[data-succeeded]").getAttribute("data-succeeded"), POLL)
      .toBe("true");
    expect(await job.textContent()).toContain(userOf("admin").name);
    // Its next run (none queued: this stack schedules no jobs) and its failed attempts (none).
    expect(await job.locator("[data-next-run]").textContent()).toBe("未排队");
    expect(await job.locator("[data-failures]").textContent()).toBe("无");
    await screenshot(page, "admin-console-jobs");
  });
});
