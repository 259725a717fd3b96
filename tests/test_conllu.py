import io
from datetime import date

import pytest

from eventcoder.errors import InputError
from eventcoder.parsing.conllu import parse_conllu_lines, read_conllu, write_conllu
from tests.conftest import shared_file

SAMPLE = """# newdoc id = niger-1
# date = 2023-08-10
# sent_id = s1
# text = ECOWAS imposed sanctions on Niger.
1	ECOWAS	ECOWAS	PROPN	NNP	Number=Sing	2	nsubj	_	start_char=0|end_char=6
2	imposed	impose	VERB	VBD	Tense=Past	0	root	_	_
3	sanctions	sanction	NOUN	NNS	Number=Plur	2	obj	_	_
4	on	on	ADP	IN	_	5	case	_	_
5	Niger	Niger	PROPN	NNP	Number=Sing	2	obl	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

# newdoc id = doc-2
# text = They didn't.
1-2	didn't	_	_	_	_	_	_	_	_
1	They	they	PRON	PRP	_	3	nsubj	_	_
2	did	do	AUX	VBD	_	3	aux	_	_
3	n't	not	PART	RB	Polarity=Neg	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_reads_documents_dates_and_sentence_ids():
    docs = list(parse_conllu_lines(io.StringIO(SAMPLE)))
    assert [d.id for d in docs] == ["niger-1", "doc-2"]
    assert docs[0].date == date(2023, 8, 10)
    first = docs[0].sentences[0]
    assert first.id == "s1"
    assert first.text == "ECOWAS imposed sanctions on Niger."
    assert [t.text for t in first.tokens] == ["ECOWAS", "imposed", "sanctions", "on", "Niger", "."]
    assert (first.tokens[0].start_char, first.tokens[0].end_char) == (0, 6)
    # multi-word token ranges are skipped, its words kept
    assert [t.text for t in docs[1].sentences[0].tokens] == ["They", "did", "n't", "."]
    assert docs[1].sentences[0].id == "doc-2-1"


def test_write_then_read_round_trips():
    docs = list(parse_conllu_lines(io.StringIO(SAMPLE)))
    out = io.StringIO()
    assert write_conllu(docs, out) == 2
    again = list(parse_conllu_lines(io.StringIO(out.getvalue())))
    assert [d.id for d in again] == ["niger-1", "doc-2"]
    assert again[0].date == date(2023, 8, 10)
    assert again[0].sentences[0].tokens == docs[0].sentences[0].tokens


def test_malformed_line_names_file_and_line():
    bad = SAMPLE.replace("3\tsanctions\tsanction\tNOUN", "3\tsanctions\tsanction NOUN")
    with pytest.raises(InputError, match=r"^news.conllu:7: expected 10 tab-separated columns, found 9"):
        list(parse_conllu_lines(io.StringIO(bad), source="news.conllu"))


def test_bad_head_names_the_line():
    bad = SAMPLE.replace("5\tNiger\tNiger\tPROPN\tNNP\tNumber=Sing\t2", "5\tNiger\tNiger\tPROPN\tNNP\tNumber=Sing\t42")
    with pytest.raises(InputError, match=r"x.conllu:\d+: word 5 \('Niger'\) has HEAD 42"):
        list(parse_conllu_lines(io.StringIO(bad), source="x.conllu"))


def test_reads_a_real_ud_treebank():
    docs = list(read_conllu(shared_file("ud", "en_ewt-ud-dev.conllu")))
    sentences = [s for d in docs for s in d.sentences]
    assert len(sentences) == 2001
    assert len(docs) > 100  # EWT marks its documents with newdoc
    assert all(t.id == i for s in sentences for i, t in enumerate(s.tokens, start=1))


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot open"):
        list(read_conllu(tmp_path / "nope.conllu"))


def test_date_without_newdoc():
    first_sentence = SAMPLE.split("# sent_id = s1\n", 1)[1].split("\n\n")[0]
    conllu = "# date = 2023-08-10\n# sent_id = s1\n" + first_sentence + "\n"
    [doc] = list(parse_conllu_lines(io.StringIO(conllu), default_doc_id="file"))
    assert (doc.id, doc.date, len(doc.sentences)) == ("file", date(2023, 8, 10), 1)
