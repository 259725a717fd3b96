"""Hand-written news sentences per CAMEO root family (``tests/data/sentences/*.tsv``), coded end to end.

Each row: ``text``, the expected CAMEO ``code`` (a prefix: "19" = any code of root 19, "0871" exactly),
the expected ``source`` and ``target`` actor codes (empty = not checked), and ``known`` — a reason why the
row fails today (a parser error, a documented limit). Rows with a reason are expected failures; the test
turns red when one of them starts to pass, so the reason can be removed. Every row is coded as a one-sentence
document dated ``DATE`` (people in office resolve as of that day).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SENTENCE_DIR = Path(__file__).parent / "data" / "sentences"
COLUMNS = ["text", "code", "source", "target", "known"]
DATE = "2025-06-01"


def _rows() -> list[pytest.param]:
    params = []
    for path in sorted(SENTENCE_DIR.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert reader.fieldnames == COLUMNS, f"{path.name}: columns must be {COLUMNS}"
            for line, row in enumerate(reader, start=2):
                marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row["known"] else []
                params.append(pytest.param(row, id=f"{path.stem}:{line}", marks=marks))
    return params


ROWS = _rows()


def test_there_are_sentences_for_every_root_family():
    files = {p.stem for p in SENTENCE_DIR.glob("*.tsv")}
    assert len(files) >= 5 and len(ROWS) >= 100, (files, len(ROWS))


@pytest.fixture(scope="module")
def coded(coder):
    """All rows coded in one batch (one document each)."""
    texts = [p.values[0]["text"] for p in ROWS]
    by_doc: dict[str, list] = {}
    for event in coder.code(texts, dates=DATE, ids=[str(i) for i in range(len(texts))]):
        by_doc.setdefault(event.doc_id, []).append(event)
    return {texts[int(doc)]: events for doc, events in by_doc.items()}


@pytest.mark.parametrize("row", ROWS)
def test_sentence_is_coded_as_expected(coded, row):
    events = coded.get(row["text"], [])
    found = [(e.source, e.code, e.target) for e in events]
    assert any(code.startswith(row["code"])
               and (not row["source"] or source == row["source"])
               and (not row["target"] or target == row["target"]) for source, code, target in found), found


NOT_EVENTS = [line for line in (SENTENCE_DIR / "not_events.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]


def test_non_political_uses_of_event_words_give_no_event(coder):
    assert len(NOT_EVENTS) >= 50
    by_doc: dict[str, list] = {}
    for event in coder.code(NOT_EVENTS, ids=[str(i) for i in range(len(NOT_EVENTS))]):
        by_doc.setdefault(event.doc_id, []).append(f"{event.code} {event.source}->{event.target} ({event.rule})")
    assert {NOT_EVENTS[int(doc)]: rows for doc, rows in by_doc.items()} == {}
