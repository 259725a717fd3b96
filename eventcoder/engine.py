"""The rule engine: UD sentence → coded events. Pure, deterministic, no parser imports.

For each verb whose lemma has rules: find its arguments (subject or passive agent, objects, obliques by
preposition, complement clause), pick the most specific rule whose requirements hold, resolve source and
target noun phrases to actors, and emit one event per (source, target) pair. See docs/coding.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Date
from typing import Any

from eventcoder.actors import (
    BOTH_SIDES_ORIGIN,
    CALENDAR_WORDS,
    HOME_GUESS,
    NAMED_AFTER_VENUE,
    NO_ACTOR,
    SIDES_OF_FIGHT,
    UNKNOWN,
    UNNAMED_AGENT,
    Actor,
    ActorResolver,
    all_sides,
    same_side,
    split_code,
)
from eventcoder.cameo import NO_EVENT, stated_intent
from eventcoder.dictionary.countries import country_names
from eventcoder.dictionary.model import (
    ANY_CLAUSE,
    ANY_OBJECT,
    HOME,
    MODAL_KEY,
    TARGET_PLACES,
    Dictionaries,
    NounSpec,
    Rule,
    VerbIndex,
)
from eventcoder.document import Sentence, Token
from eventcoder.repairs import MOOD_ADJECTIVES, READINESS, repair_sentence
from eventcoder.syntax import (
    SPEECH_VERBS,
    case_of,
    hyphen_inside,
    hyphen_partner,
    name_conjuncts,
    phrase_end,
    phrase_span,
    phrase_start,
    phrases_with,
)

_PREDICATES = frozenset({"VERB", "ADJ"})
_SUBJECTS = frozenset({"nsubj", "nsubj:outer"})
_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till"})
# role nouns that name a kind of aircraft as a compound: "sent [fighter] jets" (no ---UAF)
_KINDS_OF_AIRCRAFT = frozenset({"fighter", "bomber"})
_SET_OFF_SUBJECTS = frozenset({"vocative", "dislocated"})
# sources that are the state for if_state_source: unlike actors._STATE_ROLES, not police (COP), former
# officials (ELI) or peacekeepers (PKO), whose protests are not their state's complaints
_OFFICIAL_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "SPY"})
_CONSULT = "04"  # CAMEO consult: no deep target search
# verbs of meeting, whose "in" place is a venue, not the country of the parties (``_located``)
_MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome", "visit", "talk", "discuss", "sign",
                            "negotiate", "gather", "convene", "attend"})
_THREATS = "13"  # CAMEO threaten: a target may be named only in the condition ("if Finland joined NATO")
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday"})
_OBLIQUES = frozenset({"obl", "obl:tmod", "obl:npmod", "obl:arg"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_NAMING_VERBS = frozenset({"call", "term", "brand", "label", "deem", "dub", "consider"})  # "called X a crime"
# participles whose agent does what an event noun names: "sanctions [imposed] by the US", "strikes [launched] by
# Israel" (not "strikes [condemned] by Egypt", "talks [mediated] by Qatar")
_DOING_PARTICIPLES = frozenset({"impose", "launch", "carry", "conduct", "fire", "stage", "mount", "order",
                                "announce", "introduce", "unleash", "wage", "deliver", "send", "provide", "pledge",
                                "issue", "level", "make", "take", "adopt", "declare", "hold"})
# time phrases around a meeting whose clause's subject took part: "[during] talks with Xi, Lula said …"
_MEETING_TIMES = frozenset({"during", "after", "following", "before", "ahead"})
# where the thing acted on is: "condemned the coup [in Gabon]", "attacked a village [outside Kharkiv]"
_LOCATING = ("in", "near", "outside", "around")
_FRONTIERS = frozenset({"border", "frontier", "boundary", "line"})
_RELATIONSHIPS = frozenset({"relation", "relations", "tie", "ties", "relationship", "partnership"})
_AIMED_AT = frozenset({"against", "on", "upon"})  # "[aggression] against Lebanon", "[strikes] on Gaza"
# "condemned what it [called] provocations", "what it [described] as the seizure of its tanker"
_NAMING_CLAUSE_VERBS = _NAMING_VERBS | {"describe", "characterize", "characterise", "see", "view", "regard"}
# Governing verbs: reports pass their clause's status through; aspectual verbs assert it; intentions make it
# future; refusals negate it; any other governor (want, urge, hope…) makes it hypothetical.
_REPORTING = SPEECH_VERBS | {"reveal", "acknowledge", "admit", "show", "find", "learn", "know", "allege", "recall",
                             "believe", "think", "accuse", "see", "hear"}
# Reports whose future clause is a stated intent or threat ("said it will", "announced it would").
_STATING = _REPORTING | {"declare", "pledge", "warn", "vow", "promise"}
_STATED_FUTURE = frozenset({"will", "shall", "'ll", "would", "'d"})
_ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep", "manage", "proceed", "help"})
_INTENT = frozenset({"plan", "intend", "agree", "vow", "pledge", "promise", "threaten", "prepare", "aim",
                     "willing", "ready", "prepared",
                     "decide", "expect", "schedule", "propose", "offer", "resolve", "vote", "mean", "set",
                     "go"})  # "is going to impose"
_INTENT_NOUNS = frozenset({"plan", "decision", "intention", "pledge", "promise", "offer", "threat", "proposal",
                           "agreement", "commitment", "vow", "readiness", "willingness", "bid"})  # "plan [to annex]"
# What an event noun's words say about it: "a [possible] strike", "the [threat] of an invasion", "[fears] an attack".
_UNREAL_ADJECTIVES = {"possible": "hypothetical", "potential": "hypothetical", "hypothetical": "hypothetical",
                      "feared": "hypothetical", "prospective": "hypothetical", "threatened": "hypothetical",
                      "rumoured": "hypothetical", "rumored": "hypothetical", "planned": "future",
                      "proposed": "future", "imminent": "future", "impending": "future", "looming": "future",
                      "expected": "future", "anticipated": "future", "upcoming": "future", "forthcoming": "future",
                      "future": "future"}
_RISK_NOUNS = frozenset({"threat", "risk", "fear", "prospect", "possibility", "danger", "spectre", "specter",
                         "rumour", "rumor", "likelihood", "chance", "warning", "scenario"})
_UNREAL_GOVERNORS = frozenset({"fear", "expect", "anticipate", "risk", "consider", "contemplate", "mull", "weigh",
                               "propose", "seek", "want", "avert", "prevent", "avoid", "deter", "predict",
                               "forecast", "envisage", "envision", "imagine", "urge", "demand", "call"})
_REFUSALS = frozenset({"refuse", "decline", "fail", "reject", "deny", "stop", "cease", "avoid", "halt"})
# Prepositions of a participle on an object that say whom it concerns ("the sanctions imposed [on Niger]"); not
# where or when ("the festival held [in Brazil]").
_PARTICIPLE_TARGETS = frozenset({"on", "against", "to", "from", "with", "upon"})
_QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "batch", "shipment",
                             "consignment", "ton", "tonne", "number", "wave", "series", "lot", "handful",
                             "contingent", "convoy", "planeload", "shipload", "truckload"})
_REJECTING = frozenset({"veto", "block", "defeat", "oppose", "scrap", "shelve", "sink", "torpedo", "abandon",
                        "withdraw", "kill", "overturn", "strike"})  # a proposal: "vetoed a resolution to …"
_PROPOSALS = frozenset({"resolution", "bill", "motion", "proposal", "plan", "measure", "amendment", "draft",
                        "legislation", "law", "initiative", "request", "bid", "demand", "call", "ultimatum"})
# nouns that undo what their "of" phrase names: "the lifting [of sanctions]", "the easing [of the blockade]" (not
# "end": "at the end of talks" ends nothing imposed)
_UNDOING_NOUNS = frozenset({"lifting", "easing", "removal", "suspension", "relaxation", "repeal",
                            "cancellation", "withdrawal", "rollback", "scrapping"})
# verbs of sending forces; a present passive is where they are, no event ("1,500 French soldiers are stationed …")
_DEPLOYING = frozenset({"deploy", "send", "dispatch", "redeploy", "move", "rush", "airlift"})
_RESPONDING = frozenset({"retaliate", "respond", "react", "reply", "hit"})  # "… by V-ing": the means is the act
_LIFTED = ("081", "082", "085")  # codes of easing a measure or a protest, whose owner eases it
_UNDOING_VERBS = frozenset({"lift", "ease", "remove", "end", "scrap", "rescind", "revoke", "suspend", "relax",
                            "loosen", "drop", "waive", "repeal", "cancel", "withdraw", "annul", "overturn"})
_IMPOSED_ROOTS = frozenset({"15", "16", "17"})  # what is imposed and can be lifted: sanctions, curfews, blockades
_REFUSAL_NOUNS = frozenset({"refusal", "rejection", "failure", "denial"})  # "Israel's refusal [to allow] aid"
# Speech acts a gerund after a reported clause adds to the report: "denied that …, [accusing] Khartoum of …" (not
# results: "said protesters had attacked officers, [injuring] five")
_VERBAL_ACTS = SPEECH_VERBS | {"accuse", "blame", "call", "urge", "vow", "warn", "demand", "insist", "dismiss",
                               "reject", "deny", "condemn", "describe", "brand", "threaten", "pledge", "promise",
                               "cite", "criticize", "criticise", "denounce", "appeal", "ask"}
_DECISION_NOUNS = _INTENT_NOUNS | {"move", "attempt", "effort"}  # "[Finland's move] to close its border"
# Harms whose "of" phrase names the victims: "a probe into the [killing] of 20 villagers"
_HARMS = frozenset({"killing", "death", "murder", "attack", "shooting", "bombing", "massacre", "abduction",
                    "kidnapping", "disappearance", "assault", "torture", "rape", "lynching", "beating", "slaying",
                    "assassination", "execution", "detention", "arrest", "drowning"})
# Documents filed with a court, a parliament or an authority, and the verbs of ruling on or receiving them
_FILED_DOCUMENTS = frozenset({"petition", "plea", "motion", "bill", "resolution", "complaint", "lawsuit", "suit",
                              "case", "application", "appeal", "writ", "request", "proposal", "draft"})
# (not "approve", "adopt", "pass": "the European Parliament approved a resolution criticizing Nicaragua" is the
# parliament's criticism)
_RULING_ON = frozenset({"dismiss", "reject", "accept", "hear", "admit", "consider", "entertain", "quash", "uphold",
                        "review", "examine", "receive", "throw", "strike", "deny"})
# Verbs whose passive subject is harmed by whoever does the act of a "when" clause
_HARMED = frozenset({"kill", "wound", "injure", "hurt", "abduct", "kidnap", "capture", "arrest", "detain", "shoot",
                     "massacre", "murder", "behead", "execute", "torture", "beat", "maim"})
# Participles that name an act's doer by a phrase of their own: "an ambush [blamed on] militants"
_ASCRIBING = {"blame": "on", "attribute": "to", "ascribe": "to", "pin": "on"}
# Verbs of sending people out of a country: in an agentless passive the "from" country did it
_EXPELLING = frozenset({"expel", "expell", "deport", "evict", "oust", "ban", "bar"})  # ("expell": Stanza's lemma)
_REQUEST_NOUNS = frozenset({"application", "request", "demand", "call", "candidacy", "appeal", "push", "ultimatum"})
# Verbs of answering a demand: their subject is the one the demand is addressed to
_ANSWERING = frozenset({"reject", "accept", "ignore", "heed", "defy", "dismiss", "refuse", "spurn", "rebuff",
                        "snub", "decline", "obey", "comply", "meet", "answer", "deny"})
# Nouns whose "that" clause is a claim, not a fact ("reports [that] troops killed civilians"), and the verbs that
# deny such a claim ("denied reports that …": it did not happen, as far as the coder can tell).
_CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "charge", "suggestion", "assertion",
                          "rumour", "rumor", "speculation", "insinuation", "contention"})
_DENYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebut", "contest", "debunk", "disprove"})
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "acknowledge", "admit"})  # "confirmed reports that …"
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
_NOUN_ARGUMENTS = frozenset({"obj", "iobj", "obl", "nsubj:pass", "xcomp", "obl:arg"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "advcl:relcl"})
_OWNER_RELATIONS = frozenset({"nmod:poss", "compound"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_FUTURE = frozenset({"will", "shall", "wo", "'ll"})
_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "must", "'d"})
# Verbs whose object controls the subject of their "to" clause: "urged France to withdraw".
# Verbs whose object does what their clause says, which then happened: "prompting [the US] to strike …"
_IMPLICATIVE = frozenset({"prompt", "force", "compel", "oblige"})
_OBJECT_CONTROL = frozenset({"ask", "urge", "order", "tell", "force", "persuade", "call", "encourage", "invite",
                             "request", "pressure", "press", "allow", "permit", "compel", "instruct", "warn",
                             "caution", "prevent", "stop", "bar", "ban", "block", "deter", "dissuade",
                             "prohibit", "forbid", "keep"}) | _IMPLICATIVE
_ADOPTING = frozenset({"adopt", "approve", "pass", "support", "back", "endorse", "accept", "sign", "ratify",
                       "implement"})  # a proposal not adopted this way did not happen
_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "indict", "convict", "allege", "fault"})
_PUNISHING = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "prosecute", "punish", "fine",
                        "deport", "execute", "sue", "investigate", "sanction"})
# Verbs whose addressee, in a prepositional phrase, does what the "to" clause says: "called on X to …"
_ADDRESSEE_PREPOSITIONS = {"call": ("on", "upon", "for"), "prevail": ("on", "upon"), "appeal": ("to",),
                           "plead": ("with",), "petition": ("to",)}
# Markers of a gerund clause that did not happen ("barred X from holding", "entered without firing") or is
# only warned about ("warned X against attacking").
# Object-control verbs whose "to" clause parsed as advcl is still the request, not a purpose ("asked X [to
# pressure] Y"; but "stopped aid deliveries [to pressure] Hamas" is Israel's purpose)
# What a speaker does besides reporting: "said … and [urged] the allies to …" (``_speaker_of_reported``).
_SPEAKER_ACTS = frozenset({"urge", "call", "appeal", "ask", "vow", "pledge", "promise", "reiterate"})
_REQUESTING = frozenset({"ask", "urge", "tell", "call", "encourage", "invite", "request", "press", "pressure",
                         "persuade", "force", "compel", "instruct", "allow", "permit", "order"}) | _IMPLICATIVE
_NOT_DONE_MARKERS = frozenset({"from", "without", "instead"})
_WARNED_MARKERS = frozenset({"against"})
_WARNING_VERBS = frozenset({"warn", "threaten", "caution", "tell"})  # "warned Beijing … if [it] …": Beijing
_CONDITION_MARKERS = frozenset({"if", "unless", "lest"})  # "would respond [if Russia attacked]": not done
# "will not lift the embargo [until Vietnam helps]": a present-tense clause of time under an act still to come
# (or refused) is a condition, not a report
_FUTURE_TIME_MARKERS = frozenset({"until", "till", "before", "once"})
# Predicates of readiness whose subject the parser reads as ``expl`` or as a passive subject ("it was prepared")
# "said it was [open] to dialogue" ("dialogue" read as a verb); "[committed] to opening up", read as a passive
_WILLING = READINESS | {"prepare", "open", "commit", "determine"}
# Verbs whose object is what is sent, given or taken in: in a clause below the rule's verb, that object is a
# target only with a country of its own ("promised to send [troops]" has none; "[the Lebanese army]" is one) …
_CONVEYING = frozenset({"send", "deploy", "dispatch", "deliver", "provide", "give", "supply", "ship", "transfer",
                        "resettle", "admit", "accept", "evacuate", "station", "donate", "contribute", "lend",
                        "sell", "airlift"})
# … and their purpose clauses of helping name the one helped ("send troops [to help] the Philippines army")
_HELPING = frozenset({"help", "assist", "support", "train", "protect", "defend", "bolster", "reinforce", "back",
                      "aid", "secure", "stabilize", "stabilise", "rebuild"})
_GOING_ON = frozenset({"keep", "continue", "carry"})  # transparent to composition: "vowed to keep fighting"
_RELEASE_NOUNS = frozenset({"release", "return", "repatriation", "freedom", "freeing"})  # what their holder gives up
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "capture", "kidnap", "abduct", "seize", "arrest", "keep",
                      "intern", "take"})  # "prisoners [held by Israel]", "diplomats [detained in Argentina]"
# Markers of a gerund clause whose doer is the governing verb's object: "accused X of shelling", "blamed X for".
# Verbs that judge their object for what it did ("praised Saudi Arabia for its role [in mediating]")
_JUDGING = frozenset({"praise", "thank", "commend", "hail", "laud", "credit", "applaud", "congratulate", "salute",
                      "criticise", "criticize", "condemn", "blame", "fault", "slam", "rebuke"})
_REASON_MARKERS = frozenset({"of", "for", "with"})  # "accused X [of] …", "charged X [with] insulting …"
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# roots whose two sides are rarely of one country (not coercion or assault, often a state's own people)
_BETWEEN_SIDES = frozenset({"11", "12", "13", "14", "15", "16", "19", "20"})
_STATE_SIDES = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})  # a country or its state
_FORCES = frozenset({"", "MIL", "SPY"})  # a country acting as a whole, or its armed forces
_ATTACKING = frozenset({"fight", "strike", "attack", "hit", "target", "bomb", "shell"})
_STATED_INTENT = " (stated intent)"  # the suffix of a rule recoded as a stated intent (03x, 13x)
# Prepositions through which a deep target is found in the phrase of the thing acted on (see _deep_targets)
_DEEP_PREPOSITIONS = frozenset({"of", "in", "on", "against", "to", "from", "with", "like", "into", "inside",
                                "toward", "towards", "upon", "including", "across", "within", "for", "between"})
_DEEP_LEVELS = 3
# Verbs whose event-noun subject keeps its "between"/"with" phrase on the verb: "Clashes [broke out] between …"
_HAPPENING = frozenset({"erupt", "break", "flare", "continue", "resume", "intensify", "rage", "escalate", "occur",
                        "happen", "begin", "start", "spread", "take"})
_BETWEEN = frozenset({"between", "with"})
_DEEP_PEOPLE = frozenset({"CVL", "REF"})  # roles that name a population, not an institution
_VENUES = frozenset({"meeting", "conference", "summit", "session", "forum", "ceremony", "event", "gathering",
                     "briefing", "interview", "speech", "talk", "visit", "trip", "tour", "rally", "hearing"})
_ADVERB_PARTICLES = frozenset({"down", "aside", "out", "off", "up", "back", "away"})
_EVENT_DOERS = "\0event doers"  # memory key: trigger lemma → sources of the latest asserted event with it
_ROOT_KEY = "\0root "  # _EVENT_DOERS key prefix: code root → sources of the latest asserted event under it
_INCIDENT_KEY = "\0incident"  # _EVENT_DOERS key: sources of the latest asserted material conflict event
_LATEST_KEY = "\0latest"  # _EVENT_DOERS key: sources of the latest asserted event ("the decision", "the move")
# event nouns named after a different verb: "the accusation" after "accused"
_NOUN_OF_VERB = {"accusation": "accuse", "allegation": "accuse", "charge": "accuse", "claim": "accuse",
                 "threat": "threaten",
                 "launch": "fire"}
_STEP_NOUNS = frozenset({"decision", "move", "step", "measure", "action"})
# adjectives that pick one of several events, not the latest: "the previous attack"
_ORDERING = frozenset({"previous", "earlier", "first", "initial", "second", "third", "last", "prior", "original"})
# event nouns that name any earlier event of one root: "the shipments" after "sent weapons" (07)
_NOUN_OF_ROOT = {"shipment": "07", "delivery": "07", "consignment": "07", "transfer": "07", "donation": "07",
                 "easing": "08", "lifting": "08"}
_INCIDENT_NOUNS = frozenset({"incident", "episode", "confrontation", "provocation"})
_MATERIAL_CONFLICT = frozenset({"14", "15", "17", "18", "19", "20"})
_FIGHTING = frozenset({"18", "19", "20"})  # roots whose two sides are "both sides" later
# intents to cooperate that two conjoined subjects state to each other (not aid, mediation or yielding)
_REACTIONS = frozenset({"01", "02", "09", "10", "11", "12", "13"})  # verbal responses, not acts
_VERBAL_RESPONSES = frozenset({"051", "055", "056"})  # praise, apologise, forgive: no "decision" either
_JOINT = frozenset({"030", "031", "032", "036", "037"})
# singular nouns of two parties: "the [US-China] summit" (``_hyphen_second``)
_BILATERAL = frozenset({"summit", "relationship", "relation", "dialogue", "partnership", "alliance", "agreement",
                        "deal", "war", "conflict", "rivalry", "border", "cooperation", "trade", "meeting"})
_PREVIOUS_SUBJECT = "\0previous subject"  # memory key: (sentence, token) of the last main subject
_PENDING_SUBJECTS = "\0pending subjects"  # memory key: sentences not yet read for _PREVIOUS_SUBJECT
_THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "it", "they"})
_OWN_COUNTRY_NOUNS = {"country": "", "nation": "", "state": "", "government": "GOV", "army": "MIL",
                      "military": "MIL"}  # "his country", "its government" (the speaker's)
# "its fighters", "his forces": the speaker's own armed men (a state's are its military, a group's the group)
_OWN_FORCES = frozenset({"fighter", "force", "troop", "troops", "soldier", "militant", "gunman", "rebel",
                         "guerrilla", "militiaman", "unit"})  # "troops": the lemmatiser's lemma of "troops"
# Weapons that stand for their users as subjects: "a car bomb killed …", "Russian missiles struck …".
_INSTRUMENTS = frozenset({"bomb", "missile", "rocket", "shell", "mortar", "drone", "grenade", "mine", "landmine",
                          "ied", "explosive", "airstrike", "strike", "shelling", "bombardment", "bombing",
                          "artillery", "gunfire", "fire", "barrage", "projectile", "munition", "warplane",
                          "jet", "aircraft", "helicopter", "gunship", "tank", "warship", "torpedo", "ship", "vessel",
                          "boat", "cutter", "plane",
                          "attack", "raid", "assault", "offensive", "ambush", "blast", "explosion"})
# Verbs whose doer is their subject even when parsed as a participle on a noun: "Thousands of Israelis
# [protested] …" (a transitive one there is a passive headline: "Dozens of civilians [killed] in …").
_INTRANSITIVE = frozenset({"protest", "demonstrate", "rally", "march", "gather", "riot", "picket", "clash",
                           "flee", "surrender", "defect", "mutiny", "revolt", "strike", "walk"})
# targets that take the country they are in ("arrested opposition leaders in Venezuela" → VENOPP)
_LOCATED_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "CVL", "OPP", "LAB", "EDU", "MED"})
_DOMESTIC_ROLES = frozenset({"GOV", "COP", "JUD", "LEG"})  # sources that take the country they act in
# People a state body coerces at home: "Venezuelan security forces arrested opposition politicians" → VENOPP
_HOME_TARGETS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED"})
_MISSIONS = ("embassy", "consulate", "mission")  # a state's body abroad
_NOT_DOMESTIC = ("-backed", "international", "tribunal", "special", "war crimes", "foreign", "hybrid")
_POLITICAL_ROLES = frozenset({"GOV", "ELI", "LEG", "JUD", "PTY", "OPP"})  # politicians coerced at home
_STATE_SOURCES = frozenset({"GOV", "COP", "JUD", "LEG", "MIL", "SPY"})
_STATE_CODES = _STATE_SOURCES | {""}  # a country alone, or one of its state bodies ("its forces" → RUSMIL)
_DOCUMENTS = frozenset({"report", "statement", "resolution", "communique", "communiqué", "declaration", "letter",
                        "ruling", "editorial"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they"})
_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})  # one person: never a plural noun
_DUTIES = frozenset({"security", "safety", "protection", "defence", "defense", "management", "administration",
                     "oversight", "coordination", "organisation", "organization", "running", "maintenance",
                     "supervision", "implementation", "welfare", "care"})  # "responsible [for security]"
_SELF_PRONOUNS = frozenset({"it", "he", "she", "we", "i", "they"})  # "X said [it] was responsible": X itself
# actor files whose names alone are never a person ("he" is no Taiwan, no Gaza, no Hamas)
_NON_PERSON_FILES = frozenset({"countries.csv", "places.csv", "organisations.csv", "armed_groups.csv",
                               "national_bodies.csv"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "amod", "nmod:poss", "fixed", "goeswith"})
# Verbs whose object event noun is the event itself, with the verb's subject as its source: made public or
# ordered ("announced the deployment"), or intended ("is preparing an offensive": future).
_ANNOUNCING = frozenset({"announce", "declare", "unveil", "confirm", "order", "authorize", "authorise",
                         "approve", "clear", "decree", "proclaim", "plan", "prepare", "intend", "schedule"})
# Target prepositions the parser may hang deep inside a long object ("returned the bodies of soldiers killed
# in the fighting [to Ukraine]"), and the nouns whose own "to" phrase that is ("a threat [to Europe]")
_RECIPIENT_PREPOSITIONS = frozenset({"to"})
_NOT_NOUN_PHRASE = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "appos", "conj", "cc"})
_IDIOMATIC_IN = frozenset({"place", "effect", "force", "response", "time", "line", "order", "bid", "coup", "attempt",
                           "move", "statement", "speech", "interview", "address", "protest", "retaliation"})
_WHEN = _TIME_CONJUNCTIONS | {"during", "following", "amid", "despite"}  # "[Ahmedabad] [after] deadly clashes"
_HOME_PLACES = ("in", "across", "throughout", "over")  # where a measure at home holds: "a curfew [in Ahmedabad]"
_OWN_TO_NOUNS = frozenset({"threat", "access", "route", "road", "path", "way", "visit", "trip", "journey", "flight",
                           "travel", "solution", "answer", "response", "reply", "reaction", "reference", "commitment",
                           "damage", "harm", "risk", "key", "entrance", "gateway", "link", "connection", "challenge",
                           "obstacle", "alternative", "right", "claim", "exposure", "proximity", "allegiance",
                           "loyalty", "opposition", "resistance", "danger", "insult", "affront", "blow", "door",
                           "corridor", "return", "transition", "move", "shift", "change", "amendment", "adherence"})
MAX_EVENTS_PER_PREDICATE = 16
log = logging.getLogger(__name__)


@dataclass(slots=True)
class Frame:
    """A predicate with its arguments, as found in the parse."""

    verb: Token
    subjects: list[Token]
    objects: list[Token]  # direct objects; in a passive, the passive subjects
    iobjects: list[Token]
    obliques: list[tuple[str, Token]]  # (preposition, noun), from the verb and from its objects
    agents: list[Token]  # passive "by" phrases
    complements: list[Token]
    passive: bool
    reported: list[Token] = field(default_factory=list)  # "[Israel must halt …], Turkey said": the clause


@dataclass(slots=True)
class Context:
    """Per-document state: the event date and the role memory ("the junta" → NERMIL)."""

    when: Date | None
    memory: dict[str, Any]

    def previous_subject(self) -> tuple[Sentence, Token] | None:
        """The main subject of the latest earlier sentence that had a non-pronoun one, unresolved. Earlier
        sentences are read only now, when a pronoun needs them (``_remember_subject``)."""
        pending = self.memory.get(_PENDING_SUBJECTS)
        while pending and len(pending) > 1:  # the last one is the sentence being coded
            _remember_subject(pending.pop(0), self.memory)
        return self.memory.get(_PREVIOUS_SUBJECT)


@dataclass(slots=True)
class CodedEvent:
    """Engine output before it becomes an :class:`~eventcoder.events.Event` (cheap to build)."""

    source: Actor
    target: Actor
    rule: Rule
    trigger: Token
    negated: bool
    modality: str


@dataclass(slots=True)
class Engine:
    """Codes sentences with a set of loaded dictionaries."""

    dictionaries: Dictionaries
    include_negated: bool = False
    require_target: bool = True  # False: also emit events whose target names no known actor (target "")
    unknown_actors: bool = False  # True: names the dictionaries lack, and unnamed passive agents, are "---"
    resolver: ActorResolver = field(init=False)

    def __post_init__(self) -> None:
        self.resolver = ActorResolver(self.dictionaries)

    def code_sentence(self, sentence: Sentence, when: Date | None = None,
                      memory: dict[str, Any] | None = None) -> list[CodedEvent]:
        """Events of one sentence. ``memory`` is the document's state: role referents ("the junta") and the
        previous sentence's main subject (for "It also …"); pass the same dict for every sentence of a document."""
        repair_sentence(sentence)
        context = Context(when, memory if memory is not None else {})
        if memory is not None:
            memory.setdefault(_PENDING_SUBJECTS, []).append(sentence)
        index = self.dictionaries.index
        matches: list[tuple[Token, Rule, Frame, Token | None]] = []
        words: set[str] | None = None  # the sentence's lemmas and lower-cased forms, built when first needed
        for tok in sentence.tokens:
            if tok.upos not in _PREDICATES:
                continue
            verb_rules = index.get(tok.lemma.lower()) or index.get(tok.text.lower())
            if tok.deprel == "acl" and tok.lemma.lower() in _ASCRIBING and tok.xpos == "VBN" and not any(
                    c.deprel == "obl:agent" for c in sentence.children(tok.id)):
                continue  # "an ambush [blamed] on militants": whose act the noun is, not an accusation by anyone
            predicative = tok.upos == "ADJ" and _predicative(sentence, tok)
            if verb_rules is None or (tok.upos == "ADJ" and not predicative and not _has_clause(sentence, tok)
                                      and not verb_rules.by_object):
                continue  # adjectives count with a clause ("willing to withdraw"), a required PP ("open to talks"),
                # or as a predicate with a subject ("Britain is [concerned] about …")
            if verb_rules.needs_cue:  # only object or clause rules: skip the frame when no required word occurs
                words = words if words is not None else _sentence_words(sentence)
                if verb_rules.cues.isdisjoint(words):
                    continue
            frame = build_frame(sentence, tok)
            found = match_rules(sentence, frame, verb_rules)
            if found is not None and (tok.upos != "ADJ" or predicative or found[1] is not None or found[0].objects):
                matches.append((tok, found[0], frame, found[1]))
        if memory is not None:
            self.resolver.remember(sentence, memory, when)
        if not matches and not self.dictionaries.noun_rules:
            return []
        # A clause that a rule composed into its verb's code ("threatened to [use force]" → 138) is not
        # coded again on its own; other embedded events are, with the status their governors give them.
        composed = {tok.id for _, _, _, complement in matches if complement is not None
                    for tok in _clause_conjuncts(sentence, complement)}
        # a clause that is no event by a rule of its own composes into nothing: "vowed to fight [the tariffs]"
        idle = {verb.id for verb, rule, _, _ in matches if rule.code == NO_EVENT}
        events: list[CodedEvent] = []
        decided: set[int] = set()  # verbs that coded events, or were dropped as negated, composed or attributions
        named = {verb.id for verb, rule, _, _ in matches if rule.objects}  # "announced [its withdrawal]" by a rule
        for verb, rule, frame, complement in matches:
            decided.add(verb.id)
            if verb.id in composed or rule.code == NO_EVENT:  # "seized the opportunity": no event, by a rule
                continue
            if complement is not None and (complement.id in idle or _any_object_not_attack(rule, complement, matches)):
                continue
            if rule.fallback and _is_attribution(sentence, verb):
                continue  # "…, officials said." attributes the sentence; it is no statement event
            negated, modality = clause_status(sentence, verb)
            # a composed clause that is itself negated: "said the strikes were [not a violation]" (no 111)
            negated = negated or (complement is not None and complement.upos != "VERB"
                                  and is_negated(sentence, complement))
            if negated and rule.if_negated:  # an explicit recoding: "will not lift the embargo" → 1244
                rule = replace(rule, code=rule.if_negated, name=f"{rule.name} (negated)", if_negated=None)
                negated = False
            if negated and not self.include_negated:
                continue
            intent = (stated_intent(rule.code) if not negated and self._states_intent(sentence, verb, context)
                      else None)
            if intent:  # "the rebels said they will release the hostages" → 0353, an intent stated now
                rule = replace(rule, code=intent, name=f"{rule.name}{_STATED_INTENT}")
                modality = "asserted"
            found = self._events(sentence, frame, rule, complement, negated, modality, context)
            if not found:
                decided.discard(verb.id)  # no actors: its nouns may still be events ("killed in [the bombardment]")
            events.extend(found)
        nominal = self._nominal_triggers(sentence, decided, named) if self.dictionaries.noun_rules else []
        coded_nouns: set[int] = set()
        verb_triggers = {e.trigger.id for e in events}
        for noun, rule in nominal:
            found = self._nominal_events(sentence, noun, rule, context)
            if found and not any(e.target.code for e in found) and noun.deprel in _SUBJECTS and (
                    noun.head in verb_triggers):
                continue  # "[Israeli shelling] killed three Lebanese soldiers": the verb's event, with a target
            coded_nouns.update(e.trigger.id for e in found)
            events.extend(found)
        if coded_nouns:  # "[Israeli strikes on Gaza] killed 30": one happening, coded once, by the event noun
            events = [e for e in events if not _done_by_event_noun(sentence, e.trigger, coded_nouns)]
        # Residual events count only when nothing else does: "X said Y attacked Z" (a fallback rule) and
        # "forces [backed] by Russia attacked …" (a participle describing a noun) code only the attack.
        events = _unless_others(events, lambda e: e.rule.fallback)
        events = _unless_others(events, lambda e: _is_background(sentence, e.trigger))
        events = _without_shared_results(sentence, events)
        _note_sides(events, sentence, context)
        _note_latest(events, context)
        return events

    def _nominal_triggers(self, sentence: Sentence, decided: set[int], named: set[int]) -> list[tuple[Token, Rule]]:
        """Event nouns ("sanctions against Niger") that no decided event verb governs ("imposed sanctions"; but
        "civilians were killed in [the Russian bombardment]": "killed" found no source, so the noun counts). An
        announcing verb leaves its object noun to the noun's rules unless a rule of its own names that object
        (``named``: "announced their withdrawal" → the verb rule's 0874, not a second noun event)."""
        noun_rules = self.dictionaries.noun_rules
        found = []
        for tok in sentence.tokens:
            if tok.upos != "NOUN" and not (tok.id == 1 and _misread_gerund(sentence, tok)):
                continue
            rules = noun_rules.get(tok.lemma.lower()) or noun_rules.get(tok.text.lower())
            if not rules and tok.id > 2 and sentence.tokens[tok.id - 2].upos == "PUNCT":  # "cease - fire"
                rules = next((noun_rules[w] for w in _noun_words(sentence, tok) if w in noun_rules), None)
            if not rules:
                continue
            head = sentence.token(tok.head) if tok.head else None
            if head is not None and head.id in decided and tok.deprel in _NOUN_ARGUMENTS and (
                    head.id in named or not _announces(head, tok)) and not _meeting_time(sentence, tok, rules):
                continue  # an event verb's rules decide: "imposed sanctions", "called for talks"
            if any(c.deprel == "det" and c.lower == "no" for c in sentence.children(tok.id)):
                continue
            if head is not None and tok.deprel == "nmod" and head.text.lower() in _UNDOING_NOUNS and (
                    case_of(sentence, tok) == "of") and rules[0].code[:2] in _IMPOSED_ROOTS:
                continue  # "welcomed the lifting [of U.S. sanctions]": no sanctions imposed here
            if head is not None and tok.deprel in ("obj", "nsubj:pass") and head.lemma.lower() in _UNDOING_VERBS and (
                    rules[0].code[:2] in _IMPOSED_ROOTS):
                continue  # "UN sanctions against Iran were lifted": undone, even with no one named lifting them
            # a rule whose object the noun names wins over the bare noun ("withdrawal [from ECOWAS]")
            rule = next((r for r in rules if r.objects and _names_object(sentence, tok, r)),
                        next((r for r in rules if not r.objects), None))
            if rule is not None and rule.code != NO_EVENT:  # "a heart attack"
                found.append((tok, rule))
        return found

    def _nominal_events(self, sentence: Sentence, noun: Token, rule: Rule, context: Context) -> list[CodedEvent]:
        """"ECOWAS's sanctions against Niger", "the Russian attack on Ukraine", "talks between A and B"."""
        children = sentence.children(noun.id)
        # "by" on the noun, or on its "of" phrase where parsers often hang it: "the killing [of civilians [by
        # soldiers]]"
        of_phrases = phrases_with(sentence, noun, "of")
        # … or on its target phrase: "the attack [on Malian soldiers [by jihadists]]"
        aimed = [c for prep in _AIMED_AT for c in phrases_with(sentence, noun, prep)]
        by = [c for n in [noun, *of_phrases, *aimed] for c in phrases_with(sentence, n, "by")]
        # "sanctions [imposed [by the United States] [on Venezuela]] have hurt …": the agent and places of a
        # participle of doing right after the noun (not "strikes on Gaza, [denounced] by Egypt": a comment on it)
        described = [c for c in children if c.deprel == "acl" and "VerbForm=Part" in c.feats
                     and c.lemma.lower() in _DOING_PARTICIPLES and sentence.tokens[c.id - 2].text != ","]
        owners = [c for c in children if c.deprel in ("nmod:poss", "compound", "amod")
                  and not (c.deprel == "compound" and _names_object(sentence, noun, rule, [c]))]  # "[artillery] attack"
        owners += _hyphen_partners(sentence, owners)  # "[US]-China talks"
        sources = self._actors(sentence, by, context) if by else [
            a for a in self._actors(sentence, owners, context) if not _place_compound(sentence, a)]
        if not sources and described:
            sources = self._actors(sentence, _agents_of(sentence, described), context)
        negated, modality = noun_status(sentence, noun)
        if negated and not self.include_negated:
            return []
        if sources and not negated and modality == "asserted":  # for a later "the strike" (_earlier_doers)
            _note_doer(context, {noun.lemma.lower()}, rule.code, sources)
        head = sentence.token(noun.head) if noun.head else None
        # "Nigeria announced [the deployment] of troops", "the court ordered [the arrest] of X"
        frame = build_frame(sentence, head) if head is not None and _announces(head, noun) else None
        if not sources and frame is not None:
            sources = self._actors(sentence, frame.agents if frame.passive and frame.agents else frame.subjects,
                                   context)
        partaking = not sources and head is not None and _meeting_time(sentence, noun, [rule])
        if partaking:
            # "During [talks] with Xi in Beijing, Lula said …", "After a [meeting] with Macron, Putin said …": the
            # clause's subject took part (only with the other side named: "during a visit, Obama will …" is no
            # second event)
            sources = self._actors(sentence, [c for c in sentence.children(head.id) if c.deprel in _SUBJECTS],
                                   context)
        targets: list[Actor] = []
        # PPs on the noun, and one level down its "of" phrase: "the deployment [of troops [to Estonia]]"
        phrases = [c for c in children if c.deprel.startswith("nmod") and c.deprel != "nmod:poss"]
        phrases += [g for c in phrases if case_of(sentence, c) == "of" for g in sentence.children(c.id)
                    if g.deprel.startswith("nmod") and g.deprel != "nmod:poss"]
        # and hung on the doer's "by" phrase: "a visit [by Xi Jinping [to Serbia]]" (also on the last word of a name)
        phrases += [g for c in by for n in [c, *(t for t in sentence.children(c.id) if t.deprel.startswith("flat"))]
                    for g in sentence.children(n.id)
                    if g.deprel.startswith("nmod") and g.deprel != "nmod:poss" and case_of(sentence, g) != "by"]
        placed = [c for verb in described for c in sentence.children(verb.id)
                  if c.deprel in _OBLIQUES or c.deprel == "obl:agent"]
        placed += [g for c in placed if case_of(sentence, c) == "by" or c.deprel == "obl:agent"
                   for g in sentence.children(c.id) if g.deprel == "nmod"]  # "[by the US [on Venezuela]]"
        phrases += [c for c in placed if case_of(sentence, c) in _PARTICIPLE_TARGETS]
        if frame is not None:  # "announced the deployment of troops [to Estonia]"
            phrases += [n for _, n in frame.obliques]
        else:
            # "Clashes erupted [between the army and the RSF]": parsers hang the noun's PPs on the verb (or read
            # the verb as a participle on the noun: "fighting [continued] between …")
            happening = [c for c in children if c.deprel in ("acl", "xcomp") and c.lemma.lower() in _HAPPENING]
            if head is not None and noun.deprel in ("nsubj", "nsubj:pass") and head.lemma.lower() in _HAPPENING:
                happening.append(head)
            phrases += [c for verb in happening for c in sentence.children(verb.id)
                        if c.deprel == "obl" and case_of(sentence, c) in _BETWEEN]
        for place in rule.targets:
            heads = [c for c in phrases if case_of(sentence, c) == place]
            targets = self._actors(sentence, heads, context)
            if targets:
                break
        if not targets and not rule.objects:
            # the owner of what a target phrase names: "Iran's rejection of [the US proposal]" → USA, "the ICC's
            # investigation into [Israel's conduct]" → ISR
            for place in rule.targets:
                targets = self._owners(sentence, [c for c in phrases if case_of(sentence, c) == place], context)
                if targets:
                    break
        if partaking and not targets:
            return []
        if sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
            if rule.reciprocal:
                pairs += [(t, s) for s, t in pairs]
        elif rule.reciprocal and len(sources or targets) > 1:
            group = sources or targets  # "talks between France and Niger"
            # (not a country and its own organ: "[Brazil's] [Lula] calls …" read as a noun is no two-sided event)
            pairs = [(a, b) for a in group for b in group if a is not b and not same_side(a, b)]
            if not pairs:
                return []
        elif sources and not self.require_target:
            pairs = [(s, NO_ACTOR) for s in sources]
        else:
            return []
        return [CodedEvent(s, t, _rule_for(sentence, rule, s), noun, negated, modality) for s, t in _distinct(pairs)]

    def _events(self, sentence: Sentence, frame: Frame, rule: Rule, complement: Token | None, negated: bool,
                modality: str, context: Context) -> list[CodedEvent]:
        if rule.code.startswith("05") and _material_purpose(sentence, frame.verb):
            return []  # "sent troops to Mali [to support] the Malian army": the aid itself, no verbal support
        if frame.verb.lemma.lower() in _RESPONDING and any(
                c.deprel == "advcl" and case_of(sentence, c) == "by" for c in sentence.children(frame.verb.id)):
            return []  # "China retaliated against Canada [by imposing] tariffs": the means clause is the event
        source_heads = frame.agents if frame.passive and frame.agents else frame.subjects
        sources = (self._own_country(sentence, frame.verb, source_heads, context)
                   or self._actors(sentence, source_heads, context))
        if not sources and frame.verb.deprel == "acl" and frame.verb.head:
            # "the [US] decision to sell arms", "[Russia's] plan to annex": the owner of the noun the clause is on;
            # but a demand is for its addressee to act, who answers it: "[Russia] rejected the US demand to withdraw"
            noun = sentence.token(frame.verb.head)
            if _addressed_request(sentence, frame.verb):
                answer = sentence.token(noun.head) if noun.head and noun.deprel in ("obj", "nsubj:pass") else None
                answerers = ([c for c in sentence.children(answer.id) if c.deprel in ("nsubj", "obl:agent")]
                             if answer is not None and answer.lemma.lower() in _ANSWERING else [])
                sources = self._actors(sentence, answerers, context)
            else:
                sources = self._owners(sentence, [noun], context)
                pronoun = next((c for c in sentence.children(noun.id) if c.deprel == "nmod:poss"
                                and c.lower in ("its", "their")), None)
                if not sources and pronoun is not None:  # "praised Saudi Arabia for [its] role in mediating"
                    sources = self._nearest_before(sentence, pronoun, context)
                if not sources and self.unknown_actors:  # "a petition [by PTI] seeking …"
                    sources = self._unknown_names(sentence, _owner_phrases(sentence, noun))
        if not sources and (frame.verb.deprel.startswith("acl") or any(t.upos == "PRON" for t in source_heads)) and (
                case_of(sentence, frame.verb) not in _REASON_MARKERS) and not (  # "accused [the West] of waging"
                frame.verb.deprel == "acl" and (_addressed_request(sentence, frame.verb)  # ("a demand to release")
                                                or _handled_document(sentence, frame.verb))):
            # "Turkey said [it] would retaliate"; "HRW issued a statement [calling on] X to …"
            person = any(t.upos == "PRON" and t.lower in _PERSON_PRONOUNS for t in source_heads)
            sources = self._antecedent(sentence, frame.verb, context, person=person)
            if frame.passive and frame.verb.deprel.startswith("acl"):  # "The three Americans, who had been [held] in
                sources = [a for a in sources if a.head != frame.verb.head]  # an Iranian prison": not their own act
        pronouns = [] if sources else [t for t in source_heads
                                       if t.upos == "PRON" and t.lower in _THIRD_PERSON_SUBJECTS]
        if pronouns and (previous := context.previous_subject()) is not None and not _governing_subject(
                sentence, frame.verb):
            # "Niger's junta expelled the ambassador. It also suspended …": the previous sentence's subject (not
            # when "it" has an antecedent here that names no known actor: "The Zorvakian Front said it would …")
            before, subject = previous
            antecedent = self.resolver.resolve(before, subject, context.when, context.memory)
            if antecedent is not None:
                sources = [_as_pronoun(antecedent, sentence, pronouns[0])]
        instruments = [] if sources else [h for h in source_heads if _is_instrument(h) or _is_document(h)]
        if instruments:  # "[Russian] missiles struck Kharkiv", "a [US] congressional report called for …"
            sources = [a for a in self._owners(sentence, instruments, context)
                       if not _place_compound(sentence, a)] or self._actors(
                sentence, [a for i in instruments for a in _participle_agents(sentence, i)], context)
        if not sources and frame.passive and not frame.agents and frame.verb.lemma.lower() in _DEPLOYING and (
                rule.code.startswith(("15", "074"))) and not any(
                c.deprel == "aux:pass" and "Tense=Pres" in c.feats for c in sentence.children(frame.verb.id)):
            # "[Russian troops] were deployed to Kazakhstan": the forces' own country sent them → RUSMIL 154 KAZ
            sent = [a for a in self._actors(sentence, frame.objects, context)
                    if a.country and a.role[:3] in _FORCES | {"PKO"}]
            if sent:
                sources = sent
                frame = replace(frame, objects=[o for o in frame.objects if o.id not in {a.head for a in sent}])
        if not sources and frame.passive and not frame.agents and rule.code.startswith("17"):
            # "Duterte was arrested on an [ICC] warrant", "… on a warrant issued [by the ICC]": whose warrant it is
            warrants = [n for prep, n in frame.obliques if prep in ("on", "under") and n.lemma.lower() == "warrant"]
            sources = self._owners(sentence, warrants, context) or self._actors(
                sentence, [a for w in warrants for a in _participle_agents(sentence, w)], context)
        if not sources and frame.passive and not frame.agents and frame.verb.lemma.lower() in _EXPELLING:
            # "Two UN inspectors were expelled [from Iraq]": the country they were sent out of sent them
            expellers = [a for a in self._actors(sentence, [n for prep, n in frame.obliques if prep == "from"],
                                                 context) if a.country]
            if expellers:
                sources = expellers
                frame = replace(frame, obliques=[(p, n) for p, n in frame.obliques
                                                 if n.id not in {a.head for a in expellers}])
        if not sources and frame.passive and not frame.agents and rule.objects and rule.code.startswith(_LIFTED):
            # "[UN] sanctions against Iran were lifted", "the strike [by coal workers] was called off": whose
            # measure or protest it is ends it
            sources = self._owners(sentence, _required_nouns(sentence, frame, rule), context)
        if not sources and self.unknown_actors and not rule.fallback:  # "John Smith said …" is no event
            sources = self._unknown_names(sentence, source_heads)
            if not sources and any(t.upos == "PRON" for t in source_heads):  # "Mitch McConnell says [he] is …"
                sources = self._unknown_names(sentence, _governing_subjects(sentence, frame.verb))
        if rule.sources:  # a verb of receiving: "Ukraine received F-16s [from Denmark]" → DNK 072 UKR
            return self._received(sentence, frame, rule, sources, negated, modality, context)
        weapons = any(_is_instrument(h) for h in instruments)  # a document without an owner is nobody's
        unnamed = not sources and self.unknown_actors and (_agentless_passive(frame) or weapons)
        if unnamed:
            sources = [UNNAMED_AGENT]  # "civilians were killed in Kharkiv": someone did it
        if not sources:
            if not negated and modality == "asserted":  # "Workers went on strike …": a later "the strike" is not
                _remember_doer(sentence, frame, rule, [], context, self.dictionaries.noun_rules)  # an older event's
            return []
        if len(sources) > 1:
            sources = _one_speaker(sentence, sources)
        # "[Police] arrested protesters in Nairobi", "In Togo, [security forces] arrested …": state bodies act at
        # home (not gunmen or rebels; soldiers only in a place that opens the clause)
        fronted = any(prep in ("in", "inside") and noun.id < frame.verb.id for prep, noun in frame.obliques)
        # (and in a coup, violence at home: "Soldiers seized power [in Niger]" → NERMIL; not a curfew, which
        # occupiers impose too)
        coup = HOME in rule.targets and rule.code.startswith("18")
        roles = _DOMESTIC_ROLES | {"MIL"} if fronted or coup else _DOMESTIC_ROLES
        sources = [self._located(sentence, frame, s, context, roles) for s in sources]
        if not negated and modality == "asserted":
            _remember_doer(sentence, frame, rule, [] if sources[0].code == UNKNOWN else sources, context,
                           self.dictionaries.noun_rules)
        # "urged [him] to halt air strikes on civilian areas": a pronoun addressee before the clause's places
        addressed = bool(frame.complements) and any(t.upos == "PRON" and t.lower in _PERSONAL_PRONOUNS
                                                    for t in frame.objects + frame.iobjects)
        # "Israel and Hezbollah agreed …": they pair up; so do two conjoined subjects of a joint pledge or a truce
        # ("India and China agreed to boost trade", "Russia and Ukraine declared a ceasefire")
        joint = (rule.code[:3] in _JOINT or rule.code.startswith("087")) and len(sources) == 2 and len(
            frame.subjects) == 1 and len(conjuncts(sentence, frame.subjects[0])) == 2
        two_sides = (rule.reciprocal and len(sources) > 1) or joint
        own = _bare_countries(sources) if HOME not in rule.targets else frozenset()  # "Sudan … [from Darfur]"
        targets = ((addressed and self._pronoun_targets(sentence, frame, rule, sources, context))
                   or [t for t in self._targets(sentence, frame, rule, complement, context, owners=not two_sides,
                                                skip=own) if t.code not in own]
                   or self._pronoun_targets(sentence, frame, rule, sources, context)
                   or (self._nested_targets(sentence, frame, rule, context) if not two_sides else []))
        # a fight that is only vowed, planned or alleged is the subject's: "Hamas vowed to fight Israeli troops"
        # … and so is an intent (03): "Iran said it would hold talks with the United States" → IRN 036 USA only
        mirror = rule.reciprocal and (modality == "asserted" or rule.code[:2] not in _VIOLENT_ROOTS) and (
            not rule.code.startswith("03")) and not rule.name.endswith(_STATED_INTENT)
        # not for a meeting: a place deep in what it is about is its topic ("a meeting on the situation in Gaza")
        # nor for a verdict: "Western sanctions against Russia are illegal, Beijing said" is not about Russia
        verdict = complement is not None and complement.upos in ("ADJ", "NOUN")
        if verdict and rule.code == "112" and any(
                case_of(sentence, c) == "for" and (c.upos == "VERB" or c.lemma.lower() in _DUTIES or any(
                    g.upos == "VERB" and g.lower.endswith("ing") and g.id < c.id for g in sentence.children(c.id)))
                for c in sentence.children(complement.id)):  # ("for [protecting] civilians", read as an amod)
            return []  # "said the army was responsible [for security] at the border": a duty, not blame
        if verdict and rule.code == "112" and any(c.deprel in _SUBJECTS and c.lower in _SELF_PRONOUNS
                                                  for c in sentence.children(complement.id)):
            # "Islamic State said [it] was responsible for the bombing": a claim of responsibility, not blame
            rule = replace(rule, code="015", name=f"{rule.name} (about itself: a claim)")
            targets = []
        if not targets and not two_sides and not rule.code.startswith(_CONSULT) and not verdict:
            targets, mirror = self._deep_targets(sentence, frame, rule, complement, context)
            mirror = mirror and rule.reciprocal
        if not targets and frame.verb.deprel == "advcl" and case_of(sentence, frame.verb) == "by" and (
                (response := sentence.token(frame.verb.head)).lemma.lower() in _RESPONDING):
            # the means of a response acts on whom it responds to: "retaliated [against Canada] by imposing tariffs"
            targets = self._actors(sentence, [n for prep, n in build_frame(sentence, response).obliques
                                              if prep in ("against", "to")], context)
        if not targets:  # "Lebanon condemned [the strike]" after "Israel struck Beirut" → ISR
            targets = self._earlier_doers(sentence, frame, rule, sources, context)
        if not targets and rule.code.startswith(_THREATS):
            targets = self._condition_targets(sentence, frame, complement, sources, context)
        if HOME in rule.targets:
            # a curfew imposed at home: "Indian police imposed a curfew in parts of [Ahmedabad]" → IND; a country
            # acting on itself acts on its people: "Sri Lanka declared a state of emergency in [Colombo]" → LKACVL
            targets = [_city_as_country(sentence, t) for t in targets]  # where it holds: "in [Bangkok]" → THA
            targets = [_own_people(t) if t.code in {s.code for s in sources} else t for t in targets] or (
                _home_targets(sentence, frame, sources))
        if not targets and self.unknown_actors:  # (not a known place passed over: "from [Darfur]" is no name)
            targets = self._unknown_names(sentence, [t for place in rule.targets
                                                     for t in _place(frame, place, rule, sentence)
                                                     if not self._actors(sentence, [t], context)])
        if unnamed and not targets:
            return []
        targets = [self._located(sentence, frame, t, context) for t in targets]
        if rule.fallback and not any(case_of(sentence, c) == "to" for c in frame.complements):
            # "…, a military source told Reuters", "told reporters", "told state television": sourcing, not an
            # interaction (but "told the BBC to leave" is addressed to it)
            targets = [t for t in targets if "MED" not in t.role]
        if rule.code[:2] in _BETWEEN_SIDES:  # "Israeli jets struck villages. [The government] condemned the strikes"
            sources, targets = _guesses_apart(sources, targets)
        if rule.code[:2] in _VIOLENT_ROOTS or rule.code[:2] == "17":  # "Russian drones struck [Kyiv]": the city
            targets = [_city_as_country(sentence, t) for t in targets]
        if targets:
            places = self._place_countries(sentence, frame, context) if any(not s.country for s in sources) else set()
            pairs = [(_source_at_home(sentence, s, t, rule.code, places), _at_home(s, t, rule.code))
                     for s in sources for t in targets]
            if mirror:
                pairs += [(t, s) for s, t in pairs]
        elif two_sides:
            # "France and Niger met"; "India and China agreed to boost trade" (two parties' joint pledge)
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        elif not self.require_target:
            pairs = [(s, NO_ACTOR) for s in sources]  # monadic: "Protesters rallied in Niamey"
        else:
            return []
        return [CodedEvent(s, t, _rule_for(sentence, rule, s), frame.verb, negated, modality)
                for s, t in _distinct(pairs)]

    def _place_countries(self, sentence: Sentence, frame: Frame, context: Context) -> set[str]:
        """The countries of the places the verb's "in" phrases name ("rioted … [in New Caledonia]")."""
        places = [noun for prep, noun in frame.obliques if prep in ("in", "inside")]
        return {a.country for a in self._actors(sentence, places, context) if a.country}

    def _received(self, sentence: Sentence, frame: Frame, rule: Rule, receivers: list[Actor], negated: bool,
                  modality: str, context: Context) -> list[CodedEvent]:
        """Events of a rule with ``source`` places: the giver found there is the source, the subject (the
        receiver) the target."""
        givers: list[Actor] = []
        for place in rule.sources:
            heads = _place(frame, place, rule, sentence)
            givers = self._actors(sentence, heads, context) or (
                self._unknown_names(sentence, heads) if self.unknown_actors else [])
            if givers:
                break
        if not givers and "obj" in rule.sources and rule.objects:
            # the required object names its own side: "Taiwan detected [32 Chinese military aircraft]" → CHNMIL
            givers = [a for a in self._actors(sentence, _required_nouns(sentence, frame, rule), context) if a.country]
        if not givers:
            return []
        # "[Israel's] decision drew condemnation from Egypt": the owner of what the reaction is to
        receivers = receivers or self._owners(sentence, frame.subjects, context)
        if receivers:
            pairs = [(g, r) for g in givers for r in receivers]
        elif not self.require_target:
            pairs = [(g, NO_ACTOR) for g in givers]
        else:
            return []
        return [CodedEvent(s, t, rule, frame.verb, negated, modality) for s, t in _distinct(pairs)]

    def _located(self, sentence: Sentence, frame: Frame, actor: Actor, context: Context,
                 roles: frozenset[str] = _LOCATED_ROLES) -> Actor:
        """A target role without a country takes the country of an "in X" phrase on the verb: "attacked a police
        station in northern Burkina Faso" → BFACOP (parsers attach the place to the verb, not to the noun). For a
        source, only ``roles`` (state bodies): "police arrested protesters in Nairobi" → KENCOP."""
        if actor.country or actor.role not in roles or not actor.code.startswith(UNKNOWN):
            return actor
        if frame.verb.lemma.lower() in _MEETING_VERBS:
            return actor  # where a meeting is held is no side's country: "hosted delegations [in Doha]"
        places = [noun for prep, noun in frame.obliques if prep in ("in", "inside")]
        # … or on another phrase of the verb (and its "of" phrase): "fired tear gas [at protesters [in Nairobi]]",
        # "opened fire [into a crowd [of mourners [in Nairobi]]]"
        phrases = [noun for _, noun in frame.obliques]
        phrases += [c for noun in phrases for c in phrases_with(sentence, noun, "of")]
        places += [c for noun in phrases for prep in ("in", "inside") for c in phrases_with(sentence, noun, prep)
                   if c not in places]
        verb = frame.verb
        gerund = _is_gerund(verb)
        if not places and verb.deprel == "advcl" and verb.head and gerund:
            # "stormed a military base in Somalia, [killing] 17 soldiers": where the clause it follows happened
            head = build_frame(sentence, sentence.token(verb.head))
            places = [noun for prep, noun in head.obliques if prep in ("in", "inside")]
            places += [c for o in head.objects for c in phrases_with(sentence, o, "in")]
        for noun in places:
            place = self.resolver.resolve(sentence, noun, context.when, context.memory)
            if place is not None and place.country:
                return replace(actor, code=place.country + actor.role, country=place.country,
                               origin=f"{actor.origin}; located by '{place.text}': {place.origin}")
        return actor

    def _pronoun_targets(self, sentence: Sentence, frame: Frame, rule: Rule, sources: list[Actor],
                         context: Context) -> list[Actor]:
        """A pronoun in a target place stands for the nearest actor before it that is not the source:
        "Trump called Erdogan and urged [him] to …" → Erdogan."""
        for place in rule.targets:
            pronouns = [t for t in _place(frame, place, rule, sentence)
                        if t.upos == "PRON" and t.lower in _PERSONAL_PRONOUNS]
            if pronouns:
                break
        else:
            return []
        own = {a.code for a in sources}
        person = pronouns[0].lower in _PERSON_PRONOUNS  # "him" is no "generals" and no "Sudan"
        plural = pronouns[0].lower in ("them", "they")  # "them" is no "a Palestinian man" (names may be)
        thing = pronouns[0].lower == "it"  # "it" is no "Filipino fishermen"
        for tok in reversed(sentence.tokens[:pronouns[0].id - 1]):
            # ("it" may be "the Philippines" or "the United States", plural in form)
            number = ("Plur" if person or (thing and tok.upos == "NOUN") else "Sing" if plural and tok.upos == "NOUN"
                      else None)
            if number is not None and f"Number={number}" in tok.feats:
                continue
            if tok.upos in ("NOUN", "PROPN") and tok.deprel not in _NAME_PARTS:
                actor = self.resolver.resolve(sentence, tok, context.when, context.memory)
                if actor is not None and actor.code not in own and (not person or _may_be_person(tok, actor)):
                    return [actor]
        return []

    def _own_country(self, sentence: Sentence, verb: Token, heads: list[Token], context: Context) -> list[Actor]:
        """"Putin said [his country] will not lift the ban" → RUS; "[its government]" → the speaker's country
        with GOV."""
        out = []
        for head in heads:
            owner = _own_country_owner(sentence, head)
            if owner is None:
                continue
            lemma = head.lemma.lower()
            for speaker in self._antecedent(sentence, verb, context):
                if lemma in _OWN_FORCES:  # Hezbollah's fighters are Hezbollah; Russia's forces are RUSMIL
                    state = speaker.code[3:] in _STATE_CODES and speaker.country
                    code = speaker.country + "MIL" if state else speaker.code
                elif speaker.country:
                    code = speaker.country + _OWN_COUNTRY_NOUNS[lemma]
                else:
                    continue
                out.append(ActorResolver.actor(sentence, head, code, sentence.tokens[owner.id - 1:head.id],
                                               f"'{owner.text}' = '{speaker.text}'; {speaker.origin}"))
        return out

    def _warned(self, sentence: Sentence, verb: Token, context: Context) -> list[Actor]:
        """The one warned, for a pronoun in the condition of a warning: "warned Beijing of consequences [if it]
        provides lethal aid to Moscow" → Beijing (not the United States that warns)."""
        if verb.deprel != "advcl" or case_of(sentence, verb) not in _CONDITION_MARKERS:
            return []
        tok = verb
        while tok.head and tok.deprel in _CLAUSE_LINKS:
            tok = sentence.token(tok.head)
            if tok.lemma.lower() in _WARNING_VERBS:
                return self._actors(sentence, [c for c in sentence.children(tok.id) if c.deprel in ("obj", "iobj")],
                                    context)
        return []

    def _antecedent(self, sentence: Sentence, verb: Token, context: Context, *, person: bool = False
                    ) -> list[Actor]:
        """For a pronoun subject: the subject of the nearest governing clause that names an actor; for a relative
        pronoun, the noun its clause describes ("demonstrators [who] were protesting …"). A ``person`` pronoun
        ("he", "she") is no plural subject: "soldiers shot a man after [he] attacked them" has no antecedent."""
        if verb.deprel == "acl:relcl" and verb.head and sentence.token(verb.head).deprel in _SUBJECTS and any(
                c.deprel == "nsubj:pass" and "PronType=Rel" in c.feats for c in sentence.children(verb.id)):
            # "[the three Americans], [who] had been held in an Iranian prison, arrived …": the subject the clause
            # would inherit is the one held (but "firms that had been blacklisted" by the main clause's subject
            # keep it: "The US removed sanctions on firms that had been blacklisted")
            return []
        if verb.deprel == "acl:relcl" and verb.head and any(
                c.deprel in _SUBJECTS and "PronType=Rel" in c.feats for c in sentence.children(verb.id)):
            described = sentence.token(verb.head)
            actors = self._actors(sentence, [described], context)
            if actors or described.deprel != "obj" or not described.head:
                return actors
            # "the UN issued [a report] that called on Myanmar to …": a document speaks for its issuer
            issuer = sentence.token(described.head)
            return self._actors(sentence, [c for c in sentence.children(issuer.id) if c.deprel in _SUBJECTS],
                                context)
        warned = self._warned(sentence, verb, context)
        if warned:
            return warned
        return self._actors(sentence, _governing_subjects(sentence, verb, person=person), context)

    def _nearest_before(self, sentence: Sentence, pronoun: Token, context: Context) -> list[Actor]:
        """The actor a possessive "its"/"their" stands for: the nearest argument before it that names one
        ("Macron praised [Saudi Arabia] for its role …")."""
        for tok in reversed(sentence.tokens[:pronoun.id - 1]):
            if tok.upos in ("NOUN", "PROPN") and (tok.deprel in (*_SUBJECTS, "obj", "iobj", "obl", "nsubj:pass")):
                actors = self._actors(sentence, [tok], context)
                if actors:
                    return actors
        return []

    def _targets(self, sentence: Sentence, frame: Frame, rule: Rule, complement: Token | None,
                 context: Context, owners: bool = True, skip: frozenset[str] = frozenset()) -> list[Actor]:
        """The target actors, by the rule's places; ``owners=False`` for two-sided events of conjoined subjects,
        which pair them instead ("Israel and Hezbollah agreed to a ceasefire [brokered by the United States]").
        A place naming only a country in ``skip`` (the source's own) is passed over for the next: "Sudan expelled
        aid agencies [from Darfur]" is aimed at the agencies."""
        frames = [frame]
        # a plain statement (010 fallback) is addressed to someone, never to what it reports: "said it had
        # tracked six [Chinese warships]" has no target
        inner = complement or (None if rule.fallback else next(iter(frame.complements), None))
        if inner is not None and rule.code.startswith("02") and "obj" in rule.targets:
            # an appeal to someone who names no actor is to no one, not to whom the requested act concerns:
            # "urged [the international community] to impose sanctions on Kigali" has no target (not RWAGOV)
            addressees = _place(frame, "obj", rule, sentence)
            if addressees and all(t.upos == "NOUN" for t in addressees) and not self._actors(
                    sentence, addressees, context):
                inner = None
        if inner is not None and owners and inner.deprel == "acl" and inner.head and (
                (judged := sentence.token(inner.head)) in frame.objects) and (
                judged.lemma.lower() in _DECISION_NOUNS | _REQUEST_NOUNS):
            # the act judged is its owner's: "condemned [Israel's] plan to annex the West Bank" → ISR, "backed
            # [Sweden's] application to join NATO" → SWE (not what the plan or the application is about)
            actors = self._owners(sentence, [judged], context)
            if actors:
                return actors
        if inner is not None:
            frames.append(build_frame(sentence, inner))
            if inner.lemma.lower() in _CONVEYING:  # "offered to send troops [to help] the Philippines army"
                frames += [build_frame(sentence, c) for c in frames[-1].complements if case_of(sentence, c) == "to"
                           and c.lemma.lower() in _HELPING]  # (not "to fight Ukraine": the enemy is no target)
            elif inner.lemma.lower() in _HELPING and not frames[-1].objects:  # "pledged $5 billion to help
                # [rebuild Ukraine]" (not "to help Syria [fight terrorists]": Syria is helped)
                frames += [build_frame(sentence, c) for c in frames[-1].complements if c.deprel == "xcomp"]
        # The object a complement rule names is a target only with a nationality of its own: "threatened to
        # send [troops] to Belarus" → BLR, but "agreed to release four [Israeli hostages]" → ISRCVL.
        # (not what an attack is on: "vowed to fight [Kurdish fighters]", "threatened to strike [US warships]")
        named = [spec.obj for spec in rule.complements if spec.obj is not None and spec.verb not in _ATTACKING]
        for place_frame in frames:
            for place in rule.targets:
                heads = [t for t in _place(place_frame, place, rule, sentence) if not _own(sentence, t)]
                if rule.code.startswith("09"):  # "a probe into the killing [of villagers] by soldiers": the doers
                    heads = [d for t in heads for d in _doers_for_victims(sentence, t)]
                if (owners and place not in ("obj", "by") and not rule.objects and "obj" in rule.targets
                        and any(_on_object(sentence, place_frame, t) for t in heads)):
                    # a phrase on the thing judged (or hung on the verb right after it) is that thing's target,
                    # not the verb's: "condemned [Israel's] aggression against Lebanon" → ISR (the aggressor)
                    judged = self._owners(sentence, place_frame.objects, context)
                    if judged:
                        return judged
                if place == "for" and any(_is_passive_clause(sentence, c) for c in place_frame.complements):
                    continue  # "called for the hostages [to be released]": they are no addressee
                # "the journalist, [who] was detained by police": the relative pronoun stands for the noun
                heads = [sentence.token(place_frame.verb.head) if t.upos == "PRON" and "PronType=Rel" in t.feats
                         and place_frame.verb.deprel == "acl:relcl" and (t.deprel == "nsubj:pass" or t.lower in (
                             "who", "whom")) else t for t in heads]  # (not "which": "which X blamed on Y")
                actors = [a for a in self._actors(sentence, heads, context) if a.code not in skip]
                if place == "obj" and place_frame is not frame and place_frame.verb.lemma.lower() in _CONVEYING:
                    # "promised to send [troops]": people sent without a country are no target (but "to Haiti" is,
                    # and so is a recipient: "agreed to provide [the Lebanese army] with weapons")
                    actors = [a for a in actors if a.country and HOME_GUESS not in a.origin]
                if place_frame is not frame and named:
                    actors = [a for a in actors if a.country or not any(
                        _noun_fits(sentence, sentence.token(a.head), spec) for spec in named)]
                if actors:
                    return actors
        # No actor in any place: the actor may own the thing acted on ("rejected ECOWAS's offer",
        # "rejected the ECOWAS ultimatum" → IGOWAFWAS).
        for place_frame in frames if owners else []:
            for place in rule.targets:
                actors = self._owners(sentence, _place(place_frame, place, rule, sentence), context)
                if actors:
                    return actors
        if not rule.objects and not rule.reciprocal:  # "fought battles [in El Fasher]": a place is no party
            # A country named on the thing acted on: "condemned [the coup [in Gabon]]" → GAB. Parsers hang such
            # a phrase on the object or on the verb right after it; a capital or organisation there is more
            # often where the actor spoke ("criticized the sanctions in Vienna"), so it must be a plain place.
            objects = _place(frame, "obj", rule, sentence) if "obj" in rule.targets else []
            located = [c for o in objects for prep in _LOCATING for c in phrases_with(sentence, o, prep)]
            located += [n for prep, n in frame.obliques if prep in _LOCATING and n.head == frame.verb.id
                        and any(_starts_after(sentence, o, n) for o in objects)]
            # "near the Romanian border" is on this side of it
            located = [c for c in located if case_of(sentence, c) == "in" or c.lemma.lower() not in _FRONTIERS]
            return [a for a in self._actors(sentence, located, context) if a.country and not a.role]
        required = _required_nouns(sentence, frame, rule)
        # Who holds the persons whose release is sought: "demanded the release of prisoners [held by Israel]",
        # "of its diplomats [detained in Argentina]" → ISR, ARG (not the prisoners) …
        holders = [a for a in self._actors(sentence, _holders(sentence, required), context) if a.code != "---"]
        if holders:
            return holders
        # … else the required object names a national actor itself ("expelled [the French ambassador]") …
        actors = [a for a in self._actors(sentence, [o for o in required if o in frame.objects], context)
                  if a.country]
        if actors:
            return actors
        # … or has an owner: "rejected [the Arab League's] plan", "rejected [Israel's] proposal", "hijacked a
        # [passenger] train". In a reciprocal rule a word of the required object is no owner: "Russia and Ukraine
        # carried out a [prisoner] exchange" pairs the two sides.
        named = {m for spec in rule.objects for m in spec.modifiers} if rule.reciprocal else set()
        # a verdict is nobody's target: "condemned the strikes [as a violation [of Yemen's] sovereignty]"
        required = [o for o in required if case_of(sentence, o) != "as"]
        found = self._owners(sentence, required, context, skip=named) if owners else []
        # a kind of weapon is no owner: "fired 200 [artillery] shells" has no ---MIL target
        return [a for a in found if not a.code.startswith(UNKNOWN) or not any(_is_instrument(o) for o in required)]

    def _nested_targets(self, sentence: Sentence, frame: Frame, rule: Rule, context: Context) -> list[Actor]:
        """Last resort: a target preposition one level down an oblique of the verb ("held talks [in Jerusalem
        [with Netanyahu]]", "reinforced troops [along the border [with Cambodia]]")."""
        for place in rule.targets:
            if place in TARGET_PLACES:
                continue
            nested = [c for _, noun in frame.obliques for c in sentence.children(noun.id)
                      if c.deprel.startswith("nmod") and c.deprel != "nmod:poss" and case_of(sentence, c) == place]
            if rule.code.startswith("09"):  # "an investigation into the death [of 39 migrants]": no target
                nested = [d for t in nested for d in _doers_for_victims(sentence, t)]
            actors = self._actors(sentence, nested, context)
            if actors:
                return actors
        return []

    def _earlier_doers(self, sentence: Sentence, frame: Frame, rule: Rule, sources: list[Actor],
                       context: Context) -> list[Actor]:
        """Last resort: a definite event noun in a target place ("condemned [the strike]", "retaliate for [the
        attack]") whose verb or noun coded an event earlier in the document takes that event's source: "Israel
        struck Beirut. Lebanon condemned the strike." → ISR. The latest such event counts."""
        doers = context.memory.get(_EVENT_DOERS)
        if not doers:
            return []
        own = {a.code for a in sources}
        # the places, then a required object that names the earlier act: "Moscow rejected [the accusation]"
        places = [h for place in rule.targets for h in _place(frame, place, rule, sentence)]
        places += [n for n in _required_nouns(sentence, frame, rule) if n.lemma.lower() in _NOUN_OF_VERB]
        for head in places:
            for noun in conjuncts(sentence, head):
                if noun.upos != "NOUN" or not _is_definite_event(sentence, noun):
                    continue
                if _names_its_own(sentence, noun):
                    continue
                lemma = noun.lemma.lower()
                # its own lemma, the verb it is named after ("the accusation" after "accused"), the "-ing" form's
                # verb, its noun rule's root ("the detentions" after "arrested"), "the incident"; and "the
                # decision" (not "the decision to …", which says what it is): the last act of an earlier sentence
                keys = [lemma, _NOUN_OF_VERB.get(lemma, ""), lemma.removesuffix("ing"), self._event_root_key(noun),
                        _ROOT_KEY + root if (root := _NOUN_OF_ROOT.get(lemma) or _NOUN_OF_ROOT.get(
                            noun.text.lower())) else ""]
                if lemma in _STEP_NOUNS and not _has_clause(sentence, noun):
                    keys.append(_LATEST_KEY)
                for key in keys:
                    found = [replace(d, origin=f"{d.origin} (the doer of an earlier '{lemma}')")
                             for d in doers.get(key, ()) if d.code not in own]
                    if found:
                        return found
        return []

    def _event_root_key(self, noun: Token) -> str:
        """The memory key of the events a noun can refer back to: its own (bare) noun rule's code root, or any
        material conflict for "the incident"."""
        if noun.lemma.lower() in _INCIDENT_NOUNS:
            return _INCIDENT_KEY
        rules = self.dictionaries.noun_rules.get(noun.lemma.lower()) or self.dictionaries.noun_rules.get(
            noun.text.lower(), [])
        bare = next((r for r in rules if not r.objects), None)
        return _ROOT_KEY + bare.code[:2] if bare is not None else ""

    def _condition_targets(self, sentence: Sentence, frame: Frame, complement: Token | None, sources: list[Actor],
                           context: Context) -> list[Actor]:
        """A threat's target named only in its condition: "warned it would retaliate [if Finland joined NATO]",
        "threatened to close the strait [if the US attacked]" → FIN, USA. The subject of an "if"/"unless"/"lest"
        clause on the threatening verb or on the threatened action."""
        verbs = [frame.verb, *([complement] if complement is not None else []), *frame.complements]
        clauses = [c for v in verbs for c in sentence.children(v.id)
                   if c.deprel == "advcl" and case_of(sentence, c) in _CONDITION_MARKERS]
        own = {a.code for a in sources}
        for clause in clauses:
            doers = [c for c in sentence.children(clause.id) if c.deprel in _SUBJECTS]
            actors = [a for a in self._actors(sentence, doers, context) if a.code not in own]
            if actors:
                return actors
        return []

    def _deep_targets(self, sentence: Sentence, frame: Frame, rule: Rule, complement: Token | None,
                      context: Context) -> tuple[list[Actor], bool]:
        """Last resort: a country named inside the phrase of the thing acted on, up to ``_DEEP_LEVELS`` levels
        down: "a ceasefire [in Hodeidah]", "parts of the city [of Ahmedabad]", "a ban on imports of [British]
        beef", "the sanctions imposed [on Eritrea]", "partners [like Saudi Arabia]". Only plain places,
        nationalities and peoples ("schools for [Syrian refugees]") count, the nearest level wins, and a
        statement fallback ("X said …") never looks this deep. Also says whether the actor names a target place
        itself ("ties with [the island nation [of Nauru]]"), so that a reciprocal rule may pair it both ways; a
        place where something happens ("a ceasefire [in eastern Ukraine]") is no party to it."""
        if rule.fallback:
            return [], False
        inner = complement or next(iter(frame.complements), None)
        frames = [frame] if inner is None else [frame, build_frame(sentence, inner)]
        places: list[Token] = []
        others: list[Token] = []
        located: list[Token] = []
        for place_frame in frames:
            places += [t for place in rule.targets for t in _place(place_frame, place, rule, sentence)]
            # not a verdict: "condemned the strikes [as a violation [of Yemen's] sovereignty]"
            others += place_frame.objects + [n for n in _required_nouns(sentence, place_frame, rule)
                                             if case_of(sentence, n) != "as"]
            # "provided $340 million for assistance [in northern Iraq]", "imposed a curfew [in parts of …]"
            located += [n for prep, n in place_frame.obliques if n.head == place_frame.verb.id and (
                prep == "for" or (prep == "in" and any(_starts_after(sentence, o, n) and o.lemma.lower() not in
                                                       _VENUES for o in place_frame.objects)))]
        if rule.reciprocal:  # "fought fierce battles [in El Fasher]": where a fight is, is no side of it
            located = []
        actors = [a for a in self._actors(sentence, located, context) if a.country and not a.role]
        if actors:
            return actors, False
        names = {t.id: t in places for t in places + others + located}  # token id → names a target place
        level = [sentence.token(i) for i in names]
        for _ in range(_DEEP_LEVELS):
            below: list[Token] = []
            for head in level:
                for noun in conjuncts(sentence, head):
                    names.setdefault(noun.id, names[head.id])
                    for child, naming in _deep_phrases(sentence, noun):
                        if child.id not in names:
                            names[child.id] = naming and names[noun.id]
                            below.append(child)
            # a place, a nationality or a people ("[Haitian] people" → HTICVL); not a capital or an office
            actors = [a for a in self._actors(sentence, below, context)
                      if a.country and (not a.role or a.role in _DEEP_PEOPLE)]
            if actors:
                return actors, all(names.get(a.head, False) for a in actors)
            if not below:
                break
            level = below
        return [], False

    def _unknown_names(self, sentence: Sentence, heads: list[Token]) -> list[Actor]:
        """The names among these argument heads (and their conjuncts) that no dictionary knows, as ``---``."""
        names = (self.resolver.unknown_name(sentence, tok) for head in heads for tok in conjuncts(sentence, head))
        return [name for name in names if name is not None]

    def _states_intent(self, sentence: Sentence, verb: Token, context: Context) -> bool:
        """The speaker's own future act in reported speech: "the rebels said they will [release] the hostages",
        "the Thai premier announced the government would extend the curfew" (the same country); not a
        prediction about others ("the US said Russia will attack")."""
        children = sentence.children(verb.id)
        if verb.deprel in ("ccomp", "parataxis") and verb.head:
            report = sentence.token(verb.head)
        else:  # "China will impose tariffs on US goods, [the commerce ministry said]": the report hangs below
            report = next((c for c in children if c.deprel == "parataxis" and c.lemma.lower() in _STATING
                           and c.id > verb.id), None)
            if report is None:
                return False
        if report.lemma.lower() not in _STATING or not any(
                c.deprel == "aux" and c.lower in _STATED_FUTURE for c in children):
            return False
        if is_negated(sentence, report):  # "did not say whether it would lift the ban": nothing stated
            return False
        subjects = [c for c in children if c.deprel in _SUBJECTS]
        if subjects and all(c.upos == "PRON" or _own_country_owner(sentence, c) for c in subjects):
            return True
        speakers = self._actors(sentence, [c for c in sentence.children(report.id) if c.deprel in _SUBJECTS],
                                context)
        return any(a.code == s.code or (a.country and a.country == s.country)
                   for a in self._actors(sentence, subjects, context) for s in speakers)

    def _owners(self, sentence: Sentence, nouns: list[Token], context: Context,
                skip: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
        """The actors that own these nouns: possessors, name compounds and "by" phrases, also of a participle
        ("ECOWAS's offer", "the ECOWAS ultimatum", "the attack by rebels", "the plan drafted by Egypt"), and
        nationality adjectives ("the Israeli airstrike" → ISR; not "military cooperation"). Compounds whose
        lemma is in ``skip`` are not owners."""
        owners = [c for noun in nouns for c in sentence.children(noun.id)
                  if c.deprel in _OWNER_RELATIONS and not (c.deprel == "compound" and (
                      c.lemma.lower() in skip or c.lemma.lower() in _KINDS_OF_AIRCRAFT))]
        # an accord named after the city where it was made is not that government's: "the [Paris] Agreement",
        # "the [Minsk] agreements", "the [Oslo] Accords" (but "the [Iran] nuclear deal" is Iran's)
        named_after = {c.id for noun in nouns if noun.lemma.lower() in NAMED_AFTER_VENUE
                       for c in sentence.children(noun.id) if c.deprel == "compound" and c.upos == "PROPN"}
        owners += _hyphen_partners(sentence, owners)  # "[US]-China talks"
        # "the attack [by rebels]", "the proposal put forward [by Egypt]"
        owners += [a for noun in nouns for a in _participle_agents(sentence, noun)]
        # the other side of a relationship: "optimistic that relations [with China] would improve"
        owners += [c for noun in nouns if noun.lemma.lower() in _RELATIONSHIPS
                   for prep in ("with", "between") for c in phrases_with(sentence, noun, prep)]
        actors = [a for a in self._actors(sentence, owners, context)
                  if not (a.head in named_after and a.country and a.role == "GOV")]
        if actors:
            return actors
        adjectives = [c for noun in nouns for c in sentence.children(noun.id) if c.deprel == "amod"]
        return [a for a in self._actors(sentence, adjectives, context) if a.country and not a.role]

    def _hyphen_second(self, sentence: Sentence, head: Token, actor: Actor, context: Context) -> list[Actor]:
        """The second of two names a phrase joins with a hyphen, after the one ``actor`` matched: "the joint
        [U.S.-South Korean] drills" → KOR besides USA, with the same role ("US-Philippine military drills")."""
        if not actor.country or not ("Number=Plur" in head.feats or head.lemma.lower() in _BILATERAL):
            return []  # not "a British-Iranian aid worker" (one person of two nationalities)
        words = sentence.tokens[phrase_start(sentence, head) - 1:head.id - 1]
        cut = next((t for t in words if hyphen_inside(sentence, t)), None)
        if cut is None:
            return []
        right = [t for t in words if t.id > cut.id]
        while right and not right[-1].text[:1].isupper():  # "South Korean [military]"
            right.pop()
        other = self.resolver.whole_name(sentence, head, right, context.when) if right else None
        if other is None or not other.country or other.country == actor.country or other.role:
            return []
        code = other.country + actor.code[3:]
        return [replace(other, code=code, country=other.country, role=actor.role,
                        origin=f"{other.origin}; {actor.origin}")]

    def _actors(self, sentence: Sentence, heads: list[Token], context: Context) -> list[Actor]:
        out = []
        taken: set[int] = set()
        for i, head in enumerate(heads):
            if head.id in taken:
                continue
            after = heads[i + 1] if i + 1 < len(heads) else None
            split = (self.resolver.split_name(sentence, head, after, context.when)  # "[Workers]['] [Party]"
                     if after is not None and after.head == head.head and after.deprel == head.deprel else None)
            if split is not None:
                out.append(split)
                taken.add(after.id)
                continue
            joined = self.resolver.joined_name(sentence, head, context.when)  # "Trinidad and Tobago"
            if joined is not None:
                out.append(joined[0])
                taken |= joined[1] | {head.id}
            for tok in conjuncts(sentence, head):
                if tok.id in taken:
                    continue
                # "the two countries", "both sides"
                both = self.resolver.both_parties(sentence, tok, context.memory, context.when)
                if both or all_sides(sentence, tok):  # "all parties" are no political parties
                    out.extend(both)
                    continue
                actor = self.resolver.resolve(sentence, tok, context.when, context.memory)
                if actor is not None:
                    out.append(actor)
                    out.extend(self.resolver.conjoined_nationalities(sentence, tok, actor, context.when))
                    out.extend(self._hyphen_second(sentence, tok, actor, context))  # "U.S.-[South Korean] drills"
        return out


def _hyphen_partners(sentence: Sentence, owners: list[Token]) -> list[Token]:
    """Names paired with an owner by a hyphen: "[US]-China talks", "the [Israel]-Hamas war" (both are sides),
    also on a noun before the owned one: "[US-China] trade talks"."""
    pairs = [g for c in owners if c.deprel == "compound" and c.upos == "NOUN" for g in sentence.children(c.id)
             if g.deprel == "compound" and hyphen_partner(sentence, g) is not None]
    partners = (hyphen_partner(sentence, tok) for tok in [*owners, *pairs])
    return [*pairs, *(p for p in partners if p is not None and p not in owners and p not in pairs)]


def build_frame(sentence: Sentence, verb: Token) -> Frame:
    subjects, objects, iobjects, obliques, agents, complements = [], [], [], [], [], []
    passive = "Voice=Pass" in verb.feats
    for child in sentence.children(verb.id):
        rel = child.deprel
        if rel in _SUBJECTS and not _bracketed_name(sentence, verb, child):
            subjects.append(child)
        elif rel == "nsubj:pass":
            objects.append(child)
            passive = True
        elif rel == "aux:pass":
            passive = True
        elif rel == "obj":
            objects.append(child)
        elif rel == "iobj":
            iobjects.append(child)
        elif rel == "obl:agent":
            agents.append(child)
        elif rel in _OBLIQUES and _counted_object(sentence, child):
            objects.append(child)  # "killed [at least 12] civilians": parsers read "at" as a preposition
        elif rel in _OBLIQUES:
            prep = case_of(sentence, child)
            if prep == "by" and passive:
                agents.append(child)
            obliques.append((prep, child))
        elif rel in _COMPLEMENTS or (rel == "advcl" and case_of(sentence, child) == "to"):
            complements.append(child)  # parsers label "called on X [to release Y]" advcl as often as xcomp
        elif rel == "advmod" and child.upos == "ADV" and child.lower.endswith("ly") and any(
                c.lower == "as" for c in sentence.children(child.id) if c.deprel == "advmod"):
            obliques.append(("as", child))  # "described the move [as unfriendly]": an -ly adjective read as adverb
    for x in complements:  # "pushing [hard [for a ceasefire]]": an adverb-like adjective right after the verb
        if x.upos == "ADJ" and x.deprel == "xcomp" and x.id == verb.id + 1:
            obliques.extend((case_of(sentence, c), c) for c in sentence.children(x.id) if c.deprel in _OBLIQUES)
    if passive:  # "shot [dead [by settlers]]", "taken [prisoner [by Russian troops]]": under a secondary predicate
        agents.extend(c for x in complements if x.upos in ("ADJ", "NOUN") for c in sentence.children(x.id)
                      if (c.deprel == "obl" or c.deprel.startswith("nmod")) and case_of(sentence, c) == "by")
    if passive and not agents and verb.lemma.lower() in _HARMED:
        # "Five policemen were killed [when gunmen attacked] their checkpoint": the clause's doer did it
        agents.extend(s for c in sentence.children(verb.id) if c.deprel == "advcl" and c.upos == "VERB"
                      and (case_of(sentence, c) in ("when", "as") or any(
                          m.deprel == "advmod" and m.lower == "when" for m in sentence.children(c.id)))
                      and "Voice=Pass" not in c.feats
                      for s in sentence.children(c.id) if s.deprel == "nsubj" and s.upos != "PRON")
    reported = []
    if verb.deprel == "parataxis" and verb.head and verb.lemma.lower() in _REPORTING:
        reported.append(sentence.token(verb.head))  # "Israel must halt its offensive, [Turkey said]"
    if not passive:
        agents = []
    named = [_named_as(sentence, o) for o in objects]
    if any(named):  # "condemned [what it called [provocations] [by the Philippines]]"
        objects = [n[0] if n else o for o, n in zip(objects, named, strict=True)]
        obliques.extend(pp for n in named if n for pp in n[1])
    # PPs attached to the object ("imposed [sanctions [on Niger]]"), one level further down ("announced a
    # suspension [of aid [to Pakistan]]"), and "by X" under an argument after the verb (one before it is the
    # noun's own: "[the bombing by militants] was condemned by the UN").
    # Conjoined objects carry their own PPs: "suspended [aid] and [deals [with Pakistan]]".
    object_nouns = [c for o in objects for c in conjuncts(sentence, o)]
    object_ids = {o.id for o in object_nouns}
    for noun in object_nouns + [o for _, o in obliques]:
        if passive and noun.id > verb.id:  # "were killed in an ambush [blamed on militants]": the militants did it
            agents.extend(_agents_of(sentence, [c for c in sentence.children(noun.id)
                                                if c.deprel == "acl" and c.lemma.lower() in _ASCRIBING]))
        for child in _noun_dependents(sentence, noun):
            # (not "nmod:desc": a title inside the name, "[Former Philippine President] Rodrigo Duterte")
            if child.deprel.startswith("nmod") and child.deprel not in ("nmod:poss", "nmod:desc"):
                prep = case_of(sentence, child)
                if prep == "by" and passive:
                    if noun.id > verb.id:
                        agents.append(child)
                elif noun.id in object_ids:
                    obliques.append((prep, child))
                    if prep in ("of", "into"):  # "a suspension [of aid [to Pakistan]]", "an investigation
                        # [into abuses [by the police]]" (not "in": "[in the Gulf [of Oman]]")
                        obliques.extend((case_of(sentence, c), c) for c in sentence.children(child.id)
                                        if c.deprel.startswith("nmod") and c.deprel != "nmod:poss")
                    else:  # "filed a complaint [with the WTO [against China]]": parsers hang "against" low
                        obliques.extend(("against", c) for c in sentence.children(child.id)
                                        if c.deprel == "nmod" and case_of(sentence, c) == "against")
            elif noun.id in object_ids and child.deprel == "acl" and "VerbForm=Part" in child.feats:
                # "lifted [the sanctions [imposed [on Niger]]]": a participle's PPs describe the object
                obliques.extend((prep, c) for c in sentence.children(child.id) if c.deprel in _OBLIQUES
                                and (prep := case_of(sentence, c)) in _PARTICIPLE_TARGETS)
    if objects and verb.lemma.lower() in _NAMING_VERBS:  # "called [the decision] [a violation of …]"
        complements.extend(_second_object(sentence, objects))
        objects = [o for o in objects if o not in complements]
    for noun in objects:  # "urged [the junta [to release Bazoum]]": parsers hang the clause on the object
        complements.extend(c for c in sentence.children(noun.id)
                           if c.deprel == "acl" and c.upos == "VERB" and case_of(sentence, c) == "to")
    if not objects and not passive and not complements:
        # "condemned and sanctioned [the junta]": the object sits on the last verb (not "denied [firing …] and
        # accused Israel")
        for child in sentence.children(verb.id):
            if child.deprel == "conj" and child.upos == "VERB" and not any(
                    c.deprel in _SUBJECTS for c in sentence.children(child.id)):
                objects = [c for c in sentence.children(child.id) if c.deprel == "obj"]
                if objects:
                    break
    if not subjects and not agents and verb.lemma.lower() in _WILLING and (any(
            case_of(sentence, c) == "to" for c in complements) or (verb.lemma.lower() == "commit" and any(
                prep == "to" for prep, _ in obliques))):
        # "said [it] was ready to resume talks" ("it" read as ``expl``), "[it] was prepared to …", "[Iran] is
        # committed to resuming talks" (read as passives): the one who is ready
        subjects = [c for c in sentence.children(verb.id) if c.deprel in ("expl", "nsubj:pass")]
        if subjects:
            objects, passive, agents = [o for o in objects if o not in subjects], False, []
    if subjects and not objects and verb.lemma.lower() == "blame" and any(
            c.deprel == "cop" for c in sentence.children(verb.id)):
        # "[India] was to blame for the attack, Pakistan said": the subject is the one blamed; the blamer is the
        # speaker, if any
        objects, subjects = subjects, _speakers(sentence, verb)
    if not subjects and not agents and verb.upos in ("VERB", "ADJ"):
        # "said [it] will refuse to comply", "said [it] is skeptical about …": "it" read as an expletive, though no
        # clause is extraposed ("it emerged that …", "it seems that …", "it is likely that …" keep theirs)
        children = sentence.children(verb.id)
        if not any(c.deprel in ("ccomp", "csubj", "csubj:pass") for c in children):
            subjects = [c for c in children if c.deprel == "expl" and c.lower == "it"]
    if not subjects:
        subjects = _misparsed_subjects(sentence, verb)
    bare = not (objects or obliques or complements or iobjects)
    # a finite passive clause with its own subject has no doer to take over: "the men were carrying rifles
    # [when they were detained]"
    own_clause = passive and verb.deprel == "advcl" and any(c.deprel == "nsubj:pass"
                                                            for c in sentence.children(verb.id))
    if (not subjects and not own_clause) or (bare and verb.deprel == "conj"):
        inherited_subjects, inherited_objects = _inherited(sentence, verb)
        subjects = subjects or inherited_subjects
        # "condemned and sanctioned the junta" (not "backed X and called for Y"); a passive participle on a
        # headline's root noun acts on that noun: "[Sanctions] imposed on Niger by ECOWAS"
        if (bare and not passive) or (passive and not objects and verb.deprel == "acl"
                                       and sentence.token(verb.head).deprel == "root"):
            objects = inherited_objects
        elif passive and not objects and agents and verb.deprel == "advcl" and "VerbForm=Fin" not in verb.feats:
            # "the journalist died after [being beaten] by police": the one beaten is the main clause's subject
            objects, subjects = subjects, []
        elif passive and not objects and verb.deprel == "conj" and (agents or any(
                c.deprel == "aux:pass" for c in sentence.children(verb.id))):  # not a bare participle ("surrendered")
            # "Putin arrived in Pyongyang and [was greeted] by Kim": the first verb's subject (or, after another
            # passive, its patient: "was arrested and [charged]") is the one acted on
            # the first verb's subject, or, after a passive (no subject), its patient
            objects = subjects or inherited_objects
            subjects = [] if objects is subjects else subjects
    return Frame(verb, subjects, objects, iobjects, obliques, agents, complements, passive, reported)


def _second_object(sentence: Sentence, objects: list[Token]) -> list[Token]:
    """What a verb of naming calls its object, which parsers read as a second object or as a conjunct of the first
    with its own article: "called the decision [a violation]", "called the Israeli strikes [a violation]"."""
    first = objects[0]
    second = [o for o in objects[1:] if o.id > first.id and o.upos == "NOUN"]
    return second or [c for c in sentence.children(first.id) if c.deprel == "conj" and c.upos == "NOUN" and any(
        d.deprel == "det" and d.lower in ("a", "an") for d in sentence.children(c.id))]


def _bracketed_name(sentence: Sentence, verb: Token, child: Token) -> bool:
    """A short form in brackets that the parser made the subject of a following participle: "sent a letter
    to the World Health Organization [(WHO)] threatening to pull funding" — the bracket names the noun before
    it, and the participle keeps the subject of the verb it depends on."""
    if "VerbForm=Fin" in verb.feats or verb.deprel not in ("advcl", "acl", "conj", "xcomp"):
        return False
    if child.id < 2 or child.id >= len(sentence.tokens) or child.id > verb.id:
        return False
    return sentence.tokens[child.id - 2].text == "(" and sentence.tokens[child.id].text == ")"


def _source_at_home(sentence: Sentence, source: Actor, target: Actor, code: str, places: set[str]) -> Actor:
    """A country-less police or court acting on a national politician, or people protesting against a national
    state body, are of that country: "Police arrested former Prime Minister Imran Khan" → PAKCOP, "A court
    convicted Imran Khan" → PAKJUD, "Protesters marched against the Bangladeshi government" → BGDCVL. Not an
    international court, not at an embassy, nor where the verb places the act in another country ``places``."""
    if source.country or not source.code.startswith(UNKNOWN) or not target.country or any(
            word in target.text.lower() for word in _MISSIONS) or (places and target.country not in places):
        return source  # "rallied outside the Russian embassy in London", "against French authorities in New Caledonia"
    role, other = source.role[:3], target.role[:3]
    first, last = phrase_span(sentence, sentence.token(source.head)) if source.head else (1, 0)
    words = " ".join(t.lower for t in sentence.tokens[first - 1:last]).replace(" - ", "-")
    if any(word in words for word in _NOT_DOMESTIC):  # "a U.N.-backed court", "a special tribunal"
        return source
    political = other in _POLITICAL_ROLES and _coerces(code) and role in ("COP", "JUD")
    # (not the opposition's criticism: "Opposition lawmakers condemned the Russian government" are British)
    against_state = other in _STATE_SOURCES | {"ELI"} and code.startswith("14") and role in _HOME_TARGETS
    if not (political or against_state):
        return source
    return _of_country(source, target)


def _coerces(code: str) -> bool:
    """Coercion (17x, not an expulsion, 174) or a sentence (116): acts a state does to its own."""
    return code.startswith(("17", "116")) and code != "174"


def _of_country(actor: Actor, home: Actor) -> Actor:
    """The country-less actor with the other side's country: "police" with PAKELI → PAKCOP."""
    return replace(actor, code=home.country + actor.role, country=home.country,
                   origin=f"{actor.origin}; at home with {home.code}")


def _at_home(source: Actor, target: Actor, code: str) -> Actor:
    """A country-less official, lawmaker, judge or politician coerced (17x) or sentenced (116) by a state body is
    that state's own ("Gabon's military detained President Ali Bongo" → GABGOV). A country-less civilian,
    opposition, labour, student or media target of a state body's coercion (17x), assault (18x) or sentence (116)
    is that state's own too: "Kenyan police fired tear gas at protesters" → KENCVL,
    "the Iranian government executed two protesters" → IRNCVL. Soldiers' civilian targets are often abroad or under
    occupation, so for the military only opposition, labour, students and media count, and only under 17x:
    "Venezuelan security forces arrested three opposition politicians" → VENOPP. A state's release (0841) of
    opponents, journalists, workers or students is of its own too."""
    if target.country or not target.code.startswith(UNKNOWN):
        return target
    role = source.role[:3]
    if target.role[:3] in _POLITICAL_ROLES and source.country and role in _STATE_SOURCES and _coerces(code):
        # a state coercing officials, lawmakers, judges or politicians coerces its own: "Gabon's military detained
        # President Ali Bongo" → GABGOV, "Hong Kong police arrested former lawmakers" → HKGLEG
        return _of_country(target, source)
    if target.role not in _HOME_TARGETS:
        return target
    if code == "0841" and source.country and role in _STATE_CODES and role not in ("MIL", "SPY") and (
            target.role != "CVL"):
        # a state freeing opponents, journalists or strikers frees its own: "Belarus frees jailed opposition
        # figure …" → BLROPP (freed prisoners or civilians are as often foreigners, as in swaps)
        return _of_country(target, source)
    if not source.country or role not in _STATE_SOURCES or not code.startswith(("17", "18", "116")) or code == "174":
        return target  # an expulsion is of foreigners
    if any(word in target.text.lower().split() for word in ("foreign", "international", "western")):
        return target  # "Russian authorities arrested foreign journalists"
    if role in ("MIL", "SPY") and (target.role == "CVL" or not code.startswith(("17", "116"))):
        return target
    return _of_country(target, source)


def _home_targets(sentence: Sentence, frame: Frame, sources: list[Actor]) -> list[Actor]:
    """The own country of each state source (a country, or its government, police, courts, legislature, army or
    intelligence), for a measure on its own people: a curfew, a state of emergency → IND (a country acting on
    itself: its people, SDNCVL). The text is where the measure holds ("parts of the western city of Ahmedabad"),
    if the verb or its object says so."""
    places = [n for prep, n in frame.obliques if prep in _HOME_PLACES]
    places += [c for o in frame.objects for prep in _HOME_PLACES for c in phrases_with(sentence, o, prep)]
    # not "[in place] for 48 years", "in a coup", "in July", "in 2021" (but "in four of the states")
    places = [p for p in places if p.lemma.lower() not in _IDIOMATIC_IN and p.lower not in _TIME_WORDS
              and p.lower not in CALENDAR_WORDS and (p.upos != "NUM" or bool(phrases_with(sentence, p, "of")))]
    place = min(places, key=lambda t: t.id) if places else None
    words = _noun_phrase(sentence, place) if place is not None else []
    out = []
    for source in sources:
        if not source.country or source.role[:3] not in _STATE_CODES:
            continue
        origin = f"the own country of {source.code} (target place 'home')"
        home = (ActorResolver.actor(sentence, place, source.country, words, origin) if place is not None
                else replace(NO_ACTOR, code=source.country, country=source.country, origin=origin))
        out.append(_own_people(home) if source.code == source.country else home)
    return out


def _own_people(country: Actor) -> Actor:
    """A country as the target of its own measure is its people: "Sudan lifted the curfew" → SDN 0813 SDNCVL."""
    return replace(country, code=country.country + "CVL", role="CVL", origin=f"{country.origin}; its people")


def _noun_phrase(sentence: Sentence, noun: Token) -> list[Token]:
    """The words of a noun's phrase without its preposition, punctuation and clauses: "[parts of the western city of
    Ahmedabad] after deadly clashes … continued"."""
    keep, stack = [noun], [noun]
    while stack:
        for child in sentence.children(stack.pop().id):
            if child.deprel not in _NOT_NOUN_PHRASE and child.upos != "PUNCT" and (
                    child.deprel != "case" or child.head != noun.id) and case_of(sentence, child) not in _WHEN:
                keep.append(child)
                stack.append(child)
    return sorted(keep, key=lambda t: t.id)


def _one_speaker(sentence: Sentence, sources: list[Actor]) -> list[Actor]:
    """Sources the parser split out of one noun phrase, right next to each other or sharing a word, are one
    actor: "[Ukrainian Defence] [Minister Rustem Umerov] said" → UKRGOV only, "[Mexican president] [Enrique Peña
    Nieto]" → MEXGOV, "[Taiwan's [President] Lai Ching]-te" → TWNGOV. The part with a country and a role wins,
    else the later one. (A phrase inside another is a conjoined nationality: "[Russian and [American troops]]".)"""
    kept = [sources[0]]
    for actor in sources[1:]:
        previous = kept[-1]
        overlapping = 0 <= previous.start_char < actor.start_char < previous.end_char < actor.end_char
        # "[Venezuelan] Foreign Minister Yvan Gil" and the whole phrase, both as subjects
        overlapping = overlapping or (0 <= previous.start_char == actor.start_char
                                      and previous.end_char != actor.end_char)
        adjacent = 0 <= previous.end_char <= actor.start_char and not any(
            previous.end_char <= t.start_char < actor.start_char for t in sentence.tokens)
        if overlapping or adjacent:
            kept[-1] = max(previous, actor, key=lambda a: (bool(a.country), bool(a.role), a is actor))
        else:
            kept.append(actor)
    return kept


def _governing_subject(sentence: Sentence, verb: Token) -> bool:
    """Whether a clause above the verb has a subject that is no pronoun (the walk of ``_antecedent``)."""
    tok = verb
    while tok.head and (tok.deprel in _CLAUSE_LINKS or tok.deprel.startswith("acl")):
        tok = sentence.token(tok.head)
        if any(c.deprel in _SUBJECTS and c.upos != "PRON" for c in sentence.children(tok.id)):
            return True
    return False


def _speaker_of_reported(sentence: Sentence, verb: Token, head: Token) -> list[Token]:
    """The speaker's own second act that the parser conjoined to the clause it reports: "Ukraine said [Russian
    forces shelled Kherson] and [urged] Western allies to send air defences" — Ukraine urged. Only verbs of
    speaking out and appealing, without an auxiliary, after a reported clause with a subject of its own."""
    if verb.lemma.lower() not in _SPEAKER_ACTS or head.deprel != "ccomp" or not head.head:
        return []
    speech = sentence.token(head.head)
    if speech.lemma.lower() not in SPEECH_VERBS or any(c.deprel.startswith("aux")
                                                       for c in sentence.children(verb.id)):
        return []
    if not any(c.deprel in _SUBJECTS or c.deprel == "nsubj:pass" for c in sentence.children(head.id)):
        return []
    return [c for c in sentence.children(speech.id) if c.deprel in _SUBJECTS]


def _misparsed_subjects(sentence: Sentence, verb: Token) -> list[Token]:
    """Subjects the parser labelled otherwise, before the verb: a set-off vocative ("[Putin], President of
    Russia, is considering …"), else a time word that swallowed the subject ("[The US military yesterday] gave")."""
    before = [c for c in sentence.children(verb.id) if c.id < verb.id]
    if verb.deprel == "advcl" and verb.head and not case_of(sentence, verb) and "VerbForm=Fin" in verb.feats:
        # "Clashes broke out [after Israeli troops] raided the camp": the parser read the time clause's subject
        # as a phrase of the verb it depends on, right before the clause's verb
        misread = [c for c in sentence.children(verb.head) if c.deprel == "obl" and c.id < verb.id
                   and case_of(sentence, c) in _TIME_CONJUNCTIONS and phrase_end(sentence, c) == verb.id - 1]
        if misread:
            return misread
    return [c for c in before if c.deprel in _SET_OFF_SUBJECTS] or [
        c for c in before if c.deprel.startswith("obl") and c.lemma.lower() in _TIME_WORDS
        and not case_of(sentence, c)
        and any(d.deprel in ("compound", "amod", "nmod:poss") for d in sentence.children(c.id))]


def _misparsed_clause(sentence: Sentence, verb: Token, noun: Token) -> bool:
    """A sentence the parser read as one noun phrase: its root is a noun, and the verb hangs on that noun (or on
    its "of" phrase: "[Hundreds] of [protesters] marched …") as a participle right after it. For a verb that is
    never passive (``_INTRANSITIVE``) the noun phrase is then its subject; a transitive verb keeps the passive
    reading of headlines ("Dozens of civilians killed in airstrike")."""
    root = noun if noun.deprel == "root" else (sentence.token(noun.head) if noun.head else None)
    if root is None or root.deprel != "root" or root.upos not in ("NOUN", "PROPN", "NUM"):
        return False
    if root is not noun and not (noun.deprel.startswith("nmod") and case_of(sentence, noun) == "of"):
        return False
    between = sentence.tokens[noun.id:verb.id - 1]
    return not any(t.upos == "PUNCT" or t.deprel in ("acl", "acl:relcl") for t in between)


def _inherited(sentence: Sentence, verb: Token) -> tuple[list[Token], list[Token]]:
    """Arguments a verb without its own takes from the verb it depends on (conjoined verbs, control)."""
    if verb.head == 0:
        return [], []
    head = sentence.token(verb.head)
    if head.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):  # headlines: "Turkey [to sell] drones"
        return [], []
    if verb.deprel == "ccomp" and verb.id < head.id:
        # "[Ukraine and the US] signed a deal, officials said": parsers hang the reported clause's subject on
        # "said", which then has two; the one before the clause is the clause's
        subjects = [c for c in sentence.children(head.id) if c.deprel in _SUBJECTS]
        if len(subjects) > 1 and subjects[0].id < verb.id:
            return [subjects[0]], []
        return [], []
    if (verb.deprel == "advcl" and verb.id > head.id and head.deprel == "ccomp" and head.head
            and not case_of(sentence, verb) and verb.lower.endswith("ing") and verb.lemma.lower() in _VERBAL_ACTS
            and sentence.tokens[verb.id - 2].text == ","):
        report = sentence.token(head.head)
        clause_subjects = [c for c in sentence.children(head.id) if c.deprel in _SUBJECTS]
        own = all(c.upos == "PRON" or any(o.deprel == "nmod:poss" and o.upos == "PRON"
                                          for o in sentence.children(c.id)) for c in clause_subjects)
        if report.id < head.id and (report.lemma.lower() in _DENYING | _REFUSALS or (
                report.lemma.lower() in _REPORTING and own)):
            # "Ethiopia denied that its troops had crossed into Sudan, [accusing] Khartoum of …": the gerund set
            # off after a denied clause, or one about the reporter's own people, is the reporter's act (not in
            # "the ministry said settlers attacked the village, [accusing] residents of …": the settlers')
            return [c for c in sentence.children(report.id) if c.deprel in _SUBJECTS], []
    if verb.deprel == "advcl" and verb.id > head.id and case_of(sentence, verb) == "to":
        owners = _owners_of_intent_before(sentence, head, verb)
        if owners:  # "condemned the decision [by Finland] [to close] its border", the clause hung on the verb
            return owners, []
    head_frame = build_frame(sentence, head) if verb.deprel in ("conj", "xcomp", "advcl") else None
    if head_frame is None:
        named = sentence.token(head.head) if head.deprel == "appos" else head
        if verb.deprel == "acl" and named.deprel == "root" and any(
                c.deprel == "appos" and c.id < verb.id for c in sentence.children(named.id)):
            return [named], []  # "[LaDonna Davis], a USCIS spokeswoman, declined …" parsed with the name as root
        if verb.deprel == "acl" and verb.lemma.lower() in _INTRANSITIVE and _misparsed_clause(sentence, verb, head):
            return [head], []  # "[Hundreds of protesters] marched on …" parsed as a noun phrase with an acl
        if verb.deprel == "acl" and head.deprel == "obl:agent" and _reason_marker(sentence, verb) in _REASON_MARKERS:
            accuser = _accuser_of(sentence, head)
            if accuser is not None:  # "[the police] were accused by rights groups [of killing] protesters"
                return [c for c in sentence.children(accuser.id) if c.deprel == "nsubj:pass"], []
        if verb.deprel in ("acl", "acl:relcl") and head.upos in ("NOUN", "PROPN"):
            # "the troops [deployed] to Mali" (past participle): the noun is the object; "a statement
            # [urging] X", "rebels [fighting] Y" (present participle, relative clause): the subject
            passive = "Voice=Pass" in verb.feats or ("VerbForm=Part" in verb.feats and "Tense=Past" in verb.feats)
            return ([], [head]) if passive else ([head], [])
        return [], []
    if verb.deprel == "conj":
        speaker = _speaker_of_reported(sentence, verb, head)
        if speaker:
            return speaker, []
        return head_frame.subjects, head_frame.objects
    marker = case_of(sentence, verb)
    requested = verb.deprel == "advcl" and marker == "to" and verb.id > head.id and head.lemma.lower() in _REQUESTING
    if (verb.deprel == "xcomp" or marker in _WARNED_MARKERS | _NOT_DONE_MARKERS or requested) and (
            head.lemma.lower() in _OBJECT_CONTROL and head_frame.objects):
        return head_frame.objects, []  # "urged France to withdraw" (also parsed as advcl): France withdraws
    if verb.deprel == "xcomp" and head_frame.passive and not head_frame.subjects:
        # "[Pezeshkian] is set to visit Moscow", "[Ortagus] is expected to meet Aoun": the passive's subject
        raised = [c for c in sentence.children(head.id) if c.deprel == "nsubj:pass"]
        if raised:
            return raised, []
    if verb.deprel in ("xcomp", "advcl") and case_of(sentence, verb) == "to" and not head_frame.objects:
        # "called [on Washington] to pressure Israel", "appealed [to the UN] to intervene": Washington, the UN
        addressees = [n for prep, n in head_frame.obliques if prep in _ADDRESSEE_PREPOSITIONS.get(
            head.lemma.lower(), ()) and n.id < verb.id]
        if addressees and _is_passive_clause(sentence, verb):
            return [], addressees  # "called for Israel [to be expelled]": Israel is the one acted on
        if addressees:
            return addressees, []
    if _reason_marker(sentence, verb) in _REASON_MARKERS and head_frame.objects:
        return head_frame.objects, []  # "accused [Ukraine] of shelling", "praised [Chad] for helping"
    if case_of(sentence, verb) == "in" and head.lemma.lower() in _JUDGING and head_frame.objects:
        return head_frame.objects, []  # "praised [Saudi Arabia] for its role in mediating"
    return head_frame.subjects, []


def match_rules(sentence: Sentence, frame: Frame, rules: VerbIndex) -> tuple[Rule, Token | None] | None:
    """The most specific rule whose requirements hold, with the complement clause it used (if any).

    Precedence: complement > object > particle > bare verb, then more modifiers on the required noun, then
    the order in the files.
    """
    particle = _particle(sentence, frame.verb)
    # "called on X to …", "appealed to X": the preposition right after the verb may stand for a particle
    next_word = sentence.tokens[frame.verb.id] if frame.verb.id < len(sentence.tokens) else None
    preposition = (next_word.text.lower() if next_word is not None and next_word.deprel == "case"
                   and any(noun.id == next_word.head for _, noun in frame.obliques) else None)

    def particle_fits(rule: Rule) -> bool:
        return rule.particle == particle or (particle is None and rule.particle == preposition)

    doers = frame.agents if frame.passive and frame.agents else frame.subjects

    def subject_fits(rule: Rule) -> bool:  # "[Iranian hackers] targeted US banks" (or a passive's "by" phrase)
        return not rule.subjects or any(_noun_fits(sentence, tok, spec) for spec in rule.subjects
                                        for head in doers for tok in conjuncts(sentence, head))

    best: tuple[Rule, Token | None] | None = None
    best_key: tuple[int, int, int] | None = None
    if rules.by_complement:
        # a clause the verb reports from after it ("Israel must halt …, Turkey said") counts by its modal only
        # ("Israel breached the truce, the FBI said" is an attribution, not an accusation)
        attributed = [c for c in frame.complements if c.id < frame.verb.id and frame.verb.lemma.lower() in _REPORTING]
        clauses = [(c, {c.lemma.lower(), c.text.lower(), ANY_CLAUSE, *_modal_keys(sentence, c)})
                   for c in frame.complements if c not in attributed]
        # an aspectual verb is transparent: "vowed to [keep] fighting the RSF" is a vow to fight it
        clauses += [(x, {x.lemma.lower(), x.text.lower()}) for c in frame.complements if c not in attributed
                    and c.lemma.lower() in _GOING_ON for x in sentence.children(c.id)
                    if x.deprel == "xcomp" and x.upos == "VERB"]
        # … and by its head word when that is a verdict ("Israel's decision is [illegal], Egypt said")
        clauses += [(c, {*_modal_keys(sentence, c), *_predicate_words(sentence, c)})
                    for c in [*frame.reported, *attributed]]
        for clause, words in clauses:
            if _named_mood(sentence, clause):  # "Britain is concerned about …, a spokesman said": Britain's mood
                continue
            clause_frame: Frame | None = None
            for word in words:
                for rule, spec in rules.by_complement.get(word, ()):
                    key = (-rule.specificity, -len(spec.obj.modifiers) if spec.obj else 0, rule.order)
                    if (best_key is not None and key >= best_key) or not particle_fits(rule):
                        continue
                    if spec.particle is not None and _particle(sentence, clause) != spec.particle:
                        continue
                    if spec.obj is not None and spec.obj.head == ANY_OBJECT and _particle(sentence, clause):
                        continue  # "strike *" is no "strike down the law"
                    if spec.obj is not None:
                        clause_frame = clause_frame or build_frame(sentence, clause)
                        if not _has_noun(sentence, clause_frame, spec.obj):
                            continue
                    if rule.objects and not any(_has_noun(sentence, frame, o) for o in rule.objects):
                        continue
                    if not subject_fits(rule):
                        continue
                    best, best_key = (rule, None if spec.verb == ANY_CLAUSE else clause), key
    if rules.by_object:
        nouns = [(None, t) for head in _counted_objects(sentence, frame) for t in conjuncts(sentence, head)]
        nouns += [(prep, t) for prep, head in frame.obliques for t in conjuncts(sentence, head)]
        # "accused Ukraine [of shelling] the plant": a gerund clause counts as the noun it names ("of shelling")
        nouns += [(marker, c) for c in sentence.children(frame.verb.id) if c.deprel == "advcl"
                  and _is_gerund(c) and (marker := case_of(sentence, c)) in _REASON_MARKERS]
        for prep, noun in nouns:
            for word in _noun_words(sentence, noun):
                for rule, spec in rules.by_object.get((prep, word), ()):
                    key = (-rule.specificity, -len(spec.modifiers), rule.order)
                    if (best_key is not None and key >= best_key) or not particle_fits(rule):
                        continue
                    if spec.modifiers and not _noun_fits(sentence, noun, spec):
                        continue
                    if not subject_fits(rule):
                        continue
                    best, best_key = (rule, None), key
    for rule in rules.by_subject:
        key = (-rule.specificity, -max(len(spec.modifiers) for spec in rule.subjects), rule.order)
        if (best_key is None or key < best_key) and particle_fits(rule) and subject_fits(rule):
            best, best_key = (rule, None), key
    if best is not None:
        return best
    for rule in rules.bare:  # best first; a phrasal verb ("kick off") never takes a plain verb's rule
        if particle_fits(rule):
            return rule, None
    return None


def _sentence_words(sentence: Sentence) -> set[str]:
    return {w for tok in sentence.tokens for w in (tok.lemma.lower(), tok.text.lower())}


def _remember_subject(sentence: Sentence, memory: dict[str, Any]) -> None:
    """Keep the main clause's subject for a pronoun in the next sentence ("It also …"); it is resolved only
    when needed. A pronoun subject keeps the earlier antecedent."""
    roots = sentence.children(0)
    if not roots:
        return
    # "…, Pakistan's military said. It accused India …": the speaker of a closing attribution is who "it" is
    attributions = [c for c in sentence.children(roots[0].id) if c.deprel == "parataxis" and c.id > roots[0].id
                    and c.lemma.lower() in SPEECH_VERBS]
    clause = attributions[-1] if attributions else roots[0]
    subject = next((c for c in sentence.children(clause.id) if c.deprel in _SUBJECTS), None)
    if subject is not None and subject.upos != "PRON":
        memory[_PREVIOUS_SUBJECT] = (sentence, subject)


def _remember_doer(sentence: Sentence, frame: Frame, rule: Rule, doers: list[Actor], context: Context,
                   noun_rules: dict[str, Any]) -> None:
    """Note who did this asserted event, under its verb's lemma and its required nouns' ("went on [strike]"),
    for a later "the strike" (``_earlier_doers``); an unknown doer (no actors) hides an older event's."""
    # (only required nouns that are events themselves: "barred IAEA [inspectors]" is no "the inspectors")
    lemmas = {frame.verb.lemma.lower(), *(n.lemma.lower() for n in _required_nouns(sentence, frame, rule)
                                          if n.lemma.lower() in noun_rules or n.lower in noun_rules)}
    _note_doer(context, lemmas, rule.code, doers)


def _note_latest(events: list[CodedEvent], context: Context) -> None:
    """Keep the sources of the sentence's last asserted event for a later "the decision", "the move"."""
    # acts only: a reaction ("Russia condemned the move") is no later "the decision" itself
    done = [e for e in events if not e.negated and e.modality == "asserted" and e.source.code[:3] != UNKNOWN
            and e.rule.code[:2] not in _REACTIONS and e.rule.code[:3] not in _VERBAL_RESPONSES]
    if done:
        last = max(done, key=lambda e: e.trigger.id).trigger.id
        sources = list({e.source.code: e.source for e in done if e.trigger.id == last}.values())
        context.memory.setdefault(_EVENT_DOERS, {})[_LATEST_KEY] = tuple(sources)


def _note_sides(events: list[CodedEvent], sentence: Sentence, context: Context) -> None:
    """Keep the two sides of the latest asserted fight (18–20) for a later "both sides" ("Pakistan and Afghanistan
    clashed … Qatar and Saudi Arabia urged both sides …"); a later two-sided event between other named actors
    ("India and Australia held talks") ends it."""
    for event in events:
        s, t = event.source, event.target
        if event.negated or event.modality != "asserted" or UNKNOWN in (s.code[:3], t.code[:3]) or not t.code:
            continue
        if event.rule.code[:2] in _FIGHTING:
            context.memory[SIDES_OF_FIGHT] = (s, t, sentence.id)
        elif event.rule.reciprocal and not any(BOTH_SIDES_ORIGIN in a.origin for a in (s, t)):
            context.memory.pop(SIDES_OF_FIGHT, None)


def _note_doer(context: Context, lemmas: set[str], code: str, doers: list[Actor]) -> None:
    """Remember the doers (all the event's sources: "The US and Britain struck …") under the trigger's lemmas,
    under the code's root ("the detentions" after "arrested") and, for material conflict (14, 15, 17–20), as
    the doers of "the incident"."""
    memory = context.memory.setdefault(_EVENT_DOERS, {})
    keys = lemmas | {_ROOT_KEY + code[:2]}
    if code[:2] in _MATERIAL_CONFLICT:
        keys.add(_INCIDENT_KEY)
    for key in keys:
        if doers:
            memory[key] = tuple(doers)
        else:
            memory.pop(key, None)


def _names_its_own(sentence: Sentence, noun: Token) -> bool:
    """An event noun with a target or place of its own is another event: "condemned the attack [on Gaza]" (the
    parser may hang the phrase on the verb, right after the noun)."""
    phrases = [c for c in sentence.children(noun.id) if c.deprel.startswith("nmod") and c.deprel != "nmod:poss"]
    if noun.head:
        phrases += [c for c in sentence.children(noun.head) if c.deprel == "obl" and c.id > noun.id]
    # "of" names what the event hit ("the killing [of civilians]"); "as" is the verb's verdict on it ("condemned
    # the arrests [as a provocation]")
    # a phrase with a proper name: "the attack [on Gaza]"; not "condemned the attack [on the hospital]" (the
    # hospital an earlier sentence named as attacked)
    return any(case_of(sentence, c) not in ("of", "as") and c.lemma.lower() not in _TIME_WORDS
               and _has_name(sentence, c) for c in phrases)


def _has_name(sentence: Sentence, tok: Token) -> bool:
    """A proper noun or capitalised adjective anywhere in the phrase: "Gaza", "a hospital in Sudan", "Israeli"."""
    start, end = phrase_span(sentence, tok)
    return any(t.upos in ("PROPN", "ADJ") and t.text[:1].isupper() for t in sentence.tokens[start - 1:end])


def _is_definite_event(sentence: Sentence, noun: Token) -> bool:
    """"the strike", "these attacks", "the barbaric attack", without an owner of their own ("Russia's attack", "its
    attack" and "the Israeli attack" name the doer) and not one of several ("the previous attack", "Friday's
    strikes": the latest event need not be the one meant)."""
    children = sentence.children(noun.id)
    return any(c.deprel == "det" and c.lower in ("the", "this", "that", "these", "those") for c in children) and (
        not any(c.deprel in ("nmod:poss", "compound", "amod") and c.upos in ("PROPN", "PRON", "ADJ")
                and (c.upos != "ADJ" or c.text[:1].isupper() or c.lower in _ORDERING) for c in children))


def _own_country_owner(sentence: Sentence, head: Token) -> Token | None:
    """The possessive pronoun of "his country", "its government", "its fighters" (nouns of
    ``_OWN_COUNTRY_NOUNS`` and ``_OWN_FORCES``)."""
    if head.lemma.lower() not in _OWN_COUNTRY_NOUNS and head.lemma.lower() not in _OWN_FORCES:
        return None
    return next((c for c in sentence.children(head.id) if c.deprel == "nmod:poss" and c.lower in _POSSESSIVES),
                None)


def _as_pronoun(antecedent: Actor, sentence: Sentence, pronoun: Token) -> Actor:
    """The antecedent's code on the pronoun's own text and offsets, with where the code came from."""
    return replace(antecedent, text=pronoun.text, head=pronoun.id, start_char=pronoun.start_char,
                   end_char=pronoun.end_char,
                   origin=f"'{pronoun.text}' = '{antecedent.text}' of the previous sentence; {antecedent.origin}")


def _counted_object(sentence: Sentence, noun: Token) -> bool:
    """"at least / at most N people", which parsers attach as an "at" phrase, and "more / fewer than N drones",
    whose "than" they may take for the noun's preposition."""
    if not case_of(sentence, noun):  # the case is on the number: "launched more [than 200] drones"
        return any(c.deprel == "nummod" and case_of(sentence, c) == "than" for c in sentence.children(noun.id))
    return case_of(sentence, noun) == "at" and any(
        c.lemma.lower() in ("least", "most") for c in sentence.children(noun.id)
        for c in (c, *sentence.children(c.id)))


def _without_shared_results(sentence: Sentence, events: list[CodedEvent]) -> list[CodedEvent]:
    """Drop what a trailing participle says each side of a two-sided fight did: in "Thai and Cambodian troops
    exchanged fire on the border, [killing] two soldiers" the deaths are the clash's, not each side's. What acts
    on the other side only stays that side's doing ("…, killing three militants")."""
    sides: dict[int, set[str]] = {}
    for e in events:
        if e.rule.reciprocal and e.rule.code[:2] in _VIOLENT_ROOTS and e.target.code:
            sides.setdefault(e.trigger.id, set()).update((e.source.code, e.target.code))
    if not sides:
        return events

    def shared(e: CodedEvent) -> bool:
        verb = e.trigger
        if not (verb.deprel == "advcl" and _is_gerund(verb) and verb.head in sides
                and len(sides[verb.head]) > 1 and e.source.code in sides[verb.head]
                and not any(c.deprel in _SUBJECTS for c in sentence.children(verb.id))):
            return False
        def of_side(code: str) -> bool:  # the target is of this side (its country, or its kind of fighter)
            return bool(e.target.code) and (e.target.country == code[:3] if e.target.country
                                            else _kind(e.target.role) == _kind(split_code(code)[1]))
        return not any(of_side(code) for code in sides[verb.head] - {e.source.code}) or of_side(e.source.code)

    return [e for e in events if not shared(e)]


def _guesses_apart(sources: list[Actor], targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Undo the document's-country guess (``HOME_GUESS``) of an actor that would then oppose its own country: a
    document naming only Israel does not make "the government" that condemns Israeli strikes Israel's."""
    def undone(actor: Actor, others: list[Actor]) -> Actor:
        # a guessed state against its own country or state; anyone else against its own country or its forces
        # (the opposition may still accuse its own government)
        against = _STATE_SIDES if actor.role[:3] in _STATE_SIDES else _FORCES
        if HOME_GUESS in actor.origin and any(o.country == actor.country and o.role[:3] in against
                                              for o in others):
            return replace(actor, code=UNKNOWN + actor.role, country="", origin=actor.origin.split("; ")[0])
        return actor

    return [undone(s, targets) for s in sources], [undone(t, sources) for t in targets]


def _any_object_not_attack(rule: Rule, clause: Token, matches: list[tuple[Token, Rule, Frame, Token | None]]
                           ) -> bool:
    """A threat composed through "strike *" (any object) whose clause reads, by its own rule, as no attack:
    "vowed to strike a deal on Ukraine" (057), not "threatened to strike Afghanistan" (190)."""
    if not any(spec.obj is not None and spec.obj.head == ANY_OBJECT and spec.verb == clause.lemma.lower()
               for spec in rule.complements):
        return False
    own = next((r for verb, r, _, _ in matches if verb.id == clause.id), None)
    return own is None or own.code[:2] not in _VIOLENT_ROOTS


def _kind(role: str) -> str:
    """A role's kind of fighter: rebels, insurgents, militias and separatists are one ("militants" vs
    "gunmen")."""
    return "armed group" if role[:3] in ("REB", "INS", "UAF", "SEP") else role[:3]


def _unless_others(events: list[CodedEvent], residual: Callable[[CodedEvent], bool]) -> list[CodedEvent]:
    """Drop the residual events when the sentence has others."""
    kept = [e for e in events if not residual(e)]
    return kept or events


def _done_by_event_noun(sentence: Sentence, verb: Token, coded_nouns: set[int]) -> bool:
    """The verb's subject is an attack noun coded as an event itself ("[the airstrike on Gaza] killed 20"): the
    noun's event (195 ISR→GZS) is the more specific record of the same happening than the verb's (1823)."""
    return verb.upos != "NOUN" and any(c.deprel in _SUBJECTS and c.id in coded_nouns and _is_instrument(c)
                                       for c in sentence.children(verb.id))


def _is_background(sentence: Sentence, trigger: Token) -> bool:
    """A past participle describing a noun ("forces [backed] by Russia", "sanctions [imposed] on Niger") or a
    relative clause about the noun, set off by a comma ("Mali, Burkina Faso and Niger, [which form the Alliance
    of Sahel States], criticized …"): coded only when the sentence has no other event."""
    if trigger.deprel == "acl:relcl":
        # about the noun itself ("which fought …"); not "the attack, [which the government blamed on] Seleka"
        if not any(c.deprel in (*_SUBJECTS, "nsubj:pass") and c.lower in ("which", "who", "that")
                   for c in sentence.children(trigger.id)):  # (also "who are backed by Iran")
            return False
        noun = sentence.token(trigger.head) if trigger.head else None
        if noun is None or noun.deprel not in _SUBJECTS or not noun.head or noun.head < trigger.id:
            return False  # "fired tear gas at the protesters, [who then stormed …]" is news
        start = phrase_start(sentence, trigger)  # the comma may be the clause's own first word
        return sentence.tokens[start - 1].text == "," or (start > 1 and sentence.tokens[start - 2].text == ",")
    return trigger.deprel == "acl" and "VerbForm=Part" in trigger.feats and "Tense=Past" in trigger.feats


def _announces(verb: Token, noun: Token) -> bool:
    """The verb only makes public or orders the event its object names: "announced a ceasefire"."""
    return noun.deprel in ("obj", "nsubj:pass") and verb.lemma.lower() in _ANNOUNCING


def _is_attribution(sentence: Sentence, verb: Token) -> bool:
    """A trailing or inserted "officials said": parataxis, or a verb whose reported clause comes before it."""
    return verb.deprel == "parataxis" or any(c.deprel == "ccomp" and c.id < verb.id
                                             for c in sentence.children(verb.id))


def _modal_keys(sentence: Sentence, clause: Token) -> list[str]:
    """"+must" for "Israel [must] end the strikes": the clause's modal, when its subject is named, or is a
    pronoun for the addressee ("told the junta [it] must …"); never "we must", "Russia said it must …"."""
    children = sentence.children(clause.id)
    addressed = clause.head and any(c.deprel in ("obj", "iobj") for c in sentence.children(clause.head))
    if not any(c.deprel in _SUBJECTS and (c.upos != "PRON" or (addressed and c.lower in _PERSONAL_PRONOUNS))
               for c in children):
        return []
    return [MODAL_KEY + c.lower for c in children if c.deprel == "aux" and c.upos == "AUX"]


def _clause_conjuncts(sentence: Sentence, clause: Token) -> list[Token]:
    """The clause and the verbs conjoined with it that share its subject ("to open … and grant …"); a mood word
    or noun, or a passive, keeps its verbs apart: "said it was [concerned] and [offered] to mediate", "said it
    was [alarmed] and [called] for a ceasefire" (the offer and the call are acts of their own)."""
    out = [clause]
    if clause.upos != "VERB" or any(c.deprel in ("aux:pass", "nsubj:pass") for c in sentence.children(clause.id)):
        return out
    for child in sentence.children(clause.id):
        if child.deprel == "conj" and child.upos == "VERB" and not any(
                c.deprel in _SUBJECTS for c in sentence.children(child.id)):
            out.extend(_clause_conjuncts(sentence, child))
    return out


def _bare_countries(actors: list[Actor]) -> frozenset[str]:
    """The codes of the actors that are a country and nothing more ("Sudan", not "the Sudanese government")."""
    return frozenset(a.code for a in actors if a.country and a.code == a.country)


def _distinct(pairs: list[tuple[Actor, Actor]]) -> list[tuple[Actor, Actor]]:
    """Pairs to emit for one predicate: no actor paired with itself, a country or an organisation with itself
    ("Iran barred inspectors from Fordow" is no IRN → IRN event), no repeated (source, target) codes ("Ghana …
    and Ghana"), at most MAX_EVENTS_PER_PREDICATE (a sanity bound for run-on lists)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for s, t in pairs:
        if (s.code == t.code and (s.head == t.head or (len(s.code) == 3 and s.country))) or (s.code, t.code) in seen:
            continue
        if s.code == t.code and not s.country and s.code[:3] != UNKNOWN:
            continue  # an organisation acting on itself: "the AU offered the bloc's help"
        seen.add((s.code, t.code))
        out.append((s, t))
    if len(out) > MAX_EVENTS_PER_PREDICATE:
        log.debug("%d source-target pairs for one predicate; keeping the first %d", len(out),
                  MAX_EVENTS_PER_PREDICATE)
    return out[:MAX_EVENTS_PER_PREDICATE]


def _own(sentence: Sentence, noun: Token) -> bool:
    """'its troops', 'their embassy': the source's own people or things, never its target."""
    children = sentence.children(noun.id)
    return (any(c.deprel == "nmod:poss" and c.upos == "PRON" for c in children)
            and not any(c.deprel in ("amod", "compound", "appos", "flat") for c in children))  # "his Iranian
    # counterpart", "its neighbour [Kyrgyzstan]"


def _has_clause(sentence: Sentence, tok: Token) -> bool:
    return any(c.deprel in _COMPLEMENTS for c in sentence.children(tok.id))


def _particle(sentence: Sentence, verb: Token) -> str | None:
    for child in sentence.children(verb.id):
        if child.deprel == "compound:prt":
            return child.text.lower()
    # parsers also tag particles as adverbs right after the verb: "called on Maduro to step [down]"
    for child in sentence.children(verb.id):
        if child.deprel == "advmod" and child.lower in _ADVERB_PARTICLES and child.id in (verb.id + 1, verb.id + 2):
            return child.lower
    return None


def _counted_objects(sentence: Sentence, frame: Frame) -> list[Token]:
    """The objects, and what a quantity object counts: "returned [dozens] of [artifacts]", "deployed [a
    batch] of [tanks]" (a required object may be either)."""
    return frame.objects + [c for o in frame.objects if _is_quantity(o) for c in phrases_with(sentence, o, "of")]


def _has_noun(sentence: Sentence, frame: Frame, spec: NounSpec) -> bool:
    candidates = (_counted_objects(sentence, frame) if spec.prep is None
                  else [noun for prep, noun in frame.obliques if prep == spec.prep])
    return any(_noun_fits(sentence, tok, spec) for head in candidates for tok in conjuncts(sentence, head))


def _noun_words(sentence: Sentence, tok: Token) -> tuple[str, ...] | set[str]:
    """The noun's lemma and text, plus the hyphenated word the tokenizer split: "cease - fire" → "cease-fire"."""
    lemma, text = tok.lemma.lower(), tok.text.lower()
    if tok.id <= 2 or sentence.tokens[tok.id - 2].upos != "PUNCT":
        return (lemma,) if lemma == text else (lemma, text)
    words = {lemma, text}
    hyphen, first = sentence.tokens[tok.id - 2], sentence.tokens[tok.id - 3]
    if hyphen.text in ("-", "‐", "–") and hyphen.start_char == first.end_char:
        words.add(f"{first.text.lower()}-{text}")
        words.add(f"{first.text.lower()}-{lemma}")
    return words


def _noun_fits(sentence: Sentence, tok: Token, spec: NounSpec) -> bool:
    if spec.head == ANY_OBJECT:  # a complement's "strike *": any object at all
        return True
    if spec.head not in _noun_words(sentence, tok):
        return False
    if not spec.modifiers:
        return True
    mods = {c.lemma.lower() for c in sentence.children(tok.id) if c.deprel in ("amod", "compound", "nmod:npmod")}
    mods |= {c.text.lower() for c in sentence.children(tok.id) if c.deprel in ("amod", "compound")}
    return all(m in mods for m in spec.modifiers)


def _noun_dependents(sentence: Sentence, noun: Token) -> list[Token]:
    """A noun's dependents, with those the parser hangs on the last part of a name: "cleared [Imran Khan] [of
    corruption charges]" (the PP is under "Khan", a ``flat`` child of "Imran")."""
    children = sentence.children(noun.id)
    return children + [c for part in children if part.deprel.startswith("flat") for c in sentence.children(part.id)]


def _names_object(sentence: Sentence, noun: Token, rule: Rule, heads: list[Token] | None = None) -> bool:
    """Whether an event noun's "of" phrase or compound modifier (or one of ``heads``) is one of the rule's
    objects: "the deployment [of peacekeepers]", "a [police] deployment"; an object with another preposition
    is a phrase with it on the noun: "the withdrawal [from ECOWAS]"."""
    if heads is not None:
        return any(_noun_fits(sentence, tok, spec) for spec in rule.objects if spec.prep in (None, "of")
                   for head in heads for tok in conjuncts(sentence, head))
    own = phrases_with(sentence, noun, "of") + [c for c in sentence.children(noun.id) if c.deprel == "compound"]
    verb = sentence.token(noun.head) if noun.head and noun.deprel in ("obj", "nsubj:pass") else None
    for spec in rule.objects:
        phrases = own if spec.prep in (None, "of") else phrases_with(sentence, noun, spec.prep)
        if verb is not None and spec.prep not in (None, "of"):  # parsers hang the PP on the verb after the noun
            phrases = phrases + [c for c in sentence.children(verb.id) if c.deprel in _OBLIQUES
                                 and c.id > noun.id and case_of(sentence, c) == spec.prep]
        if any(_noun_fits(sentence, tok, spec) for head in phrases for tok in conjuncts(sentence, head)):
            return True
    return False


def _rule_for(sentence: Sentence, rule: Rule, source: Actor) -> Rule:
    """The rule as it codes for this source: recoded by ``if_state_source`` when the source is a state."""
    if rule.if_state_source is None or not _is_state(sentence, source):
        return rule
    return replace(rule, code=rule.if_state_source, name=f"{rule.name} (by a state)", if_state_source=None)


def _is_state(sentence: Sentence, actor: Actor) -> bool:
    """A state or an international organisation as a source: a government, legislature, court, military or
    intelligence body ("the foreign ministry"), an IGO, or a country named as such ("Japan", "the Philippines";
    not its people, "Kenyans", "Filipinos", which the tagger may call singular)."""
    if actor.role[:3] in _OFFICIAL_ROLES or actor.code.startswith("IGO"):
        return True
    if not actor.country or actor.role or not actor.head:
        return False
    head = sentence.token(actor.head)
    if head.upos not in ("PROPN", "NOUN"):  # NOUN: a name in a re-cased headline ("SOUTH KOREA PROTESTS …")
        return False
    return not head.text.lower().endswith("s") or actor.text.lower().removeprefix("the ") in country_names()


def _misread_gerund(sentence: Sentence, tok: Token) -> bool:
    """An event noun in "-ing" opening the sentence that the tagger read as a verb or a name: "[Fighting] broke
    out between …" (the root, with "broke" as its xcomp), "[Shelling] killed ten civilians"."""
    return (tok.id == 1 and tok.upos in ("VERB", "PROPN") and tok.text.endswith("ing") and tok.text[:1].isupper()
            and "Tense" not in tok.feats and not any(c.deprel in _SUBJECTS or c.deprel == "obj"
                                                     for c in sentence.children(tok.id)))


_BLASTS = frozenset({"blast", "explosion", "attack", "ambush", "raid", "assault", "detonation"})


def _predicate_words(sentence: Sentence, clause: Token) -> tuple[str, ...]:
    """The head word of a copular clause ("the decision is [illegal]", "the strikes were a [violation]"); none for
    a clause with a verb, which before its attribution only reports ("X breached the truce, officials said")."""
    if clause.upos in ("ADJ", "NOUN") and any(c.deprel == "cop" for c in sentence.children(clause.id)):
        return clause.lemma.lower(), clause.text.lower()
    return ()


def _is_passive_clause(sentence: Sentence, verb: Token) -> bool:
    return any(c.deprel == "aux:pass" for c in sentence.children(verb.id))


# seats of power that stand for the government even when attacked or stormed
_SEATS = frozenset({"kremlin", "white house", "downing street", "élysée", "elysee", "elysee palace", "élysée palace",
                    "zhongnanhai", "blue house", "pentagon", "capitol", "presidential palace"})


def _city_as_country(sentence: Sentence, actor: Actor) -> Actor:
    """A capital or seat of power, which ``countries.csv`` codes as its government ("Kyiv said …" → UKRGOV), is
    the country where it is a place or what is attacked: "Russian drones struck Kyiv" → UKR."""
    origins = actor.origin.split("; ")
    if (actor.role != "GOV" or len(origins) != 1 or "/countries.csv:" not in origins[0]
            or sentence.token(actor.head).upos != "PROPN" or actor.text.lower().removeprefix("the ") in _SEATS):
        return actor
    return replace(actor, code=actor.country, role="", origin=f"{actor.origin} (a place)")


def _place_compound(sentence: Sentence, actor: Actor) -> bool:
    """A place named before an event noun or weapon says where it was, not whose: "the [Kabul airport] bombing",
    "the [Moscow] concert hall attack" have no doer there (but "[Hamas] rockets", "[US] strikes" do)."""
    tok = sentence.token(actor.head)
    if tok.deprel != "compound":
        return False
    return ((tok.upos == "NOUN" and not actor.role) or "/places.csv:" in actor.origin
            or _city_as_country(sentence, actor) is not actor)


def _is_gerund(tok: Token) -> bool:
    """An "-ing" verb form; the tagger writes it VerbForm=Ger or VerbForm=Part|Tense=Pres about equally."""
    return "VerbForm=Ger" in tok.feats or ("VerbForm=Part" in tok.feats and "Tense=Pres" in tok.feats)


def _may_be_person(tok: Token, actor: Actor) -> bool:
    """Whether "he"/"she" may stand for this actor: not a bare name of a country, place, organisation or group
    ("demanded that [she] retract them" after "remarks by Takaichi on [Taiwan]" is no Taiwan)."""
    files = {origin.split(":")[0].rsplit("/", 1)[-1] for origin in actor.origin.split("; ") if origin}
    return tok.upos != "PROPN" or not files or not files <= _NON_PERSON_FILES


def _is_instrument(tok: Token) -> bool:
    """A weapon as the subject: its user is the source ("a car bomb killed five soldiers")."""
    return tok.upos == "NOUN" and tok.lemma.lower() in _INSTRUMENTS


def _is_document(tok: Token) -> bool:
    """A document as the subject speaks for its issuer: "a US congressional report called for sanctions"."""
    return tok.upos in ("NOUN", "PROPN") and tok.lemma.lower() in _DOCUMENTS


def _governing_subjects(sentence: Sentence, verb: Token, *, person: bool = False) -> list[Token]:
    """The subjects of the nearest governing clause with a subject that is no pronoun (a pronoun's antecedent);
    none for a ``person`` pronoun ("he", "she") when they are plural."""
    tok = verb
    while tok.head and (tok.deprel in _CLAUSE_LINKS or tok.deprel.startswith("acl")):
        if tok is not verb and tok.deprel == "acl:relcl" and any(
                c.deprel in _SUBJECTS and "PronType=Rel" in c.feats for c in sentence.children(tok.id)):
            return [sentence.token(tok.head)]  # "a mob [that] tried [to storm] an armoury": the mob
        tok = sentence.token(tok.head)
        if tok.upos in ("NOUN", "PROPN") and tok.head:  # through the noun an acl clause modifies
            if tok.deprel in _SUBJECTS and (_is_instrument(tok) or tok.lemma.lower() in _BLASTS):
                return []  # "officials said [the blast] killed five soldiers": the blast's unknown doer
            tok = sentence.token(tok.head)
        # the passive's subject too: "the journalist was abducted after [he] criticized the army"
        subjects = [c for c in sentence.children(tok.id) if c.deprel in (*_SUBJECTS, "nsubj:pass")
                    and c.upos != "PRON"]
        if person and any("Number=Plur" in c.feats for c in subjects):
            return []
        if subjects:
            return subjects
    return []


def _doers_for_victims(sentence: Sentence, noun: Token) -> list[Token]:
    """The noun, or, for the victims in the "of" phrase of a killing, death or attack, that harm's "by" agents
    (also hung on the victims): what an investigation is into is the doers' act, not the victims'."""
    if not (noun.deprel.startswith("nmod") and noun.head and case_of(sentence, noun) == "of"):
        return [noun]
    harm = sentence.token(noun.head)
    if harm.lemma.lower() not in _HARMS:
        return [noun]
    return _participle_agents(sentence, harm) + [c for c in sentence.children(noun.id)
                                                 if c.deprel.startswith("nmod") and case_of(sentence, c) == "by"]


def _participle_agents(sentence: Sentence, noun: Token) -> list[Token]:
    """The "by" agents of participles describing a noun: "the missiles [fired [by the Israeli military]]" (also
    when the parser hangs the "by" phrase on the noun)."""
    on_noun = [c for c in sentence.children(noun.id) if c.deprel.startswith("nmod") and case_of(sentence, c) == "by"]
    return on_noun + _agents_of(sentence, [c for c in sentence.children(noun.id) if c.deprel == "acl"])


def _agents_of(sentence: Sentence, participles: list[Token]) -> list[Token]:
    """The "by" agents of these participles, also hung on a participle's other phrase: "sanctions imposed [on Iran
    [by Washington]]"."""
    placed = [a for p in participles for a in sentence.children(p.id) if a.deprel in ("obl:agent", "obl")]
    phrases = placed + [g for a in placed for g in sentence.children(a.id) if g.deprel == "nmod"]
    # an attack "blamed [on] militants" or "attributed [to] Boko Haram" names its doer the same way
    blamed = [a for p in participles if p.lemma.lower() in _ASCRIBING for a in sentence.children(p.id)
              if a.deprel == "obl" and case_of(sentence, a) == _ASCRIBING[p.lemma.lower()]]
    return [a for a in phrases if a.deprel == "obl:agent" or case_of(sentence, a) == "by"] + blamed


def _holders(sentence: Sentence, nouns: list[Token]) -> list[Token]:
    """Who holds what a release or return noun's "of" phrase names: the "by" agent of a participle of holding on
    it ("the release of prisoners [held by Israel]"), else the place it is held in ("detained [in Argentina]").
    Parsers also hang the participle on the noun itself: "the release [of Americans] [detained in Russia]"."""
    released = [noun for noun in nouns if noun.lemma.lower() in _RELEASE_NOUNS]
    held = released + [c for noun in released for c in phrases_with(sentence, noun, "of")]
    holding = [p for thing in held for p in sentence.children(thing.id)
               if p.deprel.startswith("acl") and p.upos == "VERB" and p.lemma.lower() in _HOLDING]
    return _agents_of(sentence, holding) or [c for p in holding for c in sentence.children(p.id)
                                             if c.deprel == "obl" and case_of(sentence, c) == "in"]


def _deep_phrases(sentence: Sentence, noun: Token) -> list[tuple[Token, bool]]:
    """The phrases inside a noun's phrase where a deep target may be, each with whether it names the noun
    itself ("the nation [of Nauru]"): its PPs and possessor, nationality adjectives, and the target PPs of a
    past participle ("sanctions imposed [on Eritrea]"); not where a meeting was held ("a meeting [in Vienna]")."""
    out = []
    for child in _noun_dependents(sentence, noun):
        prep = case_of(sentence, child)
        if child.deprel == "acl" and "Tense=Past" in child.feats:
            out += [(a, False) for a in sentence.children(child.id)
                    if a.deprel == "obl" and case_of(sentence, a) in _PARTICIPLE_TARGETS]
        elif child.deprel in ("amod", "nmod:poss"):
            out.append((child, False))
        elif child.deprel.startswith("nmod") and prep in _DEEP_PREPOSITIONS and not (
                prep == "in" and noun.lemma.lower() in _VENUES):
            out.append((child, prep == "of"))
    return out


def _agentless_passive(frame: Frame) -> bool:
    """A passive clause without a "by" phrase ("civilians were killed"), not a participle describing a noun."""
    return frame.passive and not frame.agents and bool(frame.objects) and not frame.verb.deprel.startswith(
        ("acl", "amod"))


def _place(frame: Frame, place: str, rule: Rule, sentence: Sentence) -> list[Token]:
    if place == "obj":
        # bare noun obliques are objects the parser misread: "rejected on Monday [an offer]"
        objects = frame.objects + [noun for prep, noun in frame.obliques if not prep]
        if rule.objects:  # the required object ("sanctions", "[thousands] of soldiers") is never the target
            return [o for o in objects if not any(
                _noun_fits(sentence, o, s) or (s.prep == "of" and _is_quantity(o) and _has_noun_child(sentence, o, s))
                for s in rule.objects)]
        return objects
    if place == "iobj":
        return frame.iobjects
    if place == "complement":
        for clause in frame.complements + frame.reported:
            subjects = [c for c in sentence.children(clause.id) if c.deprel in ("nsubj", "nsubj:pass")]
            if subjects:
                return subjects
        # what a purpose clause after the verb's object acts on: "fired tear gas [to disperse [the protesters]]"
        # (not "pledged on Monday [to send] peacekeepers" nor "ordered peacekeepers [to leave]": complements
        # the parser calls advcl)
        control = frame.verb.lemma.lower() in _OBJECT_CONTROL or frame.verb.lemma.lower() in _REQUESTING
        purposes = [c for clause in frame.complements if _is_purpose(sentence, clause) and frame.objects
                    and not control for c in sentence.children(clause.id) if c.deprel == "obj"]
        return purposes or (frame.objects if frame.complements else [])
    nouns = [noun for prep, noun in frame.obliques if prep == place]
    if not nouns and place in _RECIPIENT_PREPOSITIONS:
        nouns = _hung_in_object(sentence, frame.objects, place)
    if any(spec.prep for spec in rule.objects):  # "walked out [of talks [with Russia]]"
        nouns += [c for noun in _required_nouns(sentence, frame, rule) if noun not in frame.objects
                  for c in sentence.children(noun.id)
                  if c.deprel.startswith("nmod") and c.deprel != "nmod:poss" and case_of(sentence, c) == place
                  and c not in nouns]
    return nouns


def _hung_in_object(sentence: Sentence, objects: list[Token], prep: str) -> list[Token]:
    """The verb's "to" phrase that the parser hung on the last noun of a long object: "returned the bodies of
    500 soldiers killed in the fighting [to the Ukrainian government]" (on "fighting"). The last such phrase
    inside the object's nouns and participles, when it ends the object and its noun takes no "to" of its own
    ("a threat [to Europe]", "access [to Gaza]")."""
    found: list[Token] = []
    for obj in objects:
        level = [obj]
        for _ in range(_DEEP_LEVELS + 2):
            below = [c for noun in level for c in sentence.children(noun.id)
                     if (c.deprel.startswith("nmod") and c.deprel != "nmod:poss") or c.deprel in ("conj", "flat")
                     or (c.deprel == "acl" and "VerbForm=Part" in c.feats)
                     or (c.deprel == "obl" and sentence.token(c.head).deprel == "acl")]
            found += [c for c in below if c.deprel not in ("conj", "flat") and case_of(sentence, c) == prep
                      and sentence.token(c.head).lemma.lower() not in _OWN_TO_NOUNS]
            level = below
        last = max(found, key=lambda t: t.id, default=None)
        if last is not None and phrase_end(sentence, last) == phrase_end(sentence, obj):
            return [last]
        found = []
    return []


def _owners_of_intent_before(sentence: Sentence, verb: Token, clause: Token) -> list[Token]:
    """The owners (possessor, "by" phrase) of an intent noun among ``verb``'s arguments whose phrase ends right
    before the "to" clause the parser hung on the verb: "condemned [the decision by Finland] [to close] its
    border" → Finland closes it (not the one condemning)."""
    for noun in sentence.children(verb.id):
        if noun.deprel in ("obj", "obl", "nsubj:pass") and noun.lemma.lower() in _DECISION_NOUNS and (
                phrase_end(sentence, noun) + 1 == phrase_start(sentence, clause)):
            return [c for c in sentence.children(noun.id)
                    if (c.deprel == "nmod:poss" and c.upos != "PRON") or case_of(sentence, c) == "by"]
    return []


def _speakers(sentence: Sentence, clause: Token) -> list[Token]:
    """The subjects of the speech verb that reports ``clause``: "[Pakistan] said India was to blame", "India was
    to blame, [Pakistan] said"."""
    if clause.deprel in ("ccomp", "parataxis") and clause.head:
        verb = sentence.token(clause.head)
        if verb.lemma.lower() in _REPORTING:
            return [c for c in sentence.children(verb.id) if c.deprel in _SUBJECTS]
    return [c for verb in sentence.children(clause.id) if verb.deprel in ("parataxis", "ccomp")
            and verb.lemma.lower() in _REPORTING for c in sentence.children(verb.id) if c.deprel in _SUBJECTS]


def _meeting_time(sentence: Sentence, noun: Token, rules: Iterable[Rule]) -> bool:
    """A meeting noun (root 04) in a time phrase of its clause: "[During talks] with Xi, Lula said …" — a
    circumstance of the clause, not an argument of its verb."""
    return (noun.deprel == "obl" and case_of(sentence, noun) in _MEETING_TIMES
            and any(r.code[:2] == "04" for r in rules)
            and any(phrases_with(sentence, noun, prep) for prep in ("with", "to")))  # (not "between": the sides
    # are named, "during talks between Iran and the US, Oman said …")


def _on_object(sentence: Sentence, frame: Frame, phrase: Token) -> bool:
    """Whether an "against"/"on" phrase belongs to one of the frame's objects: hung on it, hung on the verb
    right after it, or on the naming clause of a "what" object ("what it called aggression [against Lebanon]")."""
    if case_of(sentence, phrase) not in _AIMED_AT:  # "extradited a spy [to the US]": the verb's, however hung
        return False
    if phrase.head in {o.id for o in frame.objects}:
        return True
    if phrase.head == frame.verb.id:
        return any(_starts_after(sentence, o, phrase) for o in frame.objects)
    if not phrase.head:
        return False
    clause = sentence.token(phrase.head)
    return (clause.lemma.lower() in _NAMING_CLAUSE_VERBS and clause.head != 0
            and _named_as(sentence, sentence.token(clause.head)) is not None)


def _named_as(sentence: Sentence, what: Token) -> tuple[Token, list[tuple[str, Token]]] | None:
    """For a "what" object with a naming clause, the noun it names and that clause's other prepositional
    phrases: "condemned what it called [provocations] [by the Philippines]", "what it described as [the seizure
    of its tanker by Britain]". None for any other object."""
    if what.lower != "what":
        return None
    for clause in sentence.children(what.id):
        if clause.deprel in ("acl:relcl", "acl") and clause.lemma.lower() in _NAMING_CLAUSE_VERBS:
            children = sentence.children(clause.id)
            noun = next((c for c in children if c.deprel in ("obj", "xcomp") and c.upos in ("NOUN", "PROPN")),
                        None) or next((c for c in children if c.deprel in _OBLIQUES
                                       and case_of(sentence, c) == "as"), None)
            if noun is not None:
                return noun, [(case_of(sentence, c), c) for c in children
                              if c.deprel in _OBLIQUES and c.id != noun.id and case_of(sentence, c)]
    return None


def _starts_after(sentence: Sentence, noun: Token, phrase: Token) -> bool:
    """Whether the prepositional phrase headed by ``phrase`` begins right after ``noun``'s phrase."""
    first = min([phrase.id] + [c.id for c in sentence.children(phrase.id) if c.id < phrase.id])
    return first == phrase_end(sentence, noun) + 1


def _is_quantity(tok: Token) -> bool:
    """A number or quantity word heading a phrase: "[thousands] of soldiers", "[a batch] of drones"."""
    return tok.upos == "NUM" or tok.lemma.lower() in _QUANTITY_NOUNS


def _has_noun_child(sentence: Sentence, noun: Token, spec: NounSpec) -> bool:
    """Whether a PP of ``noun`` with the spec's preposition is the spec's noun: "thousands [of soldiers]"."""
    return any(_noun_fits(sentence, c, spec) for c in phrases_with(sentence, noun, spec.prep or ""))


def _required_nouns(sentence: Sentence, frame: Frame, rule: Rule) -> list[Token]:
    """The nouns of the frame that fit the rule's required objects ("sanctions", "out of talks")."""
    out = []
    for spec in rule.objects:
        candidates = (_counted_objects(sentence, frame) if spec.prep is None
                      else [n for p, n in frame.obliques if p == spec.prep])
        out += [n for head in candidates for n in conjuncts(sentence, head)
                if n not in out and _noun_fits(sentence, n, spec)]
    return out


def clause_status(sentence: Sentence, verb: Token) -> tuple[bool, str]:
    """(negated, modality) of a predicate, including what the verbs it is embedded under say about it.

    "X said Y attacked Z": asserted. "X plans to attack Z": future. "X wants to attack Z": hypothetical.
    "X refused to meet Y" / "X did not agree to meet Y": negated.
    """
    negated = is_negated(sentence, verb)
    modality = modality_of(sentence, verb)
    if verb.deprel == "conj" and verb.head and modality == "asserted" and not any(
            c.deprel in ("aux", "aux:pass", "mark") or c.deprel in _SUBJECTS for c in sentence.children(verb.id)):
        first = sentence.token(verb.head)
        if first.upos == "VERB" and first.deprel in ("advcl", "acl") and case_of(sentence, first) in _REASON_MARKERS:
            # "accused Pakistan [of violating] its airspace and [carrying out] strikes": one status for both
            first_negated, modality = clause_status(sentence, first)
            return negated or first_negated, modality
    if modality == "hypothetical" and _reported_will(sentence, verb):
        modality = "future"
    if verb.deprel in ("advcl", "acl"):  # "barred X [from holding] rallies", "warned X [against attacking] Y"
        marker = case_of(sentence, verb)
        negated = negated or marker in _NOT_DONE_MARKERS
        if (marker in _WARNED_MARKERS or marker in _CONDITION_MARKERS) and modality == "asserted":
            modality = "hypothetical"
        if (marker in _FUTURE_TIME_MARKERS and modality == "asserted" and verb.deprel == "advcl" and verb.head
                and _present_tense(sentence, verb) and _still_to_come(sentence, sentence.token(verb.head))):
            modality = "hypothetical"
        negated = negated or _rejected_proposal(sentence, verb)
        if (_reason_marker(sentence, verb) in _REASON_MARKERS and modality == "asserted" and verb.head
                and _accused_of(sentence, verb)):
            modality = "hypothetical"  # "accused Pakistan [of supporting] the militants": alleged, not asserted
    if verb.deprel == "acl:relcl":  # "vetoed a resolution [that condemned] the invasion": never passed
        negated = negated or _rejected_proposal(sentence, verb)
    claim = _claim_noun(sentence, verb)
    if claim is not None and not (claim.head and sentence.token(claim.head).lemma.lower() in _CONFIRMING):
        # "reports that troops killed civilians": alleged; "denied reports that troops killed …": not done
        if modality == "asserted":
            modality = "hypothetical"
        negated = negated or (claim.deprel in ("obj", "obl", "nsubj:pass") and claim.head != 0
                              and sentence.token(claim.head).lemma.lower() in _DENYING)
    tok = verb
    while (governor := _clause_governor(sentence, tok)) is not None:
        if tok.deprel == "conj" and modality == "asserted" and not any(
                c.deprel in ("aux", "aux:pass") or c.deprel in _SUBJECTS for c in sentence.children(tok.id)):
            # "Turkey will send troops to Libya and [impose] sanctions on Syria": the shared auxiliary
            modality = modality_of(sentence, governor)
        if tok.deprel != "conj":
            lemma = governor.lemma.lower()
            # negates; the refusal itself is asserted. A purpose clause on a refusal verb is no refused act:
            # "stopped aid deliveries [to pressure] Hamas" (Israel means to pressure Hamas)
            purpose = tok.deprel == "advcl" and any(c.deprel == "obj" for c in sentence.children(governor.id))
            refusal = lemma in _REFUSAL_NOUNS or (lemma in _REFUSALS and not purpose)
            reporting = lemma in _REPORTING and governor.upos != "PROPN"  # not "the United [States]"
            if reporting and is_negated(sentence, governor):
                # "China did not say whether it would lift the ban": unknown, not refused
                modality = "hypothetical" if modality == "asserted" else modality
            else:
                negated = negated or refusal or is_negated(sentence, governor)
            negated = negated or _no_intent(sentence, tok, governor)
            if modality == "asserted" and (lemma in _IMPLICATIVE or lemma in _ASPECTUAL):
                # "forced X [to retreat]", "continued [to attack]": it happened — unless "would force", "will
                # continue to attack" (future), "may resume"
                modality = modality_of(sentence, governor)
            elif modality == "asserted" and not reporting and lemma not in _ASPECTUAL and not refusal:
                modality = modality_of(sentence, governor)
                if modality == "asserted":
                    modality = "future" if lemma in _INTENT or lemma in _INTENT_NOUNS else "hypothetical"
        tok = governor
    return negated, modality


def _clause_governor(sentence: Sentence, clause: Token) -> Token | None:
    """The predicate a clause is embedded under (conjoined with, complement of, purpose of), or None; a "to"
    clause that the parser hung on an object-control verb's object is that verb's: "asked [the United States
    [to pressure] Israel]"."""
    if not clause.head:
        return None
    if clause.deprel == "acl" and case_of(sentence, clause) == "to":
        noun = sentence.token(clause.head)
        if noun.deprel == "obj" and noun.head and sentence.token(noun.head).lemma.lower() in _REQUESTING:
            return sentence.token(noun.head)  # (not "stopped [aid deliveries [to pressure] Hamas]": a purpose)
    if clause.deprel in ("conj", "xcomp", "ccomp") or _is_purpose(sentence, clause):
        return sentence.token(clause.head)
    if clause.deprel == "advcl" and case_of(sentence, clause) == "that":
        return sentence.token(clause.head)  # a "that" clause misread as adverbial: "denied on Monday [that] …"
    if clause.deprel == "advcl" and "VerbForm=Ger" in clause.feats and not case_of(sentence, clause):
        head = sentence.token(clause.head)
        between = sentence.tokens[head.id:clause.id - 1]
        if head.lemma.lower() in _REFUSALS and not any(t.text == "," for t in between) and not any(
                c.deprel == "obj" for c in sentence.children(head.id)):
            return head  # "has repeatedly denied [supporting] the M23", parsed as advcl (not "rejected X, [saying]")
    return None


def _claim_noun(sentence: Sentence, clause: Token) -> Token | None:
    """The claim noun whose content ``clause`` is: "reports [that its troops had killed] civilians", "Ukraine's
    claims [it had bombed] a hospital" (a clause with its own subject, not a relative clause: "the report [that
    said] …", "the claims [which] Kyiv made")."""
    if clause.deprel not in ("acl", "acl:relcl") or not clause.head:
        return None
    noun = sentence.token(clause.head)
    if noun.lemma.lower() not in _CLAIM_NOUNS:
        return None
    children = sentence.children(clause.id)
    # a relative word fills a slot of the clause ("the report [that] accused Israel", "the claims [which] Kyiv
    # made"); after a claim noun, "that" read as an object before the clause's own subject is the complementiser
    # ("reports [that] Iran had agreed to …", "reports [that] soldiers had raped women")
    if any(c.lower in _RELATIVE_WORDS and c.deprel != "mark" and (c.lower != "that" or c.deprel in _SUBJECTS)
           for c in children):
        return None
    return noun if any(c.deprel in _SUBJECTS for c in children) else None


def _no_intent(sentence: Sentence, clause: Token, governor: Token) -> bool:
    """A "to" clause after "no plans", "no intention" on its governor: "said it had [no plans] [to resume] …"."""
    return case_of(sentence, clause) == "to" and any(
        c.deprel == "obj" and c.lemma.lower() in _INTENT_NOUNS and c.id < clause.id
        and any(d.deprel == "det" and d.lower == "no" for d in sentence.children(c.id))
        for c in sentence.children(governor.id))


def _accused_of(sentence: Sentence, clause: Token) -> bool:
    """An "of"/"for" clause on a verb of accusing, or on its object: "accused Pakistan [of supporting] …",
    "accused [the rebels [of attacking]] …" (parsed as a clause on the object)."""
    head = sentence.token(clause.head)
    if head.lemma.lower() in _ACCUSING or head.lemma.lower() in _PUNISHING:
        return True  # (also what someone is punished for: "arrested the journalist [for insulting] the president")
    return _accuser_of(sentence, head) is not None


def _accuser_of(sentence: Sentence, noun: Token) -> Token | None:
    """The verb of accusing (or punishing) whose object, or passive agent, ``noun`` is: "accused [the police] of
    killing", "were accused by [rights groups] of killing", "arrested [the journalist] for insulting" (parsers
    hang the "of"/"for" clause on that noun)."""
    if noun.deprel not in ("obj", "obl:agent") or not noun.head:
        return None
    verb = sentence.token(noun.head)
    return verb if verb.lemma.lower() in _ACCUSING or verb.lemma.lower() in _PUNISHING else None


def _reason_marker(sentence: Sentence, clause: Token) -> str:
    """A gerund clause's "of"/"for", also where the parser hung it on the clause's object: "accused the police
    [of] killing protesters" with "of" a ``case`` of "protesters"."""
    marker = case_of(sentence, clause)
    if not marker and _is_gerund(clause) and clause.id > 1:
        before = sentence.tokens[clause.id - 2]
        if before.lower in _REASON_MARKERS and before.upos == "ADP":
            return before.lower
    return marker


def _owner_phrases(sentence: Sentence, noun: Token) -> list[Token]:
    """The possessor and "by" phrases of a noun ("[PTI's] petition", "a petition [by PTI]")."""
    return [c for c in sentence.children(noun.id)
            if c.deprel == "nmod:poss" or (c.deprel.startswith("nmod") and case_of(sentence, c) == "by")]


def _handled_document(sentence: Sentence, clause: Token) -> bool:
    """A clause on a petition, motion or bill that someone else rules on or receives: "the court dismissed [a
    petition [challenging] the arrest]" — what it says is its filer's, not the court's; so is any such noun with
    an owner of its own ("a petition [by PTI] seeking …")."""
    noun = sentence.token(clause.head) if clause.head else None
    if noun is None or noun.lemma.lower() not in _FILED_DOCUMENTS:
        return False
    if _owner_phrases(sentence, noun):
        return True
    return bool(noun.head) and sentence.token(noun.head).lemma.lower() in _RULING_ON


def _addressed_request(sentence: Sentence, clause: Token) -> bool:
    """A clause on a demand, call, request or ultimatum: what its addressee is to do, not its owner."""
    lemma = sentence.token(clause.head).lemma.lower() if clause.head else ""
    return lemma in _REQUEST_NOUNS and lemma not in ("application", "candidacy")


def _rejected_proposal(sentence: Sentence, verb: Token) -> bool:
    """A "to" clause (or a participle, or a relative clause) on a proposal that was voted down, vetoed or not
    adopted never happened: "the Senate voted down [a resolution [to block arms sales]]", "the council failed to
    adopt a resolution to impose sanctions", "Russia vetoed a resolution [condemning] the coup", "… [that
    condemned] the invasion"."""
    participle = (verb.deprel == "acl" and verb.lower.endswith("ing") and not case_of(sentence, verb)
                  and not any(c.deprel in _SUBJECTS for c in sentence.children(verb.id)))
    # "vetoed a resolution [that condemned] the invasion": the relative pronoun is the proposal
    relative = verb.deprel == "acl:relcl" and any(
        c.deprel in _SUBJECTS and c.lower in ("that", "which") for c in sentence.children(verb.id))
    if relative:
        verb_is_on_noun = True
    elif verb.deprel not in ("acl", "advcl") or not verb.head or not (case_of(sentence, verb) == "to" or participle):
        return False  # "vetoed a resolution [to impose] …", "vetoed a resolution [condemning] the coup"
    else:
        verb_is_on_noun = verb.deprel == "acl"
    if verb_is_on_noun:
        proposal = sentence.token(verb.head)
        if proposal.lemma.lower() not in _PROPOSALS:  # "stopped [aid deliveries [to pressure] Hamas]": a purpose
            return False
    else:  # parsers hang the clause on the verb: "voted down [a resolution] [to block …]"
        proposal = next((c for c in sentence.children(verb.head) if c.id < verb.id and c.lemma.lower() in _PROPOSALS
                         and c.deprel in ("obj", "nsubj:pass", "obl")), None)
        if proposal is None:
            return False
    if not proposal.head or proposal.deprel not in ("obj", "nsubj:pass", "obl"):
        return False
    governor = sentence.token(proposal.head)
    lemma = governor.lemma.lower()
    if lemma in _REJECTING or lemma in _REFUSALS:
        return True
    if lemma == "vote" and (_particle(sentence, governor) == "down" or case_of(sentence, proposal) == "against"):
        return True
    # "failed to adopt", "did not approve" (not "did not rule out a plan to …": a double negative)
    return lemma in _ADOPTING and proposal.deprel != "obl" and clause_status(sentence, governor)[0]


def _reported_will(sentence: Sentence, verb: Token) -> bool:
    """"would" as reported "will": "Turkey said it would send troops" (future), not "would send troops if …"
    (a condition) nor "said it could send troops"."""
    if verb.deprel not in ("ccomp", "parataxis") or not verb.head:
        return False
    report = sentence.token(verb.head)
    if report.lemma.lower() not in _STATING or is_negated(sentence, report):  # "did not say whether it would …"
        return False
    children = sentence.children(verb.id)
    modals = [c.lower for c in children if c.deprel == "aux" and c.lower in _HYPOTHETICAL]
    conditional = any(c.deprel == "advcl" and case_of(sentence, c) in _CONDITION_MARKERS for c in children)
    return bool(modals) and all(m in ("would", "'d") for m in modals) and not conditional


def noun_status(sentence: Sentence, noun: Token) -> tuple[bool, str]:
    """(negated, modality) of an event noun: "a [possible] strike on Iran", "the [threat] of an invasion" →
    hypothetical; "a [planned] offensive", "Israel is [preparing] an offensive" → future; "Russia [denied] an
    attack" → negated; otherwise the status of the verb it is an argument of ("[could trigger] an attack")."""
    for child in sentence.children(noun.id):
        if child.deprel == "amod" and child.lemma.lower() in _UNREAL_ADJECTIVES:
            return False, _UNREAL_ADJECTIVES[child.lemma.lower()]
    if not noun.head:
        return False, "asserted"
    head = sentence.token(noun.head)
    lemma = head.lemma.lower()
    if head.upos in ("NOUN", "PROPN") and noun.deprel.startswith("nmod"):  # "the threat [of an invasion]"
        return False, ("hypothetical" if lemma in _RISK_NOUNS else "future" if lemma in _INTENT_NOUNS
                       else "asserted")
    if head.upos not in ("VERB", "ADJ") or noun.deprel not in _NOUN_ARGUMENTS:
        return False, "asserted"
    negated, modality = clause_status(sentence, head)
    negated = negated or lemma in _REFUSALS
    if modality == "asserted" and lemma in _INTENT:
        modality = "future"
    elif modality == "asserted" and lemma in _UNREAL_GOVERNORS:
        modality = "hypothetical"
    return negated, modality


def _material_purpose(sentence: Sentence, clause: Token) -> bool:
    """A "to" clause of helping on a verb of sending or giving ("deployed warships [to support] Israel", "gave $30
    million [to help] the Palestinian Authority"), or on its object ("gave [50 million euros [to support]] …"):
    the purpose of the material act, coded by it."""
    if clause.lemma.lower() not in _HELPING or not clause.head or case_of(sentence, clause) != "to":
        return False
    head = sentence.token(clause.head)
    if clause.deprel == "acl" and head.deprel == "obj" and head.head:  # on the thing given
        head = sentence.token(head.head)
    elif clause.deprel not in ("advcl", "xcomp"):
        return False
    return head.lemma.lower() in _CONVEYING


def _is_purpose(sentence: Sentence, clause: Token) -> bool:
    """A "to" clause on a verb or noun that is not its complement: "massed troops [to invade]", "the US decision
    [to sell arms]" — intended, not done."""
    return clause.deprel in ("advcl", "acl") and case_of(sentence, clause) == "to"


def conjuncts(sentence: Sentence, head: Token) -> list[Token]:
    """The token and the tokens conjoined with it: "France and the United States" → [France, States]; also
    names the parser chained with "and" into one name (``name_conjuncts``)."""
    out = [head]
    for child in sentence.children(head.id):
        if child.deprel == "conj":
            out.extend(conjuncts(sentence, child))
    if head.upos == "PROPN":
        for child in name_conjuncts(sentence, head):
            out.extend(conjuncts(sentence, child))
    return out


def is_negated(sentence: Sentence, verb: Token) -> bool:
    """A negated predicate ("did [not] attack", "[never] met"), or a noun with "no" ("had [no] plans to meet")."""
    if "Polarity=Neg" in verb.feats:
        return True
    for child in sentence.children(verb.id):
        if child.deprel == "advmod" and (child.lemma.lower() in _NEGATORS or "Polarity=Neg" in child.feats):
            return True
        if child.deprel == "det" and child.lower == "no" and verb.upos == "NOUN":
            return True
        if child.deprel == "obj" and child.lemma.lower() in _INTENT_NOUNS | {"desire", "wish", "interest"} and any(
                d.deprel == "det" and d.lower == "no" for d in sentence.children(child.id)):
            return True  # "had [no intention] of holding talks": the talks it would hold are not held
    return False


def _named_mood(sentence: Sentence, clause: Token) -> bool:
    """A reported mood of a named subject ("[Britain] is concerned about …", "[Japan] remains optimistic"): its
    own event (the mood rules of 01_make_statement.yml), not the speaker's."""
    head = clause
    if clause.lemma.lower() in ("remain", "stay"):
        head = next((c for c in sentence.children(clause.id) if c.deprel == "xcomp"), clause)
    if head.upos != "ADJ" or head.lemma.lower() not in MOOD_ADJECTIVES:
        return False
    return any(c.deprel in _SUBJECTS and c.upos != "PRON" for c in sentence.children(clause.id))


def _predicative(sentence: Sentence, adjective: Token) -> bool:
    """An adjective with a copula and a subject of its own: "Britain is [concerned] about …"."""
    kids = sentence.children(adjective.id)
    return any(c.deprel == "cop" for c in kids) and any(c.deprel in ("nsubj", "expl") for c in kids)


def _present_tense(sentence: Sentence, verb: Token) -> bool:
    """Whether a finite clause is in the present tense: "until Vietnam [helps]", "until permits [are] corrected"."""
    return verb.xpos in ("VBZ", "VBP") or any(
        c.deprel in ("aux", "aux:pass", "cop") and c.xpos in ("VBZ", "VBP") for c in sentence.children(verb.id))


def _still_to_come(sentence: Sentence, verb: Token) -> bool:
    """Whether a predicate is refused or not yet done: negated, future or hypothetical."""
    negated, modality = clause_status(sentence, verb)
    return negated or modality != "asserted"


def modality_of(sentence: Sentence, verb: Token) -> str:
    children = sentence.children(verb.id)
    if verb.upos == "VERB" and verb.lemma.lower() != "blame" and any(
            c.deprel in ("cop", "aux") and c.lemma.lower() == "be" for c in children) and any(
            c.deprel == "mark" and c.lower == "to" for c in children):
        return "future"  # "Russia and Ukraine [are to] exchange prisoners" (but "India [was to] blame": now)
    for child in children:
        if child.deprel == "aux":
            word = child.text.lower()
            if word in _FUTURE or child.lemma.lower() in _FUTURE:
                return "future"
            if word in _HYPOTHETICAL or child.lemma.lower() in _HYPOTHETICAL:
                return "hypothetical"
    return "asserted"
