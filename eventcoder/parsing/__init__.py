"""Turning text into :class:`~eventcoder.document.Document` objects: Stanza, or CoNLL-U files."""

from eventcoder.parsing.conllu import read_conllu, write_conllu
from eventcoder.parsing.stanza_parser import ParallelStanzaParser, StanzaParser, resolve_model_dir

__all__ = ["ParallelStanzaParser", "StanzaParser", "read_conllu", "resolve_model_dir", "write_conllu"]
