"""Country codes an actor code may start with: ISO 3166 alpha-3 (via pycountry) plus CAMEO's own codes."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

# Prefixes that are not countries: organisation types and the "unknown country" marker.
NON_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS", "---"})


@cache
def known_country_codes() -> frozenset[str]:
    """ISO alpha-3 codes of every country pycountry knows, plus CAMEO regions and legacy codes."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries if len(c.alpha_3) == 3}
    with resources.files("eventcoder.data").joinpath("cameo_non_iso_countries.csv").open(encoding="utf-8") as fh:
        codes |= {row["code"] for row in csv.DictReader(fh)}
    return frozenset(codes)


def unknown_country(code: str) -> str | None:
    """The first 3 letters of an actor code when they are neither a country nor an organisation prefix."""
    prefix = code[:3]
    if prefix in NON_COUNTRY_PREFIXES or prefix in known_country_codes():
        return None
    return prefix


@cache
def country_names() -> frozenset[str]:
    """Lower-cased names of the countries pycountry knows (name, common and official names): "philippines",
    "united states". Tells a country named as such from its people ("Filipinos")."""
    import pycountry

    names = set()
    for country in pycountry.countries:
        names.update(getattr(country, field, "").lower() for field in ("name", "common_name", "official_name"))
    names.discard("")
    return frozenset(names)
