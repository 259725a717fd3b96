"""A Stanza pipeline built once and fed documents in batches.

Stanza (and torch) are imported only when a parser is created, so coding pre-parsed CoNLL-U never pays for
them. Models are never downloaded implicitly: see :func:`resolve_model_dir`.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from eventcoder.document import Document, Sentence, Token
from eventcoder.errors import ModelsNotFoundError, ParserCrashedError
from eventcoder.parsing.headline import recased
from eventcoder.parsing.sentence_split import rejoin_split_sentences, split_at_line_breaks, split_datelines
from eventcoder.parsing.tagging_forms import swap_for_tagging, written_form

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
TOKENIZE_PROCESSORS, PARSE_PROCESSORS = "tokenize,mwt", "pos,lemma,depparse"
LANG = "en"
log = logging.getLogger(__name__)


def default_stanza_dir() -> Path:
    """Stanza's own default resources directory (``~/stanza_resources``)."""
    return Path(os.path.expanduser("~")) / "stanza_resources"


def resolve_model_dir(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """The Stanza resources directory to use: the argument, else ``$STANZA_RESOURCES_DIR``, else Stanza's default.

    Raises :class:`ModelsNotFoundError`, saying what to do, when it holds no English models.
    """
    if model_dir is not None:
        where, how = Path(model_dir), "given explicitly"
    elif os.environ.get("STANZA_RESOURCES_DIR"):
        where, how = Path(os.environ["STANZA_RESOURCES_DIR"]), "from $STANZA_RESOURCES_DIR"
    else:
        where, how = default_stanza_dir(), "Stanza's default"
    problem = _missing_models(where)
    if problem:
        raise ModelsNotFoundError(
            f"No usable Stanza English models in {where} ({how}): {problem}.\n"
            "Fix it in one of these ways:\n"
            "  * point eventcoder at an existing Stanza resources directory: --stanza-dir DIR, "
            "or export STANZA_RESOURCES_DIR=DIR, or StanzaParser(model_dir=DIR);\n"
            f"  * or, with internet access, download the models once: eventcoder models download --dir {where}\n"
            "  * or parse elsewhere and code the CoNLL-U here: eventcoder code parsed.conllu"
        )
    return where


def _missing_models(where: Path) -> str:
    if not where.is_dir():
        return "the directory does not exist"
    resources = where / "resources.json"
    if not resources.is_file():
        return "there is no resources.json"
    try:
        entry = json.loads(resources.read_text(encoding="utf-8")).get(LANG)
    except (OSError, ValueError) as exc:
        return f"resources.json cannot be read ({exc})"
    if isinstance(entry, dict) and "alias" in entry:
        entry = None
    if not entry:
        return "resources.json has no 'en' entry"
    missing = [p for p in PROCESSORS.split(",") if not (where / LANG / p).is_dir()]
    if missing:
        return "no model folder for " + ", ".join(missing)
    return ""


def download_models(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Download Stanza's official English models (needs internet); returns the directory used."""
    import stanza

    target = Path(model_dir) if model_dir else Path(os.environ.get("STANZA_RESOURCES_DIR") or default_stanza_dir())
    stanza.download(LANG, model_dir=str(target), processors=PROCESSORS)
    return target


@dataclass(slots=True)
class TextDocument:
    """Raw input: a document's id, text and optional date."""

    id: str
    text: str
    date: Date | None = None


class StanzaParser:
    """Stanza's English pipeline (tokenize, mwt, pos, lemma, depparse), loaded once and reused.

    >>> parser = StanzaParser(model_dir="../shared/models/stanza")      # doctest: +SKIP
    >>> docs = list(parser.parse([TextDocument("d1", "ECOWAS imposed sanctions on Niger.")]))  # doctest: +SKIP
    """

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, *, batch_size: int = 32,
                 use_gpu: bool | None = None):
        self.model_dir = resolve_model_dir(model_dir)
        self.batch_size = max(1, batch_size)
        import stanza  # heavy: torch

        kwargs = {} if use_gpu is None else {"use_gpu": use_gpu}
        self._stanza = stanza
        self._nlp = stanza.Pipeline(LANG, dir=str(self.model_dir), processors=PROCESSORS,
                                    download_method=None, logging_level="WARN", tokenize_max_seqlen=1000,
                                    **kwargs)

    def parse_text(self, text: str, doc_id: str = "doc1", date: Date | None = None) -> Document:
        """Parse one text (prefer :meth:`parse` for many)."""
        return self.parse_batch([TextDocument(doc_id, text, date)])[0]

    def parse(self, documents: Iterable[TextDocument]) -> Iterator[Document]:
        """Parse documents lazily, ``batch_size`` documents per Stanza call."""
        batch: list[TextDocument] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self.parse_batch(batch)
                batch = []
        if batch:
            yield from self.parse_batch(batch)

    def parse_batch(self, documents: list[TextDocument]) -> list[Document]:
        """Parse a list of documents in one Stanza call. Empty texts give documents without sentences."""
        todo = [d for d in documents if d.text.strip()]
        parsed = []
        if todo:  # tokenize first, undo wrong sentence splits inside names, then tag and parse
            tokenized = self._nlp.bulk_process([self._stanza.Document([], text=d.text) for d in todo],
                                               processors=TOKENIZE_PROCESSORS)
            rejoined = [self._rejoined(doc, d.text) for doc, d in zip(tokenized, todo, strict=True)]
            parsed = self._nlp.bulk_process(rejoined, processors=PARSE_PROCESSORS)
        by_id = {id(d): p for d, p in zip(todo, parsed, strict=False)}
        return [_convert(d, by_id.get(id(d))) for d in documents]

    def _rejoined(self, tokenized, text: str):
        """The tokenized document with wrong sentence splits undone, sentences split at line breaks, datelines
        split off, headlines re-cased and misread words swapped for tagging."""
        sentences = [s.to_dict() for s in tokenized.sentences]
        rejoined = rejoin_split_sentences(sentences, text)
        sentences = rejoined or sentences
        split = split_at_line_breaks(sentences, text)
        split = split_datelines(sentences) or split
        headlines = _recase_headlines(sentences)
        swapped = swap_for_tagging(sentences)
        if rejoined is None and not split and not headlines and not swapped:
            return tokenized
        return self._stanza.Document(sentences, text=text)


def _recase_headlines(sentences: list[list[dict]]) -> bool:
    """Put Title Case and ALL CAPITALS headlines in sentence case, in place; whether any sentence changed."""
    changed = False
    for sentence in sentences:
        words = [entry for entry in sentence if isinstance(entry["id"], int)]
        new = recased([entry["text"] for entry in words])
        if new is None:
            continue
        for entry, text in zip(words, new, strict=True):
            entry["text"] = text
        for entry in sentence:  # a multi-word token ("CAN'T") follows its words' case
            if not isinstance(entry["id"], int):
                entry["text"] = entry["text"].lower() if entry["text"].isupper() else entry["text"]
        changed = True
    return changed


def _original_text(source: TextDocument, text: str, start: int | None, end: int | None) -> str:
    """A token's text as written: a re-cased headline word gets its capitals back."""
    if start is None or end is None:
        return text
    written = source.text[start:end]
    return written if written != text and written.lower() == text.lower() else text


def _convert(source: TextDocument, parsed) -> Document:
    doc = Document(id=source.id, text=source.text, date=source.date)
    if parsed is None:
        return doc
    for n, sent in enumerate(parsed.sentences, start=1):
        tokens = []
        for w in sent.words:
            start, end = w.start_char, w.end_char
            if start is None and w.parent is not None:
                start, end = w.parent.start_char, w.parent.end_char
            text = _original_text(source, w.text, w.start_char, w.end_char)
            lemma = w.lemma or w.text
            if start is not None and end is not None:  # "water [cannon]", tagged as "cannons"
                swapped = written_form(tokens[-1].text if tokens else "", source.text[start:end], w.text)
                if swapped is not None:
                    text, lemma = swapped
            tokens.append(Token(id=w.id, text=text, lemma=lemma, upos=w.upos or "X",
                                xpos=w.xpos or "_", feats=w.feats or "_", head=w.head, deprel=w.deprel or "dep",
                                start_char=-1 if start is None else start, end_char=-1 if end is None else end))
        doc.sentences.append(Sentence(id=f"{source.id}-{n}", text=sent.text, tokens=tokens))
    return doc


_worker_parser: StanzaParser | None = None


def _start_worker(model_dir: str, batch_size: int) -> None:
    global _worker_parser
    import torch

    torch.set_num_threads(1)  # one thread per process: on small models processes scale better than threads
    _worker_parser = StanzaParser(model_dir, batch_size=batch_size, use_gpu=False)


def _parse_in_worker(documents: list[TextDocument]) -> list[Document]:
    assert _worker_parser is not None
    return _worker_parser.parse_batch(documents)


class ParallelStanzaParser:
    """Several single-threaded Stanza processes, each with its own pipeline, sharing every batch.

    Same interface as :class:`StanzaParser` (``parse_batch``, ``parse``, ``parse_text``); results keep the input
    order. Use it on multi-core machines without a GPU; call :meth:`close` (or use ``with``) when done.
    """

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, *, workers: int = 2, batch_size: int = 32):
        self.model_dir = resolve_model_dir(model_dir)
        self.batch_size = max(1, batch_size)
        self.workers = max(1, workers)
        self._pool = self._start_pool()

    def _start_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(str(self.model_dir), self.batch_size))

    def parse_batch(self, documents: list[TextDocument]) -> list[Document]:
        """Parse a batch across the worker processes. A worker that dies (a crash inside Stanza or torch, or
        killed for memory) raises :class:`ParserCrashedError` naming the batch, and the processes are started
        again, so the caller can go on (``Coder`` then retries the batch's documents one by one)."""
        chunks = [chunk for chunk in (documents[i::self.workers] for i in range(self.workers)) if chunk]
        try:
            parsed = list(self._pool.map(_parse_in_worker, chunks))
        except BrokenProcessPool as err:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start_pool()
            names = ", ".join(d.id for d in documents[:3]) + (", …" if len(documents) > 3 else "")
            raise ParserCrashedError(f"a Stanza worker process died while parsing {len(documents)} document(s) "
                                     f"({names}); the workers were restarted") from err
        by_id = {id(d): p for chunk, results in zip(chunks, parsed, strict=True)
                 for d, p in zip(chunk, results, strict=True)}
        return [by_id[id(d)] for d in documents]

    def parse(self, documents: Iterable[TextDocument]) -> Iterator[Document]:
        batch: list[TextDocument] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= self.batch_size * self.workers:
                yield from self.parse_batch(batch)
                batch = []
        if batch:
            yield from self.parse_batch(batch)

    def parse_text(self, text: str, doc_id: str = "doc1", date: Date | None = None) -> Document:
        return self.parse_batch([TextDocument(doc_id, text, date)])[0]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ParallelStanzaParser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
