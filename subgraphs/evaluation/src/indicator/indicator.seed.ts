import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { IndicatorKind } from "./indicator.enums";
import { IndicatorBatch } from "./indicator-batch.entity";
import { IndicatorRecord } from "./indicator-record.entity";

/** `date` (YYYY-MM-DD) minus `days`. */
function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * A term of indicator history for every student of the dataset, dated back from today, the same on
 * every run: most students look ordinary, and every twelfth, in turn, looks like one of the demo
 * rules' cases (failing credits, late returns, low card spending, a counselling referral), so a
 * run of the warning engine in the demo raises a handful of warnings, each with its evidence.
 */
export function seedIndicators(em: EntityManager, data: Dataset): void {
  const students = data.people.filter((p) => p.kind === "STUDENT");
  if (students.length === 0) return;
  const batch = em.create(IndicatorBatch, {
    clientKey: "demo-seed",
    source: "admin",
    accepted: 0,
    rejected: 0,
    rows: [],
  });
  const on = today();
  let accepted = 0;
  const record = (personId: string, kind: IndicatorKind, value: number, daysAgo: number) => {
    em.create(IndicatorRecord, {
      personId,
      kind,
      value,
      observedOn: daysBefore(on, daysAgo),
      source: "admin",
      batch,
    });
    accepted++;
  };
  students.forEach((student, i) => {
    const profile = i % 12;
    const id = student.id;
    // Everyone: a term GPA, two months of card spending, and now and then a late return.
    record(id, IndicatorKind.GPA, profile === 0 ? 1.6 : 2.6 + ((i * 7) % 14) / 10, 100);
    record(
      id,
      IndicatorKind.CARD_SPENDING,
      profile === 6 ? 210 + (i % 5) * 10 : 700 + ((i * 37) % 600),
      40,
    );
    record(
      id,
      IndicatorKind.CARD_SPENDING,
      profile === 6 ? 240 + (i % 3) * 10 : 650 + ((i * 53) % 700),
      10,
    );
    if (i % 5 === 1) record(id, IndicatorKind.LATE_RETURNS, 1, 12);
    if (profile === 0) {
      record(id, IndicatorKind.FAILED_CREDITS, 6, 120);
      record(id, IndicatorKind.FAILED_CREDITS, 4 + (i % 3) * 2, 20);
      record(id, IndicatorKind.CLASS_ABSENCES, 3, 15);
    }
    if (profile === 3)
      for (const daysAgo of [2, 5, 9, 14, 20, 26])
        record(id, IndicatorKind.LATE_RETURNS, 1, daysAgo);
    if (profile === 9) record(id, IndicatorKind.COUNSELLING_REFERRALS, 1, 18);
    if (profile === 11) record(id, IndicatorKind.DAYS_WITHOUT_DORM_ACCESS, 3, 4);
  });
  batch.accepted = accepted;
}
