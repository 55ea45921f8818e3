/**
 * The i18n module on its own (no browser): i18next with ICU MessageFormat, Chinese first. Plurals,
 * locale-formatted numbers, campus time across a UTC day boundary, the language switch, and the
 * messages themselves: the same keys in both languages, every message valid ICU with the same
 * arguments in both. The browser tests (profile.e2e and others) click the real switch.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import {
  CAMPUS_TIME_ZONE,
  LANGUAGES,
  MESSAGES,
  campusFormats,
  campusIsoDate,
  createI18n,
  createTranslator,
  langOf,
  type Lang,
  type MessageKey,
} from "../src/i18n";
import { I18nProvider, useI18n } from "../src/i18n/I18nProvider";

// 2024-09-10 17:30 UTC is already 11 September on campus (UTC+8).
const LATE_EVENING_UTC = "2024-09-10T17:30:00Z";

const translators = () => {
  const instance = createI18n("zh");
  return { zh: createTranslator("zh", instance), en: createTranslator("en", instance) };
};

describe("counts and plurals", () => {
  const { zh, en } = translators();

  it("says one and other in English", () => {
    expect(en.t("queue.count", { count: 1 })).toBe("1 warning");
    expect(en.t("queue.count", { count: 0 })).toBe("0 warnings");
    expect(en.t("queue.count", { count: 2 })).toBe("2 warnings");
    expect(en.t("list.count", { count: 1 })).toBe("1 student");
    expect(en.t("list.count", { count: 41248 })).toBe("41,248 students");
    expect(en.t("rules.windowValue", { days: 1 })).toBe("Last 1 day");
    expect(en.t("rules.windowValue", { days: 30 })).toBe("Last 30 days");
    expect(en.t("rules.result.firstStudents", { shown: 1 })).toBe(
      "Only the first student is listed.",
    );
    expect(en.t("rules.result.firstStudents", { shown: 20 })).toBe(
      "Only the first 20 students are listed.",
    );
    expect(en.t("grid.statsScope", { counted: 1, residents: 1 })).toMatch(
      /^Counted over the 1 resident you are responsible for \(1 lives in the grid\);/,
    );
  });

  it("counts in Chinese without plural forms, with grouped digits", () => {
    expect(zh.t("queue.count", { count: 1 })).toBe("共 1 条预警");
    expect(zh.t("queue.count", { count: 2 })).toBe("共 2 条预警");
    expect(zh.t("list.count", { count: 41248 })).toBe("共 41,248 名学生");
    expect(zh.t("grid.count", { count: 1 })).toBe("1 条");
    expect(zh.t("grid.residentsValue", { count: 1200 })).toBe("1,200 人");
    expect(zh.t("inbox.unreadCount", { count: 3 })).toBe("3 条未读");
    expect(zh.t("list.showing", { shown: 20, count: 41248 })).toBe("已显示 20 / 41,248");
  });
});

describe("numbers", () => {
  const { zh, en } = translators();

  it("groups thousands in both languages", () => {
    expect(zh.t("contact.income", { amount: 41248 })).toBe("41,248 元/年");
    expect(en.t("contact.income", { amount: 41248 })).toBe("¥41,248 a year");
    expect(en.t("inbox.showing", { shown: 10, count: 1234567 })).toBe(
      "Showing the latest 10 of 1,234,567.",
    );
    expect(zh.number(41248)).toBe("41,248");
    expect(en.number(1234.5)).toBe("1,234.5");
  });

  it("writes years without grouping", () => {
    expect(zh.t("identity.cohortValue", { cohort: 2024 })).toBe("2024 级");
    expect(en.t("identity.cohortValue", { cohort: 2024 })).toBe("Class of 2024");
    expect(zh.t("growth.termValue.1", { from: 2026, to: 2027 })).toBe(
      "2026–2027 学年第一学期（秋季）",
    );
  });
});

describe("dates and times, in campus time", () => {
  it("is Asia/Shanghai", () => {
    expect(CAMPUS_TIME_ZONE).toBe("Asia/Shanghai");
  });

  it("shows an instant late on 10 September UTC as 11 September on campus", () => {
    const { zh, en } = translators();
    expect(zh.dateTime(LATE_EVENING_UTC)).toBe("2024年9月11日 01:30");
    expect(en.dateTime(LATE_EVENING_UTC)).toBe("11 Sept 2024, 01:30");
    expect(campusIsoDate(new Date(LATE_EVENING_UTC))).toBe("2024-09-11");
    expect(campusIsoDate(new Date("2024-09-10T15:59:00Z"))).toBe("2024-09-10");
  });

  it("formats ICU date and time arguments in campus time too", () => {
    const instance = createI18n("en");
    instance.addResource("en", "translation", "test.at", "{at, date, medium}, {at, time, short}");
    instance.addResource("zh", "translation", "test.at", "{at, date, long} {at, time, short}");
    const at = new Date(LATE_EVENING_UTC);
    expect(instance.t("test.at", { at })).toBe("11 Sept 2024, 01:30");
    expect(instance.t("test.at", { at, lng: "zh" })).toBe("2024年9月11日 01:30");
  });

  it("shows a calendar date as it is, whatever the time zone", () => {
    const { zh, en } = translators();
    expect(zh.localDate("2024-09-10")).toBe("2024年9月10日");
    expect(en.localDate("2024-09-10")).toBe("10 September 2024");
    expect(en.localDate(null)).toBe("—");
  });

  it("says how far an instant is from now", () => {
    const { zh, en } = translators();
    const now = Date.parse(LATE_EVENING_UTC);
    expect(en.relativeTime(new Date(now + 3 * 86_400_000).toISOString(), now)).toBe("in 3 days");
    expect(zh.relativeTime(new Date(now - 2 * 3_600_000).toISOString(), now)).toBe("2小时前");
  });
});

describe("the language", () => {
  it("is Chinese by default, and switches to English and back", async () => {
    const instance = createI18n("zh");
    expect(langOf(instance)).toBe("zh");
    const seen: { setLang?: (lang: Lang) => void } = {};
    const Probe = () => {
      const { t, lang, locale, setLang } = useI18n();
      seen.setLang = setLang;
      return `${lang} ${locale} ${t("nav.students")} ${t("queue.count", { count: 1 })}`;
    };
    const render = () =>
      renderToString(
        createElement(I18nProvider, { i18n: instance, children: createElement(Probe) }),
      );

    expect(render()).toBe("zh zh-CN 学生 共 1 条预警");
    expect(seen.setLang).toBeTypeOf("function");
    seen.setLang?.("en");
    await expect.poll(() => langOf(instance)).toBe("en");
    expect(render()).toBe("en en-GB Students 1 warning");
    await instance.changeLanguage("zh");
    expect(render()).toBe("zh zh-CN 学生 共 1 条预警");
  });

  it("refuses useI18n outside the provider", () => {
    const Probe = () => useI18n().t("nav.students");
    expect(() => renderToString(createElement(Probe))).toThrow(/outside <I18nProvider>/);
  });

  it("labels enum values, and shows an unknown value as itself", () => {
    const { zh, en } = translators();
    expect(zh.label("WarningLevel", "RED")).toBe("红色预警");
    expect(en.label("WarningLevel", "RED")).toBe("Red");
    expect(en.label("WarningLevel", "PURPLE")).toBe("PURPLE");
    expect(en.label("WarningLevel", null)).toBe("—");
    expect(en.label("RuleOperator", "LT")).toBe("<");
  });
});

// ---- the messages themselves ----

/** The parts of intl-messageformat's AST read here (types: 0 literal, 1 argument, 2 number, ...). */
interface AstElement {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}
const KIND: Record<number, string> = {
  1: "text",
  2: "number",
  3: "date",
  4: "date",
  5: "text",
  6: "number",
};

function parse(message: string, lang: Lang): AstElement[] {
  const { locale } = LANGUAGES.find((l) => l.lang === lang) ?? LANGUAGES[0];
  // As i18next-icu parses it: tags are text.
  return new IntlMessageFormat(message, locale, campusFormats, { ignoreTag: true }).getAst();
}

/** Every argument of a message, with the kind of value it takes. */
function argumentsOf(elements: AstElement[], into = new Map<string, string>()) {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind && element.value !== undefined) into.set(element.value, kind);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, into);
    argumentsOf(element.children ?? [], into);
  }
  return into;
}

/** Plural and select branches that are a single bare word (which `MessageArgs` would misread). */
function bareWordBranches(elements: AstElement[]): string[] {
  return elements.flatMap((element) =>
    Object.values(element.options ?? {}).flatMap((option) => {
      const text = option.value.every((e) => e.type === 0)
        ? option.value.map((e) => e.value ?? "").join("")
        : null;
      return [...(text && !/\s/.test(text) ? [text] : []), ...bareWordBranches(option.value)];
    }),
  );
}

describe("the messages", () => {
  const keys = Object.keys(MESSAGES.zh).sort() as MessageKey[];

  it("has exactly the same keys in Chinese and English", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys);
    expect(keys.length).toBeGreaterThan(500);
  });

  it("parses every message as ICU, with the same arguments in both languages", () => {
    const problems: string[] = [];
    for (const key of keys) {
      const zhArgs = argumentsOf(parse(MESSAGES.zh[key], "zh"));
      const enArgs = argumentsOf(parse(MESSAGES.en[key], "en"));
      if (JSON.stringify([...zhArgs].sort()) !== JSON.stringify([...enArgs].sort()))
        problems.push(
          `${key}: zh ${JSON.stringify([...zhArgs])} en ${JSON.stringify([...enArgs])}`,
        );
      for (const lang of ["zh", "en"] as const)
        for (const word of bareWordBranches(parse(MESSAGES[lang][key], lang)))
          problems.push(`${lang} ${key}: branch {${word}} is a bare word`);
    }
    expect(problems).toEqual([]);
  });

  it("fills every message in both languages, and shows argument-free ones as written", () => {
    const { zh, en } = translators();
    const sample = { text: "甲", number: 1234, date: new Date(LATE_EVENING_UTC) };
    for (const key of keys) {
      const args = argumentsOf(parse(MESSAGES.zh[key], "zh"));
      const values = Object.fromEntries(
        [...args].map(([name, kind]) => [name, sample[kind as keyof typeof sample]]),
      );
      for (const translator of [zh, en]) {
        const message = MESSAGES[translator.lang][key];
        const text = translator.t(key, values);
        // A message that failed to format comes back as its ICU source.
        if (args.size > 0) expect(text, `${translator.lang} ${key}`).not.toBe(message);
        // Apostrophes (I'll, Master's) and the like are literal: no accidental ICU quoting.
        else expect(text, `${translator.lang} ${key}`).toBe(message);
        expect(text, `${translator.lang} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("checks keys and arguments at compile time (tsc reads the expectations below)", () => {
    const { en } = translators();
    // @ts-expect-error: there is no such key.
    expect(en.t("list.cuont")).toBe("list.cuont");
    // @ts-expect-error: the message needs its count.
    expect(en.t("list.count")).toContain("plural");
    // @ts-expect-error: a count is a number, formatted by the message.
    expect(en.t("list.count", { count: "3" })).toBe("3 students");
    // @ts-expect-error: a name is text.
    expect(en.t("signIn.asUser", { name: 3 })).toBe("Sign in as 3");
    // @ts-expect-error: the message has no argument called `who`.
    expect(en.t("signIn.asUser", { name: "Li", who: "x" })).toBe("Sign in as Li");
    expect(en.t("signIn.asUser", { name: "Li" })).toBe("Sign in as Li");
  });
});
