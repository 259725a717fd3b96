"""The public entry points: :class:`Coder` (parse + code, batched and streaming) and :func:`code`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from eventcoder import cameo
from eventcoder.dictionary import Dictionaries, load_dictionaries
from eventcoder.document import Document
from eventcoder.engine import CodedEvent, Engine
from eventcoder.events import Event
from eventcoder.inputs import InputItem, InputProblem, parse_date
from eventcoder.parsing.stanza_parser import ParallelStanzaParser, StanzaParser, TextDocument

log = logging.getLogger(__name__)
_BINARY_SHARE = 0.05  # more control characters than this → not text


@dataclass(slots=True)
class RunSummary:
    """What a run did: every input document is accounted for."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason)

    def __str__(self) -> str:
        return (f"{self.documents} documents read, {self.sentences} sentences, {self.events} events, "
                f"{len(self.failures)} failed")


class Coder:
    """Loads dictionaries (and, when raw text arrives, the Stanza parser) once; codes many documents.

    >>> coder = Coder()                                              # doctest: +SKIP
    >>> events = coder.code(["ECOWAS imposed sanctions on Niger."])  # doctest: +SKIP
    """

    def __init__(self, dictionaries: Sequence[str | os.PathLike[str]] | str | Dictionaries | None = None, *,
                 stanza_dir: str | os.PathLike[str] | None = None, include_negated: bool = False,
                 require_target: bool = True, unknown_actors: bool = False,
                 batch_size: int = 32, workers: int = 1,
                 parser: StanzaParser | ParallelStanzaParser | None = None):
        self.dictionaries = (dictionaries if isinstance(dictionaries, Dictionaries)
                             else load_dictionaries(dictionaries))
        self.engine = Engine(self.dictionaries, include_negated=include_negated, require_target=require_target,
                             unknown_actors=unknown_actors)
        self._stanza_dir = stanza_dir
        self._batch_size = batch_size
        self._workers = workers
        self._parser = parser

    @property
    def parser(self) -> StanzaParser | ParallelStanzaParser:
        if self._parser is None:
            if self._workers > 1:  # several single-threaded Stanza processes share each batch
                self._parser = ParallelStanzaParser(self._stanza_dir, workers=self._workers,
                                                    batch_size=self._batch_size)
            else:
                self._parser = StanzaParser(self._stanza_dir, batch_size=self._batch_size)
        return self._parser

    def close(self) -> None:
        """Stop the parser's worker processes, if any (a no-op otherwise)."""
        if isinstance(self._parser, ParallelStanzaParser):
            self._parser.close()
            self._parser = None

    def __enter__(self) -> Coder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- coding parsed documents ----------------------------------------------------------------------------

    def code_document(self, doc: Document) -> list[Event]:
        """Events of one parsed document."""
        events: list[Event] = []
        memory: dict[str, object] = {}  # role referents and the last main subject
        for sentence in doc.sentences:
            for n, coded in enumerate(self.engine.code_sentence(sentence, doc.date, memory), start=1):
                events.append(_event(doc, sentence.id, sentence.text, n, coded))
        return events

    # -- coding raw text ------------------------------------------------------------------------------------

    def code(self, texts: Iterable[str] | str, dates: Iterable[Date | str | None] | Date | str | None = None,
             ids: Iterable[str] | None = None) -> list[Event]:
        """Parse and code texts; ``dates`` and ``ids`` run parallel to ``texts`` (or one date for all).

        Raises :class:`ValueError` for a document that cannot be coded; use :meth:`run` to skip and report.
        """
        if isinstance(texts, str):
            texts = [texts]
        texts = list(texts)
        date_list = [dates] * len(texts) if dates is None or isinstance(dates, (str, Date)) else list(dates)
        id_list = [str(i) for i in ids] if ids is not None else [f"doc{n}" for n in range(1, len(texts) + 1)]
        if not len(texts) == len(date_list) == len(id_list):
            raise ValueError(f"texts ({len(texts)}), dates ({len(date_list)}) and ids ({len(id_list)}) "
                             "must have the same length")
        docs = [TextDocument(i, t, d if isinstance(d, Date) or d is None else parse_date(d))
                for t, d, i in zip(texts, date_list, id_list, strict=False)]
        events: list[Event] = []
        summary = self.run(docs, events.extend)
        if summary.failures:
            doc_id, reason = summary.failures[0]
            raise ValueError(f"document {doc_id!r} could not be coded: {reason}")
        return events

    def run(self, items: Iterable[InputItem], emit: Callable[[list[Event]], object],
            progress: Callable[[RunSummary], object] | None = None) -> RunSummary:
        """Code a stream of inputs batch by batch, calling ``emit`` with each document's events.

        A document that fails (bad record, parser or engine error) is recorded in the summary; the others are
        still coded. Memory stays bounded by the batch size.
        """
        summary = RunSummary()
        for batch in _batches(items, self._batch_size):
            for doc_or_problem in self._parse(batch, summary):
                if isinstance(doc_or_problem, InputProblem):
                    summary.failures.append((doc_or_problem.doc_id, doc_or_problem.reason))
                    continue
                try:
                    events = self.code_document(doc_or_problem)
                except Exception as exc:  # a bug or a pathological parse must not end a long run
                    log.exception("coding %s failed", doc_or_problem.id)
                    summary.failures.append((doc_or_problem.id, f"coding failed: {exc}"))
                    continue
                summary.sentences += len(doc_or_problem.sentences)
                summary.events += len(events)
                emit(events)
            if progress is not None:
                progress(summary)
        return summary

    def _parse(self, batch: list[InputItem], summary: RunSummary) -> Iterator[Document | InputProblem]:
        summary.documents += len(batch)
        texts: list[TextDocument] = []
        for item in batch:
            if isinstance(item, TextDocument):
                reason = _not_text(item.text)
                if reason:
                    yield InputProblem(item.id, reason)
                else:
                    texts.append(item)
            else:
                yield item
        if not texts:
            return
        if all(not t.text.strip() for t in texts):
            yield from (Document(id=t.id, text=t.text, date=t.date) for t in texts)
            return
        try:
            yield from self.parser.parse_batch(texts)
            return
        except Exception as exc:  # isolate the document that broke the batch
            log.warning("parsing a batch failed (%s); retrying its documents one by one", exc)
        for t in texts:
            try:
                yield self.parser.parse_batch([t])[0]
            except Exception as exc:
                yield InputProblem(t.id, f"parsing failed: {exc}")


def _batches(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    batch: list[InputItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _not_text(text: str) -> str:
    if "\x00" in text:
        return "looks like binary data (contains NUL bytes), not text"
    if text:
        control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if control > _BINARY_SHARE * len(text):
            return f"looks like binary data ({control} control characters in {len(text)}), not text"
    return ""


def _event(doc: Document, sentence_id: str, sentence_text: str, n: int, coded: CodedEvent) -> Event:
    entry = cameo.lookup(coded.rule.code)
    src, tgt, trig = coded.source, coded.target, coded.trigger
    return Event(
        event_id=f"{sentence_id}-{n}", doc_id=doc.id, sentence_id=sentence_id, date=doc.date,
        source=src.code, source_country=src.country, source_role=src.role, source_text=src.text,
        target=tgt.code, target_country=tgt.country, target_role=tgt.role, target_text=tgt.text,
        code=entry.code, root_code=entry.root_code, event_name=entry.name, quad_class=entry.quad_class,
        goldstein=entry.goldstein, trigger=trig.text, negated=coded.negated, modality=coded.modality,
        sentence=" ".join(sentence_text.split()), rule=f"{coded.rule.name} ({coded.rule.origin})",
        source_entries=src.origin, target_entries=tgt.origin,
        source_start=src.start_char, source_end=src.end_char, target_start=tgt.start_char,
        target_end=tgt.end_char, trigger_start=trig.start_char, trigger_end=trig.end_char,
    )


@lru_cache(maxsize=4)
def _shared_coder(stanza_dir: str | None, dictionaries: tuple[str, ...] | None) -> Coder:
    return Coder(list(dictionaries) if dictionaries else None, stanza_dir=stanza_dir)


def code(texts: Iterable[str] | str, dates: Iterable[Date | str | None] | Date | str | None = None,
         ids: Iterable[str] | None = None, *, stanza_dir: str | os.PathLike[str] | None = None,
         dictionaries: Sequence[str | os.PathLike[str]] | None = None) -> list[Event]:
    """Parse and code texts with a shared :class:`Coder` (models and dictionaries load once per process).

    >>> import eventcoder                                                        # doctest: +SKIP
    >>> [e.code for e in eventcoder.code("ECOWAS imposed sanctions on Niger.")]  # doctest: +SKIP
    ['163']
    """
    coder = _shared_coder(None if stanza_dir is None else str(stanza_dir),
                          tuple(str(d) for d in dictionaries) if dictionaries else None)
    return coder.code(texts, dates=dates, ids=ids)
