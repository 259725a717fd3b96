"""Text keys for matching names: case-, accent-, apostrophe- and space-insensitive."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-",
                              "\u2011": "-", "\u2013": "-"})
_PIECES = re.compile(r"\w+|[^\w\s]")


def key(text: str) -> str:
    """The matching key of a name: lower case, no accents, no spaces, no hyphens ("Côte d'Ivoire" →
    "coted'ivoire"; "Guinea-Bissau" and "Guinea Bissau", "Vice-President" and "vice president" are one key)."""
    if text.isascii():
        text = text.lower()
        if "-" in text:
            text = text.replace("-", "")
        return _SPACE.sub("", text) if " " in text or "\t" in text or "\n" in text else text  # tokens: no regex
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub("", text.lower().replace("-", ""))


def piece_count(text: str) -> int:
    """How many parser tokens a name may span at most (words and punctuation marks)."""
    return len(_PIECES.findall(text))
