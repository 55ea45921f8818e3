/**
 * `npm run bench:limits`: what the operation limits cost. Times the gateway's document gate (parse,
 * then depth, aliases, expanded fields and cost) on every operation the web app sends, next to
 * graphql-js's standard validation that Apollo Server runs anyway, and the time to refuse the
 * fragment bombs of issue 8 (each fragment spreading the one before it twice). In-process, no database.
 */
import { readFileSync } from "node:fs";
import {
  apiSchemaOf,
  checkOperationLimits,
  DEFAULT_LIMITS,
  measureDocument,
  supergraphPath,
} from "@campus/gateway";
import { parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { webOperation, webOperationNames } from "./deployment/operations";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2_000);

/** Every operation the web app sends, as it sends it (deployment/operations.ts). */
function webOperations(): Map<string, string> {
  return new Map(webOperationNames().map((name) => [name, webOperation(name).text]));
}

function fragmentBomb(levels: number): string {
  const fragments = [`fragment F0 on Query { __typename }`];
  for (let i = 1; i <= levels; i++)
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${levels} } ${fragments.join(" ")}`;
}

function time(rounds: number, work: () => void): number {
  for (let i = 0; i < Math.min(50, rounds); i++) work();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) work();
  return ((performance.now() - started) / rounds) * 1000; // µs
}

function gate(schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}) {
  return checkOperationLimits(
    schema,
    parse(source, { maxTokens: DEFAULT_LIMITS.maxTokens }),
    DEFAULT_LIMITS,
    variables,
  );
}

async function main() {
  const schema = await apiSchemaOf(readFileSync(supergraphPath, "utf8"));
  console.log(
    `limits ${JSON.stringify(DEFAULT_LIMITS)}, ${ROUNDS} rounds each, Node ${process.version}\n`,
  );
  console.log(
    "| web operation | fields | depth | cost | limits check (parsed) | parse + limits | standard validation | passes |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const [name, source] of webOperations()) {
    const document = parse(source);
    // The web app's pages ask for at most 50 rows ($first); other variables do not change the cost.
    const variables = { first: 50 };
    const measured = measureDocument(schema, document, variables);
    const m = measured === "budget" ? null : measured[0];
    const checkUs = time(ROUNDS, () =>
      checkOperationLimits(schema, document, DEFAULT_LIMITS, variables),
    );
    const gateUs = time(ROUNDS, () => gate(schema, source, variables));
    const validateUs = time(ROUNDS, () => validate(schema, document, specifiedRules));
    const refused = gate(schema, source, variables).map((e) => e.extensions.limit);
    const invalid =
      validate(schema, document).length > 0 ? " (invalid against the supergraph)" : "";
    console.log(
      `| ${name} | ${m?.selections} | ${m?.depth} | ${m?.cost} | ${checkUs.toFixed(0)} µs | ${gateUs.toFixed(0)} µs | ${validateUs.toFixed(0)} µs | ${refused.length ? `refused: ${refused.join(", ")}` : "yes"}${invalid} |`,
    );
  }
  console.log(
    "\n| fragment bomb | document | gate refuses in | refused by | standard validation of the same document |",
  );
  console.log("|---|---|---|---|---|");
  for (const levels of [10, 14, 16, 22, 30]) {
    const source = fragmentBomb(levels);
    const gateUs = time(levels > 16 ? 200 : ROUNDS, () => gate(schema, source));
    const [error] = gate(schema, source);
    let validation = "not run (grows 2× per level)";
    if (levels <= 16) {
      const document = parse(source);
      const started = performance.now();
      validate(schema, document, specifiedRules);
      validation = `${(performance.now() - started).toFixed(1)} ms`;
    }
    console.log(
      `| depth ${levels} | ${source.length} bytes | ${gateUs.toFixed(0)} µs | ${error ? `${String(error.extensions.limit)} (${String(error.extensions.actual)})` : "answered"} | ${validation} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
