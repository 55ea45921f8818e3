/**
 * `npm run bench:overhead`: the gateway's per-request overhead, lever by lever, in CPU µs of the
 * calling process (process.cpuUsage, so a loaded machine skews it less than wall time): a
 * subgraph call over Node's fetch with an abort signal against the gateway's node:http transport
 * (the server in a child process, 8 calls in flight), the internal credential signed per call
 * against once per request, and a credential or user token verified against served from the
 * verified-token cache. No database.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { HttpTransport } from "@campus/gateway";

const CALLS = Number(process.env.BENCH_CALLS ?? 4_000);
const IN_FLIGHT = 8;

/** A subgraph stand-in: answers every POST with the same ~2 KB of JSON, in its own process. */
const SERVER = `
const http = require("node:http");
const body = JSON.stringify({ data: { items: Array.from({ length: 40 }, (_, i) => ({ id: "id-" + i, name: "name " + i })) } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => { res.setHeader("content-type", "application/json"); res.end(body); });
});
server.keepAliveTimeout = 65000;
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
`;

/** CPU µs of this process per call of `work`, after a warm-up, `IN_FLIGHT` at a time. */
async function cpuPerCall(calls: number, work: () => Promise<unknown>): Promise<number> {
  const run = async (n: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next++ < n) await work();
      }),
    );
  };
  await run(Math.min(500, calls));
  const before = process.cpuUsage();
  await run(calls);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

async function transportLever(): Promise<void> {
  const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  const url = `http://127.0.0.1:${line.toString().trim()}/graphql`;
  const init = {
    method: "POST",
    headers: { "content-type": "application/json", "x-campus-credential": "x".repeat(400) },
    body: JSON.stringify({
      query:
        "query($representations:[_Any!]!){_entities(representations:$representations){__typename}}",
      variables: { representations: [{ __typename: "Student", id: "1" }] },
    }),
  };
  try {
    const viaFetch = await cpuPerCall(CALLS, async () => {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
      await response.json();
    });
    const transport = new HttpTransport({ timeoutMs: 10_000 });
    const viaTransport = await cpuPerCall(CALLS, async () => {
      const response = await transport.fetch(url, init);
      await response.json();
    });
    transport.close();
    console.log(`subgraph call, fetch + AbortSignal.timeout: ${viaFetch.toFixed(0)} µs CPU`);
    console.log(`subgraph call, node:http transport:        ${viaTransport.toFixed(0)} µs CPU`);
  } finally {
    child.kill();
  }
}

async function main(): Promise<void> {
  console.log(`${CALLS} calls per lever, ${IN_FLIGHT} in flight; CPU of this process only`);
  await transportLever();
}

void main();
