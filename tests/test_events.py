import csv
import io
import json

import pandas as pd
import pytest

from eventcoder import COLUMNS, Coder, to_frame, write_events
from eventcoder.parsing.conllu import parse_conllu_lines
from tests.test_conllu import SAMPLE
from tests.test_dictionary import make_dict


@pytest.fixture()
def events(tmp_path):
    folder = make_dict(tmp_path / "d", verbs='- name: impose sanctions\n  code: "163"\n  verbs: [impose]\n'
                       "  object: [sanction]\n  target: [on]\n", actors="ECOWAS,IGOWAFWAS,,,\nNiger,NER,,,\n")
    coder = Coder([folder])
    doc = next(parse_conllu_lines(io.StringIO(SAMPLE)))
    return coder.code_document(doc)


def test_event_row_explains_itself(events):
    (event,) = events
    assert (event.source, event.code, event.target) == ("IGOWAFWAS", "163", "NER")
    assert (event.source_country, event.source_role) == ("", "IGOWAFWAS")
    assert (event.target_country, event.target_role) == ("NER", "")
    assert event.root_code == "16" and event.quad_class == 4 and event.goldstein == -8.0
    assert event.trigger == "imposed" and event.source_text == "ECOWAS" and event.target_text == "Niger"
    assert event.rule == "impose sanctions (d/verbs/10_test.yml:1)"
    assert event.sentence == "ECOWAS imposed sanctions on Niger."
    assert (event.doc_id, event.sentence_id, event.event_id) == ("niger-1", "s1", "s1-1")
    assert str(event.date) == "2023-08-10"
    assert not event.negated and event.modality == "asserted"


def test_frame_has_fixed_columns_and_dtypes(events):
    frame = to_frame(events)
    assert tuple(frame.columns) == COLUMNS
    assert COLUMNS[:4] == ("event_id", "doc_id", "sentence_id", "date")
    assert frame["code"].dtype == "string" and frame.loc[0, "code"] == "163"
    assert frame["goldstein"].dtype == "float64" and frame["quad_class"].dtype == "int64"
    assert frame["negated"].dtype == "bool"
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    empty = to_frame([])
    assert tuple(empty.columns) == COLUMNS and len(empty) == 0
    assert empty["code"].dtype == "string"


def test_csv_keeps_leading_zeros_for_stats_packages(events):
    zero = events[0].model_copy(update={"code": "0232", "root_code": "02"})
    out = io.StringIO()
    assert write_events([zero], out, "csv") == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["code"] == "0232" and rows[0]["date"] == "2023-08-10" and rows[0]["negated"] == "false"
    frame = pd.read_csv(io.StringIO(out.getvalue()), dtype={"code": str, "root_code": str})
    assert frame.loc[0, "code"] == "0232"


def test_jsonl_has_the_csv_columns_as_keys(events):
    out = io.StringIO()
    write_events(events, out, "jsonl")
    record = json.loads(out.getvalue().splitlines()[0])
    assert list(record) == list(COLUMNS)
    assert record["code"] == "163" and record["negated"] is False and record["date"] == "2023-08-10"


def test_unknown_format_is_an_error(events):
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        write_events(events, io.StringIO(), "xml")


def test_events_name_the_dictionary_entries_behind_each_actor(events):
    (event,) = events
    assert event.source_entries == "d/actors/test.csv:2"
    assert event.target_entries == "d/actors/test.csv:3"
