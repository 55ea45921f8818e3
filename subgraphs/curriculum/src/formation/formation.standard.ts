/**
 * The nine modules a new programme starts with. The source (DOMAIN.md §3) names three of them:
 * 校史校情, 成长励志 and 职业规划; the other six names, and every module's hours, are our
 * assumption until the college gives its own (organisers rename and re-weigh them).
 */
export interface StandardModule {
  nameZh: string;
  nameEn: string;
  requiredHours: number;
  /** Whether the source names the module. */
  fromSource: boolean;
}

export const STANDARD_MODULES: readonly StandardModule[] = [
  { nameZh: "校史校情", nameEn: "University history", requiredHours: 2, fromSource: true },
  { nameZh: "成长励志", nameEn: "Growth and motivation", requiredHours: 2, fromSource: true },
  { nameZh: "职业规划", nameEn: "Career planning", requiredHours: 2, fromSource: true },
  { nameZh: "学业指导", nameEn: "Academic guidance", requiredHours: 2, fromSource: false },
  { nameZh: "心理健康", nameEn: "Mental health", requiredHours: 2, fromSource: false },
  { nameZh: "安全教育", nameEn: "Safety education", requiredHours: 2, fromSource: false },
  { nameZh: "劳动教育", nameEn: "Labour education", requiredHours: 2, fromSource: false },
  { nameZh: "美育素养", nameEn: "Aesthetic literacy", requiredHours: 2, fromSource: false },
  { nameZh: "体能习惯", nameEn: "Fitness habits", requiredHours: 2, fromSource: false },
];
