#!/usr/bin/env python3
"""Trains the name/place tagger of the PHI detector and writes
Sources/Triage/Detect/Tagger/TaggerWeights.swift.

A structured averaged perceptron over hashed features: each scored word gets three
emission scores (none, person, place) and a Viterbi decoder over label transitions picks
the best labelling of each run of scored words (Collins 2002). The tokenizer, the lexicon
lookups and every feature mirror the Swift code exactly (Sources/Triage/Detect/Text/
Tokenizer.swift, Tagger/TaggerFeatures.swift, Tagger/NameTagger.swift); change them
together and retrain.

Training data (CC BY 4.0): ../shared/corpus/text/wnut17/wnut17train.conll and
../shared/corpus/text/btc/btc.train. The dev and test splits are kept for evaluation
(`--dev` prints the tagger's own person scores on them every five epochs). Person tokens
are label 1, locations 2, everything else 0. A share of the documents is added again in
lower case, in capitals and in title case so the tagger also reads informal text, and
the features naming the word itself are dropped at random (DROPOUT) so it learns to
recognise names it has never seen from their shape, the lexicons and their context.

Run from the package root, after scripts/build-lexicons.py:
    python3 scripts/train-tagger.py            (numpy needed; about half a minute)
    python3 scripts/train-tagger.py --dev --no-write   (scores only)
Environment: SEED, RUNS, EPOCHS, DROPOUT, NONE_BIAS, TRAINER as below; BIASES="15 19" sets
the none-biases `--dev` scores the final model at; OUT=FILE writes the weights
elsewhere; SILVER="FILE ..." adds teacher-labelled CoNLL files (scripts/label-silver.py) to
the training data (an experiment; the committed weights use none, see docs/detection.md).
"""
import base64
import os
import random
import re
import sys
import unicodedata

from charngrams import rows_of
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT = os.path.join(ROOT, "..", "shared", "corpus", "text")
DETECT = os.path.join(ROOT, "Sources", "Triage", "Detect")
OUT = os.environ.get("OUT", os.path.join(DETECT, "Tagger", "TaggerWeights.swift"))

TABLE_BITS = int(os.environ.get("TABLE_BITS", 17))
MASK = (1 << TABLE_BITS) - 1
M64 = (1 << 64) - 1
EPOCHS = int(os.environ.get("EPOCHS", 10))
DROPOUT = float(os.environ.get("DROPOUT", 0.3))
# Subtracted from every "none" score at run time: trades precision for recall. Tuned with
# `rounds eval phi` on the WNUT17 and BTC dev splits (the whole detector, not the tagger alone).
NONE_BIAS = float(os.environ.get("NONE_BIAS", 15))
# Another SEED retrains with other shuffles: how much the figures move is the noise.
SEED = int(os.environ.get("SEED", 17))
# Switches for ablations (both on in the committed model): the neighbour name-score features
# look across a conjunction ("Vin , Dwayne"), and the decoder chains the words on each side.
LOOKTHROUGH = os.environ.get("LOOKTHROUGH", "1") == "1"
CHAIN = os.environ.get("CHAIN", "1") == "1"
# Templates to leave out (names as in TEMPLATES), to measure what a feature is worth.
DROP_FEATURES = os.environ.get("DROP_FEATURES", "").split()
# Models trained on differently shuffled data are averaged (bagging for a linear model):
# the figures move less from one retraining to the next.
RUNS = int(os.environ.get("RUNS", 3))
# "perceptron" (the committed model) or "crf", an experiment (docs/detection.md, fourth
# round): the same features and decoder fitted as a conditional random field by stochastic
# gradient on the log-likelihood (rate CRF_RATE / (1 + epoch * CRF_DECAY), L2 decay CRF_L2
# per document, snapshots averaged from epoch CRF_AVERAGE_FROM), its weights multiplied by
# CRF_UNIT so the none-bias, the lexicon veto and the confidences read in the same units.
TRAINER = os.environ.get("TRAINER", "perceptron")
CRF_RATE = float(os.environ.get("CRF_RATE", 0.1))
CRF_DECAY = float(os.environ.get("CRF_DECAY", 0.5))
CRF_L2 = float(os.environ.get("CRF_L2", 0))
CRF_AVERAGE_FROM = int(os.environ.get("CRF_AVERAGE_FROM", 0))
CRF_UNIT = float(os.environ.get("CRF_UNIT", 15))
CLUSTER_FEATURES = os.environ.get(
    "CLUSTER_FEATURES",
    "clusterShape coarseShape previousMid nextMid likenessShape profileLikeness",
).split()

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


def load_clusters(table):
    """Adds each word's fine cluster + 1 (bits 17-27; 0 = no cluster) and name-likeness level
    (bits 28-30, 1..7; 0 = unknown word) from ClusterData.swift,
    as Lexicon.swift does; returns the fine-to-mid and fine-to-coarse tables."""
    path = os.path.join(DETECT, "Lexicon", "ClusterData.swift")
    if not os.path.exists(path):
        return [], []
    source = open(path, encoding="utf-8").read()
    tables = []
    for name in ("mid", "coarse"):
        body = re.search(r"static let " + name + r": \[UInt16\] = \[(.*?)\]", source, re.S).group(1)
        tables.append([int(v) for v in re.findall(r"\d+", body)])
    body = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    for line in body.split("\n"):
        code, words = line.split("\t", 1)
        code = int(code)
        bits = ((code & 1023) + 1) << 17 | (code >> 10) << 28
        for word in words.split(" "):
            h = add_bytes(OFFSET, word.encode("utf-8"))
            table[h] = table.get(h, 0) | bits
    return tables


def load_char_names():
    """The spelling model's weights and level cuts (scripts/build-charnames.py)."""
    path = os.environ.get("CHARFILE", os.path.join(DETECT, "Tagger", "CharNameWeights.swift"))
    if os.environ.get("CHARNAMES", "1") == "0" or not os.path.exists(path):
        return None, None
    source = open(path, encoding="utf-8").read()
    cuts = [int(v) for v in re.search(r"cuts: \[Int32\] = \[(.*?)\]", source).group(1).split(",")]
    encoded = re.search(r'base64 = """\n(.*?)\n"""', source, re.S).group(1).replace("\n", "")
    return np.frombuffer(base64.b64decode(encoded), dtype=np.int8).astype(int), cuts


CHAR_WEIGHTS, CHAR_CUTS = load_char_names()


def char_likeness(t):
    """For a word without a class: 8 + its spelling level (1..7), 8 more when it has a
    capital after a lower-case letter ("NoBiggieTV"); as CharNameModel.swift."""
    total = sum(CHAR_WEIGHTS[r] for r in rows_of(t.text))
    level = 1 + sum(1 for cut in CHAR_CUTS if total >= cut)
    camel = any("a" <= a <= "z" and "A" <= b <= "Z" for a, b in zip(t.text, t.text[1:]))
    return 8 + level + (8 if camel else 0)


TITLES = swift_set("Lexicon/NameWords.swift", "titles")
RELATIONS = swift_set("Lexicon/NameWords.swift", "relations")
ROLES = swift_set("Lexicon/NameWords.swift", "roles")
INTRODUCERS = swift_set("Lexicon/NameWords.swift", "introducers")
NAME = word_hash("name")
PLACE_CUES = swift_set("Tagger/TaggerFeatures.swift", "placeCues")
LEXICON = load_lexicon()
MID, COARSE = load_clusters(LEXICON)


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
    cluster = property(lambda self: (self.bits >> 17) & 0x7FF)
    likeness = property(lambda self: (self.bits >> 28) & 7)


def mid_cluster(e):
    """The middle class of a word's cluster + 1, 0 when it has none."""
    c = e.cluster
    return MID[c - 1] + 1 if c else 0


def coarse_cluster(e):
    c = e.cluster
    return COARSE[c - 1] + 1 if c else 0


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
    # Mirrors ScalarText.taggerSentenceStart: every symbol above U+2000, the right single
    # quote included, ends a thought (the rules' startsSentence skips that quote).
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
    """0 mixed, 1 mostly capitals, 2 mostly lower case, 3 title case (most words
    capitalised), as CaseProfile in NameLexiconRules.swift."""
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
    if words >= 4 and cap * 10 >= words * 7:
        return 3
    return 0


def name_score(e):
    if not e.is_name:
        return 20
    return min(6, max(-6, max(e.first, e.surname) - e.frequency)) + 6


def place_flags(e):
    return (1 if e.is_city else 0) | (2 if e.is_state else 0) | (4 if e.is_country else 0) | (
        8 if e.is_health else 0)


def name_levels(e):
    """First-name, surname and word levels in thirds, as one value (0..215)."""
    return (e.first // 3) * 36 + (e.surname // 3) * 6 + e.frequency // 3


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


def next_symbol(tokens, i):
    """What follows a word: 0 a word, 1 an apostrophe, 2 a comma, 3 a colon, 4 a full stop,
    5 other punctuation, 6 the end of the text."""
    if i + 1 >= len(tokens):
        return 6
    t = tokens[i + 1]
    if t.word:
        return 0
    return {"'": 1, "\u2019": 1, ",": 2, ":": 3, ".": 4}.get(t.first, 5)


BEGIN, END = 0x5EED0001, 0x5EED0002
TEMPLATES = (
    "bias word suffix prefix shape length firstName surname frequency nameScore placeFlags "
    "shapeNameScore shapeFrequency shapeSentenceStart previousWord nextWord previousWord2 "
    "nextWord2 previousShape nextShape previousSymbol caseProfile unused23 unused24 cue "
    "nextNameScore previousNameScore wordShape suffix2 nameLevels profileShapeNameScore cue2 "
    "previousWordShape nextWordShape position nextSymbol cluster clusterShape coarseShape "
    "previousMid nextMid midShape likenessShape profileLikeness").split()
T = {name: i + 1 for i, name in enumerate(TEMPLATES)}
# Features that name the word itself: dropped at random while training so the tagger
# also learns to recognise names it has never seen.
WORD_FEATURES = ("word", "wordShape")


def is_function_word(t, e):
    """Very common lower-case words that are never names ("the", "and", "was") are not
    scored at all; the Swift tagger skips the same ones."""
    return t.all_lower and e.frequency >= 12 and not e.is_name


def is_plain_lower_word(t, e):
    """In a text that uses capitals, a lower-case word that is not mostly a name is never
    reported as one, so it is not scored either (the Swift tagger does the same)."""
    likely = e.is_name and max(e.first, e.surname) - e.frequency >= 1
    return t.all_lower and not likely


def scored(tokens, entries, profile, i):
    t = tokens[i]
    return t.word and t.letter and not is_function_word(t, entries[i]) and not (
        profile != 2 and is_plain_lower_word(t, entries[i]))


CONJUNCTIONS = {word_hash(w) for w in ("and", "or", "&", "n", "vs", ",", "/", "+")}


def neighbour_name_score(tokens, shapes, entries, i, step):
    """The shape and name score of the next (step 1) or previous (-1) token; across a
    comma or "and" to the word beyond it ("Vin , Dwayne , Ty"), marked apart."""
    j = i + step
    if not 0 <= j < len(tokens):
        return 999
    k = j + step
    if LOOKTHROUGH and tokens[j].hash in CONJUNCTIONS and 0 <= k < len(tokens) and tokens[k].word:
        e = entries[k]
        return 1000 + (shapes[k] * 32 + name_score(e)) * 8 + e.likeness
    return shapes[j] * 32 + name_score(entries[j])


def static_features(tokens):
    """The scored tokens of a text: (token index, feature indices, predecessor), where the
    predecessor is -1 when the previous token is scored too (the labels chain), else the
    fixed previous state (3 at the start of the text, 0 after an unscored token)."""
    profile = case_profile(tokens)
    shapes = [shape(t) for t in tokens]
    entries = [Entry(LEXICON.get(t.hash, 0)) if t.word else NONE for t in tokens]
    n = len(tokens)
    out = []
    previous_scored = -1
    for i, t in enumerate(tokens):
        if not scored(tokens, entries, profile, i):
            continue
        sh = shapes[i]
        e = entries[i]
        ns = name_score(e)
        fr = e.frequency
        start = 1 if starts_sentence(tokens, i) else 0
        symbol = 0
        if i > 0 and not tokens[i - 1].word:
            first = tokens[i - 1].first
            symbol = 1 if first == "@" else 2 if first == "#" else 3
            if tokens[i - 1].end == t.start:
                symbol += 4
        previous_word = tokens[i - 1].hash if i > 0 else BEGIN
        next_word = tokens[i + 1].hash if i + 1 < n else END
        f = [
            ("bias", 0), ("word", t.hash), ("suffix", affix(t, True)),
            ("prefix", affix(t, False)), ("shape", sh),
            ("nameScore", ns), ("placeFlags", place_flags(e)),
            ("shapeNameScore", sh * 32 + ns), ("shapeFrequency", sh * 16 + fr),
            ("shapeSentenceStart", sh * 2 + start),
            ("previousWord", previous_word), ("nextWord", next_word),
            ("previousShape", (shapes[i - 1] if i > 0 else 8) * 16 + sh),
            ("nextShape", (shapes[i + 1] if i + 1 < n else 8) * 16 + sh),
            ("previousSymbol", symbol),
            ("caseProfile", profile * 8 + sh),
            ("cue", cue(tokens[i - 1].hash) if i > 0 and tokens[i - 1].word else 0),
            ("nextNameScore", neighbour_name_score(tokens, shapes, entries, i, 1)),
            ("previousNameScore", neighbour_name_score(tokens, shapes, entries, i, -1)),
            ("wordShape", (t.hash + sh) & M64),
            ("suffix2", affix(t, True, 2)),
            ("nameLevels", name_levels(e)),
            ("profileShapeNameScore", (profile * 8 + sh) * 32 + ns + start * 1024),
            ("cue2", cue(tokens[i - 2].hash) if i > 1 and tokens[i - 2].word else 0),
            ("previousWordShape", (previous_word + sh * 0x10001) & M64),
            ("nextWordShape", (next_word + sh * 0x10001) & M64),
            ("nextSymbol", next_symbol(tokens, i) * 8 + sh),
        ]
        likeness = e.likeness
        if likeness == 0 and CHAR_WEIGHTS is not None:
            likeness = char_likeness(t)
        if MID:
            f += [(name, value) for name, value in (
                ("cluster", e.cluster),
                ("clusterShape", e.cluster * 8 + sh),
                ("coarseShape", (profile * 8 + sh) * 64 + coarse_cluster(e)),
                ("previousMid", mid_cluster(entries[i - 1]) * 16 + sh if i > 0 else 9999),
                ("nextMid", mid_cluster(entries[i + 1]) * 16 + sh if i + 1 < n else 9999),
                ("midShape", mid_cluster(e) * 8 + sh),
                ("likenessShape", likeness * 8 + sh),
                ("profileLikeness", ((profile * 8 + sh) * 32 + likeness) * 2 + start),
            ) if name in CLUSTER_FEATURES]
        if DROP_FEATURES:
            f = [(a, b) for a, b in f if a not in DROP_FEATURES]
        idx = np.array([feature_index(T[a], b) for a, b in f], dtype=np.int64)
        predecessor = -1 if previous_scored == i - 1 and i > 0 else (3 if i == 0 else 0)
        if CHAIN and i > 1 and previous_scored == i - 2 and tokens[i - 1].hash in CONJUNCTIONS:
            predecessor = -2
        out.append((i, idx, predecessor))
        previous_scored = i
    return out


# Templates no longer used (their numbers stay reserved in the Swift enum): the previous
# label (now the decoder's transitions), and length, first-name, surname and frequency
# levels and the words two away, which added nothing once nameLevels was there, and the
# position after leading @-handles (nothing measurable; dropped to pay for the spelling
# model).
RETIRED = ("unused23", "unused24", "length", "firstName", "surname", "frequency",
           "previousWord2", "nextWord2", "position")
DROP_COLUMNS = [k for k, name in enumerate(
    [a for a in TEMPLATES if a not in RETIRED and a not in DROP_FEATURES])
    if name in WORD_FEATURES]


# ---------------------------------------------------------------- decoding
def chain_scores(E, predecessors, Tr, reduce):
    """Forward and backward scores over the scored tokens (emissions E (n, 3), transitions
    Tr (7, 3); a chain restarts where the predecessor is a fixed state). With `reduce` a
    maximum they are Viterbi scores; with a log-sum-exp, a CRF's log-potentials."""
    n = len(E)
    alpha = np.empty((n, 3))
    for k in range(n):
        p = predecessors[k]
        if p < 0:
            rows = Tr[:3] if p == -1 else Tr[4:7]
            alpha[k] = E[k] + reduce(alpha[k - 1][:, None] + rows, 0)
        else:
            alpha[k] = E[k] + Tr[p]
    beta = np.zeros((n, 3))
    for k in range(n - 2, -1, -1):
        if predecessors[k + 1] < 0:
            rows = Tr[:3] if predecessors[k + 1] == -1 else Tr[4:7]
            beta[k] = reduce(rows + (E[k + 1] + beta[k + 1])[None, :], 1)
    return alpha, beta


def max_marginals(E, predecessors, Tr):
    """Per scored token and label, the score of the best labelling through that label.
    The argmax of each row is the Viterbi labelling."""
    alpha, beta = chain_scores(E, predecessors, Tr, lambda a, axis: a.max(axis=axis))
    return alpha + beta


def decode(E, predecessors, Tr):
    mm = max_marginals(E, predecessors, Tr)
    labels = mm.argmax(axis=1)
    # ties go to "none", as in Swift
    labels[mm[np.arange(len(mm)), labels] == mm[:, 0]] = 0
    return labels


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
    """Tokens and gold labels of a CoNLL document, joined as the Swift reader does; the
    `scored` list marks tokens the evaluation counts (words that are not handles)."""
    text, spans, offset, join = "", [], 0, False
    for word, tag in rows:
        if transform:
            word = transform(word)
        if text and not join:
            text += " "
            offset += 1
        spans.append((offset, offset + len(word), label_of(tag), word == "@" or join))
        text += word
        offset += len(word)
        join = word == "@"
    tokens = tokenize(text)
    labels, counted = [], []
    after_at = False
    for t in tokens:
        label = 0
        handle = False
        for start, end, lab, is_handle in spans:
            if start < t.end and t.start < end:
                label, handle = lab, is_handle
                break
        if after_at and t.word:
            label = 0
        labels.append(label)
        counted.append(t.word and not handle and not after_at)
        after_at = (not t.word) and t.first == "@"
    return tokens, labels, counted


def prepare(docs, augment):
    examples = []
    for rows in docs:
        examples.append(build(rows))
        if augment:
            r = random.random()
            if r < 0.3:
                examples.append(build(rows, str.lower))
            elif r < 0.4:
                examples.append(build(rows, str.upper))
            elif r < 0.5:
                examples.append(build(rows, str.title))
    data = []
    for tokens, labels, counted in examples:
        feats = static_features(tokens)
        if not feats:
            data.append((None, None, None, labels, counted, len(tokens)))
            continue
        positions = np.array([i for i, _, _ in feats])
        idx = np.stack([f for _, f, _ in feats])
        preds = [p for _, _, p in feats]
        gold = np.array([labels[i] for i in positions])
        data.append((positions, idx, preds, gold, counted, labels))
    return data


def predict(data_item, W, Tr, bias=0.0):
    positions, idx, preds = data_item[0], data_item[1], data_item[2]
    if positions is None:
        return None
    E = W[idx].sum(axis=1)
    E[:, 0] -= bias
    return decode(E, preds, Tr)


def evaluate(name, data, W, Tr, bias=0.0):
    tp = fp = fn = 0
    for item in data:
        positions = item[0]
        labels = item[5] if positions is not None else item[3]
        counted = item[4]
        predicted = [0] * len(counted)
        if positions is not None:
            for i, lab in zip(positions, predict(item, W, Tr, bias)):
                predicted[i] = lab
        for i, c in enumerate(counted):
            if not c:
                continue
            g, p = labels[i] == 1, predicted[i] == 1
            tp += g and p
            fp += p and not g
            fn += g and not p
    return person_f1(name, bias, tp, fp, fn)


def person_f1(name, bias, tp, fp, fn):
    """Person-token precision, recall and F1 from the counts, printed as one line; returns F1."""
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    print(f"  {name:12} bias {bias:5.1f} person P {prec:.3f} R {rec:.3f} F1 {f1:.3f}",
          file=sys.stderr, flush=True)
    return f1


def logsumexp(a, axis):
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def crf_gradients(E, predecessors, gold, Tr):
    """Gold minus expected label counts of a linear-chain CRF over the same structure as
    `chain_scores`: per-token emission gradients (n, 3) and the transition gradient."""
    n = len(E)
    alpha, beta = chain_scores(E, predecessors, Tr, logsumexp)
    ab = alpha + beta
    logz = logsumexp(ab, 1)
    marg = np.exp(ab - logz[:, None])
    G = -marg
    G[np.arange(n), gold] += 1
    T = np.zeros_like(Tr)
    for k in range(n):
        p = predecessors[k]
        if p < 0:
            off = 0 if p == -1 else 4
            rows = Tr[off:off + 3]
            pair = np.exp(alpha[k - 1][:, None] + rows + (E[k] + beta[k])[None, :] - logz[k])
            T[off:off + 3] -= pair
            T[off + gold[k - 1], gold[k]] += 1
        else:
            T[p] += G[k]
    return G, T


def with_dropout(idx, dropout, dump):
    """The feature rows of a document with each word feature sent to the `dump` row at
    random (rate `dropout`), so the model learns names from shape, lexicons and context."""
    if dropout <= 0:
        return idx
    idx = idx.copy()
    for col in DROP_COLUMNS:
        mask = np.random.random(len(idx)) < dropout
        idx[mask, col] = dump
    return idx


def train_crf(data, epochs, dropout, dev=None):
    """The same model fitted as a conditional random field: stochastic gradient ascent on
    the log-likelihood (every token updated by gold minus expected counts), L2 decay
    (CRF_L2 per document) and the average of snapshots taken every 100 documents."""
    size = 1 << TABLE_BITS
    dump = size
    W = np.zeros((size + 1, 3))
    Tr = np.zeros((7, 3))
    Ws = np.zeros((size + 1, 3))
    Trs = np.zeros((7, 3))
    snapshots = 0
    items = [d for d in data if d[0] is not None]
    for epoch in range(epochs):
        random.shuffle(items)
        lr = CRF_RATE / (1 + epoch * CRF_DECAY)
        for n, (positions, idx, preds, gold, _, _) in enumerate(items):
            idx = with_dropout(idx, dropout, dump)
            E = W[idx].sum(axis=1)
            G, T = crf_gradients(E, preds, gold, Tr)
            F = idx.shape[1]
            np.add.at(W, idx.ravel(), np.repeat(G * lr, F, axis=0))
            Tr += lr * T
            if n % 100 == 99:
                if CRF_L2 > 0:
                    W *= 1 - lr * CRF_L2 * 100
                if epoch >= CRF_AVERAGE_FROM:
                    Ws += W
                    Trs += Tr
                    snapshots += 1
        print(f"epoch {epoch + 1} (crf, rate {lr:.3f})", file=sys.stderr)
        if dev and (epoch + 1) % 5 == 0 and snapshots:
            for name, d in dev:
                evaluate(name, d, Ws / snapshots * CRF_UNIT, Trs / snapshots * CRF_UNIT, NONE_BIAS)
    # In the perceptron's units, so the none-bias, the lexicon veto and the confidences
    # keep their meaning (a log-odds of 1 is about 15 of them).
    return (Ws / snapshots)[:size] * CRF_UNIT, Trs / snapshots * CRF_UNIT


def train(data, epochs, dropout, dev=None):
    if TRAINER == "crf":
        return train_crf(data, epochs, dropout, dev)
    size = 1 << TABLE_BITS
    dump = size  # dropped features update this row, thrown away at the end
    W = np.zeros((size + 1, 3))
    U = np.zeros((size + 1, 3))
    Tr = np.zeros((7, 3))
    TrU = np.zeros((7, 3))
    c = 1
    items = [d for d in data if d[0] is not None]
    for epoch in range(epochs):
        random.shuffle(items)
        errors = total = 0
        for positions, idx, preds, gold, _, _ in items:
            idx = with_dropout(idx, dropout, dump)
            E = W[idx].sum(axis=1)
            pred = decode(E, preds, Tr)
            total += len(gold)
            wrong = np.nonzero(pred != gold)[0]
            if len(wrong):
                errors += len(wrong)
                rows = idx[wrong]
                F = rows.shape[1]
                g = np.repeat(gold[wrong], F)
                p = np.repeat(pred[wrong], F)
                flat = rows.ravel()
                np.add.at(W, (flat, g), 1.0)
                np.add.at(W, (flat, p), -1.0)
                np.add.at(U, (flat, g), c)
                np.add.at(U, (flat, p), -c)
                for k in range(len(gold)):
                    pp = preds[k]
                    across = 4 if pp == -2 else 0
                    gp = gold[k - 1] + across if pp < 0 else pp
                    qp = pred[k - 1] + across if pp < 0 else pp
                    if gp != qp or gold[k] != pred[k]:
                        Tr[gp, gold[k]] += 1
                        Tr[qp, pred[k]] -= 1
                        TrU[gp, gold[k]] += c
                        TrU[qp, pred[k]] -= c
            c += 1
        print(f"epoch {epoch + 1}: {errors} errors in {total} tokens", file=sys.stderr)
        if dev and (epoch + 1) % 5 == 0:
            Wa, Tra = W - U / c, Tr - TrU / c
            for name, d in dev:
                evaluate(name, d, Wa, Tra)
    return (W - U / c)[:size], Tr - TrU / c


def main():
    random.seed(SEED)
    np.random.seed(SEED)
    docs = read_conll(os.path.join(TEXT, "wnut17", "wnut17train.conll"))
    docs += read_conll(os.path.join(TEXT, "btc", "btc.train"))
    # Teacher-labelled ("silver") texts from scripts/label-silver.py, trained on like gold.
    for path in os.environ.get("SILVER", "").split():
        docs += read_conll(path)
    data = prepare(docs, augment=True)
    print(f"{len(data)} documents", file=sys.stderr)
    dev = None
    if "--dev" in sys.argv:
        dev = [(n, prepare(read_conll(os.path.join(TEXT, *p)), augment=False)) for n, p in (
            ("wnut17-dev", ("wnut17", "emerging.dev.conll")),
            ("wnut17-test", ("wnut17", "emerging.test.annotated")),
            ("btc-dev", ("btc", "btc.dev")))]
    W = Tr = None
    for run in range(RUNS):
        random.seed(SEED + run)
        np.random.seed(SEED + run)
        Wr, Trr = train(data, EPOCHS, DROPOUT, dev if run == RUNS - 1 else None)
        W = Wr if W is None else W + Wr
        Tr = Trr if Tr is None else Tr + Trr
    W, Tr = W / RUNS, Tr / RUNS
    if dev:
        print("final:", file=sys.stderr)
        biases = os.environ.get("BIASES")
        biases = [float(b) for b in biases.split()] if biases else sorted({0, NONE_BIAS, NONE_BIAS + 4})
        for bias in biases:
            for name, d in dev:
                evaluate(name, d, W, Tr, bias)
    if "--no-write" in sys.argv:
        return
    scale = max(np.abs(W).max(), np.abs(Tr).max()) / 127.0
    quantised = np.clip(np.round(W / scale), -127, 127).astype(np.int8)
    transitions = np.clip(np.round(Tr / scale), -127, 127).astype(int)
    encoded = base64.b64encode(quantised.tobytes()).decode()
    lines = [encoded[i:i + 120] for i in range(0, len(encoded), 120)]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/train-tagger.py; do not edit. Trained on WNUT17 and Broad\n")
        f.write("// Twitter Corpus training splits (CC BY 4.0). See docs/detection.md.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("enum TaggerWeights {\n")
        f.write(f"  static let tableBits = {TABLE_BITS}\n")
        f.write(f"  static let scale: Float = {scale:.9g}\n")
        f.write("  /// Label transitions (quantised like the weights): from none, person, place, the\n")
        f.write("  /// start of the text, and none, person, place across a conjunction (rows) to none,\n")
        f.write("  /// person, place (columns).\n")
        f.write(f"  static let noneBias: Int32 = {int(round(NONE_BIAS / scale))}\n")
        f.write("  static let transitions: [Int32] = [\n")
        for row in transitions:
            f.write("    " + ", ".join(str(v) for v in row) + ",\n")
        f.write("  ]\n")
        f.write("  /// (1 << tableBits) rows of three Int8 weights (none, person, place), base64 in lines.\n")
        f.write('  static let base64 = """\n')
        f.write("\n".join(lines))
        f.write('\n"""\n}\n')
    print(f"wrote {OUT} ({os.path.getsize(OUT) / 1e6:.2f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
