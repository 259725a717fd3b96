"""Compiled, indexed dictionaries: what the engine looks things up in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

HOME = "home"  # target place: the state source's own country, when no other place names a target (a curfew)
TARGET_PLACES = frozenset({"obj", "iobj", "complement", HOME})  # target places that are not prepositions
MODAL_KEY = "+"  # complement spec "+must": any clause with that modal ("Israel [must] end …")
ANY_CLAUSE = "any"  # complement spec "any": the verb governs some clause ("noted [that …]"); the clause is not used
ANY_OBJECT = "*"  # a complement's object written "*": any object ("threatened to strike *")


@dataclass(frozen=True, slots=True)
class NounSpec:
    """A required noun: head lemma, modifiers that must be on it, and its preposition (None = object)."""

    head: str
    modifiers: tuple[str, ...] = ()
    prep: str | None = None


@dataclass(frozen=True, slots=True)
class ComplementSpec:
    """A required complement clause: its verb lemma, optionally a particle ("step down") or an object."""

    verb: str
    obj: NounSpec | None = None
    particle: str | None = None


@dataclass(slots=True)  # not frozen: thousands are built at load time, and frozen init is slow
class Rule:
    """One verb rule for one lemma (a YAML rule with three verbs compiles to three of these)."""

    name: str
    code: str
    lemma: str
    particle: str | None
    objects: tuple[NounSpec, ...]
    complements: tuple[ComplementSpec, ...]
    targets: tuple[str, ...]
    origin: str  # "verbs/16_reduce_relations.yml:12"
    order: float  # load order, for ties (a replacing user rule takes the replaced rule's place)
    reciprocal: bool = False  # the event goes both ways: "A met B" → A→B and B→A
    nominal: bool = False  # triggered by a noun ("sanctions against Niger"), not a verb
    fallback: bool = False  # codes only when nothing else in the sentence does ("X said …" → 010)
    if_negated: str | None = None  # code for the negated predicate ("will not lift sanctions" → 1244)
    if_state_source: str | None = None  # code when the source is a state or an IGO ("Japan protested" → 114)
    sources: tuple[str, ...] = ()  # where the source is instead of the subject, which is then the target:
    # "Ukraine received F-16s [from Denmark]" → DNK 072 UKR
    subjects: tuple[NounSpec, ...] = ()  # required subject nouns: "[hackers] targeted …" → 176, not 190
    specificity: int = 0  # see rule_specificity; set at load time, read by matching for every candidate


def rule_specificity(complements: tuple[ComplementSpec, ...], objects: tuple[NounSpec, ...],
                     subjects: tuple[NounSpec, ...], particle: str | None) -> int:
    """Complement > object or subject > particle or "any" clause > bare verb. "Any clause" only tells a speech
    verb from its other uses ("maintained that …" / "maintains troops"), so it ranks with a particle."""
    named = any(spec.verb != ANY_CLAUSE for spec in complements)
    return 4 * named + 2 * bool(objects) + 2 * bool(subjects) + bool(particle or complements)


@dataclass(slots=True)
class VerbIndex:
    """The rules of one verb, indexed by what they require, so matching never scans every rule.

    The index is built on first use: most of a dictionary's ~130k (rule, noun) pairs belong to verbs that a
    given corpus rarely or never uses, so loading stays fast.
    """

    rules: list[Rule]  # best first
    _by_object: dict[tuple[str | None, str], list[tuple[Rule, NounSpec]]] | None = None
    _by_complement: dict[str, list[tuple[Rule, ComplementSpec]]] = field(default_factory=dict)
    _by_subject: list[Rule] = field(default_factory=list)
    _bare: list[Rule] = field(default_factory=list)
    _cues: frozenset[str] | None = None
    _needs_cue: bool = False

    def _build(self) -> dict[tuple[str | None, str], list[tuple[Rule, NounSpec]]]:
        """Fill the indexes from ``rules``; built in locals and assigned at the end, so that two threads that
        build at once both leave a complete index."""
        by_object: dict[tuple[str | None, str], list[tuple[Rule, NounSpec]]] = {}
        by_complement: dict[str, list[tuple[Rule, ComplementSpec]]] = {}
        by_subject: list[Rule] = []
        bare: list[Rule] = []
        for rule in self.rules:
            if rule.complements:
                for spec in rule.complements:
                    by_complement.setdefault(spec.verb, []).append((rule, spec))
            elif rule.objects:
                for noun in rule.objects:
                    by_object.setdefault((noun.prep, noun.head), []).append((rule, noun))
            elif rule.subjects:
                by_subject.append(rule)
            else:
                bare.append(rule)
        self._by_complement, self._by_subject, self._bare = by_complement, by_subject, bare
        self._needs_cue = not bare and ANY_CLAUSE not in by_complement
        self._by_object = by_object
        return by_object

    @property
    def by_object(self) -> dict[tuple[str | None, str], list[tuple[Rule, NounSpec]]]:
        """(preposition or None, required noun head) → (rule, noun spec), best rule first."""
        return self._build() if self._by_object is None else self._by_object

    @property
    def by_complement(self) -> dict[str, list[tuple[Rule, ComplementSpec]]]:
        """Required clause verb (or ``+modal``, or ``any``) → (rule, complement spec), best rule first."""
        if self._by_object is None:
            self._build()
        return self._by_complement

    @property
    def by_subject(self) -> list[Rule]:
        """Rules that require only a subject noun ("[hackers] attacked")."""
        if self._by_object is None:
            self._build()
        return self._by_subject

    @property
    def bare(self) -> list[Rule]:
        """Rules with no object and no complement, best first (particle rules first)."""
        if self._by_object is None:
            self._build()
        return self._bare

    @property
    def needs_cue(self) -> bool:
        """Whether the verb can match only when one of its ``cues`` occurs in the sentence."""
        if self._by_object is None:
            self._build()
        return self._needs_cue

    @property
    def cues(self) -> frozenset[str]:
        """Words one of which a sentence must contain for a verb without bare rules to match (required object
        heads and their hyphen parts, complement verbs, modals): the engine skips the verb's frame otherwise."""
        if self._cues is None:
            words = {verb.removeprefix(MODAL_KEY) for verb in self.by_complement}
            words.update(head for _, head in self.by_object)
            words.update(spec.head for rule in self.by_subject for spec in rule.subjects)
            words.update(part for word in list(words) if "-" in word for part in word.split("-") if part)
            self._cues = frozenset(words)
        return self._cues


@dataclass(slots=True)
class ActorEntry:
    phrase: str
    code: str
    valid_from: Date | None
    valid_until: Date | None
    origin: str

    @property
    def is_default(self) -> bool:
        return self.valid_from is None and self.valid_until is None

    def fits(self, when: Date) -> bool:
        return ((self.valid_from is None or self.valid_from <= when)
                and (self.valid_until is None or when <= self.valid_until))


@dataclass(frozen=True, slots=True)
class AgentEntry:
    phrase: str
    role: str
    origin: str


def resolve_dated(entries: list[ActorEntry], when: Date | None) -> ActorEntry | None:
    """Pick the entry for a date: first fitting row wins; no date → the default, else the open-ended one, else
    the row that ended last (an undated "President Duterte" is the president he was, not nobody)."""
    if when is None:
        for e in entries:
            if e.is_default:
                return e
        for e in entries:
            if e.valid_until is None:
                return e
        return max(entries, key=lambda e: e.valid_until, default=None)
    for e in entries:
        if e.fits(when):
            return e
    return None


@dataclass(slots=True)
class Dictionaries:
    """All loaded dictionaries, indexed for the engine."""

    rules: dict[str, list[Rule]] = field(default_factory=dict)  # verb lemma → rules, best first
    index: dict[str, VerbIndex] = field(default_factory=dict)  # lemma and its inflected forms → rules
    noun_rules: dict[str, list[Rule]] = field(default_factory=dict)  # noun lemma and plural → rules
    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)  # name key → dated entries
    agents: dict[str, AgentEntry] = field(default_factory=dict)  # name key → role
    actor_span: int = 1  # longest actor name, in parser tokens
    agent_span: int = 1
    sources: list[str] = field(default_factory=list)  # the directories loaded, in order

    @property
    def rule_count(self) -> int:
        return len({r.name for rules in (*self.rules.values(), *self.noun_rules.values()) for r in rules})
