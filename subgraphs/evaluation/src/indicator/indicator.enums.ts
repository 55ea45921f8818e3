import { graphqlEnum } from "@campus/subgraph/data";

/**
 * What a departmental app measures about a student. Each record is one observation on a date;
 * rules aggregate them over a window (sum, count, average, ...). Units, and the range a value may take:
 */
export enum IndicatorKind {
  /** 不及格学分: credits failed in courses graded on that date (credits, 0–60). */
  FAILED_CREDITS = "FAILED_CREDITS",
  /** 学期绩点: grade point average of the term ending on that date (4-point scale, 0–4). */
  GPA = "GPA",
  /** 缺课次数: class sessions missed on that date (count, whole number 0–50). */
  CLASS_ABSENCES = "CLASS_ABSENCES",
  /** 晚归次数: returns to the dormitory after closing time on that date (count, whole number 0–10). */
  LATE_RETURNS = "LATE_RETURNS",
  /** 无门禁记录天数: consecutive days without any dormitory access, up to that date (days, whole number 0–366). */
  DAYS_WITHOUT_DORM_ACCESS = "DAYS_WITHOUT_DORM_ACCESS",
  /** 校园卡消费: campus-card spending in the month ending on that date (yuan, 0–100,000). */
  CARD_SPENDING = "CARD_SPENDING",
  /** 心理咨询转介: referrals to the counselling centre on that date (count, whole number 0–10). */
  COUNSELLING_REFERRALS = "COUNSELLING_REFERRALS",
}
graphqlEnum(IndicatorKind, "IndicatorKind", {
  description:
    "What an indicator record measures; each value is in the unit given here, within the range given.",
  values: {
    FAILED_CREDITS: "不及格学分: credits failed in courses graded on the date (credits, 0–60).",
    GPA: "学期绩点: grade point average of the term ending on the date (4-point scale, 0–4).",
    CLASS_ABSENCES: "缺课次数: class sessions missed on the date (a whole number, 0–50).",
    LATE_RETURNS:
      "晚归次数: returns to the dormitory after closing time on the date (a whole number, 0–10).",
    DAYS_WITHOUT_DORM_ACCESS:
      "无门禁记录天数: consecutive days without any dormitory access, up to the date (a whole number of days, 0–366).",
    CARD_SPENDING:
      "校园卡消费: campus-card spending in the month ending on the date (yuan, 0–100000).",
    COUNSELLING_REFERRALS:
      "心理咨询转介: referrals to the counselling centre on the date (a whole number, 0–10).",
  },
});

interface KindRule {
  /** The name used in evidence, descriptions and summaries. */
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Counts and days are whole numbers. */
  whole: boolean;
}

export const INDICATORS: Readonly<Record<IndicatorKind, KindRule>> = {
  FAILED_CREDITS: { label: "不及格学分", unit: "学分", min: 0, max: 60, whole: false },
  GPA: { label: "学期绩点", unit: "", min: 0, max: 4, whole: false },
  CLASS_ABSENCES: { label: "缺课次数", unit: "次", min: 0, max: 50, whole: true },
  LATE_RETURNS: { label: "晚归次数", unit: "次", min: 0, max: 10, whole: true },
  DAYS_WITHOUT_DORM_ACCESS: { label: "无门禁记录天数", unit: "天", min: 0, max: 366, whole: true },
  CARD_SPENDING: { label: "校园卡月消费", unit: "元", min: 0, max: 100_000, whole: false },
  COUNSELLING_REFERRALS: { label: "心理咨询转介次数", unit: "次", min: 0, max: 10, whole: true },
};
