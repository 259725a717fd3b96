"""The shipped example stays true: its event table is what eventcoder produces for its article."""

import csv
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def triples(rows):
    return [(r["source"], r["code"], r["target"], r["trigger"]) for r in rows]


def test_example_table_matches_the_article(coder):
    text = (EXAMPLES / "niger_crisis.txt").read_text(encoding="utf-8")
    events = coder.code([text], dates=["2023-08-10"], ids=["niger_crisis"])
    with (EXAMPLES / "niger_crisis_events.csv").open(encoding="utf-8") as fh:
        shipped = list(csv.DictReader(fh))
    assert triples(e.model_dump() for e in events) == triples(shipped)
    # the story's key events, as a reader of the article would code them
    coded = {(e.source, e.code, e.target) for e in events}
    assert {("NERMIL", "0232", "RUSUAF"), ("IGOWAFWAS", "138", "NERMIL"), ("IGOWAFWAS", "163", "NER"),
            ("NERMIL", "1056", "FRA")} <= coded


def test_analysis_script_counts_events_by_root():
    result = subprocess.run([sys.executable, str(EXAMPLES / "analyze_events.py"),
                             str(EXAMPLES / "niger_crisis_events.csv")], capture_output=True, text=True, check=True)
    assert "Events by CAMEO root:" in result.stdout
    assert "REDUCE RELATIONS" in result.stdout and "THREATEN" in result.stdout


def test_readme_python_examples_run(tmp_path, monkeypatch, capsys):
    import re

    from tests.conftest import stanza_dir

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 2
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(stanza_dir()))
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "0232" in out and "RUSUAF" in out  # the frame printed by the first example
    assert "2 documents read" in out  # the run summary of the second
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("event_id,")
