"""Load dictionary folders (YAML verb rules, CSV actors and agents), validate them, and index them."""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from eventcoder import normalize
from eventcoder.cameo import NO_EVENT
from eventcoder.dictionary.countries import unknown_country
from eventcoder.dictionary.model import (
    MODAL_KEY,
    TARGET_PLACES,
    ActorEntry,
    AgentEntry,
    ComplementSpec,
    Dictionaries,
    NounSpec,
    Rule,
    VerbIndex,
    rule_specificity,
)
from eventcoder.dictionary.schema import ActorRow, AgentRow, VerbRuleSpec
from eventcoder.errors import DictionaryError

DEFAULT = "default"
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """libyaml's composer with YAML 1.1's on/off/yes/no booleans switched off: "on" is a preposition."""


_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_TRUE_FALSE = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


def _resolve(self: _Loader, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
    """Scalar tags without PyYAML's per-scalar regex scan: rules only hold words, codes and lists."""
    if kind is yaml.ScalarNode and implicit[0]:
        if value in _NULLS:
            return _NULL
        if value in _TRUE_FALSE:
            return _BOOL
        if value.lstrip("-+").isdigit():
            return _INT
        if value[:1].isdigit() or value[:1] in "-+.":
            return _SafeLoader.resolve(self, kind, value, implicit)  # floats, dates: PyYAML's own rules
        return _STR
    return _SafeLoader.resolve(self, kind, value, implicit)


_Loader.resolve = _resolve  # type: ignore[method-assign]


def _plain(node: yaml.Node) -> Any:
    """Node → plain data (str, int, bool, list, dict); every mapping records its line as ``__line__``.

    Much faster than PyYAML's constructors, and all a rule file needs.
    """
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {"__line__": node.start_mark.line + 1}
        for key, value in node.value:
            out[str(key.value)] = _plain(value)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    if node.tag == _INT:
        return int(node.value.replace("_", ""), 0) if node.value.lstrip("-+").isdigit() else node.value
    if node.tag == _BOOL:
        return node.value.lower() == "true"
    if node.tag == _NULL:
        return None
    return node.value


def default_dictionary_dir() -> Path:
    """The shipped dictionaries: inside the installed package, or the checkout's top-level folder."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "dictionaries", here.parent / "dictionaries"):
        if (candidate / "verbs").is_dir():
            return candidate
    raise DictionaryError([f"the shipped dictionaries are missing (looked in {here / 'dictionaries'} and "
                           f"{here.parent / 'dictionaries'}); reinstall eventcoder"])


def load_dictionaries(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str] | None = None
                      ) -> Dictionaries:
    """Load and index dictionary folders in order; later folders extend and override earlier ones.

    ``"default"`` (or ``None``) stands for the shipped dictionaries. Raises :class:`DictionaryError`
    listing every problem (file:line: message) if any file is invalid.
    """
    if paths is None:
        paths = [DEFAULT]
    elif isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    # Loading allocates ~100k small objects and no reference cycles: the cyclic GC would only rescan them.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(list(paths))
    finally:
        if gc_was_enabled:
            gc.enable()


def _load(paths: list[str | os.PathLike[str]]) -> Dictionaries:
    loaded = Dictionaries()
    problems: list[str] = []
    rules_by_name: dict[str, tuple[int, list[Rule]]] = {}
    order = 0
    for layer, path in enumerate(paths):
        folder = default_dictionary_dir() if str(path) == DEFAULT else Path(path)
        if not folder.is_dir():
            problems.append(f"{folder}: dictionary folder not found")
            continue
        loaded.sources.append(str(folder))
        for rule_group in _load_verb_folder(folder, problems, order):
            order += len(rule_group)
            name = rule_group[0].name
            if name in rules_by_name and rules_by_name[name][0] == layer:
                problems.append(f"{rule_group[0].origin}: rule name {name!r} is already used at "
                                f"{rules_by_name[name][1][0].origin}; give each rule its own name")
                continue
            if name in rules_by_name:  # a later layer replaces the rule wholesale, keeping its place in the order
                first = rules_by_name[name][1][0].order
                for i, rule in enumerate(rule_group):
                    rule.order = first + i / len(rule_group)
            rules_by_name[name] = (layer, rule_group)
        _load_actor_folder(folder / "actors", loaded, problems)
        _load_agent_folder(folder / "agents", loaded, problems)
    if problems:
        raise DictionaryError(problems)
    for _, group in rules_by_name.values():
        for rule in group:
            if rule.nominal:
                for form in {rule.lemma, english_plural(rule.lemma)}:
                    loaded.noun_rules.setdefault(form, []).append(rule)
            else:
                loaded.rules.setdefault(rule.lemma, []).append(rule)
    for noun_rules in loaded.noun_rules.values():
        noun_rules.sort(key=lambda r: (not r.objects, r.order))  # rules that require an "of" phrase first
    for lemma, rules in loaded.rules.items():
        rules.sort(key=lambda r: (-r.specificity, r.order))
        loaded.index[lemma] = VerbIndex(rules)
    # Word forms, for when the parser's lemma is wrong ("expelled" → "expell"): a lemma's own rules win.
    for lemma in loaded.rules:
        for form in verb_inflections(lemma):
            if form not in loaded.rules:
                loaded.index.setdefault(form, loaded.index[lemma])
    return loaded


def verb_inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: expel → expels, expeled, expelled, expeling, expelling."""
    stems = {lemma}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        stems.add(lemma + lemma[-1])  # doubled final consonant: expel → expell, ban → bann
    forms = {lemma + "s", lemma + "es"}
    for stem in stems:
        if stem.endswith("e"):
            forms |= {stem + "d", stem[:-1] + "ing"}
        elif stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
            forms |= {stem[:-1] + "ied", stem[:-1] + "ies", stem + "ing"}
        else:
            forms |= {stem + "ed", stem + "ing"}
    return forms


def check_dictionaries(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Every problem in these dictionary folders, as 'file:line: message' strings (empty = all good).

    Beyond what loading validates, checks that every actor code starts with a known country (ISO 3166
    alpha-3 from pycountry, or a CAMEO region/legacy code) or an organisation prefix (IGO, NGO, …).
    """
    try:
        loaded = load_dictionaries(list(paths))
    except DictionaryError as exc:
        return exc.problems
    problems = []
    for entries in loaded.actors.values():
        for entry in entries:
            prefix = unknown_country(entry.code)
            if prefix:
                problems.append(f"{entry.origin}: {entry.phrase!r} has code {entry.code}, but {prefix} is no "
                                "country code (ISO 3166 alpha-3 or CAMEO) and no organisation prefix (IGO, NGO…)")
    return sorted(problems)


# --- verbs -------------------------------------------------------------------------------------------------

_CACHE_FORMAT = "eventcoder-rules-1"
_ACTOR_CACHE_FORMAT = "eventcoder-actors-1"


def rule_cache_dir() -> Path | None:
    """Where parsed rule files are cached as JSON: ``$EVENTCODER_CACHE_DIR`` ("" turns caching off), else
    ``$XDG_CACHE_HOME/eventcoder`` or ``~/.cache/eventcoder``."""
    setting = os.environ.get("EVENTCODER_CACHE_DIR")
    if setting == "":
        return None
    base = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventcoder"
    return base / "rules"


def _read_rule_file(path: Path) -> Any:
    """A rule file as plain data. YAML parsing is most of the load time, so the result is cached as JSON
    (data, never code) under the SHA-256 of the file's bytes: an edited file is simply parsed again."""
    raw = path.read_bytes()
    cached = _cache_entry(_CACHE_FORMAT, "", raw)
    data = _read_cache(cached)
    if data is not _NOT_CACHED:
        return data
    node = yaml.compose(raw.decode("utf-8"), Loader=_Loader)
    data = _plain(node) if node is not None else None
    if cached is not None:
        _write_cache(cached, data)
    return data


_NOT_CACHED = object()


def _cache_entry(cache_format: str, prefix: str, raw: bytes) -> Path | None:
    """The cache file for a dictionary file's bytes (None when caching is off)."""
    cache = rule_cache_dir()
    if cache is None:
        return None
    return cache / f"{prefix}{hashlib.sha256(cache_format.encode() + raw).hexdigest()}.json"


def _read_cache(cached: Path | None) -> Any:
    """The cached data, or ``_NOT_CACHED`` when there is no entry or it is unreadable (the file is read again)."""
    if cached is None:
        return _NOT_CACHED
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _NOT_CACHED


def _write_cache(cached: Path, data: Any) -> None:
    """Write a cache entry atomically; a read-only home is fine: the file is just parsed again next time."""
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.stem}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(cached)
        _prune_cache(cached.parent)
    except OSError:
        pass


CACHE_LIMIT = 400  # entries; every edited version of a file adds one, so the oldest are removed past this


def _prune_cache(cache: Path) -> None:
    """Keep the cache bounded: past ``CACHE_LIMIT`` entries, remove the oldest quarter (an entry still in use
    is simply written again on its next load)."""
    entries = list(cache.glob("*.json"))
    if len(entries) <= CACHE_LIMIT:
        return
    entries.sort(key=lambda path: path.stat().st_mtime)
    for path in entries[:len(entries) - CACHE_LIMIT * 3 // 4]:
        path.unlink(missing_ok=True)


def _load_verb_folder(folder: Path, problems: list[str], order: int) -> Iterator[list[Rule]]:
    verb_dir = folder / "verbs"
    if not verb_dir.is_dir():
        return
    for path in sorted(verb_dir.glob("*.y*ml")):
        rel = f"{folder.name}/verbs/{path.name}"
        try:
            data = _read_rule_file(path)
        except UnicodeDecodeError as exc:
            problems.append(f"{rel}: not UTF-8 text ({exc.reason})")
            continue
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 0
            problems.append(f"{rel}:{line}: YAML syntax error: {exc.problem}")
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            problems.append(f"{rel}:1: expected a list of rules (each item starting with '- code: ...')")
            continue
        for item in data:
            if not isinstance(item, dict):
                problems.append(f"{rel}: every list item must be a rule (a mapping), found {item!r}")
                continue
            line = item.pop("__line__", 0)
            origin = f"{rel}:{line}"
            try:
                spec = VerbRuleSpec.model_validate(item)
            except ValidationError as exc:
                problems.extend(f"{origin}: {_describe(err)}" for err in exc.errors())
                continue
            group = _compile_rule(spec, origin, order, problems)
            if group:
                order += len(group)
                yield group


def _compile_rule(spec: VerbRuleSpec, origin: str, order: int, problems: list[str]) -> list[Rule]:
    bad = [t for t in spec.target if t not in TARGET_PLACES and not t.isalpha()]
    bad += [t for t in spec.source if t == "complement" or (t not in ("obj", "iobj") and not t.isalpha())]
    if bad:
        problems.append(f"{origin}: place(s) {bad}: use obj, iobj, complement, home (targets only) or a "
                        "preposition")
        return []
    # (a source in the required object is the side that object names: "detected [Chinese warships]" → CHNMIL)
    takes_object = not spec.source and spec.target == ["obj"] and spec.code != NO_EVENT
    if spec.object and takes_object and all(o.split()[0] not in _PREPS for o in spec.object):
        problems.append(f"{origin}: the rule requires an object ({spec.object[0]!r}) and also takes the object as "
                        "target; it can never match an actor. Remove 'obj' from target")
        return []
    objects = tuple(_noun_spec(o) for o in spec.object)
    subjects = tuple(_noun_spec(s) for s in spec.subject)
    complements = tuple(_complement_spec(c) for c in spec.complement)
    complements += tuple(ComplementSpec(verb=MODAL_KEY + m) for m in spec.complement_modal)
    name = spec.name or origin
    if spec.nouns:
        return [Rule(name=name, code=spec.code, lemma=noun, particle=None, objects=objects, complements=(),
                     targets=tuple(spec.target), origin=origin, order=order + i, reciprocal=spec.reciprocal,
                     nominal=True, fallback=spec.fallback, if_negated=spec.if_negated,
                     if_state_source=spec.if_state_source,
                     specificity=rule_specificity((), objects, (), None))
                for i, noun in enumerate(dict.fromkeys(spec.nouns))]
    rules = []
    plain, phrasal = (rule_specificity(complements, objects, subjects, p) for p in (None, "particle"))
    for i, verb in enumerate(dict.fromkeys(spec.verbs)):
        lemma, _, particle = verb.partition(" ")
        rules.append(Rule(name=name, code=spec.code, lemma=lemma, particle=particle or None, objects=objects,
                          complements=complements, targets=tuple(spec.target), origin=origin, order=order + i,
                          reciprocal=spec.reciprocal, fallback=spec.fallback, if_negated=spec.if_negated,
                          if_state_source=spec.if_state_source,
                          sources=tuple(spec.source), subjects=subjects,
                          specificity=phrasal if particle else plain))
    return rules


_PREPS = {"about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "down",
          "behind", "between", "by", "during", "for", "from", "in", "into", "of", "off", "on", "onto", "out",
          "over", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without"}


def _noun_spec(phrase: str) -> NounSpec:
    words = phrase.split()
    prep = words.pop(0) if len(words) > 1 and words[0] in _PREPS else None
    return NounSpec(head=words[-1], modifiers=tuple(words[:-1]), prep=prep)


_PARTICLES = {"down", "up", "out", "off", "back", "over", "away", "aside", "in", "on", "through"}


def _complement_spec(phrase: str) -> ComplementSpec:
    verb, *rest = phrase.split()
    if len(rest) == 1 and rest[0] in _PARTICLES:
        return ComplementSpec(verb=verb, particle=rest[0])  # "step down", "back down"
    if len(rest) > 1 and rest[0] in _PARTICLES and rest[1] not in _PREPS:
        return ComplementSpec(verb=verb, particle=rest[0], obj=_noun_spec(" ".join(rest[1:])))  # "call off protest"
    return ComplementSpec(verb=verb, obj=_noun_spec(" ".join(rest)) if rest else None)


def _describe(err: Any) -> str:
    where = ".".join(str(p) for p in err.get("loc", ()) if p != "__root__")
    msg = err.get("msg", "invalid").removeprefix("Value error, ")
    if err.get("type") == "extra_forbidden":
        msg = "unknown field; allowed: " + ", ".join(VerbRuleSpec.model_fields)
    return f"{where}: {msg}" if where else msg


# --- actors and agents -------------------------------------------------------------------------------------

def _csv_rows(path: Path, rel: str, columns: tuple[str, ...], problems: list[str]
              ) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in columns[:2] if c not in header]
            if missing:
                problems.append(f"{rel}:1: header must start with {','.join(columns)} (missing {missing})")
                return
            unknown = [c for c in header if c not in columns]
            if unknown:
                problems.append(f"{rel}:1: unknown column(s) {unknown}; allowed: {', '.join(columns)}")
                return
            for row in reader:
                if None in row:
                    problems.append(f"{rel}:{reader.line_num}: too many fields (quote values containing commas)")
                    continue
                if not any((v or "").strip() for v in row.values()):
                    continue
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}
    except UnicodeDecodeError as exc:
        problems.append(f"{rel}: not UTF-8 text ({exc.reason})")


def _load_actor_folder(folder: Path, loaded: Dictionaries, problems: list[str]) -> None:
    if not folder.is_dir():
        return
    layer: dict[str, list[ActorEntry]] = {}
    for path in sorted(folder.glob("*.csv")):
        rel = f"{folder.parent.name}/actors/{path.name}"
        for line, phrase, code, valid_from, valid_until in _validated_actor_rows(path, rel, problems):
            origin = f"{rel}:{line}"
            entry = ActorEntry(phrase, code, valid_from and Date.fromisoformat(valid_from),
                               valid_until and Date.fromisoformat(valid_until), origin)
            k = normalize.key(phrase)
            same = layer.setdefault(k, [])
            if entry.is_default and any(e.is_default for e in same):
                first = next(e for e in same if e.is_default)
                if first.code != entry.code:
                    problems.append(f"{origin}: {phrase!r} already means {first.code} at {first.origin}; "
                                    "keep one row, or give the rows date ranges")
                continue
            if not any((e.code, e.valid_from, e.valid_until) == (entry.code, entry.valid_from, entry.valid_until)
                       for e in same):  # a spelling of the same key ("Kim Jong Un", "Kim Jong-un") adds nothing
                same.append(entry)
            loaded.actor_span = max(loaded.actor_span, normalize.piece_count(phrase))
    loaded.actors.update(layer)  # a phrase from a later folder replaces the earlier entries


_ActorRowData = tuple[int, str, str, "str | None", "str | None"]  # line, phrase, code, from, until (ISO)


def _validated_actor_rows(path: Path, rel: str, problems: list[str]) -> list[_ActorRowData]:
    """The rows of an actor CSV, validated with pydantic. A file without problems is cached as JSON under the
    SHA-256 of its bytes (like the rule files), so that an unchanged file is not validated again."""
    try:
        cached = _cache_entry(_ACTOR_CACHE_FORMAT, "actors-", path.read_bytes()) if rule_cache_dir() else None
    except OSError as exc:
        problems.append(f"{rel}: cannot read ({exc.strerror})")
        return []
    data = _read_cache(cached)
    if data is not _NOT_CACHED:
        return [tuple(row) for row in data]
    rows: list[_ActorRowData] = []
    found: list[str] = []
    for line, row in _csv_rows(path, rel, ("phrase", "code", "from", "until", "note"), found):
        try:
            spec = ActorRow.model_validate(row)
        except ValidationError as exc:
            found.extend(f"{rel}:{line}: {_describe(err)}" for err in exc.errors())
            continue
        rows.append((line, spec.phrase, spec.code, spec.valid_from and spec.valid_from.isoformat(),
                     spec.valid_until and spec.valid_until.isoformat()))
    problems.extend(found)
    if cached is not None and not found:
        _write_cache(cached, rows)
    return rows


def _load_agent_folder(folder: Path, loaded: Dictionaries, problems: list[str]) -> None:
    if not folder.is_dir():
        return
    layer: dict[str, AgentEntry] = {}
    for path in sorted(folder.glob("*.csv")):
        rel = f"{folder.parent.name}/agents/{path.name}"
        for line, row in _csv_rows(path, rel, ("phrase", "role", "plural", "note"), problems):
            origin = f"{rel}:{line}"
            try:
                spec = AgentRow.model_validate(row)
            except ValidationError as exc:
                problems.extend(f"{origin}: {_describe(err)}" for err in exc.errors())
                continue
            entry = AgentEntry(spec.phrase, spec.role, origin)
            forms = [spec.phrase]
            if spec.plural != "-":
                forms.append(_plural_phrase(spec.phrase, spec.plural))
            for form in forms:
                k = normalize.key(form)
                previous = layer.get(k)
                if previous is not None and previous.phrase == form and previous.role != spec.role:
                    problems.append(f"{origin}: {form!r} already means {previous.role} at {previous.origin}")
                    continue
                if previous is None or previous.phrase != form:  # an explicit entry beats a generated plural
                    layer[k] = entry
            loaded.agent_span = max(loaded.agent_span, normalize.piece_count(spec.phrase) + 1)
    loaded.agents.update(layer)


def _plural_phrase(phrase: str, plural: str) -> str:
    """The plural of an agent phrase: the ``plural`` column as written, in full ("armed men", "heads of state"),
    else the phrase with its last word made plural ("security force" → "security forces"; a one-word ``plural``
    of a longer phrase replaces its last word)."""
    *init, last = phrase.split(" ")
    if plural and plural.count(" ") >= len(init):
        return plural
    # a one-word plural of a longer phrase is the plural of its last word ("police officer" … "officers")
    return " ".join([*init, plural or english_plural(last)])


def english_plural(word: str) -> str:
    """Regular English plural: soldier → soldiers, militia → militias, party → parties, church → churches."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
