import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { subgraphListing } from "@campus/contract";
import { printSubgraphSdl } from "@campus/subgraph/server";
import { repoRoot, subgraphModules } from "../src";

/** The committed SDL files are what composition reads; they must be what the code serves. */
describe.each(subgraphModules.map((m) => [m.definition.name, m] as const))(
  "%s schema.graphql",
  (name, module) => {
    it("is in step with the code", async () => {
      const committed = readFileSync(join(repoRoot, subgraphListing(name).schemaPath), "utf8");
      expect(committed, "run `npm run compose` and commit the result").toBe(
        await printSubgraphSdl(module.definition),
      );
    });
  },
);
