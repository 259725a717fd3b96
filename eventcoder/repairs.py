"""Repairs of parser errors that recur in news and would hide whole events, applied before a sentence is coded.

Each repair rewrites a few heads and labels in place, only for one exact tree shape, and is idempotent (a
repaired tree no longer has the shape). The engine works on any UD parse, so repairs live here and not in the
Stanza wrapper: a CoNLL-U file from elsewhere gets them too.
"""

from __future__ import annotations

from eventcoder.document import Sentence, Token
from eventcoder.syntax import SPEECH_VERBS

# Verbs of telling whose "that" clause the parser reads as a relative clause on the hearer
_TELLING = frozenset({"tell", "inform", "assure", "remind", "warn", "brief", "notify", "advise", "promise"})


# Time nouns after "next", "last" …: a place name right before them is misread as their possessor ("visit [Moscow]
# next month")
_TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "day", "spring", "summer", "autumn", "fall", "winter"})
_AGO_NOUNS = _TIME_NOUNS | {"decade", "hour", "minute", "century"}  # "two [years] ago"
_TIME_DETERMINERS = frozenset({"next", "last", "this", "coming", "following"})

# Words whose lemma does end in "-oe" ("foes", "canoes")
_OE_WORDS = frozenset({"shoe", "toe", "foe", "canoe", "hoe", "oboe", "floe", "doe", "roe", "woe", "tiptoe", "sloe",
                       "aloe", "throe", "horseshoe", "backhoe", "mistletoe", "snowshoe", "felloe", "joe"})

# Adjectives of readiness: "it was willing [to resume] talks" is read as an extraposed subject clause (not
# "able": "it is able to strike targets in Europe" states a capability, no intent)
READINESS = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen", "committed", "unwilling",
                       "reluctant"})


# Verbs of how talks or fighting go, without an object: a participle of one after a "between" phrase is the verb
_HAPPENING = frozenset({"collapse", "erupt", "stall", "founder", "falter", "fizzle", "break", "resume", "begin",
                        "continue", "end", "start", "fail", "intensify", "escalate", "flare", "rage", "subside"})

# Words whose tree shape some repair checks: particles and the prepositions of comparison and of two sides
_CASE_WORDS = frozenset({"over", "in", "than", "between", "Between"})

# Verbs of mood whose participle after "be" is an adjective: "India is [worried] about …", "Canada is
# [disappointed] by …" (Stanza reads a passive with an agent)
_MOODS = frozenset({"worry", "concern", "alarm", "trouble", "disappoint", "dismay", "sadden", "frustrate", "upset",
                    "disturb", "perturb", "encourage", "hearten", "displease",
                    # the lemmatizer often keeps the participle
                    "worried", "concerned", "alarmed", "troubled", "disappointed", "dismayed", "saddened",
                    "frustrated", "disturbed", "perturbed", "encouraged", "heartened", "displeased"})

# Adjectives of mood whose subject the parser labels as an expletive or a passive subject ("said [it] is
# confident the US will …", "said [it] is concerned over …")
MOOD_ADJECTIVES = frozenset({"concerned", "worried", "alarmed", "troubled", "pessimistic", "skeptical",
                              "sceptical", "doubtful", "gloomy", "anxious", "uneasy", "apprehensive", "wary",
                              "fearful", "disappointed", "dismayed", "optimistic", "hopeful", "upbeat", "confident",
                              "encouraged", "heartened", "positive"})

# Phrasal verbs whose particle the parser reads as the preposition of the object: "handed [over the pilot]"
_PARTICLES = {"hand": "over", "turn": "over", "take": "in"}


def repair_sentence(sentence: Sentence) -> None:
    """Apply every repair to the sentence, in place."""
    between = False  # "between" seen: only then can a second side be misread as a subject
    for tok in sentence.tokens:
        rel, text = tok.deprel, tok.text
        if tok.lemma[-2:] == "oe" and text[-3:].lower() == "oes" and tok.upos in ("NOUN", "VERB"):
            _oes_lemma(tok)
        between = between or text in ("between", "Between", "BETWEEN")
        if rel == "csubj":
            if tok.head:
                _willing_to(sentence, tok)
        elif rel == "nsubj" and tok.upos == "PRON" and text in ("that", "That"):
            _told_that(sentence, tok)
        elif rel == "case" and text in ("as", "As"):
            _as_adjective_first(sentence, tok)
        if rel == "nsubj" and between and tok.head:
            _second_side_as_subject(sentence, tok)
        elif rel == "nsubj" and tok.id == 3 and tok.head:
            _headline_pair(sentence, tok)
        elif rel == "acl" and tok.upos == "VERB" and tok.head:
            _clause_read_as_subject(sentence, tok)
        elif rel in ("nmod:poss", "compound") and tok.upos == "PROPN" and tok.head:
            _place_before_time(sentence, tok)
        if text in _CASE_WORDS and rel in ("case", "advmod") and tok.head:
            if text == "over" or text == "in":
                if tok.id > 1:
                    _particle_read_as_preposition(sentence, tok)
            elif rel == "case" and text == "than":
                if tok.id > 1:
                    _count_read_as_object(sentence, tok)
            elif rel == "case":  # "between"
                _second_side_on_the_noun(sentence, tok)
        elif tok.lemma in _MOODS and tok.upos == "VERB":
            _mood_read_as_passive(sentence, tok)
        elif tok.lemma in MOOD_ADJECTIVES and tok.upos == "ADJ":
            _mood_adjective_subject(sentence, tok)
        if text == "ago" and tok.id > 3:
            _name_before_ago(sentence, tok)
        if rel in ("nmod:poss", "obj") and tok.deprel == rel and tok.upos == "PROPN" and tok.head:
            _title_as_sibling(sentence, tok)
    if between:
        root = next((t for t in sentence.tokens if t.deprel == "root"), None)
        if root is not None and root.upos == "NOUN":
            _second_side_as_subject_of_a_conjunct(sentence, root)
            _verb_read_as_clause_on_a_side(sentence, root)


def _particle_read_as_preposition(sentence: Sentence, particle: Token) -> None:
    """"Pakistan handed [over] the captured pilot to India", "Lebanon has taken [in] a million refugees": the
    particle right after the verb is read as the preposition of an oblique (or an adverb), so the verb has no
    object and "hand over" / "take in" no particle. Made the verb's particle, its noun the object."""
    verb = sentence.token(particle.id - 1)
    if _PARTICLES.get(verb.lemma.lower()) != particle.text.lower() or verb.upos != "VERB":
        return
    kids = sentence.children(verb.id)
    if any(c.deprel == "compound:prt" for c in kids):
        return
    if particle.deprel == "case":
        noun = sentence.token(particle.head) if particle.head else None
        if noun is None or noun.head != verb.id or noun.deprel != "obl" or any(c.deprel == "obj" for c in kids):
            return
        noun.deprel = "obj"
    elif not any(c.deprel == "obj" for c in kids):  # an adverb: only beside an object the verb already has
        return
    particle.head, particle.deprel = verb.id, "compound:prt"
    sentence._children = None


def _second_side_on_the_noun(sentence: Sentence, between: Token) -> None:
    """"Talks between Iran [and the EU] resumed": the second side is read as a conjunct of the noun the "between"
    phrase is on ("Talks … and the EU"), so the phrase has one side. It is made the first side's conjunct."""
    first = sentence.token(between.head)
    if not first.deprel.startswith("nmod") or not first.head or any(
            c.deprel == "conj" for c in sentence.children(first.id)):
        return
    noun = sentence.token(first.head)
    second = next((c for c in sentence.children(noun.id) if c.deprel == "conj" and c.id > first.id), None)
    if second is None or second.upos not in ("PROPN", "NOUN") or not any(
            c.deprel == "cc" and c.lower == "and" for c in sentence.children(second.id)):
        return
    if any(c.deprel in ("case", "det") and c.upos == "ADP" for c in sentence.children(second.id)):
        return  # "talks between A in Doha and [in] Cairo": a phrase of its own
    second.head = first.id
    sentence._children = None


def _mood_read_as_passive(sentence: Sentence, verb: Token) -> None:
    """"India is [worried] about China's build-up", "Canada is [disappointed] by India's decision": a mood read as
    a passive, so the one who feels it is an object and the cause its agent. Made the adjective it is: the
    passive subject its subject, "be" its copula, the "by" phrase a plain oblique. Also "remains [concerned]"."""
    kids = sentence.children(verb.id)
    passive = any(c.deprel == "aux:pass" and c.lemma == "be" for c in kids)
    if not passive and not (verb.deprel == "xcomp" and verb.xpos == "VBN"):
        return
    if verb.xpos != "VBN" or any(c.deprel in ("obj", "xcomp", "ccomp") for c in kids):
        return  # ("Iran was encouraged [to join] the talks": a passive appeal)
    verb.upos, verb.lemma = "ADJ", verb.text.lower()
    verb.feats = "Degree=Pos"
    for c in kids:
        if c.deprel == "nsubj:pass":
            c.deprel = "nsubj"
        elif c.deprel == "aux:pass":
            c.deprel = "cop"
        elif c.deprel == "obl:agent":
            c.deprel = "obl"
    sentence._children = None


def _mood_adjective_subject(sentence: Sentence, adjective: Token) -> None:
    """"China said [it] is confident the US will lift the tariffs", "the EU said [it] is concerned over …": the
    subject of a mood adjective read as an expletive or a passive subject (and the clause of what is hoped as
    a clausal subject) is its subject, and the clause its complement: no one feels "it is concerned" about
    nothing."""
    kids = sentence.children(adjective.id)
    if not any(c.deprel == "cop" for c in kids) or any(c.deprel == "nsubj" for c in kids):
        return
    subject = next((c for c in kids if c.deprel == "nsubj:pass" or (c.deprel == "expl" and c.lower == "it")), None)
    if subject is None:
        return
    subject.deprel = "nsubj"
    for c in kids:
        if c.deprel == "csubj":
            c.deprel = "ccomp"
    sentence._children = None


def _count_read_as_object(sentence: Sentence, than: Token) -> None:
    """"Police arrested [more] than 300 [protesters]", "Lebanon has taken in [more] than a million [refugees]": the
    comparative is read as the verb's object (or an adverb of it) and the counted noun as an oblique with "than",
    so the verb has no object. The noun is made the object, "more than" its modifier."""
    more = sentence.token(than.id - 1)
    if more.text.lower() not in ("more", "fewer", "less") or not more.head:
        return
    noun = sentence.token(than.head)
    if noun.upos == "NUM" and noun.deprel == "nummod" and noun.head:
        noun = sentence.token(noun.head)
    verb = more.head
    if noun.upos != "NOUN" or noun.deprel != "obl" or noun.head != verb or noun.id < than.id:
        return
    if sentence.token(verb).upos != "VERB" or any(
            c.deprel == "obj" and c is not more for c in sentence.children(verb)):
        return
    noun.deprel = "obj"
    more.head, more.deprel = noun.id, "advmod"
    than.head, than.deprel = more.id, "fixed"
    sentence._children = None


def _oes_lemma(tok: Token) -> None:
    """"embargoes", "vetoes", "torpedoes": Stanza's lemmatizer drops only the "s" ("embargoe"), so no rule for
    "embargo" or "veto" matches. The lemma of an "-oes" word is its "-o" form, but for the real "-oe" words."""
    if tok.lemma.lower() not in _OE_WORDS and len(tok.lemma) > 3:
        tok.lemma = tok.lemma[:-1]


def _willing_to(sentence: Sentence, clause: Token) -> None:
    """"Iran said it was willing [to resume] talks": Stanza reads "it" as an ``expl`` and the "to" clause as the
    adjective's ``csubj`` (as in "it is hard to say"). For adjectives of readiness, the clause is an ``xcomp``."""
    adjective = sentence.token(clause.head)
    if adjective.upos != "ADJ" or adjective.lemma.lower() not in READINESS:
        return
    if not any(c.deprel == "mark" and c.lower == "to" for c in sentence.children(clause.id)):
        return
    clause.deprel = "xcomp"
    sentence._children = None


def _told_that(sentence: Sentence, that: Token) -> None:
    """"The minister told [reporters] [that] Israel had violated the ceasefire": Stanza makes "that" the subject
    of a relative clause on "reporters", so the clause has two subjects. Re-attach the clause to "told" as its
    ``ccomp`` and make "that" its ``mark``."""
    verb = sentence.token(that.head) if that.head else None
    if verb is None or verb.deprel != "acl:relcl" or not verb.head:
        return
    hearer = sentence.token(verb.head)
    if hearer.deprel not in ("obj", "iobj") or not hearer.head:
        return
    telling = sentence.token(hearer.head)
    if telling.lemma.lower() not in _TELLING:
        return
    subjects = [c for c in sentence.children(verb.id) if c.deprel in ("nsubj", "nsubj:pass") and c is not that]
    if not subjects or subjects[0].id < that.id:  # "the reporters [that] he met": one subject, before the verb
        return
    verb.head, verb.deprel = telling.id, "ccomp"
    that.head, that.deprel, that.upos = verb.id, "mark", "SCONJ"
    sentence._children = None  # the dependents index is rebuilt on next use


def _as_adjective_first(sentence: Sentence, as_word: Token) -> None:
    """"India dismissed [as baseless] [Canada's allegations]": the verdict comes before the object, and Stanza
    reads "as" as the preposition of the object (an ``obl``) with the adjective as its modifier. When a determiner
    or a possessor follows the adjective (no attributive adjective can stand before those), the noun is the
    verb's ``obj`` and "as" + adjective its ``obl``."""
    if not as_word.head or as_word.id + 2 > len(sentence.tokens):
        return
    adjective = sentence.tokens[as_word.id]  # the word right after "as" (token ids are 1-based)
    after = sentence.tokens[as_word.id + 1]
    if adjective.upos != "ADJ" or not adjective.head:
        return
    # "as" on the noun, or on the adjective that modifies it ("as [unacceptable] the remarks")
    noun = sentence.token(adjective.head if as_word.head == adjective.id else as_word.head)
    if noun.deprel != "obl" or not noun.head or adjective.head != noun.id:
        return
    if not (after.upos == "DET" or (after.deprel == "nmod:poss" and after.head == noun.id)):
        return
    verb = sentence.token(noun.head)
    if verb.upos != "VERB" or verb.id > as_word.id or any(c.deprel == "obj" for c in sentence.children(verb.id)):
        return
    noun.deprel = "obj"
    adjective.head, adjective.deprel = verb.id, "obl"
    as_word.head = adjective.id
    sentence._children = None


def _second_side_as_subject(sentence: Sentence, second: Token) -> None:
    """"[Clashes] between the Sudanese army and [the RSF] broke out": Stanza makes the second side of the
    "between" phrase a second subject of the verb. When the verb's first subject has a "between" phrase and the
    second subject follows it with its own "and", the second is that phrase's conjunct."""
    verb = sentence.token(second.head)
    subjects = [c for c in sentence.children(verb.id) if c.deprel == "nsubj"]
    if len(subjects) != 2 or subjects[1].id != second.id or second.id > verb.id:
        return
    first = subjects[0]
    between = next((c for c in sentence.children(first.id) if c.deprel == "nmod" and c.id < second.id
                    and any(k.deprel == "case" and k.lower == "between" for k in sentence.children(c.id))), None)
    if between is None or not any(c.deprel == "cc" and c.lower == "and" for c in sentence.children(second.id)):
        return
    second.head, second.deprel = between.id, "conj"
    sentence._children = None


def _clause_read_as_subject(sentence: Sentence, verb: Token) -> None:
    """"Suspected jihadists [killed] 23 soldiers in Burkina Faso, the army said": Stanza reads "jihadists killed …"
    as a noun with a participle, the subject of "said", which then has two subjects. When a speech verb's first
    subject carries a past-tense verb with an object of its own and a second subject follows after a comma, the
    verb is the reported clause (``ccomp``) and the noun its subject."""
    noun = sentence.token(verb.head)
    if noun.deprel != "nsubj" or not noun.head or verb.id != noun.id + 1 or "Tense=Past" not in verb.feats:
        return
    speech = sentence.token(noun.head)
    if speech.lemma.lower() not in SPEECH_VERBS or speech.id < verb.id:
        return
    subjects = [c for c in sentence.children(speech.id) if c.deprel == "nsubj"]
    if len(subjects) != 2 or subjects[0].id != noun.id:
        return
    if not any(c.deprel in ("obj", "obl") and c.id > verb.id for c in sentence.children(verb.id)):
        return
    if not any(t.text == "," for t in sentence.tokens[verb.id:subjects[1].id - 1]):
        return
    verb.head, verb.deprel = speech.id, "ccomp"
    noun.head = verb.id
    sentence._children = None


def _place_before_time(sentence: Sentence, name: Token) -> None:
    """"Modi will visit [Moscow] next month": Stanza reads the place as the possessor (or a compound) of "month"
    (no "'s"), so the visit has no object. A name without "'s" before "next/last/this + week/month/…" that the
    verb's time phrase owns is the verb's ``obj`` when the verb has none."""
    time = sentence.token(name.head)
    if time.lemma.lower() not in _TIME_NOUNS or not time.head or time.id != name.id + 2:
        return
    if not any(c.deprel == "amod" and c.lower in _TIME_DETERMINERS for c in sentence.children(time.id)):
        return
    if any(c.deprel == "case" for c in sentence.children(name.id)):  # "Moscow's next month": a real possessor
        return
    verb = sentence.token(time.head)
    if verb.upos != "VERB" or verb.id > name.id or any(c.deprel == "obj" for c in sentence.children(verb.id)):
        return
    name.head, name.deprel = verb.id, "obj"
    sentence._children = None


def _headline_pair(sentence: Sentence, second: Token) -> None:
    """"India, China agree to resume border patrols": headlines join two names with a comma; Stanza makes both
    subjects of the verb (or the first a ``vocative``). The second name is the first one's conjunct."""
    first, comma = sentence.tokens[0], sentence.tokens[1]
    if comma.text != "," or first.upos != "PROPN" or second.upos != "PROPN":
        return
    if first.head != second.head or first.deprel not in ("nsubj", "vocative"):
        return
    first.deprel = "nsubj"
    second.head, second.deprel = first.id, "conj"
    comma.head = second.id
    sentence._children = None


def _name_before_ago(sentence: Sentence, ago: Token) -> None:
    """"Russia invaded [Ukraine] two years ago", "sanctions imposed on [Eritrea] nine years ago": Stanza reads the
    name as a modifier inside the time phrase, so the verb loses its object (or its "on" phrase). A name right
    before "NUMBER + week/month/year/… + ago" that hangs inside that time phrase is the verb's argument: it takes
    the time phrase's preposition (``obl``), else it is the verb's ``obj`` when the verb has none (or when the
    time phrase was read as the object: "visited [China] two weeks ago")."""
    name, number, time = sentence.tokens[ago.id - 4:ago.id - 1]
    if name.upos != "PROPN" or number.upos != "NUM" or time.lemma.lower() not in _AGO_NOUNS:
        return
    if name.head not in (number.id, time.id) or not time.head or time.head == name.id:
        return
    verb = sentence.token(time.head)
    if verb.upos != "VERB":
        return
    cases = [c for c in sentence.children(time.id) if c.deprel == "case" and c.id < name.id]
    if cases:
        for case in cases:
            case.head = name.id
        name.head, name.deprel = verb.id, "obl"
    elif any(c.deprel == "obj" and c is not time for c in sentence.children(verb.id)):
        return
    else:
        name.head, name.deprel = verb.id, "obj"
    time.deprel = "obl:tmod"
    sentence._children = None


def _second_side_as_subject_of_a_conjunct(sentence: Sentence, noun: Token) -> None:
    """"Fighting between the Sudanese army [and the RSF] erupted in Khartoum": Stanza makes the event noun the
    root, the verb its conjunct and the second side that verb's subject. When the root noun's "between" phrase is
    followed by "and", a name and a conjoined verb whose subject that name is, the name is the phrase's second
    side and the noun the verb's subject."""
    phrase = next((c for c in sentence.children(noun.id) if c.deprel == "nmod"
                   and any(k.deprel == "case" and k.lower == "between" for k in sentence.children(c.id))), None)
    if phrase is None:
        return
    verb = next((c for c in sentence.children(noun.id) if c.deprel == "conj" and c.upos == "VERB"
                 and c.id > phrase.id), None)
    if verb is None:
        return
    subjects = [c for c in sentence.children(verb.id) if c.deprel == "nsubj"]
    if len(subjects) != 1 or not phrase.id < subjects[0].id < verb.id:
        return
    second = subjects[0]
    cc = next((c for c in sentence.children(verb.id) if c.deprel == "cc" and c.lower == "and"
               and phrase.id < c.id < second.id), None)
    if cc is None:
        return
    second.head, second.deprel = phrase.id, "conj"
    cc.head = second.id
    verb.head, verb.deprel = 0, "root"
    noun.head, noun.deprel = verb.id, "nsubj"
    for child in sentence.children(noun.id):  # the sentence's final punctuation goes with the new root
        if child.deprel == "punct" and child.id > verb.id:
            child.head = verb.id
    sentence._children = None


def _title_as_sibling(sentence: Sentence, title: Token) -> None:
    """A title the parser reads as a second argument beside the name it belongs to: "[Premier] Li Keqiang's
    visit" (two possessors of "visit"), "Police detained [President] Alpha Conde" (two objects). A proper noun
    right before another proper noun with the same head and relation is part of that name (a ``compound``): for
    possessors when the first has no "'s" of its own ("Russia's and China's vetoes"), for objects when the first
    is a bare capitalised word and the verb has no other object."""
    if title.id >= len(sentence.tokens):
        return
    name = sentence.tokens[title.id]  # the next word (token ids are 1-based)
    if name.deprel != title.deprel or name.upos != "PROPN" or name.head != title.head:
        return
    if title.deprel == "nmod:poss" and any(c.deprel == "case" for c in sentence.children(title.id)):
        return
    if title.deprel == "obj" and (not title.text[:1].isupper() or sentence.children(title.id) or sum(
            c.deprel == "obj" for c in sentence.children(title.head)) != 2):
        return
    title.head, title.deprel = name.id, "compound"
    sentence._children = None


def _verb_read_as_clause_on_a_side(sentence: Sentence, noun: Token) -> None:
    """"Peace talks between the government and the rebels [collapsed] on Monday": Stanza makes the event noun the
    root and the finite verb a clause (``acl``) on a side in its "between" phrase. A finite verb without a subject
    after the whole phrase is the sentence's verb, and the noun its subject."""
    phrase = next((c for c in sentence.children(noun.id) if c.deprel == "nmod"
                   and any(k.deprel == "case" and k.lower == "between" for k in sentence.children(c.id))), None)
    if phrase is None:
        return
    sides = [phrase] + [c for c in sentence.children(phrase.id) if c.deprel == "conj"]
    verb = next((c for side in sides for c in sentence.children(side.id) if c.deprel == "acl"
                 and c.upos == "VERB" and c.id > max(s.id for s in sides)), None)
    if verb is None or any(c.deprel in ("nsubj", "nsubj:pass", "mark", "obj", "obl:agent")
                           for c in sentence.children(verb.id)):
        return
    # a participle is a clause on the side ("talks between A and B [held] in Doha"), but for the verbs of how
    # talks or fighting go, which take no object
    if verb.xpos not in ("VBD", "VBZ", "VBP") and verb.lemma.lower() not in _HAPPENING:
        return
    verb.head, verb.deprel = 0, "root"
    noun.head, noun.deprel = verb.id, "nsubj"
    for child in sentence.children(noun.id):  # the sentence's final punctuation goes with the new root
        if child.deprel == "punct" and child.id > verb.id:
            child.head = verb.id
    sentence._children = None
