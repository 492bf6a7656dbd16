#!/usr/bin/env bash
# Mutation testing of the reading library's readers, format detection and merging code (Stryker.NET) against tests/PaperDataset.Robustness.Tests
# (its unit tests, variant samples and property tests; the tests that compile generated code are filtered out, see
# tests/stryker-config.json). Not part of CI: every mutant re-runs those tests (over an hour for every reader
# on 2 cores; xunit v3 runs out of process under VSTest, so Stryker cannot narrow the tests by coverage).
#   tests/mutation.sh                 # the whole run; exits non-zero below a mutation score of 80%
#   tests/mutation.sh -m '**/Reading/Markdown/**/*.cs' --test-case-filter '...'   # some files, some tests (README)
#   STRYKER_CONCURRENCY=1 tests/mutation.sh   # one test session at a time; other arguments go to dotnet-stryker
# It works on a private copy of the sources, so builds and test runs in the work tree neither disturb it nor are
# disturbed by it (Stryker swaps an instrumented generator into the test projects' bin folders). The report is copied to
# artifacts/mutation/ (mutation-report.html, mutation-report.json).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Property tests run a twentieth of their cases per mutant.
export PAPERDATASET_PROPERTY_SCALE="${PAPERDATASET_PROPERTY_SCALE:-0.05}"

dotnet tool restore >/dev/null # dotnet-stryker, pinned in .config/dotnet-tools.json

scratch="$(mktemp -d "${TMPDIR:-/tmp}/paperdataset-mutation.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
work="$scratch/repository"
mkdir -p "$work/tests"
cp -R Directory.Build.props Directory.Packages.props nuget.config .config data generator "$work/"
# The robustness tests link the test kit of tests/Shared and read the test data of tests/data.
cp -R tests/Shared tests/data tests/PaperDataset.Robustness.Tests tests/stryker-config.json "$work/tests/"
find "$work" -type d \( -name bin -o -name obj -o -name StrykerOutput \) -prune -exec rm -rf {} +
# Stryker reads its exceptions only from the code it mutates: write them into the copy (tests/mutation_exceptions.py).
python3 tests/mutation_exceptions.py "$work"

status=0
(cd "$work/generator/PaperDataset.Generator" \
  && dotnet tool run dotnet-stryker --config-file "$work/tests/stryker-config.json" --output "$work/mutation" \
       --concurrency "${STRYKER_CONCURRENCY:-2}" "$@") || status=$?

mkdir -p artifacts/mutation
cp "$work"/mutation/reports/mutation-report.* artifacts/mutation/ 2>/dev/null || true
exit "$status"
