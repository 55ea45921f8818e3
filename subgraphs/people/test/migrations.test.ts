import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSchemaDiff } from "@campus/db";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";
import { spellEveryName } from "../migrations/Migration20261203102000";

describe("people migrations and seed", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-migrations");
  const klass = b.studentClass({ name: "电气2401班" });
  const student = b.student({
    name: "王子涵",
    classId: klass.id,
    phone: "13800000001",
    familyAnnualIncome: 36000,
  });
  b.assign(b.staff({ name: "陈晓燕" }), "COUNSELOR", "CLASS", klass.id, {
    startsOn: "2024-09-01",
    endsOn: "2025-07-15",
  });
  const dataset = b.build();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const em = () => harness.subgraphs.people.orm.em.fork() as EntityManager;

  it("seeds classes, people with their class, phone and income, and staff assignments, once", async () => {
    const [person] = await em()
      .getConnection()
      .execute(`select class_id, phone, family_annual_income from people.person where id = ?`, [
        student.id,
      ]);
    expect(person).toEqual({
      class_id: klass.id,
      phone: "13800000001",
      family_annual_income: 36000,
    });
    const assignments = await em()
      .getConnection()
      .execute(
        `select role, target_kind, target_id, starts_on::text, ends_on::text from people.staff_assignment`,
      );
    expect(assignments).toEqual([
      {
        role: "COUNSELOR",
        target_kind: "CLASS",
        target_id: klass.id,
        starts_on: "2024-09-01",
        ends_on: "2025-07-15",
      },
    ]);
    expect(await seed(em(), dataset, { onlyIfEmpty: true })).toBe(false);
  });

  it("fills in the stored pinyin of people written before the roster's migration", async () => {
    const connection = em().getConnection();
    await connection.execute(
      `update people.person set name_pinyin = '', name_initials = '' where id = ?`,
      [student.id],
    );
    await spellEveryName((sql, params) => connection.execute(sql, params));
    const [row] = await connection.execute(
      `select name_pinyin, name_initials from people.person where id = ?`,
      [student.id],
    );
    expect(row).toEqual({ name_pinyin: "wang zi han", name_initials: "wzh" });
  });

  it("bring the database exactly to the entities' shape, checks included", async () => {
    const orm = harness.subgraphs.people.orm;
    expect(await pendingSchemaDiff(orm)).toBe("");
    // An assignment cannot end before it starts, whatever writes it.
    await expect(
      em()
        .getConnection()
        .execute(
          `insert into people.staff_assignment (id, person_id, role, target_kind, target_id, starts_on, ends_on) values (gen_random_uuid(), ?, 'COUNSELOR', 'CLASS', ?, '2025-09-01', '2025-08-31')`,
          [student.id, klass.id],
        ),
    ).rejects.toThrow(/staff_assignment_ends_after_start/);
  });
});
