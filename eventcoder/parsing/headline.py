"""Headlines written in Title Case or ALL CAPITALS, re-cased for the tagger and the parser.

Stanza's English models learnt case from running text: in "Iran Attacks Israel" or "IRAN ATTACKS ISRAEL" they
read every word as a name and find no verb. Such a sentence is tagged and parsed in sentence case instead
("Iran attacks israel"); the character models read lower-case names well. Only the letters' case changes, so
every token keeps its offsets, and the parsed tokens get their original text back (names are matched on it).

Kept as written: the first word; in Title Case, acronyms ("US", "NATO", "U.S.") and words with inner capitals
("McCain"); in capitals, words of up to three letters that are not common English words ("US", "UN", "EU",
"IMF": headlines mean the country by "US", not the pronoun) and well-known longer acronyms ("NATO", "OPEC").
"""

from __future__ import annotations

from collections.abc import Sequence

# words a Title Case headline may leave in lower case ("Sanctions on Niger", "Talks to Resume")
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "nor", "but", "of", "on", "in", "to", "for", "at", "by",
                          "with", "as", "from", "into", "onto", "over", "vs", "vs.", "via", "per", "amid", "after",
                          "'s", "’s", "n't"})
# short words written in capitals that are English words, not acronyms ("IRAN IS READY TO TALK")
_SHORT_WORDS = frozenset({
    "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
    "on", "or", "so", "to", "up", "we", "aid", "all", "and", "any", "are", "arm", "ask", "ban", "bid", "but",
    "can", "cut", "day", "did", "end", "for", "get", "had", "has", "her", "his", "hit", "how", "its", "key", "law",
    "let", "may", "met", "new", "nor", "not", "now", "off", "old", "one", "our", "out", "put", "row", "say", "see",
    "set", "she", "six", "spy", "tax", "ten", "the", "too", "top", "two", "vow", "war", "was", "who", "why", "win",
    "won", "yes", "yet", "also", "amid", "arms", "army", "asks", "back", "bans", "been", "bids", "call", "cuts",
    "deal", "door", "down", "ends", "five", "four", "from", "gets", "have", "held", "help", "hits", "hold", "into",
    "join", "kill", "last", "lead", "meet", "more", "most", "must", "nine", "over", "plan", "says", "seek", "sees",
    "send", "sets", "some", "talk", "than", "that", "them", "they", "this", "told", "toll", "urge", "vote", "vows",
    "warn", "were", "what", "when", "will", "wins", "with", "year", "gas", "oil", "jet", "sea", "air", "fly", "run",
    "try", "buy", "sue", "bar", "job", "pay", "sit",
})
# acronyms of four letters or more that stay in capitals ("HALT", "FREE" are words)
_ACRONYMS = frozenset({"NATO", "OPEC", "IAEA", "ICAO", "UNGA", "UNSC", "NASA", "FIFA", "IGAD", "SADC", "ISIS",
                       "ISIL", "UNDP", "UNHCR", "UNRWA", "UNICEF", "UNESCO", "ASEAN", "AMISOM", "MONUSCO", "MINUSMA",
                       "ECOWAS", "USAID", "CENTCOM", "AFRICOM", "BRICS", "OSCE", "OECD", "APEC", "NAFTA"})
_MIN_WORDS = 3
_SHARE = 0.8


def recased(words: Sequence[str]) -> list[str] | None:
    """The words of a Title Case or ALL CAPITALS headline in sentence case, or None for any other sentence."""
    alphabetic = [n for n, word in enumerate(words) if any(ch.isalpha() for ch in word)]
    if len(alphabetic) < _MIN_WORDS:
        return None
    if _all_capitals(words, alphabetic):
        return [_from_capitals(word, first=(n == alphabetic[0])) for n, word in enumerate(words)]
    if _title_case(words, alphabetic):
        return [word if n == alphabetic[0] else _from_title_case(word) for n, word in enumerate(words)]
    return None


def _all_capitals(words: Sequence[str], alphabetic: list[int]) -> bool:
    long_words = [words[n] for n in alphabetic if sum(ch.isalpha() for ch in words[n]) > 1]
    return len(long_words) >= _MIN_WORDS and sum(w.isupper() for w in long_words) >= _SHARE * len(long_words)


def _title_case(words: Sequence[str], alphabetic: list[int]) -> bool:
    """Every word after the first capitalised, but for small words ("on", "the"): a sentence with many names
    still has a lower-case verb or noun somewhere."""
    rest = [words[n] for n in alphabetic[1:] if words[n].lower() not in _SMALL_WORDS]
    return len(rest) >= _MIN_WORDS - 1 and all(w[0].isupper() for w in rest) and any(
        w[0].isupper() and w[1:].islower() for w in rest)


def _from_capitals(word: str, first: bool) -> str:
    if not word.isupper():
        return word
    if first:
        return word[0] + word[1:].lower()
    letters = sum(ch.isalpha() for ch in word)
    if (letters <= 3 and word.lower() not in _SHORT_WORDS) or word in _ACRONYMS:
        return word  # an acronym: "US", "UN", "NATO"
    return word.lower()


def _from_title_case(word: str) -> str:
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and any(ch.isalpha() for ch in word):
        return word.lower()  # "Attacks", "Israel"; not "US", "U.S.", "McCain"
    return word
