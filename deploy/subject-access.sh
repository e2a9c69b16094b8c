#!/usr/bin/env bash
# One subject-access document for a person (PIPL Art. 45, GDPR Art. 15), from all five services:
# asks each service what it holds under each of the person's ids (GET /ops/personal-data/subjects/<id>:
# its events, decrypted, and its read-model rows) and prints one JSON document merging the answers,
# with per-service completeness (docs/operations.md, section 8a, "Subject access").
#
#   deploy/subject-access.sh <id> [<id>...] > person.json
#
# <id>: every id the services know the person by (application and student id, researcher id, holder id).
# ADMISSIONS_URL, QUALIFICATION_URL, MOBILITY_URL, INCUBATION_URL, EVALUATION_URL: the services' base
#   URLs (default: the local platform's ports 8101..8105; on Kubernetes a port-forward or the ingress).
# TOKEN: an operator's access token (default: one from the local Keycloak, deploy/local/token.sh operator).
# Exit status: 0 when every service answered for every id; 3 when the document is incomplete (it is
# still printed, and says which service failed for which id and why); 2 on bad arguments.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
for id in "$@"; do
  [[ "$id" =~ ^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$ ]] || { echo "not an id: $id" >&2; usage; }
done

export TOKEN=${TOKEN:-$("$here/local/token.sh" operator)}
export ADMISSIONS_URL=${ADMISSIONS_URL:-http://127.0.0.1:8101} QUALIFICATION_URL=${QUALIFICATION_URL:-http://127.0.0.1:8102}
export MOBILITY_URL=${MOBILITY_URL:-http://127.0.0.1:8103} INCUBATION_URL=${INCUBATION_URL:-http://127.0.0.1:8104}
export EVALUATION_URL=${EVALUATION_URL:-http://127.0.0.1:8105}

exec python3 - "$@" <<'PYTHON'
import datetime, json, os, sys, urllib.error, urllib.request

SERVICES = ["admissions", "qualification", "mobility", "incubation", "evaluation"]
subjects = sys.argv[1:]

def ask(service, subject):
    """One service's answer for one id: (answer, None), or (None, why it failed)."""
    url = os.environ[service.upper() + "_URL"].rstrip("/") + "/ops/personal-data/subjects/" + subject
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + os.environ["TOKEN"], "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.load(reply), None
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace")
        try:
            problem = json.loads(body)
        except ValueError:
            problem = body[:2000]
        return None, {"status": e.code, "problem": problem}
    except (urllib.error.URLError, OSError, ValueError) as e:
        return None, {"status": None, "problem": str(e)}

def holds(answer):
    return bool(answer.get("events")) or any(answer.get("readModels", {}).values())

services = {}
for service in SERVICES:
    answers, failures = {}, {}
    for subject in subjects:
        answer, failure = ask(service, subject)
        if failure is None:
            answers[subject] = answer
        else:
            failures[subject] = failure
    services[service] = {
        "complete": not failures,
        "holdsData": any(holds(a) for a in answers.values()),
        "answers": answers,
        "failures": failures,
    }

document = {
    "document": "reform-platform.subject-access",
    "version": 1,
    "subjects": subjects,
    "collectedAt": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
    "complete": all(s["complete"] for s in services.values()),
    "servicesHoldingData": [name for name, s in services.items() if s["holdsData"]],
    "services": services,
}
json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
sys.stdout.write("\n")
sys.exit(0 if document["complete"] else 3)
PYTHON
