/**
 * The part of `kustomize build` the manifests in infra/deploy/k8s use, so a test can read what
 * `kubectl apply -k` would apply (no kustomize runs on Node): `resources` (files and directories
 * with their own kustomization), `namespace`, `labels` (metadata only), `images`,
 * `configMapGenerator` (literals and files; `behavior: merge | replace` over a base's), and
 * `patches` given as JSON 6902 operations with a `target` kind and name. Anything else in a
 * kustomization is refused, so the manifests cannot silently use a feature this reading ignores.
 * Not done: the content hash kustomize appends to a generated ConfigMap's name (and writes into its
 * references); names here stay as written.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseAllDocuments, parse } from "yaml";

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
} & Record<string, unknown>;

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string> }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  configMapGenerator?: {
    name: string;
    behavior?: "create" | "merge" | "replace";
    literals?: string[];
    files?: string[];
  }[];
  patches?: { target: { kind: string; name: string }; patch?: string; path?: string }[];
}

const KNOWN = new Set([
  "apiVersion",
  "kind",
  "namespace",
  "resources",
  "labels",
  "images",
  "configMapGenerator",
  "patches",
]);
const CLUSTER_SCOPED = new Set(["Namespace"]);

/** The objects `kubectl apply -k <dir>` would apply. */
export function buildKustomization(dir: string): K8sObject[] {
  const k = parse(readFileSync(join(dir, "kustomization.yaml"), "utf8")) as Kustomization;
  const unknown = Object.keys(k).filter((key) => !KNOWN.has(key));
  if (unknown.length) throw new Error(`${dir}: kustomization fields not read: ${unknown.join()}`);
  let objects: K8sObject[] = [];
  for (const resource of k.resources ?? []) {
    const path = join(dir, resource);
    if (existsSync(join(path, "kustomization.yaml"))) objects.push(...buildKustomization(path));
    else
      objects.push(
        ...parseAllDocuments(readFileSync(path, "utf8"))
          .map((d) => d.toJS() as K8sObject | null)
          .filter((o): o is K8sObject => o !== null),
      );
  }
  for (const generator of k.configMapGenerator ?? []) {
    const data: Record<string, string> = {};
    for (const literal of generator.literals ?? []) {
      const at = literal.indexOf("=");
      data[literal.slice(0, at)] = literal.slice(at + 1);
    }
    for (const file of generator.files ?? []) {
      const [key, path] = file.includes("=") ? file.split("=", 2) : [basename(file), file];
      data[key] = readFileSync(join(dir, path), "utf8");
    }
    const existing = objects.find(
      (o) => o.kind === "ConfigMap" && o.metadata.name === generator.name,
    );
    const behavior = generator.behavior ?? "create";
    if (behavior === "create") {
      if (existing) throw new Error(`${dir}: ConfigMap ${generator.name} already exists`);
      objects.push({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: generator.name },
        data,
      });
    } else {
      if (!existing) throw new Error(`${dir}: no ConfigMap ${generator.name} to ${behavior}`);
      existing.data = behavior === "merge" ? { ...(existing.data as object), ...data } : data;
    }
  }
  for (const { target, patch, path } of k.patches ?? []) {
    const text = patch ?? readFileSync(join(dir, path ?? ""), "utf8");
    const operations = parse(text) as unknown;
    if (!Array.isArray(operations)) throw new Error(`${dir}: only JSON 6902 patches are read`);
    const matches = objects.filter(
      (o) => o.kind === target.kind && o.metadata.name === target.name,
    );
    if (matches.length !== 1)
      throw new Error(`${dir}: a patch targets ${target.kind}/${target.name}: ${matches.length}`);
    for (const operation of operations as JsonPatchOperation[])
      applyOperation(matches[0], operation);
  }
  for (const label of k.labels ?? [])
    for (const o of objects) o.metadata.labels = { ...o.metadata.labels, ...label.pairs };
  for (const image of k.images ?? []) objects = objects.map((o) => setImage(o, image));
  if (k.namespace)
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  return objects;
}

interface JsonPatchOperation {
  op: "add" | "replace" | "remove";
  path: string;
  value?: unknown;
}

function applyOperation(target: object, { op, path, value }: JsonPatchOperation): void {
  const keys = path
    .split("/")
    .slice(1)
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop() ?? "";
  let parent = target as Record<string, unknown>;
  for (const key of keys) {
    const next = parent[key];
    if (typeof next !== "object" || next === null) throw new Error(`patch: no ${path}`);
    parent = next as Record<string, unknown>;
  }
  if (op !== "add" && !(last in parent)) throw new Error(`patch: nothing at ${path} to ${op}`);
  if (Array.isArray(parent) && op !== "replace") {
    const index = last === "-" ? parent.length : Number(last);
    if (op === "add") parent.splice(index, 0, value);
    else parent.splice(index, 1);
  } else if (op === "remove") delete parent[last];
  else parent[last] = value;
}

/** The `images` transformer: every container image named `name` (any tag) becomes newName:newTag. */
function setImage(object: K8sObject, image: { name: string; newName?: string; newTag?: string }) {
  const text = JSON.stringify(object);
  const replaced = JSON.stringify(object, (key, value: unknown) => {
    if (key !== "image" || typeof value !== "string") return value;
    const [name, tag] = splitImage(value);
    if (name !== image.name) return value;
    return `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ""}`;
  });
  return text === replaced ? object : (JSON.parse(replaced) as K8sObject);
}

function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}
