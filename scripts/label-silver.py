#!/usr/bin/env python3
"""Labels unlabelled in-domain text with the fine-tuned teacher (scripts/train-teacher.py
--save DIR) and writes it as CoNLL ("word<TAB>tag", a blank line between texts) for
scripts/train-tagger.py to train on besides the gold tweets (SILVER=FILE).

Sources (never a dev or test split): tweeteval-offensive's 860 tweets, the YouTube spam
collection's 700 comments, reddit-mental-health's posts.dev.jsonl (1,560 posts) and the
1,000 MeQSum questions, from ../shared/corpus/text. Long texts are cut into pieces of at
most MAX_WORDS tokens at sentence ends so each fits the encoder. Tokens are the Swift
tokenizer's (as mirrored in train-tagger.py); a token is B-person / I-person /
B-location / I-location when the teacher's probability of that label is highest, after
BIAS is taken off the log-probability of "none" (0 = the plain argmax); with CONFIDENT, a
piece where the teacher's top probability for some word is lower is left out.

Run from the package root:
    OMP_NUM_THREADS=1 nice -n 19 python3 scripts/label-silver.py /tmp/teacher/a silver.conll
"""
import csv
import importlib.util
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("teacher", os.path.join(HERE, "train-teacher.py"))
teacher = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(teacher)
tagger = teacher.tagger
import torch  # noqa: E402

MAX_WORDS = int(os.environ.get("MAX_WORDS", 60))
BIAS = float(os.environ.get("BIAS", 0))
# Pieces where the teacher is unsure of a word (its top probability below CONFIDENT) are
# left out, so fewer of its errors reach the tagger (0 keeps every piece).
CONFIDENT = float(os.environ.get("CONFIDENT", 0))


def texts():
    text = tagger.TEXT
    for line in open(os.path.join(text, "tweeteval-offensive", "offensive_test_text.txt"),
                     encoding="utf-8"):
        if line.strip():
            yield line.strip()
    for name in ("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv"):
        with open(os.path.join(text, "youtube-spam", name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                yield row["CONTENT"]
    for name in (("reddit-mental-health", "posts.dev.jsonl"),
                 ("meqsum", "meqsum_questions.jsonl")):
        for line in open(os.path.join(text, *name), encoding="utf-8"):
            yield json.loads(line)["text"]


def pieces(text):
    """Lists of token texts of at most MAX_WORDS tokens, cut after a sentence end."""
    tokens = [t.text for t in tagger.tokenize(text)]
    out, current = [], []
    for k, t in enumerate(tokens):
        current.append(t)
        end = t in (".", "!", "?", "\u2026") and (k + 1 == len(tokens) or tokens[k + 1] not in
                                                   (".", "!", "?"))
        if (end and len(current) >= 8) or len(current) >= MAX_WORDS:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def main():
    model_dir, out_path = sys.argv[1], sys.argv[2]
    model = teacher.Teacher()
    model.load_state_dict(torch.load(os.path.join(model_dir, "teacher.pt")))
    items = []
    for text in texts():
        for words in pieces(text):
            rows = [(w, "O") for w in words]
            items.append(teacher.example(rows))
    print(f"{len(items)} pieces", file=sys.stderr, flush=True)
    probs = teacher.token_probabilities(model, items)
    names = ("O", "person", "location")
    people = written = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for x, p in zip(items, probs):
            if CONFIDENT and any(t.word and p[k].sum() > 0 and p[k].max() < CONFIDENT
                                 for k, t in enumerate(x["tokens"])):
                continue
            written += 1
            previous = 0
            # tokens of build() are the rows' words again (each word re-tokenizes to itself)
            labels = []
            for k in range(len(x["tokens"])):
                s = np.log(p[k] + 1e-9)
                s[0] -= BIAS
                labels.append(int(s.argmax()) if p[k].sum() > 0 else 0)
            for t, label in zip(x["tokens"], labels):
                if label == 0:
                    tag = "O"
                else:
                    tag = ("I-" if previous == label else "B-") + names[label]
                    people += label == 1
                previous = label
                f.write(f"{t.text}\t{tag}\n")
            f.write("\n")
    print(f"wrote {out_path}: {written} of {len(items)} texts, {people} person tokens",
          file=sys.stderr)


if __name__ == "__main__":
    main()
