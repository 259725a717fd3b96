"""The CAMEO event codebook: every code with its name, root, Goldstein score and quad class.

Loaded lazily from the package's own ``data/cameo_event_codes.csv``; lookups are dictionary lookups.

>>> from eventcoder import cameo
>>> cameo.lookup("0232").name
'Appeal for military aid'
>>> cameo.lookup("163").quad_class
4
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class EventCode:
    code: str
    name: str
    root_code: str
    goldstein: float
    quad_class: int
    goldstein_imputed: bool  # True for the 5 codebook-only codes, which take their parent's score

    @property
    def root_name(self) -> str:
        return codebook()[self.root_code].name


class UnknownCodeError(KeyError):
    """A code that is not in the CAMEO codebook."""

    def __str__(self) -> str:
        return f"unknown CAMEO event code {self.args[0]!r}"


@cache
def codebook() -> dict[str, EventCode]:
    """All CAMEO event codes, keyed by code string (leading zeros kept)."""
    table: dict[str, EventCode] = {}
    with resources.files("eventcoder.data").joinpath("cameo_event_codes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table[row["code"]] = EventCode(
                code=row["code"],
                name=row["name"],
                root_code=row["root_code"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                goldstein_imputed=row["goldstein_imputed"] == "parent",
            )
    return table


def lookup(code: str) -> EventCode:
    """The codebook entry for ``code``; raises :class:`UnknownCodeError` if there is none."""
    try:
        return codebook()[code]
    except KeyError:
        raise UnknownCodeError(code) from None


def is_code(code: str) -> bool:
    return code in codebook()


NO_EVENT = "---"  # a rule with this code marks a reading as no event ("seized the opportunity"), as PETRARCH's [---]


@cache
def _intents() -> dict[str, str]:
    with resources.files("eventcoder.data").joinpath("cameo_intents.csv").open(encoding="utf-8") as fh:
        return {row["code"]: row["intent"] for row in csv.DictReader(fh)}


def stated_intent(code: str) -> str | None:
    """The CAMEO code for announcing ``code`` as one's own future act, from the package's
    ``data/cameo_intents.csv``: cooperation and concessions map to 03 (express intent), hostile acts to 13
    (threaten); the longest listed prefix wins. None for codes without a counterpart (statements, demands…).

    >>> stated_intent("0841"), stated_intent("190"), stated_intent("010")
    ('0353', '1384', None)
    """
    table = _intents()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None
