#!/usr/bin/env bash
# Registers every JSON Schema of docs/events in an Apicurio Registry (Core Registry API v3), one artifact
# per event type and schema version, in a group per service, with the BACKWARD compatibility rule the
# build's catalogue gate already enforces (EventCatalogue: fields may be added, never removed, retyped
# or lose an enum value, within one schema version). Run it after a release; re-running is harmless: an
# unchanged schema is not added again, a changed one becomes the artifact's next version, checked by
# the registry against the rule.
#
#   docs/analysts/register-schemas.sh https://schemas.reform.example [TOKEN]
#
# Needs curl and jq.
set -euo pipefail
registry=${1:?usage: register-schemas.sh REGISTRY_URL [TOKEN]}
api="$registry/apis/registry/v3"
auth=()
if [ -n "${2:-}" ]; then auth=(-H "Authorization: Bearer $2"); fi
cd "$(dirname "$0")/../events"

for dir in */; do
  group=${dir%/}
  # the group's rule: every artifact in it is checked BACKWARD (a 409 means the rule is there already)
  curl -sS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -X POST "$api/groups" \
       --data "{\"groupId\":\"$group\",\"description\":\"events of $group-service, topic $group.events\"}" || true
  curl -sS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -X POST "$api/groups/$group/rules" \
       --data '{"ruleType":"COMPATIBILITY","config":"BACKWARD"}' || true
  for file in "$group"/*.schema.json; do
    artifact=$(basename "$file" .schema.json)          # e.g. DonationReceived.v1
    body=$(jq -n --arg id "$artifact" --rawfile content "$file" \
      '{artifactId: $id, artifactType: "JSON", firstVersion: {content: {content: $content, contentType: "application/json"}}}')
    # ifExists=FIND_OR_CREATE_VERSION: an identical schema is found, a changed one becomes a new version (rule-checked)
    status=$(curl -sS -o /tmp/register-schema.out -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
             -X POST "$api/groups/$group/artifacts?ifExists=FIND_OR_CREATE_VERSION" --data "$body")
    case "$status" in
      2??) echo "$group/$artifact: registered" ;;
      *) echo "$group/$artifact: HTTP $status $(cat /tmp/register-schema.out)" >&2; exit 1 ;;
    esac
  done
done
