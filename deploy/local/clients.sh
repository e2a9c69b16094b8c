# The local realm's machine clients (deploy/keycloak/reform-platform-realm.json), sourced by run.sh
# and token.sh so that both say the same thing. Secrets and passwords are for local runs only:
# they are public in this repository and must never be used anywhere else.

KEYCLOAK_URL=${KEYCLOAK_URL:-http://127.0.0.1:8180}
REALM=reform-platform
TOKEN_URL="$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token"

# role  client-id  organisation (- for none). The secret of a client is "<client-id>-local-secret".
LOCAL_CLIENTS=(
  "operator  platform-operator     -"
  "analyst   platform-analyst      -"
  "reviewer  platform-reviewer     -"
  "evaluator platform-evaluator    -"
  "partner   partner-university-a  university-a"
  "partner   partner-enterprise-b  enterprise-b"
)

# People (password grant through the public client platform-cli). The password of a user is
# "<username>-local".
LOCAL_USERS=(
  "operator  operator   -"
  "analyst   analyst    -"
  "reviewer  reviewer   -"
  "evaluator evaluator  -"
  "partner   partner-a  university-a"
  "partner   partner-b  enterprise-b"
)
# More reviewers and evaluators, for panels that need several people (the report scenario):
# reviewer-2 .. reviewer-5 and evaluator-2 .. evaluator-4, same password rule.

client_secret() { printf '%s-local-secret' "$1"; }
user_password() { printf '%s-local' "$1"; }

# Resolves a role, organisation, short alias or client id to a client id; empty if unknown.
# "partner" alone means the first partner organisation, university-a.
resolve_client() {
  local wanted=$1 line
  case "$wanted" in
    operator|analyst|reviewer|evaluator) echo "platform-$wanted" ;;
    partner|partner-a|university-a) echo "partner-university-a" ;;
    partner-b|enterprise-b) echo "partner-enterprise-b" ;;
    *)
      for line in "${LOCAL_CLIENTS[@]}"; do
        set -- $line
        if [ "$2" = "$wanted" ]; then echo "$2"; return; fi
      done
      ;;
  esac
}
