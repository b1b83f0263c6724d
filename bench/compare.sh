#!/usr/bin/env bash
# The parse time of this checkout's parser against another commit's, both loaded in one JVM and
# run in turns (io.github.ajiss4j.bench.Compare): the ratio holds on a machine whose speed drifts.
#
# Usage: bench/compare.sh COMMIT [FILE...]   (default file: the bundled sample)
# Environment: ROUNDS (40) rounds per file.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:?usage: bench/compare.sh COMMIT [FILE...]}"
shift
if [ "$#" -eq 0 ]; then
  set -- "$root/cli/src/main/resources/io/github/ajiss4j/cli/sample/ajiss-commentary-93.txt"
fi
other="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$other/build" >/dev/null 2>&1 || true; rm -rf "$other"' EXIT
git -C "$root" worktree add --detach "$other/build" "$commit" >/dev/null
(cd "$other/build" && ./mvnw -B -q -pl model,parser compile)
(cd "$root" && ./mvnw -B -q -pl model,parser,bench -am compile)
java -cp "$root/bench/target/classes" io.github.ajiss4j.bench.Compare \
  "$other/build/model/target/classes:$other/build/parser/target/classes" \
  "$root/model/target/classes:$root/parser/target/classes" \
  "${ROUNDS:-40}" "$@"
