#!/usr/bin/env python3
"""Trains the name/place tagger of the PHI detector and writes
Sources/Triage/Detect/Tagger/TaggerWeights.swift.

An averaged perceptron over hashed features, decoded greedily left to right. The
tokenizer, the lexicon lookups and every feature mirror the Swift code exactly
(Sources/Triage/Detect/Text/Tokenizer.swift, Tagger/TaggerFeatures.swift,
Tagger/NameTagger.swift); change them together and retrain.

Training data (CC BY 4.0): ../shared/corpus/text/wnut17/wnut17train.conll and
../shared/corpus/text/btc/btc.train. The dev and test splits are kept for evaluation.
Person tokens are label 1, locations 2, everything else 0. A share of the documents is
added again in lower case and in capitals so the tagger also reads informal text.

Run from the package root, after scripts/build-lexicons.py:
    python3 scripts/train-tagger.py            (numpy needed; about a minute)
"""
import base64
import os
import random
import re
import sys
import unicodedata

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT = os.path.join(ROOT, "..", "shared", "corpus", "text")
DETECT = os.path.join(ROOT, "Sources", "Triage", "Detect")
OUT = os.path.join(DETECT, "Tagger", "TaggerWeights.swift")

TABLE_BITS = 17
MASK = (1 << TABLE_BITS) - 1
M64 = (1 << 64) - 1
EPOCHS = 12
SEED = 17

# ---------------------------------------------------------------- hashing (WordHash.swift)
OFFSET = 0xCBF29CE484222325
PRIME = 0x100000001B3


def add_bytes(h, data):
    for b in data:
        h = ((h ^ b) * PRIME) & M64
    return h


def word_hash(s):
    h = OFFSET
    for ch in s:
        h = add_bytes(h, lower_scalar(ch).encode("utf-8"))
    return h


def lower_scalar(ch):
    if ord(ch) < 0x80:
        return ch.lower()
    return ch.lower()


def feature_index(template, value):
    h = ((template * 0x9E3779B97F4A7C15) & M64) ^ (value & M64)
    h ^= h >> 29
    h = (h * 0xBF58476D1CE4E5B9) & M64
    h ^= h >> 32
    return h & MASK


# ---------------------------------------------------------------- swift sources
def swift_set(path, name):
    source = open(os.path.join(DETECT, path), encoding="utf-8").read()
    match = re.search(r"static let " + name + r"List: \[String\] = \[(.*?)\]\n", source, re.S)
    return {word_hash(w) for w in re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))}


def load_lexicon():
    source = open(os.path.join(DETECT, "Lexicon", "LexiconData.swift"), encoding="utf-8").read()
    body = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    table = {}
    for line in body.split("\n"):
        code, words = line.split("\t", 1)
        bits = int(code, 16)
        for word in words.split(" "):
            h = OFFSET
            h = add_bytes(h, word.replace("_", " ").encode("utf-8"))
            table[h] = table.get(h, 0) | bits
    health = open(os.path.join(DETECT, "Lexicon", "HealthWords.swift"), encoding="utf-8").read()
    terms = re.search(r"static let terms: \[String\] = \[(.*?)\n  \]", health, re.S).group(1)
    for term in re.findall(r'"([^"]*)"', terms):
        if " " not in term and "-" not in term:
            h = word_hash(term)
            table[h] = table.get(h, 0) | (1 << 16)
    return table


TITLES = swift_set("Lexicon/NameWords.swift", "titles")
RELATIONS = swift_set("Lexicon/NameWords.swift", "relations")
ROLES = swift_set("Lexicon/NameWords.swift", "roles")
INTRODUCERS = swift_set("Lexicon/NameWords.swift", "introducers")
NAME = word_hash("name")
PLACE_CUES = swift_set("Tagger/TaggerFeatures.swift", "placeCues")
LEXICON = load_lexicon()


class Entry:
    __slots__ = ("bits",)

    def __init__(self, bits):
        self.bits = bits

    first = property(lambda self: self.bits & 15)
    surname = property(lambda self: (self.bits >> 4) & 15)
    frequency = property(lambda self: (self.bits >> 8) & 15)
    is_city = property(lambda self: bool(self.bits & (1 << 12)))
    is_state = property(lambda self: bool(self.bits & (1 << 13)))
    is_country = property(lambda self: bool(self.bits & (1 << 14)))
    is_health = property(lambda self: bool(self.bits & (1 << 16)))
    is_name = property(lambda self: self.first > 0 or self.surname > 0)


NONE = Entry(0)

# ---------------------------------------------------------------- tokenizer (Tokenizer.swift)
SPACES = {0xA0, 0x85, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF}
LINE_BREAKS = {10, 13, 0x85, 0x2028, 0x2029}


def is_space(c):
    o = ord(c)
    if o < 0x80:
        return o == 32 or 9 <= o <= 13
    return o in SPACES or 0x2000 <= o <= 0x200B


def is_word_scalar(c):
    o = ord(c)
    if o < 0x80:
        return c.isascii() and (c.isalpha() or c.isdigit())
    return c.isalpha() or unicodedata.category(c) in ("Mn", "Mc", "Me", "Nd")


def is_apostrophe(c):
    return c in ("'", "\u2019")


def continues_after_apostrophe(s, i):
    if i == 0 or i + 1 >= len(s):
        return False
    before, after = s[i - 1], s[i + 1]
    if not ((before.isascii() and before.isalpha()) or ord(before) >= 0x80):
        return False
    if not (after.isascii() and after.isalpha()):
        return False
    if after in "sS":
        nxt = s[i + 2] if i + 2 < len(s) else ""
        return nxt.isascii() and nxt.isalpha() if nxt else False
    return True


class Token:
    __slots__ = ("start", "end", "word", "letter", "digit", "upper_first", "all_upper",
                 "all_lower", "line_start", "hash", "first", "text")


def tokenize(s):
    tokens = []
    i, n = 0, len(s)
    saw_line = True
    while i < n:
        c = s[i]
        if is_space(c):
            if ord(c) in LINE_BREAKS:
                saw_line = True
            i += 1
            continue
        t = Token()
        t.line_start = saw_line
        saw_line = False
        t.letter = t.digit = t.upper_first = False
        if is_word_scalar(c):
            start = i
            upper = lower = 0
            index = 0
            while i < n:
                d = s[i]
                if ord(d) < 0x80:
                    if "A" <= d <= "Z":
                        upper += 1
                        if index == 0:
                            t.upper_first = True
                        t.letter = True
                    elif "a" <= d <= "z":
                        lower += 1
                        t.letter = True
                    elif "0" <= d <= "9":
                        t.digit = True
                    elif is_apostrophe(d) and continues_after_apostrophe(s, i):
                        pass
                    else:
                        break
                elif is_word_scalar(d):
                    if d.isupper():
                        upper += 1
                        if index == 0:
                            t.upper_first = True
                    if d.islower():
                        lower += 1
                    t.letter = True
                elif is_apostrophe(d) and continues_after_apostrophe(s, i):
                    pass
                else:
                    break
                index += 1
                i += 1
            t.start, t.end, t.word = start, i, True
            t.all_upper = upper > 0 and lower == 0
            t.all_lower = lower > 0 and upper == 0
            t.text = s[start:i]
            t.hash = word_hash(t.text)
            t.first = s[start]
        else:
            t.start, t.end, t.word = i, i + 1, False
            t.all_upper = t.all_lower = False
            t.text = c
            t.hash = word_hash(c)
            t.first = c
            i += 1
        tokens.append(t)
    return tokens


def starts_sentence(tokens, i):
    if i == 0 or i >= len(tokens):
        return True
    if tokens[i].line_start:
        return True
    j = i - 1
    while j >= 0 and not tokens[j].word and tokens[j].first in ('"', "\u201d", ")"):
        j -= 1
    if j < 0:
        return True
    p = tokens[j]
    if p.word:
        return False
    if p.first in ".!?:;\u2026-\u2022*\"\u201c(":
        return True
    return ord(p.first) > 0x2000


def shape(t):
    if not t.word:
        return 7
    if not t.letter:
        return 5
    if t.digit:
        return 6
    if t.all_upper:
        return 4 if t.end - t.start == 1 else 2
    if t.all_lower:
        return 0
    if t.upper_first:
        return 1
    return 3


def case_profile(tokens):
    words = upper = cap = 0
    for t in tokens:
        if t.word and t.letter and not t.digit and t.end - t.start >= 2:
            words += 1
            if t.all_upper:
                upper += 1
            elif t.upper_first:
                cap += 1
    if words >= 3 and upper * 10 >= words * 6:
        return 1
    if words >= 4 and (upper + cap) * 20 <= words:
        return 2
    return 0


def name_score(e):
    if not e.is_name:
        return 20
    return min(6, max(-6, max(e.first, e.surname) - e.frequency)) + 6


def place_flags(e):
    return (1 if e.is_city else 0) | (2 if e.is_state else 0) | (4 if e.is_country else 0) | (
        8 if e.is_health else 0)


def affix(t, suffix, length=3):
    count = min(length, len(t.text))
    part = t.text[-count:] if suffix else t.text[:count]
    return word_hash(part)


def cue(h):
    if h in TITLES:
        return 1
    if h in RELATIONS or h in ROLES:
        return 2
    if h in INTRODUCERS or h == NAME:
        return 3
    if h in PLACE_CUES:
        return 4
    return 0


BEGIN, END = 0x5EED0001, 0x5EED0002
T = {name: i + 1 for i, name in enumerate(
    "bias word suffix prefix shape length firstName surname frequency nameScore placeFlags "
    "shapeNameScore shapeFrequency shapeSentenceStart previousWord nextWord previousWord2 "
    "nextWord2 previousShape nextShape previousSymbol caseProfile previousLabel "
    "previousLabelShape cue nextNameScore previousNameScore wordShape".split())}


def static_features(tokens):
    """Per token: (static feature indices, shape) for word tokens with a letter, else None."""
    profile = case_profile(tokens)
    shapes = [shape(t) for t in tokens]
    entries = [Entry(LEXICON.get(t.hash, 0)) if t.word else NONE for t in tokens]
    out = []
    for i, t in enumerate(tokens):
        if not (t.word and t.letter) or is_function_word(t, entries[i]) or (
                profile != 2 and is_plain_lower_word(t, entries[i])):
            out.append(None)
            continue
        sh = shapes[i]
        e = entries[i]
        ns = name_score(e)
        fr = e.frequency
        start = 1 if starts_sentence(tokens, i) else 0
        f = [
            (T["bias"], 0), (T["word"], t.hash), (T["suffix"], affix(t, True)),
            (T["prefix"], affix(t, False)), (T["shape"], sh), (T["length"], min(t.end - t.start, 10)),
            (T["firstName"], e.first // 2), (T["surname"], e.surname // 2), (T["frequency"], fr),
            (T["nameScore"], ns), (T["placeFlags"], place_flags(e)),
            (T["shapeNameScore"], sh * 32 + ns), (T["shapeFrequency"], sh * 16 + fr),
            (T["shapeSentenceStart"], sh * 2 + start),
            (T["previousWord"], tokens[i - 1].hash if i > 0 else BEGIN),
            (T["nextWord"], tokens[i + 1].hash if i + 1 < len(tokens) else END),
            (T["previousWord2"], tokens[i - 2].hash if i > 1 else BEGIN),
            (T["nextWord2"], tokens[i + 2].hash if i + 2 < len(tokens) else END),
            (T["previousShape"], (shapes[i - 1] if i > 0 else 8) * 16 + sh),
            (T["nextShape"], (shapes[i + 1] if i + 1 < len(tokens) else 8) * 16 + sh),
        ]
        symbol = 0
        if i > 0 and not tokens[i - 1].word:
            first = tokens[i - 1].first
            symbol = 1 if first == "@" else 2 if first == "#" else 3
            if tokens[i - 1].end == t.start:
                symbol += 4
        f.append((T["previousSymbol"], symbol))
        f.append((T["caseProfile"], profile * 8 + sh))
        c = cue(tokens[i - 1].hash) if i > 0 and tokens[i - 1].word else 0
        f.append((T["cue"], c))
        f.append((T["nextNameScore"],
                  shapes[i + 1] * 32 + name_score(entries[i + 1]) if i + 1 < len(tokens) else 999))
        f.append((T["previousNameScore"],
                  shapes[i - 1] * 32 + name_score(entries[i - 1]) if i > 0 else 999))
        f.append((T["wordShape"], (t.hash + sh) & M64))

        out.append((np.array([feature_index(a, b) for a, b in f], dtype=np.int64), sh))
    return out


def is_function_word(t, e):
    """Very common lower-case words that are never names ("the", "and", "was") are not
    scored at all; the Swift tagger skips the same ones."""
    return t.all_lower and e.frequency >= 12 and not e.is_name


def is_plain_lower_word(t, e):
    """In a text that uses capitals, a lower-case word that is not mostly a name is never
    reported as one, so it is not scored either (the Swift tagger does the same)."""
    likely = e.is_name and max(e.first, e.surname) - e.frequency >= 1
    return t.all_lower and not likely


def dynamic(prev, sh):
    return np.array([feature_index(T["previousLabel"], prev),
                     feature_index(T["previousLabelShape"], prev * 8 + sh)], dtype=np.int64)


# ---------------------------------------------------------------- data
def read_conll(path):
    docs, rows = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if rows:
                docs.append(rows)
            rows = []
            continue
        parts = line.split("\t")
        if len(parts) >= 2:
            rows.append((parts[0], parts[-1]))
    if rows:
        docs.append(rows)
    return docs


def label_of(tag):
    kind = tag[2:].lower() if len(tag) > 2 else ""
    return 1 if kind in ("per", "person") else 2 if kind in ("loc", "location") else 0


def build(rows, transform=None):
    text, spans, offset, join = "", [], 0, False
    for word, tag in rows:
        if transform:
            word = transform(word)
        if text and not join:
            text += " "
            offset += 1
        spans.append((offset, offset + len(word), label_of(tag), word == "@"))
        text += word
        offset += len(word)
        join = word == "@"
    tokens = tokenize(text)
    labels = []
    after_at = False
    for t in tokens:
        label = 0
        for start, end, lab, _ in spans:
            if start < t.end and t.start < end:
                label = lab
                break
        if after_at and t.word:
            label = 0
        labels.append(label)
        after_at = (not t.word) and t.first == "@"
    return tokens, labels


def main():
    random.seed(SEED)
    docs = read_conll(os.path.join(TEXT, "wnut17", "wnut17train.conll"))
    docs += read_conll(os.path.join(TEXT, "btc", "btc.train"))
    examples = []
    for rows in docs:
        examples.append(build(rows))
        r = random.random()
        if r < 0.3:
            examples.append(build(rows, str.lower))
        elif r < 0.4:
            examples.append(build(rows, str.upper))
    data = []
    for tokens, labels in examples:
        feats = static_features(tokens)
        data.append((feats, labels))
    print(f"{len(data)} documents, {sum(len(l) for _, l in data)} tokens", file=sys.stderr)

    size = 1 << TABLE_BITS
    W = np.zeros((size, 3), dtype=np.float64)
    U = np.zeros((size, 3), dtype=np.float64)
    c = 1
    for epoch in range(EPOCHS):
        random.shuffle(data)
        errors = total = 0
        for feats, labels in data:
            prev = 3
            for item, gold in zip(feats, labels):
                if item is None:
                    prev = 0
                    continue
                idx = np.concatenate([item[0], dynamic(prev, item[1])])
                scores = W[idx].sum(axis=0)
                pred = int(np.argmax(scores))
                # ties go to "none", as in Swift
                if scores[pred] == scores[0]:
                    pred = 0
                total += 1
                if pred != gold:
                    errors += 1
                    np.add.at(W, (idx, gold), 1.0)
                    np.add.at(W, (idx, pred), -1.0)
                    np.add.at(U, (idx, gold), c)
                    np.add.at(U, (idx, pred), -c)
                c += 1
                prev = pred
        print(f"epoch {epoch + 1}: {errors} errors in {total} tokens", file=sys.stderr)
    averaged = W - U / c
    scale = np.abs(averaged).max() / 127.0
    quantised = np.clip(np.round(averaged / scale), -127, 127).astype(np.int8)
    encoded = base64.b64encode(quantised.tobytes()).decode()
    lines = [encoded[i:i + 120] for i in range(0, len(encoded), 120)]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/train-tagger.py; do not edit. Trained on WNUT17 and Broad\n")
        f.write("// Twitter Corpus training splits (CC BY 4.0). See docs/detection.md.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("enum TaggerWeights {\n")
        f.write(f"  static let tableBits = {TABLE_BITS}\n")
        f.write(f"  static let scale: Float = {scale:.9g}\n")
        f.write("  /// (1 << tableBits) rows of three Int8 weights (none, person, place), base64 in lines.\n")
        f.write('  static let base64 = """\n')
        f.write("\n".join(lines))
        f.write('\n"""\n}\n')
    print(f"wrote {OUT} ({os.path.getsize(OUT) / 1e6:.2f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
