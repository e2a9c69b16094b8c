// Validates rendered Kustomize overlays offline: every object against the Kubernetes or CRD
// schema of its kind, then the platform's deployment policy. Exits non-zero on any finding.
//
//   node validate.mjs dev=rendered-dev.yaml prod=rendered-prod.yaml
//   node validate.mjs --self-test dev=... prod=...   (also proves each check catches a breach)
//   node validate.mjs --ready prod=my-environment.yaml (also refuses placeholders: before applying)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { SchemaRegistry, coreModule, validateCore, typeCheck } from "./lib/schemas.mjs";
import { checkPolicy as checkDeploymentPolicy, checkPlaceholders, SERVICES } from "./lib/policy.mjs";
import { checkMonitoring } from "./lib/monitoring.mjs";
import { selfTest } from "./lib/self-test.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const withSelfTest = args.includes("--self-test");
// --ready: the overlays are about to be applied, so placeholders (example hosts and buckets, an
// unset registry) are findings too (docs/operations.md, section 3).
const ready = args.includes("--ready");
const overlays = args.filter((a) => a.includes("=")).map((a) => {
  const [name, file] = a.split("=");
  return { name, objects: YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean) };
});
if (!overlays.length) {
  console.error("usage: node validate.mjs [--self-test] <overlay>=<rendered.yaml>...");
  process.exit(2);
}

// The deployment policy and the monitoring checks (alerts' runbooks are headings of this file).
const operationsMarkdown = fs.readFileSync(path.join(here, "..", "..", "..", "docs", "operations.md"), "utf8");
function checkPolicy(name, objects, options) {
  const policy = checkDeploymentPolicy(name, objects, options);
  const monitoring = checkMonitoring(objects, operationsMarkdown, Object.keys(SERVICES));
  return { violations: [...policy.violations, ...monitoring.violations], checks: policy.checks + monitoring.checks };
}

const registry = new SchemaRegistry();
const workDir = path.join(here, ".rendered");
fs.mkdirSync(workDir, { recursive: true });

/** Schema findings of one overlay: { perKind: Map(kind -> {count, source}), errors: [] } */
export async function validateSchemas(objects) {
  const perKind = new Map();
  const errors = [];
  const types = typeCheck(objects, workDir);
  for (const [index, obj] of objects.entries()) {
    const id = `${obj.kind}/${obj.metadata?.name}`;
    let source;
    const problems = [];
    if (!obj.apiVersion || !obj.kind || !obj.metadata?.name) {
      problems.push("apiVersion, kind and metadata.name are required");
    } else if (coreModule(obj.apiVersion, obj.kind)) {
      source = obj.apiVersion.startsWith("monitoring.coreos.com") ? "@kubernetes-models/prometheus-operator 6.0.0" : "kubernetes-models 5.1.0";
      try {
        problems.push(...(await validateCore(obj)));
      } catch (e) {
        problems.push(`no schema for ${obj.apiVersion} ${obj.kind} (${e.message})`);
      }
    } else {
      const result = registry.validateCustom(obj);
      if (!result) problems.push(`no schema for ${obj.apiVersion} ${obj.kind}: add its CRD to validation/schemas`);
      else {
        source = result.source;
        problems.push(...result.errors);
      }
    }
    problems.push(...(types.get(index) ?? []).map((m) => `type check: ${m}`));
    for (const p of problems) errors.push(`${id}: ${p}`);
    const key = `${obj.apiVersion} ${obj.kind}`;
    const entry = perKind.get(key) ?? { count: 0, source };
    entry.count++;
    perKind.set(key, entry);
  }
  return { perKind, errors };
}

let failed = 0;
for (const overlay of overlays) {
  const { perKind, errors } = await validateSchemas(overlay.objects);
  const { violations, checks } = checkPolicy(overlay.name, overlay.objects, { ready });
  console.log(`\n== overlay ${overlay.name}: ${overlay.objects.length} objects`);
  for (const [kind, { count, source }] of [...perKind.entries()].sort()) {
    console.log(`  ${String(count).padStart(3)}  ${kind.padEnd(58)} ${source ?? "NO SCHEMA"}`);
  }
  console.log(`  schema: ${errors.length ? `${errors.length} error(s)` : "every object valid"}`);
  for (const e of errors) console.log(`    ERROR ${e}`);
  console.log(`  policy: ${checks} checks, ${violations.length ? `${violations.length} violation(s)` : "all passed"}`);
  for (const v of violations) console.log(`    VIOLATION [${v.rule}] ${v.object}: ${v.message}`);
  failed += errors.length + violations.length;
}

if (withSelfTest) {
  const result = await selfTest(overlays, validateSchemas, checkPolicy, checkPlaceholders);
  console.log(`\n== self-test: ${result.passed} breaches caught, ${result.missed.length} missed`);
  for (const m of result.missed) console.log(`    MISSED ${m}`);
  failed += result.missed.length;
}

const total = overlays.reduce((n, o) => n + o.objects.length, 0);
console.log(`\nvalidate: ${total} objects in ${overlays.length} overlays, ${failed ? `${failed} problem(s)` : "no problems"}`);
process.exit(failed ? 1 : 0);
