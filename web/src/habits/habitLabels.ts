import type { Tone } from "../ui/tags";
import type { MessageKey } from "../i18n/zh";

/** 学业学风提升 / 体能习惯养成. */
export const HABIT_KIND: Readonly<Record<string, MessageKey>> = {
  STUDY_STYLE: "habits.kind.STUDY_STYLE",
  FITNESS: "habits.kind.FITNESS",
};

/** 见习心得's states. */
export const REFLECTION_STATUS: Readonly<Record<string, MessageKey>> = {
  NOT_SUBMITTED: "habits.reflection.NOT_SUBMITTED",
  SUBMITTED: "habits.reflection.SUBMITTED",
  ACCEPTED: "habits.reflection.ACCEPTED",
  RETURNED: "habits.reflection.RETURNED",
};

export function reflectionTone(status: string): Tone {
  if (status === "ACCEPTED") return "done";
  if (status === "RETURNED") return "warn";
  if (status === "SUBMITTED") return "active";
  return "plain";
}
