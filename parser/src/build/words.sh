#!/usr/bin/env bash
# Makes parser/src/main/resources/io/github/ajiss4j/parser/internal/words.gz, the English words
# by which the parser tells a word broken at a line end from a compound (Lexicon.java), from
# SCOWL's large American and British lists as Debian packages them (wamerican-large and
# wbritish-large, 2020.12.07-2). Run it from the repository's root on a Debian machine.
#
# The list holds the words of letters only, in lower case, sorted; each line gives how many
# leading letters it shares with the line before (0 to 9) and then the rest of the word. SCOWL's
# copyright and permission notice goes beside it, as its licence asks.
set -euo pipefail
out=parser/src/main/resources/io/github/ajiss4j/parser/internal/words.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wamerican-large wbritish-large >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
cat "$work/x/usr/share/dict/american-english-large" "$work/x/usr/share/dict/british-english-large" \
  | LC_ALL=C tr 'A-Z' 'a-z' | LC_ALL=C grep -x '[a-z]\+' | LC_ALL=C sort -u \
  | awk '{ k = 0; while (k < 9 && k < length(p) && substr(p, k + 1, 1) == substr($0, k + 1, 1)) k++;
           print k substr($0, k + 1); p = $0 }' \
  | gzip -9n > "$out"
cp "$work/x/usr/share/doc/wamerican-large/copyright" "${out%.gz}.COPYRIGHT"
echo "$out: $(gzip -dc "$out" | wc -l) words"
