"""Dictionaries: schemas, loading, validation and the compiled indexes the engine uses."""

from eventcoder.dictionary.loader import check_dictionaries, default_dictionary_dir, load_dictionaries
from eventcoder.dictionary.model import ActorEntry, AgentEntry, Dictionaries, Rule

__all__ = ["ActorEntry", "AgentEntry", "Dictionaries", "Rule", "check_dictionaries", "default_dictionary_dir",
           "load_dictionaries"]
