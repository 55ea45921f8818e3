import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CompositionError,
  committedSubgraphSdls,
  composeSupergraph,
  supergraphPath,
} from "../src/compose";

/**
 * The gateway serves the committed supergraph, so it must be exactly what the committed subgraph
 * SDLs compose to. (Each subgraph's own test checks its SDL against its code.)
 */
describe("the committed supergraph", () => {
  it("is what the committed subgraph SDLs compose to, without composition errors", () => {
    const composed = composeSupergraph(committedSubgraphSdls());
    expect(
      readFileSync(supergraphPath, "utf8"),
      "run `npm run compose` and commit the result",
    ).toBe(composed);
  });

  it("joins all four subgraphs", () => {
    const supergraph = readFileSync(supergraphPath, "utf8");
    for (const name of ["ORGANISATION", "PEOPLE", "CURRICULUM", "EVALUATION"]) {
      expect(supergraph).toMatch(
        new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}"`),
      );
    }
  });

  it("reports composition errors instead of writing a broken supergraph", () => {
    const broken = [
      {
        name: "a",
        url: "http://a",
        sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { x: Int } type Thing @key(fields: "id") { id: ID! size: Int }`,
      },
      {
        name: "b",
        url: "http://b",
        sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { y: Int } type Thing @key(fields: "id") { id: ID! size: String }`,
      },
    ];
    expect(() => composeSupergraph(broken)).toThrow(CompositionError);
  });
});
