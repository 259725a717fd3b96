"""The ``eventcoder`` command: code, parse, explain, dict check, models download/check."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date as Date
from pathlib import Path
from typing import TextIO

from eventcoder import __version__
from eventcoder.errors import EventcoderError, InputError
from eventcoder.events import WRITERS
from eventcoder.inputs import InputItem, parse_date, read_inputs

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _date_arg(value: str) -> Date:
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if date is None:
        raise argparse.ArgumentTypeError("empty date")
    return date


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcoder", description="News text → CAMEO-coded event data.")
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code documents into events (CSV or JSONL)",
                          description="Code documents into events. INPUT: .txt (one document), .jsonl (one "
                                      "document per line: text, optional id, date), .csv or .tsv (columns text, "
                                      "optional id, date), .conllu (pre-parsed), or - for standard input.")
    code.add_argument("inputs", nargs="+", metavar="INPUT")
    code.add_argument("-o", "--output", help="output file (default: standard output)")
    code.add_argument("--format", choices=sorted(WRITERS), help="output format (default: from -o's extension, "
                      "else csv)")
    code.add_argument("--date", type=_date_arg, help="date (YYYY-MM-DD) for documents that have none")
    code.add_argument("--dict", dest="dicts", action="append", metavar="DIR",
                      help="extra dictionary folder, loaded after the shipped ones (repeatable)")
    code.add_argument("--no-default-dict", action="store_true", help="use only the --dict folders")
    code.add_argument("--include-negated", action="store_true", help="keep negated events (negated=true)")
    code.add_argument("--allow-missing-target", action="store_true",
                      help="also emit events whose target names no known actor (empty target columns)")
    code.add_argument("--unknown-actors", action="store_true",
                      help="code names the dictionaries do not know, and unnamed passive agents, as '---'")
    _parser_options(code)
    code.add_argument("--quiet", action="store_true", help="no progress or summary on standard error")

    parse = sub.add_parser("parse", help="parse documents to CoNLL-U (parse once, code many times)")
    parse.add_argument("inputs", nargs="+", metavar="INPUT")
    parse.add_argument("-o", "--output", help="output .conllu file (default: standard output)")
    parse.add_argument("--date", type=_date_arg, help="date (YYYY-MM-DD) for documents that have none")
    _parser_options(parse)

    explain = sub.add_parser("explain", help="show the parse and why each event was coded",
                             description="Parse and code a text (or a file), then print each sentence's parse "
                                         "and every event with the rule and dictionary entries behind it.")
    explain.add_argument("text", help="the text to explain, or a .txt/.conllu file")
    explain.add_argument("--date", type=_date_arg, help="event date (YYYY-MM-DD) for dated actors")
    explain.add_argument("--dict", dest="dicts", action="append", metavar="DIR",
                         help="extra dictionary folder, loaded after the shipped ones (repeatable)")
    explain.add_argument("--allow-missing-target", action="store_true",
                         help="code events whose target names no known actor, as `code` does with this option")
    explain.add_argument("--unknown-actors", action="store_true",
                         help="code unknown names and unnamed passive agents as '---', as `code` does")
    _parser_options(explain)

    dictionary = sub.add_parser("dict", help="dictionary tools")
    dict_sub = dictionary.add_subparsers(dest="dict_command", required=True, metavar="ACTION")
    check = dict_sub.add_parser("check", help="validate dictionary folders; lists every problem with file:line")
    check.add_argument("paths", nargs="*", default=["default"], metavar="DIR",
                       help="dictionary folders ('default' = the shipped ones)")

    models = sub.add_parser("models", help="Stanza model tools")
    models_sub = models.add_subparsers(dest="models_command", required=True, metavar="ACTION")
    download = models_sub.add_parser("download", help="download Stanza's English models (needs internet)")
    download.add_argument("--dir", help="target directory (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")
    where = models_sub.add_parser("check", help="say which Stanza models would be used")
    where.add_argument("--dir", help="Stanza resources directory to check")
    return parser


def _parser_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--stanza-dir", metavar="DIR", help="Stanza resources directory "
                   "(default: $STANZA_RESOURCES_DIR, else ~/stanza_resources)")
    p.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents per parser call (32)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="parser processes (1); on a multi-core machine without GPU, 2+ parse faster")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "code":
            return _code(args)
        if args.command == "parse":
            return _parse(args)
        if args.command == "dict":
            return _dict_check(args)
        if args.command == "explain":
            return _explain(args)
        return _models(args)
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventcoder: interrupted", file=sys.stderr)
        return 130


def _check_inputs(paths: Sequence[str]) -> None:
    for path in paths:
        if path != "-" and not Path(path).is_file():
            raise InputError("no such file" if not Path(path).exists() else "not a regular file", path=path)


def _items(paths: Sequence[str], date: Date | None) -> Iterator[InputItem]:
    for path in paths:
        yield from read_inputs(path, default_date=date)


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _code(args: argparse.Namespace) -> int:
    from eventcoder.coder import Coder

    _check_inputs(args.inputs)
    fmt = args.format or ("jsonl" if args.output and args.output.endswith((".jsonl", ".ndjson")) else "csv")
    dicts = ([] if args.no_default_dict else ["default"]) + (args.dicts or [])
    if not dicts:
        raise EventcoderError("--no-default-dict needs at least one --dict folder")
    coder = Coder(dicts, stanza_dir=args.stanza_dir, include_negated=args.include_negated,
                  require_target=not args.allow_missing_target, unknown_actors=args.unknown_actors,
                  batch_size=args.batch_size, workers=args.workers)
    show_progress = not args.quiet and sys.stderr.isatty()
    started = time.perf_counter()

    def progress(summary) -> None:
        if show_progress:
            rate = summary.documents / max(time.perf_counter() - started, 1e-9)
            print(f"\r{summary.documents} documents, {summary.events} events ({rate:.1f} docs/s)", end="",
                  file=sys.stderr, flush=True)

    with coder, _open_output(args.output) as out:
        writer = WRITERS[fmt](out)
        summary = coder.run(_items(args.inputs, args.date), writer.write, progress)
    if show_progress:
        print(file=sys.stderr)
    for doc_id, reason in summary.failures:
        print(f"eventcoder: failed: {doc_id}: {reason}", file=sys.stderr)
    if not args.quiet:
        print(f"eventcoder: {summary} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return EXIT_PARTIAL if summary.failures else EXIT_OK


def _parse(args: argparse.Namespace) -> int:
    from eventcoder.document import Document
    from eventcoder.inputs import InputProblem
    from eventcoder.parsing import ParallelStanzaParser, StanzaParser, write_conllu

    _check_inputs(args.inputs)
    parser = (ParallelStanzaParser(args.stanza_dir, workers=args.workers, batch_size=args.batch_size)
              if args.workers > 1 else StanzaParser(args.stanza_dir, batch_size=args.batch_size))
    failures = 0

    def documents() -> Iterator[Document]:
        nonlocal failures
        texts = []
        for item in _items(args.inputs, args.date):
            if isinstance(item, InputProblem):
                failures += 1
                print(f"eventcoder: failed: {item.doc_id}: {item.reason}", file=sys.stderr)
            elif isinstance(item, Document):
                yield item
            else:
                texts.append(item)
        yield from parser.parse(texts)

    try:
        with _open_output(args.output) as out:
            n = write_conllu(documents(), out)
    finally:
        if isinstance(parser, ParallelStanzaParser):
            parser.close()
    print(f"eventcoder: wrote {n} sentences", file=sys.stderr)
    return EXIT_PARTIAL if failures else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from eventcoder.coder import Coder
    from eventcoder.document import Document
    from eventcoder.explain import explain
    from eventcoder.inputs import InputProblem

    coder = Coder(["default", *(args.dicts or [])], stanza_dir=args.stanza_dir, include_negated=True,
                  require_target=not args.allow_missing_target, unknown_actors=args.unknown_actors,
                  batch_size=args.batch_size)
    if _is_file(args.text):
        items = list(read_inputs(args.text, default_date=args.date))
        docs = [item if isinstance(item, Document) else coder.parser.parse_text(item.text, item.id, item.date)
                for item in items if not isinstance(item, InputProblem)]
    else:
        docs = [coder.parser.parse_text(args.text, "text", args.date)]
    events = [e for doc in docs for e in coder.code_document(doc)]
    # what the loosest setting would add, shown as "held back" with the option that keeps it (parsed documents
    # only: no second parser, and none at all for CoNLL-U input)
    loose = Coder(coder.dictionaries, include_negated=True, require_target=False, unknown_actors=True)
    print(explain(docs, events, held_back=[e for doc in docs for e in loose.code_document(doc)]))
    return EXIT_OK


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a long sentence is no file name
        return False


def _dict_check(args: argparse.Namespace) -> int:
    from eventcoder.dictionary import check_dictionaries, load_dictionaries

    problems = check_dictionaries(args.paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_ERROR
    d = load_dictionaries(args.paths)
    print(f"ok: {d.rule_count} verb rules for {len(d.rules)} verbs, {len(d.actors)} actor names, "
          f"{len(d.agents)} agent names")
    return EXIT_OK


def _models(args: argparse.Namespace) -> int:
    from eventcoder.parsing.stanza_parser import download_models, resolve_model_dir

    if args.models_command == "download":
        target = download_models(args.dir)
        print(f"Stanza English models are in {target}; use --stanza-dir {target} or "
              f"export STANZA_RESOURCES_DIR={target}")
        return EXIT_OK
    print(f"ok: Stanza English models in {resolve_model_dir(args.dir)}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
