import type { LabelledEnums } from "../graphql/types";
import { en } from "./en";
import { zh, type MessageKey, type Messages } from "./zh";

export type { MessageKey, Messages };
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

const dictionaries: Record<Lang, Messages> = { zh, en };
const STORAGE_KEY = "campus.lang";
/** Course sessions and warnings happen on campus: show their times in campus time. */
export const CAMPUS_TIME_ZONE = "Asia/Shanghai";

// Fails to compile when an enum value has no label: every `enum.<Name>.<VALUE>` must be a key.
type EnumLabelKey = {
  [E in keyof LabelledEnums]: `enum.${E}.${LabelledEnums[E]}`;
}[keyof LabelledEnums];
const _everyEnumValueHasALabel: EnumLabelKey extends MessageKey ? true : never = true;

export function readLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "zh" || stored === "en") return stored;
  } catch {
    // Storage can be unavailable (privacy settings); fall back to the default.
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

export type Vars = Record<string, string | number>;

export interface Translator {
  lang: Lang;
  locale: string;
  /** The message for `key`, with `{name}` placeholders filled from `vars`. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** The label of an enum value; an unknown value (a newer schema) shows as itself. */
  label: <E extends keyof LabelledEnums>(
    enumName: E,
    value: LabelledEnums[E] | string | null | undefined,
  ) => string;
  /** An instant, in campus time, e.g. 2024年9月10日 18:00. */
  dateTime: (iso: string | null | undefined) => string;
  /** A start–end range of instants, in campus time. */
  dateTimeRange: (startIso: string, endIso: string) => string;
  /** A `YYYY-MM-DD` date, with no time-zone shift. */
  localDate: (date: string | null | undefined) => string;
  /** An instant relative to `now`, e.g. 3天后 / 2 hours ago, in minutes, hours or days. */
  relativeTime: (iso: string | null | undefined, now?: number) => string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function createTranslator(lang: Lang): Translator {
  const messages = dictionaries[lang];
  const { locale } = languageInfo(lang);
  const none = messages["app.none"];
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: CAMPUS_TIME_ZONE,
  });
  const localDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });

  const t = (key: MessageKey, vars?: Vars) => {
    const message: string = messages[key];
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
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
      return key in messages ? messages[key as MessageKey] : String(value);
    },
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
      return localDateFormat.format(
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
