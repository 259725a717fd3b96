import time
from pathlib import Path

import pytest

from eventcoder.dictionary import check_dictionaries, load_dictionaries
from eventcoder.dictionary.loader import english_plural
from eventcoder.errors import DictionaryError


def make_dict(root: Path, verbs: str = "", actors: str = "", agents: str = "") -> Path:
    for sub in ("verbs", "actors", "agents"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    if verbs:
        (root / "verbs" / "10_test.yml").write_text(verbs, encoding="utf-8")
    if actors:
        (root / "actors" / "test.csv").write_text("phrase,code,from,until,note\n" + actors, encoding="utf-8")
    if agents:
        (root / "agents" / "test.csv").write_text("phrase,role,plural,note\n" + agents, encoding="utf-8")
    return root


def test_shipped_dictionaries_load_fast_and_cover_every_root(dictionaries):
    started = time.perf_counter()
    load_dictionaries()
    assert time.perf_counter() - started < 1.0  # the benchmark holds the real target (< 0.3 s)
    roots = {r.code[:2] for rules in dictionaries.rules.values() for r in rules if r.code != "---"}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert len(dictionaries.actors) > 1000
    assert "junta" in dictionaries.agents


def test_shipped_dictionaries_pass_the_checker():
    assert check_dictionaries(["default"]) == []


def test_rules_trace_to_file_and_line(tmp_path):
    folder = make_dict(tmp_path / "mine", verbs='# comment\n- name: impose sanctions\n  code: "163"\n'
                       "  verbs: [impose]\n  object: [sanction]\n  target: [on, against]\n")
    rule = load_dictionaries([folder]).rules["impose"][0]
    assert rule.origin == "mine/verbs/10_test.yml:2"
    assert rule.targets == ("on", "against")  # YAML's "on" stays a word, not a boolean


@pytest.mark.parametrize(("verbs", "message"), [
    ('- code: "999"\n  verbs: [foo]\n', r"10_test.yml:1: code: unknown CAMEO code '999'"),
    ("- code: 163\n  verbs: [impose]\n", r"10_test.yml:1: code: code 163 must be quoted"),
    ('- code: "163"\n  verbs: [impose]\n  objects: [sanction]\n', r"10_test.yml:1: objects: unknown field"),
    ('- code: "163"\n  verbs: []\n', r"10_test.yml:1: a rule needs either 'verbs' or 'nouns'"),
    ('- code: "163"\n  verbs: [impose\n', r"10_test.yml:\d+: YAML syntax error"),
    ('- code: "163"\n  verbs: [impose]\n  object: [sanction]\n  target: [obj]\n', r"can never match"),
    # a receiving rule's target is its subject: it takes no target, only verbs, and no clause as source
    ('- code: "072"\n  verbs: [receive]\n  object: [arms]\n  source: [from]\n  target: [to]\n',
     r"10_test.yml:1: .*takes its target from the verb's subject"),
    ('- code: "072"\n  nouns: [delivery]\n  source: [from]\n', r"10_test.yml:1: .*noun rule .* takes no 'source'"),
    ('- code: "072"\n  verbs: [receive]\n  object: [arms]\n  source: [complement]\n', r"place\(s\) \['complement'\]"),
    # a no-event rule codes nothing, so it takes no places or flags; "any" clause stands alone
    ('- code: "---"\n  verbs: [kill]\n  object: [bill]\n  target: [obj]\n', r"no-event rule .* remove target"),
    ('- code: "190"\n  verbs: [kill]\n  if_negated: "---"\n', r"no event anyway"),
    ('- code: "141"\n  verbs: [protest]\n  if_state_source: "---"\n', r"must be a CAMEO code"),
    ('- code: "---"\n  verbs: [protest]\n  if_state_source: "114"\n', r"no-event rule .* remove if_state_source"),
    ('- code: "010"\n  verbs: [note]\n  complement: [any clause]\n', r"'any' stands alone"),
    ('- code: "176"\n  nouns: [attack]\n  subject: [hacker]\n', r"noun rule .* takes no 'subject'"),
    ('- code: "176"\n  verbs: [attack]\n  subject: [by hacker]\n', r"without a preposition"),
])
def test_broken_rules_are_reported_with_file_and_line(tmp_path, verbs, message):
    folder = make_dict(tmp_path / "d", verbs=verbs)
    with pytest.raises(DictionaryError, match=message):
        load_dictionaries([folder])


def test_every_problem_is_listed_at_once(tmp_path):
    folder = make_dict(tmp_path / "d", verbs='- code: "999"\n  verbs: [a]\n- code: "998"\n  verbs: [b]\n',
                       actors="Niger,NER1,,,\n")
    problems = check_dictionaries([folder])
    assert len(problems) == 3
    assert any("actors/test.csv:2: code: Value error" in p or "actors/test.csv:2: code:" in p for p in problems)


def test_actor_rows_are_validated(tmp_path):
    folder = make_dict(tmp_path / "d", actors="Bazoum,NERGOV,2023-08-01,2021-01-01,\n")
    with pytest.raises(DictionaryError, match=r"actors/test.csv:2: .*after 'until'"):
        load_dictionaries([folder])
    folder = make_dict(tmp_path / "e", actors="Niger,NER,,,\nniger,NGA,,,\n")
    with pytest.raises(DictionaryError, match=r"test.csv:3: 'niger' already means NER at e/actors/test.csv:2"):
        load_dictionaries([folder])


def test_duplicate_rule_names_are_rejected(tmp_path):
    folder = make_dict(tmp_path / "d", verbs='- name: x\n  code: "111"\n  verbs: [a]\n'
                                             '- name: x\n  code: "112"\n  verbs: [b]\n')
    with pytest.raises(DictionaryError, match=r"10_test.yml:4: rule name 'x' is already used at d/verbs/10_test.yml:1"):
        load_dictionaries([folder])


def test_user_dictionaries_extend_and_override(tmp_path):
    base = make_dict(tmp_path / "base", verbs='- name: condemn\n  code: "111"\n  verbs: [condemn]\n',
                     actors="Wagner,RUSUAF,,,\n", agents="junta,MIL,,\n")
    mine = make_dict(tmp_path / "mine", verbs='- name: condemn\n  code: "112"\n  verbs: [condemn, slam]\n',
                     actors="Wagner,RUSMIL,,,\nAfrica Corps,RUSMIL,,,\n")
    merged = load_dictionaries([base, mine])
    assert [r.code for r in merged.rules["condemn"]] == ["112"]
    assert merged.rules["slam"][0].code == "112"
    assert merged.actors["wagner"][0].code == "RUSMIL"
    assert merged.actors["africacorps"][0].code == "RUSMIL"
    assert merged.agents["junta"].role == "MIL"


def test_more_specific_rules_come_first(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: bare\n  code: "130"\n  verbs: [threaten]\n'
        '- name: with object\n  code: "1312"\n  verbs: [threaten]\n  object: [sanction]\n  target: [with]\n'
        '- name: with complement\n  code: "138"\n  verbs: [threaten]\n  complement: [attack]\n'))
    assert [r.name for r in load_dictionaries([folder]).rules["threaten"]] == ["with complement", "with object",
                                                                            "bare"]


def test_verbs_without_bare_rules_list_the_words_a_sentence_needs(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: truce\n  code: "0871"\n  verbs: [declare]\n  object: [cease-fire, "military truce"]\n'
        '  target: [with]\n'
        '- name: must\n  code: "100"\n  verbs: [declare]\n  complement_modal: [must]\n'
        '- name: bare\n  code: "130"\n  verbs: [threaten]\n'))
    index = load_dictionaries([folder]).index
    assert {"cease-fire", "cease", "fire", "truce", "must"} <= index["declare"].cues and not index["declare"].bare
    assert index["threaten"].bare  # a verb with a bare rule is always framed


def test_no_event_rules_and_any_clause_rules_load(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: bare\n  code: "1823"\n  verbs: [kill]\n'
        '- name: kill a bill\n  code: "---"\n  verbs: [kill]\n  object: [bill]\n'
        '- name: with a clause\n  code: "010"\n  verbs: [note]\n  complement: [any]\n'
        '- name: note a protest\n  code: "114"\n  verbs: [note]\n  object: [protest]\n  target: [to]\n'))
    loaded = load_dictionaries([folder])
    assert [r.code for r in loaded.rules["kill"]] == ["---", "1823"]  # an object rule outranks the bare verb
    # "any clause" ranks below a named object, and a verb with such a rule is always framed
    assert [r.name for r in loaded.rules["note"]] == ["note a protest", "with a clause"]
    assert loaded.index["note"].needs_cue is False


def test_subject_rules_rank_with_object_rules(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: bare\n  code: "190"\n  verbs: [attack]\n'
        '- name: by hackers\n  code: "176"\n  verbs: [attack]\n  subject: [hacker, "suicide bomber"]\n'
        '- name: hackers on servers\n  code: "176"\n  verbs: [attack]\n  object: [server]\n  subject: [hacker]\n'
        '  target: ["of"]\n'))
    loaded = load_dictionaries([folder])
    assert [r.name for r in loaded.rules["attack"]] == ["hackers on servers", "by hackers", "bare"]
    rule = loaded.rules["attack"][1]
    assert [(s.head, s.modifiers) for s in rule.subjects] == [("hacker", ()), ("bomber", ("suicide",))]
    assert rule in loaded.index["attack"].by_subject


def test_a_receiving_rule_keeps_its_source_places(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: receive arms\n  code: "072"\n  verbs: [receive]\n  object: [arms]\n  source: [from]\n'))
    [rule] = load_dictionaries([folder]).rules["receive"]
    assert rule.sources == ("from",)


def test_noun_rules_take_objects_but_no_complements(tmp_path):
    folder = make_dict(tmp_path / "d", verbs=(
        '- name: deployment\n  code: "154"\n  nouns: [deployment]\n  target: [to]\n'
        '- name: police deployment\n  code: "153"\n  nouns: [deployment]\n  object: [police]\n  target: [to]\n'))
    [first, second] = load_dictionaries([folder]).noun_rules["deployment"]
    assert (first.name, second.name) == ("police deployment", "deployment")  # required objects come first
    bad = make_dict(tmp_path / "e", verbs='- name: x\n  code: "154"\n  nouns: [deployment]\n  complement: [go]\n')
    with pytest.raises(DictionaryError, match="takes no 'complement'"):
        load_dictionaries([bad])


def test_agent_plurals(tmp_path):
    folder = make_dict(tmp_path / "d", agents="soldier,MIL,,\npoliceman,COP,policemen,\npolice,COP,-,\n"
                                               "militia,UAF,,\nforeign ministry,GOV,,\narmed man,UAF,armed men,\n"
                                               "head of state,GOV,heads of state,\nriot officer,COP,officers,\n")
    agents = load_dictionaries([folder]).agents
    for form, role in [("soldiers", "MIL"), ("policemen", "COP"), ("militias", "UAF"),
                       ("foreignministries", "GOV"), ("police", "COP"), ("armedmen", "UAF"),
                       ("headsofstate", "GOV"), ("riotofficers", "COP")]:  # a one-word plural: the last word
        assert agents[form].role == role
    # a multi-word plural is written in full (it was read as the last word: "armed armed men")
    assert "polices" not in agents and "armedarmedmen" not in agents
    assert [english_plural(w) for w in ("party", "church", "day", "bus")] == ["parties", "churches", "days",
                                                                              "buses"]


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(DictionaryError, match="dictionary folder not found"):
        load_dictionaries([tmp_path / "nowhere"])


def test_every_pycountry_country_has_a_name_in_the_shipped_actors(dictionaries):
    import pycountry

    codes = {e.code for entries in dictionaries.actors.values() for e in entries}
    missing = [c.name for c in pycountry.countries if c.alpha_3 not in codes]
    assert missing == []


def test_demonyms_and_capitals(dictionaries):
    def code(phrase):
        return dictionaries.actors[phrase][0].code

    assert (code("nigerien"), code("nigerian"), code("congolese"), code("emirati")) == ("NER", "NGA", "COD", "ARE")
    assert (code("paris"), code("moscow"), code("thekremlin") if "thekremlin" in dictionaries.actors
            else code("kremlin")) == ("FRAGOV", "RUSGOV", "RUSGOV")
    assert code("ecowas") == "IGOWAFWAS" and code("wagner") == "RUSUAF"


def test_checker_rejects_unknown_country_codes(tmp_path):
    folder = make_dict(tmp_path / "d", actors="Nigeria,NIGGOV,,,\nECOWAS,IGOWAFWAS,,,\n")
    assert check_dictionaries([folder]) == [
        "d/actors/test.csv:2: 'Nigeria' has code NIGGOV, but NIG is no country code (ISO 3166 alpha-3 or CAMEO) "
        "and no organisation prefix (IGO, NGO…)"]


def test_every_cameo_code_has_a_rule_or_a_documented_reason(dictionaries):
    import re

    from eventcoder import cameo
    from eventcoder.dictionary import default_dictionary_dir

    coverage = (default_dictionary_dir() / "COVERAGE.md").read_text(encoding="utf-8")
    documented = {code for row in re.findall(r"^\| ([0-9, ]+) \|", coverage, flags=re.M)
                  for code in row.replace(" ", "").split(",")}
    used = {r.code for rules in (*dictionaries.rules.values(), *dictionaries.noun_rules.values()) for r in rules}
    assert sorted(set(cameo.codebook()) - used - documented) == []


def test_a_replacing_user_rule_takes_the_replaced_rules_place(tmp_path):
    base = make_dict(tmp_path / "base", verbs='- name: first\n  code: "111"\n  verbs: [slam]\n'
                                               '- name: second\n  code: "112"\n  verbs: [slam]\n')
    mine = make_dict(tmp_path / "mine", verbs='- name: first\n  code: "110"\n  verbs: [slam]\n')
    assert [r.code for r in load_dictionaries([base, mine]).rules["slam"]] == ["110", "112"]


def test_parsed_rule_files_are_cached_as_json_and_edits_invalidate(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(cache))
    folder = make_dict(tmp_path / "d", verbs='- name: x\n  code: "111"\n  verbs: [condemn]\n')
    first = load_dictionaries([folder]).rules["condemn"][0]
    [cached] = list((cache / "rules").glob("*.json"))
    again = load_dictionaries([folder]).rules["condemn"][0]
    assert (again.code, again.origin) == (first.code, first.origin) == ("111", "d/verbs/10_test.yml:1")
    cached.write_text("{not json", encoding="utf-8")  # a damaged cache entry is ignored
    assert load_dictionaries([folder]).rules["condemn"][0].code == "111"
    (folder / "verbs" / "10_test.yml").write_text('- name: x\n  code: "112"\n  verbs: [condemn]\n')
    assert load_dictionaries([folder]).rules["condemn"][0].code == "112"  # an edit is a new cache key


def test_the_cache_stays_bounded_as_files_are_edited(tmp_path, monkeypatch):
    import eventcoder.dictionary.loader as loader

    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(cache))
    monkeypatch.setattr(loader, "CACHE_LIMIT", 8)
    folder = make_dict(tmp_path / "d")
    for n in range(20):  # twenty edited versions of one rule file
        (folder / "verbs" / "10_test.yml").write_text(f'- name: x\n  code: "111"\n  verbs: [condemn{n}]\n')
        assert load_dictionaries([folder]).rules[f"condemn{n}"][0].code == "111"
    assert 0 < len(list((cache / "rules").glob("*.json"))) <= 8


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = make_dict(tmp_path / "d", verbs='- name: x\n  code: "111"\n  verbs: [condemn]\n')
    assert load_dictionaries([folder]).rules["condemn"][0].code == "111"
    assert not (tmp_path / "xdg").exists()


def test_validated_actor_files_are_cached_but_problems_never_are(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(cache))
    folder = make_dict(tmp_path / "d", actors="Niamey,NERGOV,,,capital\nBazoum,NERGOV,2021-04-02,2023-07-26,\n")
    first = load_dictionaries([folder]).actors["bazoum"][0]
    assert len(list((cache / "rules").glob("actors-*.json"))) == 1
    again = load_dictionaries([folder]).actors["bazoum"][0]
    assert (again.code, again.valid_until, again.origin) == (first.code, first.valid_until, "d/actors/test.csv:3")
    (folder / "actors" / "test.csv").write_text("phrase,code,from,until,note\nNiamey,nergov,,,\n", encoding="utf-8")
    for _ in range(2):  # a file with problems is reported on every load
        with pytest.raises(DictionaryError, match=r"test\.csv:2"):
            load_dictionaries([folder])
