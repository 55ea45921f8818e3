/**
 * The completion rules of the freshman formation programme (新生养成教育), as pure functions over
 * what the database holds: a module is met when the hours credited by the student's completed
 * courses in it reach its required hours; the programme is completed when it has modules and
 * every one is met.
 */

/** Most modules a programme has: the source's nine. */
export const MAX_MODULES = 9;

export interface ModuleFacts {
  id: string;
  requiredHours: number;
}
export interface LinkFacts {
  moduleId: string;
  courseId: string;
  hours: number;
}

export interface ModuleProgressFacts {
  moduleId: string;
  hours: number;
  requiredHours: number;
  met: boolean;
  completedCourseIds: string[];
}

export interface ProgrammeProgressFacts {
  modules: ModuleProgressFacts[];
  modulesMet: number;
  hours: number;
  requiredHours: number;
  completed: boolean;
}

/** Hours are compared with a small tolerance: 1/3 + 2/3 hours meet 1 hour. */
const EPSILON = 1e-9;

export function programmeProgress(
  modules: readonly ModuleFacts[],
  links: readonly LinkFacts[],
  completedCourseIds: ReadonlySet<string>,
): ProgrammeProgressFacts {
  const progress = modules.map((module) => {
    const done = links.filter(
      (l) => l.moduleId === module.id && completedCourseIds.has(l.courseId),
    );
    const hours = done.reduce((sum, l) => sum + l.hours, 0);
    return {
      moduleId: module.id,
      hours: Math.round(hours * 100) / 100,
      requiredHours: module.requiredHours,
      met: hours + EPSILON >= module.requiredHours,
      completedCourseIds: done.map((l) => l.courseId),
    };
  });
  const modulesMet = progress.filter((m) => m.met).length;
  return {
    modules: progress,
    modulesMet,
    hours:
      Math.round(progress.reduce((sum, m) => sum + Math.min(m.hours, m.requiredHours), 0) * 100) /
      100,
    requiredHours: modules.reduce((sum, m) => sum + m.requiredHours, 0),
    completed: modules.length > 0 && modulesMet === modules.length,
  };
}
