import { describe, expect, it } from "vitest";
import type { Caller } from "@campus/auth";
import { Access, AuditTrail, decodeScope, encodeScope, scopeDigest } from "../src";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const counselor: Caller = {
  subject: "c",
  personId: id(900),
  name: "c",
  roles: ["counselor", "grid_leader"],
};

describe("scope encoding", () => {
  it("round-trips and has one digest per scope, whatever the order", () => {
    const a = encodeScope({ students: { counselor: [id(2), id(1)], admin: "all" } });
    const b = encodeScope({ students: { admin: "all", counselor: [id(1), id(2), id(1)] } });
    expect(a.blob).toBe(b.blob);
    expect(a.digest).toBe(scopeDigest(b.blob));
    expect(a.size).toBe(2);
    expect(decodeScope(a.blob)).toEqual({ students: { admin: "all", counselor: [id(1), id(2)] } });
  });

  it("is 16 bytes a student before base64", () => {
    const ids = Array.from({ length: 8000 }, (_, i) => id(i));
    const { blob } = encodeScope({ students: { college_admin: ids } });
    expect(blob.length).toBeLessThan(8000 * 22 + 100);
  });

  it("refuses what it did not write", () => {
    expect(() => encodeScope({ students: { counselor: ["not-a-uuid"] } })).toThrow(/not a uuid/);
    expect(() => decodeScope(JSON.stringify({ s: { counselor: "AAA" } }))).toThrow(/malformed/);
    expect(() => decodeScope(JSON.stringify({ s: { wizard: "*" } }))).toThrow(/malformed/);
  });
});

describe("Access", () => {
  const access = new Access(counselor, {
    students: { counselor: [id(1)], grid_leader: [id(1), id(2)] },
  });

  it("grants a role's purposes only for the students its scope covers", () => {
    expect(access.grant(id(1), ["MENTAL_HEALTH"])).toEqual({
      purpose: "MENTAL_HEALTH",
      via: "counselor",
    });
    // The grid leader role reaches id(2), but only for contact.
    expect(access.grant(id(2), ["CONTACT"])).toEqual({ purpose: "CONTACT", via: "grid_leader" });
    expect(access.grant(id(2), ["CARE"])).toBeNull();
    expect(access.grant(id(3), ["CONTACT"])).toBeNull();
  });

  it("gives everyone their own data except mental-health categories", () => {
    expect(access.grant(id(900), ["FINANCIAL"])).toEqual({ purpose: "FINANCIAL", via: "self" });
    expect(access.grant(id(900), ["MENTAL_HEALTH"])).toBeNull();
    expect(access.grant(id(900), ["CARE"], { includeSelf: false })).toBeNull();
  });

  it("lists the students for a purpose, for SQL filters", () => {
    expect(access.students("CARE", { includeSelf: false })).toEqual([id(1)]);
    expect(new Set(access.students())).toEqual(new Set([id(1), id(2), id(900)]));
    expect(new Access(counselor, { students: { admin: "all" } }).students("CARE")).toBe("all");
  });

  it("gives a service client only the purposes it was registered for", () => {
    const client = new Access(
      { subject: "client:x", personId: null, name: "x", roles: ["service"] },
      { students: { service: "all" }, clientPurposes: ["CONTACT"] },
    );
    expect(client.grant(id(5), ["CONTACT"])?.via).toBe("service");
    expect(client.grant(id(5), ["CARE"])).toBeNull();
  });
});

describe("AuditTrail", () => {
  it("counts one read per student and field in a request", () => {
    const trail = new AuditTrail();
    trail.record({ subjectId: id(1), field: "Person.phone", purpose: "CONTACT" });
    trail.record({ subjectId: id(1), field: "Person.phone", purpose: "CONTACT" });
    trail.record({ subjectId: id(2), field: "Person.phone", purpose: "CONTACT" });
    expect(trail.reads).toHaveLength(2);
  });
});
