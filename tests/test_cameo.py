import csv

import pytest

from eventcoder import cameo
from tests.conftest import shared_file


def test_every_reference_code_is_in_the_codebook():
    reference = list(csv.DictReader(shared_file("reference", "cameo_event_codes.csv").open(encoding="utf-8")))
    assert len(reference) == 316
    book = cameo.codebook()
    assert len(book) == 316
    for row in reference:
        entry = book[row["code"]]
        assert entry.root_code == row["root_code"]
        assert entry.quad_class == int(row["quad_class"])
        if row["goldstein"]:
            assert entry.goldstein == float(row["goldstein"])
        else:
            assert entry.goldstein_imputed


def test_codes_keep_leading_zeros_and_know_their_root():
    entry = cameo.lookup("0232")
    assert entry.name == "Appeal for military aid"
    assert entry.root_code == "02"
    assert entry.root_name == "APPEAL"
    assert entry.quad_class == 1


def test_sanctions_are_material_conflict_with_goldstein_score():
    entry = cameo.lookup("163")
    assert (entry.quad_class, entry.goldstein) == (4, -8.0)


def test_unknown_code_is_a_clear_error():
    with pytest.raises(cameo.UnknownCodeError, match="unknown CAMEO event code '999'"):
        cameo.lookup("999")
    assert not cameo.is_code("232")  # "0232" without its zero is not a code


def test_every_stated_intent_is_a_03_or_13_code_for_an_action_code():
    from importlib import resources

    with resources.files("eventcoder.data").joinpath("cameo_intents.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 30
    for row in rows:
        assert cameo.is_code(row["code"]) and cameo.is_code(row["intent"]), row
        assert cameo.lookup(row["intent"]).root_code in ("03", "13"), row
        assert cameo.lookup(row["code"]).root_code not in ("01", "02", "03", "10", "11", "12", "13"), row
    # longest prefix wins; statements and demands have no stated-intent counterpart
    assert [cameo.stated_intent(c) for c in ("0841", "084", "08", "163", "1621", "193", "010", "100")] == [
        "0353", "0353", "035", "1312", "1311", "1384", None, None]
