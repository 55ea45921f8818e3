import { print, stripIgnoredCharacters } from "graphql";
import { describe, expect, it } from "vitest";
import { aliasedBatch } from "../src/operations/batch";
import { ResidentsOf } from "../src/operations/organisation";
import { StaffScope } from "../src/operations/people";

/** The scope resolution asks organisation for every role's places in one request, by alias. */
describe("aliasedBatch", () => {
  it("repeats the generated document's one field per item, aliased, with numbered variables", () => {
    const batch = aliasedBatch(ResidentsOf, [
      { gridIds: ["g1"], buildingIds: [], branchIds: [] },
      { gridIds: [], buildingIds: ["b2"], branchIds: ["n2"] },
    ]);
    expect(stripIgnoredCharacters(print(batch.document))).toBe(
      stripIgnoredCharacters(
        "query ResidentsOf($gridIds_0: [ID!]!, $buildingIds_0: [ID!]!, $branchIds_0: [ID!]!, $gridIds_1: [ID!]!, $buildingIds_1: [ID!]!, $branchIds_1: [ID!]!) " +
          "{ r0: residentsOf(gridIds: $gridIds_0, buildingIds: $buildingIds_0, branchIds: $branchIds_0) " +
          "r1: residentsOf(gridIds: $gridIds_1, buildingIds: $buildingIds_1, branchIds: $branchIds_1) }",
      ),
    );
    expect(batch.variables).toEqual({
      gridIds_0: ["g1"],
      buildingIds_0: [],
      branchIds_0: [],
      gridIds_1: [],
      buildingIds_1: ["b2"],
      branchIds_1: ["n2"],
    });
    expect(batch.results({ r0: ["s1"], r1: ["s2", "s3"] })).toEqual([
      { residentsOf: ["s1"] },
      { residentsOf: ["s2", "s3"] },
    ]);
  });

  it("leaves the generated document as it was", () => {
    const before = print(StaffScope);
    aliasedBatch(StaffScope, [{ personId: "p1" }, { personId: "p2" }]);
    expect(print(StaffScope)).toBe(before);
  });
});
