import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, type CodegenConfig } from "@graphql-codegen/cli";
import { afterAll, describe, expect, it } from "vitest";
import { committedSubgraphSdls, composeSupergraph, repoRoot } from "../src/compose";

// The repository's codegen.ts, outside this workspace: imported by path, as the CLI loads it.
const codegen = join(__dirname, "../../codegen.ts");

/**
 * Builds need no codegen step because the typed documents are committed: they must be exactly what
 * the committed schemas and documents generate today.
 */
// Generating every codegen target takes ~15 s on an idle 2-core machine and twice that on a busy
// one (32 s seen): a generous timeout, as below.
describe("the committed typed documents", { timeout: 240_000 }, () => {
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

/**
 * `npm run typecheck` begins with `npm run codegen -- --check`, the step shown here: the web app's
 * and the tests' operations are checked against a supergraph composed from changed subgraph SDL,
 * as a subgraph change would leave it. The real CLI with the repository's codegen.ts, so what
 * passes here passes there.
 */
// Each check loads every codegen target (~15 s on an idle 2-core machine): generous timeouts.
describe("the typecheck's codegen step, against a changed schema", { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "campus-codegen-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The committed subgraph SDLs with evaluation's changed by `change`, composed and written out. */
  function supergraphWith(change: (sdl: string) => string): string {
    const subgraphs = committedSubgraphSdls().map((s) =>
      s.name === "evaluation" ? { ...s, sdl: change(s.sdl) } : s,
    );
    const evaluation = subgraphs.find((s) => s.name === "evaluation");
    const committed = committedSubgraphSdls().find((s) => s.name === "evaluation");
    expect(evaluation?.sdl, "the change must change the schema").not.toBe(committed?.sdl);
    const file = join(dir, `supergraph-${randomUUID()}.graphql`);
    writeFileSync(file, composeSupergraph(subgraphs));
    return file;
  }

  /** `graphql-codegen --check` from the repository root; never writes (check mode). */
  function check(supergraph?: string): { status: number | null; output: string } {
    // As `npm run typecheck` runs it: the CLI renders nothing, errors included, when NODE_ENV=test.
    const env: NodeJS.ProcessEnv = { ...process.env, CAMPUS_SUPERGRAPH: supergraph ?? "" };
    delete env.NODE_ENV;
    const result = spawnSync(
      join(repoRoot, "node_modules/.bin/graphql-codegen"),
      ["--config", "codegen.ts", "--check"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env,
        timeout: 200_000,
      },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  /** WarningQueueSummary's fields in evaluation's SDL, `edit` applied to the type's body. */
  const queueSummary = (edit: (body: string) => string) => (sdl: string) =>
    sdl.replace(
      /(type WarningQueueSummary \{)([^}]*)(\})/,
      (_, open: string, body: string, close: string) => `${open}${edit(body)}${close}`,
    );

  it("fails, naming the operation's file and field, when a field an operation asks for is gone", () => {
    const supergraph = supergraphWith(
      queueSummary((body) => body.replace(/\n\s*"""[^"]*"""\n\s*dueToday: Int!/, "")),
    );
    const { status, output } = check(supergraph);
    expect(status).not.toBe(0);
    expect(output).toContain('Cannot query field "dueToday" on type "WarningQueueSummary"');
    expect(output).toContain("web/src/pages/WarningQueuePage.tsx");
  });

  it("fails, naming the stale types, when a field an operation reads changes its type", () => {
    const supergraph = supergraphWith(
      queueSummary((body) => body.replace("overdue: Int!", "overdue: Int")),
    );
    const { status, output } = check(supergraph);
    expect(status).not.toBe(0);
    expect(output).toContain("stale files");
    expect(output).toContain("web/src/generated/graphql.ts");
  });
});
