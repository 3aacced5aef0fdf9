#!/usr/bin/env bash
# Step 1 of the postlint action (action.yml): decides whether the action
# must set up Go. It writes setup-go=true to $GITHUB_OUTPUT when no go is on
# PATH or when that go is older than the go line of the action's go.mod, and
# setup-go=false when the go on PATH can build postlint as it is.
set -euo pipefail

want=$(sed -n 's/^go[[:space:]]\{1,\}\([0-9][0-9.]*\).*$/\1/p' "$GITHUB_ACTION_PATH/go.mod" | head -n 1)
if [ -z "$want" ]; then
  echo "::error title=postlint action::no go line in $GITHUB_ACTION_PATH/go.mod"
  exit 2
fi

# version_ge A B: whether Go version A (1.26, 1.26.3, 1.27rc1) is at least B.
version_ge() {
  local re='^([0-9]+)\.([0-9]+)(\.([0-9]+))?'
  [[ $1 =~ $re ]] || return 1
  local a1=${BASH_REMATCH[1]} a2=${BASH_REMATCH[2]} a3=${BASH_REMATCH[4]:-0}
  [[ $2 =~ $re ]] || return 1
  local b1=${BASH_REMATCH[1]} b2=${BASH_REMATCH[2]} b3=${BASH_REMATCH[4]:-0}
  ((a1 != b1)) && { ((a1 > b1)); return; }
  ((a2 != b2)) && { ((a2 > b2)); return; }
  ((a3 >= b3))
}

setup=true
if ! command -v go >/dev/null 2>&1; then
  echo "No go on PATH; postlint needs go $want: setting up Go."
else
  # Ask outside any module, and with GOTOOLCHAIN=local, so that go neither
  # reads a go.mod nor downloads another toolchain to answer.
  have=$(cd "${RUNNER_TEMP:-/}" && GOTOOLCHAIN=local go env GOVERSION 2>/dev/null || true)
  # "go1.26.3", "go1.27rc1" or "devel go1.27-abcdef ...": keep the number.
  have=${have#devel }
  have=${have#go}
  if version_ge "$have" "$want"; then
    setup=false
    echo "Using go $have from PATH (postlint needs go $want)."
  else
    echo "go on PATH is ${have:-of unknown version}; postlint needs go $want: setting up Go."
  fi
fi
echo "setup-go=$setup" >>"$GITHUB_OUTPUT"
