#!/usr/bin/env bash
# Runs the whole reform platform on this machine, in the foreground, until Ctrl-C:
# PostgreSQL (one database per service), a Kafka broker, Keycloak with the platform's realm, and
# every service that has been written and builds, each as its packaged jar.
#
#   deploy/local/run.sh [--no-build] [--only admissions,mobility] [--data-dir DIR] [--then CMD]
#                       [--db-prefix P] [--fresh] [--require-all] [--port-base B] [--demo] [--train-aot]
#
#   --no-build      run the jars as they are; never call Maven to build (Keycloak is still fetched once)
#   --only LIST     start only these services (comma separated: admissions, qualification, mobility,
#                   incubation, evaluation); the broker, Keycloak and PostgreSQL always run
#   --data-dir DIR  where the broker's data, Keycloak, logs and pid files live (default .local)
#   --then CMD      once everything is ready, run CMD (with bash) and keep the platform running;
#                   the URLs are in its environment (ADMISSIONS_URL, ..., KEYCLOAK_URL, TOKEN_SCRIPT)
#   --db-prefix P   name the databases P<service> instead of <service> (system tests, benchmarks)
#   --fresh         start from nothing: drop the databases and the broker's data first
#   --require-all   fail instead of skipping a service that does not build or start
#   --port-base B   run beside another platform: services on B+1..B+5, Keycloak on B+80 (management
#                   B+81), the broker on B+92 (controller B+93); default 8101..8105, 8180, 9092
#   --demo          once everything is ready, run the report scenario (deploy/local/demo.sh: a year of
#                   the programme, the report's figures, the cross-service flows), then keep running
#   --train-aot     with PLATFORM_JAVA on JDK 25 or later: start every service as a training run, stop
#                   once all are ready, and leave an AOT cache (app.aot) beside each jar; later runs on
#                   that JDK start from it (docs/benchmarks.md, "Start-up on JDK 25"). Then exits.
#
# The services run on `java` from the PATH, or on the java binary PLATFORM_JAVA names. On JDK 17 a
# service uses the class-data archive built with its jar (app-cds.jsa); on JDK 25 or later its AOT
# cache (app.aot), when one was trained for this very jar.
#
# Once every service is ready, DIR/run/ready lists "<service> <url>" per line (for scripts and tests),
# then "keycloak <url>", "kafka <host:port>" and "postgres <host:port>".
# See deploy/local/README.md for ports, clients, secrets, resetting and troubleshooting.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
. "$HERE/clients.sh"

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_PORT=8180
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
# Another PostgreSQL server than the machine's (the system tests run one of their own, so that the
# fault suite can restart it without restarting a server other people use): PLATFORM_PG_HOST/PORT.
PG_HOST=${PLATFORM_PG_HOST:-127.0.0.1}
PG_PORT=${PLATFORM_PG_PORT:-5432}
PG_USER=${PLATFORM_DB_USER:-postgres}
KEYCLOAK_READY_SECONDS=${KEYCLOAK_READY_SECONDS:-180}
SERVICE_READY_SECONDS=${SERVICE_READY_SECONDS:-120}

# Service short name (= its database and platform.service) and port, as docs/architecture.md says.
SERVICES=(admissions qualification mobility incubation evaluation)
declare -A PORT=([admissions]=8101 [qualification]=8102 [mobility]=8103 [incubation]=8104 [evaluation]=8105)

BUILD=1
ONLY=""
DB_PREFIX=""
FRESH=0
REQUIRE_ALL=0
PORT_BASE=""
LOCAL_DIR="$ROOT/.local"
THEN_CMD=""
DEMO=0
TRAIN_AOT=0
SERVICE_JAVA=${PLATFORM_JAVA:-java}

usage() { sed -n '2,32p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --only) ONLY=${2:?"--only needs a list of services"}; shift ;;
    --only=*) ONLY=${1#--only=} ;;
    --data-dir) LOCAL_DIR=${2:?"--data-dir needs a directory"}; shift ;;
    --data-dir=*) LOCAL_DIR=${1#--data-dir=} ;;
    --then) THEN_CMD=${2:?"--then needs a command"}; shift ;;
    --then=*) THEN_CMD=${1#--then=} ;;
    --db-prefix) DB_PREFIX=${2:?"--db-prefix needs a prefix"}; shift ;;
    --db-prefix=*) DB_PREFIX=${1#--db-prefix=} ;;
    --fresh) FRESH=1 ;;
    --require-all) REQUIRE_ALL=1 ;;
    --port-base) PORT_BASE=${2:?"--port-base needs a number"}; shift ;;
    --port-base=*) PORT_BASE=${1#--port-base=} ;;
    --demo) DEMO=1 ;;
    --train-aot) TRAIN_AOT=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$LOCAL_DIR"
LOCAL_DIR=$(cd "$LOCAL_DIR" && pwd)
# --demo is a --then step: the scenario runs after the ready marker is written, before any other --then command.
if [ "$DEMO" = 1 ]; then
  DEMO_CMD="$(printf '%q --data-dir %q' "$HERE/demo.sh" "$LOCAL_DIR")"
  THEN_CMD="$DEMO_CMD${THEN_CMD:+; $THEN_CMD}"
fi
LOGS="$LOCAL_DIR/logs"
PIDS="$LOCAL_DIR/run"
STAMPS="$LOCAL_DIR/build"
KEYCLOAK_HOME="$LOCAL_DIR/keycloak/keycloak-$KEYCLOAK_VERSION"
mkdir -p "$LOGS" "$PIDS"

say() { printf '[run] %s\n' "$*"; }
warn() { printf '[run] WARNING: %s\n' "$*" >&2; }
die() { printf '[run] ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { echo $(( $(date +%s) - STARTED_AT )); }
STARTED_AT=$(date +%s)

if [ -n "$PORT_BASE" ]; then
  [[ "$PORT_BASE" =~ ^[0-9]+$ ]] && [ "$PORT_BASE" -ge 1024 ] && [ "$PORT_BASE" -le 65400 ] || die "--port-base must be a number from 1024 to 65400"
  i=1
  for svc in "${SERVICES[@]}"; do PORT[$svc]=$(( PORT_BASE + i )); i=$(( i + 1 )); done
  KEYCLOAK_PORT=$(( PORT_BASE + 80 ))
  KAFKA_PORT=$(( PORT_BASE + 92 ))
  KAFKA_CONTROLLER_PORT=$(( PORT_BASE + 93 ))
fi
KEYCLOAK_MANAGEMENT_PORT=$(( KEYCLOAK_PORT + 1 ))
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
TOKEN_URL="$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token"


# ---------------------------------------------------------------------------------------------
# Processes: every child is recorded (name -> pid) and in a pid file, so that Ctrl-C stops them in
# order (services, then Keycloak, then the broker) and a later run can clear leftovers of a run
# that was killed with SIGKILL.
declare -A PID=()
STARTED=()   # names in start order

alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$s" ] && [ "${s:0:1}" != Z ]; }

start_process() { # name log command...
  local name=$1 log=$2; shift 2
  [ -f "$log" ] && mv -f "$log" "$log.prev"
  "$@" >"$log" 2>&1 </dev/null &
  PID[$name]=$!
  STARTED+=("$name")
  echo "${PID[$name]} $LOCAL_DIR" >"$PIDS/$name.pid"
}

# SIGTERM to each, then wait up to $2 seconds, then SIGKILL what is left.
stop_processes() { # timeout names...
  local timeout=$1 name pid deadline; shift
  for name in "$@"; do
    pid=${PID[$name]:-}
    [ -n "$pid" ] && alive "$pid" && kill -TERM "$pid" 2>/dev/null
  done
  deadline=$(( $(date +%s) + timeout ))
  for name in "$@"; do
    pid=${PID[$name]:-}
    [ -z "$pid" ] && continue
    while alive "$pid" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
    if alive "$pid"; then
      warn "$name did not stop within ${timeout}s: killing it"
      kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
    unset "PID[$name]"
    rm -f "$PIDS/$name.pid"
  done
}

# Services first, so that they leave the broker cleanly; then Keycloak; the broker last.
stop_all() {
  local services=() name
  for name in "${STARTED[@]}"; do
    case "$name" in kafka|keycloak) ;; *) [ -n "${PID[$name]:-}" ] && services+=("$name") ;; esac
  done
  [ ${#services[@]} -gt 0 ] && stop_processes 30 "${services[@]}"
  [ -n "${PID[keycloak]:-}" ] && stop_processes 30 keycloak
  [ -n "${PID[kafka]:-}" ] && stop_processes 30 kafka
  STARTED=()
}

CLEANED=0
cleanup() {
  [ "$CLEANED" = 1 ] && return
  CLEANED=1
  trap '' INT TERM
  rm -f "$PIDS/ready"
  if [ ${#PID[@]} -gt 0 ]; then
    say "stopping..."
    stop_all
    say "stopped."
  fi
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

# A run killed with SIGKILL leaves its children behind; stop those (only if they are still ours:
# a pid may have been reused), in the same order as Ctrl-C does.
stop_leftovers() {
  local file pid dir name found=()
  rm -f "$PIDS/ready"
  for file in "$PIDS"/*.pid; do
    [ -e "$file" ] || continue
    read -r pid dir <"$file" || true
    name=$(basename "$file" .pid)
    rm -f "$file"
    if [ -n "$pid" ] && alive "$pid" && ps -o args= -p "$pid" | grep -qF -e "$LOCAL_DIR" -e "$ROOT"; then
      PID[$name]=$pid
      STARTED+=("$name")
      found+=("$name")
    fi
  done
  [ ${#found[@]} -eq 0 ] && return
  say "stopping what an earlier run left behind: ${found[*]}"
  stop_all
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The broker and Keycloak have fixed ports that the services are configured with.
require_free_ports() {
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
    port_in_use "$port" && die "port $port is in use: is an earlier run (or another Kafka or Keycloak) still running?
  ss -ltnp 'sport = :$port' shows which program holds it."
  done
}

tail_log() { echo "----- last lines of $1 -----" >&2; tail -n "${2:-25}" "$1" >&2; echo "-----" >&2; }

# ---------------------------------------------------------------------------------------------
# Building: only what is missing or older than its sources.

# Whether a module needs building: its artifact is missing, or a source is newer than both the
# artifact and the stamp of this script's last successful build of it. (Maven does not rewrite a
# jar whose classes did not change, so the artifact's own time is not enough.)
stale() { # module-dir artifact sources...
  local stamp="$STAMPS/$(basename "$1").built" artifact=$2; shift 2
  [ -n "$artifact" ] && [ -f "$artifact" ] || return 0
  [ -z "$(find "$@" -type f -newer "$artifact" -print -quit 2>/dev/null)" ] && return 1
  [ -f "$stamp" ] && [ -z "$(find "$@" -type f -newer "$stamp" -print -quit 2>/dev/null)" ] && return 1
  return 0
}

KERNEL_SOURCES=(pom.xml platform/event-sourcing/pom.xml platform/event-sourcing/src/main platform/service-parent/pom.xml)
kafka_local_jar() { ls platform/kafka-local/target/kafka-local-*.jar 2>/dev/null | grep -v -e sources -e tests | head -n 1 || true; }
service_jar() { echo "$1-service/target/quarkus-app/quarkus-run.jar"; }
# A service is written once it has its configuration (platform.service, port): before that it
# would build as an empty app that cannot start.
service_written() { [ -f "$1-service/src/main/resources/application.properties" ]; }

# Fills WANTED from --only (or every service).
select_services() {
  local svc
  WANTED=()
  if [ -z "$ONLY" ]; then WANTED=("${SERVICES[@]}"); return; fi
  for svc in ${ONLY//,/ }; do
    svc=${svc%-service}
    [ -n "${PORT[$svc]:-}" ] || die "unknown service '$svc' in --only (known: ${SERVICES[*]})"
    WANTED+=("$svc")
  done
}
WANTED=()

# Whether the reactor summary of the build log lists the module (by its <name>) as SUCCESS.
built_ok() { # module-dir log
  local name
  name=$(sed -n 's:.*<name>\(.*\)</name>.*:\1:p' "$1/pom.xml" | head -n 1)
  grep -qE "^\[INFO\] ${name:-$(basename "$1")} \.* SUCCESS" "$2"
}

RUNNABLE=()   # services to start
SKIPPED=()    # "service: reason"

build() {
  local modules=() to_build=() svc status log="$LOGS/build.log"
  if stale platform/kafka-local "$(kafka_local_jar)" platform/kafka-local/pom.xml platform/kafka-local/src/main pom.xml; then
    modules+=(platform/kafka-local)
  fi
  for svc in "${WANTED[@]}"; do
    if ! service_written "$svc"; then continue; fi
    if stale "$svc-service" "$(service_jar "$svc")" "$svc-service/pom.xml" "$svc-service/src/main" "${KERNEL_SOURCES[@]}"; then
      to_build+=("$svc")
      modules+=("$svc-service")
    fi
  done
  if [ ${#modules[@]} -eq 0 ]; then
    say "build: everything is up to date"
    return
  fi
  say "build: ${modules[*]} (with the modules they need; log: $log)"
  [ -d "$HOME/.m2/repository/io/quarkus" ] || say "build: the first build downloads Maven dependencies and takes several minutes"
  local t0 module; t0=$(date +%s)
  mkdir -p "$STAMPS"
  touch "$STAMPS/.build-started"
  # -fae: a service that does not compile must not stop the others. Tests are not compiled at all,
  # so that half-written tests do not keep a service from running.
  # Each jar also gets a class-data archive of what it loads at start (AppCDS): about 0.6 s less to
  # start every time, for about 20 s once per build (docs/benchmarks.md, start-up).
  mvn -B -fae -Dstyle.color=never -Dmaven.test.skip=true -Dquarkus.package.jar.appcds.enabled=true package \
    -pl "$(IFS=,; echo "${modules[*]}")" -am >"$log" 2>&1
  status=$?
  say "build: finished in $(( $(date +%s) - t0 ))s (exit code $status)"
  # Stamped with the time the build started: a source saved during the build is built next time.
  for module in "${modules[@]}"; do
    if [ $status -eq 0 ] || built_ok "$module" "$log"; then
      touch -r "$STAMPS/.build-started" "$STAMPS/$(basename "$module").built"
    fi
  done
  [ $status -eq 0 ] && return
  # Which modules failed: the reactor summary lists each as SUCCESS, FAILURE or SKIPPED.
  if [[ " ${modules[*]} " == *" platform/kafka-local "* ]] && ! built_ok platform/kafka-local "$log"; then
    grep -E '^\[ERROR\]' "$log" | head -n 15 >&2
    die "platform/kafka-local did not build; see $log"
  fi
  for svc in "${to_build[@]}"; do
    if ! built_ok "$svc-service" "$log"; then
      BUILD_FAILED+=("$svc")
      # The first compiler errors say more than any summary.
      grep -E "^\[ERROR\] $ROOT/$svc-service/" "$log" | head -n 3 | sed "s|$ROOT/||; s|^\[ERROR\]|[run]   $svc:|" >&2
    fi
  done
}
BUILD_FAILED=()

choose_services() {
  local svc jar
  for svc in "${WANTED[@]}"; do
    jar=$(service_jar "$svc")
    if ! service_written "$svc"; then
      SKIPPED+=("$svc: not written yet ($svc-service/src/main/resources/application.properties is missing)")
    elif [[ " ${BUILD_FAILED[*]} " == *" $svc "* ]]; then
      SKIPPED+=("$svc: does not build at the moment; see $LOGS/build.log")
    elif [ ! -f "$jar" ]; then
      SKIPPED+=("$svc: not built ($jar is missing; run without --no-build)")
    elif port_in_use "${PORT[$svc]}"; then
      SKIPPED+=("$svc: port ${PORT[$svc]} is already in use by another program")
    else
      if [ "$BUILD" = 0 ] && stale "$svc-service" "$jar" "$svc-service/src/main" "$svc-service/pom.xml"; then
        warn "$svc: its sources are newer than $jar (--no-build: running it anyway)"
      fi
      RUNNABLE+=("$svc")
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: it is a system service, not ours to stop; start it only if we can, else explain.

psql_q() { PGPASSWORD=${PLATFORM_DB_PASSWORD:-} psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -Atqc "$1"; }

require_postgres() {
  if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null; then
    local version
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$version" ] && command -v pg_ctlcluster >/dev/null \
       && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
      say "PostgreSQL is not running: starting cluster $version/main"
      if [ "$(id -u)" -eq 0 ]; then
        pg_ctlcluster --skip-systemctl-redirect "$version" main start
      else
        sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" main start
      fi
      for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && break; sleep 1; done
    fi
    pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null || die "PostgreSQL is not running on $PG_HOST:$PG_PORT.
  Start it (for example: sudo pg_ctlcluster 15 main start) or install it (sudo apt-get install -y postgresql),
  then run this again. .ci/run shows the whole set-up."
  fi
  psql_q 'select 1' >/dev/null 2>&1 || die "cannot log in to PostgreSQL at $PG_HOST:$PG_PORT as '$PG_USER'.
  The platform expects trust authentication on loopback (pg_hba.conf: host all all 127.0.0.1/32 trust),
  or set PLATFORM_DB_USER / PLATFORM_DB_PASSWORD."
}

database() { printf '%s%s' "$DB_PREFIX" "$1"; }

create_databases() {
  local svc db
  for svc in "$@"; do
    db=$(database "$svc")
    if [ "$FRESH" = 1 ]; then
      psql_q "drop database if exists \"$db\" with (force)" >/dev/null || die "could not drop the database $db"
    fi
    if [ "$(psql_q "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      psql_q "create database \"$db\"" >/dev/null || die "could not create the database $db"
      say "postgres: created database $db"
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# Kafka: the platform's own broker launcher (platform/kafka-local), in a JVM of its own.

start_kafka() {
  local jar cp
  jar=$(kafka_local_jar)
  [ -n "$jar" ] || die "platform/kafka-local is not built (run without --no-build)"
  cp=$(unzip -p "$jar" org/reformplatform/kafkalocal/broker.classpath) || die "$jar holds no broker.classpath; rebuild platform/kafka-local"
  start_process kafka "$LOGS/kafka.log" \
    java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.showDateTime=true \
      -cp "$ROOT/$jar:$cp" org.reformplatform.kafkalocal.KafkaLocal \
      --port "$KAFKA_PORT" --controller-port "$KAFKA_CONTROLLER_PORT" --data-dir "$LOCAL_DIR/kafka"
}

await_kafka() {
  local deadline=$(( $(date +%s) + 60 ))
  until port_in_use "$KAFKA_PORT"; do
    if ! alive "${PID[kafka]}"; then tail_log "$LOGS/kafka.log"; die "the Kafka broker exited; see $LOGS/kafka.log"; fi
    [ "$(date +%s)" -lt "$deadline" ] || die "the Kafka broker did not open port $KAFKA_PORT within 60s; see $LOGS/kafka.log"
    sleep 0.5
  done
  say "kafka: ready on 127.0.0.1:$KAFKA_PORT after $(elapsed)s (data: $LOCAL_DIR/kafka)"
}

# ---------------------------------------------------------------------------------------------
# Keycloak: fetched once from Maven Central, the realm imported from deploy/keycloak.

install_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return
  local downloads="$LOCAL_DIR/downloads"
  mkdir -p "$downloads" "$LOCAL_DIR/keycloak"
  say "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (165 MB, once)"
  (cd "$downloads" && mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory=.) >"$LOGS/keycloak-fetch.log" 2>&1 \
    || { tail_log "$LOGS/keycloak-fetch.log"; die "could not fetch Keycloak with Maven; see $LOGS/keycloak-fetch.log"; }
  unzip -q -o "$downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$LOCAL_DIR/keycloak" \
    || die "could not unpack Keycloak"
  rm -f "$downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
}

start_keycloak() {
  # Every deploy/keycloak/*-realm.json is imported: the platform's realm, and the realms the
  # security tests need (a second issuer).
  local realm name changed=0
  mkdir -p "$KEYCLOAK_HOME/data/import"
  for realm in "$ROOT"/deploy/keycloak/*-realm.json; do
    cmp -s "$realm" "$KEYCLOAK_HOME/data/import/$(basename "$realm")" || changed=1
  done
  for realm in "$KEYCLOAK_HOME"/data/import/*-realm.json; do
    [ -e "$realm" ] || continue
    name=$(basename "$realm")
    [ -f "$ROOT/deploy/keycloak/$name" ] || { rm -f "$realm"; changed=1; }
  done
  # --import-realm skips a realm that exists: when a realm file changed, start from an empty
  # Keycloak database so that the new files are what runs.
  if [ -d "$KEYCLOAK_HOME/data/h2" ] && [ "$changed" = 1 ]; then
    say "keycloak: a realm file changed since it was imported: importing them again"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  cp "$ROOT"/deploy/keycloak/*-realm.json "$KEYCLOAK_HOME/data/import/"
  if [ -d "$KEYCLOAK_HOME/data/h2" ]; then KEYCLOAK_FIRST_START=0; else KEYCLOAK_FIRST_START=1; fi
  # --hostname fixes the issuer to the URL the services are configured with, whatever host name a
  # client used to ask for its token.
  start_process keycloak "$LOGS/keycloak.log" \
    env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --hostname="http://127.0.0.1:$KEYCLOAK_PORT" --import-realm
}

await_keycloak() {
  local deadline=$(( $(date +%s) + KEYCLOAK_READY_SECONDS ))
  local url="$KEYCLOAK_URL/realms/$REALM/.well-known/openid-configuration"
  if [ "$KEYCLOAK_FIRST_START" = 1 ]; then
    say "keycloak: importing the realm (the first start takes about a minute)"
  else
    say "keycloak: starting"
  fi
  until curl -sf -o /dev/null "$url"; do
    if ! alive "${PID[keycloak]}"; then tail_log "$LOGS/keycloak.log"; die "Keycloak exited; see $LOGS/keycloak.log"; fi
    [ "$(date +%s)" -lt "$deadline" ] || { tail_log "$LOGS/keycloak.log"; die "Keycloak was not ready within ${KEYCLOAK_READY_SECONDS}s; see $LOGS/keycloak.log"; }
    sleep 1
  done
  say "keycloak: ready on $KEYCLOAK_URL after $(elapsed)s"
}

# ---------------------------------------------------------------------------------------------
# Services: packaged jars, configured through the kernel's environment variables.

# Runs a command in a directory (for start_process, which runs its command in the background).
in_dir() { cd "$1" && shift && exec "$@"; }

# The major version of a java binary (17, 25, ...).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}

# What the JVM starts from. JDK 17: the class-data archive built with the jar, if any; it names the
# jar as the build ran it (quarkus-run.jar, from its directory), so the service runs from there too,
# and a stale one is refused by the JVM with a warning. JDK 25 or later: the AOT cache trained for
# this jar (classes loaded and linked, method profiles; measured 20-30 % faster to ready than the
# JDK 17 archive), or with --train-aot a training run that writes it when the service stops.
class_data_flags() { # app-dir
  local app=$1
  if [ "$SERVICE_JAVA_MAJOR" -ge 25 ]; then
    if [ "$TRAIN_AOT" = 1 ]; then
      rm -f "$app/app.aot"
      echo "-XX:AOTCacheOutput=app.aot"
    elif [ -f "$app/app.aot" ] && [ "$app/app.aot" -nt "$app/quarkus-run.jar" ]; then
      echo "-XX:AOTCache=app.aot"
    fi
  elif [ -f "$app/app-cds.jsa" ]; then
    echo "-XX:SharedArchiveFile=app-cds.jsa"
  fi
}

start_service() {
  local svc=$1 app cds=()
  app="$ROOT/$(dirname "$(service_jar "$svc")")"
  # The root in the command line is how stop_leftovers recognises this platform's processes.
  # -XX:-UseCodeCacheFlushing: JDK 17's code sweeper also throws away compiled code that has not run
  # for a few sweeps, so a service whose load comes and goes may compile the same methods again and
  # again (in the benchmark admissions was still compiling after 38 minutes: 43,401 compilations,
  # 473 s of compiler time; docs/benchmarks.md). The code cache (240 MB) holds it many times over.
  read -r -a cds <<<"$(class_data_flags "$app")"
  start_process "$svc" "$LOGS/$svc.log" in_dir "$app" \
    env PLATFORM_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$(database "$svc")" \
      PLATFORM_DB_USER="$PG_USER" PLATFORM_DB_PASSWORD="${PLATFORM_DB_PASSWORD:-}" \
      PLATFORM_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" \
      PLATFORM_OIDC_URL="$KEYCLOAK_URL/realms/$REALM" PLATFORM_OIDC_AUDIENCE=reform-platform \
      QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="${PORT[$svc]}" \
      QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "$SERVICE_JAVA" -Xms64m -Xmx256m -XX:+UseSerialGC -XX:-UseCodeCacheFlushing "${cds[@]}" -Dplatform.local-root="$ROOT" -jar quarkus-run.jar
}

# Waits for every started service together; one that fails is stopped and reported, the rest run.
await_services() {
  local deadline=$(( $(date +%s) + SERVICE_READY_SECONDS )) pending=("$@") still svc
  while [ ${#pending[@]} -gt 0 ]; do
    still=()
    for svc in "${pending[@]}"; do
      if curl -sf -o /dev/null "http://127.0.0.1:${PORT[$svc]}/q/health/ready"; then
        say "$svc: ready on http://127.0.0.1:${PORT[$svc]} after $(elapsed)s"
        READY+=("$svc")
      elif ! alive "${PID[$svc]}"; then
        tail_log "$LOGS/$svc.log"
        SKIPPED+=("$svc: exited while starting; see $LOGS/$svc.log")
        stop_processes 1 "$svc"
      elif [ "$(date +%s)" -ge "$deadline" ]; then
        tail_log "$LOGS/$svc.log"
        SKIPPED+=("$svc: not ready within ${SERVICE_READY_SECONDS}s (/q/health/ready); see $LOGS/$svc.log")
        stop_processes 20 "$svc"
      else
        still+=("$svc")
      fi
    done
    pending=("${still[@]}")
    [ ${#pending[@]} -gt 0 ] && sleep 1
  done
}
READY=()

# ---------------------------------------------------------------------------------------------

print_summary() {
  local svc line base
  echo
  echo "================================================================================"
  echo " Reform platform is running (ready after $(elapsed)s). Ctrl-C stops everything."
  echo "================================================================================"
  for svc in "${SERVICES[@]}"; do
    [[ " ${READY[*]} " == *" $svc "* ]] || continue
    base="http://127.0.0.1:${PORT[$svc]}"
    printf ' %-14s API %s/v1   OpenAPI UI %s/q/swagger-ui\n' "$svc" "$base" "$base"
    printf ' %-14s OpenAPI %s/q/openapi   health %s/q/health   metrics %s/q/metrics\n' "" "$base" "$base" "$base"
  done
  for line in "${SKIPPED[@]}"; do echo " not running    $line"; done
  echo
  echo " Keycloak       $KEYCLOAK_URL/admin  (admin / admin), realm $REALM"
  echo " Kafka          127.0.0.1:$KAFKA_PORT (topics <service>.events, <service>.dead-letters, <service>.erasures)"
  echo " PostgreSQL     $PG_HOST:$PG_PORT, user $PG_USER, one database per service"
  echo " Logs           $LOGS/<name>.log"
  echo
  echo " Tokens (local secrets only):"
  echo "   curl -H \"Authorization: Bearer \$(KEYCLOAK_URL=$KEYCLOAK_URL deploy/local/token.sh operator)\" http://127.0.0.1:${PORT[admissions]}/v1/intake-events"
  for line in "${LOCAL_CLIENTS[@]}"; do
    set -- $line
    printf '   %-9s curl -s %s -d grant_type=client_credentials -d client_id=%s -d client_secret=%s\n' \
      "$1" "$TOKEN_URL" "$2" "$(client_secret "$2")"
  done
  echo "   people:   curl -s $TOKEN_URL -d grant_type=password -d client_id=platform-cli -d username=partner-a -d password=partner-a-local"
  echo "   (users: operator, analyst, reviewer, evaluator, partner-a, partner-b; password <username>-local)"
  echo
}

# Tells scripts and tests that everything is up, and where.
write_ready_marker() {
  local svc
  : >"$PIDS/ready.tmp"
  for svc in "${READY[@]}"; do echo "$svc http://127.0.0.1:${PORT[$svc]}" >>"$PIDS/ready.tmp"; done
  echo "keycloak $KEYCLOAK_URL" >>"$PIDS/ready.tmp"
  echo "kafka 127.0.0.1:$KAFKA_PORT" >>"$PIDS/ready.tmp"
  echo "postgres $PG_HOST:$PG_PORT" >>"$PIDS/ready.tmp"
  mv "$PIDS/ready.tmp" "$PIDS/ready"
}

# A later step (a demo, a smoke test) runs here, once everything is ready.
after_ready() {
  [ -n "$THEN_CMD" ] || return 0
  local svc
  for svc in "${READY[@]}"; do export "${svc^^}_URL=http://127.0.0.1:${PORT[$svc]}"; done
  export KEYCLOAK_URL TOKEN_SCRIPT="$HERE/token.sh" READY_SERVICES="${READY[*]}"
  say "then: $THEN_CMD"
  bash -c "$THEN_CMD"
  say "then: finished with exit code $?; the platform keeps running (Ctrl-C stops it)"
}

# Keeps running until Ctrl-C; reports any process that stops on its own.
watch_processes() {
  local name
  while [ ${#PID[@]} -gt 0 ]; do
    wait -n 2>/dev/null
    for name in "${!PID[@]}"; do
      if ! alive "${PID[$name]}"; then
        wait "${PID[$name]}" 2>/dev/null
        warn "$name stopped on its own (exit code $?); see $LOGS/$name.log"
        unset "PID[$name]"
        rm -f "$PIDS/$name.pid"
      fi
    done
  done
  die "every process has stopped"
}

# Every service reached ready on a training run: stop them (the JVM writes its AOT cache as it exits,
# which takes a while: a longer wait than a plain stop), say which caches exist, and exit.
train_aot_and_exit() {
  local svc app missing=0
  say "training: every service is ready; stopping them, each writes its AOT cache as it exits"
  stop_processes 300 "${READY[@]}"
  for svc in "${READY[@]}"; do
    app="$ROOT/$(dirname "$(service_jar "$svc")")"
    if [ -f "$app/app.aot" ]; then say "$svc: AOT cache $app/app.aot"; else warn "$svc: no AOT cache written"; missing=1; fi
  done
  stop_all
  exit "$missing"
}

main() {
  local svc
  command -v java >/dev/null || die "java (17 or newer) is not on the PATH"
  command -v "$SERVICE_JAVA" >/dev/null || die "PLATFORM_JAVA=$SERVICE_JAVA is not a java binary"
  SERVICE_JAVA_MAJOR=$(java_major "$SERVICE_JAVA")
  [ -n "$SERVICE_JAVA_MAJOR" ] || die "cannot tell the version of $SERVICE_JAVA"
  [ "$TRAIN_AOT" = 0 ] || [ "$SERVICE_JAVA_MAJOR" -ge 25 ] || die "--train-aot needs PLATFORM_JAVA on JDK 25 or later (this is $SERVICE_JAVA_MAJOR)"
  command -v curl >/dev/null || die "curl is missing"
  command -v unzip >/dev/null || die "unzip is missing"
  command -v psql >/dev/null && command -v pg_isready >/dev/null || die "the PostgreSQL client (psql, pg_isready) is missing"
  select_services
  [ ${#WANTED[@]} -gt 0 ] || die "no service selected"

  stop_leftovers
  require_free_ports
  require_postgres
  if [ "$BUILD" = 1 ]; then
    command -v mvn >/dev/null || die "mvn is missing (or run with --no-build)"
    build
  fi
  choose_services
  for line in "${SKIPPED[@]}"; do say "skipping $line"; done
  [ "$REQUIRE_ALL" = 0 ] || [ ${#SKIPPED[@]} -eq 0 ] || die "--require-all: not every service can run"
  if [ "$FRESH" = 1 ]; then
    say "fresh start: removing the broker's data"
    rm -rf "$LOCAL_DIR/kafka"
  fi
  create_databases "${RUNNABLE[@]}"

  if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
    command -v mvn >/dev/null || die "mvn is needed once, to fetch Keycloak"
    install_keycloak
  fi
  start_kafka
  start_keycloak
  await_kafka
  await_keycloak

  for svc in "${RUNNABLE[@]}"; do start_service "$svc"; done
  [ ${#RUNNABLE[@]} -gt 0 ] && say "services: starting ${RUNNABLE[*]}"
  await_services "${RUNNABLE[@]}"
  [ "$REQUIRE_ALL" = 0 ] || [ ${#SKIPPED[@]} -eq 0 ] || die "--require-all: a service did not start"
  write_ready_marker
  if [ "$TRAIN_AOT" = 1 ]; then
    train_aot_and_exit
  fi

  print_summary
  after_ready
  watch_processes
}

main
