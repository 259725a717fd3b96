"""Speed benchmark: dictionary loading, the engine alone, and Stanza parsing + engine end to end.

Run from the repository root (needs ../shared, or pass paths):

    python benchmarks/bench_speed.py [--ud ../shared/ud/en_ewt-ud-train.conllu] [--raw-sentences 300]

Every number is also printed as a ratio against a baseline measured in the same run, so results from
different machines compare: the engine against a bare pass that reads every token's lemma (the least any
coder must do), end-to-end time against Stanza parsing alone.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from eventcoder import Coder
from eventcoder.dictionary import load_dictionaries
from eventcoder.document import Document
from eventcoder.parsing import read_conllu
from eventcoder.parsing.stanza_parser import ParallelStanzaParser, StanzaParser, TextDocument

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def best_of(n: int, fn):
    times, result = [], None
    for _ in range(n):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def bare_pass(docs: list[Document]) -> int:
    """Baseline: visit every token once and look its lemma up in a small dict."""
    table = {"impose": 1, "attack": 2}
    hits = 0
    for doc in docs:
        for sentence in doc.sentences:
            for tok in sentence.tokens:
                if tok.upos == "VERB" and table.get(tok.lemma.lower()):
                    hits += 1
    return hits


def code_all(coder: Coder, docs: list[Document]) -> int:
    return sum(len(coder.code_document(doc)) for doc in docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ud", default=str(SHARED / "ud" / "en_ewt-ud-train.conllu"))
    ap.add_argument("--raw", default=str(SHARED / "ud" / "en_gum-ud-test.conllu"),
                    help="CoNLL-U whose '# text' lines give raw sentences for the end-to-end run")
    ap.add_argument("--raw-sentences", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2, help="also time this many parser processes (1 = skip)")
    ap.add_argument("--stanza-dir", default=os.environ.get("STANZA_RESOURCES_DIR") or str(SHARED / "models" / "stanza"))
    args = ap.parse_args()

    def cold_load():  # a fresh, empty rule cache: the YAML is parsed
        os.environ["EVENTCODER_CACHE_DIR"] = tempfile.mkdtemp(prefix="eventcoder-bench-")
        try:
            return load_dictionaries()
        finally:
            del os.environ["EVENTCODER_CACHE_DIR"]

    cold_s, _ = best_of(3, cold_load)
    load_dictionaries()  # fill the user's cache
    load_s, dictionaries = best_of(5, load_dictionaries)
    print(f"dictionaries: load {load_s * 1000:.0f} ms with the rule cache, {cold_s * 1000:.0f} ms without "
          f"({dictionaries.rule_count} rules, {len(dictionaries.actors)} actor names, "
          f"{len(dictionaries.agents)} agent names)  target < 300 ms")

    read_s, docs = best_of(1, lambda: list(read_conllu(args.ud)))
    n_sent = sum(len(d.sentences) for d in docs)
    coder = Coder(dictionaries)
    base_s, _ = best_of(3, lambda: bare_pass(docs))
    engine_s, n_events = best_of(3, lambda: code_all(coder, docs))
    print(f"engine alone on {Path(args.ud).name}: {n_sent} sentences, {n_events} events")
    print(f"  read CoNLL-U       {n_sent / read_s:10,.0f} sentences/s")
    print(f"  baseline bare pass {n_sent / base_s:10,.0f} sentences/s")
    print(f"  engine             {n_sent / engine_s:10,.0f} sentences/s  "
          f"(= {engine_s / base_s:.1f}x the bare pass; target >= 16,000/s)")

    texts, seen = [], 0
    for doc in read_conllu(args.raw):
        for sentence in doc.sentences:
            if seen < args.raw_sentences:
                texts.append(sentence.text)
                seen += 1
    raw = [TextDocument(f"d{i}", " ".join(texts[i:i + 10])) for i in range(0, len(texts), 10)]
    parser = StanzaParser(args.stanza_dir)
    parse_s, parsed = best_of(1, lambda: parser.parse_batch(raw))
    code_s, _ = best_of(3, lambda: code_all(coder, parsed))
    n_raw = sum(len(d.sentences) for d in parsed)
    total = parse_s + code_s
    print(f"end to end on {len(texts)} raw sentences of {Path(args.raw).name} ({n_raw} after splitting):")
    print(f"  Stanza parsing     {n_raw / parse_s:10,.1f} sentences/s")
    print(f"  parsing + engine   {n_raw / total:10,.1f} sentences/s  (= {total / parse_s:.3f}x parsing alone)")
    print(f"  engine share       {100 * code_s / total:10.2f} % of end-to-end time  (target <= 5%)")
    if args.workers > 1:
        with ParallelStanzaParser(args.stanza_dir, workers=args.workers) as parallel:
            parallel.parse_batch(raw[:args.workers])  # start-up: each process loads its models
            par_s, _ = best_of(1, lambda: parallel.parse_batch(raw))
        print(f"  Stanza, {args.workers} processes {n_raw / par_s:8,.1f} sentences/s  "
              f"(= {parse_s / par_s:.2f}x one process)")


if __name__ == "__main__":
    main()
