import csv
import io
import json
import subprocess
import sys

import pytest

from eventcoder import cli
from tests.conftest import stanza_dir
from tests.test_conllu import SAMPLE


@pytest.fixture(autouse=True)
def shared_parser(monkeypatch, parser):
    """Reuse the session's Stanza pipeline instead of loading it for every command."""
    monkeypatch.setattr("eventcoder.coder.StanzaParser", lambda *a, **k: parser)
    monkeypatch.setattr("eventcoder.parsing.StanzaParser", lambda *a, **k: parser)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def codes(csv_text: str) -> list[tuple[str, str, str]]:
    return [(r["source"], r["code"], r["target"]) for r in csv.DictReader(io.StringIO(csv_text))]


def test_code_conllu_to_csv_on_stdout(tmp_path, capsys):
    path = tmp_path / "niger.conllu"
    path.write_text(SAMPLE, encoding="utf-8")
    status, out, err = run(capsys, "code", str(path))
    assert status == 0
    assert codes(out) == [("IGOWAFWAS", "163", "NER")]
    assert "2 documents read, 2 sentences, 1 events, 0 failed" in err


def test_code_text_file_to_jsonl(tmp_path, capsys):
    src = tmp_path / "story.txt"
    src.write_text("ECOWAS imposed sanctions on Niger. Russia deployed troops to Mali.", encoding="utf-8")
    out_path = tmp_path / "events.jsonl"
    status, _, _ = run(capsys, "code", str(src), "-o", str(out_path), "--date", "2023-08-10")
    assert status == 0
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["code"], r["target"]) for r in records] == [("IGOWAFWAS", "163", "NER"),
                                                                        ("RUS", "154", "MLI")]
    assert {r["doc_id"] for r in records} == {"story"} and records[0]["date"] == "2023-08-10"


def test_jsonl_batch_survives_bad_documents(tmp_path, capsys):
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "ECOWAS imposed sanctions on Niger.", "date": "2023-08-10"}),
        "{not json",
        json.dumps({"id": "junk", "text": "\x00\x01\x02binary\x00"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "baddate", "text": "x", "date": "10/08/2023"}),
        json.dumps({"id": "b", "text": "Russia deployed troops to Mali."}),
    ]) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "code", str(src), "--format", "csv")
    assert status == cli.EXIT_PARTIAL
    assert codes(out) == [("IGOWAFWAS", "163", "NER"), ("RUS", "154", "MLI")]
    assert f"failed: {src}:2: invalid JSON" in err
    assert "failed: junk: looks like binary data" in err
    assert "failed: baddate:" in err and "is not YYYY-MM-DD" in err
    assert "6 documents read, 2 sentences, 2 events, 3 failed" in err


def test_csv_input_and_stdin(tmp_path, capsys, monkeypatch):
    src = tmp_path / "news.csv"
    src.write_text('id,date,text\nn1,2023-08-10,"ECOWAS imposed sanctions on Niger."\n', encoding="utf-8")
    status, out, _ = run(capsys, "code", str(src))
    assert status == 0 and codes(out) == [("IGOWAFWAS", "163", "NER")]
    assert next(iter(csv.DictReader(io.StringIO(out))))["doc_id"] == "n1"

    class Stdin:
        buffer = io.BytesIO(b"Russia deployed troops to Mali.")

    monkeypatch.setattr(sys, "stdin", Stdin)
    status, out, _ = run(capsys, "code", "-")
    assert status == 0 and codes(out) == [("RUS", "154", "MLI")]


def test_parse_once_code_many_times(tmp_path, capsys):
    src = tmp_path / "story.txt"
    src.write_text("ECOWAS imposed sanctions on Niger.", encoding="utf-8")
    parsed = tmp_path / "story.conllu"
    status, _, _ = run(capsys, "parse", str(src), "-o", str(parsed), "--date", "2023-08-10")
    assert status == 0
    assert "# newdoc id = story\n# date = 2023-08-10\n" in parsed.read_text(encoding="utf-8")
    status, out, _ = run(capsys, "code", str(parsed))
    assert status == 0 and codes(out) == [("IGOWAFWAS", "163", "NER")]
    assert next(iter(csv.DictReader(io.StringIO(out))))["date"] == "2023-08-10"


@pytest.mark.parametrize(("args", "message"), [
    (["code", "missing.txt"], "eventcoder: error: missing.txt: no such file\n"),
    (["code", "bad.conllu"], "eventcoder: error: bad.conllu:2: expected 10 tab-separated columns, found 3\n"),
    (["code", "latin1.txt"], "eventcoder: error: latin1.txt:2: not UTF-8 text (undecodable byte 0xf4); "
                             "convert the file to UTF-8 first\n"),
    (["code", "nocol.csv"], "eventcoder: error: nocol.csv:1: needs a header row with a 'text' column "
                            "(found: ['body'])\n"),
])
def test_bad_input_is_one_clear_line_and_nonzero_exit(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.conllu").write_text("# text = x\n1\tx\tx\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("first line\nCôte d'Ivoire".encode("latin-1"))
    (tmp_path / "nocol.csv").write_text("body\nhello\n", encoding="utf-8")
    status, out, err = run(capsys, *args)
    assert status == cli.EXIT_ERROR
    assert err == message and out == ""


def test_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["code", "x.txt", "--format", "xml"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_dict_check(tmp_path, capsys):
    status, out, _ = run(capsys, "dict", "check")
    assert status == 0 and out.startswith("ok: ")
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "x.yml").write_text('- code: "999"\n  verbs: [foo]\n', encoding="utf-8")
    status, out, _ = run(capsys, "dict", "check", str(tmp_path))
    assert status == 1
    assert f"{tmp_path.name}/verbs/x.yml:1: code: unknown CAMEO code '999'" in out


def test_missing_models_say_what_to_do(tmp_path):
    # a real process, without the shared-parser shortcut
    result = subprocess.run([sys.executable, "-m", "eventcoder", "models", "check", "--dir", str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert f"No usable Stanza English models in {tmp_path} (given explicitly): there is no resources.json" \
        in result.stderr
    assert "eventcoder models download" in result.stderr and "STANZA_RESOURCES_DIR" in result.stderr


def test_models_check_accepts_the_shared_models():
    result = subprocess.run([sys.executable, "-m", "eventcoder", "models", "check", "--dir", str(stanza_dir())],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_a_document_that_breaks_the_parser_is_isolated(parser, dictionaries):
    from eventcoder import Coder
    from eventcoder.parsing.stanza_parser import TextDocument

    class Fragile:
        """The real parser, except that it fails on any batch containing one poisoned document."""

        def parse_batch(self, docs):
            if any("POISON" in d.text for d in docs):
                raise RuntimeError("CUDA out of memory")
            return parser.parse_batch(docs)

    coder = Coder(dictionaries, parser=Fragile())
    events = []
    docs = [TextDocument("ok1", "ECOWAS imposed sanctions on Niger."), TextDocument("bad", "POISON"),
            TextDocument("ok2", "Russia deployed troops to Mali.")]
    summary = coder.run(docs, events.extend)
    assert [(e.doc_id, e.code) for e in events] == [("ok1", "163"), ("ok2", "154")]
    assert summary.failures == [("bad", "parsing failed: CUDA out of memory")]
    assert str(summary) == "3 documents read, 2 sentences, 2 events, 1 failed"


def test_actor_texts_survive_a_conllu_round_trip(tmp_path, capsys):
    src = tmp_path / "spaced.txt"
    src.write_text("Mali   condemned\nFrance.  ECOWAS  imposed sanctions on   Niger.", encoding="utf-8")
    parsed = tmp_path / "spaced.conllu"
    assert run(capsys, "parse", str(src), "-o", str(parsed))[0] == 0
    status, out, _ = run(capsys, "code", str(parsed))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["source_text"], r["target_text"]) for r in rows] == [("Mali", "France"), ("ECOWAS", "Niger")]


def test_explain_shows_parse_rule_and_entries(capsys):
    status, out, _ = run(capsys, "explain", "France did not condemn Niger's junta.")
    assert status == 0
    assert "condemn          condemn        VERB   root" in out
    assert "event FRA 111 NERMIL" in out and "NEGATED" in out
    assert "rule disapprove: condemn or criticize (dictionaries/verbs/11_disapprove.yml:" in out
    assert "from dictionaries/actors/countries.csv:" in out and "dictionaries/agents/agents.csv:" in out


def test_tsv_input(tmp_path, capsys):
    src = tmp_path / "news.tsv"
    src.write_text("id\ttext\nt1\tECOWAS imposed sanctions on Niger, officials said.\n", encoding="utf-8")
    status, out, _ = run(capsys, "code", str(src))
    assert status == 0 and codes(out) == [("IGOWAFWAS", "163", "NER")]


def test_unknown_actors_and_one_sided_events_on_request(tmp_path, capsys):
    src = tmp_path / "story.txt"
    src.write_text("The Zorvakian Liberation Front attacked Niger's army. Protesters rallied in the capital.",
                   encoding="utf-8")
    _, out, _ = run(capsys, "code", str(src))
    assert codes(out) == []
    _, out, _ = run(capsys, "code", str(src), "--unknown-actors", "--allow-missing-target")
    assert [(s, c[:2], t) for s, c, t in codes(out)] == [("---", "19", "NERMIL"), ("---CVL", "14", "")]


def test_explain_shows_what_a_looser_setting_would_code_and_why(capsys):
    text = "The Law Society of Kenya condemned the abductions."
    status, out, _ = run(capsys, "explain", text)
    assert status == 0 and "no event" in out
    assert "held back --- 111 -" in out
    assert "no target actor found (--allow-missing-target keeps it)" in out
    assert "(--unknown-actors keeps it)" in out
    status, out, _ = run(capsys, "explain", "--allow-missing-target", "--unknown-actors", text)
    assert status == 0 and "  event --- 111 -" in out and "held back" not in out
