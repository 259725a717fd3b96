"""Parser-independent data model: Document → Sentence → Token.

Nothing here knows about Stanza; the engine only ever sees these objects, so a parse can come from Stanza,
from a CoNLL-U file, or from any other Universal Dependencies parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date


@dataclass(slots=True)
class Token:
    """One syntactic word of a sentence (UD "word"; multi-word tokens are already split)."""

    id: int  # 1-based position in the sentence
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str  # UD feature string, "_" or "" when absent
    head: int  # 0 = root
    deprel: str
    start_char: int = -1  # offsets into Document.text; -1 when unknown
    end_char: int = -1

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Sentence:
    """A parsed sentence; ``tokens[i].id == i + 1``."""

    id: str
    text: str
    tokens: list[Token]
    _children: list[list[Token]] | None = field(default=None, repr=False, compare=False)

    def children(self, token_id: int) -> list[Token]:
        """Dependents of the token with this id (0 = the root's parent), in sentence order."""
        if self._children is None:
            kids: list[list[Token]] = [[] for _ in range(len(self.tokens) + 1)]
            for tok in self.tokens:
                if 0 <= tok.head <= len(self.tokens):
                    kids[tok.head].append(tok)
            self._children = kids
        return self._children[token_id]

    def token(self, token_id: int) -> Token:
        return self.tokens[token_id - 1]


@dataclass(slots=True)
class Document:
    """A document: its id, optional date, raw text and parsed sentences."""

    id: str
    text: str = ""
    date: Date | None = None
    sentences: list[Sentence] = field(default_factory=list)
