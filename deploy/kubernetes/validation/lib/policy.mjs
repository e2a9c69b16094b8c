// The platform's deployment policy, asserted on the rendered overlays so that a later change
// cannot quietly drop it. Each rule names what it protects; docs/operations.md explains them.
// consumes: the services whose event topics its handlers read. Every service also reads every other
// service's erasure topic (the kernel's erasure handler). The system test KafkaUsersIT checks the
// Kafka users against what the running services subscribe to.
export const SERVICES = {
  admissions: { port: 8101, consumes: ["incubation"] },
  qualification: { port: 8102, consumes: [] },
  mobility: { port: 8103, consumes: ["incubation"] },
  incubation: { port: 8104, consumes: ["admissions", "mobility"] },
  evaluation: { port: 8105, consumes: ["qualification", "mobility"] },
};
const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
const PLATFORM_REALM = "reform-platform";
// quarkus.shutdown.timeout in the services' application.properties.
const SHUTDOWN_TIMEOUT_SECONDS = 20;
const durationSeconds = (iso) => { const m = /^PT(\d+(?:\.\d+)?)S$/i.exec(iso ?? ""); return m ? Number(m[1]) : 0; };
const matchLabels = (peer, labels) => Object.entries(labels).every(([k, v]) => peer?.matchLabels?.[k] === v) && !peer?.matchExpressions;
// What a service's pods may reach, by peer and port; anything else is a finding.
const EGRESS_ALLOWED = (svc) => [
  { name: "DNS", ports: ["UDP/53", "TCP/53"], peer: (p) => matchLabels(p.namespaceSelector, { "kubernetes.io/metadata.name": "kube-system" }) && matchLabels(p.podSelector, { "k8s-app": "kube-dns" }) && !p.ipBlock },
  { name: `${svc}-db`, ports: ["TCP/5432"], peer: (p) => !p.namespaceSelector && !p.ipBlock && matchLabels(p.podSelector, { "cnpg.io/cluster": `${svc}-db` }) },
  { name: "the Kafka brokers", ports: ["TCP/9093"], peer: (p) => !p.namespaceSelector && !p.ipBlock && matchLabels(p.podSelector, { "strimzi.io/cluster": "reform-kafka", "strimzi.io/broker-role": "true" }) },
  { name: "Keycloak", ports: ["TCP/8080"], peer: (p) => !p.namespaceSelector && !p.ipBlock && matchLabels(p.podSelector, { app: "keycloak" }) },
  // Traces (docs/operations.md, "Traces"): the OpenTelemetry collector in the observability namespace, where an overlay turns them on.
  { name: "the OpenTelemetry collector", optional: true, ports: ["TCP/4317"], peer: (p) => !p.ipBlock && matchLabels(p.namespaceSelector, { "kubernetes.io/metadata.name": "observability" }) && matchLabels(p.podSelector, { "app.kubernetes.io/name": "opentelemetry-collector" }) },
];

/** Whether a label selector (matchLabels, matchExpressions) selects a pod with these labels. */
export function selects(selector, labels) {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => ({
    In: () => e.values.includes(labels[e.key]),
    NotIn: () => !e.values.includes(labels[e.key]),
    Exists: () => e.key in labels,
    DoesNotExist: () => !(e.key in labels),
  })[e.operator]());
  return byLabels && byExpressions;
}

const ROLES = ["partner", "reviewer", "evaluator", "operator", "analyst"];
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY)/i;
const SECRET_VALUE = /(password\s*=|passwd=|secret\s*=|BEGIN [A-Z ]*PRIVATE KEY|ScramLoginModule|PlainLoginModule)/i;

export function checkPolicy(overlay, objects, { ready = false } = {}) {
  const violations = [];
  let checks = 0;
  const fail = (obj, rule, message) => violations.push({ object: obj ? `${obj.kind}/${obj.metadata?.name}` : overlay, rule, message });
  const expect = (condition, obj, rule, message) => {
    checks++;
    if (!condition) fail(obj, rule, message);
  };
  const ofKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

  // --- No credentials in the manifests at all --------------------------------------------
  for (const secret of ofKind("Secret")) {
    fail(secret, "no-secrets-in-manifests", "Secrets are never rendered: credentials come from the operators' generated Secrets or are created by the operator (docs/operations.md)");
  }
  for (const cm of ofKind("ConfigMap")) {
    for (const [key, value] of Object.entries(cm.data ?? {})) {
      expect(!SECRET_NAME.test(key) && !SECRET_VALUE.test(value), cm, "no-secrets-in-configmaps", `key ${key} looks like a credential`);
    }
  }

  // --- Every service Deployment ---------------------------------------------------------
  const deployments = ofKind("Deployment");
  const images = new Set();
  for (const [svc, facts] of Object.entries(SERVICES)) {
    expect(named("Deployment", `${svc}-service`), null, "every-service-deployed", `no Deployment ${svc}-service`);
  }
  for (const d of deployments) {
    const pod = d.spec?.template?.spec ?? {};
    const podSc = pod.securityContext ?? {};
    const annotations = d.spec?.template?.metadata?.annotations ?? {};
    expect(pod.automountServiceAccountToken === false, d, "no-service-account-token", "automountServiceAccountToken must be false");
    expect(podSc.runAsNonRoot === true, d, "non-root", "pod securityContext.runAsNonRoot must be true");
    expect(Number.isInteger(podSc.runAsUser) && podSc.runAsUser > 0, d, "non-root", "pod securityContext.runAsUser must be a non-zero uid");
    expect(podSc.seccompProfile?.type === "RuntimeDefault", d, "seccomp", "pod seccompProfile must be RuntimeDefault");
    expect(!pod.hostNetwork && !pod.hostPID && !pod.hostIPC, d, "no-host-namespaces", "no host network, PID or IPC");
    const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
    for (const v of pod.volumes ?? []) expect(!v.hostPath, d, "no-host-paths", `volume ${v.name} is a hostPath`);
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const sc = c.securityContext ?? {};
      const where = `container ${c.name}`;
      expect(sc.runAsNonRoot === true || podSc.runAsNonRoot === true, d, "non-root", `${where}: runAsNonRoot`);
      expect(sc.runAsUser === undefined || sc.runAsUser > 0, d, "non-root", `${where}: runAsUser 0`);
      expect(sc.readOnlyRootFilesystem === true, d, "read-only-root", `${where}: readOnlyRootFilesystem must be true`);
      expect(sc.allowPrivilegeEscalation === false, d, "no-privilege-escalation", `${where}: allowPrivilegeEscalation must be false`);
      expect(sc.privileged !== true, d, "no-privilege-escalation", `${where}: privileged`);
      expect((sc.capabilities?.drop ?? []).includes("ALL"), d, "drop-capabilities", `${where}: capabilities.drop must contain ALL`);
      expect(!(sc.capabilities?.add ?? []).length, d, "drop-capabilities", `${where}: adds capabilities`);
      expect((sc.seccompProfile?.type ?? podSc.seccompProfile?.type) === "RuntimeDefault", d, "seccomp", `${where}: seccomp RuntimeDefault`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      expect(tmp && volumes.get(tmp.name)?.emptyDir, d, "read-only-root", `${where}: /tmp must be an emptyDir (the root file system is read-only)`);
      for (const kind of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          expect(c.resources?.[kind]?.[resource] !== undefined, d, "resources", `${where}: resources.${kind}.${resource} missing`);
        }
      }
      for (const e of c.env ?? []) {
        expect(!(SECRET_NAME.test(e.name) && e.value !== undefined), d, "credentials-from-secrets", `${where}: ${e.name} is a literal value, not a secretKeyRef`);
        expect(!SECRET_VALUE.test(e.value ?? ""), d, "credentials-from-secrets", `${where}: ${e.name} holds what looks like a credential`);
        if (SECRET_NAME.test(e.name)) expect(e.valueFrom?.secretKeyRef, d, "credentials-from-secrets", `${where}: ${e.name} must come from a Secret`);
      }
      const image = c.image ?? "";
      images.add(image.replace(/\/[^/]+:([^:/]+)$/, ":$1")); // registry and tag, without the service's name
      expect(/:[\w][\w.-]*$/.test(image) && !image.endsWith(":latest") && !/REGISTRY|:TAG$/.test(image), d, "pinned-image", `${where}: image ${image} must name the overlay's registry and a fixed tag`);
    }
    const main = (pod.containers ?? [])[0] ?? {};
    const svc = d.metadata.name.replace(/-service$/, "");
    const facts = SERVICES[svc];
    if (facts) {
      const port = (main.ports ?? []).find((p) => p.containerPort === facts.port);
      expect(port, d, "service-port", `container must listen on ${facts.port} (docs/architecture.md)`);
      const probePath = (probe) => probe?.httpGet?.path;
      expect(probePath(main.livenessProbe) === "/q/health/live", d, "probes", "livenessProbe must GET /q/health/live");
      expect(probePath(main.readinessProbe) === "/q/health/ready", d, "probes", "readinessProbe must GET /q/health/ready (database only, never Kafka)");
      expect(probePath(main.startupProbe) === "/q/health/started", d, "probes", "startupProbe must GET /q/health/started");
      const configMaps = (main.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean);
      const config = Object.assign({}, ...configMaps.map((name) => named("ConfigMap", name)?.data ?? {}));
      expect(configMaps.length && configMaps.every((name) => named("ConfigMap", name)), d, "config-from-configmap", "configuration must come from rendered ConfigMaps");
      const preStop = main.lifecycle?.preStop?.sleep?.seconds ?? 0;
      const delay = durationSeconds(config.QUARKUS_SHUTDOWN_DELAY);
      expect(preStop >= 3 && delay >= 1 && (pod.terminationGracePeriodSeconds ?? 30) >= preStop + delay + SHUTDOWN_TIMEOUT_SECONDS + 5, d, "graceful-shutdown",
        `preStop sleep (>= 3 s), QUARKUS_SHUTDOWN_DELAY and a terminationGracePeriodSeconds covering them plus quarkus.shutdown.timeout (${SHUTDOWN_TIMEOUT_SECONDS} s) and 5 s to close: a rollout must not cut a command in flight`);
      expect(config.PLATFORM_TOPICS_CREATE === "false", d, "topics-from-strimzi", "PLATFORM_TOPICS_CREATE must be false: Strimzi owns the topics");
      for (const key of ["PLATFORM_DB_URL", "PLATFORM_KAFKA_BOOTSTRAP", "PLATFORM_OIDC_URL", "PLATFORM_OIDC_AUDIENCE"]) {
        expect(config[key], d, "config-from-configmap", `${key} missing from the ConfigMaps`);
      }
      expect(config.PLATFORM_OIDC_AUDIENCE === "reform-platform", d, "oidc", "PLATFORM_OIDC_AUDIENCE must be reform-platform");
      expect((config.PLATFORM_DB_URL ?? "").includes(`//${svc}-db-rw:`), d, "database-per-service", `PLATFORM_DB_URL must point at ${svc}-db-rw`);
      const secretOf = (name) => (main.env ?? []).find((e) => e.name === name)?.valueFrom?.secretKeyRef;
      expect(secretOf("PLATFORM_DB_USER")?.name === `${svc}-db-app` && secretOf("PLATFORM_DB_PASSWORD")?.name === `${svc}-db-app`, d,
        "credentials-from-secrets", `database credentials must come from CloudNativePG's ${svc}-db-app`);
      expect(secretOf("KAFKA_SASL_JAAS_CONFIG")?.name === `${svc}-service`, d, "credentials-from-secrets", `Kafka credentials must come from the KafkaUser ${svc}-service`);
      const service = ofKind("Service").find((s) => s.spec?.selector?.["app.kubernetes.io/name"] === `${svc}-service`);
      expect(service, d, "service", "no Service selects it");
      const scraped = annotations["prometheus.io/scrape"] === "true" || ofKind("ServiceMonitor").some((m) =>
        Object.entries(m.spec?.selector?.matchLabels ?? {}).every(([k, v]) => service?.metadata?.labels?.[k] === v));
      expect(scraped, d, "metrics", "neither scrape annotations nor a ServiceMonitor");
      if (overlay === "prod") {
        expect((d.spec?.replicas ?? 1) >= 2, d, "prod-replicas", "at least two replicas in prod");
        const labels = d.spec?.template?.metadata?.labels ?? {};
        const selects = (sel) => Object.entries(sel?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
        expect(ofKind("PodDisruptionBudget").some((p) => selects(p.spec?.selector) && p.spec.maxUnavailable === 1 && p.spec.minAvailable === undefined),
          d, "prod-pdb", "no PodDisruptionBudget with maxUnavailable 1");
        const hpa = ofKind("HorizontalPodAutoscaler").find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === d.metadata.name);
        expect(hpa && hpa.spec.minReplicas >= 2, d, "prod-hpa", "no HorizontalPodAutoscaler with minReplicas >= 2");
        expect(pod.affinity?.podAntiAffinity, d, "prod-anti-affinity", "no pod anti-affinity");
      }
    }
  }
  expect(images.size <= 1, null, "single-image-setting", `services use several registries or tags: ${[...images].join(" | ")}`);

  // --- Kafka: topics, replication, ACLs --------------------------------------------------
  const topics = new Map(ofKind("KafkaTopic").map((t) => [t.spec?.topicName ?? t.metadata.name, t]));
  const brokers = ofKind("KafkaNodePool").filter((p) => (p.spec?.roles ?? []).includes("broker")).reduce((n, p) => n + (p.spec?.replicas ?? 0), 0);
  const kafka = ofKind("Kafka")[0];
  expect(kafka, null, "kafka", "no Kafka cluster");
  expect(brokers >= (overlay === "prod" ? 3 : 1), kafka, "kafka-brokers", `${brokers} brokers`);
  expect(kafka?.spec?.kafka?.authorization?.type === "simple", kafka, "kafka-acls", "authorization must be simple (ACLs)");
  expect(/^\d+\.\d+\.\d+$/.test(kafka?.spec?.kafka?.version ?? "") && /^\d+\.\d+-IV\d+$/.test(kafka?.spec?.kafka?.metadataVersion ?? ""), kafka,
    "kafka-pinned", "spec.kafka.version and metadataVersion must be pinned: an operator upgrade must not upgrade the brokers");
  for (const l of kafka?.spec?.kafka?.listeners ?? []) {
    expect(l.authentication && (l.networkPolicyPeers ?? []).length, kafka, "kafka-listeners", `listener ${l.name} needs authentication and networkPolicyPeers`);
  }
  const rf = overlay === "prod" ? 3 : 1;
  const minIsr = overlay === "prod" ? 2 : 1;
  for (const svc of Object.keys(SERVICES)) {
    for (const name of [`${svc}.events`, `${svc}.dead-letters`, `${svc}.erasures`]) {
      const t = topics.get(name);
      expect(t, null, "kafka-topics", `no KafkaTopic ${name}`);
      if (!t) continue;
      expect(t.spec.replicas === rf, t, "kafka-replication", `replicas must be ${rf}`);
      expect(Number(t.spec.config?.["min.insync.replicas"]) === minIsr, t, "kafka-replication", `min.insync.replicas must be ${minIsr}`);
      if (!name.endsWith(".dead-letters")) expect(Number(t.spec.config?.["retention.ms"]) === -1, t, "kafka-retention", "event and erasure topics keep everything (retention.ms -1)");
    }
  }
  const users = new Map(ofKind("KafkaUser").map((u) => [u.metadata.name, u]));
  const allows = (user, type, name, op) => (user?.spec?.authorization?.acls ?? []).some((a) =>
    (a.type ?? "allow") === "allow" && a.resource?.type === type && (a.operations ?? []).some((o) => o === op || o === "All")
    && (a.resource.patternType === "prefix" ? name.startsWith(a.resource.name) : a.resource.name === name));
  for (const [user] of users) {
    for (const acl of users.get(user).spec?.authorization?.acls ?? []) {
      expect(acl.resource?.name !== "*" && !(acl.operations ?? []).includes("All"), users.get(user), "kafka-least-privilege", "no wildcard resources or All operations");
    }
  }
  for (const [svc, facts] of Object.entries(SERVICES)) {
    const u = users.get(`${svc}-service`);
    expect(u, null, "kafka-users", `no KafkaUser ${svc}-service`);
    if (!u) continue;
    for (const acl of u.spec.authorization.acls) {
      if (acl.resource.type === "topic" && acl.operations.some((o) => ["Write", "Create", "Delete", "Alter", "AlterConfigs"].includes(o))) {
        expect([`${svc}.events`, `${svc}.dead-letters`, `${svc}.erasures`].includes(acl.resource.name) && acl.resource.patternType !== "prefix", u,
          "kafka-writes-own-topics", `may change topic ${acl.resource.name}`);
      }
      if (acl.resource.type === "transactionalId") expect(acl.resource.name === `${svc}-outbox-relay`, u, "kafka-writes-own-topics", `transactional id ${acl.resource.name}`);
      if (acl.resource.type === "group") expect(acl.resource.name.startsWith(`${svc}.`), u, "kafka-writes-own-topics", `consumer group ${acl.resource.name}`);
    }
    expect(allows(u, "topic", `${svc}.events`, "Write") && allows(u, "topic", `${svc}.dead-letters`, "Write") && allows(u, "topic", `${svc}.erasures`, "Write"),
      u, "kafka-acls", "must write its own topics");
    expect(allows(u, "transactionalId", `${svc}-outbox-relay`, "Write"), u, "kafka-acls", "must own its relay's transactional id");
    expect(allows(u, "group", `${svc}.a-projection`, "Read"), u, "kafka-acls", `must use consumer groups ${svc}.*`);
    const others = Object.keys(SERVICES).filter((o) => o !== svc);
    const consumed = [...facts.consumes.map((c) => `${c}.events`), ...others.map((o) => `${o}.erasures`)];
    for (const t of consumed) expect(allows(u, "topic", t, "Read"), u, "kafka-acls", `must read ${t}`);
    const reads = (u.spec.authorization.acls).filter((a) => a.resource.type === "topic" && a.operations.includes("Read")).map((a) => a.resource.name);
    for (const t of reads) expect(t === `${svc}.events` || consumed.includes(t), u, "kafka-least-privilege", `reads ${t}, which it does not consume`);
  }
  const analysts = users.get("analysts");
  expect(analysts, null, "kafka-users", "no KafkaUser analysts");
  for (const acl of analysts?.spec?.authorization?.acls ?? []) {
    expect(acl.operations.every((o) => o === "Read" || o === "Describe"), analysts, "analysts-read-only", `may ${acl.operations.join("/")} ${acl.resource.name}`);
    if (acl.resource.type === "topic") expect(acl.resource.name.endsWith(".events"), analysts, "analysts-read-only", `reads ${acl.resource.name}`);
  }
  for (const svc of Object.keys(SERVICES)) expect(allows(analysts, "topic", `${svc}.events`, "Read"), analysts, "analysts-read-only", `cannot read ${svc}.events`);

  // --- PostgreSQL: one cluster per service, standby and backups in prod ------------------
  for (const name of [...Object.keys(SERVICES), "keycloak"]) {
    const c = named("Cluster", `${name}-db`);
    expect(c, null, "database-per-service", `no CloudNativePG Cluster ${name}-db`);
    if (!c) continue;
    expect(c.spec?.bootstrap?.initdb?.database === name && !c.spec.bootstrap.initdb.secret, c, "generated-credentials", "initdb must create the database with a generated owner secret");
    const policy = ofKind("NetworkPolicy").find((p) => p.spec?.podSelector?.matchLabels?.["cnpg.io/cluster"] === `${name}-db`);
    expect(policy, c, "database-network-policy", "no NetworkPolicy guards it");
    if (policy && name !== "keycloak") {
      const clients = (policy.spec.ingress ?? []).flatMap((r) => (r.ports ?? []).some((p) => p.port === 5432) ? r.from ?? [] : []);
      const ok = clients.length > 0 && clients.every((f) => f.podSelector?.matchLabels?.["app.kubernetes.io/name"] === `${name}-service`
        || f.podSelector?.matchLabels?.["cnpg.io/cluster"] === `${name}-db`
        || f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "cnpg-system");
      expect(ok, policy, "database-network-policy", `port 5432 must be open to ${name}-service, its own instances and the operator only`);
    }
    const catalogRef = c.spec.imageCatalogRef;
    expect(!c.spec.imageName && catalogRef && named(catalogRef.kind, catalogRef.name)?.spec?.images?.some((i) => i.major === catalogRef.major),
      c, "image-catalog", "the PostgreSQL image must come from a rendered image catalogue (imageCatalogRef), not the operator's default or imageName");
    const archiver = (c.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN && p.isWALArchiver && p.enabled !== false);
    expect(!c.spec.backup?.barmanObjectStore, c, "backups-by-plugin", "spec.backup.barmanObjectStore is deprecated: back up through the Barman Cloud plugin");
    if (overlay === "prod") {
      const sync = c.spec.postgresql?.synchronous ?? {};
      expect(c.spec.instances >= 3 && ["any", "first"].includes(sync.method) && sync.number >= 1 && sync.number < c.spec.instances
        && (sync.dataDurability ?? "required") === "required", c, "prod-synchronous-replication",
        "three instances with synchronous replication (method any, number >= 1, dataDurability required): a failover must lose no committed event");
      expect(c.spec.affinity?.enablePodAntiAffinity !== false && c.spec.affinity?.podAntiAffinityType === "required", c, "prod-anti-affinity",
        "database instances must be on different nodes (podAntiAffinityType required): one node must not hold a primary and its confirming standby");
      expect(archiver && named("ObjectStore", archiver.parameters?.barmanObjectName), c, "prod-backups",
        `no WAL archiving through ${BARMAN_PLUGIN} to a rendered ObjectStore`);
      expect(ofKind("ScheduledBackup").some((b) => b.spec?.cluster?.name === c.metadata.name && b.spec.method === "plugin"
        && b.spec.pluginConfiguration?.name === BARMAN_PLUGIN), c, "prod-backups", "no ScheduledBackup through the Barman Cloud plugin");
    }
  }
  // A cluster restored from an archive must archive somewhere else: the same object store and
  // serverName would mix its new timeline with the history it was restored from.
  for (const c of ofKind("Cluster").filter((x) => x.spec?.bootstrap?.recovery)) {
    const archiver = (c.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN && p.isWALArchiver);
    const source = (c.spec.externalClusters ?? []).find((e) => e.name === c.spec.bootstrap.recovery.source);
    if (!archiver || !source?.plugin) continue;
    const writes = [archiver.parameters?.barmanObjectName, archiver.parameters?.serverName ?? c.metadata.name];
    const reads = [source.plugin.parameters?.barmanObjectName, source.plugin.parameters?.serverName ?? source.name];
    expect(writes[0] !== reads[0] || writes[1] !== reads[1], c, "restore-archives-elsewhere",
      `archives to ${writes.join("/")}, the path it was restored from: give the plugin a new serverName`);
  }
  const policies = ofKind("NetworkPolicy");
  for (const type of ["Ingress", "Egress"]) {
    expect(policies.some((p) => Object.keys(p.spec?.podSelector ?? {}).length === 0 && (p.spec.policyTypes ?? []).includes(type) && !p.spec[type.toLowerCase()]),
      null, "default-deny", `no default-deny ${type.toLowerCase()} NetworkPolicy`);
  }

  // --- Egress: each service reaches DNS, its database, the brokers and Keycloak, nothing else --
  for (const svc of Object.keys(SERVICES)) {
    const d = named("Deployment", `${svc}-service`);
    if (!d) continue;
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const egress = policies.filter((p) => (p.spec?.policyTypes ?? []).includes("Egress") && selects(p.spec.podSelector, labels));
    const rules = egress.flatMap((p) => (p.spec.egress ?? []).map((r) => ({ policy: p, rule: r })));
    expect(rules.length, d, "egress-least-privilege", "no egress NetworkPolicy allows it anything: it needs DNS, its database, Kafka and Keycloak");
    const allowed = (peer, ports) => EGRESS_ALLOWED(svc).find((a) => a.peer(peer) && ports.length && ports.every((p) => a.ports.includes(`${p.protocol ?? "TCP"}/${p.port}`) && !p.endPort));
    const reached = new Set();
    for (const { policy, rule } of rules) {
      const peers = rule.to ?? [];
      expect(peers.length, policy, "egress-least-privilege", `${svc}-service: a rule without "to" allows every destination`);
      for (const peer of peers) {
        const match = allowed(peer, rule.ports ?? []);
        expect(match, policy, "egress-least-privilege", `${svc}-service may reach ${JSON.stringify(peer)} on ${JSON.stringify(rule.ports ?? "every port")}: only DNS, ${svc}-db, the Kafka brokers, Keycloak and the OpenTelemetry collector`);
        if (match) reached.add(match.name);
      }
    }
    for (const a of EGRESS_ALLOWED(svc).filter((a) => !a.optional)) expect(reached.has(a.name), d, "egress-least-privilege", `no egress rule lets it reach ${a.name}`);
  }

  // --- Ingress: only the APIs' /v1 and Keycloak's realms -----------------------------------
  for (const ing of ofKind("Ingress")) {
    for (const rule of ing.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const backend = p.backend?.service?.name;
        const allowed = (backend?.endsWith("-service") && SERVICES[backend.replace(/-service$/, "")] && p.path === "/v1")
          || (backend === "keycloak-service" && [`/realms/${PLATFORM_REALM}`, "/resources"].includes(p.path) && p.pathType === "Prefix");
        expect(allowed, ing, "ingress-apis-only", `${rule.host}${p.path} -> ${backend} is not an API path`);
      }
    }
  }

  if (overlay === "prod") {
    expect(ofKind("PodDisruptionBudget").some((p) => p.spec?.selector?.matchLabels?.app === "keycloak" && p.spec.maxUnavailable === 1),
      null, "prod-pdb", "no PodDisruptionBudget with maxUnavailable 1 for Keycloak");
  }

  // --- Keycloak realm -------------------------------------------------------------------
  const realmImport = ofKind("KeycloakRealmImport")[0];
  const realm = realmImport?.spec?.realm;
  expect(realm?.realm === "reform-platform", realmImport, "realm", "no reform-platform realm import");
  if (realm) {
    const roles = (realm.roles?.realm ?? []).map((r) => r.name);
    for (const role of ROLES) expect(roles.includes(role), realmImport, "realm-roles", `realm role ${role} missing`);
    const oidcUrl = ofKind("ConfigMap").map((c) => c.data?.PLATFORM_OIDC_URL).find(Boolean) ?? "";
    expect(oidcUrl.endsWith(`/realms/${realm.realm}`) && oidcUrl.includes(`${realmImport.spec.keycloakCRName}-service`), realmImport, "oidc",
      `PLATFORM_OIDC_URL (${oidcUrl}) must point at this realm on Keycloak ${realmImport.spec.keycloakCRName}`);
    for (const client of realm.clients ?? []) {
      if (client.bearerOnly) continue;
      const mappers = client.protocolMappers ?? [];
      const has = (type, claim) => mappers.some((m) => m.protocolMapper === type && (!claim || m.config?.["claim.name"] === claim));
      expect(has("oidc-usermodel-realm-role-mapper", "groups"), realmImport, "realm-claims", `client ${client.clientId}: realm roles in a groups claim`);
      expect(has("oidc-usermodel-attribute-mapper", "org") || has("oidc-hardcoded-claim-mapper", "org"), realmImport, "realm-claims", `client ${client.clientId}: an org claim`);
      expect(mappers.some((m) => m.protocolMapper === "oidc-audience-mapper" && m.config?.["included.custom.audience"] === "reform-platform"),
        realmImport, "realm-claims", `client ${client.clientId}: audience reform-platform`);
      if (client.secret !== undefined) {
        const placeholder = /^\$\{([A-Z0-9_]+)\}$/.exec(client.secret);
        expect(placeholder && realmImport.spec.placeholders?.[placeholder[1]]?.secret, realmImport, "no-secrets-in-manifests",
          `client ${client.clientId}: its secret must be a placeholder filled from a Secret`);
      }
    }
  }
  if (ready) {
    checks++;
    violations.push(...checkPlaceholders(objects));
  }
  return { violations, checks };
}

// --- Placeholders: an overlay about to be applied must name real hosts, buckets, registries ---
// The repository's overlays are templates: their hosts (*.reform-platform.example), registry
// (registry.example.org) and bucket (s3://example-bucket) are placeholders, which an environment
// replaces (docs/operations.md, section 3). `validate.sh --ready <overlay>` runs this rule; CI
// proves it finds each placeholder of the prod template and passes the template filled in.
const PLACEHOLDER = /(^|[^a-z0-9])(example|replace-with[a-z-]*|change-?me|your-[a-z-]+|todo)([^a-z0-9]|$)/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/\S+$|^\*?\.?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;

/** Each placeholder left in the objects: [{ object, rule, message }]. */
export function checkPlaceholders(objects) {
  const found = [];
  const report = (obj, where, message) => found.push({ object: `${obj.kind}/${obj.metadata?.name}`, rule: "prod-placeholders", message: `${where}: ${message}` });
  const walk = (obj, value, where) => {
    if (typeof value === "string") {
      if (URL_LIKE.test(value) && PLACEHOLDER.test(value)) report(obj, where, `"${value}" is a placeholder: set your own`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(obj, v, `${where}[${i}]`));
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(obj, v, where ? `${where}.${k}` : k);
    }
  };
  for (const obj of objects) {
    if (obj.kind === "ConfigMap" && obj.metadata?.labels?.grafana_dashboard) continue; // dashboards: no hosts
    walk(obj, obj.spec ?? obj.data ?? {}, obj.spec ? "spec" : "data");
    if (obj.kind !== "Deployment") continue;
    for (const c of obj.spec?.template?.spec?.containers ?? []) {
      const registry = (c.image ?? "").split("/")[0];
      if (!/^([a-z0-9-]+\.)+[a-z0-9-]+(:\d+)?$|^localhost(:\d+)?$/.test(registry) || (c.image ?? "").split("/").length < 2) {
        report(obj, `container ${c.name}`, `image ${c.image} names no registry host: set the overlay's platform-images registry`);
      }
    }
  }
  return found;
}
