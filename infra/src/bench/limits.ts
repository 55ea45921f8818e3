/**
 * `npm run bench:limits`: what the operation limits cost. Times the gateway's document gate (parse,
 * then depth, aliases, expanded fields and cost) on every operation the web app sends, next to
 * graphql-js's standard validation that Apollo Server runs anyway, and the time to refuse the
 * fragment bombs of issue 8 (each fragment spreading the one before it twice). In-process, no database.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  apiSchemaOf,
  checkOperationLimits,
  DEFAULT_LIMITS,
  measureDocument,
  supergraphPath,
} from "@campus/gateway";
import { Kind, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2_000);
const webSrc = join(__dirname, "../../../../web/src");

/** Every `const NAME = gql\`...\`` in the web app, with `${OTHER}` fragments resolved by name. */
function webOperations(): Map<string, string> {
  const raw = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry)) {
        const text = readFileSync(path, "utf8");
        for (const m of text.matchAll(/const (\w+) = gql`([^`]*)`/g)) raw.set(m[1], m[2]);
        // Page sizes interpolated into documents, e.g. inbox(first: ${INBOX_SIZE}).
        for (const m of text.matchAll(/const ([A-Z_]+) = (\d[\d_]*);/g))
          raw.set(m[1], m[2].replace(/_/g, ""));
      }
    }
  };
  walk(webSrc);
  const resolve = (text: string, seen: Set<string>): string =>
    text.replace(/\$\{(\w+)\}/g, (_, name: string) =>
      seen.has(name) ? "" : resolve(raw.get(name) ?? "", new Set([...seen, name])),
    );
  const operations = new Map<string, string>();
  for (const [name, text] of raw) {
    if (!/^\s*(query|mutation)\b/.test(text)) continue;
    // A fragment interpolated twice through different paths appears twice: keep its first definition.
    let document;
    try {
      document = parse(resolve(text, new Set([name])));
    } catch {
      continue; // interpolates something computed in code
    }
    const seen = new Set<string>();
    const definitions = document.definitions.filter(
      (d) =>
        !("name" in d && d.kind === Kind.FRAGMENT_DEFINITION) ||
        (!seen.has(d.name.value) && seen.add(d.name.value)),
    );
    operations.set(
      name,
      definitions
        .map((d) => (d.loc ? d.loc.source.body.slice(d.loc.start, d.loc.end) : ""))
        .join("\n"),
    );
  }
  return operations;
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
