import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigMap, Namespace, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { SUBGRAPHS } from "@campus/contract";
import { readGatewayEnv } from "@campus/gateway";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import { readSubgraphEnv } from "@campus/subgraph/server";
import { repoRoot } from "../src/env";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src/subgraphs";
import { campusSlice } from "./fixtures";
import { buildKustomization, type K8sObject } from "./kustomize";

/**
 * infra/deploy: the container image and the Kubernetes manifests, read as `kubectl apply -k` would
 * apply them (./kustomize.ts), checked against the Kubernetes schemas of their kind
 * (kubernetes-models) and against what the services really read: their commands are files the build
 * produces, their ports and variables are the ones the services' own env readers take, their probes
 * answer on a running gateway and subgraph.
 */
const k8s = join(repoRoot, "infra/deploy/k8s");
const KUSTOMIZATIONS = {
  base: "base",
  migrate: "migrate",
  production: "overlays/production",
  productionMigrate: "overlays/production/migrate",
} as const;
const built = Object.fromEntries(
  Object.entries(KUSTOMIZATIONS).map(([key, dir]) => [key, buildKustomization(join(k8s, dir))]),
) as Record<keyof typeof KUSTOMIZATIONS, K8sObject[]>;
const every = Object.entries(built).flatMap(([key, objects]) =>
  objects.map((o) => ({ from: key, object: o })),
);

/** The validators of the kinds the manifests use, by apiVersion/kind. */
const MODELS: Record<string, { validate(): void } & (new (data: never) => { validate(): void })> = {
  "v1/Namespace": Namespace,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
} as never;
/** CloudNativePG's kinds: kubernetes-models has no schema for them (checked by hand below). */
const CNPG = new Set(["postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup"]);

const kindOf = (o: K8sObject) => `${o.apiVersion}/${o.kind}`;
const ofKind = <T>(objects: K8sObject[], kind: string) =>
  objects.filter((o) => o.kind === kind) as unknown as (T & K8sObject)[];

type Workload = { metadata: { name: string }; spec: { template: { spec: IPodSpec } } };
const podsOf = (objects: K8sObject[]) =>
  [...ofKind<Workload>(objects, "Deployment"), ...ofKind<Workload>(objects, "Job")].map((w) => ({
    workload: w,
    labels: (w.spec.template as { metadata?: { labels?: Record<string, string> } }).metadata
      ?.labels,
    spec: w.spec.template.spec,
  }));
const containersOf = (objects: K8sObject[]) =>
  podsOf(objects).flatMap(({ workload, spec }) =>
    [...(spec.initContainers ?? []), ...spec.containers].map((container) => ({
      workload: workload.metadata.name,
      container,
    })),
  );

/** The script a container runs with `node` (every service is `node <file> [args]`). */
function scriptOf(container: IContainer): { script: string; args: string[] } {
  const [node, script, ...args] = [...(container.command ?? []), ...(container.args ?? [])];
  expect(node, `${container.name} runs node`).toBe("node");
  return { script, args };
}

/** What each kind of container runs: the subgraph, the gateway, or one subgraph's migrations. */
function roleOf(script: string, args: string[]) {
  const subgraph = SUBGRAPHS.find((s) => script === `subgraphs/${s.name}/dist/src/main.js`);
  if (subgraph) return { kind: "subgraph" as const, subgraph };
  if (script === "gateway/dist/src/main.js") return { kind: "gateway" as const };
  const migrated = SUBGRAPHS.find((s) => s.name === args[0]);
  if (script === "infra/dist/src/migrate-subgraph.js" && migrated)
    return { kind: "migration" as const, subgraph: migrated };
  throw new Error(`${script} ${args.join(" ")} is no service this test knows`);
}

/**
 * The container's environment with a stand-in for each Secret and ConfigMap value (PEM-shaped for
 * keys), recording every name the service's env reader looks at.
 */
function environmentOf(container: IContainer, objects: K8sObject[]) {
  const values: Record<string, string> = {};
  for (const variable of container.env ?? []) {
    const from = variable.valueFrom;
    if (from?.configMapKeyRef) {
      const map = ofKind<{ data?: Record<string, string> }>(objects, "ConfigMap").find(
        (m) => m.metadata.name === from.configMapKeyRef?.name,
      );
      const value = map?.data?.[from.configMapKeyRef.key];
      expect(value, `${variable.name}: ConfigMap ${from.configMapKeyRef.name}`).toBeTypeOf(
        "string",
      );
      values[variable.name] = value ?? "";
    } else if (from?.secretKeyRef)
      values[variable.name] = from.secretKeyRef.key.endsWith(".pem")
        ? "-----BEGIN KEY-----\nstand-in\n-----END KEY-----\n"
        : `secret:${from.secretKeyRef.name}/${from.secretKeyRef.key}`;
    else values[variable.name] = variable.value ?? "";
  }
  const read = new Set<string>();
  const env = new Proxy(values, {
    get(target, name: string) {
      read.add(name);
      return target[name];
    },
  });
  return { values, env, read };
}

describe("infra/deploy: the Dockerfile", () => {
  const dockerfile = readFileSync(join(repoRoot, "infra/deploy/Dockerfile"), "utf8");
  const lines = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));

  it("pins a Node line still supported, by exact release, in every stage", () => {
    const arg = lines.find((l) => l.startsWith("ARG NODE_IMAGE="));
    const match = /^ARG NODE_IMAGE=node:(\d+)\.(\d+)\.(\d+)-[a-z]+(-slim)?$/.exec(arg ?? "");
    expect(match, arg).not.toBeNull();
    // Node 20 ended in April 2026; 22 (to April 2027) and 24 are the LTS lines the code runs on.
    expect(["22", "24"]).toContain(match?.[1]);
    const froms = lines.filter((l) => l.startsWith("FROM "));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^FROM \$\{NODE_IMAGE\} AS \w+$/);
  });

  it("builds with npm ci and turbo, keeps production dependencies only, and runs as a non-root user", () => {
    const runtime = lines.slice(lines.findLastIndex((l) => l.startsWith("FROM ")));
    const build = lines.slice(
      0,
      lines.findLastIndex((l) => l.startsWith("FROM ")),
    );
    expect(build).toContain("RUN npm ci");
    expect(build.some((l) => /^RUN npx turbo run build\b/.test(l))).toBe(true);
    expect(build.some((l) => l.includes("npm prune --omit=dev"))).toBe(true);
    const user = runtime.filter((l) => l.startsWith("USER ")).at(-1);
    expect(user, "the runtime stage sets USER").toBeDefined();
    const [uid] = (user ?? "").slice(5).trim().split(":");
    expect(uid).toMatch(/^\d+$/); // numeric: Kubernetes' runAsNonRoot can only check a number
    expect(Number(uid)).toBeGreaterThan(0);
    expect(runtime.findIndex((l) => l.startsWith("USER "))).toBeLessThan(
      runtime.findIndex((l) => l.startsWith("CMD ")),
    );
  });

  it("runs a file the build produces, in a folder the runtime stage copies", () => {
    const cmd = lines.filter((l) => l.startsWith("CMD ")).at(-1) ?? "";
    const [node, script] = JSON.parse(cmd.slice(4)) as string[];
    expect(node).toBe("node");
    expect(existsSync(join(repoRoot, script)), `${script} after turbo run build`).toBe(true);
    expect(dockerfile).toContain('cp -a "$dir/dist" "/out/$dir/"');
    expect(dockerfile).toContain("for dir in packages/* subgraphs/* gateway web infra");
    expect(existsSync(join(repoRoot, "web/dist/index.html"))).toBe(true);
  });
});

describe("infra/deploy/k8s: the manifests", () => {
  it("are valid objects of their kind (kubernetes-models), or CloudNativePG's", () => {
    for (const { from, object } of every) {
      const Model = MODELS[kindOf(object)];
      if (!Model) {
        expect(CNPG.has(kindOf(object)), `${from}: ${kindOf(object)}`).toBe(true);
        continue;
      }
      expect(
        () => new Model(object as never).validate(),
        `${from}: ${object.kind}/${object.metadata.name}`,
      ).not.toThrow();
    }
    const names = every.map(({ from, object }) => `${from}/${object.kind}/${object.metadata.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("run the image the Dockerfile builds with commands the build produces", () => {
    for (const [key, objects] of Object.entries(built)) {
      const containers = containersOf(objects);
      expect(containers.length, key).toBeGreaterThan(0);
      for (const { workload, container } of containers) {
        const { script, args } = scriptOf(container);
        expect(existsSync(join(repoRoot, script)), `${workload}: ${script}`).toBe(true);
        expect(script, workload).toMatch(/^(packages|subgraphs|gateway|infra)\/[\w/-]*dist\//);
        roleOf(script, args);
      }
    }
    const imageOf = (objects: K8sObject[]) => [
      ...new Set(containersOf(objects).map(({ container }) => container.image)),
    ];
    expect(imageOf(built.production)).toHaveLength(1);
    expect(imageOf(built.production)[0]).toMatch(/^[\w./-]+\/campus-graph:[\w.-]+$/);
    expect(imageOf(built.productionMigrate)).toEqual(imageOf(built.production));
  });

  it("give each service the port, variables and names its own env reader takes", () => {
    for (const [key, objects] of Object.entries(built)) {
      for (const { workload, container } of containersOf(objects)) {
        const where = `${key}: ${workload}/${container.name}`;
        const { script, args } = scriptOf(container);
        const role = roleOf(script, args);
        const { values, env, read } = environmentOf(container, objects);
        const ports = (container.ports ?? []).map((p) => p.containerPort);
        if (role.kind === "subgraph") {
          const module = subgraphModules.find((m) => m.definition.name === role.subgraph.name);
          const parsed = readSubgraphEnv(
            role.subgraph.name,
            role.subgraph.defaultPort,
            module?.definition.jobs,
            env,
          );
          expect(ports, where).toEqual([parsed.port]);
          expect(parsed.host, where).toBe("0.0.0.0");
          expect(parsed.production, where).toBe(true);
          expect(parsed.migrate, `${where}: migrations belong to the Job`).toBe(false);
          expect(parsed.graph?.gatewayUrl, where).toBe("http://gateway:4000");
          expect(values.DATABASE_URL, where).toBe(`secret:${role.subgraph.name}-db-app/uri`);
          // The replicas that serve the graph take no jobs; the job workers take them all, with
          // every job scheduled.
          if (module?.definition.jobs?.length) {
            const serving = workload === role.subgraph.name;
            expect(parsed.jobWorker, `${where}: JOB_WORKER`).toBe(!serving);
            if (!serving)
              expect(
                Object.values(parsed.jobIntervals).every((s) => s > 0),
                where,
              ).toBe(true);
          }
        } else if (role.kind === "gateway") {
          const mount = container.volumeMounts?.find((m) => m.name === "supergraph");
          expect(values.SUPERGRAPH_PATH, where).toBe(`${mount?.mountPath}/supergraph.graphql`);
          // Read the supergraph the ConfigMap holds where the pod would.
          values.SUPERGRAPH_PATH = join(k8s, "base/supergraph.graphql");
          const parsed = readGatewayEnv(env);
          expect(ports, where).toEqual([parsed.port]);
          expect(parsed.host, where).toBe("0.0.0.0");
          expect(parsed.production, where).toBe(true);
          expect(parsed.userTokens.jwksUrl, where).toMatch(/^https:\/\//);
          expect(parsed.graphClientPublicKeyPem, `${where}: the relay is on`).toBeDefined();
          const services = ofKind<{ spec: { ports: { port: number }[] } }>(objects, "Service");
          for (const s of SUBGRAPHS) {
            const service = services.find((x) => x.metadata.name === s.name);
            expect(parsed.subgraphUrls[s.name], where).toBe(
              `http://${s.name}:${service?.spec.ports[0].port}/graphql`,
            );
          }
        } else {
          // infra/src/migrate-subgraph.ts reads its variables from process.env by name.
          const source = readFileSync(join(repoRoot, "infra/src/migrate-subgraph.ts"), "utf8");
          for (const name of Object.keys(values))
            if (source.includes(`process.env.${name}`)) read.add(name);
          expect(values.DATABASE_URL, where).toBe(`secret:${role.subgraph.name}-db-app/uri`);
        }
        for (const name of Object.keys(values))
          expect(read.has(name), `${where}: ${name} is read by the service`).toBe(true);
      }
    }
  });

  it("serve each subgraph through a Service on its contract port, and nothing else", () => {
    for (const [key, objects] of Object.entries(built)) {
      const services = ofKind<{ spec: { ports: { port: number; targetPort: string }[] } }>(
        objects,
        "Service",
      );
      if (!services.length) continue;
      for (const s of SUBGRAPHS) {
        const service = services.find((x) => x.metadata.name === s.name);
        expect(
          service?.spec.ports.map((p) => [p.port, p.targetPort]),
          `${key}: ${s.name}`,
        ).toEqual([[s.defaultPort, "http"]]);
      }
      expect(services.map((s) => s.metadata.name).sort()).toEqual(
        ["gateway", ...SUBGRAPHS.map((s) => s.name)].sort(),
      );
    }
  });

  it("give every Deployment an autoscaler and a disruption budget that select it", () => {
    for (const [key, objects] of Object.entries(built)) {
      const hpas = ofKind<{ spec: { scaleTargetRef: { kind: string; name: string } } }>(
        objects,
        "HorizontalPodAutoscaler",
      );
      const pdbs = ofKind<{ spec: { selector: { matchLabels: Record<string, string> } } }>(
        objects,
        "PodDisruptionBudget",
      );
      for (const { workload, labels } of podsOf(objects)) {
        if ((workload as K8sObject).kind !== "Deployment") continue;
        const name = workload.metadata.name;
        expect(
          hpas
            .filter((h) => h.spec.scaleTargetRef.kind === "Deployment")
            .map((h) => h.spec.scaleTargetRef.name),
          `${key}: ${name}`,
        ).toContain(name);
        const budgets = pdbs.filter((p) =>
          Object.entries(p.spec.selector.matchLabels).every(([l, v]) => labels?.[l] === v),
        );
        expect(budgets, `${key}: ${name}`).toHaveLength(1);
        const c = (workload.spec.template.spec.containers[0].resources ?? {}) as {
          requests?: object;
          limits?: object;
        };
        expect(Object.keys(c.requests ?? {}).sort(), `${key}: ${name}`).toEqual(["cpu", "memory"]);
        expect(Object.keys(c.limits ?? {}).sort(), `${key}: ${name}`).toEqual(["cpu", "memory"]);
      }
    }
  });

  it("let only the gateway reach a subgraph", () => {
    for (const objects of [built.base, built.production]) {
      const policies = ofKind<{
        spec: {
          podSelector: { matchLabels?: Record<string, string> };
          ingress?: { from?: { podSelector?: { matchLabels?: Record<string, string> } }[] }[];
        };
      }>(objects, "NetworkPolicy");
      const denyAll = policies.find(
        (p) => !p.spec.podSelector.matchLabels && !p.spec.ingress?.length,
      );
      expect(denyAll, "a default deny of ingress").toBeDefined();
      const gatewayLabels = podsOf(objects).find(
        (p) => p.workload.metadata.name === "gateway",
      )?.labels;
      for (const s of SUBGRAPHS) {
        const labels = podsOf(objects).find((p) => p.workload.metadata.name === s.name)?.labels;
        const selecting = policies.filter((p) =>
          Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([l, v]) => labels?.[l] === v),
        );
        const rules = selecting.flatMap((p) => p.spec.ingress ?? []);
        expect(rules.length, s.name).toBeGreaterThan(0);
        for (const rule of rules) {
          expect(rule.from?.length, `${s.name}: a rule without "from" lets anyone in`).toBeTruthy();
          for (const peer of rule.from ?? []) {
            const match = peer.podSelector?.matchLabels;
            expect(match, s.name).toBeDefined();
            expect(
              Object.entries(match ?? {}).every(([l, v]) => gatewayLabels?.[l] === v),
              `${s.name}: from ${JSON.stringify(peer)}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it("read every secret from a Secret the docs say how to make, or the one CloudNativePG makes", () => {
    const docs = readFileSync(join(repoRoot, "docs/deployment.md"), "utf8");
    const clusters = ofKind<{ spec: { instances: number; storage: { size: string } } }>(
      built.production,
      "Cluster",
    );
    expect(clusters.map((c) => c.metadata.name).sort()).toEqual(
      SUBGRAPHS.map((s) => `${s.name}-db`).sort(),
    );
    for (const c of clusters) {
      expect(c.spec.instances, c.metadata.name).toBeGreaterThanOrEqual(2);
      expect(c.spec.storage.size, c.metadata.name).toMatch(/^\d+Gi$/);
    }
    for (const [key, objects] of Object.entries(built))
      for (const { workload, container } of containersOf(objects))
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (!ref) continue;
          const where = `${key}: ${workload} ${variable.name}`;
          const name = ref.name ?? "";
          if (name.endsWith("-db-app")) {
            // CloudNativePG's application secret of the cluster <name>-db, key uri (production);
            // docs/deployment.md says how to make the same Secret for an external database.
            expect(ref.key, where).toBe("uri");
            if (key.startsWith("production"))
              expect(
                clusters.map((c) => `${c.metadata.name}-app`),
                where,
              ).toContain(name);
            expect(docs, where).toContain(`create secret generic ${name}`);
          } else {
            expect(docs, where).toMatch(
              new RegExp(
                `create secret generic ${name}\\b[^\\n]*(\\\\\\n[^\\n]*)*--from-(file|literal)=${ref.key.replace(".", "\\.")}=`,
              ),
            );
          }
        }
    expect(
      every.some(({ object }) => object.kind === "Secret"),
      "no Secret is committed",
    ).toBe(false);
  });

  it("serve the committed supergraph from the ConfigMap the gateway mounts", () => {
    const committed = readFileSync(join(repoRoot, "gateway/supergraph.graphql"), "utf8");
    const map = ofKind<{ data: Record<string, string> }>(built.production, "ConfigMap").find(
      (m) => m.metadata.name === "campus-supergraph",
    );
    expect(
      map?.data["supergraph.graphql"] === committed,
      "infra/deploy/k8s/base/supergraph.graphql differs from gateway/supergraph.graphql: run npm run compose (it writes both)",
    ).toBe(true);
    const gateway = ofKind<Workload>(built.production, "Deployment").find(
      (d) => d.metadata.name === "gateway",
    );
    expect(
      gateway?.spec.template.spec.volumes?.find((v) => v.name === "supergraph")?.configMap?.name,
    ).toBe("campus-supergraph");
  });
});

/** The probes answer on the real servers: a gateway and a subgraph started as the tests start them. */
describe("infra/deploy/k8s: probes on the running services", () => {
  let stack: StackHarness;
  beforeAll(async () => {
    stack = await startTestStack([people, organisation], {
      dataset: campusSlice(1, "deploy").dataset,
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answer 200 on every readiness, liveness and startup path, on the container's port", async () => {
    const probes = containersOf(built.production).flatMap(({ workload, container }) =>
      (["startupProbe", "livenessProbe", "readinessProbe"] as const)
        .filter((kind) => container[kind])
        .map((kind) => ({ workload, container, kind, probe: container[kind] })),
    );
    expect(probes.length).toBeGreaterThan(0);
    for (const { workload, container, kind, probe } of probes) {
      const where = `${workload} ${kind}`;
      const get = probe?.httpGet;
      expect(get, where).toBeDefined();
      const port = container.ports?.find((p) => p.name === get?.port)?.containerPort ?? get?.port;
      expect(
        container.ports?.map((p) => p.containerPort),
        where,
      ).toContain(port);
      const { script, args } = scriptOf(container);
      const role = roleOf(script, args);
      // Every subgraph serves the same runtime (packages/subgraph/src/server.ts): people answers for them.
      const base = role.kind === "gateway" ? stack.gateway.url : stack.subgraphs.people.url;
      const res = await fetch(new URL(get?.path ?? "", base));
      expect(res.status, `${where}: GET ${get?.path}`).toBe(200);
      if (kind === "readinessProbe") expect(get?.path, where).toBe("/ready");
    }
  });
});
