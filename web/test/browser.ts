/**
 * What every browser test needs: the built app, one Chromium per test file, pages that start as a
 * fresh visitor's with every POST /graphql recorded, and the demo sign-in.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, onTestFinished } from "vitest";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import {
  buildClientSchema,
  getIntrospectionQuery,
  validate,
  type DocumentNode,
  type IntrospectionQuery,
} from "graphql";
import type { StackHarness } from "@campus/platform/stack";
import { expectData } from "@campus/testkit";
import { TOKEN_KEY, USER_KEY } from "../src/auth/session";

export const webDir = fileURLToPath(new URL("../dist", import.meta.url));
const resultsDir = fileURLToPath(new URL("../test-results", import.meta.url));

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface GraphQLPost {
  operationName?: string;
  query?: string;
}

/** A laptop by default; a phone is `{ width: 375, height: 667 }`. */
export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserHarness {
  /**
   * A page as a fresh visitor's: its own sessionStorage (so its own sign-in) and, from its first
   * navigation, an empty localStorage; every POST /graphql it sends is recorded. It asks for
   * reduced motion (no transitions, charts drawn without animation, as a person who set that
   * preference sees the app) unless `motion` is true: fewer moving targets to wait for. The page
   * closes when the test that opened it ends.
   */
  openPage(options?: {
    viewport?: Viewport;
    motion?: boolean;
    /** The browser's own language and time zone (zh-CN and the machine's by default). */
    locale?: string;
    timezoneId?: string;
  }): Promise<{ page: Page; posts: GraphQLPost[] }>;
  /** Uncaught errors of every page opened so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Marks a tab whose localStorage has been emptied (sessionStorage lives as long as the tab). */
const FRESH_TAB = "campus.test.fresh-tab";

/**
 * Debian's chromium (or CHROMIUM_PATH), for a web app that must have been built into web/dist.
 *
 * Pages opened with the same options share one browser context, and so its HTTP cache and V8's
 * code cache: the app's scripts are fetched and compiled once per test file, not once per page.
 * That took over a third off the renderers' CPU (web/test/home.e2e.test.ts alone: 48 → 30
 * CPU-seconds, 79 → 57 s), and CPU is what the CI's two cores are short of. What a context
 * would share and a fresh visitor must not have is reset per page: the session lives in
 * sessionStorage (one per tab already) and localStorage (the chosen language) is emptied at a
 * tab's first navigation. The app sets no cookies.
 */
export async function launchBrowser(): Promise<BrowserHarness> {
  if (!existsSync(join(webDir, "index.html")))
    throw new Error(`no built web app in ${webDir}: run \`npm run build\` in web/ first`);
  mkdirSync(resultsDir, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const contexts = new Map<string, BrowserContext>();
  const pageErrors: string[] = [];
  async function contextFor(options: Parameters<BrowserHarness["openPage"]>[0] = {}) {
    const key = JSON.stringify([
      options.locale,
      options.timezoneId,
      options.viewport,
      options.motion === true,
    ]);
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({
        locale: options.locale ?? "zh-CN",
        ...(options.timezoneId && { timezoneId: options.timezoneId }),
        viewport: options.viewport ?? { width: 1280, height: 900 },
        reducedMotion: options.motion ? "no-preference" : "reduce",
        ...(options.viewport && { isMobile: true, hasTouch: true }),
      });
      await context.addInitScript((marker) => {
        if (sessionStorage.getItem(marker)) return;
        localStorage.clear();
        sessionStorage.setItem(marker, "1");
      }, FRESH_TAB);
      contexts.set(key, context);
    }
    return context;
  }
  return {
    pageErrors,
    async openPage(options = {}) {
      const page = await (await contextFor(options)).newPage();
      const posts: GraphQLPost[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST" && new URL(request.url()).pathname === "/graphql")
          posts.push((request.postDataJSON() ?? {}) as GraphQLPost);
      });
      page.on("pageerror", (error) => pageErrors.push(error.message));
      // Closed with its test, so a file's earlier pages do not keep rendering and polling. A page
      // opened outside a test (in a hook) stays open until close().
      try {
        onTestFinished(() => page.close().catch(() => {}));
      } catch {
        // not inside a test
      }
      return { page, posts };
    },
    async close() {
      for (const context of contexts.values()) await context.close().catch(() => {});
      await browser.close();
    },
  };
}

/** Marks a tab that has been given its session (so a sign-out in the test is not undone on reload). */
const SIGNED_IN_TAB = "campus.test.signed-in";

/**
 * Signs in as a demo user. Without `at`: on the development sign-in page, as a person does, and
 * waits for their home (首页). With `at` (a path, or an address on the gateway): the session the
 * sign-in page would store (the same POST /auth/dev-token) is put in the tab's sessionStorage
 * before its first page runs, and the tab opens `at` directly: one page load instead of three
 * (sign-in page, home, target), which is most of what a browser test costs on two cores. The
 * sign-in page itself is driven by the tests that call this without `at`.
 */
export async function signInAs(
  page: Page,
  gatewayUrl: string,
  user: string,
  at?: string,
): Promise<void> {
  if (at === undefined) {
    await page.goto(gatewayUrl);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("以演示身份登录");
    await page.locator(`button[data-user="${user}"]`).click();
    await page.locator('[data-page="home"] h1').waitFor();
    return;
  }
  const response = await fetch(new URL("/auth/dev-token", gatewayUrl), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`POST /auth/dev-token for ${user}: HTTP ${response.status}`);
  const session = (await response.json()) as { token: string; user: unknown };
  await page.addInitScript(
    ([marker, keys, token, sessionUser]) => {
      if (sessionStorage.getItem(marker)) return;
      sessionStorage.setItem(keys[0], token);
      sessionStorage.setItem(keys[1], sessionUser);
      sessionStorage.setItem(marker, "1");
    },
    [SIGNED_IN_TAB, [TOKEN_KEY, USER_KEY], session.token, JSON.stringify(session.user)] as const,
  );
  await page.goto(new URL(at, gatewayUrl).toString());
}

/** The text of an element (an element always has one; only a document or doctype has none). */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.textContent();
  if (text === null) throw new Error(`no text content for ${locator.toString()}`);
  return text;
}

/** A profile or page section by its data-section name. */
export const section = (page: Page, id: string) => page.locator(`section[data-section="${id}"]`);

/** A full-page screenshot into web/test-results/, for people reviewing a change. */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** The Ant Design select a field's combobox (what `getByLabel` finds) belongs to. */
const selectOf = (combobox: Locator) =>
  combobox.locator(
    "xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );

/** Opens a select (found by its label) and picks the option shown as `option`. */
export async function pickOption(combobox: Locator, option: string): Promise<void> {
  await selectOf(combobox).click();
  await combobox
    .page()
    .locator(".ant-select-item-option")
    .filter({ hasText: exactly(option), visible: true })
    .click();
}

/** Types into a person picker (found by its label) and picks the person shown as `option`. */
export async function pickPerson(page: Page, picker: Locator, search: string, option: string) {
  await picker.click();
  await picker.pressSequentially(search);
  await page
    .locator(".ant-select-item-option")
    .filter({ hasText: option, visible: true })
    .first()
    .click();
}

/** What a select (found by its label) shows as chosen. */
export async function chosenOption(combobox: Locator): Promise<string> {
  return textOf(combobox.locator("xpath=.."));
}

/**
 * The error a form shows for a field (found by its label): the text the field is described by
 * (aria-describedby) while it is marked invalid; "" when it is not.
 */
export async function fieldError(field: Locator): Promise<string> {
  if ((await field.getAttribute("aria-invalid")) !== "true") return "";
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(" ");
}

/** Confirms the open Popconfirm by its button. */
export async function confirmPopup(page: Page, button: string): Promise<void> {
  await page
    .locator(".ant-popconfirm")
    .filter({ visible: true })
    .getByRole("button", { name: button })
    .click();
}

/** Whether the page is wider than the window (it scrolls sideways). */
export const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > window.innerWidth;
  });

/** Fails unless the page is no wider than `width` and nothing on it scrolls sideways. */
export async function expectFits(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
  expect(await overflowsSideways(page)).toBe(false);
}

/**
 * What the gateway's schema (by introspection, as a client sees it) finds wrong in the page's
 * operations, as "NAME: message"; empty when it accepts every one.
 */
export async function operationProblems(
  stack: Pick<StackHarness, "query">,
  documents: Readonly<Record<string, DocumentNode>>,
): Promise<string[]> {
  const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
  const schema = buildClientSchema(expectData(introspection));
  return Object.entries(documents).flatMap(([name, document]) =>
    validate(schema, document).map((e) => `${name}: ${e.message}`),
  );
}
