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
