#!/usr/bin/env bash
# Mutation testing of the generator's parsing and merging code (Stryker.NET), against both generator test projects.
# Not part of CI: it rebuilds and re-runs the tests once per group of mutants (about half an hour on 2 cores).
#   tests/mutation.sh                 # the whole run; fails below a mutation score of 80%
#   tests/mutation.sh --since main    # any extra arguments go to dotnet-stryker
# The report is written to StrykerOutput/<date>/reports/mutation-report.html under generator/PaperDataset.Generator.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The property tests run a twentieth of their cases per mutant: each mutant re-runs every test that covers it.
export PAPERDATASET_PROPERTY_SCALE="${PAPERDATASET_PROPERTY_SCALE:-0.05}"

dotnet tool restore # dotnet-stryker, pinned in .config/dotnet-tools.json

status=0
(cd generator/PaperDataset.Generator && dotnet tool run dotnet-stryker --config-file "$root/tests/stryker-config.json" --concurrency "${STRYKER_CONCURRENCY:-2}" "$@") || status=$?

# Stryker leaves its instrumented generator in the test projects' bin folders; put the real one back.
dotnet build tests/PaperDataset.Generator.Tests --no-incremental -v q -nologo >/dev/null
dotnet build tests/PaperDataset.Robustness.Tests --no-incremental -v q -nologo >/dev/null
exit "$status"
