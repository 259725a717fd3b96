import json

import pytest

from eventcoder.errors import ModelsNotFoundError
from eventcoder.parsing import resolve_model_dir
from eventcoder.parsing.headline import recased
from eventcoder.parsing.sentence_split import (
    ends_sentence,
    rejoin_split_sentences,
    split_at_line_breaks,
    split_datelines,
)
from eventcoder.parsing.stanza_parser import TextDocument
from tests.conftest import stanza_dir


def test_model_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(stanza_dir()))
    assert resolve_model_dir() == stanza_dir()
    with pytest.raises(ModelsNotFoundError, match="given explicitly"):
        resolve_model_dir(tmp_path)  # an explicit argument beats the environment
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(ModelsNotFoundError, match="Stanza's default"):
        resolve_model_dir()


@pytest.mark.parametrize(("setup", "problem"), [
    (lambda d: None, "the directory does not exist"),
    (lambda d: d.mkdir(), "there is no resources.json"),
    (lambda d: (d.mkdir(), (d / "resources.json").write_text(json.dumps({"de": {}}))), "has no 'en' entry"),
    (lambda d: (d.mkdir(), (d / "resources.json").write_text(json.dumps({"en": {"default_processors": {}}}))),
     "no model folder for tokenize, mwt, pos, lemma, depparse"),
])
def test_missing_models_explain_the_fix(tmp_path, setup, problem):
    target = tmp_path / "models"
    setup(target)
    with pytest.raises(ModelsNotFoundError) as info:
        resolve_model_dir(target)
    message = str(info.value)
    assert problem in message
    assert "--stanza-dir" in message and "eventcoder models download" in message


def test_batches_keep_documents_apart_with_offsets(parser):
    docs = parser.parse_batch([
        TextDocument("a", "ECOWAS imposed sanctions on Niger. Russia deployed troops to Mali."),
        TextDocument("empty", "   "),
        TextDocument("b", "  France condemned the coup."),
    ])
    assert [d.id for d in docs] == ["a", "empty", "b"]
    assert [len(d.sentences) for d in docs] == [2, 0, 1]
    second = docs[0].sentences[1]
    assert second.text == "Russia deployed troops to Mali."
    russia = second.tokens[0]
    assert docs[0].text[russia.start_char:russia.end_char] == "Russia"
    france = docs[2].sentences[0].tokens[0]
    assert (france.start_char, france.end_char) == (2, 8)
    assert [t.deprel for t in docs[2].sentences[0].tokens][:2] == ["nsubj", "root"]


def test_parse_streams_in_batches(parser):
    texts = [TextDocument(f"d{i}", f"Mali condemned attack number {i}.") for i in range(5)]
    parser.batch_size = 2
    try:
        ids = [d.id for d in parser.parse(iter(texts))]
    finally:
        parser.batch_size = 32
    assert ids == [f"d{i}" for i in range(5)]


def test_parallel_parser_gives_the_same_parses_in_order(parser):
    from eventcoder.parsing import ParallelStanzaParser

    texts = [TextDocument(f"d{i}", text) for i, text in enumerate([
        "ECOWAS imposed sanctions on Niger.", "", "Russia deployed troops to Mali. France condemned it.",
        "Niger's junta asked Wagner for military assistance."])]
    with ParallelStanzaParser(stanza_dir(), workers=2) as parallel:
        together = parallel.parse_batch(texts)
    alone = parser.parse_batch(texts)
    assert [d.id for d in together] == ["d0", "d1", "d2", "d3"]
    assert [[t.deprel for s in d.sentences for t in s.tokens] for d in together] == \
        [[t.deprel for s in d.sentences for t in s.tokens] for d in alone]


def test_a_dead_parser_worker_is_reported_and_the_coder_goes_on(dictionaries):
    import os
    import signal

    from eventcoder import Coder
    from eventcoder.errors import ParserCrashedError
    from eventcoder.parsing import ParallelStanzaParser

    with ParallelStanzaParser(stanza_dir(), workers=2) as parallel:
        docs = [TextDocument("a", "ECOWAS imposed sanctions on Niger."), TextDocument("b", "France condemned it.")]
        assert len(parallel.parse_batch(docs)) == 2
        os.kill(next(iter(parallel._pool._processes)), signal.SIGKILL)  # as a segfault inside torch would
        with pytest.raises(ParserCrashedError, match=r"worker process died while parsing 2 document\(s\) \(a, b\)"):
            parallel.parse_batch(docs)
        assert [d.id for d in parallel.parse_batch(docs)] == ["a", "b"]  # restarted: the run goes on
        coder = Coder(dictionaries, parser=parallel)
        os.kill(next(iter(parallel._pool._processes)), signal.SIGKILL)
        events = coder.code(["ECOWAS imposed sanctions on Niger."], ids=["c"])
        assert [(e.doc_id, e.code) for e in events] == [("c", "163")]  # retried one by one after the crash


def _tokens(text: str, words: list[str]) -> list[dict]:
    out, at = [], 0
    for n, word in enumerate(words, start=1):
        at = text.index(word, at)
        out.append({"id": n, "text": word, "start_char": at, "end_char": at + len(word)})
        at += len(word)
    return out


def test_a_split_inside_a_line_without_final_punctuation_is_undone():
    text = "Trump met Shinzo Abe. It rained.\nHEADLINE\nNext line."
    words = [["Trump", "met", "Shinzo"], ["Abe", "."], ["It", "rained", "."], ["HEADLINE"], ["Next", "line", "."]]
    sentences = [_tokens(text, w) for w in words]
    joined = rejoin_split_sentences(sentences, text)
    assert [[t["text"] for t in s] for s in joined] == [
        ["Trump", "met", "Shinzo", "Abe", "."], ["It", "rained", "."], ["HEADLINE"], ["Next", "line", "."]]
    assert [t["id"] for t in joined[0]] == [1, 2, 3, 4, 5]
    assert rejoin_split_sentences(sentences[2:3], text) is None  # nothing to join
    assert ends_sentence(".") and ends_sentence("”") and not ends_sentence("Rep.") and not ends_sentence("Shinzo")


def test_multiword_token_ids_are_shifted_when_joining():
    text = "Officials met Kim Jong Un and didn't say more."
    first = _tokens(text, ["Officials", "met", "Kim", "Jong"])
    second = [*_tokens(text, ["Un", "and"]), {"id": (3, 4), "text": "didn't", "start_char": 30, "end_char": 36},
              {"id": 3, "text": "did"}, {"id": 4, "text": "n't"}]
    [joined] = rejoin_split_sentences([first, second], text)
    assert [t["id"] for t in joined] == [1, 2, 3, 4, 5, 6, (7, 8), 7, 8]


def test_the_parser_keeps_a_name_the_tokenizer_splits_in_one_sentence(parser):
    doc = parser.parse_text("North Korean leader Kim Jong Un threatened to attack South Korea.\n"
                            "Trump meets Abe\nThe talks ended.")
    assert doc.sentences[0].text == "North Korean leader Kim Jong Un threatened to attack South Korea."
    assert len(doc.sentences) == 3  # the headline on its own line stays a sentence of its own
    assert [t.text for t in doc.sentences[1].tokens] == ["Trump", "meets", "Abe"]


def test_only_title_case_and_capital_headlines_are_recased():
    assert recased(["Iran", "Attacks", "Israel"]) == ["Iran", "attacks", "israel"]
    assert recased(["U.S.", "Lifts", "Travel", "Ban", "to", "Lebanon", "."]) == [
        "U.S.", "lifts", "travel", "ban", "to", "lebanon", "."]
    assert recased(["RUSSIA", "CONDEMNS", "US", "SANCTIONS", "ON", "IRAN"]) == [
        "Russia", "condemns", "US", "sanctions", "on", "iran"]  # "US" stays the country
    assert recased(["IRAN", "IS", "READY", "TO", "TALK"]) == ["Iran", "is", "ready", "to", "talk"]
    assert recased(["Iran", "attacks", "Israel", "."]) is None  # running text
    # names everywhere, but a lower-case verb: not a headline
    assert recased(["Erdoğan", "will", "meet", "European", "Council", "President", "Donald", "Tusk"]) is None
    assert recased(["NATO", "Summit"]) is None  # too short to tell
    # four capitals are a word unless a known acronym
    assert recased(["RUSSIA", "TO", "HALT", "GAS", "FLOWS", "NATO", "SAYS"]) == [
        "Russia", "to", "halt", "gas", "flows", "NATO", "says"]


@pytest.mark.parametrize("headline, event", [
    ("IRAN ATTACKS ISRAEL", ("IRN", "190", "ISR")),
    ("Russia Condemns US Sanctions On Iran", ("RUS", "111", "USA")),
    ("CHINA WARNS TAIWAN AGAINST INDEPENDENCE MOVES", ("CHN", "130", "TWN")),
])
def test_headlines_in_title_case_or_capitals_are_coded(code_one, parser, headline, event):
    assert code_one(headline) == [event]
    tokens = parser.parse_text(headline).sentences[0].tokens
    assert " ".join(t.text for t in tokens) == headline  # the tokens keep the text as written
    assert tokens[1].upos == "VERB"


def test_a_word_the_tagger_misreads_in_a_phrase_is_tagged_in_another_form(code_one, parser):
    # "cannon" alone is tagged VERB and the tree is built around it; "cannons" is tagged NOUN
    text = "Police fired water cannon at protesters."
    assert code_one(text) == [("---COP", "175", "---CVL")]
    tokens = parser.parse_text(text).sentences[0].tokens
    cannon = tokens[3]
    assert (cannon.text, cannon.lemma, cannon.upos, cannon.deprel) == ("cannon", "cannon", "NOUN", "obj")
    assert text[cannon.start_char:cannon.end_char] == "cannon"


def test_a_sentence_initial_fighting_is_tagged_as_the_noun(code_one, parser):
    # Stanza tags a sentence-initial "Fighting" as a verb; tagged as another noun, it parses as the subject, and a
    # repair gives the "between" phrase its second side back (parsed as the subject of the conjoined verb)
    text = "Fighting between the Sudanese army and the RSF erupted in Khartoum."
    first = parser.parse_text(text).sentences[0].tokens[0]
    assert (first.text, first.lemma, first.upos) == ("Fighting", "fighting", "NOUN")
    assert text[first.start_char:first.end_char] == "Fighting"
    assert sorted(code_one(text)) == [("SDNMIL", "190", "SDNREB"), ("SDNREB", "190", "SDNMIL")]


def test_a_sentence_initial_beijing_is_tagged_as_the_name(code_one, parser):
    # "-ing": Stanza tags a sentence-initial "Beijing" as a verb and builds the tree around it
    text = "Beijing imposed tariffs on Australian wine."
    first = parser.parse_text(text).sentences[0].tokens[0]
    assert (first.text, first.lemma, first.upos, first.deprel) == ("Beijing", "Beijing", "PROPN", "nsubj")
    assert code_one(text) == [("CHNGOV", "163", "AUS")]


def test_peacekeeping_is_tagged_as_the_modifier_it_is_wherever_it_stands(code_one, parser):
    # Stanza tags "peacekeeping" as a verb governing the noun after it ("as [peacekeeping] forces"); English has no
    # such verb, so it is tagged as "security" would be, and keeps its text, lemma and capital
    text = "Approximately 2,000 Russian soldiers were deployed as peacekeeping forces in Karabakh."
    word = parser.parse_text(text).sentences[0].tokens[7]
    assert (word.text, word.lemma, word.upos) == ("peacekeeping", "peacekeeping", "NOUN")
    assert text[word.start_char:word.end_char] == "peacekeeping"
    first = parser.parse_text("Peacekeeping troops from Ghana arrived in Mali.").sentences[0].tokens[0]
    assert (first.text, first.lemma, first.upos) == ("Peacekeeping", "peacekeeping", "NOUN")
    assert code_one("Peacekeeping troops from Ghana arrived in Mali.") == [("GHAPKO", "074", "MLI")]


def test_a_place_in_capitals_before_a_dash_is_a_dateline():
    text = "NEW YORK -- St. Joe Minerals Corp. said it has filed suit."
    words = ["NEW", "YORK", "--", "St.", "Joe", "Minerals", "Corp.", "said", "it", "has", "filed", "suit", "."]
    sentences = [_tokens(text, words)]
    assert split_datelines(sentences)
    assert [[t["text"] for t in s] for s in sentences] == [words[:3], words[3:]]
    # not a short acronym: "US -- China talks …" stays one sentence
    text = "US -- China talks resumed."
    sentences = [_tokens(text, ["US", "--", "China", "talks", "resumed", "."])]
    assert not split_datelines(sentences)


def test_a_dateline_is_split_off_the_sentence_it_opens():
    text = "KYIV, June 2 (Reuters) - Russia attacked Ukraine."
    words = ["KYIV", ",", "June", "2", "(", "Reuters", ")", "-", "Russia", "attacked", "Ukraine", "."]
    sentences = [_tokens(text, words)]
    assert split_datelines(sentences)
    assert [[t["text"] for t in s] for s in sentences] == [words[:8], words[8:]]
    assert [t["id"] for t in sentences[1]] == [1, 2, 3, 4]
    # a hyphen inside the place name is no end of the dateline
    text = "PORT-AU-PRINCE, Haiti (AP) - Gangs attacked a police station."
    words = ["PORT", "-", "AU", "-", "PRINCE", ",", "Haiti", "(", "AP", ")", "-", "Gangs", "attacked", "a", "police",
             "station", "."]
    sentences = [_tokens(text, words)]
    assert split_datelines(sentences)
    assert [[t["text"] for t in s] for s in sentences] == [words[:11], words[11:]]
    # an em dash written without spaces still ends one
    text = "WASHINGTON, June 2 (AP)—The Senate voted."
    words = ["WASHINGTON", ",", "June", "2", "(", "AP", ")", "—", "The", "Senate", "voted", "."]
    sentences = [_tokens(text, words)]
    assert split_datelines(sentences)
    assert [t["text"] for t in sentences[1]] == words[8:]
    # a dash inside running text is no dateline, nor capitalised names with a comma but nothing of a dateline
    for words in (["Iran", ",", "Russia", "and", "China", "-", "the", "three", "powers", "-", "met", "."],
                  ["The", "ceasefire", "-", "brokered", "by", "Qatar", "-", "held", "."],
                  ["Russia", ",", "China", "-", "partners", "-", "met", "in", "Moscow", "."]):
        text = " ".join(words)
        assert not split_datelines([_tokens(text, words)])


def test_the_parser_codes_a_sentence_after_a_wire_dateline(code_one, parser):
    text = "WASHINGTON, June 24 (AP) — Israel and Iran accepted a ceasefire brokered by President Donald Trump."
    assert [s.text for s in parser.parse_text(text).sentences] == [
        "WASHINGTON, June 24 (AP) —", "Israel and Iran accepted a ceasefire brokered by President Donald Trump."]
    assert code_one(text, "2025-06-24") == [("ISR", "0356", "USAGOV"), ("IRN", "0356", "USAGOV")]


def test_a_line_break_after_a_sentence_end_or_a_blank_line_ends_the_sentence():
    text = "Germany sent arms to Kyiv.\nRussia attacked Ukraine\nin 2022\n\nThe talks ended"
    words = ["Germany", "sent", "arms", "to", "Kyiv.", "Russia", "attacked", "Ukraine", "in", "2022", "The",
             "talks", "ended"]
    sentences = [_tokens(text, words)]
    assert split_at_line_breaks(sentences, text)
    assert [[t["text"] for t in s] for s in sentences] == [[*words[:4], "Kyiv", "."], words[5:10], words[10:]]
    assert [(t["start_char"], t["end_char"]) for t in sentences[0][-2:]] == [(21, 25), (25, 26)]
    assert [t["id"] for t in sentences[2]] == [1, 2, 3]
    # hard-wrapped text: a line break after "Rep.", "U.S.", ")" or inside a clause keeps the sentence whole
    text = "The envoy met Rep.\nSmith and\nsenior officials of the U.S.\nTreasury (OFAC)\nin Kyiv."
    words = ["The", "envoy", "met", "Rep.", "Smith", "and", "senior", "officials", "of", "the", "U.S.", "Treasury",
             "(", "OFAC", ")", "in", "Kyiv", "."]
    assert not split_at_line_breaks([_tokens(text, words)], text)


def test_a_word_with_the_full_stop_before_a_line_break_is_coded_in_its_sentence(code_one, parser):
    # the tokenizer reads "Kyiv." as one word; the full stop becomes a token of its own
    text = "The US sent weapons to Kyiv.\nRussia invaded Ukraine in 2022."
    first = parser.parse_text(text).sentences[0]
    assert [t.text for t in first.tokens][-2:] == ["Kyiv", "."]
    assert code_one(text) == [("USA", "072", "UKRGOV"), ("RUS", "192", "UKR")]
