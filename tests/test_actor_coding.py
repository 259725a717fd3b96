"""Actor coding through the real parser: countries, roles, organisations, armed groups, dated people."""

import pytest


def source_of(coder, text: str, date: str | None = None) -> list[str]:
    return [e.source for e in coder.code([text], dates=[date])]


@pytest.mark.parametrize(("subject", "code"), [
    ("Niger", "NER"),
    ("Nigeria", "NGA"),  # whole words only: "Niger" never matches inside "Nigeria"
    ("Ivory Coast", "CIV"),
    ("Burma", "MMR"),
    ("The Soviet Union", "USR"),
    ("Paris", "FRAGOV"),  # capitals and seats of power stand for the government
    ("The Kremlin", "RUSGOV"),
    ("The White House", "USAGOV"),
    ("Downing Street", "GBRGOV"),
    ("Nigerien soldiers", "NERMIL"),  # demonym + role
    ("Nigerian soldiers", "NGAMIL"),
    ("The French foreign ministry", "FRAGOV"),
    ("Malian rebels", "MLIREB"),
    ("Security forces", "---MIL"),
    ("The Nigerien government", "NERGOV"),  # a role already in the code is not added twice
    ("Congolese troops", "CODMIL"),
    ("Emirati officials", "AREGOV"),
    ("The Economic Community of West African States", "IGOWAFWAS"),
    ("The African Union", "IGOAFRAFU"),  # "Union" inside the name is not a labour role
    ("NATO", "IGONAT"),
    ("The International Monetary Fund", "IGOIMF"),
    ("Amnesty International", "NGOAMN"),
    ("Human Rights Watch", "NGOHRW"),
    ("Wagner", "RUSUAF"),
    ("Boko Haram militants", "NGAREB"),
])
def test_actor_kinds(coder, subject, code):
    assert source_of(coder, f"{subject} condemned Mali.") == [code]


@pytest.mark.parametrize(("date", "code"), [
    ("2023-07-25", "NERGOV"),  # day before the coup
    ("2023-07-26", "NERGOV"),  # coup day: last day of the dated range (ranges are inclusive)
    ("2023-07-27", "NERELI"),  # day after: the next row (ousted president)
])
def test_dated_people(coder, date, code):
    assert source_of(coder, "Mohamed Bazoum condemned Mali.", date) == [code]


@pytest.mark.parametrize(("date", "codes"), [
    ("2023-07-25", []),  # before the coup: no row fits and there is no default → no code, no event
    ("2023-07-26", ["NERMIL"]),  # first day of the range
    ("2024-01-01", ["NERMIL"]),
])
def test_junta_leader_from_the_coup(coder, date, codes):
    assert source_of(coder, "Abdourahamane Tchiani condemned Mali.", date) == codes


def test_people_without_a_date_take_the_current_row(coder):
    assert source_of(coder, "Mohamed Bazoum condemned Mali.") == ["NERELI"]


def test_title_and_name_do_not_double_the_role(coder):
    assert source_of(coder, "President Mohamed Bazoum condemned Mali.", "2023-01-10") == ["NERGOV"]


def test_compound_actors_give_one_event_each(coder):
    events = coder.code(["France, Germany and Britain condemned Mali."])
    assert sorted(e.source for e in events) == ["DEU", "FRA", "GBR"]


def test_apposition_resolves_the_actor(coder):
    events = coder.code(["Tchiani, the junta leader, condemned Mali."], dates=["2023-09-01"])
    assert [e.source for e in events] == ["NERMIL"]


@pytest.mark.parametrize(("subject", "code"), [
    ("The Islamic State group", "IMGMUSISI"),  # a name before a generic noun names the whole
    ("Wagner mercenaries", "RUSUAF"),  # a named group keeps its own role
    ("Nigerien officials", "NERGOV"),  # a nationality takes the role
    ("The Russian foreign ministry", "RUSGOV"),
])
def test_names_with_generic_and_role_heads(coder, subject, code):
    assert source_of(coder, f"{subject} condemned Mali.") == [code]


def test_national_places_and_craft_are_their_country(code_one):
    events = code_one("Turkish warplanes bombed a Syrian village near the border.")
    assert any(s == "TURMIL" and c.startswith("19") and t == "SYR" for s, c, t in events), events


def test_sponsors_and_leaders_of_groups(code_one):
    # "Russia-backed" rebels are not Russian; a "Saudi-led" coalition is Saudi
    assert code_one("Russia-backed separatist rebels attacked Ukrainian troops.") == [("---REB", "190", "UKRMIL")]
    assert any(s == "USA" and c.startswith("19") for s, c, _ in
               code_one("A US-led coalition bombed Islamic State positions."))


def test_conjoined_nationalities_and_groups_before_nouns(code_one):
    events = code_one("Indian and Pakistani troops exchanged fire across the Line of Control.")
    assert {(s, t) for s, c, t in events if c.startswith("19")} == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}
    assert code_one("The Sudanese army shelled RSF positions in Omdurman.") == [("SDNMIL", "194", "SDNREB")]


def test_role_nouns_take_the_country_they_are_in(code_one):
    assert code_one("The United Nations sent food to civilians in Gaza.") == [("IGOUNO", "073", "GZSCVL")]
    assert code_one("The EU provided aid to refugees from Syria.") == [("IGOEUREEC", "070", "SYRREF")]


def test_state_bodies_as_sources_take_the_country_they_act_in(code_one):
    assert code_one("Police arrested protesters in Nairobi.") == [("KENCOP", "173", "KENCVL")]
    assert code_one("In Venezuela, authorities arrested opposition leader Juan Pablo Guanipa.") == [
        ("VENGOV", "173", "VENOPP")]
    # soldiers only where the place opens the clause; gunmen never (who attacks in a country is often not of it)
    assert code_one("In Togo, security forces arrested dozens of protesters.") == [("TGOMIL", "173", "TGOCVL")]
    assert code_one("Gunmen killed ten villagers in northern Burkina Faso.") == [("---UAF", "1823", "BFACVL")]


def test_one_noun_phrase_split_by_the_parser_is_one_source(code_one):
    # the parser gives "said"/"criticized" two subjects: [Ukrainian Defence] [Minister Rustem Umerov]
    assert code_one("Ukrainian Defence Minister Rustem Umerov criticized Russia.") == [("UKRGOV", "111", "RUS")]
    assert code_one("Mexican president Enrique Peña Nieto has cancelled a planned visit to the White House.") == [
        ("MEXGOV", "160", "USAGOV")]
    assert code_one("France and Germany condemned Russia.") == [("FRA", "111", "RUS"), ("DEU", "111", "RUS")]


def test_a_surname_alone_refers_to_a_person_named_in_full_earlier(code_one):
    text = ("Sierra Leone President Julius Maada Bio chaired the ECOWAS summit in Abuja. "
            "Bio urged Niger to return to the bloc.")
    assert ("SLEGOV", "020", "NER") in code_one(text, "2025-06-01")
    assert code_one("Bio urged Niger to return to the bloc.", "2025-06-01") == []  # no full name before
    # East Asian names give the family name first
    assert code_one("Taiwan President Lai Ching-te condemned the drills. China accused Lai of provoking "
                    "tensions.", "2025-06-01") == [("CHN", "112", "TWNGOV")]
    # suffixes are skipped: "Ferdinand Marcos Jr." is "Marcos"
    assert ("PHLGOV", "111", "CHN") in code_one("Philippine President Ferdinand Marcos Jr. hosted Shigeru Ishiba. "
                                                "Marcos criticized China.", "2025-06-01")
    # a piece of a hyphenated name is no surname
    assert code_one("Taiwan President Lai Ching-te visited Paraguay. Te criticized China.", "2025-06-01") == [
        ("TWNGOV", "042", "PRY")]


def test_a_title_the_parser_attaches_as_nmod_desc_keeps_its_country(code_one):
    # "[Algeria's President] Abdelaziz Bouteflika": the title hangs on the name as nmod:desc
    assert code_one("Algeria's President Abdelaziz Bouteflika condemned France.") == [("DZAGOV", "111", "FRA")]


def test_subjects_split_out_of_one_phrase_sharing_a_word_are_one_source(code_one):
    # parsed as two subjects: "[Taiwan's President]" and "[President Lai Ching]-te"
    assert code_one("Taiwan's President Lai Ching-te visited Paraguay.", "2025-06-01") == [("TWNGOV", "042", "PRY")]


def test_conjoined_countries_in_compounds_and_of_phrases(code_one):
    events = code_one("The armies of Brazil and Argentina performed joint military exercises.")
    assert {(s, t) for s, c, t in events if c == "062"} == {("BRAMIL", "ARGMIL"), ("ARGMIL", "BRAMIL")}


def test_an_acronym_is_not_a_place_written_otherwise(code_one):
    # "GAO" (the US Government Accountability Office) is not Gao in Mali; names written in capitals still match
    assert code_one("The GAO criticized Iran.") == []
    assert code_one("Jihadists attacked the army in Gao.") == [("---REB", "190", "MLIMIL")]
    assert code_one("The IAEA criticized Iran.") == [("IGOUNOIAE", "111", "IRN")]


@pytest.mark.parametrize(("subject", "code"), [
    # a known person, then the rest of the name in full
    ("Saudi King Salman bin Abdulaziz Al Saud", "SAUGOV"),
    # a known office before a former holder, who has no row for an undated text
    ("United Nations Human Rights Commissioner Michelle Bachelet", "IGOUNOHCH"),
    ("The Grand Mufti of Egypt", "EGYREL"),  # religious titles
    ("Chad Smith", None),  # a country at the start of a name does not stretch over it
])
def test_known_names_stretch_over_the_rest_of_a_name(coder, subject, code):
    assert source_of(coder, f"{subject} condemned Mali.") == ([code] if code else [])


@pytest.mark.parametrize(("subject", "code"), [
    ("President Duterte", "PHLGOV"),  # every row has ended: the one that ended last
    ("Prime Minister Shinzo Abe", "JPNGOV"),  # a title picks the row of its role …
    ("Shinzo Abe", "JPNELI"),  # … without one, the row that ended last
    ("Chancellor Angela Merkel", "DEUGOV"),
    ("Former U.S. President Barack Obama", "USAELI"),  # "former" before the title: the elite row
    ("President Barack Obama", "USAGOV"),  # (the open-ended row is USAELI)
    ("European Commission President Jean-Claude Juncker", "IGOEUREEC"),  # the body before the title, not LUXGOV
    ("UN Secretary General Antonio Guterres", "IGOUNO"),  # the body's own row, not IGOUNOHCR
])
def test_people_in_an_undated_text(coder, subject, code):
    assert source_of(coder, f"{subject} condemned Mali.") == [code]


def test_a_dated_text_keeps_the_row_of_the_date(coder):
    assert source_of(coder, "Prime Minister Shinzo Abe condemned Mali.", "2021-01-01") == ["JPNELI"]
    assert source_of(coder, "President Duterte condemned Mali.", "2023-01-01") == ["---GOV"]


@pytest.mark.parametrize(("text", "code"), [
    ("Officials from Mali condemned France.", "MLIGOV"),  # a subject's "from" phrase says whom it acts for
    ("A delegation from China condemned France.", "CHNGOV"),
    ("Troops from the United States condemned France.", "USAMIL"),
    ("Diplomats at the UN condemned France.", "IGOUNO"),  # "at" an organisation they work for
    ("Protesters at the Capitol condemned France.", "---CVL"),  # not at a place
])
def test_people_from_a_country_act_for_it(coder, text, code):
    assert source_of(coder, text) == [code]


def test_a_from_phrase_on_an_object_is_not_its_country(code_one):
    # parsers hang the verb's "from" phrase on the object: the troops are the US's, Iraq is where they left
    assert code_one("The US pulled troops from Iraq.") == [("USA", "0874", "IRQ")]


def test_an_abbreviation_that_ends_the_sentence_keeps_its_name(code_one):
    # the tokenizer gives the final period of "U.K." to the sentence
    assert code_one("France lifted its blockade of the U.K.") == [("FRA", "0872", "GBR")]
    assert code_one("Iran condemned the U.N") == [("IRN", "111", "IGOUNO")]


def test_hyphens_do_not_matter_in_names_and_fragments_are_no_words(parser, dictionaries, code_one):
    from eventcoder import Coder
    from eventcoder.normalize import key

    assert key("Guinea-Bissau") == key("Guinea Bissau") and key("Vice-President") == key("vice president")
    assert code_one("The UN Security Council imposed sanctions on Guinea Bissau.") == [("IGOUNO", "163", "GNB")]
    # "-party" (of "six-party", split by the tokenizer) is a fragment, not the role "party"
    loose = Coder(dictionaries, parser=parser, require_target=False)
    [event] = loose.code(["North Korea announced that it will withdraw from six-party proliferation talks."])
    assert (event.source, event.target) == ("PRK", "")


@pytest.mark.parametrize(("text", "expected"), [
    # a capital before another role is the country with that role (alone it is the government)
    ("Moscow police detained 50 protesters.", ("RUSCOP", "173", "RUSCVL")),
    ("Kremlin officials criticized the EU.", ("RUSGOV", "111", "IGOEUREEC")),
    # forces deployed in a passive were sent by their own country
    ("Russian troops were deployed to Kazakhstan.", ("RUSMIL", "154", "KAZ")),
    ("French troops were sent to Mali.", ("FRAMIL", "154", "MLI")),
])
def test_capitals_with_roles_and_forces_sent_in_a_passive(code_one, text, expected):
    assert code_one(text) == [expected]


def test_a_group_name_before_a_generic_or_plural_noun_keeps_its_code(code_one):
    # the name right before "group", not the country that owns it
    assert code_one("Lebanon's Iran-backed Hezbollah group fired rockets at northern Israel.") == [
        ("LBNREBHEZ", "194", "ISR")]
    # a group coded under a state role keeps its whole code before a plural noun
    assert ("USAGOV", "040", "AFGGOVTAL") in code_one("US envoy Zalmay Khalilzad met Taliban representatives in Doha.")


def test_a_relative_is_not_the_politician_of_the_surname(parser, dictionaries, code_one):
    from eventcoder import Coder

    loose = Coder(dictionaries, parser=parser, unknown_actors=True)
    # an unknown first name before a surname row is someone else of the family …
    [event] = loose.code(["Police arrested Duduzile Zuma in Durban."])
    assert event.target == "---"
    # … but not a title, an honorific, or another spelling of the person's own first name
    assert code_one("Mr Biden met Netanyahu.", "2023-05-01")[0] == ("USAGOV", "040", "ISRGOV")
    assert code_one("Foreign Minister Sergey Lavrov met Netanyahu.", "2023-05-01")[0] == ("RUSGOV", "040", "ISRGOV")


def test_a_name_with_in_and_a_place_is_one_name(code_one):
    assert code_one("The Islamic Resistance in Iraq claimed a drone attack on a US base in Syria.") == [
        ("IRQUAF", "015", "USA")]
    assert code_one("The Islamic State in Somalia attacked a police post.") == [("SOMREBISI", "190", "---COP")]


def test_business_magnates_and_intelligence_officers_have_roles(code_one):
    assert code_one("Britain imposed sanctions on Russian oligarch Roman Abramovich.") == [("GBR", "163", "RUSBUS")]


@pytest.mark.parametrize(("text", "expected"), [
    # states, provinces and cities of the big English-news countries are their country (places.csv)
    ("The Texas governor criticised the federal government.", ("USAGOV", "111", "---GOV")),
    ("The governor of California sued the Trump administration.", ("USAGOV", "115", "USAGOV")),
    ("Chicago police arrested dozens of protesters on Monday.", ("USACOP", "173", "USACVL")),
    ("Washington DC police arrested 15 protesters.", ("USACOP", "173", "USACVL")),
    ("Police in Kerala arrested 20 protesters.", ("INDCOP", "173", "INDCVL")),
    ("Protesters in Bihar attacked a police station.", ("INDCVL", "145", "---COP")),
    ("Police in Sydney arrested a man over the stabbing.", ("AUSCOP", "173", "AUSCVL")),
    ("The Victorian government criticised the federal government.", ("AUSGOV", "111", "AUSGOV")),
    ("The Quebec government criticised Ottawa.", ("CANGOV", "111", "CANGOV")),
    ("Police in Shanghai detained several protesters.", ("CHNCOP", "173", "CHNCVL")),
    ("Gunmen killed 10 people in Chihuahua.", ("---UAF", "1823", "MEXCVL")),
    ("Brazilian police raided homes in Rio de Janeiro.", ("BRACOP", "170", "BRA")),
    # "Georgia" stays the country; a name that contains a place is not the place
    ("Police in Georgia arrested protesters.", ("GEOCOP", "173", "GEOCVL")),
    ("The Venice Commission criticised Georgia's foreign agents law.", ("IGOEURCOE", "111", "GEO")),
])
def test_sub_national_places_of_large_countries_are_their_country(code_one, text, expected):
    assert code_one(text) == [expected]
