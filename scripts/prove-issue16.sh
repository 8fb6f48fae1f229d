#!/usr/bin/env bash
# Issue 16's proof that each defect's test failed before its fix: checks out the parent of the fix commit in a
# temporary worktree, brings the defect tests over from this checkout, runs only them there, prints each failure,
# and removes the worktree. The tests are expected to FAIL there (and to pass here).
#   scripts/prove-issue16.sh                        the six defects' tests on the parent of a3bce38 (their fix)
#   scripts/prove-issue16.sh FIX TEST_FILE...       the given test files (from this checkout) on the parent of FIX
# Environment: BEFORE_DIR (default /tmp/rel-before), LOGS (default /tmp/rel-before-logs),
# MAPDASH_TEST_POSTGRES (optional: the correction tests also run on PostgreSQL).
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fix="${1:-a3bce38}"
shift $(( $# > 0 ? 1 : 0 ))
before="${BEFORE_DIR:-/tmp/rel-before}"
logs="${LOGS:-/tmp/rel-before-logs}"
parent="$(git -C "$repo" rev-parse "$fix^")"
mkdir -p "$logs"

git -C "$repo" worktree add --detach "$before" "$parent" >/dev/null
trap 'git -C "$repo" worktree remove --force "$before"' EXIT

# The defect tests, as they are in this checkout. CorrectionContract.cs is a contract file that later work changed
# elsewhere: its version from the fix commit is the parent's file plus the two issue-16 tests.
if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(
    tests/MapDashboard.Core.Tests/Events/TemporalDaterEdgeTests.cs
    tests/MapDashboard.Data.Tests/Export/ExportSanitisingTests.cs
    tests/MapDashboard.Web.Tests/Issue16/Issue16App.cs
    tests/MapDashboard.Web.Tests/Issue16/ExportOverHttpTests.cs
    tests/MapDashboard.Web.Tests/Issue16/SameOriginTests.cs
    tests/MapDashboard.Web.Tests/Issue16/ProblemBodyTests.cs
    tests/MapDashboard.Web.Tests/Issue16/HugeArticleTests.cs
  )
fi
for f in "${files[@]}"; do
  mkdir -p "$before/$(dirname "$f")"
  cp "$repo/$f" "$before/$f"
done
if [ $# -eq 0 ]; then
  git -C "$repo" show "$fix:tests/MapDashboard.Data.Tests/Corrections/CorrectionContract.cs" \
    > "$before/tests/MapDashboard.Data.Tests/Corrections/CorrectionContract.cs"
  files+=(tests/MapDashboard.Data.Tests/Corrections/CorrectionContract.cs)
fi

cd "$before"
# The gazetteer is the parent's own (its sources may differ from this checkout's).
(source scripts/setup.sh && setup_npm && setup_build Debug && setup_data) > "$logs/setup.log" 2>&1 \
  || { echo "the parent did not build with the tests brought over: see $logs/setup.log"; tail -20 "$logs/setup.log"; exit 2; }

run() {
  local project="$1" filter="$2" name
  name="$(basename "$project")"
  dotnet test "$project" --no-build --filter "$filter" --logger "console;verbosity=normal" > "$logs/$name.log" 2>&1
  echo "== $name: exit $? (parent $parent of fix $(git -C "$repo" rev-parse "$fix"))"
  # Each test's outcome, and for a failure its message (stack traces left out).
  awk '/^[[:space:]]+(Passed|Failed) /{print; p=/Failed/; next} /Stack Trace:/{p=0} p' "$logs/$name.log" | cut -c1-300
}
# Each project once, filtered to the classes of the test files brought over (helpers such as Issue16App match nothing).
for project in $(printf '%s\n' "${files[@]}" | cut -d/ -f1-2 | sort -u); do
  filter="$(printf '%s\n' "${files[@]}" | grep "^$project/" | xargs -n1 basename | sed 's/\.cs$//; s/^/FullyQualifiedName~./' | paste -sd'|')"
  [ "$project" = tests/MapDashboard.Data.Tests ] && [ $# -eq 0 ] && filter="FullyQualifiedName~ExportSanitisingTests|FullyQualifiedName~Issue16_"
  run "$project" "$filter"
done
echo "full logs in $logs"
