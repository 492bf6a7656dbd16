#!/usr/bin/env bash
# Scale measurements for issue 5: builds the PaperDataset library over N papers through the real MSBuild path
# (the generator dll as an <Analyzer>, its buildTransitive props imported, scrapes as AdditionalFiles with capture dates),
# then measures build time, compiler peak memory, dll size and cold start against hello world and the JSON alternative.
#
#   tests/scale/run.sh [bundled|10k|100k|json10k|json100k|json|all]...      (default: all)
#
# The plain sizes are browser text copies, one file per 100 papers; json10k and json100k (json for short) are the same
# papers as Hub API daily-papers responses, 50 items a day (100,000 papers as 2,000 daily files), which the generator
# reads as JSON; json10k (200 files, about 43 MB) stands in for a real archive of the Hub (580 files, 60 MB, 9,577 papers).
# The build task of the package writes the storage resource, as for a package user. "all" is the text sizes only.
#
# Environment:
#   SCALE_WORK   work folder, outside the repository (default: ${TMPDIR:-/tmp}/paperdataset-scale); delete it when done
#   BUILDS       clean builds per library, median reported (default 3; 2 for 100k); 0 keeps the builds of an earlier run
#                in the same SCALE_WORK and re-measures only cold start
#   RUNS         fresh processes per app and size, median reported (default 11, at least 7)
#   HANDLES      PaperDatasetEmitHandles for the synthetic sizes (default: the generator's default)
#   REPORT_ONLY  set to print the report of an earlier run in the same SCALE_WORK again, measuring nothing
#
# The library is the one in src/PaperDataset (its sources, the generator's model templates, the same properties) over
# other data; "no data" is the same library over one empty scrape file. The JSON app compiles the same model types and
# src/PaperDataset/Json (PaperJsonContext, source-generated) and deserialises papers.json, written from the built
# catalogue by Papers.WriteJson, so both sides hold exactly the same papers.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${SCALE_WORK:-${TMPDIR:-/tmp}/paperdataset-scale}
runs=${RUNS:-11}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
unset MSBuildExtensionsPath MSBUILD_EXE_PATH MSBuildSDKsPath 2>/dev/null || true

sizes=()
for arg in "${@:-all}"; do
  case "$arg" in
    all) sizes+=(bundled 10k 100k) ;;
    bundled|10k|100k|json10k|json100k) sizes+=("$arg") ;;
    json) sizes+=(json100k) ;;
    *) echo "usage: $0 [bundled|10k|100k|json10k|json100k|json|all]..." >&2; exit 2 ;;
  esac
done
if [ "$runs" -lt 7 ]; then echo "RUNS must be at least 7" >&2; exit 2; fi
case "$work" in "$repo"|"$repo"/*) echo "SCALE_WORK must be outside the repository" >&2; exit 2 ;; esac

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else echo "GNU time is required: apt-get install time" >&2; exit 1; fi
fi

log() { printf '[scale %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

mkdir -p "$work"
# The work folder stands alone, like a user's repository: no Directory.Build.* or central package versions from above.
printf '<Project />\n' >"$work/Directory.Build.props"
printf '<Project />\n' >"$work/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' >"$work/Directory.Packages.props"

if [ -z "${REPORT_ONLY:-}" ]; then
log "building the generator, its build task and the scrape writer (Release); load $(load)"
dotnet build "$repo/generator/PaperDataset.Generator/PaperDataset.Generator.csproj" -c Release -v q -nologo >"$work/generator-build.log" 2>&1 \
  || { cat "$work/generator-build.log"; exit 1; }
mkdir -p "$work/generator" "$work/tool"
# Copied only when they changed, so that an unchanged generator leaves earlier builds up to date (BUILDS=0).
for built in PaperDataset.Generator/bin/Release/netstandard2.0/PaperDataset.Generator.dll PaperDataset.Build/bin/Release/netstandard2.0/PaperDataset.Build.dll; do
  cmp -s "$repo/generator/$built" "$work/generator/$(basename "$built")" || cp "$repo/generator/$built" "$work/generator/"
done
dotnet build "$repo/tests/scale/ScaleTool/ScaleTool.csproj" -c Release -v q -nologo -o "$work/tool" >"$work/tool-build.log" 2>&1 \
  || { cat "$work/tool-build.log"; exit 1; }
fi
tool() { dotnet "$work/tool/ScaleTool.dll" "$@"; }

# ---- projects -------------------------------------------------------------------------------------------------------
write_lib() { # dir [handles]
  local dir=$1 handles=${2:-}
  mkdir -p "$dir"
  cat >"$dir/PaperDataset.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <!-- src/PaperDataset over other data, referencing the generator as its package does. -->
  <Import Project="$repo/generator/PaperDataset.Generator/buildTransitive/PaperDataset.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <Deterministic>true</Deterministic>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
    <PaperDatasetNamespace>PaperDataset</PaperDatasetNamespace>
    <PaperDatasetCatalogueName>Papers</PaperDatasetCatalogueName>
    <PaperDatasetEmitModel>false</PaperDatasetEmitModel>
    ${handles:+<PaperDatasetEmitHandles>$handles</PaperDatasetEmitHandles>}
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$work/generator/PaperDataset.Generator.dll" />
    <Compile Include="$repo/generator/PaperDataset.Generator/Templates/*.cs" Exclude="$repo/generator/PaperDataset.Generator/Templates/PaperCatalogue.cs" Link="Model/%(Filename)%(Extension)" />
    <Compile Include="$repo/src/PaperDataset/**/*.cs" Exclude="$repo/src/PaperDataset/bin/**;$repo/src/PaperDataset/obj/**" Link="Library/%(RecursiveDir)%(Filename)%(Extension)" />
  </ItemGroup>
  <Import Project="scrapes.props" />
  <PropertyGroup>
    <PaperDatasetBuildTasksAssembly>$work/generator/PaperDataset.Build.dll</PaperDatasetBuildTasksAssembly>
  </PropertyGroup>
  <Import Project="$repo/generator/PaperDataset.Generator/buildTransitive/PaperDataset.Generator.targets" />
</Project>
EOF
}

write_app() { # dir name program [extra items]
  local dir=$1 name=$2 program=$3 items=${4:-}
  mkdir -p "$dir"
  cat >"$dir/$name.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
$items
  </ItemGroup>
</Project>
EOF
  printf '%s\n' "$program" >"$dir/Program.cs"
}

build_apps_shared() {
  local apps=$work/apps
  write_app "$apps/hello" Hello 'System.Console.WriteLine("Hello, World!");'
  # The JSON alternative: the same model types and PaperJsonContext, no catalogue; "text" also reads every title and abstract.
  write_app "$apps/json" Json '
using var stream = System.IO.File.OpenRead(args[0]);
var papers = System.Text.Json.JsonSerializer.Deserialize(stream, PaperDataset.Json.PaperJsonContext.Default.ImmutableArrayPaper);
if (args.Length > 1)
{
    long characters = 0;
    foreach (var paper in papers) { characters += paper.Title.Length + paper.Abstract.Length; }
    System.Console.WriteLine(characters);
}
System.Console.WriteLine(papers.Length);' \
    "    <Compile Include=\"$repo/generator/PaperDataset.Generator/Templates/*.cs\" Exclude=\"$repo/generator/PaperDataset.Generator/Templates/PaperCatalogue.cs\" Link=\"Model/%(Filename)%(Extension)\" />
    <Compile Include=\"$repo/src/PaperDataset/Json/*.cs\" Link=\"Json/%(Filename)%(Extension)\" />"
  for app in hello/Hello json/Json; do
    dotnet build "$apps/$app.csproj" -c Release -v q -nologo >"$apps/${app%/*}.log" 2>&1 || { cat "$apps/${app%/*}.log"; exit 1; }
  done
}

write_size_apps() { # dir
  local dir=$1
  write_app "$dir/count" Count '
var papers = PaperDataset.Papers.All;
if (args.Length > 0)
{
    long characters = 0;
    foreach (var paper in papers) { characters += paper.Title.Length + paper.Abstract.Length; }
    System.Console.WriteLine(characters);
}
System.Console.WriteLine(papers.Length);' "    <ProjectReference Include=\"../lib/PaperDataset.csproj\" />"
  # In-process splits of a cold start (profile): assembly load, first Papers.All, first text pass, with JIT time and allocations.
  write_app "$dir/probe" Probe '
using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

static class Probe
{
    static void Main()
    {
        var clock = Stopwatch.StartNew();
        var step = Measure(clock, () => LoadAssembly());
        var all = Measure(clock, () => All());
        var text = Measure(clock, () => ReadText());
        var lookup = Measure(clock, () => Lookup());
        Console.WriteLine($"load_ms={step.Ms:F2} load_jit_ms={step.JitMs:F2} all_ms={all.Ms:F2} all_jit_ms={all.JitMs:F2} all_jit_methods={all.Methods} all_alloc_mb={all.AllocMb:F1} text_ms={text.Ms:F2} text_jit_ms={text.JitMs:F2} text_alloc_mb={text.AllocMb:F1} lookup_ms={lookup.Ms:F2} lookup_alloc_mb={lookup.AllocMb:F1} process_ms={(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F1}");
    }

    static (double Ms, double JitMs, long Methods, double AllocMb) Measure(Stopwatch clock, Func<object> action)
    {
        var start = clock.Elapsed; var jit = System.Runtime.JitInfo.GetCompilationTime(); var methods = System.Runtime.JitInfo.GetCompiledMethodCount(); var allocated = GC.GetTotalAllocatedBytes(true);
        GC.KeepAlive(action());
        return ((clock.Elapsed - start).TotalMilliseconds, (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - methods, (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static object LoadAssembly() => typeof(PaperDataset.Papers).Assembly;
    [MethodImpl(MethodImplOptions.NoInlining)] static object All() => PaperDataset.Papers.All.Length;
    [MethodImpl(MethodImplOptions.NoInlining)] static object ReadText() { long c = 0; foreach (var p in PaperDataset.Papers.All) { c += p.Title.Length + p.Abstract.Length; } return c; }
    [MethodImpl(MethodImplOptions.NoInlining)] static object Lookup() { var p = PaperDataset.Papers.All[PaperDataset.Papers.All.Length / 2]; return PaperDataset.Papers.FindByTitle(p.Title) == p && PaperDataset.Papers.TryGet(p.Id, out _); }
}' "    <ProjectReference Include=\"../lib/PaperDataset.csproj\" />"
  write_app "$dir/export" Export '
using (var stream = System.IO.File.Create(args[0])) { PaperDataset.Papers.WriteJson(stream); }
using (var lines = System.IO.File.Create(args[1])) { PaperDataset.Papers.WriteJsonLines(lines); }' "    <ProjectReference Include=\"../lib/PaperDataset.csproj\" />"
}

# ---- measurements ---------------------------------------------------------------------------------------------------
# One clean `dotnet build -c Release` of a library under GNU time; the compiler runs as a child process
# (UseSharedCompilation=false), so the peak RSS of the build's process tree is the compiler's at these sizes.
# Appends "wall_s cpu_s maxrss_mb csc_s load" to $dir/builds.txt.
build_once() { # dir
  local dir=$1 before
  rm -rf "$dir/bin" "$dir/obj"
  before=$(load)
  if ! /usr/bin/time -v -o "$dir/time.txt" dotnet build "$dir/PaperDataset.csproj" -c Release -nologo -nodeReuse:false \
      -p:UseSharedCompilation=false -clp:PerformanceSummary >"$dir/build.log" 2>&1; then
    tail -n 40 "$dir/build.log" >&2; grep -E 'error|Command' "$dir/time.txt" >&2 || true
    return 1
  fi
  local wall cpu rss csc
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$dir/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$dir/time.txt")
  csc=$(awk '/Task Performance Summary/ { t = 1 } t && $3 == "Csc" { printf "%.2f", $1 / 1000; exit }' "$dir/build.log")
  echo "$wall $cpu $rss ${csc:-nan} $before" >>"$dir/builds.txt"
  log "  build $(basename "$(dirname "$dir")")/$(basename "$dir"): ${wall} s wall, ${cpu} s CPU, peak RSS ${rss} MB, Csc ${csc:-?} s (load before: $before)"
}

build_lib() { # dir count (BUILDS=0 keeps an earlier run's builds and figures, to re-measure cold start only)
  local dir=$1 count=$2 i
  if [ "$count" -eq 0 ] && [ -s "$dir/builds.txt" ] && [ -f "$dir/bin/Release/net10.0/PaperDataset.dll" ]; then
    log "  keeping the earlier builds of $dir"
    return 0
  fi
  [ "$count" -gt 0 ] || count=1
  : >"$dir/builds.txt"
  for ((i = 0; i < count; i++)); do build_once "$dir"; done
}

col() { awk -v c="$1" '{ print $c }' "$2" | median; }

# Cold start: wall time of a fresh process, from fork to exit, via bash's microsecond clock, and its CPU time (user + system,
# all threads: JIT, GC, tiering) from getrusage, which load from other processes disturbs far less; the apps run interleaved
# (rotating the order every round) so that such load spreads over all of them. Writes "name median_wall_ms median_cpu_ms ...".
cold_start() { # out-file name=command... (command words separated by '|')
  local out=$1; shift
  local specs=("$@") round i spec name cmd start end
  declare -A samples=() cpu=()
  local TIMEFORMAT='%3R %3U %3S' # the time keyword: wall, user and system seconds of the child, to the millisecond
  for spec in "${specs[@]}"; do # warm the page cache; check that each app runs
    IFS='|' read -r -a cmd <<<"${spec#*=}"
    "${cmd[@]}" >/dev/null || { echo "failed: ${cmd[*]}" >&2; return 1; }
  done
  for ((round = 0; round < runs; round++)); do
    for ((i = 0; i < ${#specs[@]}; i++)); do
      spec=${specs[$(((i + round) % ${#specs[@]}))]}
      name=${spec%%=*}
      IFS='|' read -r -a cmd <<<"${spec#*=}"
      start=$EPOCHREALTIME
      { time "${cmd[@]}" >/dev/null; } 2>"$out.cpu"
      end=$EPOCHREALTIME
      samples[$name]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) * 1000 }') "
      cpu[$name]+="$(awk '{ printf "%.0f", ($2 + $3) * 1000 }' "$out.cpu") "
    done
  done
  : >"$out"
  for spec in "${specs[@]}"; do
    name=${spec%%=*}
    echo "$name $(tr ' ' '\n' <<<"${samples[$name]}" | grep . | median) $(tr ' ' '\n' <<<"${cpu[$name]}" | grep . | median) wall: ${samples[$name]} cpu: ${cpu[$name]}" >>"$out"
  done
  rm -f "$out.cpu"
}

# ---- run ------------------------------------------------------------------------------------------------------------
log "generator sources: $(cd "$repo" && find generator/PaperDataset.Generator -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' | sort | xargs cat | sha256sum | cut -c1-12) (sha256 of generator/**/*.cs; git HEAD $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo none))"
log "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), .NET SDK $(dotnet --version), load $(load)"
empty=$work/empty
if [ -z "${REPORT_ONLY:-}" ]; then
build_apps_shared

# The same library with no data (one empty scrape file), for the "+ over no data" column.
mkdir -p "$empty/lib"
if [ "${BUILDS:-}" != 0 ] || [ ! -f "$empty/lib/scrapes.props" ]; then
  tool empty "$empty" >/dev/null
  mv "$empty/scrapes.props" "$empty/lib/scrapes.props"
fi
write_lib "$empty/lib"
log "library with no data"
build_lib "$empty/lib" "${BUILDS:-3}"
fi

declare -A result=()
for size in "${sizes[@]}"; do
  dir=$work/$size
  if [ -n "${REPORT_ONLY:-}" ]; then # print the report of an earlier run in the same SCALE_WORK
    result[$size]=$(cat "$dir/result.txt")
    continue
  fi
  mkdir -p "$dir/lib"
  if [ "${BUILDS:-}" = 0 ] && [ -s "$dir/info.txt" ] && [ -f "$dir/lib/scrapes.props" ]; then
    info=$(cat "$dir/info.txt") # keep the scrapes (and so the built library) of the earlier run
  else
    log "$size: writing scrapes"
    case "$size" in
      bundled) info=$(tool bundled "$repo" "$dir") ;;
      10k) info=$(tool synthetic 10000 "$dir") ;;
      100k) info=$(tool synthetic 100000 "$dir") ;;
      json10k) info=$(tool json 10000 "$dir") ;;
      json100k) info=$(tool json 100000 "$dir") ;;
    esac
    mv "$dir/scrapes.props" "$dir/lib/scrapes.props"
    echo "$info" >"$dir/info.txt"
  fi
  log "$size: $info"
  handles=""
  [ "$size" != bundled ] && handles=${HANDLES:-}
  write_lib "$dir/lib" "$handles"
  write_size_apps "$dir"
  builds=${BUILDS:-3}
  case "$size" in *100k) builds=${BUILDS:-2} ;; esac
  log "$size: $builds clean library builds"
  build_lib "$dir/lib" "$builds"
  for app in count/Count export/Export probe/Probe; do
    dotnet build "$dir/$app.csproj" -c Release -v q -nologo >"$dir/${app%/*}.log" 2>&1 || { cat "$dir/${app%/*}.log"; exit 1; }
  done
  dotnet "$dir/export/bin/Release/net10.0/Export.dll" "$dir/papers.json" "$dir/papers.jsonl"
  papers=$("$dir/count/bin/Release/net10.0/Count")
  expected=$(sed -n 's/^papers=\([0-9]*\) .*/\1/p' <<<"$info")
  if [ -n "$expected" ] && [ "$papers" != "$expected" ]; then
    echo "$size: the catalogue holds $papers papers, the synthetic corpus $expected" >&2; exit 1
  fi
  dll=$(stat -c %s "$dir/lib/bin/Release/net10.0/PaperDataset.dll")
  json=$(stat -c %s "$dir/papers.json")
  jsonl=$(stat -c %s "$dir/papers.jsonl")
  log "$size: $papers papers, dll $((dll / 1024)) KiB, papers.json $((json / 1024)) KiB; cold start x$runs (load $(load))"
  cold_start "$dir/cold.txt" \
    "hello=$work/apps/hello/bin/Release/net10.0/Hello" \
    "count=$dir/count/bin/Release/net10.0/Count" \
    "json=$work/apps/json/bin/Release/net10.0/Json|$dir/papers.json" \
    "count_text=$dir/count/bin/Release/net10.0/Count|text" \
    "json_text=$work/apps/json/bin/Release/net10.0/Json|$dir/papers.json|text"
  bytes=$(sed -n "s/.*bytes=\([0-9]*\).*/\1/p" <<<"$info")
  : >"$dir/probe.txt"
  for ((i = 0; i < 7; i++)); do "$dir/probe/bin/Release/net10.0/Probe" >>"$dir/probe.txt"; done
  result[$size]="$papers $dll $json $bytes $jsonl"
  echo "${result[$size]}" >"$dir/result.txt"
  log "$size: done (load $(load))"
done

# ---- report ---------------------------------------------------------------------------------------------------------
ms() { awk -v n="$1" '$1 == n { print $2 }' "$2"; }
cpums() { awk -v n="$1" '$1 == n { print $3 }' "$2"; }
e_wall=$(col 1 "$empty/lib/builds.txt"); e_cpu=$(col 2 "$empty/lib/builds.txt"); e_rss=$(col 3 "$empty/lib/builds.txt")
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Library with no data: build ${e_wall} s wall (${e_cpu} s CPU), peak RSS ${e_rss} MB (median of $(wc -l <"$empty/lib/builds.txt") clean builds)"
echo
echo "| figure | $(printf '%s | ' "${sizes[@]}")"
echo "|---|$(printf -- '---:|%.0s' "${sizes[@]}")"
row() { local label=$1; shift; printf '| %s |' "$label"; for size in "${sizes[@]}"; do printf ' %s |' "$("$@" "$size")"; done; echo; }
f_papers() { set -- ${result[$1]}; echo "$1"; }
f_scrape() { set -- ${result[$1]}; awk -v b="$4" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
f_build() { awk -v a="$(col 1 "$work/$1/lib/builds.txt")" -v b="$e_wall" 'BEGIN { printf "%.1f s (%+.1f s over no data)", a, a - b }'; }
f_cpu_delta() { awk -v a="$(col 2 "$work/$1/lib/builds.txt")" -v b="$e_cpu" 'BEGIN { printf "%.1f s (%+.1f s over no data)", a, a - b }'; }
f_cpu() { printf '%.1f s' "$(col 2 "$work/$1/lib/builds.txt")"; }
f_csc() { printf '%.1f s' "$(col 4 "$work/$1/lib/builds.txt")"; }
f_rss() { printf '%.2f GB' "$(awk -v m="$(col 3 "$work/$1/lib/builds.txt")" 'BEGIN { print m / 1024 }')"; }
f_dll() { set -- ${result[$1]}; awk -v b="$2" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
f_json() { set -- ${result[$1]}; awk -v b="$3" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
f_jsonl() { set -- ${result[$1]}; awk -v b="${5:-0}" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
f_dll_ratio() { set -- ${result[$1]}; awk -v d="$2" -v l="${5:-0}" 'BEGIN { if (l > 0) printf "%.2f×", d / l; else print "n/a" }'; }
f_hello() { printf '%.1f ms' "$(ms hello "$work/$1/cold.txt")"; }
f_count() { local c h; c=$(ms count "$work/$1/cold.txt"); h=$(ms hello "$work/$1/cold.txt"); awk -v c="$c" -v h="$h" 'BEGIN { printf "%.1f ms (%+.1f ms)", c, c - h }'; }
f_jsonrun() { local j h; j=$(ms json "$work/$1/cold.txt"); h=$(ms hello "$work/$1/cold.txt"); awk -v c="$j" -v h="$h" 'BEGIN { printf "%.1f ms (%+.1f ms)", c, c - h }'; }
f_ratio() { local c j h; c=$(ms "$2" "$work/$1/cold.txt"); j=$(ms "$3" "$work/$1/cold.txt"); h=$(ms hello "$work/$1/cold.txt")
  awk -v c="$c" -v j="$j" -v h="$h" 'BEGIN { if (c - h >= 1) printf "%.1fx total, %.1fx over hello", j / c, (j - h) / (c - h); else printf "%.1fx total (catalogue within 1 ms of hello)", j / c }'; }
f_cpu3() { local f=$work/$1/cold.txt; awk -v h="$(cpums hello "$f")" -v c="$(cpums count "$f")" -v j="$(cpums json "$f")" 'BEGIN { printf "%d / %d (%+d) / %d (%+d) ms", h, c, c - h, j, j - h }'; }
f_ratio_all() { f_ratio "$1" count json; }
f_ratio_text() { f_ratio "$1" count_text json_text; }
f_counttext() { local c h; c=$(ms count_text "$work/$1/cold.txt"); h=$(ms hello "$work/$1/cold.txt"); awk -v c="$c" -v h="$h" 'BEGIN { printf "%.1f ms (%+.1f ms)", c, c - h }'; }
f_jsontext() { local c h; c=$(ms json_text "$work/$1/cold.txt"); h=$(ms hello "$work/$1/cold.txt"); awk -v c="$c" -v h="$h" 'BEGIN { printf "%.1f ms (%+.1f ms)", c, c - h }'; }
row "papers" f_papers
row "source files (UTF-8)" f_scrape
row "library build, clean \`dotnet build -c Release\` (median wall)" f_build
row "  of which Csc task" f_csc
row "  CPU time of the build (user + sys)" f_cpu_delta
row "build peak RSS (compiler)" f_rss
row "PaperDataset.dll size" f_dll
row "papers.json size" f_json
row "JSON Lines export (\`Papers.WriteJsonLines\`) size" f_jsonl
row "PaperDataset.dll ÷ JSON Lines export" f_dll_ratio
row "cold start: hello world" f_hello
row "cold start: \`Papers.All.Length\` (vs hello)" f_count
row "cold start: STJ source-gen from JSON file (vs hello)" f_jsonrun
row "JSON ÷ catalogue" f_ratio_all
row "cold start CPU time: hello / catalogue / JSON" f_cpu3
row "cold start + read every title and abstract: catalogue" f_counttext
row "cold start + read every title and abstract: JSON" f_jsontext
row "JSON ÷ catalogue, with the text pass" f_ratio_text
echo
echo "Cold-start profile (in-process, median of 7 runs of the Probe app; ms; JIT = System.Runtime.JitInfo compilation time):"
echo
echo "| size | assembly load | first \`Papers.All\` | of which JIT | JIT'd methods | allocated | first text pass | of which JIT | allocated | first title + id lookup |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  p() { tr ' ' '\n' <"$work/$size/probe.txt" | awk -F= -v k="$1" '$1 == k { print $2 }' | median; }
  echo "| $size | $(p load_ms) | $(p all_ms) | $(p all_jit_ms) | $(p all_jit_methods) | $(p all_alloc_mb) MB | $(p text_ms) | $(p text_jit_ms) | $(p text_alloc_mb) MB | $(p lookup_ms) |"
done
echo
echo "Cold start: median of $runs fresh processes per app (apphost; wall clock from fork to exit; CPU = user + system time of the process), apps interleaved; raw samples in $work/<size>/cold.txt."
