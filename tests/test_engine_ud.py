"""The engine on gold Universal Dependencies trees (no parser involved)."""

import io

from eventcoder.parsing.conllu import parse_conllu_lines, read_conllu
from tests.conftest import shared_file

PASSIVE_WITH_AGENT = """# text = Sanctions were imposed on Niger by ECOWAS.
1	Sanctions	sanction	NOUN	NNS	Number=Plur	3	nsubj:pass	_	_
2	were	be	AUX	VBD	_	3	aux:pass	_	_
3	imposed	impose	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
4	on	on	ADP	IN	_	5	case	_	_
5	Niger	Niger	PROPN	NNP	Number=Sing	3	obl	_	_
6	by	by	ADP	IN	_	7	case	_	_
7	ECOWAS	ECOWAS	PROPN	NNP	Number=Sing	3	obl:agent	_	_
8	.	.	PUNCT	.	_	3	punct	_	_
"""


def coded(coder, conllu: str) -> list[tuple[str, str, str]]:
    doc = next(parse_conllu_lines(io.StringIO(conllu)))
    return [(e.source, e.code, e.target) for e in coder.code_document(doc)]


def test_gold_passive_agent(coder):
    assert coded(coder, PASSIVE_WITH_AGENT) == [("IGOWAFWAS", "163", "NER")]


def test_gold_negation_by_polarity_feature(coder):
    negated = PASSIVE_WITH_AGENT.replace("2	were	be	AUX	VBD	_	3	aux:pass	_	_",
                                         "2	were	be	AUX	VBD	_	3	aux:pass	_	_").replace(
        "3	imposed	impose	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass",
        "3	imposed	impose	VERB	VBN	Polarity=Neg|Tense=Past|VerbForm=Part|Voice=Pass")
    assert coded(coder, negated) == []


def test_real_treebank_codes_real_events_and_never_explodes(coder):
    """EWT dev: web and news sentences coded from gold trees."""
    events = []
    per_sentence = {}
    for doc in read_conllu(shared_file("ud", "en_ewt-ud-dev.conllu")):
        for event in coder.code_document(doc):
            events.append(event)
            per_sentence[event.sentence_id] = per_sentence.get(event.sentence_id, 0) + 1
    triples = {(e.source, e.code, e.target) for e in events}
    # "US troops there clashed with guerrillas in a fight that left one Iraqi dead."
    assert ("USAMIL", "190", "---REB") in triples
    # "…guerrillas detonated a car bomb outside a police station…"
    assert ("---REB", "1832", "---COP") in triples
    assert max(per_sentence.values()) <= 16
    for event in events:
        assert event.trigger and event.rule.endswith(")") and ".yml:" in event.rule


SAID_ATTACKED = """# text = Mali said rebels attacked Niger.
1	Mali	Mali	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	Tense=Past	0	root	_	_
3	rebels	rebel	NOUN	NNS	Number=Plur	4	nsubj	_	_
4	attacked	attack	VERB	VBD	Tense=Past	2	ccomp	_	_
5	Niger	Niger	PROPN	NNP	Number=Sing	4	obj	_	_
6	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_fallback_rules_code_only_when_nothing_else_does(tmp_path):
    from eventcoder import Coder
    from tests.test_dictionary import make_dict

    folder = make_dict(tmp_path / "d", verbs=(
        '- name: say\n  code: "010"\n  fallback: true\n  verbs: [say]\n  target: [complement]\n'
        '- name: attack\n  code: "190"\n  verbs: [attack]\n'), actors="Mali,MLI,,,\nNiger,NER,,,\n",
        agents="rebel,REB,,\n")
    coder = Coder([folder])
    assert coded(coder, SAID_ATTACKED) == [("---REB", "190", "NER")]  # not also MLI 010 ---REB
    quiet = SAID_ATTACKED.replace("attacked\tattack", "visited\tvisit")
    assert coded(coder, quiet) == [("MLI", "010", "---REB")]


# Stanza's reading of "told reporters that …": "that" the subject of a relative clause on "reporters"
TOLD_THAT_AS_RELATIVE = """# text = The minister told reporters that Israel had violated the ceasefire.
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
3	told	tell	VERB	VBD	Tense=Past	0	root	_	_
4	reporters	reporter	NOUN	NNS	Number=Plur	3	obj	_	_
5	that	that	PRON	WDT	PronType=Rel	8	nsubj	_	_
6	Israel	Israel	PROPN	NNP	Number=Sing	8	nsubj	_	_
7	had	have	AUX	VBD	Tense=Past	8	aux	_	_
8	violated	violate	VERB	VBN	Tense=Past|VerbForm=Part	4	acl:relcl	_	_
9	the	the	DET	DT	_	10	det	_	_
10	ceasefire	ceasefire	NOUN	NN	Number=Sing	8	obj	_	_
11	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_told_that_read_as_a_relative_clause_is_repaired(coder):
    from eventcoder.repairs import repair_sentence

    doc = next(parse_conllu_lines(io.StringIO(TOLD_THAT_AS_RELATIVE)))
    sentence = doc.sentences[0]
    repair_sentence(sentence)
    violated, that = sentence.token(8), sentence.token(5)
    assert (violated.head, violated.deprel) == (3, "ccomp") and (that.head, that.deprel) == (8, "mark")
    assert [c.id for c in sentence.children(3)] == [2, 4, 8, 11]
    repair_sentence(sentence)  # idempotent
    assert (violated.head, violated.deprel) == (3, "ccomp")
    # coded as a reported accusation, not as the reporters' business
    assert coded(coder, TOLD_THAT_AS_RELATIVE) == [("---GOV", "112", "ISR")]


def test_a_real_relative_clause_is_left_alone():
    from eventcoder.repairs import repair_sentence

    text = TOLD_THAT_AS_RELATIVE.replace("6	Israel	Israel	PROPN	NNP	Number=Sing	8	nsubj	_	_",
                                         "6	Israel	Israel	PROPN	NNP	Number=Sing	8	obl	_	_")
    sentence = next(parse_conllu_lines(io.StringIO(text))).sentences[0]
    repair_sentence(sentence)
    assert sentence.token(8).deprel == "acl:relcl" and sentence.token(5).deprel == "nsubj"


AS_ADJECTIVE_FIRST = """# text = India dismissed as baseless Canada's allegations.
1	India	India	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	dismissed	dismiss	VERB	VBD	Tense=Past	0	root	_	_
3	as	as	ADP	IN	_	7	case	_	_
4	baseless	baseless	ADJ	JJ	Degree=Pos	7	nmod:poss	_	_
5	Canada	Canada	PROPN	NNP	Number=Sing	7	nmod:poss	_	_
6	's	's	PART	POS	_	5	case	_	_
7	allegations	allegation	NOUN	NNS	Number=Plur	2	obl	_	_
8	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_verdict_before_the_object_is_repaired(coder):
    from eventcoder.repairs import repair_sentence

    sentence = next(parse_conllu_lines(io.StringIO(AS_ADJECTIVE_FIRST))).sentences[0]
    repair_sentence(sentence)
    allegations, baseless, as_word = sentence.token(7), sentence.token(4), sentence.token(3)
    assert (allegations.head, allegations.deprel) == (2, "obj")
    assert (baseless.head, baseless.deprel, as_word.head) == (2, "obl", 4)
    repair_sentence(sentence)  # idempotent
    assert (allegations.deprel, baseless.deprel) == ("obj", "obl")
    assert coded(coder, AS_ADJECTIVE_FIRST) == [("IND", "016", "CAN")]
    # an attributive adjective ("described as [baseless allegations] by Canada": no determiner after it) stays
    plain = AS_ADJECTIVE_FIRST.replace("5	Canada	Canada	PROPN	NNP	Number=Sing	7	nmod:poss",
                                       "5	Canada	Canada	NOUN	NN	Number=Sing	7	compound")
    sentence = next(parse_conllu_lines(io.StringIO(plain))).sentences[0]
    repair_sentence(sentence)
    assert sentence.token(7).deprel == "obl"


RECIPIENT_ON_A_NOUN = """# text = Russia returned the bodies of soldiers killed in the fighting to the Ukrainian army.
1	Russia	Russia	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	returned	return	VERB	VBD	Tense=Past	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	bodies	body	NOUN	NNS	Number=Plur	2	obj	_	_
5	of	of	ADP	IN	_	6	case	_	_
6	soldiers	soldier	NOUN	NNS	Number=Plur	4	nmod	_	_
7	killed	kill	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	6	acl	_	_
8	in	in	ADP	IN	_	10	case	_	_
9	the	the	DET	DT	_	10	det	_	_
10	fighting	fighting	NOUN	NN	Number=Sing	7	obl	_	_
11	to	to	ADP	IN	_	14	case	_	_
12	the	the	DET	DT	_	14	det	_	_
13	Ukrainian	Ukrainian	ADJ	JJ	Degree=Pos	14	amod	_	_
14	army	army	NOUN	NN	Number=Sing	10	nmod	_	_
15	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_recipient_on_the_last_noun_of_the_object_is_the_target(coder):
    assert coded(coder, RECIPIENT_ON_A_NOUN) == [("RUS", "084", "UKRMIL")]
    # a noun's own "to" phrase is not the recipient: "the threat [to the Ukrainian army]"
    own = RECIPIENT_ON_A_NOUN.replace("fighting	fighting	NOUN", "threat	threat	NOUN")
    assert coded(coder, own) == []
