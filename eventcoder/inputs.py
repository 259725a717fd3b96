"""Reading input documents: .txt, .jsonl, .csv, .conllu files or standard input.

Each reader yields items lazily (bounded memory): a :class:`TextDocument` to parse, a parsed
:class:`Document` (CoNLL-U), or an :class:`InputProblem` for one bad record that the run reports and skips.
Problems with a whole file (missing, not UTF-8, no ``text`` column) raise :class:`InputError`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from eventcoder.document import Document
from eventcoder.errors import InputError
from eventcoder.parsing.conllu import parse_conllu_lines
from eventcoder.parsing.stanza_parser import TextDocument


@dataclass(slots=True)
class InputProblem:
    """One record that could not be read; the run reports it and goes on."""

    doc_id: str
    reason: str


InputItem = TextDocument | Document | InputProblem


def parse_date(value: object) -> Date | None:
    """``YYYY-MM-DD`` or ``YYYYMMDD`` (empty → None); raises ValueError with a readable message."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        if len(text) == 8 and text.isdigit():
            return Date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return Date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"date {text!r} is not YYYY-MM-DD") from None


def input_format(path: str) -> str:
    if path == "-":
        return "txt"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("conll", "conllu"):
        return "conllu"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("csv", "tsv"):
        return suffix
    return "txt"


def read_inputs(path: str, *, default_date: Date | None = None) -> Iterator[InputItem]:
    """Documents from one input path (format from the extension; ``-`` = standard input, one text)."""
    fmt = input_format(path)
    if path == "-":
        data = sys.stdin.buffer.read()
        yield TextDocument("stdin", _decode(data, "<stdin>"), default_date)
        return
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file" if not p.exists() else "not a regular file", path=path)
    if fmt == "conllu":
        text = _decode(p.read_bytes(), path)
        for doc in parse_conllu_lines(io.StringIO(text), source=path, default_doc_id=p.stem):
            doc.date = doc.date or default_date
            yield doc
    elif fmt == "jsonl":
        yield from _read_jsonl(p, default_date)
    elif fmt in ("csv", "tsv"):
        yield from _read_csv(p, default_date, delimiter="\t" if fmt == "tsv" else ",")
    else:
        yield TextDocument(p.stem, _decode(p.read_bytes(), path), default_date)


def _decode(data: bytes, source: str, line: int | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if line is None:
            line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not UTF-8 text (undecodable byte 0x{data[exc.start]:02x}); "
                         "convert the file to UTF-8 first", path=source, line=line) from None


def _read_jsonl(path: Path, default_date: Date | None) -> Iterator[InputItem]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = _decode(raw, str(path), lineno).strip()
            if not line:
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputProblem(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield InputProblem(str(record.get("id", where)) if isinstance(record, dict) else where,
                                   f"{where}: a record needs a string field 'text'")
                continue
            yield _text_document(record, f"{path.stem}-{lineno}", where, default_date)


def _read_csv(path: Path, default_date: Date | None, delimiter: str = ",") -> Iterator[InputItem]:
    text = _decode(path.read_bytes(), str(path))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(f"needs a header row with a 'text' column (found: {reader.fieldnames or 'nothing'})",
                         path=str(path), line=1)
    for row in reader:
        where = f"{path}:{reader.line_num}"
        yield _text_document(row, f"{path.stem}-{reader.line_num}", where, default_date)


def _text_document(record: dict, fallback_id: str, where: str, default_date: Date | None) -> InputItem:
    doc_id = str(record.get("id") or fallback_id)
    try:
        date = parse_date(record.get("date")) or default_date
    except ValueError as exc:
        return InputProblem(doc_id, f"{where}: {exc}")
    return TextDocument(doc_id, record.get("text") or "", date)
