#!/usr/bin/env python3
"""Fits the spelling model of the name tagger and writes
Sources/Triage/Detect/Tagger/CharNameWeights.swift.

The word classes (scripts/build-clusters.py) tell how much a word is used like a name, but
only for the 160,000 words the lexicon and wordfreq know. A word they do not know
("Tebogo", "Fedorova", "Wooow", "NoBiggieTV") gets its level from its spelling instead:
a logistic regression over hashed letter 2-, 3- and 4-grams of the lower-cased word (with
marks for its beginning and end), fitted on the lexicon alone: words at least two steps
more often a name than a word against common words that are no name, the two classes
weighed equally. Its probability, cut into levels 1-7 like the word classes' name-likeness,
is a feature of the tagger for words without a class (`CharNameModel.swift` computes it
the same way; change both together, then retrain the tagger).

Run from the package root after scripts/build-lexicons.py (scikit-learn and numpy needed;
a few seconds):
    python3 scripts/build-charnames.py
"""
import base64
import os
import re
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DETECT = os.path.join(ROOT, "Sources", "Triage", "Detect")
LEXICON = os.path.join(DETECT, "Lexicon", "LexiconData.swift")
# CHARFILE writes elsewhere (train-tagger.py reads the same variable) for experiments.
OUT = os.environ.get("CHARFILE", os.path.join(DETECT, "Tagger", "CharNameWeights.swift"))
# The lowest word-frequency level (0-15) of a common word that is no name: a negative.
NEG_FREQ = int(os.environ.get("NEG_FREQ", 7))

TABLE_BITS = 14
MASK = (1 << TABLE_BITS) - 1
M64 = (1 << 64) - 1
OFFSET = 0xCBF29CE484222325
PRIME = 0x100000001B3
BEGIN, END = "\x02", "\x03"
# The probability cut at these points gives levels 1..7 (as the word classes' levels).
LEVELS = (0.02, 0.1, 0.3, 0.6, 0.85, 0.97)


def word_hash(s):
    h = OFFSET
    for ch in s:
        for b in ch.lower().encode("utf-8"):
            h = ((h ^ b) * PRIME) & M64
    return h


def row(n, h):
    """The table row of an n-gram (the tagger's splitmix mixing, template 200 + n)."""
    x = (((200 + n) * 0x9E3779B97F4A7C15) & M64) ^ h
    x ^= x >> 29
    x = (x * 0xBF58476D1CE4E5B9) & M64
    x ^= x >> 32
    return x & MASK


def rows_of(word):
    """Rows of every 2-, 3- and 4-gram of the word between its beginning and end marks
    (each scalar lower-cased on its own, as the Swift code does)."""
    padded = BEGIN + word + END
    out = []
    for n in (2, 3, 4):
        for start in range(0, len(padded) - n + 1):
            out.append(row(n, word_hash(padded[start:start + n])))
    return out


def lexicon_words():
    source = open(LEXICON, encoding="utf-8").read()
    body = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    words, labels = [], []
    for line in body.split("\n"):
        code, members = line.split("\t", 1)
        code = int(code, 16)
        name = max(code & 15, (code >> 4) & 15)
        frequency = (code >> 8) & 15
        if name > 0 and name - frequency >= 2:
            label = 1
        elif name == 0 and frequency >= NEG_FREQ:
            label = 0
        else:
            continue
        for word in members.split(" "):
            if "_" not in word and word.isalpha():
                words.append(word)
                labels.append(label)
    return words, np.array(labels)


def main():
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    words, labels = lexicon_words()
    print(f"{len(words)} words, {labels.sum()} names", file=sys.stderr)
    indptr, indices = [0], []
    for word in words:
        indices += rows_of(word)
        indptr.append(len(indices))
    X = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(words), MASK + 1))
    X.sum_duplicates()
    model = LogisticRegression(C=0.5, max_iter=500, class_weight="balanced").fit(X, labels)
    print(f"training accuracy {model.score(X, labels):.3f}", file=sys.stderr)
    weights = model.coef_[0]
    bias = float(model.intercept_[0])
    scale = np.abs(weights).max() / 127.0
    quantised = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    for probe in ("tebogo", "fedorova", "nosipho", "wooow", "nobiggietv", "yaaass", "pyrion",
                  "hashtag", "disloike", "kgomotso", "bagdanovich"):
        total = sum(int(quantised[r]) for r in rows_of(probe)) * scale + bias
        probability = 1 / (1 + np.exp(-total))
        level = 1 + int(np.searchsorted(np.array(LEVELS), probability))
        print(f"  {probe:12} {probability:.3f} level {level}", file=sys.stderr)
    # Integer thresholds on the quantised sum: level = 1 + how many it reaches.
    logits = [np.log(p / (1 - p)) for p in LEVELS]
    cuts = [int(np.ceil((logit - bias) / scale)) for logit in logits]
    encoded = base64.b64encode(quantised.tobytes()).decode()
    lines = [encoded[i:i + 120] for i in range(0, len(encoded), 120)]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-charnames.py; do not edit. Fitted on the name and\n")
        f.write("// word lexicons (LexiconData.swift). See docs/detection.md.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("enum CharNameWeights {\n")
        f.write(f"  static let tableBits = {TABLE_BITS}\n")
        f.write("  /// The quantised sum of a word's n-gram weights at which levels 2...7 begin.\n")
        f.write(f"  static let cuts: [Int32] = [{', '.join(str(c) for c in cuts)}]\n")
        f.write("  /// (1 << tableBits) Int8 weights, base64 in lines.\n")
        f.write('  static let base64 = """\n')
        f.write("\n".join(lines))
        f.write('\n"""\n}\n')
    print(f"wrote {OUT} ({os.path.getsize(OUT) / 1e3:.0f} kB)", file=sys.stderr)


if __name__ == "__main__":
    main()
