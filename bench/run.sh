#!/bin/sh
# Runs every benchmark once in one JMH run and prints the figures and ratios.
#   bench/run.sh                      # all benchmarks, about 10 minutes
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
java -jar "$JAR" "$PATTERN" -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc -rf json -rff "$RESULT" "$@"
echo
java -cp "$JAR" io.github.ajiss4j.bench.Summary "$RESULT"
