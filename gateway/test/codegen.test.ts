import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, type CodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";

// The repository's codegen.ts, outside this workspace: imported by path, as the CLI loads it.
const codegen = join(__dirname, "../../codegen.ts");

/**
 * Builds need no codegen step because the typed documents are committed: they must be exactly what
 * the committed schemas and documents generate today.
 */
describe("the committed typed documents", () => {
  it("are what `npm run codegen` generates from the committed schemas and documents", async () => {
    const config = (await import(codegen)) as { codegenConfig: () => Promise<CodegenConfig> };
    const outputs = (await generate(await config.codegenConfig(), false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(
        readFileSync(filename, "utf8"),
        `${filename} is stale: run \`npm run codegen\` and commit the result`,
      ).toBe(content);
    }
  });
});
