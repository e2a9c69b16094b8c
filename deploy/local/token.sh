#!/usr/bin/env bash
# Prints an access token from the local Keycloak that deploy/local/run.sh started, for scripts:
#
#   curl -H "Authorization: Bearer $(deploy/local/token.sh operator)" http://127.0.0.1:8101/v1/intake-events
#
#   deploy/local/token.sh <role|organisation|client-id>   client_credentials token of a machine client
#   deploy/local/token.sh --user <username> [password]    password grant for a person (client platform-cli)
#   deploy/local/token.sh --claims <role|client>          what such a token says (its decoded payload)
#   deploy/local/token.sh --list                          the clients and users of the local realm
#
# KEYCLOAK_URL overrides http://127.0.0.1:8180. Local secrets only: see deploy/local/README.md.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/clients.sh"

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; }

# The payload of a JWT: base64url without padding.
payload() {
  local part
  part=$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')
  while [ $(( ${#part} % 4 )) -ne 0 ]; do part="$part="; done
  printf '%s' "$part" | base64 -d
  echo
}

list() {
  local line
  echo "Machine clients (grant_type=client_credentials; secret = <client-id>-local-secret):"
  for line in "${LOCAL_CLIENTS[@]}"; do
    set -- $line
    printf '  %-10s %-22s org=%s\n' "$1" "$2" "$3"
  done
  echo "People (grant_type=password, client_id=platform-cli; password = <username>-local):"
  for line in "${LOCAL_USERS[@]}"; do
    set -- $line
    printf '  %-10s %-22s org=%s\n' "$1" "$2" "$3"
  done
}

# Posts the form to the token endpoint and prints the access token, or explains what went wrong.
request_token() {
  local body status
  body=$(curl -sS -w '\n%{http_code}' "$TOKEN_URL" "$@" 2>&1)
  status=${body##*$'\n'}
  body=${body%$'\n'*}
  if [ "$status" = "000" ] || [ -z "$status" ]; then
    echo "token.sh: Keycloak does not answer at $KEYCLOAK_URL - is deploy/local/run.sh running?" >&2
    echo "$body" >&2
    return 1
  fi
  if [ "$status" != "200" ]; then
    echo "token.sh: Keycloak refused the request (HTTP $status): $body" >&2
    return 1
  fi
  local token
  token=$(printf '%s' "$body" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then
    echo "token.sh: no access_token in Keycloak's answer: $body" >&2
    return 1
  fi
  printf '%s\n' "$token"
}

case "${1:-}" in
  ""|-h|--help)
    usage
    [ -n "${1:-}" ]; exit $?
    ;;
  --list)
    list
    ;;
  --claims)
    token=$("$0" "${2:?"usage: token.sh --claims <role|client>"}") || exit 1
    payload "$token"
    ;;
  --user)
    user=${2:?"usage: token.sh --user <username> [password]"}
    password=${3:-$(user_password "$user")}
    request_token -d grant_type=password -d client_id=platform-cli \
      --data-urlencode "username=$user" --data-urlencode "password=$password"
    ;;
  *)
    client=$(resolve_client "$1")
    if [ -z "$client" ]; then
      echo "token.sh: unknown role or client '$1'" >&2
      list >&2
      exit 2
    fi
    request_token -d grant_type=client_credentials -d "client_id=$client" \
      --data-urlencode "client_secret=$(client_secret "$client")"
    ;;
esac
