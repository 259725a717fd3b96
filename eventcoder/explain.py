"""Human-readable explanation of how a text was coded: the parse, then each event with its provenance."""

from __future__ import annotations

from collections.abc import Iterable

from eventcoder.document import Document
from eventcoder.events import Event


def explain(docs: Iterable[Document], events: list[Event]) -> str:
    """The parse of every sentence followed by its events: rule, actor entries, negation and modality."""
    by_sentence: dict[str, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence_id, []).append(event)
    lines: list[str] = []
    for doc in docs:
        for sentence in doc.sentences:
            lines.append(f"# {sentence.id}: {' '.join(sentence.text.split())}")
            for t in sentence.tokens:
                head = sentence.token(t.head).text if t.head else "ROOT"
                lines.append(f"  {t.id:>3} {t.text:<16} {t.lemma:<14} {t.upos:<6} {t.deprel:<12} -> {t.head} {head}")
            coded = by_sentence.get(sentence.id, [])
            if not coded:
                lines.append("  no event")
            for e in coded:
                status = ("NEGATED, " if e.negated else "") + e.modality
                lines += [
                    f"  event {e.source or '-'} {e.code} {e.target or '-'}  ({e.event_name}; {status})",
                    f"    trigger  {e.trigger!r}  rule {e.rule}",
                    f"    source   {e.source_text!r} -> {e.source}  from {e.source_entries or '-'}",
                    f"    target   {e.target_text!r} -> {e.target or '-'}  from {e.target_entries or '-'}",
                ]
            lines.append("")
    return "\n".join(lines)
