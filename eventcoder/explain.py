"""Human-readable explanation of how a text was coded: the parse, then each event with its provenance."""

from __future__ import annotations

from collections.abc import Iterable

from eventcoder.document import Document
from eventcoder.events import Event


def explain(docs: Iterable[Document], events: list[Event], held_back: Iterable[Event] = ()) -> str:
    """The parse of every sentence followed by its events: rule, actor entries, negation and modality.
    ``held_back``: events a looser setting codes (no target, unknown actors); those not among ``events`` are
    listed after them, with the option that would keep them."""
    by_sentence: dict[str, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence_id, []).append(event)
    kept = {_key(e) for e in events}
    withheld: dict[str, list[Event]] = {}
    for event in held_back:
        if _key(event) not in kept:
            withheld.setdefault(event.sentence_id, []).append(event)
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
                lines += _event_lines(e, "event")
            for e in withheld.get(sentence.id, []):
                lines += _event_lines(e, "held back")
                lines.append(f"    why      {_why_held_back(e)}")
            lines.append("")
    return "\n".join(lines)


def _key(event: Event) -> tuple[str, int, str, str, str]:
    return event.sentence_id, event.trigger_start, event.code, event.source, event.target


def _event_lines(e: Event, label: str) -> list[str]:
    status = ("NEGATED, " if e.negated else "") + e.modality
    return [
        f"  {label} {e.source or '-'} {e.code} {e.target or '-'}  ({e.event_name}; {status})",
        f"    trigger  {e.trigger!r}  rule {e.rule}",
        f"    source   {e.source_text!r} -> {e.source}  from {e.source_entries or '-'}",
        f"    target   {e.target_text!r} -> {e.target or '-'}  from {e.target_entries or '-'}",
    ]


def _why_held_back(e: Event) -> str:
    reasons = []
    if not e.target:
        reasons.append("no target actor found (--allow-missing-target keeps it)")
    if any(code.startswith("---") and not role for code, role in ((e.source, e.source_role),
                                                                   (e.target, e.target_role))):
        reasons.append("an actor the dictionaries do not know (--unknown-actors keeps it)")
    return "; ".join(reasons) or "kept only with --allow-missing-target --unknown-actors"
