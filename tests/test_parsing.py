import json

import pytest

from eventcoder.errors import ModelsNotFoundError
from eventcoder.parsing import resolve_model_dir
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
