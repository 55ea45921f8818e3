import { describe, expect, it } from "vitest";
import { pgArray, uuidArray } from "../src/sql";

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
