import type { MessageKey } from "../i18n/zh";

/** 周一 … 周日 for an ISO weekday (1 Monday … 7 Sunday). */
export const weekdayKey = (weekday: number) => `duty.weekday.${weekday}` as MessageKey;
