"""Undo sentence splits the tokenizer makes inside a line: "Prime Minister Shinzo | Abe met …", "Kim Jong | Un".

Stanza's English tokenizer sometimes ends a sentence before a capitalised word that continues a name. A split
is undone when the first sentence does not end like a sentence (no final punctuation, or a title such as
"Rep.") and no line break separates the two: headlines and list items on their own lines stay apart.
"""

from __future__ import annotations

import itertools
from typing import Any

TokenDict = dict[str, Any]  # one token or word in Stanza's CoNLL-U dict form: id, text, start_char, end_char …

_SENTENCE_END = frozenset('.!?;:"”’\')…]')
_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "prof.", "rep.", "sen.", "gov.", "gen.", "lt.", "col.", "maj.",
                     "capt.", "sgt.", "adm.", "brig.", "cmdr.", "amb.", "pres.", "sec.", "rev.", "st.", "hon."})


def ends_sentence(last_token: str) -> bool:
    """Whether a sentence's last token can end a sentence ("." yes, "Shinzo" and "Rep." no)."""
    return bool(last_token) and last_token[-1] in _SENTENCE_END and last_token.lower() not in _TITLES


def _last_id(sentence: list[TokenDict]) -> int:
    last = sentence[-1]["id"]
    return last if isinstance(last, int) else last[-1]


def _shifted(entry: TokenDict, offset: int) -> TokenDict:
    shifted = dict(entry)
    shifted["id"] = entry["id"] + offset if isinstance(entry["id"], int) else tuple(i + offset for i in entry["id"])
    return shifted


def rejoin_split_sentences(sentences: list[list[TokenDict]], text: str) -> list[list[TokenDict]] | None:
    """Join each sentence to the previous one where the split is a tokenizer error; None if nothing changes.

    ``sentences`` are tokenized (not yet parsed) sentences as lists of token dicts with ``start_char`` and
    ``end_char`` offsets into ``text``; multi-word tokens keep their tuple ids."""
    joined: list[list[TokenDict]] = []
    changed = False
    for sentence in sentences:
        if joined and sentence and _continues(joined[-1], sentence, text):
            offset = _last_id(joined[-1])
            joined[-1] = joined[-1] + [_shifted(entry, offset) for entry in sentence]
            changed = True
        else:
            joined.append(list(sentence))
    return joined if changed else None


def _continues(previous: list[TokenDict], sentence: list[TokenDict], text: str) -> bool:
    ends = [e for e in previous if "end_char" in e]
    starts = [e for e in sentence if "start_char" in e]
    if not ends or not starts:
        return False
    gap = text[ends[-1]["end_char"]:starts[0]["start_char"]]
    return "\n" not in gap and not ends_sentence(ends[-1]["text"])


_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_WORDS = frozenset({"of", "de", "la", "el", "al", "am", "upon"})  # small words inside place names
_DATELINE_MAX = 16  # tokens before the dash
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})


def split_datelines(sentences: list[list[TokenDict]]) -> bool:
    """Split a wire-service dateline off the sentence it opens, in place: "KYIV, June 2, 2025 (Reuters) - Russia
    and Ukraine agreed …" becomes the dateline (no verb, no event) and the sentence, which the parser otherwise
    hangs on the place name. A dateline is capitalised words, numbers and punctuation with a comma or a bracket,
    ended by a dash, with a place in capitals, an agency in brackets or a date; whether any sentence was split."""
    changed = False
    n = 0
    while n < len(sentences):
        sentence = sentences[n]
        words = [e for e in sentence if isinstance(e["id"], int)]
        dash = next((i for i, e in enumerate(words[:_DATELINE_MAX])
                     if e["text"] in _DASHES and not _joins_words(words, i)), None)
        if dash is not None and dash >= 1 and dash + 1 < len(words) and _is_dateline(words[:dash]):
            cut = words[dash]["id"]
            head = [e for e in sentence if _last(e) <= cut]
            rest = [_shifted(e, -cut) for e in sentence if _last(e) > cut]
            sentences[n:n + 1] = [head, rest]
            changed = True
            n += 1
        n += 1
    return changed


def _joins_words(words: list[TokenDict], i: int) -> bool:
    """A hyphen written without spaces between letters ("PORT-AU-PRINCE"), not a dash ending a dateline
    ("WASHINGTON—The Senate …" keeps its unspaced em dash as the end)."""
    if i == 0 or i + 1 >= len(words) or words[i]["text"] != "-":
        return False
    before, dash, after = words[i - 1], words[i], words[i + 1]
    if not (before["text"][-1:].isalpha() and after["text"][:1].isalpha()):
        return False
    return (before.get("end_char") == dash.get("start_char") is not None
            and dash.get("end_char") == after.get("start_char") is not None)


def _last(entry: TokenDict) -> int:
    return entry["id"] if isinstance(entry["id"], int) else entry["id"][-1]


def _is_dateline(words: list[TokenDict]) -> bool:
    texts = [e["text"] for e in words]
    if len(texts) <= 3 and all(t.isalpha() and t.isupper() for t in texts) and sum(map(len, texts)) >= 5:
        return True  # a place in capitals alone: "NEW YORK -- St. Joe Minerals Corp. said …"
    if not ("," in texts or "(" in texts):
        return False
    first = next((t for t in texts if t != "("), "")
    if not first[:1].isupper():
        return False
    if not all(not any(ch.isalpha() for ch in t) or t[:1].isupper() or t.lower() in _DATELINE_WORDS for t in texts):
        return False
    # and something only a dateline has: a place in capitals, an agency in brackets, a date
    return (len(first) > 1 and first.isupper()) or "(" in texts or any(
        t.isdigit() or t.rstrip(".").lower() in _MONTHS for t in texts)


def split_at_line_breaks(sentences: list[list[TokenDict]], text: str) -> bool:
    """Split sentences at a line break that ends a sentence, in place: a blank line, or a line ending in ". ! ?"
    before a capital. The tokenizer runs "… weapons to Kyiv.\nRussia invaded …" into one sentence when it reads
    "Kyiv." as one token; that full stop becomes a token of its own. A line break after anything else ("the
    U.S.\nmet", "(IS)\nattacked") stays inside the sentence (hard-wrapped text). Whether any sentence was split."""
    changed = False
    n = 0
    while n < len(sentences):
        sentence = sentences[n]
        spans = [e for e in sentence if "start_char" in e and "end_char" in e]
        prev = next((a for a, b in itertools.pairwise(spans)
                     if _line_break_ends(text[a["end_char"]:b["start_char"]], a["text"], b["text"])), None)
        if prev is not None:
            cut = _last(prev)
            head = [e for e in sentence if _last(e) <= cut]
            if isinstance(prev["id"], int) and len(prev["text"]) > 1 and prev["text"].endswith("."):
                head = [e for e in head if e is not prev] + _full_stop_apart(prev)  # "Kyiv." → "Kyiv" "."
            sentences[n:n + 1] = [head, [_shifted(e, -cut) for e in sentence if _last(e) > cut]]
            changed = True
        n += 1
    return changed


def _line_break_ends(gap: str, before: str, after: str) -> bool:
    if gap.count("\n") > 1:
        return True
    if "\n" not in gap or not after[:1].isupper() or before[-1:] not in ".!?":
        return False
    word = before[:-1]
    return not (word and ("." in word or word.isupper() or before.lower() in _TITLES))  # "U.S.", "Rep."


def _full_stop_apart(word: TokenDict) -> list[TokenDict]:
    stem = dict(word, text=word["text"][:-1], end_char=word["end_char"] - 1)
    stop = {"id": word["id"] + 1, "text": ".", "start_char": word["end_char"] - 1, "end_char": word["end_char"]}
    return [stem, stop]
