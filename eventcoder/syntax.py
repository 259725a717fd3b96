"""Small helpers over Universal Dependencies trees, shared by the actor resolver and the rule engine."""

from __future__ import annotations

from eventcoder.document import Sentence, Token

# Verbs of saying that attribute a sentence to a speaker ("…, the minister [said]"); the engine's reporting
# verbs add verbs of knowing and finding to these.
SPEECH_VERBS = frozenset({"say", "tell", "add", "report", "announce", "write", "claim", "confirm", "state", "note",
                          "insist", "explain"})


def case_of(sentence: Sentence, tok: Token) -> str:
    """The phrase's preposition (first ``case`` word, whatever its tag: "according [to]" is tagged VERB), or
    its clause marker ("to", "that"); "" when it has none."""
    for child in sentence.children(tok.id):
        if child.deprel == "case" or (child.deprel == "mark" and child.upos in ("ADP", "SCONJ", "PART")):
            return child.text.lower()
    return ""


def phrases_with(sentence: Sentence, tok: Token, prep: str) -> list[Token]:
    """The noun's prepositional phrases (``nmod``) with this preposition: "the attack [by rebels]"."""
    return [c for c in sentence.children(tok.id) if c.deprel.startswith("nmod") and case_of(sentence, c) == prep]


def phrase_span(sentence: Sentence, tok: Token) -> tuple[int, int]:
    """The ids of the first and the last word of the phrase ``tok`` heads (its whole subtree)."""
    first = last = tok.id
    stack = [tok]
    while stack:
        for child in sentence.children(stack.pop().id):
            first, last = min(first, child.id), max(last, child.id)
            stack.append(child)
    return first, last


def phrase_start(sentence: Sentence, tok: Token) -> int:
    """The id of the first word of the phrase ``tok`` heads."""
    return phrase_span(sentence, tok)[0]


def phrase_end(sentence: Sentence, tok: Token) -> int:
    """The id of the last word of the phrase ``tok`` heads."""
    return phrase_span(sentence, tok)[1]


def hyphen_inside(sentence: Sentence, tok: Token) -> bool:
    """A hyphen written without spaces between two capitalised words, which the tokenizer split: "PML-N",
    "SPLM-IO", "US-China"."""
    if tok.text != "-" or tok.id < 2 or tok.id >= len(sentence.tokens):
        return False
    before, after = sentence.tokens[tok.id - 2], sentence.tokens[tok.id]
    return (before.text[:1].isupper() and after.text[:1].isupper() and tok.start_char >= 0
            and before.end_char == tok.start_char and tok.end_char == after.start_char)


def hyphen_partner(sentence: Sentence, tok: Token) -> Token | None:
    """The name before a hyphen that pairs it with ``tok``: "[US]-China talks", "the [Israel]-Hamas war"."""
    if tok.id < 3 or not hyphen_inside(sentence, sentence.tokens[tok.id - 2]):
        return None
    partner = sentence.tokens[tok.id - 3]
    return partner if partner.upos == "PROPN" else None


def name_conjuncts(sentence: Sentence, head: Token) -> list[Token]:
    """Names the parser chained into one name across "and": "[Prime Minister Nikol Pashinyan] and [President
    Ilham Aliyev]" comes out as one ``flat`` (or ``list``) chain, one of whose parts starts with the "and". The
    heads of the later names (``head`` itself not included)."""
    if head.upos != "PROPN":
        return []
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        for child in sentence.children(tok.id):
            if child.id < head.id or not (child.deprel in ("flat", "flat:name", "compound", "list")
                                          or (child.deprel.startswith("nmod") and child.upos == "PROPN")):
                continue
            first = sentence.tokens[phrase_start(sentence, child) - 1]
            if first.deprel == "cc" and first.lower == "and" and first.id < child.id:
                out.append(child)
            else:
                stack.append(child)
    return out
