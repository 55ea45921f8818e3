import { describe, expect, it } from "vitest";
import { ROLES } from "@campus/auth";
import { demoData, stableId } from "../src";

describe("the demo data set", () => {
  const today = new Date("2026-11-28T09:00:00Z");
  const { dataset, users } = demoData(today);
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));

  it("is the same on every call (stable ids across subgraphs and machines)", () => {
    expect(demoData(today)).toEqual(demoData(today));
    expect(stableId("a")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("only references rows it contains", () => {
    const people = ids(dataset.people),
      rooms = ids(dataset.rooms),
      units = ids(dataset.orgUnits),
      sessions = ids(dataset.sessions);
    for (const r of dataset.residences)
      expect(people.has(r.personId) && rooms.has(r.roomId)).toBe(true);
    for (const g of dataset.grids) expect(units.has(g.branchId)).toBe(true);
    for (const e of dataset.enrolments)
      expect(people.has(e.personId) && sessions.has(e.sessionId)).toBe(true);
    for (const w of dataset.warnings) expect(people.has(w.personId)).toBe(true);
    for (const p of dataset.people)
      for (const unit of [p.schoolId, p.collegeId]) if (unit) expect(units.has(unit)).toBe(true);
    for (const u of users) expect(people.has(u.personId)).toBe(true);
  });

  it("has unique ids and unique student/staff numbers, one bed per student", () => {
    const all = Object.values(dataset).flat() as { id: string }[];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(new Set(dataset.people.map((p) => p.number)).size).toBe(dataset.people.length);
    expect(new Set(dataset.residences.map((r) => `${r.roomId}/${r.bed}`)).size).toBe(
      dataset.residences.length,
    );
  });

  it("has valid dates, some sittings past and some still open for enrolment", () => {
    const starts = dataset.sessions.map((s) => new Date(s.startsAt).getTime());
    expect(starts.every(Number.isFinite)).toBe(true);
    expect(starts.some((t) => t < today.getTime())).toBe(true);
    expect(starts.some((t) => t > today.getTime())).toBe(true);
    expect(dataset.warnings.every((w) => new Date(w.raisedAt).getTime() < today.getTime())).toBe(
      true,
    );
  });

  it("has a demo user for every role a person can hold, each with the duty that gives it a scope", () => {
    const personRoles = ROLES.filter((r) => r !== "service");
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(new Set(personRoles));
    expect(new Set(users.map((u) => u.key)).size).toBe(users.length);
    const assigned = new Set(dataset.staffAssignments.map((a) => a.personId));
    // Scope comes from the graph's rows, so a staff demo user without any would see nobody.
    for (const u of users.filter((u) =>
      [
        "counselor",
        "class_adviser",
        "grid_leader",
        "building_leader",
        "branch_secretary",
        "college_admin",
        "school_admin",
        "organiser",
        "community_staff",
      ].includes(u.roles[0]),
    )) {
      expect(assigned.has(u.personId), u.key).toBe(true);
    }
    const psychologist = users.find((u) => u.roles.includes("psychology_teacher"));
    expect(dataset.referrals.some((r) => r.referredToId === psychologist?.personId)).toBe(true);
    const caseWorker = users.find((u) => u.roles.includes("task_force_member"));
    expect(dataset.taskForceMembers.some((m) => m.memberId === caseWorker?.personId)).toBe(true);
  });
});
