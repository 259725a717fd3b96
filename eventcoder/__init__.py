"""eventcoder: news text → CAMEO-coded political event data.

>>> import eventcoder                                                                  # doctest: +SKIP
>>> events = eventcoder.code(["ECOWAS imposed sanctions on Niger."], dates=["2023-08-10"])  # doctest: +SKIP
>>> eventcoder.to_frame(events)[["source", "code", "target"]]                          # doctest: +SKIP
      source code target
0  IGOWAFWAS  163    NER
"""

from eventcoder.coder import Coder, RunSummary, code
from eventcoder.dictionary import load_dictionaries
from eventcoder.document import Document, Sentence, Token
from eventcoder.errors import DictionaryError, EventcoderError, InputError, ModelsNotFoundError
from eventcoder.events import COLUMNS, Event, to_frame, write_events

__version__ = "0.1.0"

__all__ = ["COLUMNS", "Coder", "DictionaryError", "Document", "Event", "EventcoderError", "InputError",
           "ModelsNotFoundError", "RunSummary", "Sentence", "Token", "code", "load_dictionaries", "to_frame",
           "write_events"]
