import { describe, expect, it } from "vitest";
import { label, labelled, pgArray, uuidArray } from "../src/sql";

describe("array literals for one bound parameter", () => {
  it("quotes and escapes text, keeps numbers, order and repeats", () => {
    expect(pgArray(['a"b', "c\\d", "x,y", "{z}"])).toBe('{"a\\"b","c\\\\d","x,y","{z}"}');
    expect(pgArray([3, 1.5, 3])).toBe("{3,1.5,3}");
    expect(pgArray([true, false])).toBe("{true,false}");
    expect(pgArray([])).toBe("{}");
  });

  it("keeps only ids, each once, for a uuid[] filter", () => {
    const id = "3ea7562c-d7bb-57aa-94c1-2c285b6b8417";
    expect(uuidArray([id, "not-an-id", id, "'); drop table x; --"])).toBe(`{"${id}"}`);
    expect(uuidArray(new Set<string>())).toBe("{}");
  });
});

describe("statement labels", () => {
  it("put the operation's name in a comment in front of the statement", () => {
    expect(labelled("evaluation.warningQueue", "select 1")).toBe(
      "/* evaluation.warningQueue */ select 1",
    );
    expect(label("people.personPageByClassId")).toBe("people.personPageByClassId");
  });

  it("refuse anything that could close the comment or is not subgraph.operation", () => {
    for (const bad of [
      "evaluation.x */ drop table warning; /*",
      "warningQueue",
      "evaluation.",
      "Evaluation.queue",
      "evaluation.queue-summary",
      "",
    ]) {
      expect(() => label(bad)).toThrow(/not a statement label/);
    }
  });
});
