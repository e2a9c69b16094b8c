#!/usr/bin/env bash
# Validates the Kubernetes manifests without a cluster: renders every overlay with kubectl's
# built-in Kustomize, checks every object against the Kubernetes and CRD schemas (Strimzi,
# CloudNativePG, Keycloak, Prometheus Operator) kept in validation/schemas or installed from npm,
# asserts the platform's deployment policy (security settings, probes, resources, credentials
# only from Secrets, Kafka ACLs, replication, backups, network policies), and proves with a
# self-test that each policy rule catches a breach. Exits non-zero on any finding.
#
#   validate.sh                      CI: overlays/dev and overlays/prod (templates), and the self-test
#   validate.sh --ready <overlay>    before applying: the production policy on your overlay, and
#                                    no placeholder left (example hosts and buckets, unset registry)
#
# Needs kubectl (1.27+) and Node.js 20+; installs its npm packages (package-lock.json) once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
caller="$PWD"
cd "$here"

for tool in kubectl node npm; do
  command -v "$tool" >/dev/null || { echo "validate: $tool is missing" >&2; exit 1; }
done

stamp="validation/node_modules/.installed-from"
lock_sum="$(sha256sum validation/package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "validate: installing the validator's npm packages"
  (cd validation && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$lock_sum" > "$stamp"
fi

rendered="validation/.rendered"
mkdir -p "$rendered"
args=()
if [ "${1:-}" = "--ready" ]; then
  shift
  [ $# -gt 0 ] || { echo "usage: validate.sh --ready <overlay directory>..." >&2; exit 2; }
  for overlay in "$@"; do
    dir="$(cd "$caller" && cd "$overlay" && pwd)"
    out="$rendered/ready-$(basename "$dir").yaml"
    echo "validate: rendering $dir"
    kubectl kustomize "$dir" > "$out"
    args+=("prod=$out")
  done
  exec node validation/validate.mjs --ready "${args[@]}"
fi
for overlay in overlays/*/; do
  name="$(basename "$overlay")"
  echo "validate: rendering $overlay"
  kubectl kustomize "$overlay" > "$rendered/$name.yaml"
  args+=("$name=$rendered/$name.yaml")
done

node validation/validate.mjs --self-test "${args[@]}"
