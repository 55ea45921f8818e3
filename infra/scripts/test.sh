#!/usr/bin/env bash
# npm test: build every workspace, then run the checks (Prettier, generated code, types, ESLint)
# beside the tests rather than before them.
#
# On two cores the test run keeps them busy only about 60% of the time (browser steps wait on
# pages, servers on each other), and the checks are some five CPU-minutes of work: run one after
# the other they made CI six minutes longer. The checks run niced, in the CPU the tests leave
# idle; a check that fails stops the tests at once, so a formatting, type or lint problem still
# fails `npm test` within minutes, its output shown.
#
# While the tests run, nothing may rewrite dist/: the checks here read the built tree and write
# nothing (turbo's typecheck with --only, so no build task replays its cache into dist/;
# graphql-codegen in --check mode, not `npm run codegen`, which builds first).
set -uo pipefail
cd "$(dirname "$0")/../.."

npx turbo run build --output-logs=errors-only || exit 1

check_log=$(mktemp)
trap 'rm -f "$check_log"' EXIT
(
  nice -n 10 bash -c '
    set -e
    npx prettier --check .
    npx graphql-codegen --config codegen.ts --check
    npx turbo run typecheck --only --output-logs=errors-only
    npx eslint .'
) >"$check_log" 2>&1 &
check_pid=$!

# vitest in its own process group, so a failed check can stop it with its workers and browsers.
setsid npx vitest run "$@" &
tests_pid=$!
# Interrupted (Ctrl-C, a CI timeout): take both down with us; vitest's own session would not hear it.
trap 'kill -TERM -- "-$tests_pid" "$check_pid" 2>/dev/null; exit 130' INT TERM

check_status=
while kill -0 "$tests_pid" 2>/dev/null; do
  if [ -z "$check_status" ] && ! kill -0 "$check_pid" 2>/dev/null; then
    wait "$check_pid"
    check_status=$?
    if [ "$check_status" -ne 0 ]; then
      echo "npm test: the checks failed; stopping the tests" >&2
      kill -TERM -- "-$tests_pid" 2>/dev/null
      break
    fi
  fi
  sleep 2
done
wait "$tests_pid"
tests_status=$?
if [ -z "$check_status" ]; then
  wait "$check_pid"
  check_status=$?
fi

echo
echo "== checks (prettier, codegen --check, typecheck, eslint): $([ "$check_status" -eq 0 ] && echo passed || echo FAILED)"
[ "$check_status" -eq 0 ] || cat "$check_log"
[ "$check_status" -eq 0 ] && [ "$tests_status" -eq 0 ]
