#!/usr/bin/env python3
"""Regenerate the compressed reference tables embedded in corridor-reference.

Usage (from the repository root, Python 3.9+, standard library only):

    python3 crates/corridor-reference/data/prepare.py            # write *.tsv.gz
    python3 crates/corridor-reference/data/prepare.py --evaluate # label accuracy
    python3 crates/corridor-reference/data/prepare.py --train    # refit weights

The source CSV files live in `../shared/data` next to the repository (set
CORRIDOR_SHARED_DATA to point elsewhere). The output is deterministic: the
same input gives byte-identical files (gzip mtime is 0, rows are sorted).

Output format: UTF-8 TSV, one record per line, no header. Inside a field a
backslash escapes `\\`, `\t` and `\n`; lists are joined with `|` (no ESCO
label contains `|`; the script asserts it).

The hard part is the ESCO skills file `skills_labels_en.csv`: its single text
column runs the preferred label, the alternative labels and the description
together with nothing between them. See README.md in this folder for the
heuristic that splits it; the code is in `Corpus.description_start` and
`first_label_length` below.
"""

import argparse
import collections
import csv
import gzip
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))
SHARED = os.environ.get("CORRIDOR_SHARED_DATA", DEFAULT_SHARED)
ESCO = os.path.join(SHARED, "esco")
WHO = os.path.join(SHARED, "who")

OCC_PREFIX = "http://data.europa.eu/esco/occupation/"
SKILL_PREFIX = "http://data.europa.eu/esco/skill/"
ISCO_UNIT_LEVEL = 4


# ---------------------------------------------------------------- helpers

def clean_text(s):
    """Collapse whitespace (keeping paragraph newlines) and drop zero-width spaces."""
    s = s.replace("\u200b", "").replace("\r", "")
    lines = [" ".join(line.split()) for line in s.split("\n")]
    return "\n".join(line for line in lines if line)


def one_line(s):
    return " ".join(s.replace("\u200b", "").split())


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def join_list(items):
    for it in items:
        assert "|" not in it, it
    return "|".join(items)


def write_gz(name, rows):
    body = "".join("\t".join(esc(f) for f in row) + "\n" for row in rows).encode("utf-8")
    path = os.path.join(HERE, name)
    with open(path, "wb") as f:
        f.write(gzip.compress(body, compresslevel=9, mtime=0))
    print(f"wrote {name}: {len(rows)} rows, {len(body)} bytes raw, {os.path.getsize(path)} gzipped")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def uuid_of(uri, prefix):
    assert uri.startswith(prefix), uri
    return uri[len(prefix):]


# ---------------------------------------------------------------- ISCO and occupations

def isco_rows():
    rows = []
    for r in read_csv(os.path.join(ESCO, "ISCOGroups_en.csv")):
        rows.append((r["code"], one_line(r["preferredLabel"]), clean_text(r["description"])))
    rows.sort()
    levels = collections.Counter(len(code) for code, _, _ in rows)
    assert levels == {1: 10, 2: 43, 3: 130, 4: 436}, levels
    return rows


def occupation_rows(isco_codes):
    rows = []
    for r in read_csv(os.path.join(ESCO, "occupations_en.csv")):
        isco = r["iscoGroup"].strip()
        assert len(isco) == ISCO_UNIT_LEVEL and isco in isco_codes, isco
        label = one_line(r["preferredLabel"])
        alts = []
        for a in r["altLabels"].split("\n"):
            a = one_line(a)
            if a and a != label and a not in alts:
                alts.append(a)
        rows.append((uuid_of(r["conceptUri"], OCC_PREFIX), isco, label, join_list(alts),
                     clean_text(r["description"])))
    # Sorted by ISCO code, then label, so a code prefix is one contiguous range.
    rows.sort(key=lambda row: (row[1], row[2], row[0]))
    assert len(rows) == 2942, len(rows)
    return rows


def who_rows():
    rows = []
    for r in read_csv(os.path.join(WHO, "health_workforce_support_and_safeguards_list_2023.csv")):
        rows.append((r["iso3"].strip(), one_line(r["country"]), r["who_region"].strip()))
    rows.sort()
    assert len(rows) == 55, len(rows)
    return rows


# ---------------------------------------------------------------- skills: clean labels

def clean_skill_labels():
    """Skills whose preferred label is given cleanly by another ESCO file.

    Returns {uri: (label, [alt labels], description)}. The collection files
    come from a slightly different ESCO release than skills_labels_en.csv, so
    their labels are authoritative ESCO labels but may differ from the run-on
    text (a handful of labels were renamed between releases).
    """
    out = {}
    for name in ("languageSkillsCollection_en.csv", "transversalSkillsCollection_en.csv",
                 "ictSkillsCollection_en.csv"):
        for r in read_csv(os.path.join(ESCO, name)):
            alts = [one_line(a) for a in r["altLabels"].split(" | ") if one_line(a)]
            out.setdefault(r["conceptUri"], (one_line(r["preferredLabel"]), alts,
                                             clean_text(r["description"])))
    for r in read_csv(os.path.join(ESCO, "skillGroups_en.csv")):
        alts = [one_line(a) for a in r["altLabels"].split("\n") if one_line(a)]
        out.setdefault(r["conceptUri"], (one_line(r["preferredLabel"]), alts,
                                         clean_text(r["description"])))
    # skillsHierarchy_en.csv only names the S/K/T/L hierarchy nodes, which are not
    # in skills_labels_en.csv, so it adds no labels here.
    return out


def language_skill_uris():
    return {r["conceptUri"] for r in read_csv(os.path.join(ESCO, "languageSkillsCollection_en.csv"))}


# ---------------------------------------------------------------- skills: splitting the run-on text

SENTENCE_END = (".", ":", "?", "!", ";")
FUNCTION_WORDS = {"of", "and", "to", "in", "for", "with", "on", "a", "an", "or", "from", "by", "at",
                  "into", "as", "about", "under", "within", "between", "through", "its", "their",
                  "your", "own"}
MIN_START_COUNT = 3
MAX_LABEL_TOKENS = 25


def letters(t):
    return re.sub(r"[^A-Za-z]", "", t)


def is_acronym(t):
    l = letters(t)
    return len(l) >= 2 and sum(c.isupper() for c in l) >= 2


def norm(t):
    return t.lower().strip(",;:()")


def nz(t):
    """Lower-case, strip punctuation and a plural s: the key for 'same word'."""
    t = norm(t)
    if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


def stem_match(a, b):
    """Two words share a stem: a common prefix of 5 letters, or all but the last letter."""
    a = a.lower()
    b = b.lower()
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 2 and n >= min(5, len(a) - 1, len(b) - 1)


def appears(seq, phrase, start):
    n = len(phrase)
    if n == 0:
        return False
    for j in range(start, len(seq) - n + 1):
        if seq[j:j + n] == phrase:
            return True
    return False


class Corpus:
    """Corpus-wide word statistics the splitter needs (all computed from the input)."""

    def __init__(self, texts):
        self.low = collections.Counter()  # lower-case occurrences of a word
        self.start = collections.Counter()  # word starts the description, unambiguous texts
        for tokens in texts:
            for t in tokens:
                if t[:1].islower():
                    self.low[letters(t).lower()] += 1
            cands = self.capital_candidates(tokens)
            if len(cands) == 1:
                self.start[letters(tokens[cands[0]])] += 1
        self.first = collections.Counter()  # word starts a label run (= a preferred label)
        self.last = collections.Counter()  # word ends a label run (= ends some label)
        self.count = collections.Counter()  # word occurrences in label runs
        self.bigram = collections.Counter()
        self.runs = []
        for tokens in texts:
            i = self.description_start(tokens)
            run = tokens[:i] if i is not None else tokens
            self.runs.append(run)
            self.first[norm(run[0])] += 1
            self.last[norm(run[-1])] += 1
            for j, t in enumerate(run):
                self.count[norm(t)] += 1
                if j:
                    self.bigram[(norm(run[j - 1]), norm(t))] += 1

    @staticmethod
    def capital_candidates(tokens):
        """Positions where a capitalised word could open the description."""
        return [i for i in range(1, len(tokens))
                if tokens[i][:1].isupper() and not is_acronym(tokens[i])
                and not tokens[i - 1].endswith(SENTENCE_END)]

    def description_start(self, tokens):
        """Index of the first description word, or None when there is none.

        The description begins at the first capitalised word that starts a
        sentence. Capitalised words inside labels are proper names or acronyms
        ("write Hungarian", "use Microsoft Office", "ICT"), so a candidate is
        skipped when it is an acronym, when the same capitalised word occurs
        again in the text (names repeat across the alternative labels), or
        when the word is never written in lower case anywhere in ESCO and
        never opens a description. Candidates that often open descriptions
        elsewhere (counted on texts with a single candidate) are preferred,
        and a capitalised word right after another non-name capitalised word
        is treated as the continuation of a name ("Global Positioning System").
        """
        cands = self.capital_candidates(tokens)
        if not cands:
            return None
        caps = collections.Counter(letters(tokens[i]) for i in cands)

        def is_name(t):
            w = letters(t)
            return caps[w] > 1 or is_acronym(t) or (self.start[w] == 0 and self.low[w.lower()] == 0)

        def continues_name(i):
            p = tokens[i - 1]
            return p[:1].isupper() and not is_name(p)

        def opens_name(i):
            return (i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and is_name(tokens[i + 1])
                    and not tokens[i].endswith(SENTENCE_END + (",",)))

        def often_starts(i):
            return self.start[letters(tokens[i])] >= MIN_START_COUNT

        passes = (lambda i: often_starts(i) and not continues_name(i),
                  often_starts,
                  lambda i: not continues_name(i) and not opens_name(i))
        for accept in passes:
            for i in cands:
                if not is_name(tokens[i]) and accept(i):
                    return i
        return cands[0]

    # --- word-level probabilities used as features
    def ls(self, w):
        return math.log((self.first[w] + 0.2) / (self.count[w] + 1))

    def le(self, w):
        return math.log((self.last[w] + 0.2) / (self.count[w] + 1))

    def lemma(self, w):
        w = norm(w)
        if w.endswith("ing") and len(w) > 5:
            base = w[:-3]
            for c in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else None):
                if c and self.first[c] > 0:
                    return c
            return base
        return w


# Feature weights of the first-label chooser, fitted by `--train` (a
# conditional-logit model over the candidate lengths; see README.md).
WEIGHTS = None  # filled in below, after FEATURE_NAMES
FEATURE_NAMES = [
    "repeated word inside label", "last word in description", "next word in description",
    "last word ends runs", "last word is last of run", "last word is function word",
    "last word ends with comma", "last word starts runs", "next word starts runs",
    "next word (lemma) starts runs", "next word shares stem with first", "next word is function word",
    "next word is 'the'", "bigram repeats in run", "bigram frequency", "next word capitalised",
    "next word echoes label", "no alternative labels", "label tail repeats", "label tail repeats (maximal)",
    "whole label repeats (maximal)", "label tail echoed at once", "log length", "label ends with ')'",
    "one-word label",
]
WEIGHTS = [-2.19, 0.51, -0.43, 1.05, 1.12, -0.9, -1.51, -0.04, 0.24, 0.13, 2.03, -1.35, 1.01,
           -0.79, -0.17, 0.6, -0.58, -1.41, 1.43, 1.11, 0.13, 1.37, -1.51, 0.92, -0.54]
EXCLUDED = -1e3


def candidate_features(corpus, run, desc):
    """Feature vectors for each candidate length k = 1..K of the first label of `run`.

    Returns a list of (features, penalty); penalty is EXCLUDED for lengths that
    would split inside parentheses or keep a word twice in a row.
    """
    nr = [nz(t) for t in run]
    lr = [norm(t) for t in run]
    local = collections.Counter(zip(lr, lr[1:]))
    in_desc = {}

    def described(w):
        if w not in in_desc:
            in_desc[w] = any(stem_match(w, t) for t in desc)
        return in_desc[w]

    def tail_repeats(k):
        return 2 <= k <= len(nr) and appears(nr, nr[1:k], k)

    def label_repeats(k):
        return k <= len(nr) and appears(nr, nr[:k], k)

    out = []
    depth = 0
    seen = []
    dup = False
    immediate_dup = False
    for k in range(1, min(len(run), MAX_LABEL_TOKENS) + 1):
        a = run[k - 1]
        na = lr[k - 1]
        depth += a.count("(") - a.count(")")
        t = nr[k - 1]
        if k >= 2 and t == nr[k - 2]:
            immediate_dup = True
        if t not in FUNCTION_WORDS and len(t) > 2 and any(stem_match(t, s) for s in seen):
            dup = True
        seen.append(t)
        end = k == len(run)
        if not end:
            b = run[k]
            nb = lr[k]
            nxt = [1.0 if described(nr[k]) else 0.0,
                   corpus.ls(nb), corpus.ls(corpus.lemma(b)) if nb.endswith("ing") else corpus.ls(nb),
                   1.0 if stem_match(b, run[0]) else 0.0, 1.0 if nb in FUNCTION_WORDS else 0.0,
                   1.0 if nb == "the" else 0.0, math.log(local[(na, nb)]),
                   math.log(1 + corpus.bigram[(na, nb)]), 1.0 if b[:1].isupper() else 0.0,
                   1.0 if nr[k] in set(nr[1:k]) else 0.0]
        else:
            nxt = [0.0] * 10
        echo = any(nr[k - m:k] == nr[k:k + m] for m in range(1, k + 1))
        rep = tail_repeats(k)
        whole = k >= 2 and label_repeats(k)
        x = [1.0 if dup else 0.0, 1.0 if described(t) else 0.0, nxt[0],
             corpus.le(na), 1.0 if na == lr[-1] else 0.0, 1.0 if na in FUNCTION_WORDS else 0.0,
             1.0 if a.endswith(",") else 0.0, corpus.ls(na)] + nxt[1:] + [
            1.0 if end else 0.0, 1.0 if rep else 0.0, 1.0 if rep and not tail_repeats(k + 1) else 0.0,
            1.0 if whole and not label_repeats(k + 1) else 0.0, 1.0 if echo else 0.0,
            math.log(k), 1.0 if a.endswith(")") else 0.0, 1.0 if k == 1 else 0.0]
        penalty = EXCLUDED if depth > 0 or immediate_dup else 0.0
        out.append((x, penalty))
    assert len(out[0][0]) == len(FEATURE_NAMES)
    return out


def ranked_lengths(corpus, run, desc, weights=None):
    """Candidate lengths of the first label of `run`, best first."""
    w = weights or WEIGHTS
    scored = []
    for k, (x, penalty) in enumerate(candidate_features(corpus, run, desc), 1):
        scored.append((-(sum(a * b for a, b in zip(w, x)) + penalty), k))
    scored.sort()
    return [k for _, k in scored]


def first_label_length(corpus, run, desc, weights=None):
    """Number of tokens of the first label in a run of concatenated labels."""
    return ranked_lengths(corpus, run, desc, weights)[0]


MAX_UNIQUE_ROUNDS = 10


def unique_heuristic_labels(corpus, uris, texts, clean):
    """Preferred labels of the skills without a clean one, made unique.

    ESCO preferred labels are unique, so when the best candidate of several
    skills is the same string ("carry out", "set up": a phrasal verb cut
    short), or equals a clean label, each of those skills moves on to its next
    best candidate, until no label is shared.
    Returns {uri: label}.
    """
    taken = collections.Counter(label.lower() for label, _, _ in clean.values())
    ranked = {}
    choice = {}
    for uri, run in zip(uris, corpus.runs):
        if uri in clean:
            continue
        desc = [nz(t) for t in texts[uri][len(run):]]
        ranked[uri] = (run, ranked_lengths(corpus, run, desc))
        choice[uri] = 0

    def label(uri):
        run, ks = ranked[uri]
        return " ".join(run[:ks[choice[uri]]])

    for _ in range(MAX_UNIQUE_ROUNDS):
        counts = taken + collections.Counter(label(u).lower() for u in choice)
        moved = False
        for uri in sorted(choice):
            if counts[label(uri).lower()] > 1 and choice[uri] + 1 < len(ranked[uri][1]):
                choice[uri] += 1
                moved = True
        if not moved:
            break
    return {uri: label(uri) for uri in choice}


def load_skill_texts():
    rows = read_csv(os.path.join(ESCO, "skills_labels_en.csv"))
    texts = {}
    for r in rows:
        texts[r["id"]] = one_line(r["description"]).split(" ")
    assert len(texts) == 13939, len(texts)
    return texts


def skill_rows(corpus, uris, texts, clean):
    """One row per skill: uuid, label, alt labels, label text, description, source.

    `label text` is the run of labels exactly as ESCO gives it (preferred and
    alternative labels run together): it is what search matches. Alternative
    labels are listed only where a clean source gives them; splitting the rest
    of the run into labels is far less reliable than finding the first label
    (fragments like "users and" would pollute exact-label search).
    Source `c`: label from a clean ESCO file; `h`: label from the heuristic.
    """
    heuristic = unique_heuristic_labels(corpus, uris, texts, clean)
    rows = []
    for uri, run in zip(uris, corpus.runs):
        desc_tokens = texts[uri][len(run):]
        if uri in clean:
            label, alts, desc = clean[uri]
            source = "c"
        else:
            label, alts = heuristic[uri], []
            desc = " ".join(desc_tokens)
            source = "h"
        uniq = []
        for a in alts:
            if a != label and a not in uniq:
                uniq.append(a)
        rows.append((uuid_of(uri, SKILL_PREFIX), label, join_list(uniq), " ".join(run), desc, source))
    rows.sort()
    return rows


# ---------------------------------------------------------------- evaluation and training

def truth_labels():
    """Hand-checked preferred labels for a random sample of skills (skill_label_truth.tsv)."""
    out = {}
    with open(os.path.join(HERE, "skill_label_truth.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            uuid, label = line.rstrip("\n").split("\t")
            out[SKILL_PREFIX + uuid] = label
    return out


def labelled_cases(corpus, uris, texts, clean, truth):
    """(uri, run, description tokens, true first-label length, group) for evaluation."""
    langs = language_skill_uris()
    index = {u: i for i, u in enumerate(uris)}
    cases = []
    for uri, label in list((u, v[0]) for u, v in clean.items()) + list(truth.items()):
        if uri not in index:
            continue
        run = corpus.runs[index[uri]]
        # Only where the clean label really is the start of the run-on text (same ESCO release).
        if not (" ".join(run) + " ").startswith(label + " "):
            continue
        group = "truth" if uri in truth else ("language" if uri in langs else "collections")
        desc = [nz(t) for t in texts[uri][len(run):]]
        cases.append((uri, run, desc, len(label.split()), group))
    return cases


def description_accuracy(corpus, uris, texts, clean):
    ok = n = 0
    index = {u: i for i, u in enumerate(uris)}
    for uri, (_, _, desc) in clean.items():
        if uri not in index:
            continue
        text = " ".join(texts[uri])
        if not text.endswith(" " + " ".join(desc.split())):
            continue
        n += 1
        ok += " ".join(texts[uri][len(corpus.runs[index[uri]]):]) == " ".join(desc.split())
    return ok, n


def accuracy(corpus, cases, weights=None):
    by = collections.defaultdict(lambda: [0, 0])
    for uri, run, desc, k, group in cases:
        by[group][1] += 1
        by[group][0] += first_label_length(corpus, run, desc, weights) == k
    return dict(by)


def fit(corpus, cases, epochs=120, lr=0.05, l2=1e-3, language_weight=0.2):
    """Conditional-logit fit (softmax over candidate lengths), Adam optimiser."""
    data = []
    for uri, run, desc, k, group in cases:
        feats = candidate_features(corpus, run, desc)
        if k <= len(feats):
            data.append((feats, k, language_weight if group == "language" else 1.0))
    n = len(FEATURE_NAMES)
    w = [0.0] * n
    m = [0.0] * n
    v = [0.0] * n
    for ep in range(1, epochs + 1):
        g = [0.0] * n
        total = 0.0
        for feats, k, wt in data:
            scores = [sum(a * b for a, b in zip(w, x)) + p for x, p in feats]
            top = max(scores)
            ex = [math.exp(s - top) for s in scores]
            z = sum(ex)
            for i, (x, _) in enumerate(feats):
                p = ex[i] / z - (1.0 if i == k - 1 else 0.0)
                if abs(p) > 1e-12:
                    for d in range(n):
                        g[d] += wt * p * x[d]
            total += wt
        for d in range(n):
            gd = g[d] / total + l2 * w[d]
            m[d] = 0.9 * m[d] + 0.1 * gd
            v[d] = 0.999 * v[d] + 0.001 * gd * gd
            w[d] -= lr * (m[d] / (1 - 0.9 ** ep)) / ((v[d] / (1 - 0.999 ** ep)) ** 0.5 + 1e-8)
    return [round(x, 2) for x in w]


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--evaluate", action="store_true", help="report label accuracy, write nothing")
    ap.add_argument("--train", action="store_true", help="refit WEIGHTS (2-fold check), write nothing")
    args = ap.parse_args()

    texts = load_skill_texts()
    uris = sorted(texts)
    corpus = Corpus([texts[u] for u in uris])
    clean = {u: v for u, v in clean_skill_labels().items() if u in texts}

    if args.evaluate or args.train:
        truth = truth_labels()
        cases = labelled_cases(corpus, uris, texts, clean, truth)
        ok, n = description_accuracy(corpus, uris, texts, clean)
        print(f"description split: {ok}/{n} correct on clean-description skills")
        if args.train:
            half = sorted(truth)[::2]
            a = [c for c in cases if c[0] not in half]
            b = [c for c in cases if c[0] in half or c[4] != "truth"]
            wa = fit(corpus, a)
            wb = fit(corpus, b)
            print("held-out truth, fit on the other half:",
                  accuracy(corpus, [c for c in cases if c[0] in half], wa).get("truth"),
                  accuracy(corpus, [c for c in cases if c[4] == "truth" and c[0] not in half], wb).get("truth"))
            w = fit(corpus, cases)
            print("WEIGHTS =", w)
            print("accuracy with the new weights:", accuracy(corpus, cases, w))
        else:
            print("preferred label, shipped weights, each skill alone:", accuracy(corpus, cases))
            final = unique_heuristic_labels(corpus, uris, texts, clean)
            ok = sum(final[u] == label for u, label in truth.items())
            print(f"shipped labels (made unique across skills): {ok}/{len(truth)} of the hand-checked sample")
            shared = sum(1 for c in collections.Counter(v.lower() for v in final.values()).values() if c > 1)
            print(f"labels still shared by several skills: {shared}")
        return

    isco = isco_rows()
    write_gz("isco_groups.tsv.gz", isco)
    write_gz("occupations.tsv.gz", occupation_rows({code for code, _, _ in isco}))
    write_gz("skills.tsv.gz", skill_rows(corpus, uris, texts, clean))
    rows = who_rows()
    with open(os.path.join(HERE, "who_safeguard_list_2023.tsv"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote who_safeguard_list_2023.tsv: {len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main())
