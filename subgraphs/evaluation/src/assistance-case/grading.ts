import { DifficultyGrade } from "./assistance-case.enums";

/**
 * 困难认定: the conditions a counselor checks for a student's economic difficulty, each with its
 * weight. The recommended grade is the sum of the weights of the conditions met, against the
 * thresholds below. Weights follow the usual order of the national aid rules: a subsistence or
 * poverty register alone makes a student difficult, one of them with another condition
 * especially difficult. The confirming person may decide otherwise, with a note.
 */
export const GRADING_CONDITIONS = [
  { code: "SUBSISTENCE_ALLOWANCE", weight: 40, label: "最低生活保障家庭或特困供养" },
  { code: "RURAL_LOW_INCOME_REGISTER", weight: 40, label: "脱贫家庭或防返贫监测对象" },
  { code: "ORPHAN_OR_SINGLE_PARENT", weight: 30, label: "孤儿或单亲家庭" },
  { code: "DISABILITY", weight: 30, label: "学生本人残疾" },
  { code: "SERIOUS_ILLNESS_IN_FAMILY", weight: 25, label: "家庭成员患重大疾病" },
  { code: "LOW_INCOME_FAMILY", weight: 20, label: "家庭人均收入低于当地最低标准" },
  { code: "SUDDEN_HARDSHIP", weight: 20, label: "家庭遭受突发变故或自然灾害" },
  { code: "MARTYR_OR_SERVICE_FAMILY", weight: 20, label: "烈士子女或优抚对象" },
  { code: "SIBLINGS_IN_EDUCATION", weight: 10, label: "多子女同时就学" },
  { code: "FAMILY_DEBT", weight: 10, label: "家庭负债" },
] as const;

export type GradingConditionCode = (typeof GRADING_CONDITIONS)[number]["code"];

/** The least score for each grade, highest first; below the last, NOT_DIFFICULT. */
export const GRADE_THRESHOLDS: readonly { grade: DifficultyGrade; minScore: number }[] = [
  { grade: DifficultyGrade.ESPECIALLY_DIFFICULT, minScore: 60 },
  { grade: DifficultyGrade.DIFFICULT, minScore: 40 },
  { grade: DifficultyGrade.GENERALLY_DIFFICULT, minScore: 20 },
];

const WEIGHTS = new Map<string, number>(GRADING_CONDITIONS.map((c) => [c.code, c.weight]));

export function isConditionCode(code: string): code is GradingConditionCode {
  return WEIGHTS.has(code);
}

/** The score and recommended grade for a set of met conditions (each counted once). */
export function recommend(conditions: readonly GradingConditionCode[]): {
  score: number;
  grade: DifficultyGrade;
} {
  const score = [...new Set(conditions)].reduce((sum, code) => sum + (WEIGHTS.get(code) ?? 0), 0);
  const grade =
    GRADE_THRESHOLDS.find((t) => score >= t.minScore)?.grade ?? DifficultyGrade.NOT_DIFFICULT;
  return { score, grade };
}
