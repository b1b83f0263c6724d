#!/usr/bin/env bash
# The whole-process comparison of issue #7: ajiss against pandoc, each run as a pipeline would.
#
#   batch: 1,000 commentaries to HTML with one `ajiss convert` call, and with 1,000 pandoc calls
#          (goal: ajiss >= 50x pandoc's throughput)
#   one:   one commentary to HTML with one call of each
#          (goal: ajiss's wall time <= 1.5x pandoc's)
#
# ajiss runs through the ./ajiss launcher (its JVM flags and class-data-sharing archive); one
# `java -jar cli/target/ajiss.jar` run of the one-file case is shown beside it for comparison.
# Times are wall-clock medians (the mean and the CPU time, user + system, are shown too); with
# hyperfine when it is installed, else with a plain loop. Builds cli/target/ajiss.jar when missing.
# The one-file commands are timed in turns, in ONE_ROUNDS rounds of a few runs each, and their
# ratio is the median of the rounds' ratios: a machine whose speed drifts over the minutes of the
# measurement then slows both sides of a ratio alike.
#
# Usage: bench/whole-process.sh
# Environment: FILES (1000), RUNS (10) runs of ajiss's batch (half before pandoc's, half after; the
# median of the halves' medians), ONE_RUNS (30) runs of each one-file
# command in ONE_ROUNDS (5) rounds, PANDOC_RUNS (3) runs of the 1,000 pandoc calls, WARMUP (2).
set -euo pipefail

files="${FILES:-1000}"
runs="${RUNS:-10}"
one_runs="${ONE_RUNS:-30}"
one_rounds="${ONE_ROUNDS:-5}"
per_round=$(((one_runs + one_rounds - 1) / one_rounds))
pandoc_runs="${PANDOC_RUNS:-3}"
warmup="${WARMUP:-2}"

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/cli/src/main/resources/io/github/ajiss4j/cli/sample/ajiss-commentary-93.txt"
jar="$root/cli/target/ajiss.jar"

if ! command -v pandoc >/dev/null 2>&1; then
  echo "whole-process.sh: pandoc is not installed; it is the baseline (Debian: apt-get install pandoc)" >&2
  exit 2
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java="java"
fi
if [ ! -f "$jar" ]; then
  echo "whole-process.sh: building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -pl cli -am package) >&2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/ajiss-whole-process.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT INT TERM

# the inputs: the sample, its issue number varied, so that each file is a different commentary
mkdir -p "$tmp/in" "$tmp/one" "$tmp/out-ajiss" "$tmp/out-pandoc" "$tmp/out-one"
for ((i = 1; i <= files; i++)); do
  sed "s/No\.93\./No.$i./" "$sample" >"$tmp/in/ajiss-commentary-$i.txt"
done
cp "$sample" "$tmp/one/ajiss-commentary-93.txt"

# pandoc, one call a file, as a pipeline would make them
cat >"$tmp/pandoc-each.sh" <<EOF
for f in "$tmp"/in/*.txt; do
  b="\${f##*/}"
  pandoc -f markdown -t html -s --metadata pagetitle=AJISS-Commentary -o "$tmp/out-pandoc/\${b%.txt}.html" "\$f"
done
EOF

ajiss_batch=("$root/ajiss" convert --quiet --to html -o "$tmp/out-ajiss" "$tmp/in")
pandoc_batch=(bash "$tmp/pandoc-each.sh")
ajiss_one=("$root/ajiss" convert --quiet --to html -o "$tmp/out-one" "$tmp/one/ajiss-commentary-93.txt")
jar_one=("$java" -jar "$jar" convert --quiet --to html -o "$tmp/out-one" "$tmp/one/ajiss-commentary-93.txt")
pandoc_one=(pandoc -f markdown -t html -s --metadata pagetitle=AJISS-Commentary -o "$tmp/out-one/p.html" "$tmp/one/ajiss-commentary-93.txt")

# a correctness check before any timing: every input converted by both
"${ajiss_batch[@]}"
"${pandoc_batch[@]}"
for d in out-ajiss out-pandoc; do
  n=$(find "$tmp/$d" -name '*.html' | wc -l)
  if [ "$n" -ne "$files" ]; then
    echo "whole-process.sh: $d has $n HTML files, not $files" >&2
    exit 1
  fi
done

# results: one line a command, "name median mean stddev cpu" in seconds
results="$tmp/results.txt"
: >"$results"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME RUNS WARMUP PREPARE-DIR COMMAND...: PREPARE-DIR (or "") is emptied before each run
measure() {
  local name="$1" n="$2" w="$3" clean="$4"
  shift 4
  if command -v hyperfine >/dev/null 2>&1; then
    local prepare=()
    if [ -n "$clean" ]; then prepare=(--prepare "find $clean -mindepth 1 -delete"); fi
    hyperfine -N --style basic -w "$w" -r "$n" "${prepare[@]}" --export-csv "$tmp/$name.csv" \
      -n "$name" "$(printf '%q ' "$@")" >&2
    # command,mean,stddev,median,user,system,min,max
    awk -F, -v name="$name" 'NR == 2 { print name, $4, $2, $3, $5 + $6 }' "$tmp/$name.csv" >>"$results"
  else
    local i s e times=()
    for ((i = 0; i < w + n; i++)); do
      if [ -n "$clean" ]; then find "$clean" -mindepth 1 -delete; fi
      s=$(date +%s%N)
      "$@" >/dev/null
      e=$(date +%s%N)
      if ((i >= w)); then times+=("$(awk -v d=$((e - s)) 'BEGIN { print d / 1e9 }')"); fi
    done
    printf '%s\n' "${times[@]}" | awk -v name="$name" -v med="$(printf '%s\n' "${times[@]}" | median)" \
      '{ s += $1; q += $1 * $1 } END { m = s / NR; v = q / NR - m * m; print name, med, m, sqrt(v > 0 ? v : 0), "nan" }' \
      >>"$results"
  fi
}

echo "whole-process.sh: timing (this takes a few minutes) ..." >&2
for ((r = 1; r <= one_rounds; r++)); do
  measure "ajiss-one-$r" "$per_round" "$warmup" "" "${ajiss_one[@]}"
  measure "pandoc-one-$r" "$per_round" "$warmup" "" "${pandoc_one[@]}"
  measure "jar-one-$r" "$per_round" "$warmup" "" "${jar_one[@]}"
done
# ajiss's batch is timed before and after pandoc's, which takes a minute or more, so that a drift
# of the machine's speed over that minute weighs on both
measure ajiss-batch-1 "$(((runs + 1) / 2))" "$warmup" "$tmp/out-ajiss" "${ajiss_batch[@]}"
measure pandoc-batch "$pandoc_runs" 0 "$tmp/out-pandoc" "${pandoc_batch[@]}"
measure ajiss-batch-2 "$(((runs + 1) / 2))" "$warmup" "$tmp/out-ajiss" "${ajiss_batch[@]}"

get() { awk -v name="$1" -v col="$2" '$1 == name { print $col }' "$results"; }

tool="a plain loop"
if command -v hyperfine >/dev/null 2>&1; then tool="$(hyperfine --version)"; fi
java_version="$("$java" -version 2>&1 | head -1)"
pandoc_version="$(pandoc --version | head -1)"

awk -v files="$files" -v procs="$(nproc 2>/dev/null || echo '?')" -v java="$java_version" \
  -v pandoc="$pandoc_version" -v tool="$tool" -v runs="$runs" -v one_runs="$((per_round * one_rounds))" \
  -v pandoc_runs="$pandoc_runs" -v rounds="$one_rounds" '
  { med[$1] = $2; mean[$1] = $3; sd[$1] = $4; cpu[$1] = $5 }
  # the median of v[1..n], which it sorts
  function middle(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  # a one-file command over the rounds: the median of the medians, the mean of the rest
  function pool(name, rounds,   r, v, m, c, d) {
    for (r = 1; r <= rounds; r++) { v[r] = med[name "-" r]; m += mean[name "-" r]; d += sd[name "-" r]; c += cpu[name "-" r] }
    med[name] = middle(v, rounds); mean[name] = m / rounds; sd[name] = d / rounds
    cpu[name] = (cpu[name "-1"] == "nan") ? "nan" : c / rounds
  }
  function row(label, n, unit,   f) {
    f = (unit == "ms") ? 1000 : 1
    printf "  %-36s %9.3f %s  (mean %.3f ± %.3f, cpu %s)", label, med[n] * f, unit, mean[n] * f,
      sd[n] * f, (cpu[n] == "nan") ? "n/a" : sprintf("%.3f", cpu[n] * f)
  }
  END {
    printf "whole-process comparison, %d commentaries to HTML\n", files
    printf "  %d processors; %s; %s\n", procs, java, pandoc
    printf "  timing: %s; medians of %d (ajiss batch, before and after pandoc), %d (pandoc batch), %d (one file, in %d rounds) runs\n\n",
      tool, 2 * int((runs + 1) / 2), pandoc_runs, one_runs, rounds
    print "batch"
    pool("ajiss-batch", 2)
    row("ajiss, 1 call", "ajiss-batch", "s"); printf "  %8.0f files/s\n", files / med["ajiss-batch"]
    row("pandoc, " files " calls", "pandoc-batch", "s"); printf "  %8.0f files/s\n", files / med["pandoc-batch"]
    r = med["pandoc-batch"] / med["ajiss-batch"]
    printf "  throughput ajiss / pandoc: %.1fx (goal >= 50x: %s)\n\n", r, (r >= 50) ? "met" : "missed"
    print "one file"
    pool("ajiss-one", rounds); pool("jar-one", rounds); pool("pandoc-one", rounds)
    row("ajiss (./ajiss)", "ajiss-one", "ms"); print ""
    row("ajiss (java -jar, no launcher flags)", "jar-one", "ms"); print ""
    row("pandoc", "pandoc-one", "ms"); print ""
    for (i = 1; i <= rounds; i++) ratio[i] = med["ajiss-one-" i] / med["pandoc-one-" i]
    r = middle(ratio, rounds)
    printf "  wall time ajiss / pandoc: %.2fx, the median of %d rounds (%.2fx to %.2fx) (goal <= 1.5x: %s)\n",
      r, rounds, ratio[1], ratio[rounds], (r <= 1.5) ? "met" : "missed"
  }' "$results"
