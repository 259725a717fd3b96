#!/usr/bin/env python3
"""Measure eventcoder on the gold sentences in ``../shared/gold`` and print a Markdown report.

Usage (from the repository root)::

    python scripts/evaluate_gold.py                      # ConfliBERT test split (the default)
    python scripts/evaluate_gold.py --split train        # ConfliBERT train split
    python scripts/evaluate_gold.py --split both --gold all
    python scripts/evaluate_gold.py --gold raters        # cameo_raters.jsonl only
    python scripts/evaluate_gold.py --split train --errors 20   # misclassified examples (train split only)
    python scripts/evaluate_gold.py --reparse            # ignore the cached parses

Each gold file is parsed with Stanza once and cached as CoNLL-U in ``.cache/gold/<file stem>.conllu``; the
first line of the cache holds the sha256 of the gold file, so a changed gold file is parsed again. Re-runs
only re-run the engine (seconds), so dictionary and engine changes can be measured quickly.

Measures (the predicted root of a sentence is the root code of its first event in text order, by trigger
position; a sentence without events counts as wrong):

- ConfliBERT files: coverage, root-class accuracy (predicted root in ``cameo_roots``), accuracy over coded
  sentences, any-event accuracy, and a confusion table of gold class vs predicted class.
- ``cameo_raters.jsonl``: no-event rate on sentences the raters called not relevant (target ≥ 0.8); root
  accuracy against the majority label for the unanimous and the majority subsets; rows without a majority
  are counted and skipped.
- Actor spans (every file, sentences with at least one annotated span): precision = share of coded source
  (target) texts that overlap an annotated source (target) span, recall = share of annotated spans that some
  coded text of the same role overlaps; "either role" ignores the role. Overlap means a case-insensitive,
  token-aligned substring either way, or overlapping character offsets once the span is located in the text.
  ConfliBERT's ``reciprocal_spans`` count as both source and target spans.

The gold data is third-party: it is read from its directory and never copied into this repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shlex
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import eventcoder  # noqa: E402  (the checkout's own package, even when not installed)
from eventcoder import Coder, Document, Event  # noqa: E402
from eventcoder.parsing import read_conllu, write_conllu  # noqa: E402
from eventcoder.parsing.stanza_parser import TextDocument  # noqa: E402

DEFAULT_GOLD_DIR = ROOT.parent / "shared" / "gold"
DEFAULT_STANZA_DIR = ROOT.parent / "shared" / "models" / "stanza"
DEFAULT_CACHE_DIR = ROOT / ".cache" / "gold"
CONFLIBERT_FILES = {"train": "conflibert_cameo_train.jsonl", "test": "conflibert_cameo_test.jsonl"}
RATERS_FILE = "cameo_raters.jsonl"
CACHE_TAG = "# eventcoder-gold-cache sha256 = "
PARSE_CHUNK = 64
NO_EVENT_TARGET = 0.8

# The ConfliBERT 5-way classes and the CAMEO roots each covers (label = index).
CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("statement (01–02)", frozenset({"01", "02"})),
    ("verbal coop (03–05)", frozenset({"03", "04", "05"})),
    ("material coop (06–08)", frozenset({"06", "07", "08"})),
    ("verbal conflict (09–13, 16)", frozenset({"09", "10", "11", "12", "13", "16"})),
    ("material conflict (14–15, 17–20)", frozenset({"14", "15", "17", "18", "19", "20"})),
)
NONE_CLASS = "none"


# --- gold rows ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldRow:
    """One gold sentence with what the evaluation needs from it."""

    doc_id: str
    text: str
    label: str  # ConfliBERT: class index as text; raters: root code, "none", or "" (no majority)
    roots: frozenset[str]  # acceptable predicted roots (empty: no event wanted or no gold)
    source_spans: list[str] = field(default_factory=list)
    target_spans: list[str] = field(default_factory=list)
    n_agree: int = 0
    n_raters: int = 0

    @property
    def has_spans(self) -> bool:
        return bool(self.source_spans or self.target_spans)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def conflibert_row(doc_id: str, raw: dict) -> GoldRow:
    reciprocal = list(raw.get("reciprocal_spans") or [])
    return GoldRow(doc_id=doc_id, text=raw["text"], label=str(raw["label"]), roots=frozenset(raw["cameo_roots"]),
                   source_spans=list(raw.get("source_spans") or []) + reciprocal,
                   target_spans=list(raw.get("target_spans") or []) + reciprocal)


def raters_row(doc_id: str, raw: dict) -> GoldRow:
    label = str(raw.get("label") or "")
    roots = frozenset({label}) if label.isdigit() else frozenset()
    return GoldRow(doc_id=doc_id, text=raw["text"], label=label, roots=roots,
                   source_spans=list(raw.get("source_spans") or []),
                   target_spans=list(raw.get("target_spans") or []),
                   n_agree=int(raw.get("n_agree") or 0), n_raters=int(raw.get("n_raters") or 0))


def load_gold(path: Path, make_row: Callable[[str, dict], GoldRow]) -> list[GoldRow]:
    return [make_row(f"{path.stem}-{n}", raw) for n, raw in enumerate(read_jsonl(path), start=1)]


# --- parsing, cached as CoNLL-U -------------------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_documents(cache: Path, digest: str) -> list[Document] | None:
    """The cached parses, or None when the cache is missing or was made from different gold data."""
    if not cache.is_file():
        return None
    with cache.open(encoding="utf-8") as fh:
        if fh.readline().rstrip("\n") != CACHE_TAG + digest:
            return None
    return list(read_conllu(cache))


def parse_rows(coder: Coder, rows: Sequence[GoldRow], label: str) -> list[Document]:
    docs: list[Document] = []
    for start in range(0, len(rows), PARSE_CHUNK):
        chunk = rows[start:start + PARSE_CHUNK]
        docs.extend(coder.parser.parse_batch([TextDocument(r.doc_id, r.text) for r in chunk]))
        print(f"  parsed {len(docs)}/{len(rows)} of {label}", file=sys.stderr)
    return docs


def write_cache(cache: Path, digest: str, docs: Iterable[Document]) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".conllu.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write(CACHE_TAG + digest + "\n")
        write_conllu(docs, out)
    tmp.replace(cache)


def load_documents(coder: Coder, path: Path, rows: Sequence[GoldRow], cache_dir: Path,
                   reparse: bool) -> tuple[dict[str, Document], bool]:
    """Parsed documents by doc id (the gold text restored, for offsets), and whether they came from the cache."""
    digest = sha256_of(path)
    cache = cache_dir / f"{path.stem}.conllu"
    docs = None if reparse else cached_documents(cache, digest)
    from_cache = docs is not None
    if docs is None:
        docs = parse_rows(coder, rows, path.name)
        write_cache(cache, digest, docs)
    by_id = {d.id: d for d in docs}
    for row in rows:  # CoNLL-U keeps no document text, and a sentence-less document is not written at all
        doc = by_id.setdefault(row.doc_id, Document(id=row.doc_id))
        doc.text = row.text
        restore_sentence_texts(doc)
    return by_id, from_cache


def restore_sentence_texts(doc: Document) -> None:
    """Put back each sentence's exact text: CoNLL-U's ``# text`` has its whitespace collapsed, which shifts the
    character offsets that actor texts are cut out with, so cached parses would code differently from fresh ones.
    """
    for sentence in doc.sentences:
        start, end = sentence.tokens[0].start_char, sentence.tokens[-1].end_char
        if 0 <= start < end <= len(doc.text):
            sentence.text = doc.text[start:end]


# --- predictions ----------------------------------------------------------------------------------------------


def in_text_order(events: Sequence[Event]) -> list[Event]:
    big = 1 << 60
    ordered = sorted(enumerate(events), key=lambda ie: (ie[1].trigger_start if ie[1].trigger_start >= 0 else big,
                                                         ie[0]))
    return [e for _, e in ordered]


def predicted_root(events: Sequence[Event]) -> str | None:
    return in_text_order(events)[0].root_code if events else None


def class_of_root(root: str | None) -> str:
    for name, roots in CLASSES:
        if root in roots:
            return name
    return NONE_CLASS


@dataclass(slots=True)
class RootScores:
    """Root accuracy counts for a set of sentences."""

    n: int = 0
    coded: int = 0
    correct: int = 0
    any_correct: int = 0

    def add(self, gold_roots: frozenset[str], events: Sequence[Event]) -> None:
        self.n += 1
        if events:
            self.coded += 1
        self.correct += predicted_root(events) in gold_roots
        self.any_correct += any(e.root_code in gold_roots for e in events)


def root_scores(rows: Iterable[GoldRow], events: dict[str, list[Event]]) -> RootScores:
    scores = RootScores()
    for row in rows:
        scores.add(row.roots, events[row.doc_id])
    return scores


# --- actor spans ----------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text.translate(_QUOTES).lower())


def token_key(text: str) -> str:
    """Lower-cased tokens joined by single spaces and padded, so that substrings align with whole tokens."""
    return f" {' '.join(tokens_of(text))} "


def locate(span: str, text: str) -> list[tuple[int, int]]:
    """Every character range of ``text`` where ``span`` occurs (case, quotes and spacing between tokens free)."""
    toks = tokens_of(span)
    if not toks:
        return []
    pattern = r"\s*".join(re.escape(t) for t in toks)
    if toks[0][0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if toks[-1][-1].isalnum():
        pattern += r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text.translate(_QUOTES).lower())]


@dataclass(slots=True)
class Mention:
    """A coded actor text and its character range in the document (-1 when unknown)."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Span:
    """An annotated actor span and where it occurs in the sentence."""

    text: str
    places: list[tuple[int, int]]


def overlaps(mention: Mention, span: Span) -> bool:
    a, b = token_key(mention.text), token_key(span.text)
    if a.strip() and b.strip() and (a in b or b in a):
        return True
    return mention.start >= 0 and any(mention.start < end and start < mention.end for start, end in span.places)


def spans_of(texts: Iterable[str], sentence: str) -> list[Span]:
    unique = {token_key(t): t for t in texts if tokens_of(t)}
    return [Span(t, locate(t, sentence)) for t in unique.values()]


def mentions(events: Iterable[Event], role: str) -> list[Mention]:
    found = []
    for e in events:
        text, start, end = getattr(e, f"{role}_text"), getattr(e, f"{role}_start"), getattr(e, f"{role}_end")
        if text.strip():
            found.append(Mention(text, start, end))
    return found


@dataclass(slots=True)
class Overlap:
    """Precision and recall counts for one role (or for either role)."""

    coded: int = 0
    coded_hit: int = 0
    gold: int = 0
    gold_hit: int = 0

    def add(self, coded: Sequence[Mention], gold: Sequence[Span]) -> None:
        self.coded += len(coded)
        self.coded_hit += sum(any(overlaps(m, s) for s in gold) for m in coded)
        self.gold += len(gold)
        self.gold_hit += sum(any(overlaps(m, s) for m in coded) for s in gold)


def actor_scores(rows: Iterable[GoldRow], events: dict[str, list[Event]]) -> dict[str, Overlap]:
    scores = {"source": Overlap(), "target": Overlap(), "either role": Overlap()}
    for row in rows:
        if not row.has_spans:
            continue
        evs = events[row.doc_id]
        sources, targets = mentions(evs, "source"), mentions(evs, "target")
        scores["source"].add(sources, spans_of(row.source_spans, row.text))
        scores["target"].add(targets, spans_of(row.target_spans, row.text))
        scores["either role"].add(sources + targets, spans_of(row.source_spans + row.target_spans, row.text))
    return scores


# --- Markdown -------------------------------------------------------------------------------------------------


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "– (0/0)"


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def root_table(subsets: Sequence[tuple[str, RootScores]]) -> list[str]:
    return table(["subset", "n", "coverage", "root accuracy", "accuracy when coded", "any-event accuracy"],
                 [(name, s.n, share(s.coded, s.n), share(s.correct, s.n), share(s.correct, s.coded),
                   share(s.any_correct, s.n)) for name, s in subsets])


def confusion_table(rows: Sequence[GoldRow], events: dict[str, list[Event]]) -> list[str]:
    counts = Counter((CLASSES[int(r.label)][0], class_of_root(predicted_root(events[r.doc_id]))) for r in rows)
    predicted = [name for name, _ in CLASSES] + [NONE_CLASS]
    body = []
    for gold, _ in CLASSES:
        total = sum(counts[gold, p] for p in predicted)
        body.append([f"**{gold}**", *(counts[gold, p] for p in predicted), total])
    return table(["gold \\ predicted", *predicted, "n"], body)


def actor_table(scores: dict[str, Overlap]) -> list[str]:
    return table(["role", "precision (coded texts that overlap)", "recall (annotated spans overlapped)"],
                 [(role, share(s.coded_hit, s.coded), share(s.gold_hit, s.gold)) for role, s in scores.items()])


def actor_section(rows: Sequence[GoldRow], events: dict[str, list[Event]], note: str = "") -> list[str]:
    annotated = sum(r.has_spans for r in rows)
    return [f"**Actor spans** ({annotated} sentences with annotated spans{note})", "",
            *actor_table(actor_scores(rows, events))]


def conflibert_section(path: Path, rows: Sequence[GoldRow], events: dict[str, list[Event]]) -> list[str]:
    by_class = [(name, root_scores([r for r in rows if int(r.label) == i], events))
                for i, (name, _) in enumerate(CLASSES)]
    return [f"## {path.name}", "", *root_table([("all", root_scores(rows, events)), *by_class]), "",
            "**Confusion** (predicted class = class of the first event's root)", "",
            *confusion_table(rows, events), "", *actor_section(rows, events, "; reciprocal spans count for both roles")]


def raters_section(path: Path, rows: Sequence[GoldRow], events: dict[str, list[Event]]) -> list[str]:
    irrelevant = [r for r in rows if r.label == "none"]
    labelled = [r for r in rows if r.roots]
    unanimous = [r for r in labelled if r.n_agree == r.n_raters]
    majority = [r for r in labelled if r.n_agree * 2 > r.n_raters]
    no_majority = [r for r in rows if not r.label]
    silent = sum(not events[r.doc_id] for r in irrelevant)
    rate = silent / len(irrelevant) if irrelevant else 0.0
    verdict = "meets" if rate >= NO_EVENT_TARGET else "below"
    false_roots = Counter(predicted_root(events[r.doc_id]) for r in irrelevant if events[r.doc_id])
    subsets = [("unanimous", root_scores(unanimous, events)),
               ("majority (n_agree·2 > n_raters, incl. unanimous)", root_scores(majority, events))]
    if len(majority) != len(labelled):  # a root label without a strict majority (none in the current file)
        subsets.append(("any root label", root_scores(labelled, events)))
    # the same sentences scored as ConfliBERT is: a root in the gold root's class counts
    subsets += [(f"{name}, 5-way class", root_scores([as_class(r) for r in group], events))
                for name, group in (("unanimous", unanimous), ("majority", majority))]
    lines = [f"## {path.name}", "",
             f"- not relevant (label \"none\"): no-event rate **{share(silent, len(irrelevant))}** — {verdict} "
             f"the target ≥ {NO_EVENT_TARGET}",
             "  - first-event roots coded on them: "
             + (", ".join(f"{root}×{n}" for root, n in false_roots.most_common()) or "none"),
             f"- no majority label (skipped): {len(no_majority)}, of which "
             f"{sum(r.n_raters == 0 for r in no_majority)} were coded by no rater", "",
             *root_table(subsets),
             "", *actor_section(rows, events)]
    return lines


def as_class(row: GoldRow) -> GoldRow:
    """A raters row scored at the level of ConfliBERT's five classes: any root of the gold root's class."""
    roots = next((roots for _, roots in CLASSES if row.roots & roots), row.roots)
    return replace(row, roots=roots)


def describe(event: Event) -> str:
    return (f"`{event.code}` {event.source or '–'}→{event.target or '–'} "
            f"({event.source_text or '–'} → {event.target_text or '–'}; trigger \"{event.trigger}\")")


def errors_section(rows: Sequence[GoldRow], events: dict[str, list[Event]], limit: int) -> list[str]:
    wrong = [r for r in rows if predicted_root(events[r.doc_id]) not in r.roots]
    wrong = sorted(wrong, key=lambda r: not events[r.doc_id])[:limit]  # wrongly coded first, then uncoded
    lines = [f"### Misclassified examples ({len(wrong)}: wrongly coded first, then without events; file order)",
             ""]
    for row in wrong:
        evs = in_text_order(events[row.doc_id])
        lines.append(f"- {row.text}")
        lines.append(f"  - gold: {CLASSES[int(row.label)][0]}")
        lines += [f"  - {describe(e)}" for e in evs] or ["  - no event"]
    return lines


def header(argv: Sequence[str], coder: Coder, split_note: str) -> list[str]:
    d = coder.dictionaries
    return ["# eventcoder on the gold sentences", "",
            "```", "python " + shlex.join(["scripts/evaluate_gold.py", *argv]), "```", "",
            f"- eventcoder {eventcoder.__version__}; dictionaries: {d.rule_count} rules, {len(d.actors)} actor "
            f"names, {len(d.agents)} agent names (sha256 {dictionaries_digest(d.sources)[:12]})",
            f"- measured: {split_note}",
            "- predicted root = root of the sentence's first event (by trigger position); no event = wrong", ""]


def dictionaries_digest(folders: Iterable[str]) -> str:
    """One hash over every dictionary file loaded, so that a report names the exact dictionaries used."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix in {".yml", ".csv"}):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --- command line ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="See the module docstring for the measures.")
    parser.add_argument("--split", choices=("train", "test", "both"), default="test",
                        help="ConfliBERT split(s) to measure (default: test)")
    parser.add_argument("--gold", choices=("conflibert", "raters", "all"), default="conflibert",
                        help="which gold files: ConfliBERT (per --split), cameo_raters.jsonl, or both "
                             "(default: conflibert)")
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD_DIR, help="folder of the gold files")
    parser.add_argument("--stanza-dir", type=Path,
                        default=DEFAULT_STANZA_DIR if DEFAULT_STANZA_DIR.is_dir() else None,
                        help="Stanza resources folder (default: ../shared/models/stanza when present, else "
                             "$STANZA_RESOURCES_DIR or ~/stanza_resources)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                        help="where parses are cached as CoNLL-U (default: .cache/gold)")
    parser.add_argument("--allow-missing-target", action="store_true",
                        help="measure with monadic events too (Coder(require_target=False))")
    parser.add_argument("--unknown-actors", action="store_true",
                        help="code unknown names and unnamed passive agents as '---' (Coder(unknown_actors=True))")
    parser.add_argument("--reparse", action="store_true", help="parse again even when the cache is current")
    parser.add_argument("--dict", dest="dictionaries", action="append", default=None, metavar="DIR",
                        help="dictionary folder(s) to load instead of the shipped ones (repeatable; 'default' "
                             "names the shipped ones)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N misclassified ConfliBERT sentences (only with --split train)")
    args = parser.parse_args(argv)
    if args.errors and args.split != "train":
        parser.error("--errors shows gold sentences for development: use it only with --split train")
    if args.errors and args.gold == "raters":
        parser.error("--errors lists ConfliBERT train sentences: use --gold conflibert or all")
    return args


def selected_files(args: argparse.Namespace) -> list[tuple[Path, bool]]:
    """(path, is_raters) for each gold file to measure."""
    files: list[tuple[Path, bool]] = []
    if args.gold in ("conflibert", "all"):
        splits = ("train", "test") if args.split == "both" else (args.split,)
        files += [(args.gold_dir / CONFLIBERT_FILES[s], False) for s in splits]
    if args.gold in ("raters", "all"):
        files.append((args.gold_dir / RATERS_FILE, True))
    return files


def split_note(args: argparse.Namespace) -> str:
    parts = []
    if args.gold in ("conflibert", "all"):
        parts.append(f"ConfliBERT split **{args.split}**")
    if args.gold in ("raters", "all"):
        parts.append(f"**{RATERS_FILE}**")
    return " and ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    coder = Coder(args.dictionaries, stanza_dir=args.stanza_dir, require_target=not args.allow_missing_target,
                  unknown_actors=args.unknown_actors)
    lines = header(argv, coder, split_note(args))
    timings = []
    for path, is_raters in selected_files(args):
        rows = load_gold(path, raters_row if is_raters else conflibert_row)
        started = time.perf_counter()
        docs, from_cache = load_documents(coder, path, rows, args.cache_dir, args.reparse)
        parsed_at = time.perf_counter()
        events = {r.doc_id: coder.code_document(docs[r.doc_id]) for r in rows}
        coded_at = time.perf_counter()
        timings.append(f"{path.name}: {'read cached parses' if from_cache else 'parsed'} "
                       f"{parsed_at - started:.1f} s, engine {coded_at - parsed_at:.2f} s")
        section = raters_section if is_raters else conflibert_section
        lines += [*section(path, rows, events), ""]
        if args.errors and not is_raters and path.name == CONFLIBERT_FILES["train"]:
            lines += [*errors_section(rows, events, args.errors), ""]
    lines += ["Times: " + "; ".join(timings)]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
