import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId, type Dataset } from "@campus/demo-data";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { Resource } from "./resource.entity";
import { ResourceKind } from "./resource.enums";
import { pushResourcesFor } from "./resource-push.run";
import { ResourceRule } from "./resource-rule.entity";

type Rule = { warningCategory?: WarningCategory; minLevel?: WarningLevel; caseKind?: CaseKind };

/** A starter catalogue with the rules that push it; administrators edit or retire it like any other. */
const CATALOGUE: {
  key: string;
  kind: ResourceKind;
  title: string;
  description: string;
  provider: string;
  location?: string;
  url?: string;
  rules: Rule[];
}[] = [
  {
    key: "tutoring",
    kind: ResourceKind.TUTORING,
    title: "朋辈学业辅导（高等数学、大学物理）",
    description: "高年级优秀学生一对一或小组辅导，每周二、四晚开放，可预约。",
    provider: "学生学业发展中心",
    location: "图书馆二层研讨室",
    rules: [{ warningCategory: WarningCategory.ACADEMIC }, { caseKind: CaseKind.ACADEMIC }],
  },
  {
    key: "study-plan",
    kind: ResourceKind.TUTORING,
    title: "学业规划面谈",
    description: "与学业导师制定本学期补修与重修计划。",
    provider: "教务处",
    location: "主楼A座203",
    rules: [{ warningCategory: WarningCategory.ACADEMIC, minLevel: WarningLevel.ORANGE }],
  },
  {
    key: "career",
    kind: ResourceKind.CAREER_GUIDANCE,
    title: "生涯规划一对一咨询",
    description: "职业测评与生涯咨询，帮助明确方向、重建学习动力。",
    provider: "就业指导中心",
    url: "https://career.example.edu.cn/consult",
    rules: [{ warningCategory: WarningCategory.ACADEMIC, minLevel: WarningLevel.RED }],
  },
  {
    key: "mental-health",
    kind: ResourceKind.MENTAL_HEALTH_EDUCATION,
    title: "心理健康教育团体辅导",
    description: "压力管理与情绪调节团体活动，每期六次，保密进行。",
    provider: "心理健康教育与咨询中心",
    location: "学生活动中心三层",
    rules: [
      { warningCategory: WarningCategory.MENTAL_HEALTH },
      { caseKind: CaseKind.MENTAL_HEALTH },
    ],
  },
  {
    key: "league",
    kind: ResourceKind.PARTY_LEAGUE_ACTIVITY,
    title: "“青春同行”团支部结对活动",
    description: "团支部组织的志愿服务与结对交流，帮助融入集体。",
    provider: "校团委",
    rules: [{ warningCategory: WarningCategory.BEHAVIOUR }],
  },
  {
    key: "aid",
    kind: ResourceKind.FINANCIAL_AID,
    title: "国家助学金与勤工助学岗位",
    description: "家庭经济困难学生可申请助学金及校内勤工助学岗位。",
    provider: "学生资助管理中心",
    url: "https://aid.example.edu.cn",
    rules: [
      { warningCategory: WarningCategory.FINANCIAL },
      { caseKind: CaseKind.ECONOMIC },
      { caseKind: CaseKind.FAMILY },
    ],
  },
];

/**
 * The starter catalogue and its rules, then one push run, so students of the dataset with open
 * warnings or cases find their inboxes filled.
 */
export async function seedResources(em: EntityManager, _data: Dataset): Promise<void> {
  // A database that has a catalogue keeps it: the administrators' edits win over the starter one.
  const catalogue = (await em.count(Resource)) === 0 ? CATALOGUE : [];
  for (const entry of catalogue) {
    const resource = em.create(Resource, {
      id: stableId(`resource:${entry.key}`),
      kind: entry.kind,
      title: entry.title,
      description: entry.description,
      provider: entry.provider,
      location: entry.location ?? null,
      url: entry.url ?? null,
    });
    entry.rules.forEach((rule, i) =>
      em.create(ResourceRule, {
        id: stableId(`resource-rule:${entry.key}:${i}`),
        resource,
        warningCategory: rule.warningCategory ?? null,
        minLevel: rule.minLevel ?? null,
        caseKind: rule.caseKind ?? null,
      }),
    );
  }
  await em.flush();
  await pushResourcesFor(em);
}
