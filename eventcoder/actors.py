"""Noun phrase → actor code: named actors (countries, organisations, people) combined with role agents.

"Niger's junta" → NER (actor "Niger") + MIL (agent "junta") = NERMIL; "the French foreign ministry" → FRAGOV;
"security forces" → ---MIL; "Wagner" → RUSUAF. Names are matched on token text (never lemmas), as whole
tokens, longest first, ignoring case, accents and spacing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import cached_property
from typing import Any

from eventcoder import normalize
from eventcoder.dictionary.model import ActorEntry, AgentEntry, Dictionaries, resolve_dated
from eventcoder.document import Sentence, Token
from eventcoder.syntax import SPEECH_VERBS, case_of, hyphen_inside, name_conjuncts, phrase_end

# Dependents that belong to an actor's name: "the [French] [foreign] ministry", "[Niger]'s junta",
# "Mohamed [Bazoum]", "the government [of Niger]".
_NAME_RELATIONS = frozenset({"compound", "flat", "flat:name", "flat:foreign", "amod", "nmod:poss", "nmod", "nmod:desc",
                             "nmod:npmod", "fixed", "goeswith"})
# Nouns that add nothing to a name right before them ("the Islamic State group").
_GENERIC_HEADS = frozenset({"group", "organization", "organisation", "movement", "network", "faction", "outfit",
                            "alliance", "coalition", "bloc", "body"})
# Bodies an organisation (no country) sends or sets up, named after it: "a U.N. commission", "the AU panel".
_BODY_HEADS = frozenset({"commission", "panel", "inquiry", "committee", "team", "mission", "monitor", "observer",
                         "inspector", "expert", "envoy", "delegation", "force", "office", "agency"})
_MODIFIERS = frozenset({"amod", "compound", "nmod:poss", "flat", "nmod"})
# nouns of bodies a role may belong to instead of the document's country: "the leader of the alliance"
_ORGANISATION_HEADS = _GENERIC_HEADS | _BODY_HEADS | {"party", "union", "front", "council", "league", "bloc",
                                                      "organisation", "organization", "association", "federation"}
# Heads that stand for the group named in their "of" phrase: "members of the Security Council", "hundreds of
# British troops", "a delegation of Chinese officials" (when the head itself names no actor).
_PARTITIVE_HEADS = frozenset({"member", "hundred", "dozen", "thousand", "score", "million", "some", "many", "most",
                              "all", "several", "few", "group", "number", "team", "contingent", "unit", "band",
                              "batch", "handful", "majority", "minority", "rest", "each", "both", "none", "one",
                              "two", "three", "part", "section", "wing", "branch", "division", "battalion",
                              "brigade", "squad", "detachment", "column", "convoy", "dozens", "hundreds",
                              "thousands", "members", "ten", "tens", "scores", "millions",
                              # "supporters of the PTI": the party's own people
                              "supporter", "follower", "loyalist", "activist"})
# Singular nouns that a nationality turns into its country as an event target: places, craft and units, and
# people who speak or act for it ("a UN expert" → IGOUNO, "a Japanese virus expert" → JPN).
_NATIONAL_THINGS = frozenset({
    "convoy", "vessel", "ship", "boat", "tanker", "warship", "frigate", "submarine", "plane", "aircraft", "jet",
    "airliner", "helicopter", "drone", "satellite", "base", "outpost", "checkpoint", "post", "camp", "position",
    "village", "town", "city", "province", "region", "district", "border", "territory", "airspace", "port",
    "state", "area", "county", "governorate", "oblast", "commune", "neighbourhood", "neighborhood", "municipality",
    "prefecture",
    "airport", "island", "capital", "patrol", "unit", "battalion", "brigade", "regiment", "garrison",
    "ministry", "embassy", "consulate", "mission", "delegation", "company", "firm", "bank", "school",
    "hospital", "mosque", "church", "newspaper", "broadcaster", "citizen", "national", "journalist",
    "reporter", "diplomat", "tourist", "worker", "soldier", "officer", "fisherman", "hostage", "prisoner",
    "man", "woman", "boy", "girl", "child", "student", "activist", "teenager", "coalition", "alliance",
    "force", "researcher", "scientist", "academic", "lawyer", "businessman", "pilot", "sailor", "crew",
    "grid", "infrastructure", "facility", "plant", "refinery", "pipeline", "depot", "warehouse", "target",
    "expert", "inspector", "investigator", "monitor", "observer", "rapporteur", "analyst", "adviser", "advisor",
    "negotiator", "mediator", "delegate", "staffer", "employee", "volunteer", "doctor", "nurse", "engineer",
    "specialist"})
# "Russia-backed rebels" are not Russian; "a Saudi-led coalition" is Saudi.
_SPONSORED = frozenset({"backed", "supported", "funded", "sponsored", "allied", "aligned", "armed", "trained",
                        "financed", "friendly", "leaning", "inspired", "linked", "affiliated",
                        # who made or speaks it is no party: "a [Turkish-made] drone", "[French-speaking] separatists"
                        "made", "built", "manufactured", "designed", "supplied", "produced", "speaking"})
# things named after the capital where they were made or held ("the Minsk agreements", "the Geneva talks")
NAMED_AFTER_VENUE = frozenset({"agreement", "accord", "accords", "treaty", "convention", "protocol", "declaration",
                               "deal", "pact", "process", "format", "framework", "charter", "communique", "talk",
                               "talks", "negotiation", "conference", "summit"})
_SENTENCES = "\0sentences"  # memory key: the document's (sentence, date) so far, read lazily by the readers below
_READ_ROLES = "\0read for roles"  # memory key: how many of them were read for role phrases
_PLACE_CASES = frozenset({"in", "at", "near", "inside", "across", "throughout", "around", "outside", "off",
                          "along"})
_RECENT = "\0recent"  # memory key: (actor, sentence id) of the actors named as parties, in document order
HOME_GUESS = "the only country named earlier in the document"  # the origin note of the document's country
_READ_TITLES = "\0read for titles"  # memory key: how many were read for titled names
_TITLED_ANY = "\0titled any"  # memory key: set once some titled name is remembered
_TITLED = "\0titled "  # memory key prefix: last words of a name given after a title → (code, origin, full name)
_COUNTRIES = "\0countries"  # memory key: (country, sentence id, token id) of every name with a country
_READ_COUNTRIES = "\0read for countries"  # memory key: how many were read for the countries they name
_NAME_JOINERS = frozenset({"of", "the", "and", "-", "al", "el", "de", "du", "'s", "."})  # "Republic of the Congo"
# Roles that a document about one country means as that country's when named without one ("the army",
# "police", "the opposition"); not civilians (the victims of a foreign attack are often the only people whose
# country goes unnamed), advocates, refugees or aid workers, who are as often foreign
_HOME_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "ELI", "SPY", "PTY", "MED", "LAB", "EDU", "BUS",
                         "AGR", "HLH"})
SIDES_OF_FIGHT = "\0sides"  # memory key: (source, target, sentence id) of the latest asserted fight (18–20)
BOTH_SIDES_ORIGIN = " named earlier as one of two ("  # in the origin of an actor "both sides" stood for
_SIDES = frozenset({"side", "party", "belligerent", "foe", "rival"})  # "both sides": any two actors


def _unread(memory: dict[str, Any], reader: str, before: Sentence | None = None) -> list[tuple[Sentence, Any]]:
    """The document's sentences (``remember``) that ``reader`` has not read yet, in order and up to ``before`` if
    it is the latest one; they count as read from now on."""
    sentences = memory.get(_SENTENCES, [])
    start, end = memory.get(reader, 0), len(sentences)
    if before is not None and end > start and sentences[end - 1][0] is before:
        end -= 1
    memory[reader] = end
    return sentences[start:end]


def all_sides(sentence: Sentence, head: Token) -> bool:
    """ "all sides", "all parties": the parties to a conflict (the last two named, as "both sides"), never
    political parties."""
    return head.lemma.lower() in _SIDES and any(c.deprel == "det" and c.lower == "all"
                                                 for c in sentence.children(head.id))
# "the two countries": two countries, with this role
_COUNTRIES_OF_TWO = {"country": "", "nation": "", "neighbour": "", "neighbor": "", "state": "", "government": "GOV",
                     "leader": "GOV", "president": "GOV", "premier": "GOV"}
_BLOC = "\0bloc"  # memory key: the code of the international organisation named last
_BLOC_NOUNS = frozenset({"bloc", "agency", "alliance", "watchdog", "body", "grouping", "commission"})
_READ_NAMES = "\0read for names"  # memory key: how many were read for named groups and parties
_GROUP_ROLE = "\0group role "  # memory key prefix: REB/INS/UAF/SEP → (code, sentence id) of the group named last
_GROUP = "\0group"  # memory key: the code of the armed group named last
# Role nouns for a state's people abroad: "the US ambassador" is named again as "the ambassador", but is not
# the latest holder of the role GOV ("the authorities" after it are still the host country's)
_ABROAD_ROLES = frozenset({"ambassador", "envoy", "special envoy", "diplomat", "embassy", "consul", "consulate",
                           "high commissioner", "chargé d'affaires", "charge d'affaires", "delegation", "mission"})
_GROUP_ROLES = frozenset({"REB", "INS", "UAF", "SEP"})
_ARMED_ROLES = _GROUP_ROLES | {"MIL"}  # "the paramilitary group" (MIL), "the militant group" (REB)
_GROUP_NOUNS = frozenset({"group", "movement", "faction", "outfit"})  # not "organisation": the WHO is one too
_NAMED_LAST = {**dict.fromkeys(_BLOC_NOUNS, _BLOC), **dict.fromkeys(_GROUP_NOUNS, _GROUP)}  # noun → memory key
_ROLE = "\0role "  # memory key prefix: role code → (code, sentence id) of the latest actor named with that role
_SURNAME = "\0surname "  # memory key prefix: surname → (code, origin, full name) of a person named in full
# Nouns for the other side of a relation: their possessor is not the actor ("Qatar's [neighbours]")
_OTHER_SIDES = frozenset({"neighbour", "neighbor", "ally", "rival", "enemy", "foe", "adversary"})
_PEOPLE_FILE = "/people.csv:"  # actor entries that are people (a surname alone may refer back to them)
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})  # "Ferdinand Marcos Jr." → "Marcos"
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "VNM"})  # "Lai Ching-te" is Mr Lai
_PLACE_PREPOSITIONS = frozenset({"in", "from", "inside"})
# people who speak for the actor in their "for" phrase ("a spokesperson for China's foreign ministry")
_SPEAKERS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen",
                           "spokeswomen"})  # ("the special envoy [for Ukraine]" is an assignment, not a principal)
# nouns for the staff around a person, who speak for them: "Netanyahu's office said" → ISRGOV (the person)
_OFFICES_OF = frozenset({"office", "camp", "entourage", "team", "staff"})
_STATE_ROLES = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY", "COP", "ELI", "PKO"})
_NOT_COUNTRY = frozenset({"IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS", "---"})


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    country: str  # 3-letter country part, "" for organisations and unknown countries
    role: str  # the remaining parts, e.g. "MIL", "WAFWAS"
    text: str  # the matched noun phrase as written
    head: int  # token id of the phrase head
    start_char: int
    end_char: int
    origin: str  # dictionary entries used, "file:line[; file:line]"


NO_ACTOR = Actor(code="", country="", role="", text="", head=0, start_char=-1, end_char=-1, origin="")
"""The empty target of a monadic event (only with ``require_target=False``)."""

UNKNOWN = "---"
"""The code of a name the dictionaries do not know (only with ``unknown_actors=True``)."""
UNNAMED_AGENT = Actor(code=UNKNOWN, country="", role="", text="", head=0, start_char=-1, end_char=-1,
                      origin="the unnamed agent of a passive verb")
"""The source of "civilians were killed in Kharkiv" (only with ``unknown_actors=True``)."""


def same_side(a: Actor, b: Actor) -> bool:
    """One actor twice, or a country and its own organ: "BRA" and "BRAGOV", "PRKGOV" and "PRKGOVMED" are no two
    sides."""
    return a.code.startswith(b.code) or b.code.startswith(a.code)


def split_code(code: str) -> tuple[str, str]:
    """Split an actor code into its country part and the rest: NERMIL → ("NER", "MIL"), IGOWAFWAS → ("", …)."""
    first = code[:3]
    if first in _NOT_COUNTRY:
        return "", code[3:] if first == "---" else code
    return first, code[3:]


def add_role(code: str, role: str) -> str:
    """Append role parts not already in the code: ("NERGOV", "GOV") → NERGOV; ("NER", "MIL") → NERMIL."""
    parts = {code[i:i + 3] for i in range(0, len(code), 3)}
    extra = "".join(role[i:i + 3] for i in range(0, len(role), 3) if role[i:i + 3] not in parts)
    return code + extra


class ActorResolver:
    """Finds the actor a noun phrase denotes, given the loaded dictionaries."""

    def __init__(self, dictionaries: Dictionaries):
        self.actors = dictionaries.actors
        self.agents = dictionaries.agents
        self.actor_span = dictionaries.actor_span
        self.agent_span = dictionaries.agent_span

    def resolve(self, sentence: Sentence, head: Token, when: Date | None,
                memory: dict[str, Any] | None = None) -> Actor | None:
        """The actor whose phrase is headed by ``head``, or None when the phrase names no actor.

        ``memory`` maps role nouns to the last national actor seen with that noun in the document, so that a
        definite "the junta" after "Niger's junta" resolves to NERMIL.
        """
        if head.upos in ("PRON", "DET", "NUM", "PUNCT", "VERB", "AUX", "ADP") and not _acronym(head):
            return None
        if head.lemma.lower() in _OTHER_SIDES and any(c.deprel == "nmod:poss" and c.upos != "PRON"
                                                      for c in sentence.children(head.id)):
            return None  # "Qatar's neighbours", "Russia's allies": others, not the owner
        tokens = self._phrase_tokens(sentence, head)
        keys = _name_keys(tokens)
        # UD heads a flat name on its first word; titles and names inside it count up to its last word:
        # "[Illinois] Governor Rod Blagojevich" → the head position is "Blagojevich".
        flat_end = _flat_end(sentence, head)
        head_pos = flat_end - tokens[0].id
        named = [hit for hit in _longest_matches(keys, self.actors, self.actor_span)
                 if not _acronym_of_other(sentence, tokens[hit[0]:hit[0] + hit[1]], hit[2])]
        if named:  # words inside a name are not roles: "African Union", "Tuareg rebels", "World Bank"
            in_name = {i for start, length, _ in named for i in range(start, start + length)}
            keys = ["\0" if i in in_name else k for i, k in enumerate(keys)]
        roles = _longest_matches(keys, self.agents, self.agent_span)
        # "third-party mediation", "a third party": an outsider, not a political party; nor "the warring parties"
        roles = [hit for hit in roles if not (hit[2].role == "PTY" and _after_third(sentence, tokens[hit[0]]))]
        # "official creditors", "an official visit": the adjective, not the role noun "official"
        roles = [hit for hit in roles if not (hit[1] == 1 and tokens[hit[0]].upos == "ADJ"
                                              and keys[hit[0]] in _ADJECTIVES_NOT_ROLES)]

        actor_hit = agent_hit = None
        notes: list[str] = []
        last_known = None  # the last name with an entry for the date
        for start, length, entries in named:
            if length == 1 and start and _another_first_name(tokens[start - 1], entries, roles, start,
                                                             self.name_words, self.first_names):
                continue  # "Hunter Biden", "Duduzile Zuma": a relative, not the politician of the surname row
            entry = resolve_dated(entries, when)
            if when is None and len(entries) > 1:
                entry = _titled_row(tokens, start, entries, named, roles) or entry
            if entry is not None:
                last_known = (start, length, entry)
                if actor_hit is None or start <= head_pos < start + length:
                    actor_hit = last_known
        for start, length, entry in roles:
            # a role counts if it is the head or comes before it ("President Bazoum"), not if it sits in a
            # phrase after the head ("France [of supporting terrorists]")
            if start <= head_pos:
                agent_hit = (start, length, entry)

        def covers_head(hit: tuple | None) -> bool:
            return hit is not None and hit[0] <= head_pos < hit[0] + hit[1]

        if (agent_hit is not None and not covers_head(agent_hit) and not covers_head(actor_hit)
                and all(t.upos == "PROPN" for t in tokens[agent_hit[0] + agent_hit[1]:head_pos + 1])):
            # a title before an unknown name: "Israeli Prime Minister Benjamin Netanyahu" → ISRGOV
            end = head_pos + 1
            while end < len(tokens) and tokens[end].upos == "PROPN":
                end += 1  # the rest of the name: "Jean [Dupont]"
            agent_hit = (agent_hit[0], end - agent_hit[0], agent_hit[2])

        if (agent_hit is None and last_known is not None and not covers_head(actor_hit) and flat_end > head.id
                and last_known[0] + last_known[1] <= head_pos and split_code(last_known[2].code)[1]
                and not any(f in last_known[2].origin for f in _PLACE_FILES)
                and all(t.upos == "PROPN" or (t.text[:1].isupper() and t.upos in _TITLE_WORDS)  # "bin", "Human"
                        for t in tokens[last_known[0] + last_known[1]:head_pos + 1])):
            # a known person or body, then the rest of a capitalised title the agents lack and a name, up to the
            # last word of the head's flat name: "King Salman [bin Abdulaziz Al Saud]", "UN Human Rights
            # Commissioner [Michelle Bachelet]" (a former holder has no entry for an undated text); a place does
            # not stretch ("Tokyo Olympics"), nor a bare country ("Chad Smith")
            actor_hit = (last_known[0], head_pos - last_known[0] + 1, last_known[2])
        if (last_known is not None and not covers_head(actor_hit) and last_known[0] + last_known[1] == head_pos
                and head.lemma.lower() in _GENERIC_HEADS):
            actor_hit = last_known  # the name right before the generic noun: "Lebanon's [Hezbollah] group"
        if (actor_hit is not None and not covers_head(actor_hit) and actor_hit[0] + actor_hit[1] == head_pos
                and split_code(actor_hit[2].code)[1] and (head.lemma.lower() in _GENERIC_HEADS or (
                    head.lemma.lower() in _BODY_HEADS and not split_code(actor_hit[2].code)[0]))):
            # a name before a generic noun names the whole: "the Islamic State group", "the Wagner mercenaries"
            actor_hit = (actor_hit[0], head_pos - actor_hit[0] + 1, actor_hit[2])
            agent_hit = None
        if (not (covers_head(actor_hit) or covers_head(agent_hit)) and agent_hit is not None and head.upos == "NOUN"
                and head.lemma.lower() not in _ABSTRACT_HEADS):
            # a thing of a role holder stands for it: "a Venezuelan police helicopter" → VENCOP,
            # "Syrian government shelling" → SYRGOV (not an abstract noun: "its military presence")
            agent_hit = (agent_hit[0], head_pos - agent_hit[0] + 1, agent_hit[2])
        if not (covers_head(actor_hit) or covers_head(agent_hit)):
            owner = self._owner(sentence, head, tokens[:head_pos + 1], when, memory)
            if owner is not None:
                return owner
            if (actor_hit is not None and actor_hit[0] < head_pos and any(split_code(actor_hit[2].code))
                    and ("Number=Plur" in head.feats or head.lemma.lower() in _NATIONAL_THINGS)):
                # unknown people with a nationality: "French hostages", "Malian villagers" → FRA, MLI; and
                # national places and craft: "a Turkish convoy", "a Syrian village" → TUR, SYR (other singular
                # nouns are not actors: "the Baghdad courtroom", "Israel's scheme")
                country, rest = split_code(actor_hit[2].code)
                if rest == "GOV" and head.lemma.lower() in NAMED_AFTER_VENUE:
                    # "the Minsk agreements", "the Doha talks": named after the city where they were held
                    return self._from_apposition(sentence, head, when)
                # a group keeps its code ("PKK targets", "RSF positions", "a UN convoy"); a state actor
                # gives its country only ("Kremlin critics" are not the government)
                code = actor_hit[2].code if rest and (rest[:3] not in _STATE_ROLES or len(rest) > 3) else country
                if not code:
                    return self._from_apposition(sentence, head, when)
                return self.actor(sentence, head, code, tokens[actor_hit[0]:head_pos + 1], actor_hit[2].origin)
            if actor_hit is None and agent_hit is None and memory is not None and head.upos == "PROPN":
                named_earlier = self._named_earlier(sentence, head, memory)  # "Bio", after "Julius Maada Bio"
                if named_earlier is not None:
                    return named_earlier
            named_last = _NAMED_LAST.get(head.lemma.lower())
            if (named_last is not None and memory is not None and _is_definite(sentence, head)
                    and not any(c.deprel in _MODIFIERS and c.upos != "VERB"
                                and (c.text[:1].isupper() or c.deprel != "amod")  # "the regional bloc" is one
                                for c in sentence.children(head.id))
                    and self._recall_names(memory, named_last)):
                # "the bloc" after "The European Union imposed sanctions", "the group" after "Hezbollah fired
                # rockets …": the organisation or armed group named last
                code = memory[named_last]
                return self.actor(sentence, head, code, [head], f"{code} named earlier in the document")
            if head.lemma.lower() in _PARTITIVE_HEADS or head.text.lower() in _PARTITIVE_HEADS:
                of_phrases = [c for c in sentence.children(head.id)
                              if c.deprel == "nmod" and case_of(sentence, c) == "of"]
                if of_phrases:
                    return self.resolve(sentence, of_phrases[0], when, memory)
            # "sanctions", "the talks": the head itself names no actor.
            return self._from_apposition(sentence, head, when)
        if covers_head(agent_hit) and actor_hit is not None and not covers_head(actor_hit):
            # "Niger's junta" → NER + MIL; a named entity with its own role keeps it ("President Bazoum",
            # "Wagner fighters", "Hamas leader")
            own = actor_hit[2].code
            country, role = split_code(own)
            if role == "GOV" and "/countries.csv:" in actor_hit[2].origin and agent_hit[2].role[:3] != "GOV":
                code = add_role(country, agent_hit[2].role)  # a capital's police: "Moscow police" → RUSCOP
            else:
                code = own if role else add_role(own, agent_hit[2].role)
        elif actor_hit is not None:
            code = actor_hit[2].code
            if agent_hit is not None and not split_code(code)[1]:
                code = add_role(code, agent_hit[2].role)  # "Nigerien ministers"; a person keeps their own code
            other = _other_country_before(keys, named, actor_hit, when)
            if other is not None:  # "Libya's House of Representatives" → LBYLEG (alone, the US one: USALEG)
                code = other.code + split_code(code)[1]
                notes.append(other.origin)
        else:
            if (memory is not None and head.lemma.lower() in _GROUP_NOUNS and agent_hit[2].role[:3] in _ARMED_ROLES
                    and _is_definite(sentence, head) and self._recall_names(memory, _GROUP)):
                # "the paramilitary group", "the armed group" after "The RSF seized El Fasher": the group named last
                # (not "the student group")
                code = memory[_GROUP]
                return self.actor(sentence, head, code, tokens[agent_hit[0]:head_pos + 1],
                                  f"{code} named earlier in the document")
            code = "---" + agent_hit[2].role  # "security forces"
            # "people in Ethiopia" are Ethiopian, "foreign diplomats in Tehran" are not Iranian
            foreign = any(c.deprel == "amod" and c.lower in _NOT_LOCAL for c in sentence.children(head.id))
            place = None if foreign else self._country_in(sentence, head, when)
            named = self._from_apposition(sentence, head, when)
            principal = None if named is not None and named.country else self._spoken_for(sentence, head, when, memory)
            if principal is not None:  # "a spokesperson for China's foreign ministry" → CHNGOV
                return principal
            if named is not None and named.country:  # "former president Jair Bolsonaro" → the person's code
                return named
            group = self._group_from(sentence, head, when) if agent_hit[2].role[:3] in _GROUP_ROLES else None
            if group is not None:
                return group  # "fighters from JNIM" → MLIREBALQ, the group itself (not MLIUAF)
            if place is not None:  # "people in Ethiopia", "refugees from Syria" → ETHCVL, SYRREF
                code = add_role(place.country, agent_hit[2].role)
                notes.append(place.origin)
            elif memory is not None and _is_definite(sentence, head) and (remembered := (
                    memory[agent_hit[2].phrase] if self._recall(memory, agent_hit[2].phrase)
                    else self._earlier_holder(memory, agent_hit[2].role, sentence))):
                # "the junta" after "Niger's junta"; else the latest holder of the role named in an earlier
                # sentence: "the military" after "Sudan's army", "the rebels" after "the M23"
                code = remembered
                notes.append(f"{code} named earlier in the document")
            elif memory is not None and _is_bare(sentence, head) and self._recall(memory, agent_hit[2].phrase):
                code = memory[agent_hit[2].phrase]  # "Police arrested …" after "Kenyan police fired …"
                notes.append(f"{code} named earlier in the document")
            elif (memory is not None and agent_hit[2].role[:3] in _HOME_ROLES and not foreign
                  and not any(c.deprel in _MODIFIERS and (c.upos == "PROPN" or (
                      c.deprel.startswith("nmod") and c.lemma.lower() in _ORGANISATION_HEADS))
                              for c in sentence.children(head.id))  # not "the leader [of the alliance]"
                  and (home := self._home_country(memory, sentence, head, when)) is not None):
                # "Benin's President Patrice Talon survived a coup attempt. … The army arrested 14 officers" →
                # BENMIL: the only country the document has named so far
                code = add_role(home, agent_hit[2].role)
                notes.append(f"{home}: {HOME_GUESS}")
        used = [h[0:2] for h in (actor_hit, agent_hit) if h is not None]
        span_tokens = [t for i, t in enumerate(tokens) if any(s <= i < s + n for s, n in used)] or [head]
        origin = "; ".join([*(h[2].origin for h in (actor_hit, agent_hit) if h is not None), *notes])
        return self.actor(sentence, head, code, span_tokens, origin)

    def unknown_name(self, sentence: Sentence, head: Token) -> Actor | None:
        """A name the dictionaries do not know, coded ``---``: "Reliance Jio", "the Earth Liberation Front",
        "Mitch McConnell", "Holcomb's office". Only proper-noun phrases count; common nouns ("the legislation")
        and dates do not."""
        owner = _owner_name(sentence, head)
        if owner is not None:
            if self.resolve(sentence, owner, None) is not None:
                return None  # a known owner: "Russia's team" is Russia's (resolve), not an unknown name
            tokens = self._phrase_tokens(sentence, head)
            return self.actor(sentence, head, UNKNOWN, [t for t in tokens if t.id <= head.id],
                              "a name not in the dictionaries (their office)")
        if head.upos != "PROPN" or not head.text[:1].isupper() or head.lemma.lower() in CALENDAR_WORDS:
            return None
        tokens = self._phrase_tokens(sentence, head)
        return self.actor(sentence, head, UNKNOWN, tokens, "a name not in the dictionaries")

    def joined_name(self, sentence: Sentence, head: Token, when: Date | None) -> tuple[Actor, set[int]] | None:
        """A name with "and" inside that the parser split into conjuncts: "[Trinidad] and [Tobago]", "the [Law]
        and [Justice] [party]". The actor for the whole name and the ids of the conjuncts it takes in; None when
        the words joined from ``head`` through its conjuncts name nothing in the dictionaries."""
        if head.upos != "PROPN":
            return None
        conjoined = sorted([c for c in sentence.children(head.id) if c.deprel == "conj"]
                           + name_conjuncts(sentence, head), key=lambda c: c.id)
        if not conjoined:
            return None
        first = self._phrase_tokens(sentence, head)[0].id
        for n in range(len(conjoined), 0, -1):  # the longest name first
            last = self._phrase_tokens(sentence, conjoined[n - 1])[-1].id
            actor = self.whole_name(sentence, head, sentence.tokens[first - 1:last], when)
            if actor is not None:
                return actor, {c.id for c in conjoined[:n]}
        return None

    def split_name(self, sentence: Sentence, head: Token, other: Token, when: Date | None) -> Actor | None:
        """Two argument heads the parser split out of one name, with at most punctuation between them: "[The
        Spanish Socialist Workers]['] [Party] criticised …" → ESPPTY (not ESPLAB and ---PTY)."""
        tokens = self._phrase_tokens(sentence, head)
        rest = self._phrase_tokens(sentence, other)
        between = sentence.tokens[tokens[-1].id:rest[0].id - 1]
        if rest[0].id <= tokens[-1].id or any(t.upos != "PUNCT" for t in between):
            return None
        return self.whole_name(sentence, head, sentence.tokens[tokens[0].id - 1:rest[-1].id], when)

    def whole_name(self, sentence: Sentence, head: Token, tokens: list[Token], when: Date | None) -> Actor | None:
        """The actor whose dictionary name is exactly these words (None if there is none)."""
        if len(tokens) > 2 * self.actor_span:
            return None
        entry = resolve_dated(self.actors.get("".join(_name_keys(tokens)), []), when)
        return None if entry is None else self.actor(sentence, head, entry.code, tokens, entry.origin)

    def conjoined_nationalities(self, sentence: Sentence, head: Token, actor: Actor, when: Date | None
                                ) -> list[Actor]:
        """One actor per conjoined nationality: "[Indian] and [Pakistani] troops", "[Russian] and [US] navies",
        "the armies [of Brazil] and [Argentina]" (the phrase resolved to the first one)."""
        if not actor.country:
            return []
        out = []
        for mod in sentence.children(head.id):
            of_phrase = mod.deprel == "nmod" and case_of(sentence, mod) == "of"
            if mod.deprel not in ("amod", "compound") and not of_phrase:
                continue
            own = resolve_dated(self.actors.get(normalize.key(mod.text), []), when)
            if own is None or split_code(own.code)[0] != actor.country:
                continue
            # a conj of the modifier, or a later sibling modifier after "and"
            others = [c for c in sentence.children(mod.id) if c.deprel == "conj"]
            others += [c for c in sentence.children(head.id) if c.deprel in ("amod", "compound") and c.id > mod.id
                       and any(g.deprel == "cc" for g in sentence.children(c.id))]
            for other in others:
                entry = resolve_dated(self.actors.get(normalize.key(other.text), []), when)
                if entry is None or not split_code(entry.code)[0] or split_code(entry.code)[0] == actor.country:
                    continue
                code = split_code(entry.code)[0] + actor.code[3:]
                out.append(Actor(code=code, country=code[:3], role=actor.role, text=f"{other.text} {head.text}",
                                 head=other.id, start_char=other.start_char, end_char=head.end_char,
                                 origin=f"{entry.origin}; {actor.origin}"))
        return out

    @staticmethod
    def actor(sentence: Sentence, head: Token, code: str, span_tokens: list[Token], origin: str) -> Actor:
        country, role = split_code(code)
        return Actor(code=code, country=country, role=role, text=_text(sentence, span_tokens), head=head.id,
                     start_char=min(t.start_char for t in span_tokens),
                     end_char=max(t.end_char for t in span_tokens), origin=origin)

    def remember(self, sentence: Sentence, memory: dict[str, Any], when: Date | None) -> None:
        """Note this sentence for the role memory ("Niger's junta" → a later "the junta" is NERMIL). The
        sentences are read only when a definite role phrase needs them, in document order."""
        memory.setdefault(_SENTENCES, []).append((sentence, when))

    def _recall(self, memory: dict[str, Any], phrase: str) -> bool:
        for sentence, when in _unread(memory, _READ_ROLES):
            self._read_roles(sentence, memory, when)
        return phrase in memory

    def _earlier_holder(self, memory: dict[str, Any], role: str, sentence: Sentence) -> str | None:
        """The code of the latest actor named with this role in an earlier sentence (a role noun with a country,
        or for rebels and militias a named group), or None."""
        key = (_GROUP_ROLE if role in _GROUP_ROLES else _ROLE) + role
        if role in _GROUP_ROLES:
            self._recall_names(memory, key)
        code, sentence_id = memory.get(key, (None, sentence.id))
        return code if sentence_id != sentence.id else None

    def _recall_names(self, memory: dict[str, Any], key: str) -> bool:
        """Like ``_recall``, for the memories of named groups, organisations and parties (``_read_names``),
        which cost an actor lookup per proper noun and so are read only when "the group", "the bloc", "the
        rebels" or "both sides" need them."""
        for sentence, when in _unread(memory, _READ_NAMES):
            self._read_names(sentence, memory, when)
        return key in memory

    def _home_country(self, memory: dict[str, Any], sentence: Sentence, head: Token, when: Date | None
                      ) -> str | None:
        """The country of a document that has named exactly one country before this sentence (any capitalised
        name of a country, a nationality, a place or an actor with a country counts) and no other one earlier in
        this sentence, or None."""
        named: list[tuple[str, str, int]] = memory.setdefault(_COUNTRIES, [])
        for pending, pending_when in _unread(memory, _READ_COUNTRIES):
            named += self._countries_named(pending, pending_when)
        countries = {country for country, sentence_id, _ in named if sentence_id != sentence.id}
        if len(countries) != 1:
            return None  # (a country named only in this sentence is no guess: "the next government" of whom?)
        # "Pakistani President Musharraf was surprised when [the leader] … visited India": not the document's
        if any(sentence_id == sentence.id and at < head.id and country not in countries
               for country, sentence_id, at in named):
            return None
        return countries.pop()

    def _countries_named(self, sentence: Sentence, when: Date | None) -> list[tuple[str, str, int]]:
        """(country, sentence id, token id) of every capitalised dictionary name with a country in the sentence:
        "Israeli strikes", "US envoy", "Hungarian Prime Minister Viktor Orban", "in Beirut"."""
        tokens = sentence.tokens
        name_words = self.name_words
        capitals = [i for i, tok in enumerate(tokens)  # a name starts with a word of some dictionary name
                    if tok.upos in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper()
                    and normalize.key(tok.text) in name_words]
        if not capitals:
            return []
        found, i, n = [], 0, len(tokens)
        for start in capitals:  # names start with a capital and run over capitalised words and a few small ones
            if start < i or (start and tokens[start - 1].upos == "PROPN" and tokens[start - 1].text[:1].isupper()):
                continue  # inside the previous name, or a person's ("Rep. Jim Jordan")
            end = start + 1
            while end < n and end - start < self.actor_span and (
                    tokens[end].text[:1].isupper() or tokens[end].lower in _NAME_JOINERS):
                end += 1
            keys = [normalize.key(t.text) for t in tokens[start:end]]
            for length in range(end - start, 0, -1):
                entries = self.actors.get("".join(keys[:length]))
                if entries is not None:
                    entry = resolve_dated(entries, when)
                    country, role = split_code(entry.code) if entry is not None else ("", "")
                    if country and not role.startswith("MED"):  # not the agency ("…, a witness told Reuters")
                        found.append((country, sentence.id, tokens[start].id))
                    i = start + length
                    break
        return found

    def _named_earlier(self, sentence: Sentence, head: Token, memory: dict[str, Any]) -> Actor | None:
        """A surname alone that names a person given in full earlier in the document: "Julius Maada Bio said …
        Bio urged …" (people from ``people.csv`` only; the dictionaries list full names)."""
        key = normalize.key(head.text)
        # the name's own words ("accused [Souab] of terrorism": not the "of" phrase the parser hangs on it)
        tokens = [t for t in self._phrase_tokens(sentence, head)
                  if t is head or (t.upos == "PROPN" and t.deprel in ("flat", "flat:name", "compound"))]
        if key in self.surnames and len(tokens) == 1:
            self._recall(memory, "")
            found = memory.get(_SURNAME + key)
        elif len(tokens) <= 2:  # someone the dictionaries lack, named earlier after a title ("journalist Sami Ben
            # Romdhane"); the unread sentences are read only if one of them has the word at all
            titled = _TITLED + "".join(normalize.key(t.text) for t in tokens)
            if titled not in memory:
                self._scan_titled_names(memory, sentence)
            found = memory.get(titled)
        else:
            found = None
        if found is None:
            return None
        code, origin, full_name = found
        if code.startswith(UNKNOWN) and (role := code[3:]) in _HOME_ROLES and (
                home := self._home_country(memory, sentence, head, None)) is not None:
            code = add_role(home, role)
        return self.actor(sentence, head, code, tokens, f"{origin} ('{full_name}' earlier in the document)")

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The keys of every word of every actor name (built on first use)."""
        return frozenset(normalize.key(word) for entries in self.actors.values() for entry in entries
                         for word in [*entry.phrase.split(), *entry.phrase.replace("-", " ").split()])

    @cached_property
    def first_names(self) -> dict[str, set[str]]:
        """Family name key → the keys of the first words of the full names that end with it ("lavrov" →
        {"sergei"}), for telling a relative from the person (built on first use)."""
        out: dict[str, set[str]] = {}
        for entries in self.actors.values():
            for entry in entries:
                words = entry.phrase.split()
                if len(words) > 1 and "/people.csv:" in entry.origin:
                    out.setdefault(normalize.key(words[-1]), set()).add(normalize.key(words[0]))
        return out

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The keys of every family name of the people in the dictionaries (built on first use)."""
        return frozenset(normalize.key(name) for entries in self.actors.values() for entry in entries
                         for name in _surnames(entry))

    @staticmethod
    def _note_surname(entry: ActorEntry | None, memory: dict[str, Any]) -> None:
        """Remember a person named in full under their family name; the latest person named wins."""
        for surname in _surnames(entry) if entry is not None else ():
            memory[_SURNAME + normalize.key(surname)] = (entry.code, entry.origin, entry.phrase)

    def _read_roles(self, sentence: Sentence, memory: dict[str, Any], when: Date | None) -> None:
        """Record role nouns with a country in this sentence ("Niger's junta") for later "the junta", and the
        surnames of people named in full ("Julius Maada Bio") for a later "Bio"."""
        agents = self.agents
        tokens = sentence.tokens
        for run in _name_runs(tokens):
            for _, _, entries in _longest_matches(_name_keys(run), self.actors, self.actor_span):
                self._note_surname(resolve_dated(entries, when), memory)
        for i, tok in enumerate(tokens):
            if tok.upos in ("NOUN", "PROPN"):
                key = normalize.key(tok.text)
                agent = agents.get(key)
                before = sentence.tokens[i - 1] if i else None
                if before is not None and before.upos in ("ADJ", "NOUN", "PROPN"):  # "foreign ministry" wins
                    agent = agents.get(normalize.key(before.text) + key) or agent
                if agent is None:
                    continue
                top = tok  # a title inside a name: "[Colombian] President Gustavo Petro" (flat under "Colombian")
                while top.deprel in ("flat", "flat:name", "compound", "nmod:desc") and top.head:
                    top = sentence.token(top.head)
                if any(c.deprel in _MODIFIERS for c in sentence.children(tok.id)) or top is not tok:
                    actor = self.resolve(sentence, top, when)  # only "Niger's junta", not a bare "junta"
                    if actor is not None and actor.country and actor.role[:3] == agent.role[:3]:
                        # (not the rebel "Rapid Support [Forces]" as the military)
                        memory[agent.phrase] = actor.code
                        if agent.phrase not in _ABROAD_ROLES:  # "the authorities" are no foreign ambassador's
                            memory[_ROLE + agent.role] = (actor.code, sentence.id)
                        bare = agents.get(key)  # "the minister" after "Egyptian Foreign Minister …"
                        if bare is not None and bare.role[:3] == agent.role[:3]:
                            memory[bare.phrase] = actor.code

    def _scan_titled_names(self, memory: dict[str, Any], sentence: Sentence) -> None:
        """Read the document's earlier sentences, once each, for people named in full after a title."""
        for earlier, when in _unread(memory, _READ_TITLES, before=sentence):
            tokens = earlier.tokens
            for run in _name_runs(tokens) if _TITLED_ANY in memory else ():
                # another person with a remembered surname, named in full: the surname is no longer the earlier
                # one's ("… journalist Sami Ben Romdhane … lawmaker Ahmed Ben Romdhane …")
                full = " ".join(t.text for t in run)
                for words in (run[-1:], run[-2:]):
                    key = _TITLED + "".join(normalize.key(t.text) for t in words)
                    if key in memory and len(run) > len(words) and not full.endswith(memory[key][2]):
                        del memory[key]
            for i, tok in enumerate(tokens[:-1]):  # a title (a role noun, even one read as an adjective) right
                if tokens[i + 1].upos == "PROPN" and tok.upos in ("NOUN", "ADJ", "PROPN") and (  # before a name
                        normalize.key(tok.text) in self.agents):
                    self._note_titled_name(earlier, i, when, memory)

    def _note_titled_name(self, sentence: Sentence, i: int, when: Date | None, memory: dict[str, Any]) -> None:
        """Remember a person the dictionaries lack, named in full after a title ("journalist Sami Ben Romdhane",
        "opposition leader Ahmed Souab"), under the last one and two words of the name, for a later "Ben
        Romdhane" or "Souab" (people in ``people.csv`` are remembered by ``_note_surname``)."""
        tokens = sentence.tokens
        j = i + 1
        while (j < len(tokens) and tokens[j].upos == "PROPN" and tokens[j].text[:1].isupper()
               and tokens[j].lemma.lower() not in CALENDAR_WORDS):  # not "Ahmed Souab [Monday]"
            j += 1
        name = tokens[i + 1:j]
        if len(name) < 2 or "".join(normalize.key(t.text) for t in name) in self.actors:
            return
        top = name[-1]
        while top.head and top.deprel in ("flat", "flat:name", "compound", "appos", "nmod:desc") and (
                tokens[i].id <= top.head <= name[-1].id):
            top = sentence.token(top.head)
        actor = self.resolve(sentence, top, when)
        if actor is None or actor.code == UNKNOWN or actor.head not in {t.id for t in tokens[i:j]}:
            return
        full = " ".join(t.text for t in name)
        for words in (name[-1:], name[-2:]):
            memory[_TITLED + "".join(normalize.key(t.text) for t in words)] = (actor.code, actor.origin, full)
        memory[_TITLED_ANY] = True

    def _named(self, sentence: Sentence, tokens: list[Token], when: Date | None) -> Iterator[tuple[Token, Actor]]:
        """The known actors these tokens name: proper names, and role nouns with their country ("Sudan's
        army")."""
        for tok in tokens:
            if tok.upos not in ("NOUN", "PROPN") or tok.deprel in ("flat", "compound", "flat:name"):
                continue
            if tok.upos == "NOUN" and not (normalize.key(tok.text) in self.agents and any(
                    c.deprel in _MODIFIERS for c in sentence.children(tok.id))):
                continue  # a role noun counts with its country only: "Sudan's army"
            if tok.upos == "PROPN" and normalize.key(tok.text) not in self.name_words:
                continue  # no dictionary name has this word: skip the lookup
            named = self.resolve(sentence, tok, when)
            if named is not None and named.code[:3] != UNKNOWN:
                yield tok, named

    def _read_names(self, sentence: Sentence, memory: dict[str, Any], when: Date | None) -> None:
        """Record the named armed group ("Hezbollah fired rockets …") for a later "the group" or "the rebels", the
        international organisation for "the bloc", and every actor named as a party, in order, for "both
        sides"."""
        recent = memory.setdefault(_RECENT, [])
        for tok, named in self._named(sentence, sentence.tokens, when):
            if named.role[:3] in _GROUP_ROLES or named.code.startswith("IMG"):
                memory[_GROUP] = named.code
                if named.role[:3] in _GROUP_ROLES:  # "The M23 seized Goma. The rebels attacked …"
                    memory[_GROUP_ROLE + named.role[:3]] = (named.code, sentence.id)
            if named.code.startswith("IGO"):  # "the bloc" after "the European Union"
                memory[_BLOC] = named.code
            if _is_party(sentence, tok):
                recent.append((named, sentence.id))  # for "the two countries", "both sides"

    def both_parties(self, sentence: Sentence, head: Token, memory: dict[str, Any] | None,
                     when: Date | None = None) -> list[Actor]:
        """The two actors a plural back-reference names: "both sides", "the two sides", "all sides" (the last two
        different actors named as parties in earlier sentences, or as a subject in an earlier clause), "the two
        countries", "both neighbours", "the two governments" (the last two different countries, with GOV for
        governments and leaders). Empty when it is no such phrase."""
        noun = head.lemma.lower()
        if memory is None or (noun not in _SIDES and noun not in _COUNTRIES_OF_TWO):
            return []
        children = sentence.children(head.id)
        definite = any(c.deprel == "det" and c.lower in ("both", "the") for c in children) or all_sides(sentence, head)
        marked = any((c.deprel == "det" and c.lower == "both") or (c.deprel == "nummod" and c.lower == "two")
                     or (c.deprel in ("amod", "compound") and c.lower == "warring") for c in children
                     ) or all_sides(sentence, head)
        modified = any(c.deprel in ("amod", "compound", "nmod", "nmod:poss") and c.lower != "warring"
                       for c in children)  # "two opposition parties", "the two Gulf states"
        if not (definite and marked) or modified:
            return []
        self._recall_names(memory, "")
        # as a subject, the parties of an earlier clause of this sentence come first: "Macron met Putin in
        # Moscow, and [the two leaders] discussed …" (but "The UN urged both sides …": not the UN)
        clause = _clause_of(sentence, head)
        here = [(actor, "") for tok, actor in self._named(sentence, sentence.tokens[:head.id - 1], when)
                if _is_party(sentence, tok) and (other := _clause_of(sentence, tok)).id != clause.id
                and other.lemma.lower() not in SPEECH_VERBS  # not the speaker: "Malaysia said the two countries …"
                ] if head.deprel.startswith("nsubj") else []
        picked: list[Actor] = []
        # the two sides of the latest fight come first: "Pakistan and Afghanistan clashed … Qatar and Saudi
        # Arabia urged both sides …" (not the two named in between)
        fight = memory.get(SIDES_OF_FIGHT)
        fought = [(fight[0], ""), (fight[1], "")] if fight is not None and fight[2] != sentence.id and not here else []
        for actor, sentence_id in [*reversed(here), *fought, *reversed(memory.get(_RECENT, []))]:
            if sentence_id == sentence.id:  # "The UN urged both sides …": not the UN
                continue
            if noun in _SIDES:  # two sides, not one and its own organ ("PRKGOV" and its media "PRKGOVMED")
                fresh = all(not same_side(actor, other) for other in picked)
            else:
                fresh = bool(actor.country) and all(actor.country != other.country for other in picked)
            if fresh:
                picked.append(actor)
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return []
        role = _COUNTRIES_OF_TWO.get(noun, "")
        return [self.actor(sentence, head, actor.code if noun in _SIDES else actor.country + role, [head],
                           f"{actor.code}{BOTH_SIDES_ORIGIN}'{actor.text}'); {actor.origin}") for actor in picked]

    def _owner(self, sentence: Sentence, head: Token, span: list[Token], when: Date | None,
               memory: dict[str, Any] | None) -> Actor | None:
        """The person or body an office stands for: "Netanyahu's office" → ISRGOV, "Erdogan's camp" → TURGOV (a
        country's office is not a person's: "Turkey's camp" is left to the other readings)."""
        owner = _owner_name(sentence, head)
        if owner is None:
            return None
        actor = self.resolve(sentence, owner, when, memory)
        if actor is None or not actor.role:
            return None
        return self.actor(sentence, head, actor.code, span, f"{actor.origin} (their {head.lemma.lower()})")

    def _spoken_for(self, sentence: Sentence, head: Token, when: Date | None, memory: dict[str, Any] | None
                    ) -> Actor | None:
        """The actor a spokesperson or representative speaks for: "a spokesperson [for China's foreign
        ministry]" → CHNGOV, "a spokesman [for Hamas]" → Hamas's code."""
        if head.lemma.lower() not in _SPEAKERS_FOR:
            return None
        for child in sentence.children(head.id):
            if child.deprel.startswith("nmod") and case_of(sentence, child) == "for":
                actor = self.resolve(sentence, child, when, memory)
                if actor is not None and (actor.country or actor.code[:3] != UNKNOWN):
                    return replace(actor, head=head.id, origin=f"{actor.origin} (speaking for it)")
        return None

    def _country_in(self, sentence: Sentence, head: Token, when: Date | None) -> Actor | None:
        """The country of an "in X" / "from X" phrase on a role noun, if X names one."""
        for child in sentence.children(head.id):
            if child.deprel.startswith("nmod") and case_of(sentence, child) in _PLACE_PREPOSITIONS:
                actor = self.resolve(sentence, child, when)
                if actor is not None and actor.country:
                    return actor
        return None

    def _group_from(self, sentence: Sentence, head: Token, when: Date | None) -> Actor | None:
        """The armed group of a "from X" phrase on an armed role noun: "fighters from JNIM", "militants from the
        Islamic State group"."""
        for child in sentence.children(head.id):
            if child.deprel.startswith("nmod") and case_of(sentence, child) == "from":
                actor = self.resolve(sentence, child, when)
                if actor is not None and (actor.role[:3] in _GROUP_ROLES or actor.code.startswith("IMG")):
                    return actor
        return None

    def _from_apposition(self, sentence: Sentence, head: Token, when: Date | None) -> Actor | None:
        for child in sentence.children(head.id):
            if child.deprel == "appos" and not _is_speaker(sentence, child):
                return self.resolve(sentence, child, when)
        return None

    def _works_at(self, sentence: Sentence, head: Token, phrase: Token) -> bool:
        """A subject's "at" phrase naming an organisation it works for: "[Judges at the ICJ] ordered …",
        "[diplomats at the UN] said …" (not a place: "protesters at the Capitol")."""
        if case_of(sentence, phrase) != "at" or head.upos != "NOUN" or phrase.upos != "PROPN" or not _sent_from(
                sentence, head, phrase, prep="at"):
            return False
        actor = self.resolve(sentence, phrase, None)
        return actor is not None and not actor.country and actor.code[:3] in ("IGO", "NGO")

    def _phrase_tokens(self, sentence: Sentence, head: Token) -> list[Token]:
        found = [head]
        stack = [head]
        others = {c.id for c in name_conjuncts(sentence, head)}  # "[Minister Nikol Pashinyan] and [President …]"
        while stack:
            tok = stack.pop()
            for child in sentence.children(tok.id):
                if child.id in others:
                    continue
                if (child.deprel in _NAME_RELATIONS and (child.deprel != "nmod" or case_of(sentence, child) == "of"
                                                          or _named_for(sentence, tok, child)
                                                          or (tok is head and _sent_from(sentence, head, child))
                                                          or (tok is head and self._works_at(sentence, head, child))
                                                          )) or (
                        child.deprel == "acl" and _named_for(sentence, tok, child)):
                    found.append(child)
                    stack.append(child)
        # The contiguous span, so that names with "of", "the", "'s" or hyphens inside match as written:
        # "Economic Community of West African States", "People's Liberation Army", "Hayat Tahrir al-Sham".
        first = min(t.id for t in found)
        last = max(t.id for t in found)
        # Parsers split names they do not know ("[Boko] [Haram militants]", "[Downing] [Street]"): take in
        # capitalised words right before the phrase that are not above it in the tree.
        ancestors = _ancestors(sentence, head)
        while first > 1:
            prev = sentence.tokens[first - 2]
            if hyphen_inside(sentence, prev):  # "PML - [N leaders]": the tokenizer splits at hyphens
                first -= 2
                continue
            if not prev.text[:1].isupper() or prev.upos in _NOT_NAME or prev.id in ancestors:
                break
            first -= 1
        return sentence.tokens[first - 1:last]


def _sent_from(sentence: Sentence, head: Token, phrase: Token, prep: str = "from") -> bool:
    """Where a subject's people come from, which they act for: "[Troops from the United States] arrived",
    "[Gunmen from the Sinaloa Cartel] attacked …", "[a delegation from China] visited …". Only a subject's: on an
    object the "from" phrase is as often the verb's, misattached ("pulled [troops from Iraq]")."""
    if case_of(sentence, phrase) != prep or head.upos != "NOUN" or phrase.upos != "PROPN":
        return False
    subject = head
    while subject.deprel == "conj" and subject.head:  # "[Troops] and emergency aircraft from …"
        subject = sentence.token(subject.head)
    return subject.deprel in ("nsubj", "nsubj:pass", "nsubj:outer")


def _named_for(sentence: Sentence, tok: Token, child: Token) -> bool:
    """A phrase inside a name: "Alternative for Germany", "Movement for Democratic Change", "Reporters Without
    Borders", "Committee to Protect Journalists" (a "to" clause of capitalised words)."""
    prep = case_of(sentence, child)
    if not (tok.text[:1].isupper() and tok.upos in ("PROPN", "NOUN") and child.text[:1].isupper()
            and child.id > tok.id and (prep in (*_NAME_LINKS, "") or (prep == "in" and tok.upos == "PROPN"))):
        return False  # (a proper name with "in": "Islamic Resistance [in Iraq]", "Islamic State [in Somalia]")
    # "for", "without", "to", "the" and capitalised words only, through the end of the inner phrase
    inside = sentence.tokens[tok.id:phrase_end(sentence, child)]
    links = ("in", "the") if prep == "in" else (*_NAME_LINKS, "the")  # "in" + a place name only
    return all(t.text[:1].isupper() or t.text.lower() in links for t in inside)


_NAME_LINKS = ("for", "without", "against", "to")


CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
_PLACE_FILES = ("/countries.csv:", "/places.csv:")  # entries that are places: "Tokyo [Olympics]" names no one
_TITLE_WORDS = frozenset({"ADJ", "NOUN"})  # capitalised, words of a title or name ("Human Rights")
_NOT_NAME = frozenset({"PUNCT", "DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "SYM", "PART"})


def _owner_name(sentence: Sentence, head: Token) -> Token | None:
    """The proper-noun possessor of an office noun ("[Netanyahu]'s office"), or None."""
    if head.upos != "NOUN" or head.lemma.lower() not in _OFFICES_OF:
        return None
    return next((c for c in sentence.children(head.id) if c.deprel == "nmod:poss" and c.upos == "PROPN"), None)


def _surnames(entry: ActorEntry) -> list[str]:
    """A person's family name: the last word of a full name, and also the first in East Asian names ("Lai
    Ching-te" → "Lai"). Nothing for names of one word or entries not from a ``people.csv`` file."""
    if _PEOPLE_FILE not in entry.origin:
        return []
    names = [w for w in entry.phrase.split() if w.rstrip(".") not in _NAME_SUFFIXES]
    if len(names) < 2:
        return []
    return [names[-1], names[0]] if entry.code[:3] in _FAMILY_NAME_FIRST else [names[-1]]


def _name_runs(tokens: list[Token]) -> Iterator[list[Token]]:
    """Runs of two or more proper nouns (with hyphenated parts: "Lai Ching - te"), where people's full names
    can be."""
    run: list[Token] = []
    for tok in [*tokens, None]:
        if tok is not None and (tok.upos == "PROPN" or (run and (tok.text == "-" or run[-1].text == "-"
                                                                 or tok.text.rstrip(".") in _NAME_SUFFIXES))):
            run.append(tok)
            continue
        if len(run) > 1:
            yield run
        run = []


_FRAGMENT = "\x01"  # marks the hyphen side of a word fragment's key ("-party", "Chan-", a lone "-")
_CLIPPED_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.K", "U.S", "U.N"


def _name_keys(tokens: list[Token]) -> list[str]:
    """Matching keys of the phrase's tokens; a sponsor before "-backed" (one token or three) matches nothing,
    and "Saudi-led" matches as "Saudi"."""
    keys = [normalize.key(t.text) for t in tokens]
    for i, tok in enumerate(tokens):
        if "-" in tok.text and (tok.text[0] == "-" or tok.text[-1] == "-"):  # "six [-party]", "Chan- ocha"
            keys[i] = ("" if tok.text[0] != "-" else _FRAGMENT) + keys[i] + ("" if tok.text[-1] != "-" else _FRAGMENT)
        elif not keys[i]:
            keys[i] = _FRAGMENT * 2  # a dash of another kind ("Guinea – Bissau"): it only joins
        if "." in tok.text and _CLIPPED_ABBREVIATION.fullmatch(tok.text):
            keys[i] += "."  # "the U.K[.]" at the end of a sentence: the tokenizer gives the period to the sentence
        first, dash, last = tok.text.rpartition("-")
        if dash and first:
            if last.lower() in _SPONSORED:
                keys[i] = "\0"
            elif last.lower() == "led":
                keys[i] = normalize.key(first)
        elif (i + 2 < len(tokens) and tokens[i + 1].text == "-"
              and tokens[i + 2].text.lower() in _SPONSORED):
            keys[i] = keys[i + 2] = "\0"
    return keys


def _flat_end(sentence: Sentence, head: Token) -> int:
    """The id of the last word of the flat name that ``head`` starts (``head.id`` when it starts none)."""
    end = head.id
    for child in sentence.children(head.id):
        # adjacent flat words, or across a title and first names the parser hung inside the name ("French
        # [President] Emmanuel Macron" with "President" as nmod:desc, "Guyanese [President Irfaan] Ali")
        between = sentence.tokens[end:child.id - 1]
        if child.deprel.startswith("flat") and child.id > end and all(
                head.id <= t.head <= child.id and t.deprel in ("nmod:desc", "compound", "flat") for t in between):
            end = _flat_end(sentence, child)
    return end


def _ancestors(sentence: Sentence, tok: Token) -> set[int]:
    seen: set[int] = set()
    while tok.head and tok.head not in seen:
        seen.add(tok.head)
        tok = sentence.token(tok.head)
    return seen


def _is_definite(sentence: Sentence, tok: Token) -> bool:
    return any(c.deprel == "det" and c.lower in ("the", "this", "that", "these", "those")
               for c in sentence.children(tok.id))


# nouns that a role word before them does not make an actor: "military presence", "military action"
_ABSTRACT_HEADS = frozenset({"presence", "action", "solution", "option", "capability", "power", "intervention",
                             "buildup", "pressure", "involvement", "cooperation", "spending", "budget", "reform"})
_NOT_LOCAL = frozenset({"foreign", "international", "western", "visiting", "expatriate"})


def _other_country_before(keys: list[str], named: list[tuple[int, int, list[Any]]], hit: tuple[int, int, Any],
                          when: Date | None) -> Any | None:
    """The entry of another plain country named right before a national body's name (only "'s" or "the"
    between): "[Libya]'s House of Representatives", "the [Nigerian] House of Representatives"."""
    country, role = split_code(hit[2].code)
    if not country or not role:
        return None
    for start, length, entries in named:
        entry = resolve_dated(entries, when)
        end = start + length
        if entry is None or end > hit[0] or any(k not in ("'s", "’s", "the") for k in keys[end:hit[0]]):
            continue
        other, other_role = split_code(entry.code)
        if other and not other_role and other != country and entry.code == other and len(role) == 3:
            return entry  # (a body's own role only: "Pakistan's Taliban" are no Pakistani government)
    return None


def _clause_of(sentence: Sentence, tok: Token) -> Token:
    """The predicate whose clause the word is in (the nearest verb or adjective above it, else the root)."""
    while tok.head:
        tok = sentence.token(tok.head)
        if tok.upos in ("VERB", "ADJ", "AUX"):
            return tok
    return tok


def _after_third(sentence: Sentence, tok: Token) -> bool:
    """Whether the word comes right after "third" (or "third -"), or after "warring", in the sentence: "a third
    party" is an outsider and "the warring parties" are the sides of a war, not political parties."""
    before = [t.lower for t in sentence.tokens[max(0, tok.id - 3):tok.id - 1] if t.lower not in ("-", "‐")]
    return bool(before) and before[-1] in ("third", "warring")


def _is_party(sentence: Sentence, tok: Token) -> bool:
    """A name that takes part in its clause (subject, object, a "with"/"from"/"against" phrase …), not a place
    where something happens ("in Kazan") or an owner ("Sudan's army" counts as the army)."""
    if tok.deprel in ("nmod:poss", "compound", "amod", "flat", "vocative"):
        return False
    if tok.deprel.startswith("nsubj") and tok.head and sentence.token(tok.head).deprel == "parataxis":
        return False  # "…, the UN said": the speaker of an attribution
    return case_of(sentence, tok) not in _PLACE_CASES


def _is_bare(sentence: Sentence, tok: Token) -> bool:
    """A plural noun or "police" without determiner or modifier, not a conjunct sharing another's determiner
    ("Police arrested …", "Soldiers opened fire"; not "the Heads of State and [Government]")."""
    if tok.upos not in ("NOUN", "PROPN") or tok.deprel == "conj":
        return False
    if "Number=Plur" not in tok.feats and tok.lemma.lower() != "police":
        return False
    return not any(c.deprel in ("det", "amod", "compound", "nmod:poss", "nummod") for c in sentence.children(tok.id))


_ADJECTIVES_NOT_ROLES = frozenset({"official"})
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof",
                         "prof.", "rev", "rev.", "sheikh", "imam", "mullah", "emir", "king", "queen", "prince",
                         "princess", "madame", "monsieur", "senor", "señor", "herr", "frau",
                         # titles with no role of their own in the agents dictionary: "Chairman Arafat"
                         "chairman", "chairwoman", "chair", "captain", "marshal", "pope",
                         "cardinal"})


def _another_first_name(before: Token, entries: list[ActorEntry], roles: list[tuple[int, int, AgentEntry]],
                        start: int, name_words: frozenset[str], first_names: dict[str, set[str]]) -> bool:
    """A capitalised first name no dictionary name has, right before a person's surname row: "[Hunter] Biden"
    is someone else of that family. Titles, honorifics and initials ("Mr Biden", "Joe R. Biden") do not count,
    nor another spelling of the person's own first name ("Sergey" for "Sergei Lavrov": the same first letters)."""
    if not any("/people.csv:" in e.origin for e in entries) or before.upos != "PROPN" or not before.text[:1].isupper():
        return False
    word = normalize.key(before.text)
    if word in name_words or word in _HONORIFICS or len(before.text.rstrip(".")) <= 2:
        return False
    if any(word[:4] == known[:4] for known in first_names.get(normalize.key(entries[0].phrase), ())):
        return False
    return not any(s <= start - 1 < s + n for s, n, _ in roles)


_FORMER = frozenset({"former", "ex", "ex-", "erstwhile"})  # "[Former] U.S. President Barack Obama": no longer in office


def _titled_row(tokens: list[Token], start: int, entries: list[ActorEntry],
                named: list[tuple[int, int, list[ActorEntry]]],
                roles: list[tuple[int, int, AgentEntry]]) -> ActorEntry | None:
    """Without a date, the person's row that the title right before the name fits: "Prime Minister Shinzo Abe" →
    JPNGOV (not the former prime minister, JPNELI, of the open-ended row); a body or country before the title
    picks the row under it: "European Commission President Jean-Claude Juncker" → IGOEUREEC (not LUXGOV); and
    "former" anywhere before it an elite row: "Former U.S. President Barack Obama" → USAELI."""
    title = next((hit for hit in roles if hit[0] + hit[1] == start), None)
    if title is None:
        return None
    role = "ELI" if any(t.lower in _FORMER for t in tokens[:title[0] + title[1]]) else title[2].role
    owner = next((resolve_dated(es, None) for s, n, es in named if s + n == title[0]), None)
    owned = [e for e in entries if owner is not None and e.code.startswith(owner.code)]
    exact = next((e for e in owned if e.code == owner.code), None) if owner is not None else None
    return next((e for e in owned or entries if split_code(e.code)[1] == role),  # "UN Secretary General" → IGOUNO
                exact or (owned[0] if len(owned) == 1 else None))


def _acronym(tok: Token) -> bool:
    """An all-capitals word the tagger took for a function word: "the [WHO]" tagged PRON."""
    return tok.upos == "PRON" and len(tok.text) > 2 and tok.text.isupper()


def _acronym_of_other(sentence: Sentence, tokens: list[Token], entries: list[ActorEntry]) -> bool:
    """An all-capitals word that matches only names written otherwise is another body's acronym: "the GAO" (the
    US Government Accountability Office) is not Gao in Mali. Not in a headline written in capitals."""
    word = tokens[0].text
    if len(tokens) != 1 or len(word) < 3 or not word.isalpha() or not word.isupper() or any(
            entry.phrase.isupper() for entry in entries):
        return False
    words = [t.text for t in sentence.tokens if t.text.isalpha()]
    return sum(w.isupper() for w in words) * 2 < len(words)


def _is_speaker(sentence: Sentence, appos: Token) -> bool:
    """An "apposition" that is really the speaker of a trailing attribution the parser split off: "Israel hit
    Iran's nuclear program, [Prime Minister Benjamin Netanyahu] said" (the next word is a subjectless "said")."""
    last = phrase_end(sentence, appos)
    if last >= len(sentence.tokens):
        return False
    after = sentence.tokens[last]  # the token right after the apposition's phrase
    return after.upos == "VERB" and after.lemma.lower() in SPEECH_VERBS and not any(
        c.deprel.startswith("nsubj") for c in sentence.children(after.id))


def _longest_matches(keys: list[str], index: dict, span: int) -> list[tuple[int, int, object]]:
    """Non-overlapping longest matches of token-key n-grams in ``index``, left to right. Keys marked as word
    fragments (a hyphen on that side) neither start nor end a match, they only join names inside it ("Guinea
    [-] Bissau", "Prayuth [Chan-] ocha"); a fragment alone is no word ("six [-party] talks")."""
    hits = []
    i, n = 0, len(keys)
    while i < n:
        if keys[i][:1] == _FRAGMENT:
            i += 1
            continue
        for length in range(min(span, n - i), 0, -1):
            if keys[i + length - 1][-1:] == _FRAGMENT:
                continue
            joined = "".join(keys[i:i + length])
            value = index.get(joined.replace(_FRAGMENT, "") if _FRAGMENT in joined else joined)
            if value is not None:
                hits.append((i, length, value))
                i += length
                break
        else:
            i += 1
    return hits


def _text(sentence: Sentence, tokens: list[Token]) -> str:
    """The phrase as written, when the offsets fit the sentence text; else its tokens joined by spaces.

    (A sentence read back from CoNLL-U has its whitespace collapsed in ``# text``, so offsets may not fit.)
    """
    first, last = tokens[0], tokens[-1]
    if first.start_char >= 0 and last.end_char >= 0 and sentence.tokens[0].start_char >= 0:
        offset = sentence.tokens[0].start_char
        text = sentence.text[first.start_char - offset:last.end_char - offset]
        if text.startswith(first.text) and text.endswith(last.text):
            return text
    return " ".join(t.text for t in sentence.tokens[first.id - 1:last.id])
