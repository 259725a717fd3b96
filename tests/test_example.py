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
