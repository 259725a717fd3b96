"""CoNLL-U reader and writer, so that users can parse once and code many times.

Documents are delimited by ``# newdoc id = …`` comments (a file without them is one document); ``# sent_id``
and ``# text`` are kept; ``# date = YYYY-MM-DD`` after ``newdoc`` sets the document date. Multi-word token
lines (``1-2``) and empty nodes (``1.1``) are skipped: the engine works on syntactic words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import TextIO

from eventcoder.document import Document, Sentence, Token
from eventcoder.errors import InputError


def read_conllu(path: str | Path, *, default_doc_id: str | None = None) -> Iterator[Document]:
    """Yield the documents of a CoNLL-U file one at a time (bounded memory)."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", path=str(path)) from None
    with fh:
        yield from parse_conllu_lines(fh, source=str(path), default_doc_id=default_doc_id or path.stem)


def parse_conllu_lines(lines: Iterable[str], *, source: str = "<conllu>", default_doc_id: str = "doc1"
                       ) -> Iterator[Document]:
    doc: Document | None = None
    comments: dict[str, str] = {}
    tokens: list[Token] = []
    sentence_no = 0
    lineno = 0

    def finish_sentence() -> None:
        nonlocal doc, tokens, comments, sentence_no
        if not tokens:
            comments = {}
            return
        if doc is None:
            doc = Document(id=default_doc_id)
        sentence_no += 1
        text = comments.get("text") or " ".join(t.text for t in tokens)
        sid = comments.get("sent_id") or f"{doc.id}-{sentence_no}"
        _check_heads(tokens, source, lineno)
        doc.sentences.append(Sentence(id=sid, text=text, tokens=tokens))
        tokens, comments = [], {}

    try:
        for lineno, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                finish_sentence()
                continue
            if line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                key, value = key.strip(), value.strip()
                if key == "newdoc id" or key.startswith("newdoc id"):
                    finish_sentence()
                    if doc is not None and doc.sentences:
                        yield doc
                    doc, sentence_no = Document(id=value or f"{default_doc_id}-{lineno}"), 0
                elif key == "date" and sep and (doc is None or not doc.sentences):
                    doc = doc or Document(id=default_doc_id)  # a file without newdoc is one document
                    doc.date = _parse_date(value, source, lineno)
                elif sep:
                    comments[key] = value
                continue
            tok = _parse_token_line(line, source, lineno)
            if tok is not None:
                if tok.id != len(tokens) + 1:
                    raise InputError(f"word id {tok.id} out of sequence (expected {len(tokens) + 1})",
                                     path=source, line=lineno)
                tokens.append(tok)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=source,
                         line=lineno + 1) from None
    finish_sentence()
    if doc is not None and doc.sentences:
        yield doc


def _parse_token_line(line: str, source: str, lineno: int) -> Token | None:
    cols = line.split("\t")
    if len(cols) != 10:
        raise InputError(f"expected 10 tab-separated columns, found {len(cols)}", path=source, line=lineno)
    tid = cols[0]
    if "-" in tid or "." in tid:
        return None  # multi-word token range or empty node
    try:
        token_id, head = int(tid), int(cols[6])
    except ValueError:
        raise InputError(f"ID {cols[0]!r} and HEAD {cols[6]!r} must be integers", path=source,
                         line=lineno) from None
    start = end = -1
    misc = cols[9]
    if misc != "_" and "start_char=" in misc:
        for part in misc.split("|"):
            k, _, v = part.partition("=")
            if k == "start_char" and v.isdigit():
                start = int(v)
            elif k == "end_char" and v.isdigit():
                end = int(v)
    return Token(id=token_id, text=cols[1], lemma=cols[2] if cols[2] != "_" or cols[1] == "_" else cols[1],
                 upos=cols[3], xpos=cols[4], feats=cols[5], head=head, deprel=cols[7],
                 start_char=start, end_char=end)


def _check_heads(tokens: list[Token], source: str, lineno: int) -> None:
    n = len(tokens)
    for tok in tokens:
        if not 0 <= tok.head <= n:
            raise InputError(f"word {tok.id} ({tok.text!r}) has HEAD {tok.head}, outside the sentence "
                             f"(1..{n})", path=source, line=lineno - n + tok.id - 1)


def _parse_date(value: str, source: str, lineno: int) -> Date:
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise InputError(f"date {value!r} is not YYYY-MM-DD", path=source, line=lineno) from None


def write_conllu(documents: Iterable[Document], out: TextIO) -> int:
    """Write documents as CoNLL-U (with ``newdoc id``, ``date``, ``sent_id``, ``text``); returns sentences."""
    n = 0
    for doc in documents:
        out.write(f"# newdoc id = {doc.id}\n")
        if doc.date is not None:
            out.write(f"# date = {doc.date.isoformat()}\n")
        for sent in doc.sentences:
            out.write(f"# sent_id = {sent.id}\n# text = {' '.join(sent.text.split())}\n")
            for t in sent.tokens:
                misc = f"start_char={t.start_char}|end_char={t.end_char}" if t.start_char >= 0 else "_"
                out.write("\t".join((str(t.id), t.text, t.lemma or "_", t.upos or "_", t.xpos or "_",
                                     t.feats or "_", str(t.head), t.deprel or "_", "_", misc)) + "\n")
            out.write("\n")
            n += 1
    return n
