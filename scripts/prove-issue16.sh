#!/usr/bin/env bash
# Issue 16's proof that each defect's test failed before its fix: checks out the parent of the fix commit in a
# temporary worktree, brings the defect tests over from this checkout, runs only them there, prints each failure,
# and removes the worktree. The tests are expected to FAIL there (and to pass here).
#   scripts/prove-issue16.sh [FIX_COMMIT]      (default a3bce38, the commit that fixed the six defects)
# Environment: BEFORE_DIR (default /tmp/rel-before), LOGS (default /tmp/rel-before-logs),
# MAPDASH_TEST_POSTGRES (optional: the correction tests also run on PostgreSQL).
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fix="${1:-a3bce38}"
before="${BEFORE_DIR:-/tmp/rel-before}"
logs="${LOGS:-/tmp/rel-before-logs}"
parent="$(git -C "$repo" rev-parse "$fix^")"
mkdir -p "$logs"

git -C "$repo" worktree add --detach "$before" "$parent" >/dev/null
trap 'git -C "$repo" worktree remove --force "$before"' EXIT

# The defect tests, as they are in this checkout. CorrectionContract.cs is a contract file that later work changed
# elsewhere: its version from the fix commit is the parent's file plus the two issue-16 tests.
files=(
  tests/MapDashboard.Core.Tests/Events/TemporalDaterEdgeTests.cs
  tests/MapDashboard.Data.Tests/Export/ExportSanitisingTests.cs
  tests/MapDashboard.Web.Tests/Issue16/Issue16App.cs
  tests/MapDashboard.Web.Tests/Issue16/ExportOverHttpTests.cs
  tests/MapDashboard.Web.Tests/Issue16/SameOriginTests.cs
  tests/MapDashboard.Web.Tests/Issue16/ProblemBodyTests.cs
  tests/MapDashboard.Web.Tests/Issue16/HugeArticleTests.cs
  tests/MapDashboard.Web.Tests/Issue16/RejectedRequestTests.cs
)
for f in "${files[@]}"; do
  mkdir -p "$before/$(dirname "$f")"
  cp "$repo/$f" "$before/$f"
done
git -C "$repo" show "$fix:tests/MapDashboard.Data.Tests/Corrections/CorrectionContract.cs" \
  > "$before/tests/MapDashboard.Data.Tests/Corrections/CorrectionContract.cs"

cd "$before"
# The gazetteer is the parent's own (its sources may differ from this checkout's).
(source scripts/setup.sh && setup_npm && setup_build Debug && setup_data) > "$logs/setup.log" 2>&1 \
  || { echo "the parent did not build with the tests brought over: see $logs/setup.log"; tail -20 "$logs/setup.log"; exit 2; }

run() {
  local name="$1" project="$2" filter="$3"
  dotnet test "$project" --no-build --filter "$filter" --logger "console;verbosity=normal" > "$logs/$name.log" 2>&1
  echo "== $name: exit $? (parent $parent of fix $(git -C "$repo" rev-parse "$fix"))"
  grep -E '^\s+(Passed|Failed) ' "$logs/$name.log" | sed 's/^ */  /'
  grep -A3 -E 'Error Message:' "$logs/$name.log" | grep -v -E '^\s*--\s*$' | sed 's/^ */    /' | cut -c1-300
}
run core tests/MapDashboard.Core.Tests "FullyQualifiedName~TemporalDaterEdgeTests"
run data tests/MapDashboard.Data.Tests "FullyQualifiedName~ExportSanitisingTests|FullyQualifiedName~Issue16_"
run web tests/MapDashboard.Web.Tests "FullyQualifiedName~MapDashboard.Web.Tests.Issue16"
echo "full logs in $logs"
