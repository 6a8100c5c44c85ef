#!/usr/bin/env bash
# Lints the three services' OpenAPI contracts, as the build generated them, with Redocly CLI's recommended rules.
# Any error fails the build. Redocly CLI is installed by tools/install-test-tools.sh.
set -euo pipefail
build="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$build/../../.." && pwd)"
redocly="$root/tools/target/redocly/node_modules/.bin/redocly"
contracts=()
for service in indicators workstreams evaluation; do
  contract="$root/$service-service/target/openapi/openapi.yaml"
  [ -f "$contract" ] || { echo "No contract at $contract: build the services first" >&2; exit 1; }
  contracts+=("$contract")
done
"$redocly" lint --config "$build/redocly.yaml" "${contracts[@]}"
