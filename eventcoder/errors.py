"""Exceptions with messages meant for the people who run eventcoder."""

from __future__ import annotations


class EventcoderError(Exception):
    """Base class: anything eventcoder reports to a user."""


class InputError(EventcoderError):
    """Input that cannot be read: a missing file, undecodable bytes, a malformed line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class DictionaryError(EventcoderError):
    """Problems found while loading dictionaries; ``problems`` lists each as 'file:line: message'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        head = f"{len(problems)} problem(s) in the dictionaries:\n  " if len(problems) > 1 else ""
        super().__init__(head + "\n  ".join(problems))


class ModelsNotFoundError(EventcoderError):
    """No Stanza English models where eventcoder looked."""


class ParserCrashedError(EventcoderError):
    """A parser worker process died while parsing a batch (the parser itself is usable again)."""
