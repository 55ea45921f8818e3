import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Person } from "../person/person.entity";
import type { PersonRepository } from "../person/person.repository";

/**
 * The students of each unit (those whose school or residential college it is), by id: one
 * statement for all the units of a request tick, however many students.
 */
function unitStudentIdsLoader(em: EntityManager): DataLoader<string, string[]> {
  return new DataLoader(async (unitIds) => {
    const rows = await em
      .getRepository<Person, PersonRepository>(Person)
      .studentsOfUnits([...unitIds]);
    const byUnit = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    for (const row of rows) {
      byUnit.get(row.school_id ?? "")?.push(row.id);
      // A unit that is both a student's school and college (bad data) lists them once.
      if (row.college_id !== row.school_id) byUnit.get(row.college_id ?? "")?.push(row.id);
    }
    return unitIds.map((id) => byUnit.get(id) ?? []);
  });
}

export function orgUnitLoaders(em: EntityManager) {
  return { unitStudentIds: unitStudentIdsLoader(em) };
}
