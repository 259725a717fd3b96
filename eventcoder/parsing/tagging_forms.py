"""Words the tagger misreads in a fixed phrase, swapped for another form of the word while tagging.

Stanza's English models tag "cannon" in "Police fired water cannon at protesters" as a verb and build the whole
tree around it (no event is found). Tagged and parsed as "water cannons", the sentence gets the right tree.
Only the tagger and the parser see the swapped form: the token gets its written text and its lemma back, and
its offsets never change.
"""

from __future__ import annotations

import itertools
from typing import Any

# (previous word, word), lower-cased → (form the tagger sees, the word's lemma); "*" is any previous word
TAGGING_FORMS: dict[tuple[str, str], tuple[str, str]] = {
    ("water", "cannon"): ("cannons", "cannon"),  # "fired water cannon at protesters"
    # "agreed to hand over 500 prisoners": tagged a noun after "to", the clause is lost; "turn" takes the particle
    ("to", "hand"): ("turn", "hand"),
    # "Fighting between the army and the RSF erupted": a sentence-initial "Fighting" is always tagged as a verb
    # ("" is the start of the sentence)
    ("", "fighting"): ("Violence", "fighting"),
    # "Beijing imposed tariffs on …": a sentence-initial "Beijing" is tagged as a verb ("-ing"); another capital
    # is tagged as the name it is
    ("", "beijing"): ("Moscow", "Beijing"),
    # "deployed as peacekeeping forces", "on a peacekeeping mission": tagged as a verb that governs the noun after
    # it; English has no verb "peacekeep", and "security" sits in the same places
    ("*", "peacekeeping"): ("security", "peacekeeping"),
}


def _swap(previous: str, word: str) -> tuple[str, str] | None:
    return TAGGING_FORMS.get((previous.lower(), word.lower())) or TAGGING_FORMS.get(("*", word.lower()))


def swap_for_tagging(sentences: list[list[dict[str, Any]]]) -> bool:
    """Swap the listed words for their tagging forms, in place; whether any word changed."""
    changed = False
    for sentence in sentences:
        words = [entry for entry in sentence if isinstance(entry["id"], int)]
        for before, entry in itertools.pairwise([{"text": ""}, *words]):
            swap = _swap(before["text"], entry["text"])
            if swap is not None:  # a capital stays ("Peacekeeping forces arrived" → "Security forces …")
                entry["text"] = swap[0][:1].upper() + swap[0][1:] if entry["text"][:1].isupper() else swap[0]
                changed = True
    return changed


def written_form(previous: str, written: str, tagged: str) -> tuple[str, str] | None:
    """(text, lemma) of a word that was swapped for tagging, or None when ``tagged`` is what was written."""
    swap = _swap(previous, written)
    if swap is None or tagged.lower() != swap[0].lower():
        return None
    return written, swap[1]
