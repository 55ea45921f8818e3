import { Tag, type TagProps } from "antd";
import type { WarningLevel } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";

const LEVEL_COLOR: Record<WarningLevel, string> = {
  YELLOW: "gold",
  ORANGE: "orange",
  RED: "red",
};

/** 黄色预警 / 橙色预警 / 红色预警, in its colour. */
export function LevelTag({ level, ...rest }: { level: WarningLevel } & Omit<TagProps, "color">) {
  const { label } = useI18n();
  return (
    <Tag
      color={LEVEL_COLOR[level]}
      variant="outlined"
      className={`level level--${level.toLowerCase()}`}
      {...rest}
    >
      {label("WarningLevel", level)}
    </Tag>
  );
}

/** How a state reads at a glance: still to do, done, dropped, needing attention, or plain. */
export type Tone = "active" | "done" | "muted" | "alert" | "warn" | "plain";

const TONE_COLOR: Record<Tone, string | undefined> = {
  active: "blue",
  done: "green",
  muted: undefined,
  alert: "red",
  warn: "orange",
  plain: undefined,
};

/** A state (status, stage) as a tag; `data-*` attributes pass through. */
export function StatusTag({ tone = "active", ...rest }: { tone?: Tone } & Omit<TagProps, "color">) {
  return <Tag color={TONE_COLOR[tone]} variant="filled" {...rest} />;
}

export const warningStatusTone = (status: string): Tone =>
  status === "OPEN" ? "alert" : status === "CLOSED" ? "done" : "active";

export const caseStatusTone = (status: string): Tone =>
  status === "CLOSED" ? "done" : status === "DISCOVERED" ? "warn" : "active";

/** Enrolments and plan measures: done (or enrolled), cancelled, or under way. */
export const progressTone = (status: string): Tone =>
  status === "DONE" || status === "ENROLLED" ? "done" : status === "CANCELLED" ? "muted" : "active";
