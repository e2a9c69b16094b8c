// Alerts and dashboards, checked offline: every PromQL expression parses (Prometheus' own Lezer
// grammar, npm @prometheus-io/lezer-promql), every alert has a severity, a summary and a
// runbook_url naming a heading of docs/operations.md, every service has an absent() rule (a
// vanished target raises no other alert), and every dashboard ConfigMap holds dashboard JSON of
// the shape Grafana loads (unique uid and panel ids, panels placed on the grid, each query with a
// refId and a parseable expression, every $variable defined).
import Ajv from "ajv";
import { parser } from "@prometheus-io/lezer-promql";

const ajv = new Ajv({ strict: false, allErrors: true });
const DATASOURCE = { type: "object", required: ["type", "uid"], properties: { type: { const: "prometheus" }, uid: { type: "string" } } };
const GRID = { type: "object", required: ["h", "w", "x", "y"], additionalProperties: false,
  properties: { h: { type: "integer", minimum: 1 }, w: { type: "integer", minimum: 1, maximum: 24 }, x: { type: "integer", minimum: 0, maximum: 23 }, y: { type: "integer", minimum: 0 } } };
const PANEL = {
  type: "object", required: ["id", "type", "title", "gridPos"],
  properties: {
    id: { type: "integer", minimum: 1 },
    type: { enum: ["row", "timeseries", "stat", "gauge", "table", "text", "bargauge", "heatmap"] },
    title: { type: "string", minLength: 1 },
    gridPos: GRID,
    datasource: DATASOURCE,
    targets: { type: "array", items: { type: "object", required: ["refId", "expr"], properties: { refId: { type: "string" }, expr: { type: "string", minLength: 1 }, datasource: DATASOURCE } } },
  },
  if: { properties: { type: { enum: ["timeseries", "stat", "gauge", "table", "bargauge", "heatmap"] } } },
  then: { required: ["datasource", "targets"], properties: { targets: { minItems: 1 } } },
};
const validateDashboard = ajv.compile({
  type: "object",
  required: ["uid", "title", "schemaVersion", "panels", "templating", "time"],
  properties: {
    uid: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,40}$" },
    title: { type: "string", minLength: 1 },
    schemaVersion: { type: "integer", minimum: 30 },
    panels: { type: "array", minItems: 1, items: PANEL },
    templating: { type: "object", required: ["list"], properties: { list: { type: "array", items: { type: "object", required: ["name", "type"] } } } },
    time: { type: "object", required: ["from", "to"] },
  },
});

// Grafana's built-in variables, and what a query sees in their place when it is parsed here.
const BUILTIN = { __rate_interval: "5m", __interval: "1m", __range: "1h" };

/** Syntax errors of one PromQL expression (empty when it parses). */
export function promqlErrors(expr) {
  const errors = [];
  parser.parse(expr).iterate({
    enter: (node) => { if (node.type.isError) errors.push(`syntax error at ${node.from}: "${expr.slice(Math.max(0, node.from - 15), node.to + 15)}"`); },
  });
  return errors;
}

/** GitHub's anchors of a Markdown file's headings. */
export function anchors(markdown) {
  return new Set([...markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map(([, heading]) =>
    heading.toLowerCase().replace(/[`*_~]/g, "").replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-")));
}

export function checkMonitoring(objects, operationsMarkdown, services) {
  const violations = [];
  let checks = 0;
  const expect = (condition, obj, rule, message) => {
    checks++;
    if (!condition) violations.push({ object: obj ? `${obj.kind}/${obj.metadata?.name}` : "monitoring", rule, message });
  };
  const headings = anchors(operationsMarkdown);
  const rules = objects.filter((o) => o.kind === "PrometheusRule").flatMap((r) => (r.spec?.groups ?? []).flatMap((g) => (g.rules ?? []).map((rule) => ({ obj: r, rule }))));
  for (const { obj, rule } of rules) {
    const name = rule.alert ?? rule.record;
    const expr = String(rule.expr ?? "");
    for (const e of promqlErrors(expr)) expect(false, obj, "promql", `${name}: ${e}`);
    if (!rule.alert) continue;
    expect(["critical", "warning", "info"].includes(rule.labels?.severity), obj, "alert-runbooks", `${name}: severity critical, warning or info`);
    expect(rule.annotations?.summary, obj, "alert-runbooks", `${name}: no summary`);
    const link = /^(?:.*\/)?docs\/operations\.md#([\w-]+)$/.exec(rule.annotations?.runbook_url ?? "");
    expect(link && headings.has(link[1]), obj, "alert-runbooks", `${name}: runbook_url ${rule.annotations?.runbook_url} must name a heading of docs/operations.md`);
  }
  if (rules.length) {
    for (const svc of services) {
      expect(rules.some(({ rule }) => /\babsent\s*\(/.test(rule.expr ?? "") && String(rule.expr).includes(`"${svc}-service"`)), null, "alerts-absent",
        `no absent() rule for ${svc}-service: a vanished target would raise no alert`);
    }
  }

  const uids = new Map();
  for (const cm of objects.filter((o) => o.kind === "ConfigMap" && o.metadata?.labels?.grafana_dashboard)) {
    for (const [key, text] of Object.entries(cm.data ?? {})) {
      let dashboard;
      try {
        dashboard = JSON.parse(text);
      } catch (e) {
        expect(false, cm, "dashboards", `${key}: not JSON (${e.message})`);
        continue;
      }
      if (!validateDashboard(dashboard)) {
        for (const e of validateDashboard.errors) expect(false, cm, "dashboards", `${key}${e.instancePath}: ${e.message}`);
        continue;
      }
      expect(!uids.has(dashboard.uid), cm, "dashboards", `${key}: uid ${dashboard.uid} also used by ${uids.get(dashboard.uid)}`);
      uids.set(dashboard.uid, key);
      const ids = dashboard.panels.map((p) => p.id);
      expect(new Set(ids).size === ids.length, cm, "dashboards", `${key}: panel ids repeat`);
      const variables = new Set([...dashboard.templating.list.map((v) => v.name), ...Object.keys(BUILTIN)]);
      for (const panel of dashboard.panels) {
        for (const target of panel.targets ?? []) {
          const where = `${key} panel "${panel.title}" ${target.refId}`;
          for (const [, a, b] of target.expr.matchAll(/\$(?:\{(\w+)\}|(\w+))/g)) {
            expect(variables.has(a ?? b), cm, "dashboards", `${where}: variable $${a ?? b} is not defined`);
          }
          const concrete = target.expr.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, a, b) => BUILTIN[a ?? b] ?? "x");
          for (const e of promqlErrors(concrete)) expect(false, cm, "promql", `${where}: ${e}`);
        }
      }
    }
  }
  return { violations, checks };
}
