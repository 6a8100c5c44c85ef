#!/usr/bin/env bash
# Lints the three services' OpenAPI contracts, as the build generated them, with Redocly CLI's recommended rules.
# Any error fails the build. Redocly CLI comes from the npm registry into deploy/target, once per clean build.
set -euo pipefail
deploy="$(cd "$(dirname "$0")/../.." && pwd)"
root="$(dirname "$deploy")"
tools="$deploy/target/redocly"
version="2.77.0"
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  command -v npm > /dev/null || { echo "npm (Node.js) is needed to lint the OpenAPI contracts" >&2; exit 1; }
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@redocly/cli@$version"
fi
contracts=()
for service in indicators workstreams evaluation; do
  contract="$root/$service-service/target/openapi/openapi.yaml"
  [ -f "$contract" ] || { echo "No contract at $contract: build the services first" >&2; exit 1; }
  contracts+=("$contract")
done
"$tools/node_modules/.bin/redocly" lint --config "$deploy/src/build/redocly.yaml" "${contracts[@]}"
