#!/bin/sh
# Runs every benchmark once in one JMH run and prints the figures and ratios.
#   bench/run.sh                      # all benchmarks, about 13 minutes
#   bench/run.sh 'CommentaryBench.(parseAndHtml|commonmarkHtml|escapeLimit)'   # a subset
# Extra JMH options may follow the pattern, e.g. bench/run.sh ScalingBench -prof stack
set -eu
cd "$(dirname "$0")/.."
JAR=bench/target/benchmarks.jar
RESULT=bench/target/jmh-result.json
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q -pl bench -am -DskipTests package
fi
PATTERN=${1:-io.github.ajiss4j.bench}
[ $# -gt 0 ] && shift
# 16 s of warm-up: with fewer, the end-to-end benchmarks were still being compiled while they
# were measured on a busy 2-core machine (parse+HTML of the seed: 460 us/op after 6 s, 110 after 20)
java -jar "$JAR" "$PATTERN" -f 1 -wi 8 -w 2s -i 5 -r 1s -prof gc -rf json -rff "$RESULT" "$@"
echo
java -cp "$JAR" io.github.ajiss4j.bench.Summary "$RESULT"
