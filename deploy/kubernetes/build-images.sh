#!/usr/bin/env bash
# Builds and pushes the five service images that the overlays refer to (<registry>/<service>:<tag>,
# the overlay's platform-images setting). Needs Maven, JDK 17 and docker or podman; run it from any
# directory on a machine that can reach the registry.
#
#   deploy/kubernetes/build-images.sh registry.example.org/reform-platform 1.0.0 [--push]
set -euo pipefail
registry="${1:?usage: build-images.sh <registry> <tag> [--push]}"
tag="${2:?usage: build-images.sh <registry> <tag> [--push]}"
push="${3:-}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
engine="$(command -v docker || command -v podman || true)"
[ -n "$engine" ] || { echo "build-images: neither docker nor podman is installed" >&2; exit 1; }

services=(admissions-service qualification-service mobility-service incubation-service evaluation-service)
(cd "$root" && mvn -B package -DskipTests -pl "$(IFS=,; echo "${services[*]}")" -am)
for service in "${services[@]}"; do
  image="$registry/$service:$tag"
  "$engine" build -f "$root/$service/src/main/docker/Dockerfile.jvm" -t "$image" "$root/$service"
  if [ "$push" = "--push" ]; then "$engine" push "$image"; fi
done
echo "build-images: built ${#services[@]} images tagged $tag; set registry=$registry and tag=$tag in the overlay's platform-images"
