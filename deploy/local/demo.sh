#!/usr/bin/env bash
# Runs the report scenario against a platform that deploy/local/run.sh is running: a year of the
# programme sent through the public APIs with real tokens, the report's figures read back from the
# read models (a table: figure, expected, read back, OK/MISSING), then the cross-service flows with
# their events on the topics and their timings. Exit code 0 when every figure and flow is there.
#
#   deploy/local/demo.sh [--data-dir DIR] [--label LABEL] [--no-flows]
#
#   --data-dir DIR  the platform's data directory, as given to run.sh (default .local); its
#                   run/ready marker names the services, Keycloak and the broker
#   --label LABEL   the name of the year's data (default year-<UTC time>, new on every run)
#   --no-flows      only the year and its figures
#
# run.sh --demo runs this once everything is ready. See docs/scenario.md.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"

DATA_DIR="$ROOT/.local"
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA_DIR=${2:?"--data-dir needs a directory"}; shift ;;
    --data-dir=*) DATA_DIR=${1#--data-dir=} ;;
    --label) ARGS+=(--label "${2:?"--label needs a value"}"); shift ;;
    --label=*) ARGS+=(--label "${1#--label=}") ;;
    --no-flows) ARGS+=(--no-flows) ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '[demo] %s\n' "$*"; }

[ -f "$DATA_DIR/run/ready" ] || { say "no platform is ready in $DATA_DIR (no run/ready): start deploy/local/run.sh first, or pass --data-dir"; exit 1; }

# The scenario is the system tests' ReportScenario; build its jar when it is missing or older than its sources.
JAR=platform/system-tests/target/system-tests.jar
if [ ! -f "$JAR" ] || [ -n "$(find platform/system-tests/src/main platform/system-tests/pom.xml -newer "$JAR" -print -quit)" ]; then
  say "building the scenario (platform/system-tests; log: $DATA_DIR/logs/demo-build.log)"
  mkdir -p "$DATA_DIR/logs"
  # Alone first: with -am Maven would also repackage the services' jars, under a platform that runs them.
  if ! mvn -B -Dstyle.color=never -Dmaven.test.skip=true package -pl platform/system-tests >"$DATA_DIR/logs/demo-build.log" 2>&1; then
    say "the platform's modules are not in the local Maven repository: building them too (-am)"
    mvn -B -Dstyle.color=never -Dmaven.test.skip=true package -pl platform/system-tests -am >>"$DATA_DIR/logs/demo-build.log" 2>&1 \
      || { tail -n 20 "$DATA_DIR/logs/demo-build.log" >&2; say "the scenario did not build"; exit 1; }
  fi
fi

say "report scenario against the platform in $DATA_DIR"
exec java -Xmx256m -cp "$JAR" org.reformplatform.systemtests.scenario.ReportScenario --data-dir "$DATA_DIR" "${ARGS[@]}"
