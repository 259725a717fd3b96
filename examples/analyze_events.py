"""A research-style analysis of eventcoder output: load the CSV with pandas, count events by CAMEO root.

    eventcoder code examples/niger_crisis.txt --date 2023-08-10 -o examples/niger_crisis_events.csv
    python examples/analyze_events.py examples/niger_crisis_events.csv
"""

from __future__ import annotations

import sys

import pandas as pd

from eventcoder import cameo


def main(path: str) -> None:
    # Read codes as strings so that "0232" keeps its leading zero.
    events = pd.read_csv(path, dtype={"code": str, "root_code": str}, parse_dates=["date"])
    print(f"{len(events)} events from {events['doc_id'].nunique()} document(s)\n")

    by_root = (events.groupby("root_code").size().rename("events").reset_index()
               .assign(root_name=lambda df: df["root_code"].map(lambda c: cameo.lookup(c).name)))
    print("Events by CAMEO root:")
    print(by_root.to_string(index=False), "\n")

    dyads = events.groupby(["source", "target"]).agg(events=("code", "size"), goldstein=("goldstein", "sum"))
    print("Dyads, with their summed Goldstein score (negative = conflict):")
    print(dyads.sort_values("goldstein").to_string(), "\n")

    conflict = events[events["quad_class"] >= 3]
    print(f"Share of conflictual events (quad classes 3-4): {len(conflict) / max(len(events), 1):.0%}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/niger_crisis_events.csv")
