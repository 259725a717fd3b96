"""The shipped people dictionary: dated rows are consistent, and a few office holders resolve by date."""

from datetime import date

import pytest

from eventcoder import normalize
from eventcoder.dictionary.model import resolve_dated


def people_entries(dictionaries):
    return {k: [e for e in entries if "people.csv" in e.origin] for k, entries in dictionaries.actors.items()}


def test_people_rows_are_well_formed_and_never_contradict(dictionaries):
    problems = []
    for entries in people_entries(dictionaries).values():
        for e in entries:
            if e.valid_from and e.valid_until and e.valid_from > e.valid_until:
                problems.append(f"{e.origin}: {e.phrase!r} ends before it starts")
        for i, a in enumerate(entries):
            for b in entries[i + 1:]:
                overlap = ((a.valid_from or date.min) <= (b.valid_until or date.max)
                           and (b.valid_from or date.min) <= (a.valid_until or date.max))
                if overlap and a.code != b.code:
                    problems.append(f"{a.origin} and {b.origin}: {a.phrase!r} is {a.code} and {b.code} at once")
        if sum(e.valid_until is None for e in entries) > 1:
            problems.append(f"{entries[0].origin}: {entries[0].phrase!r} has more than one open-ended row")
    assert problems == []


@pytest.mark.parametrize(("phrase", "day", "code"), [
    ("Brigi Rafini", "2015-06-01", "NERGOV"),
    ("Mohamed Bazoum", "2012-01-10", "NERGOV"),  # foreign minister, long before the presidency
    ("Mohamed Bazoum", "2023-08-01", "NERELI"),
    ("Sékouba Konaté", "2010-03-01", "GINMIL"),
    ("Domingos Simões Pereira", "2015-01-01", "GNBGOV"),
    ("Domingos Simoes Pereira", "2019-01-01", "GNBOPP"),  # accents do not matter
    ("Hassan Ali Khaire", "2018-01-01", "SOMGOV"),
    ("Ibn Auf", "2018-01-01", "SDNGOV"),  # defence minister before the coup …
    ("Ibn Auf", "2019-04-11", "SDNMIL"),  # … and coup leader on the coup day
    ("Gen Nakatani", "2015-06-01", "JPNGOV"),
    ("Gen Nakatani", "2020-01-01", None),  # between his two terms: no row fits
    ("Pedro Pires", "2005-01-01", "CPVGOV"),
    ("Viktor Orban", "2008-01-01", "HUNOPP"),  # between his two premierships
    ("Orbán", "2020-01-01", "HUNGOV"),
    ("Aung San Suu Kyi", "2021-02-01", "MMRGOV"),  # coup day counted in office …
    ("Aung San Suu Kyi", "2021-02-02", "MMRELI"),  # … ousted afterwards
    ("Min Aung Hlaing", "2022-01-01", "MMRMIL"),
    ("Riek Machar", "2015-01-01", "SSDREB"),
    ("Riek Machar", "2021-01-01", "SSDGOV"),
    ("Ismail Haniyeh", "2006-06-01", "PSEGOV"),
    ("Ismail Haniyeh", "2020-01-01", "PSEREBHMS"),
    ("Haftar", "2019-04-04", "LBYMIL"),
    ("Abdul Hamid Dbeibah", "2023-01-01", "LBYGOV"),
    ("Abdul-Malik al-Houthi", "2024-01-12", "YEMREB"),
    ("Hassan Nasrallah", "2024-10-01", None),  # killed 2024-09-27
    ("Prayut Chan-o-cha", "2015-01-01", "THAMIL"),  # junta prime minister
    ("Sirajuddin Haqqani", "2022-01-01", "AFGGOVTAL"),
    ("King Abdullah", "2012-01-01", None),  # Saudi or Jordanian king: no row before 2015-01-24
    ("Wladyslaw Kosiniak-Kamysz", "2024-06-01", "POLGOV"),  # Ł does not decompose: ASCII row needed
])
def test_office_holders_resolve_by_date(dictionaries, phrase, day, code):
    entry = resolve_dated(people_entries(dictionaries)[normalize.key(phrase)], date.fromisoformat(day))
    assert (entry.code if entry else None) == code
