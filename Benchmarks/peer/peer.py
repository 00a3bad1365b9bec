"""The peer: the job Werkzaam does, done the way a data scientist would in Python with spaCy.

Reads every .txt file of a corpus, splits sentences with spaCy's blank Dutch tokenizer and sentencizer,
finds quotations with regular expressions and attributes them with a `zegt X` pattern, tags themes with
a PhraseMatcher (plain terms) and a Matcher (globs) over the same themes.yaml, counts theme pairs per
quotation, and writes quotes.jsonl and cooccurrence.csv. Prints one JSON line with its counts.

Usage: python peer.py CORPUS LEXICON_DIR OUT_DIR
"""
import collections
import itertools
import json
import os
import re
import sys
import time

import spacy
import yaml
from spacy.matcher import Matcher, PhraseMatcher

QUOTE = re.compile(r'[“„"]([^”"“„]{3,}?)[”"]|‘([^’]{3,}?)’|,,(.{3,}?)\'\'', re.S)
VERBS = r"(?:zegt|zei|vertelt|vertelde|stelt|stelde|aldus|benadrukt|vindt|legt uit|licht toe)"
AFTER = re.compile(r"^\W{0,3}\s*" + VERBS + r"\s+((?:[A-Z][\w’'-]+|van|de|der|den|ter|ten)(?:\s+(?:[A-Z][\w’'-]+|van|de|der|den|ter|ten))*)")
BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s+(?:van|de|der|den|ter|ten|[A-Z][\w’'-]+))*)\s+" + VERBS + r"\W{0,3}\s*$")
LABEL = re.compile(r"^([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s*:\s+(.+)$")


def load_themes(lexicons):
    with open(os.path.join(lexicons, "themes.yaml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {name: [str(t) for t in spec.get("termen", [])] for name, spec in data.items()}


def build_matchers(nlp, themes):
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    globs = Matcher(nlp.vocab)
    for theme, terms in themes.items():
        plain = [t for t in terms if "*" not in t]
        phrases.add(theme, [nlp.make_doc(t) for t in plain])
        patterns = []
        for t in terms:
            if "*" not in t:
                continue
            words = t.split()
            pattern = []
            for w in words:
                if "*" in w:
                    regex = "^" + re.escape(w.lower()).replace(r"\*", ".*") + "$"
                    pattern.append({"LOWER": {"REGEX": regex}})
                else:
                    pattern.append({"LOWER": w.lower()})
            patterns.append(pattern)
        if patterns:
            globs.add(theme, patterns)
    return phrases, globs


def main(corpus, lexicons, out):
    started = time.perf_counter()
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    themes = load_themes(lexicons)
    phrases, globs = build_matchers(nlp, themes)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
    os.makedirs(out, exist_ok=True)
    pairs = collections.Counter()
    theme_counts = collections.Counter()
    n_quotes = n_matches = n_sentences = size = 0
    with open(os.path.join(out, "quotes.jsonl"), "w", encoding="utf-8") as quotes_out:
        def read():
            nonlocal size
            for path in files:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                size += len(text.encode("utf-8"))
                yield text, path

        for doc, path in nlp.pipe(read(), as_tuples=True):
            text = doc.text
            n_sentences += sum(1 for _ in doc.sents)
            hits = [(s, e, nlp.vocab.strings[m]) for m, s, e in phrases(doc)] + [(s, e, nlp.vocab.strings[m]) for m, s, e in globs(doc)]
            n_matches += len(hits)
            # Quotations: quoted spans, attributed by `…, zegt X` after or `X zegt: …` before; else a `Naam: …` line.
            quotes = []
            for m in QUOTE.finditer(text):
                body = next(g for g in m.groups() if g)
                after = AFTER.match(text[m.end():m.end() + 80])
                before = BEFORE.search(text[max(0, m.start() - 80):m.start()])
                speaker = after.group(1) if after else before.group(1) if before else None
                quotes.append((m.start(), m.end(), body, speaker))
            offset = 0
            for line in text.split("\n"):
                label = LABEL.match(line)
                if label and len(label.group(1)) < 40:
                    quotes.append((offset, offset + len(line), label.group(2), label.group(1)))
                offset += len(line) + 1
            rel = os.path.relpath(path, corpus)
            for start, end, body, speaker in sorted(quotes):
                span = doc.char_span(start, end, alignment_mode="expand")
                found = sorted({t for s, e, t in hits if span is not None and s >= span.start and e <= span.end})
                for t in found:
                    theme_counts[t] += 1
                for a, b in itertools.combinations(found, 2):
                    pairs[(a, b)] += 1
                quotes_out.write(json.dumps({"document": rel, "start": start, "end": end, "text": body,
                                             "speaker": speaker, "themes": found}, ensure_ascii=False) + "\n")
            n_quotes += len(quotes)
    with open(os.path.join(out, "cooccurrence.csv"), "w", encoding="utf-8") as f:
        f.write("theme_a;theme_b;count\n")
        for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{a};{b};{n}\n")
    seconds = time.perf_counter() - started
    print(json.dumps({"documents": len(files), "bytes": size, "sentences": n_sentences, "quotes": n_quotes,
                      "matches": n_matches, "pairs": len(pairs), "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
