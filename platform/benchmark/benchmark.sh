#!/usr/bin/env bash
# The platform benchmark: starts the platform as deploy/local does (its own ports, databases and data
# directory), the CRUD baseline beside it, runs the workloads with their baselines in the same run,
# and writes platform/benchmark/target/report/{report.md,report.json,*.svg}. docs/benchmarks.md
# explains what is measured and how to read it.
#
#   platform/benchmark/benchmark.sh [--full | --quick | --smoke] [--port-base B] [--db-prefix P] [--data-dir DIR]
#                                   [--out DIR] [--only LIST] [--levels 1,2,4] [--level-seconds S] [--attach]
#                                   [--rebuild-events N] [--publish] [--keep-data] [--build]
#
#   --full          the benchmark of record: 6 load levels x 60 s, 1M-event rebuild, 5M-event growth (about 1.5 hours on 2 cores)
#   --quick         3 levels x 10 s, 100k/500k events (about 15 minutes)
#   --smoke         every workload for a second or two (the platform's start dominates: 2-4 minutes)
#   --port-base B   run beside another platform (run.sh --port-base; the CRUD baseline on B+9); default ports otherwise
#   --db-prefix P   databases P<service>, Pcrud_baseline, Pdurable_limit (default bench_); dropped at the end unless --keep-data
#   --data-dir DIR  the platform's data, logs and pid files (default .local/benchmark)
#   --only LIST     some of footprint,throughput,latency,endtoend,crossservice,store,drain
#   --rebuild-events N  the rebuild of record and the policy laboratory's simulated scope at N events (full: 1,000,000;
#                   quick: 100,000), e.g. --quick --only store --rebuild-events 1000000 for the simulation of record alone
#   --attach        use a platform that run.sh already runs with this data dir and prefix (quick iterations)
#   --publish       copy the report to platform/benchmark/results/<mode>/ and its figures into docs/benchmarks.md
#   --build         package the services, the CRUD baseline and the benchmark first (otherwise only when missing)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"

BUILD=0
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) ARGS+=("$arg") ;;
  esac
done

missing=0
for jar in admissions-service qualification-service mobility-service incubation-service evaluation-service platform/crud-baseline; do
  [ -f "$jar/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
[ -f platform/benchmark/target/benchmark.jar ] || missing=1
if [ "$BUILD" = 1 ] || [ "$missing" = 1 ]; then
  echo "[benchmark] building the services, the CRUD baseline and the benchmark (mvn package, tests skipped)"
  # As deploy/local/run.sh builds them: every Quarkus jar with its class-data archive (AppCDS). package, not install:
  # a benchmark run leaves ~/.m2 as it found it (other builds on this machine resolve the platform's jars from there);
  # in the reactor the benchmark's lib/ gets the kernel and system-test jars just packaged, not those of ~/.m2.
  mvn -B -q -Dmaven.test.skip=true -Dquarkus.package.jar.appcds.enabled=true package -pl platform/benchmark -am
fi

# The driver shares the machine with what it measures: a modest heap, and it says so in the report.
exec java -Xmx1g -Dplatform.root="$ROOT" -jar platform/benchmark/target/benchmark.jar "${ARGS[@]}"
