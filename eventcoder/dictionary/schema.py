"""Pydantic schemas for dictionary entries as written in the files (validation happens here)."""

from __future__ import annotations

import re
from datetime import date as Date

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from eventcoder import cameo

ACTOR_CODE = re.compile(r"^(?:[A-Z]{3}|---)+$")
ROLE_CODE = re.compile(r"^(?:[A-Z]{3})+$")
WORD = re.compile(r"^[^\s]+(?: [^\s]+)*$")
SUBJECT_PREPOSITIONS = frozenset({"by", "of", "from", "with", "for", "in", "on", "to", "against"})


def _clean_words(values: list[str], what: str) -> list[str]:
    out = []
    for v in values:
        v = " ".join(str(v).split()).lower()
        if not v:
            raise ValueError(f"empty {what}")
        out.append(v)
    return out


def _one_word_each(values: list[str], what: str, hint: str) -> list[str]:
    values = _clean_words(values, what)
    for value in values:
        if " " in value:
            raise ValueError(f"{what} {value!r}: {hint}")
    return values


_NO_EVENT_RECODING = {"if_negated": "a negated predicate is no event anyway; remove 'if_negated'",
                      "if_state_source": "'if_state_source' must be a CAMEO code; write a separate no-event rule "
                                         "instead"}


class VerbRuleSpec(BaseModel):
    """One rule of a ``verbs/*.yml`` file."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)  # nominal events: "ECOWAS's sanctions against Niger"
    name: str | None = None
    object: list[str] = Field(default_factory=list)
    subject: list[str] = Field(default_factory=list)  # required subject nouns: "[hackers] targeted …"
    complement: list[str] = Field(default_factory=list)
    # the complement clause states an obligation by one of these modals: "Russia said Israel [must] end …"
    complement_modal: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=lambda: ["obj"])
    # the giver, for verbs of receiving: "received aid [from the EU]"; the subject is then the target
    source: list[str] = Field(default_factory=list)
    reciprocal: bool = False
    fallback: bool = False
    if_negated: str | None = None  # the code a negated predicate gets instead: "will not lift sanctions" → 1244
    # the code when the source is a state or an international organisation: "Japan protested the launch" → 114
    if_state_source: str | None = None

    @field_validator("code", mode="before")
    @classmethod
    def _code_is_cameo(cls, v: object) -> str:
        if isinstance(v, int):
            raise ValueError(f"code {v} must be quoted (\"{v}\"): unquoted codes lose their leading zeros")
        if not isinstance(v, str) or not (cameo.is_code(v.strip()) or v.strip() == cameo.NO_EVENT):
            raise ValueError(f"unknown CAMEO code {v!r}; see eventcoder/data/cameo_event_codes.csv "
                             f"(or \"{cameo.NO_EVENT}\" for a reading that is no event)")
        return v.strip()

    @field_validator("if_negated", "if_state_source", mode="before")
    @classmethod
    def _recoding(cls, v: object, info: ValidationInfo) -> object:
        """A code a rule recodes to: a CAMEO code, never "---"."""
        if v is None:
            return None
        code = cls._code_is_cameo(v)
        if code == cameo.NO_EVENT:
            raise ValueError(_NO_EVENT_RECODING[info.field_name])
        return code

    @field_validator("verbs", "nouns", "object", "subject", "complement", "complement_modal", "target", "source",
                     mode="before")
    @classmethod
    def _listify(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @model_validator(mode="after")
    def _verbs_or_nouns(self) -> VerbRuleSpec:
        if bool(self.verbs) == bool(self.nouns):
            raise ValueError("a rule needs either 'verbs' or 'nouns' (one of the two, not both)")
        if self.nouns and (self.complement or self.complement_modal):
            raise ValueError("a noun rule ('nouns') takes no 'complement'; use 'object' for what its 'of' phrase "
                             "must name, and 'target' prepositions")
        if self.subject and self.nouns:
            raise ValueError("a noun rule ('nouns') takes no 'subject': use 'object' for the noun's compound or "
                             "'of' phrase")
        if self.source and self.nouns:
            raise ValueError("a noun rule ('nouns') takes no 'source': its source is the noun's owner or 'by' "
                             "phrase")
        if self.code == cameo.NO_EVENT:
            extra = sorted({"target", "source", "reciprocal", "fallback", "if_negated", "if_state_source"}
                           & self.model_fields_set)
            if extra:
                raise ValueError(f"a no-event rule (code \"{cameo.NO_EVENT}\") codes nothing; "
                                 f"remove {', '.join(extra)}")
            return self
        if self.source and "target" in self.model_fields_set:
            raise ValueError("a rule with 'source' takes its target from the verb's subject (the receiver); "
                             "remove 'target'")
        return self

    @field_validator("nouns")
    @classmethod
    def _nouns(cls, v: list[str]) -> list[str]:
        return _one_word_each(v, "noun", "write one noun lemma (the phrase's head word)")

    @field_validator("verbs")
    @classmethod
    def _verbs(cls, v: list[str]) -> list[str]:
        v = _clean_words(v, "verb")
        for verb in v:
            if len(verb.split()) > 2:
                raise ValueError(f"verb {verb!r}: write a verb lemma, optionally with one particle ('crack down')")
        return v

    @field_validator("object")
    @classmethod
    def _phrases(cls, v: list[str]) -> list[str]:
        return _clean_words(v, "phrase")

    @field_validator("subject")
    @classmethod
    def _subject_phrases(cls, v: list[str]) -> list[str]:
        v = _clean_words(v, "phrase")
        for phrase in v:
            if len(phrase.split()) > 1 and phrase.split()[0] in SUBJECT_PREPOSITIONS:
                raise ValueError(f"subject {phrase!r}: write the subject noun, without a preposition")
        return v

    @field_validator("complement")
    @classmethod
    def _clauses(cls, v: list[str]) -> list[str]:
        v = _clean_words(v, "phrase")
        for phrase in v:
            if phrase.split()[0] == "any" and phrase != "any":
                raise ValueError(f"complement {phrase!r}: 'any' stands alone (any clause, whatever its verb)")
        return v

    @field_validator("complement_modal")
    @classmethod
    def _modals(cls, v: list[str]) -> list[str]:
        return _one_word_each(v, "modal", "write one modal word (must, should, ought …)")

    @field_validator("target")
    @classmethod
    def _target(cls, v: list[str]) -> list[str]:
        return _one_word_each(v, "target place", "use obj, iobj, complement, or one preposition")

    @field_validator("source")
    @classmethod
    def _source(cls, v: list[str]) -> list[str]:
        return _one_word_each(v, "source place", "use obj, iobj, or one preposition")


class ActorRow(BaseModel):
    """One row of an ``actors/*.csv`` file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    phrase: str = Field(min_length=1)
    code: str
    valid_from: Date | None = Field(default=None, alias="from")
    valid_until: Date | None = Field(default=None, alias="until")
    note: str = ""

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, v: str) -> str:
        v = " ".join(v.split())
        if not v:
            raise ValueError("empty phrase")
        return v

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        v = v.strip()
        if not ACTOR_CODE.match(v):
            raise ValueError(f"actor code {v!r} must be 3-letter upper-case parts, e.g. NER, NERMIL, IGOWAFWAS")
        return v

    @field_validator("valid_from", "valid_until", mode="before")
    @classmethod
    def _empty_date(cls, v: object) -> object:
        return None if v in ("", None) else v

    @model_validator(mode="after")
    def _ordered(self) -> ActorRow:
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError(f"'from' {self.valid_from} is after 'until' {self.valid_until}")
        return self


class AgentRow(BaseModel):
    """One row of an ``agents/*.csv`` file."""

    model_config = ConfigDict(extra="forbid")

    phrase: str = Field(min_length=1)
    role: str
    plural: str = ""
    note: str = ""

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, v: str) -> str:
        v = " ".join(v.split()).lower()
        if not v:
            raise ValueError("empty phrase")
        return v

    @field_validator("role")
    @classmethod
    def _role(cls, v: str) -> str:
        v = v.strip()
        if not ROLE_CODE.match(v):
            raise ValueError(f"role {v!r} must be one or more 3-letter upper-case codes, e.g. MIL, GOV")
        return v
