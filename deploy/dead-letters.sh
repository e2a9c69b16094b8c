#!/usr/bin/env bash
# Dead letters of one service, for operators: list them with their reasons, replay after a fix,
# or discard with a reason (the service's /ops/dead-letters endpoints; docs/operations.md, "Dead letters").
#
#   deploy/dead-letters.sh <service> list [open|replayed|discarded|all] [consumer]
#   deploy/dead-letters.sh <service> show <letter-id>
#   deploy/dead-letters.sh <service> replay <letter-id>
#   deploy/dead-letters.sh <service> replay-all <consumer>
#   deploy/dead-letters.sh <service> discard <letter-id> <reason...>
#
# <service>: admissions, qualification, mobility, incubation or evaluation.
# SERVICE_URL: the service's base URL (default: the local platform's port, 8101..8105; on Kubernetes
#   e.g. `kubectl -n reform-platform port-forward svc/admissions-service 8101:80` first).
# TOKEN: an operator's access token (default: one from the local Keycloak, deploy/local/token.sh operator).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 2 ] || usage
service=$1 command=$2
shift 2

case "$service" in
  admissions) port=8101 ;; qualification) port=8102 ;; mobility) port=8103 ;;
  incubation) port=8104 ;; evaluation) port=8105 ;;
  *) echo "unknown service: $service" >&2; usage ;;
esac
base=${SERVICE_URL:-http://127.0.0.1:$port}
token=${TOKEN:-$("$here/local/token.sh" operator)}

call() { # method path [json body]
  local answer status
  if [ $# -ge 3 ]; then
    answer=$(curl -sS -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data "$3" "$base$2")
  else
    answer=$(curl -sS -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $token" "$base$2")
  fi
  status=${answer##*$'\n'}
  printf '%s\n' "${answer%$'\n'*}"
  [ "${status:0:1}" = 2 ] || { echo "HTTP $status" >&2; return 1; }
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
json_string() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }

case "$command" in
  list)
    query="status=${1:-open}&size=200"
    [ $# -ge 2 ] && query="$query&consumer=$(urlencode "$2")"
    call GET "/ops/dead-letters?$query" ;;
  show) [ $# -eq 1 ] || usage; call GET "/ops/dead-letters/$1" ;;
  replay) [ $# -eq 1 ] || usage; call POST "/ops/dead-letters/$1/replay" ;;
  replay-all) [ $# -eq 1 ] || usage; call POST "/ops/dead-letters/consumers/$(urlencode "$1")/replay" ;;
  discard)
    [ $# -ge 2 ] || usage
    id=$1; shift
    call POST "/ops/dead-letters/$id/discard" "{\"reason\": $(json_string "$*")}" ;;
  *) usage ;;
esac
