#!/usr/bin/env bash
# Step 3 of the postlint action (action.yml): runs postlint on the inputs,
# which action.yml passes as INPUT_* environment variables (never expanded
# into the script, so no input can inject shell code):
#
#   INPUT_PATHS       files or directories, one per line (default .)
#   INPUT_FORMAT      the format printed to the log (default github)
#   INPUT_FAIL_ON     --fail-on, when not empty
#   INPUT_CONFIG      --config, when not empty
#   INPUT_SARIF_FILE  also write SARIF here, when not empty
#   INPUT_ARGS        extra arguments, split like a shell splits words
#
# The first run prints the report in INPUT_FORMAT and its exit code is the
# step's. A second run writes JSON to count the findings (the errors and
# warnings outputs) and, with INPUT_SARIF_FILE, a third writes SARIF. Both
# get the same paths, configuration and arguments as the first, and run
# without GITHUB_STEP_SUMMARY so that only the first writes a job summary.
set -uo pipefail

dir="$RUNNER_TEMP/postlint-action"
bin="$dir/postlint"
[ -f "$bin.exe" ] && bin="$bin.exe"
mkdir -p "$dir"

# Paths: one per line, so that a path may contain spaces; blank lines and
# the spaces around a path are ignored.
paths=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  line=${line#"${line%%[![:space:]]*}"}
  line=${line%"${line##*[![:space:]]}"}
  [ -n "$line" ] && paths+=("$line")
done <<<"${INPUT_PATHS:-}"
[ "${#paths[@]}" -eq 0 ] && paths=(.)

common=()
[ -n "${INPUT_CONFIG:-}" ] && common+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_FAIL_ON:-}" ] && common+=(--fail-on "$INPUT_FAIL_ON")
# Extra arguments: xargs splits words the way a shell does ('a b' and "a b"
# are one word, \ escapes) but expands nothing and runs no shell.
if [[ ${INPUT_ARGS:-} == *[![:space:]]* ]]; then
  if ! printf '%s\n' "$INPUT_ARGS" | xargs printf '%s\0' >"$dir/args"; then
    echo "::error title=postlint action::cannot split the args input (an unmatched quote?): $INPUT_ARGS"
    exit 2
  fi
  while IFS= read -r -d '' arg; do
    common+=("$arg")
  done <"$dir/args"
fi

# postlint [common] --format F [more] -- paths: "--" makes every path a path,
# even one that starts with "-". ${a[@]+"${a[@]}"} is "${a[@]}" that also
# works for an empty array under set -u in bash 3 (macOS).
run_postlint() {
  "$bin" ${common[@]+"${common[@]}"} "$@" -- "${paths[@]}"
}

rc=0
run_postlint --format "${INPUT_FORMAT:-github}" || rc=$?

# aux NAME ARGS...: a further run writing a file; its own failure is
# reported only when the first run did not fail the same way already.
aux() {
  local name=$1 arc=0
  shift
  (unset GITHUB_STEP_SUMMARY && run_postlint "$@") >"$dir/$name.log" 2>&1 || arc=$?
  if [ "$arc" -gt 1 ] && [ "$rc" -le 1 ]; then
    echo "::warning title=postlint action::the $name run of postlint failed (exit $arc)"
    cat "$dir/$name.log"
  fi
  return "$arc"
}

errors='' warnings=''
rm -f "$dir/report.json"
aux counts --format json --output "$dir/report.json"
if [ -f "$dir/report.json" ]; then
  # The JSON report is indented, one finding field per line.
  errors=$(grep -c '^ *"severity": "error",\{0,1\}$' "$dir/report.json" || true)
  warnings=$(grep -c '^ *"severity": "warning",\{0,1\}$' "$dir/report.json" || true)
fi

sarif=''
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  mkdir -p "$(dirname -- "$INPUT_SARIF_FILE")"
  if aux sarif --format sarif --output "$INPUT_SARIF_FILE" || [ "$?" -eq 1 ]; then
    sarif=$INPUT_SARIF_FILE
  fi
fi

{
  echo "errors=$errors"
  echo "warnings=$warnings"
  echo "sarif-file=$sarif"
} >>"$GITHUB_OUTPUT"
echo "postlint: ${errors:-?} errors, ${warnings:-?} warnings${sarif:+; SARIF in $sarif} (exit $rc)"
exit "$rc"
