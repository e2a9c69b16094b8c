// Proves the checks can fail: each case breaks one rendered object the way a careless change
// would, and expects the schema check or the policy to report it.
const clone = (o) => JSON.parse(JSON.stringify(o));
const find = (objects, kind, name) => objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));
const container = (objects) => find(objects, "Deployment", "admissions-service").spec.template.spec.containers[0];

const CASES = [
  ["drops readOnlyRootFilesystem", "read-only-root", (o) => { delete container(o).securityContext.readOnlyRootFilesystem; }],
  ["runs as root", "non-root", (o) => { container(o).securityContext.runAsNonRoot = false; find(o, "Deployment", "admissions-service").spec.template.spec.securityContext.runAsNonRoot = false; }],
  ["allows privilege escalation", "no-privilege-escalation", (o) => { container(o).securityContext.allowPrivilegeEscalation = true; }],
  ["keeps capabilities", "drop-capabilities", (o) => { container(o).securityContext.capabilities = {}; }],
  ["loses its readiness probe", "probes", (o) => { delete container(o).readinessProbe; }],
  ["checks Kafka in readiness", "probes", (o) => { container(o).readinessProbe.httpGet.path = "/q/health/well"; }],
  ["has no memory limit", "resources", (o) => { delete container(o).resources.limits.memory; }],
  ["writes a password into the manifest", "credentials-from-secrets", (o) => { const e = container(o).env.find((x) => x.name === "PLATFORM_DB_PASSWORD"); delete e.valueFrom; e.value = "hunter2"; }],
  ["ships a Secret", "no-secrets-in-manifests", (o) => { o.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "oops" }, stringData: { password: "x" } }); }],
  ["uses the latest tag", "pinned-image", (o) => { container(o).image = container(o).image.replace(/:[^:/]+$/, ":latest"); }],
  ["lets a service write another's topic", "kafka-writes-own-topics", (o) => { find(o, "KafkaUser", "mobility-service").spec.authorization.acls.push({ resource: { type: "topic", name: "admissions.events", patternType: "literal" }, operations: ["Write"] }); }],
  ["lets analysts write", "analysts-read-only", (o) => { find(o, "KafkaUser", "analysts").spec.authorization.acls[0].operations.push("Write"); }],
  ["lets topics expire", "kafka-retention", (o) => { find(o, "KafkaTopic", "admissions-events").spec.config["retention.ms"] = 604800000; }],
  ["opens a database to everyone", "database-network-policy", (o) => { find(o, "NetworkPolicy", "admissions-db").spec.ingress[0].from = [{ podSelector: {} }]; }],
  ["publishes /q on the Ingress", "ingress-apis-only", (o) => { find(o, "Ingress").spec.rules[0].http.paths[0].path = "/"; }],
  ["forgets the org claim", "realm-claims", (o) => { const c = find(o, "KeycloakRealmImport").spec.realm.clients.find((x) => x.clientId === "reform-portal"); c.protocolMappers = c.protocolMappers.filter((m) => m.name !== "org"); }],
  ["stops without a preStop pause", "graceful-shutdown", (o) => { delete container(o).lifecycle; }],
  ["has no egress policy", "egress-least-privilege", (o) => { o.splice(o.indexOf(find(o, "NetworkPolicy", "admissions-service-egress")), 1); }],
  ["may reach another service's database", "egress-least-privilege", (o) => { find(o, "NetworkPolicy", "admissions-service-egress").spec.egress[1].to.push({ podSelector: { matchLabels: { "cnpg.io/cluster": "evaluation-db" } } }); }],
  ["may reach the internet", "egress-least-privilege", (o) => { find(o, "NetworkPolicy", "admissions-service-egress").spec.egress.push({ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }] }); }],
  ["drops the default-deny egress", "default-deny", (o) => { o.splice(o.indexOf(find(o, "NetworkPolicy", "default-deny-egress")), 1); }],
  ["publishes Keycloak's master realm", "ingress-apis-only", (o) => { find(o, "Ingress").spec.rules.at(-1).http.paths[0].path = "/realms"; }],
  ["takes PostgreSQL's image from the operator's default", "image-catalog", (o) => { delete find(o, "Cluster", "admissions-db").spec.imageCatalogRef; }],
  ["leaves Kafka's version to the operator", "kafka-pinned", (o) => { delete find(o, "Kafka").spec.kafka.version; }],
  ["backs up with the deprecated in-tree Barman Cloud", "backups-by-plugin", (o) => { find(o, "Cluster", "admissions-db").spec.backup = { barmanObjectStore: { destinationPath: "s3://b/p" } }; }],
  ["restores a cluster that archives into the path it came from", "restore-archives-elsewhere", (o) => { o.push(restoredCluster(o, undefined)); }],
];
// Breaches only the production policy must catch.
const PROD_CASES = [
  ["runs a database with one standby", "prod-synchronous-replication", (o) => { find(o, "Cluster", "admissions-db").spec.instances = 2; }],
  ["replicates asynchronously", "prod-synchronous-replication", (o) => { delete find(o, "Cluster", "admissions-db").spec.postgresql.synchronous; }],
  ["lets a commit return without a standby", "prod-synchronous-replication", (o) => { find(o, "Cluster", "admissions-db").spec.postgresql.synchronous.dataDurability = "preferred"; }],
  ["lets a drain take all of Keycloak", "prod-pdb", (o) => { o.splice(o.indexOf(find(o, "PodDisruptionBudget", "keycloak")), 1); }],
  ["keeps a service up with minAvailable", "prod-pdb", (o) => { const p = find(o, "PodDisruptionBudget", "admissions-service"); delete p.spec.maxUnavailable; p.spec.minAvailable = 1; }],
  ["breaks an alert's PromQL", "promql", (o) => { alertNamed(o, "OutboxStalled").expr = "max by (service (platform_outbox_oldest_age_seconds) > 300"; }],
  ["links an alert to no runbook", "alert-runbooks", (o) => { delete alertNamed(o, "OutboxStalled").annotations.runbook_url; }],
  ["links an alert to a heading that does not exist", "alert-runbooks", (o) => { alertNamed(o, "OutboxStalled").annotations.runbook_url = "docs/operations.md#no-such-heading"; }],
  ["loses a service's absent() rule", "alerts-absent", (o) => { const g = find(o, "PrometheusRule").spec.groups.find((x) => x.rules.some((r) => r.alert === "MobilityMetricsAbsent")); g.rules = g.rules.filter((r) => r.alert !== "MobilityMetricsAbsent"); }],
  ["ships a dashboard that is not JSON", "dashboards", (o) => { const cm = dashboards(o); cm.data["reform-services.json"] = cm.data["reform-services.json"].slice(0, -20); }],
  ["ships a dashboard query that does not parse", "promql", (o) => { editDashboard(o, (d) => { d.panels.find((p) => p.targets).targets[0].expr = "sum(rate(platform_commands_seconds_count[5m]"; }); }],
  ["uses an undefined dashboard variable", "dashboards", (o) => { editDashboard(o, (d) => { d.panels.find((p) => p.targets).targets[0].expr += " * $scale"; }); }],
  ["places a panel off the grid", "dashboards", (o) => { editDashboard(o, (d) => { d.panels.find((p) => p.targets).gridPos.w = 30; }); }],
  ["lets two database instances share a node", "prod-anti-affinity", (o) => { find(o, "Cluster", "admissions-db").spec.affinity.podAntiAffinityType = "preferred"; }],
  ["archives no WAL", "prod-backups", (o) => { delete find(o, "Cluster", "admissions-db").spec.plugins; }],
  ["schedules backups the deprecated way", "prod-backups", (o) => { find(o, "ScheduledBackup", "admissions-db-daily").spec.method = "barmanObjectStore"; }],
];
const alertNamed = (objects, name) => find(objects, "PrometheusRule").spec.groups.flatMap((g) => g.rules).find((r) => r.alert === name);
const dashboards = (objects) => objects.find((o) => o.kind === "ConfigMap" && o.metadata.labels?.grafana_dashboard);
const editDashboard = (objects, change) => {
  const cm = dashboards(objects);
  const d = JSON.parse(cm.data["reform-services.json"]);
  change(d);
  cm.data["reform-services.json"] = JSON.stringify(d);
};
// A cluster restored from admissions-db's archive, as docs/operations.md describes it; serverName
// is what it archives under (undefined: its own name, the same as its source's here).
function restoredCluster(objects, serverName) {
  const c = clone(find(objects, "Cluster", "admissions-db"));
  c.spec.bootstrap = { recovery: { source: "origin" } };
  c.spec.externalClusters = [{ name: "origin", plugin: { name: "barman-cloud.cloudnative-pg.io", parameters: { barmanObjectName: "reform-platform-backups", serverName: "admissions-db" } } }];
  c.spec.plugins = [{ name: "barman-cloud.cloudnative-pg.io", isWALArchiver: true, parameters: { barmanObjectName: "reform-platform-backups", ...(serverName ? { serverName } : {}) } }];
  return c;
}
const SCHEMA_CASES = [
  ["misspells a Deployment field", (o) => { container(o).readinesProbe = {}; }],
  ["gives replicas as text", (o) => { find(o, "Deployment", "admissions-service").spec.replicas = "two"; }],
  ["misspells a Kafka listener field", (o) => { find(o, "Kafka").spec.kafka.listeners[0].authentification = { type: "scram-sha-512" }; }],
  ["uses an unknown ACL operation", (o) => { find(o, "KafkaUser", "analysts").spec.authorization.acls[0].operations = ["Peek"]; }],
  ["misspells a CloudNativePG field", (o) => { find(o, "Cluster", "admissions-db").spec.bootstrap.initdb.databse = "x"; }],
  ["misspells a realm field", (o) => { find(o, "KeycloakRealmImport").spec.realm.clients[0].clientID = "x"; }],
  ["misspells a Keycloak field", (o) => { find(o, "Keycloak").spec.hostname.hostnmae = "x"; }],
  ["misspells an ObjectMeta field of a custom resource", (o) => { find(o, "KafkaTopic").metadata.label = { a: "b" }; }],
];

// The prod template with every placeholder replaced, as an environment's overlay would.
const FILL_IN = [
  ["registry.example.org/reform-platform", "registry.reform-programme.cn/platform"],
  ["reform-platform.example", "reform-programme.cn"],
  ["s3://example-bucket/", "s3://reform-programme-backups/"],
];
const fillIn = (objects) => JSON.parse(FILL_IN.reduce((text, [from, to]) => text.split(from).join(to), JSON.stringify(objects)));
// Where the prod template must be found half-configured: kind and a piece of the field's path.
const PLACEHOLDERS = [["Deployment", "image"], ["Ingress", "rules"], ["Ingress", "tls"], ["Keycloak", "hostname"], ["ObjectStore", "destinationPath"], ["KeycloakRealmImport", "redirectUris"]];

export async function selfTest(overlays, validateSchemas, checkPolicy, checkPlaceholders) {
  let passed = 0;
  const missed = [];
  for (const overlay of overlays) {
    for (const [what, rule, breakIt] of CASES) {
      const objects = clone(overlay.objects);
      breakIt(objects);
      const { violations } = checkPolicy(overlay.name, objects);
      if (violations.some((v) => v.rule === rule)) passed++;
      else missed.push(`${overlay.name}: a Deployment that ${what} passed the policy (${rule})`);
    }
    for (const [what, breakIt] of SCHEMA_CASES) {
      const objects = clone(overlay.objects);
      breakIt(objects);
      const { errors } = await validateSchemas(objects);
      if (errors.length) passed++;
      else missed.push(`${overlay.name}: an overlay that ${what} passed the schemas`);
    }
  }
  for (const overlay of overlays.filter((o) => o.name === "prod")) {
    for (const [what, rule, breakIt] of PROD_CASES) {
      const objects = clone(overlay.objects);
      breakIt(objects);
      if (checkPolicy(overlay.name, objects).violations.some((v) => v.rule === rule)) passed++;
      else missed.push(`${overlay.name}: an overlay that ${what} passed the policy (${rule})`);
    }
    // The restore rule must not refuse a restore done right (a new serverName).
    const restored = clone(overlay.objects);
    restored.push(restoredCluster(restored, "admissions-db-r1"));
    if (!checkPolicy(overlay.name, restored).violations.some((v) => v.rule === "restore-archives-elsewhere")) passed++;
    else missed.push(`${overlay.name}: a restored cluster archiving under a new serverName was refused`);
  }
  for (const overlay of overlays.filter((o) => o.name === "prod")) {
    const template = checkPlaceholders(overlay.objects);
    for (const [kind, field] of PLACEHOLDERS) {
      if (template.some((v) => v.object.startsWith(`${kind}/`) && v.message.includes(field))) passed++;
      else missed.push(`prod: the placeholder in ${kind} ${field} was not found (--ready would let a half-configured overlay through)`);
    }
    const filled = fillIn(overlay.objects);
    const left = checkPlaceholders(filled);
    if (!left.length) passed++;
    else missed.push(`prod filled in still has placeholders: ${left.map((v) => `${v.object} ${v.message}`).join("; ")}`);
    const unsetRegistry = clone(filled);
    const svc = find(unsetRegistry, "Deployment", "admissions-service").spec.template.spec.containers[0];
    svc.image = svc.image.replace(/^.*\//, "");
    if (checkPlaceholders(unsetRegistry).some((v) => v.object === "Deployment/admissions-service")) passed++;
    else missed.push("prod: an image without a registry passed --ready");
  }
  if (overlays.some((o) => o.name === "prod")) {
    const prod = clone(overlays.find((o) => o.name === "prod").objects);
    const withoutPdb = prod.filter((o) => o.kind !== "PodDisruptionBudget");
    if (checkPolicy("prod", withoutPdb).violations.some((v) => v.rule === "prod-pdb")) passed++;
    else missed.push("prod without PodDisruptionBudgets passed the policy");
  }
  return { passed, missed };
}
