"""The Event row and the tabular outputs: DataFrame, CSV, JSONL.

One row per dyadic event. Codes are strings ("0232" keeps its zero); the column order and dtypes are fixed
so that R, Stata and pandas users get the same table every time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date as Date
from typing import TYPE_CHECKING, TextIO

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    import pandas as pd


class Event(BaseModel):
    """A coded event: who did what to whom, when, and why the coder thinks so."""

    model_config = ConfigDict(frozen=True)

    event_id: str
    doc_id: str
    sentence_id: str
    date: Date | None
    source: str
    source_country: str
    source_role: str
    source_text: str
    target: str
    target_country: str
    target_role: str
    target_text: str
    code: str
    root_code: str
    event_name: str
    quad_class: int
    goldstein: float
    trigger: str
    negated: bool
    modality: str
    sentence: str
    rule: str  # "name (file:line)"
    source_entries: str  # the actor/agent dictionary entries behind the source code, "file:line; file:line"
    target_entries: str
    source_start: int
    source_end: int
    target_start: int
    target_end: int
    trigger_start: int
    trigger_end: int


COLUMNS: tuple[str, ...] = tuple(Event.model_fields)
_DTYPES = {
    "date": "datetime64[ns]",
    "quad_class": "int64",
    "goldstein": "float64",
    "negated": "bool",
    **{c: "int64" for c in COLUMNS if c.endswith(("_start", "_end"))},
}


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Events as a DataFrame with the fixed column order; text columns have pandas' string dtype."""
    import pandas as pd

    rows = [e.model_dump() for e in events]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in COLUMNS:
        if col == "date":
            frame[col] = pd.to_datetime(frame[col])
        elif col in _DTYPES:
            frame[col] = frame[col].astype(_DTYPES[col])
        else:
            frame[col] = frame[col].astype("string")
    return frame


def _row(event: Event) -> dict[str, object]:
    row = event.model_dump()
    row["date"] = event.date.isoformat() if event.date else ""
    return row


class CsvWriter:
    """Streams events as CSV (the header is written once, on the first call, even with no events)."""

    def __init__(self, out: TextIO):
        self._writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
        self._started = False

    def write(self, events: Iterable[Event]) -> int:
        if not self._started:  # the header goes out with the first document, not before the input is read
            self._writer.writeheader()
            self._started = True
        n = 0
        for event in events:
            row = _row(event)
            row["negated"] = "true" if event.negated else "false"
            self._writer.writerow(row)
            n += 1
        return n


class JsonlWriter:
    """Streams events as JSON Lines, one object per event with the CSV column names as keys."""

    def __init__(self, out: TextIO):
        self._out = out

    def write(self, events: Iterable[Event]) -> int:
        n = 0
        for event in events:
            self._out.write(json.dumps(_row(event), ensure_ascii=False) + "\n")
            n += 1
        return n


WRITERS = {"csv": CsvWriter, "jsonl": JsonlWriter}


def write_events(events: Iterable[Event], out: TextIO, fmt: str = "csv") -> int:
    """Write events to ``out`` in ``fmt`` ("csv" or "jsonl"); returns the number written."""
    try:
        writer = WRITERS[fmt](out)
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(WRITERS)}") from None
    return writer.write(events)
