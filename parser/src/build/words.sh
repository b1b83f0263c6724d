#!/usr/bin/env bash
# Makes parser/src/main/resources/io/github/ajiss4j/parser/internal/words.dat, the English words
# by which the parser tells a word broken at a line end from a compound (Lexicon.java), from
# SCOWL's large American and British lists as Debian packages them (wamerican-large and
# wbritish-large, 2020.12.07-2), and puts SCOWL's copyright and permission notice beside it, as
# its licence asks. Run it from the repository's root on a Debian machine with Java 17 or newer;
# MakeWords.java says how the file is laid out.
set -euo pipefail
dir=parser/src/main/resources/io/github/ajiss4j/parser/internal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wamerican-large wbritish-large >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
cat "$work/x/usr/share/dict/american-english-large" "$work/x/usr/share/dict/british-english-large" \
  | java parser/src/build/MakeWords.java "$dir/words.dat"
cp "$work/x/usr/share/doc/wamerican-large/copyright" "$dir/words.COPYRIGHT"
