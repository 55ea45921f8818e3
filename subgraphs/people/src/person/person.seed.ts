import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Person } from "./person.entity";
import { DegreeLevel, PersonKind, PoliticalStatus } from "./person.enums";

export async function seedPeople(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.people) {
    em.create(Person, {
      id: row.id,
      name: row.name,
      kind: row.kind as PersonKind,
      number: row.number,
      cohort: row.cohort,
      degreeLevel: row.degreeLevel as DegreeLevel | null,
      politicalStatus: row.politicalStatus as PoliticalStatus,
      schoolId: row.schoolId,
      collegeId: row.collegeId,
      classId: row.classId,
      phone: row.phone,
      familyAnnualIncome: row.familyAnnualIncome,
    });
  }
}
