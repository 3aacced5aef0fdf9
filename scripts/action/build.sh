#!/usr/bin/env bash
# Step 2 of the postlint action (action.yml): builds postlint from the
# action's own checkout, so the binary is exactly the ref the workflow names
# in "uses:", into $RUNNER_TEMP/postlint-action/.
set -euo pipefail

out="$RUNNER_TEMP/postlint-action"
mkdir -p "$out"
cd "$GITHUB_ACTION_PATH"
# -buildvcs=false: the action's checkout may be a git repository owned by
# another user (container jobs), where VCS stamping fails the build.
go build -trimpath -buildvcs=false -o "$out/postlint$(go env GOEXE)" ./cmd/postlint
"$out/postlint$(go env GOEXE)" version
