/**
 * `npm run bench:overhead`: the gateway's per-request overhead, lever by lever, in CPU µs of the
 * calling process (process.cpuUsage, so a loaded machine skews it less than wall time): a
 * subgraph call over Node's fetch with an abort signal against the gateway's node:http transport
 * (the server in a child process, 8 calls in flight), the internal credential signed per call
 * against once per request, and a credential or user token verified against served from the
 * verified-token cache; the profile's operation limits measured per request against the document
 * gate's held verdict. No database.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  createCredentialSigner,
  createCredentialVerifier,
  createUserTokenVerifier,
  generateKeyPairPem,
  reusableCredential,
  signDevUserToken,
  type Caller,
  type InternalCredential,
} from "@campus/auth";
import { readFileSync } from "node:fs";
import {
  HttpTransport,
  apiSchemaOf,
  checkOperationLimits,
  DEFAULT_LIMITS,
  documentGate,
  supergraphPath,
} from "@campus/gateway";
import { webOperation } from "./deployment/operations";

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

/** Subgraph calls in one StudentProfile's plan (7 fetches in 3 hops). */
const CALLS_PER_PROFILE = 7;

const CALLER: Caller = {
  subject: "bench:admin",
  personId: null,
  name: "admin",
  roles: ["admin"],
  client: "web",
};

async function credentialLevers(): Promise<void> {
  const rounds = Math.max(200, Math.floor(CALLS / 4));
  const keys = generateKeyPairPem();
  const sign = await createCredentialSigner(keys.privateKeyPem);
  let request = 0;
  const credential = (): InternalCredential => ({
    caller: CALLER,
    requestId: `r-${request++}`,
    scopeDigest: "d".repeat(43),
  });
  const perCall = await cpuPerCall(rounds, async () => {
    const c = credential();
    for (let i = 0; i < CALLS_PER_PROFILE; i++) await sign(c);
  });
  const perRequest = await cpuPerCall(rounds, async () => {
    const token = reusableCredential(sign, credential());
    for (let i = 0; i < CALLS_PER_PROFILE; i++) await token();
  });
  console.log(
    `credential signed per call (7 per profile):  ${perCall.toFixed(0)} µs CPU per profile`,
  );
  console.log(
    `credential signed once per request:          ${perRequest.toFixed(0)} µs CPU per profile`,
  );

  // Each subgraph verifies the credential of every call it gets; organisation gets 3 of the 7. Each
  // request brings a credential not seen before: the cache saves the 2nd and 3rd verification.
  const fresh = await Promise.all(
    Array.from({ length: Math.min(500, rounds) + rounds }, () => sign(credential())),
  );
  for (const cache of [false, true]) {
    const verify = await createCredentialVerifier(keys.publicKeyPem, { cache });
    let n = 0;
    const used = await cpuPerCall(rounds, async () => {
      const token = fresh[n++ % fresh.length];
      for (let i = 0; i < 3; i++) await verify(token);
    });
    console.log(
      `a request's credential verified in 3 calls to one subgraph, ${cache ? "cached:  " : "uncached:"} ${used.toFixed(0)} µs CPU`,
    );
  }

  const issuer = generateKeyPairPem();
  const userToken = await signDevUserToken(issuer.privateKeyPem, {
    subject: CALLER.subject,
    name: CALLER.name,
    personId: null,
    roles: ["admin"],
  });
  for (const cacheSeconds of [0, 60]) {
    const verify = await createUserTokenVerifier({
      issuer: "campus-graph-dev",
      audience: "campus-graph",
      publicKeyPem: issuer.publicKeyPem,
      cacheSeconds,
    });
    const used = await cpuPerCall(rounds, () => verify(userToken));
    console.log(
      `user token verified per request, ${cacheSeconds ? "cached 60 s:" : "uncached:   "} ${used.toFixed(0)} µs CPU`,
    );
  }
}

/** The limits check on the profile's parsed document (what the gate did per request) against the gate with its verdict held. */
async function gateLever(): Promise<void> {
  const rounds = Math.max(500, CALLS);
  const schema = await apiSchemaOf(readFileSync(supergraphPath, "utf8"));
  const profile = webOperation("StudentProfile");
  let n = 0;
  const measured = await cpuPerCall(rounds, async () => {
    checkOperationLimits(schema, profile.document, DEFAULT_LIMITS, { id: `s-${n++}` });
  });
  // The gate as express calls it, on a request as express.json leaves it.
  const gate = documentGate({ limits: DEFAULT_LIMITS, production: true, schema: () => schema });
  const call = () => {
    const req = {
      method: "POST",
      is: () => "application/json",
      body: { query: profile.text, variables: { id: `s-${n++}` } },
    };
    const res = { locals: { caller: { roles: ["admin"] } } };
    let passed = false;
    gate(req as never, res as never, () => (passed = true));
    if (!passed) throw new Error("the gate refused the profile");
  };
  const gated = await cpuPerCall(rounds, async () => call());
  console.log(`StudentProfile limits check, measured per request: ${measured.toFixed(0)} µs CPU`);
  console.log(`StudentProfile through the gate, verdict held:    ${gated.toFixed(0)} µs CPU`);
}

async function main(): Promise<void> {
  console.log(`${CALLS} calls per lever, ${IN_FLIGHT} in flight; CPU of this process only`);
  if (process.env.BENCH_LEVERS !== "auth") await transportLever();
  await credentialLevers();
  await gateLever();
}

void main();
