"""The spelling model's letter n-grams (Tagger/CharNameModel.swift), shared by
build-charnames.py, which fits the model, and train-tagger.py, which reads it."""

TABLE_BITS = 14
MASK = (1 << TABLE_BITS) - 1
M64 = (1 << 64) - 1
OFFSET = 0xCBF29CE484222325
PRIME = 0x100000001B3
BEGIN, END = "\x02", "\x03"


def gram_hash(s):
    """FNV-1a over the UTF-8 of each scalar lower-cased on its own, as the Swift code does."""
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
    """Rows of every 2-, 3- and 4-gram of the word between its beginning and end marks."""
    padded = BEGIN + word + END
    out = []
    for n in (2, 3, 4):
        for start in range(0, len(padded) - n + 1):
            out.append(row(n, gram_hash(padded[start:start + n])))
    return out
