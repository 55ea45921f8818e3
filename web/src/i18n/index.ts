import i18next, { type i18n as I18next } from "i18next";
import ICU from "i18next-icu";
import type { LabelledEnums } from "../graphql/types";
import type { MessageArgs } from "./args";
import { en } from "./en";
import { campusFormats, dateFormat } from "./format";
import { zh, type MessageKey, type Messages } from "./zh";

export type { MessageKey, Messages };
export type { MessageArgs };
export { CAMPUS_TIME_ZONE, campusFormats, campusIsoDate } from "./format";
export type Lang = "zh" | "en";

/** A language the app speaks: its name in itself, its HTML lang and its formatting locale. */
export interface LanguageInfo {
  lang: Lang;
  label: string;
  htmlLang: string;
  locale: string;
}

/** The language switch shows each language in itself, whatever the current language. */
export const LANGUAGES: readonly [LanguageInfo, ...LanguageInfo[]] = [
  { lang: "zh", label: "中文", htmlLang: "zh-CN", locale: "zh-CN" },
  { lang: "en", label: "English", htmlLang: "en", locale: "en-GB" },
];

/** Every language's messages, in ICU MessageFormat; Chinese first and the fallback. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh, en };
const STORAGE_KEY = "campus.lang";

// Fails to compile when an enum value has no label: every `enum.<Name>.<VALUE>` must be a key.
type EnumLabelKey = {
  [E in keyof LabelledEnums]: `enum.${E}.${LabelledEnums[E]}`;
}[keyof LabelledEnums];
const _everyEnumValueHasALabel: EnumLabelKey extends MessageKey ? true : never = true;

export function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

export function readLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy settings, or no DOM at all); fall back to the default.
  }
  return "zh";
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}

export function languageInfo(lang: Lang) {
  return LANGUAGES.find((l) => l.lang === lang) ?? LANGUAGES[0];
}

/** Values for a message's ICU arguments (the loose form; `t` checks each key's own). */
export type Vars = Record<string, string | number | Date>;

/** What `t(key, ...)` takes after the key: the message's arguments, or nothing if it has none. */
export type VarsOf<K extends MessageKey> =
  unknown extends MessageArgs<(typeof zh)[K]> ? [vars?: Vars] : [vars: MessageArgs<(typeof zh)[K]>];

export interface Translator {
  lang: Lang;
  locale: string;
  /** The message for `key`, its ICU arguments (`{name}`, `{count, plural, ...}`) filled from `vars`. */
  t: <K extends MessageKey>(key: K, ...vars: VarsOf<K>) => string;
  /** The label of an enum value; an unknown value (a newer schema) shows as itself. */
  label: <E extends keyof LabelledEnums>(
    enumName: E,
    value: LabelledEnums[E] | string | null | undefined,
  ) => string;
  /** A number in the language's way: 41,248 / 1,234.5. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** An instant, in campus time, e.g. 2024年9月10日 18:00. */
  dateTime: (iso: string | null | undefined) => string;
  /** A start–end range of instants, in campus time. */
  dateTimeRange: (startIso: string, endIso: string) => string;
  /** A `YYYY-MM-DD` date, with no time-zone shift. */
  localDate: (date: string | null | undefined) => string;
  /** An instant relative to `now`, e.g. 3天后 / 2 hours ago, in minutes, hours or days. */
  relativeTime: (iso: string | null | undefined, now?: number) => string;
}

/**
 * A fresh i18next instance with both languages loaded (they are bundled: nothing is fetched) and
 * ICU MessageFormat as its message syntax, speaking `lang`.
 */
export function createI18n(lang: Lang = readLang()): I18next {
  const instance = i18next.createInstance();
  void instance
    .use(
      new ICU({
        formats: campusFormats,
        // i18next's language is our `Lang`; ICU formats for the language's locale (en → en-GB).
        parseLngForICU: (lng) => languageInfo(isLang(lng) ? lng : "zh").locale,
      }),
    )
    .init({
      // Copies: i18next adds resources into the objects it is given (addResource).
      resources: { zh: { translation: { ...zh } }, en: { translation: { ...en } } },
      lng: lang,
      fallbackLng: "zh",
      supportedLngs: ["zh", "en"],
      // Keys are flat and dotted ("list.count"): no nesting, no namespace prefix.
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
      showSupportNotice: false,
      react: { useSuspense: false },
    });
  return instance;
}

/** The app's instance: the language the reader chose last time, or Chinese. */
let appInstance: I18next | null = null;
export function appI18n(): I18next {
  appInstance ??= createI18n();
  return appInstance;
}

/** The language an instance speaks now. */
export function langOf(instance: I18next): Lang {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLang(lng) ? lng : "zh";
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const translators = new WeakMap<I18next, Partial<Record<Lang, Translator>>>();

/** The translator for `lang` on `instance` (the app's by default); one per language and instance. */
export function createTranslator(lang: Lang, instance: I18next = appI18n()): Translator {
  const cached = translators.get(instance) ?? {};
  translators.set(instance, cached);
  cached[lang] ??= buildTranslator(lang, instance);
  return cached[lang];
}

function buildTranslator(lang: Lang, instance: I18next): Translator {
  const { locale } = languageInfo(lang);
  const fixed = instance.getFixedT(lang);
  const t = <K extends MessageKey>(key: K, ...[vars]: VarsOf<K>): string => {
    // The arguments were checked against the message by `VarsOf`; i18next takes any record.
    const values = (vars ?? {}) as Record<string, unknown>;
    return fixed(key, values);
  };
  const none = t("app.none");
  const dateTimeFormat = dateFormat(locale, "dateTime");
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });

  const validDate = (value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  const dateTime = (iso: string | null | undefined) => {
    const date = iso ? validDate(iso) : null;
    return date ? dateTimeFormat.format(date) : (iso ?? none);
  };

  return {
    lang,
    locale,
    t,
    label(enumName, value) {
      if (value === null || value === undefined) return none;
      const key = `enum.${enumName}.${value}`;
      return key in zh ? t(key as MessageKey) : String(value);
    },
    number: (value, options) => value.toLocaleString(locale, options),
    dateTime,
    dateTimeRange(startIso, endIso) {
      const start = validDate(startIso);
      const end = validDate(endIso);
      if (!start || !end || end < start) return `${dateTime(startIso)} – ${dateTime(endIso)}`;
      return dateTimeFormat.formatRange(start, end);
    },
    localDate(date) {
      const match = date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
      if (!match) return date ?? none;
      return dateFormat(locale, "calendarDate").format(
        new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
      );
    },
    relativeTime(iso, now = Date.now()) {
      const date = iso ? validDate(iso) : null;
      if (!date) return iso ?? none;
      const diff = date.getTime() - now;
      const size = Math.abs(diff);
      if (size < HOUR) return relativeFormat.format(Math.round(diff / MINUTE), "minute");
      if (size < DAY) return relativeFormat.format(Math.round(diff / HOUR), "hour");
      return relativeFormat.format(Math.round(diff / DAY), "day");
    },
  };
}
