"""Shared fixtures: the real Stanza models (never skipped: a missing model fails loudly) and dictionaries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventcoder import Coder
from eventcoder.dictionary import load_dictionaries
from eventcoder.parsing import StanzaParser

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def stanza_dir() -> Path:
    """$STANZA_RESOURCES_DIR, else ../shared/models/stanza next to the checkout."""
    configured = os.environ.get("STANZA_RESOURCES_DIR")
    path = Path(configured) if configured else SHARED / "models" / "stanza"
    if not (path / "resources.json").is_file():
        pytest.fail(f"Stanza models not found at {path}: set STANZA_RESOURCES_DIR to a Stanza resources "
                    "directory with English models (the parser tests are never skipped)", pytrace=False)
    return path


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.is_file():
        pytest.fail(f"shared data missing: {path}", pytrace=False)
    return path


@pytest.fixture(scope="session")
def parser() -> StanzaParser:
    return StanzaParser(stanza_dir())


@pytest.fixture(scope="session")
def dictionaries():
    return load_dictionaries()


@pytest.fixture(scope="session")
def coder(parser, dictionaries) -> Coder:
    return Coder(dictionaries, parser=parser)


@pytest.fixture(scope="session")
def code_one(coder):
    """Code one text (one document) and return (source, code, target) triples."""

    def run(text: str, date: str | None = None) -> list[tuple[str, str, str]]:
        return [(e.source, e.code, e.target) for e in coder.code([text], dates=[date])]

    return run
