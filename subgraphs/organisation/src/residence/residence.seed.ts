import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Room } from "../room/room.entity";
import { Residence } from "./residence.entity";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a dataset date, naming the row when it is not one (PostgreSQL would fail later, namelessly). */
function seedDate(value: string, what: string): string {
  if (!LOCAL_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`seed: ${what} is not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return value;
}

export async function seedResidences(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.residences) {
    em.create(Residence, {
      id: row.id,
      personId: row.personId,
      room: em.getReference(Room, row.roomId),
      bed: row.bed,
      movedInOn: seedDate(row.movedInOn, `residence ${row.id} movedInOn`),
      movedOutOn:
        row.movedOutOn === null ? null : seedDate(row.movedOutOn, `residence ${row.id} movedOutOn`),
    });
  }
}
