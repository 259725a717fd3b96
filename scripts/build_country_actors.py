#!/usr/bin/env python3
"""Build ``dictionaries/actors/countries.csv``: country, region, demonym and capital names → CAMEO codes.

Run from anywhere (``python scripts/build_country_actors.py``); the output is deterministic, so re-running it
on the same pycountry version rewrites the same file. The generated CSV is committed; edit the data tables
below (not the CSV) and re-run.

Sources, in order of precedence (the first row for a phrase wins; a later row with the same phrase and a
different code is an error unless the phrase is listed in ``AMBIGUOUS`` with the code chosen for it):

1. ``DATED``          phrases whose meaning changes with the date (few; they carry from/until)
2. ``INSTITUTIONS``   seats of power and state bodies used as metonyms ("Kremlin" → RUSGOV, "Pentagon" → USAMIL)
3. ``NON_ISO``        CAMEO-specific, historical and regional codes (KSV, USR, YUG, DDR, CSK, WSB, GZS, AFR, WAF…)
4. ``CURATED``        short and common names used in news, former names, and a few "blockers" (see below)
5. pycountry          every ``pycountry.countries`` entry: name, common_name, official_name → ISO alpha-3
6. ``DEMONYMS``       adjectives and people nouns ("Nigerien", "Nigeriens" → NER)
7. ``CAPITALS``       capitals (and seats of government) used for the government → country + GOV

Codes: CAMEO country codes are ISO 3166-1 alpha-3 for current ISO countries (as pycountry has them). Where the
GDELT CAMEO country list still uses an older code (ROM, MTN, TMP, IMY) the ISO code is used and the note names
the legacy code. Blockers are longer names that must not be read as the shorter country inside them: "New
Mexico" (USA, not MEX), "New Jersey" (USA, not JEY), "New Guinea" (PNG, not GIN), "Niger Delta" (NGA, not NER),
"Gulf of Guinea" and "Lake Chad" (region WAF). Matching is longest-name-first, so these win.

Phrases are compared the way the matcher compares them (``eventcoder.normalize.key``: case, accents and spaces
ignored), so "Côte d'Ivoire" and "Cote d'Ivoire" are one phrase and only one row is written.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eventcoder.normalize import key  # noqa: E402  (the matcher's own key, so duplicates are judged alike)

OUT = ROOT / "dictionaries" / "actors" / "countries.csv"

# --- codes --------------------------------------------------------------------------------------------------

# ISO alpha-3 code → the code GDELT's CAMEO country list uses instead (recorded in notes; ISO code is emitted).
LEGACY_CAMEO = {"ROU": "ROM", "MNE": "MTN", "TLS": "TMP", "IMN": "IMY"}

# pycountry names that are inverted ("Korea, Republic of") or carry a parenthesis: the forms news uses.
# An empty list drops the name (the common/official name already covers it).
NAME_FIXES: dict[str, list[str]] = {
    "Bolivia, Plurinational State of": [],
    "Congo, The Democratic Republic of the": ["Democratic Republic of the Congo"],
    "Cocos (Keeling) Islands": ["Cocos Islands", "Keeling Islands"],
    "Falkland Islands (Malvinas)": ["Falkland Islands"],
    "Holy See (Vatican City State)": ["Holy See", "Vatican City State"],
    "Iran, Islamic Republic of": [],
    "Korea, Democratic People's Republic of": [],
    "Korea, Republic of": ["Republic of Korea"],
    "Micronesia, Federated States of": [],
    "Moldova, Republic of": [],
    "Palestine, State of": ["State of Palestine"],
    "Saint Martin (French part)": ["Saint Martin"],
    "Sint Maarten (Dutch part)": ["Sint Maarten"],
    "Taiwan, Province of China": [],
    "Tanzania, United Republic of": [],
    "Venezuela, Bolivarian Republic of": [],
    "Virgin Islands, British": [],
    "Virgin Islands, U.S.": [],
    # lists, not inversions: kept as written
    "Bonaire, Sint Eustatius and Saba": ["Bonaire, Sint Eustatius and Saba"],
    "Saint Helena, Ascension and Tristan da Cunha": ["Saint Helena, Ascension and Tristan da Cunha"],
}

# Phrases that could mean more than one code: the code chosen, and why (goes into the note).
AMBIGUOUS: dict[str, tuple[str, str]] = {
    "Congo": ("COD", "ambiguous: bare 'Congo' in news (AP style) means DR Congo; Republic of the Congo is COG"),
    "Congolese": ("COD", "ambiguous: also Republic of the Congo (COG); DR Congo is the common news reading"),
    "Guinean": ("GIN", "ambiguous: also Equatorial Guinea, Guinea-Bissau, Papua New Guinea (longer names win)"),
    "Guineans": ("GIN", "ambiguous: also Equatorial Guinea, Guinea-Bissau, Papua New Guinea"),
    "Korea": ("KOR", "ambiguous: North Korea is PRK; bare 'Korea' mostly means South Korea"),
    "Korean": ("KOR", "ambiguous: North Korean is PRK; bare 'Korean' mostly means South Korean"),
    "Koreans": ("KOR", "ambiguous: North Koreans is PRK"),
    "Sudanese": ("SDN", "ambiguous: South Sudanese is SSD (longer name wins)"),
    "Dominican": ("DOM", "ambiguous: also the demonym of Dominica (DMA); Dominican Republic is far more frequent"),
    "Dominicans": ("DOM", "ambiguous: also people of Dominica (DMA)"),
    "Macedonia": ("MKD", "ambiguous: also the Greek region; former name of North Macedonia"),
    "Macedonian": ("MKD", "ambiguous: also Greek Macedonians"),
    "Macedonians": ("MKD", "ambiguous: also Greek Macedonians"),
    "Micronesia": ("FSM", "ambiguous: also the Pacific region"),
    "Micronesian": ("FSM", "ambiguous: also the Pacific region"),
    "Central African": ("CAF", "ambiguous: also the region Central Africa (CFR); the demonym reading is chosen"),
    "Central Africans": ("CAF", "ambiguous: also people of the region Central Africa (CFR)"),
    "Samoan": ("WSM", "ambiguous: American Samoan is ASM"),
}

# --- 1. dated phrases ---------------------------------------------------------------------------------------

DATED = [  # (phrase, code, from, until, note)
    ("Sanaa", "YEMGOV", "", "2014-09-20", "capital used for the government (until the Houthi takeover)"),
    ("Sanaa", "YEMREB", "2014-09-21", "", "Houthi-held capital since 2014-09-21: read as the Houthis (YEMREB)"),
    ("Sana'a", "YEMGOV", "", "2014-09-20", "capital used for the government (until the Houthi takeover)"),
    ("Sana'a", "YEMREB", "2014-09-21", "", "Houthi-held capital since 2014-09-21: read as the Houthis (YEMREB)"),
    ("Serbia and Montenegro", "SCG", "2003-02-04", "2006-06-05", "historical (2003-2006)"),
    # "Yugoslavia" in 1992-2003 news is the Federal Republic (Serbia and Montenegro), not the SFRY
    *[(phrase, code, start, end, note)
      for phrase in ("Yugoslavia", "Yugoslav", "Yugoslavian", "Yugoslavians", "Yugoslavs")
      for code, start, end, note in (
          ("YUG", "", "1992-04-27", "Socialist Federal Republic of Yugoslavia (until 1992-04-27)"),
          ("FRY", "1992-04-28", "2003-02-03", "Federal Republic of Yugoslavia (1992-04-28 to 2003-02-03)"),
          ("YUG", "2003-02-04", "", "after 2003: the former (Socialist Federal) Republic, named in retrospect"))],
]

# --- 2. seats of power and state bodies ---------------------------------------------------------------------

INSTITUTIONS = [  # (code, phrases, note)
    ("USAGOV", ["White House", "Oval Office", "Foggy Bottom", "State Department"], "seat of power used as metonym"),
    ("USAMIL", ["Pentagon"], "US Department of Defense"),
    ("USALEG", ["Capitol Hill"], "US Congress"),
    ("USASPY", ["CIA", "Central Intelligence Agency"], "US intelligence"),
    ("USACOP", ["FBI", "Federal Bureau of Investigation"], "US federal police"),
    ("RUSGOV", ["Kremlin"], "seat of power used as metonym"),
    ("RUSLEG", ["State Duma", "Duma"], "Russian parliament"),
    ("RUSSPY", ["FSB", "GRU"], "Russian intelligence services"),
    ("USRSPY", ["KGB"], "Soviet intelligence service"),
    ("GBRGOV", ["Downing Street", "Whitehall"], "seat of power used as metonym"),
    ("GBRLEG", ["Westminster"], "UK parliament (metonym)"),
    ("GBRSPY", ["MI6", "MI5"], "UK intelligence services"),
    ("FRAGOV", ["Élysée", "Élysée Palace", "Quai d'Orsay", "Matignon"], "seat of power used as metonym"),
    ("CHNGOV", ["Zhongnanhai"], "seat of power used as metonym"),
    ("CHNMIL", ["People's Liberation Army", "PLA"], "Chinese armed forces"),
    ("DEULEG", ["Bundestag"], "German parliament"),
    ("DEUMIL", ["Bundeswehr"], "German armed forces"),
    ("ISRLEG", ["Knesset"], "Israeli parliament"),
    ("ISRMIL", ["Israel Defense Forces", "Israel Defence Forces", "Israeli Defense Forces", "IDF"],
     "Israeli armed forces"),
    ("ISRSPY", ["Mossad", "Shin Bet"], "Israeli intelligence services"),
    ("IRNMIL", ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Quds Force"],
     "Iranian Revolutionary Guards (state armed force)"),
    ("PAKSPY", ["Inter-Services Intelligence", "ISI"], "Pakistani intelligence service"),
    ("MMRMIL", ["Tatmadaw"], "Myanmar armed forces"),
    ("CODMIL", ["FARDC"], "DR Congo armed forces"),
    ("MLIMIL", ["FAMa"], "Malian armed forces"),
    ("PSEGOV", ["Palestinian Authority"], "Palestinian government (West Bank)"),
    ("KORGOV", ["Blue House"], "South Korean presidential office (metonym)"),
    ("UKRGOV", ["Bankova"], "Ukrainian presidential office (metonym)"),
    ("ARGGOV", ["Casa Rosada"], "seat of power used as metonym"),
    ("BRAGOV", ["Planalto"], "seat of power used as metonym"),
    ("VENGOV", ["Miraflores"], "seat of power used as metonym"),
    ("NGAGOV", ["Aso Rock"], "seat of power used as metonym"),
    ("ZAFGOV", ["Union Buildings"], "seat of power used as metonym"),
    ("MLIGOV", ["Koulouba"], "seat of power used as metonym"),
    ("BFAGOV", ["Kosyam"], "seat of power used as metonym"),
    ("ITAGOV", ["Palazzo Chigi"], "seat of power used as metonym"),
    ("ESPGOV", ["Moncloa"], "seat of power used as metonym"),
    ("USAMED", ["Washington Post"], "newspaper; listed so that 'Washington' inside it is not read as USAGOV"),
]

# --- 3. CAMEO-specific, historical and regional codes -------------------------------------------------------

NON_ISO = [  # (code, phrases, note)
    ("KSV", ["Kosovo", "Republic of Kosovo"], "CAMEO/Phoenix code for Kosovo (no ISO 3166-1 code)"),
    ("USR", ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     "historical; CAMEO code USR (ISO 3166-3 former code SUN)"),
    ("YUG", ["Yugoslavia", "Socialist Federal Republic of Yugoslavia"], "historical"),
    ("FRY", ["Federal Republic of Yugoslavia"], "historical (1992-2003)"),
    ("SCG", ["Serbia and Montenegro"], "historical (2003-2006)"),
    ("CSK", ["Czechoslovakia"], "historical"),
    ("DDR", ["East Germany", "German Democratic Republic", "GDR"], "historical"),
    ("ANT", ["Netherlands Antilles"], "historical (dissolved 2010)"),
    ("WSB", ["West Bank"], "CAMEO sub-national code (ISO: part of PSE)"),
    ("GZS", ["Gaza", "Gaza Strip", "Gaza City"], "CAMEO sub-national code (ISO: part of PSE)"),
    ("AFR", ["Africa", "Sub-Saharan Africa"], "CAMEO region"),
    ("ASA", ["Asia"], "CAMEO region"),
    ("BLK", ["Balkans", "Western Balkans"], "CAMEO region"),
    ("CRB", ["Caribbean"], "CAMEO region"),
    ("CAU", ["Caucasus", "South Caucasus", "North Caucasus"], "CAMEO region"),
    ("CFR", ["Central Africa"], "CAMEO region"),
    ("CAS", ["Central Asia"], "CAMEO region"),
    ("CEU", ["Central Europe"], "CAMEO region"),
    ("EIN", ["East Indies"], "CAMEO region"),
    ("EAF", ["East Africa", "Eastern Africa", "Horn of Africa"], "CAMEO region"),
    ("EEU", ["Eastern Europe"], "CAMEO region"),
    ("EUR", ["Europe", "Western Europe"], "CAMEO region (no separate code for Western Europe)"),
    ("LAM", ["Latin America", "Central America"], "CAMEO region (Central America has no code of its own)"),
    ("MEA", ["Middle East", "Mideast", "Levant"], "CAMEO region"),
    ("MDT", ["Mediterranean"], "CAMEO region"),
    ("NAF", ["North Africa", "Maghreb"], "CAMEO region"),
    ("NMR", ["North America"], "CAMEO region"),
    ("PGS", ["Persian Gulf", "Gulf states", "Gulf Arab states", "Gulf countries"], "CAMEO region"),
    ("SCN", ["Scandinavia", "Nordic countries"], "CAMEO region"),
    ("SAM", ["South America"], "CAMEO region"),
    ("SAS", ["South Asia"], "CAMEO region"),
    ("SEA", ["Southeast Asia", "South-East Asia"], "CAMEO region"),
    ("SAF", ["Southern Africa"], "CAMEO region"),
    ("WAF", ["West Africa", "Sahel", "Gulf of Guinea", "Lake Chad", "Lake Chad Basin"],
     "CAMEO region West Africa (Sahel, Gulf of Guinea and Lake Chad have no code of their own)"),
    ("WST", ["Western powers", "Western countries", "Western nations", "Western allies"],
     "CAMEO region 'the West' (bare 'West'/'Western' not listed: too many false hits)"),
]

# --- 4. curated common names, former names, blockers --------------------------------------------------------

CURATED = [  # (code, phrases, note)
    ("USA", ["United States of America", "U.S.A.", "USA", "U.S."], "short form"),
    ("USA", ["US"], "short form (the pronoun 'us' is a PRON, never read as a name head)"),
    ("USA", ["America"], "short form (also the continent; longer region names win)"),
    ("USA", ["New Mexico"], "US state; listed so that 'Mexico' (MEX) inside it is not matched"),
    ("USA", ["New Jersey"], "US state; listed so that 'Jersey' (JEY) inside it is not matched"),
    ("GBR", ["UK", "U.K.", "Britain", "Great Britain"], "short form"),
    ("GBR", ["England", "Scotland", "Wales", "Northern Ireland"], "constituent country of the UK"),
    ("RUS", ["Russia"], "short form"),
    ("IRN", ["Iran"], "short form"),
    ("IRN", ["Persia"], "former name"),
    ("SYR", ["Syria"], "short form"),
    ("KOR", ["South Korea", "ROK", "Korea"], "short form"),
    ("PRK", ["North Korea", "DPRK"], "short form"),
    ("CIV", ["Ivory Coast"], "English name"),
    ("MMR", ["Burma"], "former name, still used"),
    ("BFA", ["Burkina"], "short form, common in West African and French-language news (and what is left when "
                         "a parser splits 'Burkina Faso' in a list)"),
    ("COD", ["Congo"], "short form"),
    ("COD", ["DR Congo", "D.R. Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"], "short form"),
    ("COD", ["Zaire"], "former name (1971-1997)"),
    ("COG", ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"], "short form"),
    ("CZE", ["Czech Republic"], "short form"),
    ("TUR", ["Turkey"], "short form (also the bird; accepted risk)"),
    ("VAT", ["Vatican", "Vatican City"], "short form"),
    ("LAO", ["Laos"], "short form"),
    ("VNM", ["Vietnam"], "short form"),
    ("TWN", ["Taiwan"], "short form"),
    ("TWN", ["Republic of China"], "official name of Taiwan (People's Republic of China is CHN)"),
    ("TWN", ["Formosa"], "former name"),
    ("CHN", ["PRC", "mainland China"], "short form"),
    ("PSE", ["Palestine", "Palestinian territories", "Palestinian Territory", "Occupied Palestinian Territories",
             "Occupied Palestinian Territory"], "short form"),
    ("PSE", ["East Jerusalem"], "occupied Palestinian territory in UN usage; listed so that 'Jerusalem' (ISRGOV) "
                                "is not matched inside it"),
    ("SWZ", ["Swaziland"], "former name (until 2018)"),
    ("MKD", ["Macedonia"], "former name (until 2019)"),
    ("MKD", ["FYROM", "Former Yugoslav Republic of Macedonia"], "former name"),
    ("CPV", ["Cape Verde"], "English name"),
    ("TLS", ["East Timor"], "English name"),
    ("NLD", ["Holland"], "informal name"),
    ("DEU", ["West Germany"], "historical (Federal Republic of Germany before 1990)"),
    ("ZWE", ["Rhodesia"], "former name"),
    ("THA", ["Siam"], "former name"),
    ("LKA", ["Ceylon"], "former name"),
    ("BFA", ["Upper Volta"], "former name"),
    ("BEN", ["Dahomey"], "former name"),
    ("KHM", ["Kampuchea"], "former name"),
    ("ETH", ["Abyssinia"], "former name"),
    ("BIH", ["Bosnia", "Bosnia-Herzegovina"], "short form"),
    ("TTO", ["Trinidad"], "short form"),
    ("ATG", ["Antigua"], "short form"),
    ("KNA", ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"], "short form"),
    ("LCA", ["St Lucia", "St. Lucia"], "short form"),
    ("VCT", ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent"], "short form"),
    ("FLK", ["Falklands", "Malvinas"], "short form ('Malvinas' is the Argentine name)"),
    ("VIR", ["US Virgin Islands", "U.S. Virgin Islands"], "short form"),
    ("ARE", ["UAE", "U.A.E."], "short form"),
    ("SAU", ["KSA"], "short form"),
    ("MAC", ["Macau"], "spelling variant"),
    ("FSM", ["Micronesia"], "short form"),
    ("BRN", ["Brunei"], "short form"),
    ("SOM", ["Somaliland"], "self-declared state without a CAMEO code; coded as Somalia"),
    ("ESH", ["Sahrawi Arab Democratic Republic"], "state proclaimed by the Polisario Front for Western Sahara"),
    ("PNG", ["New Guinea"], "island; listed so that 'Guinea' (GIN) is not matched inside it"),
    ("NGA", ["Niger Delta"], "region of Nigeria; listed so that 'Niger' (NER) is not matched inside it"),
    ("GEO", ["Georgia"], "also a US state (accepted risk)"),
    ("JOR", ["Jordan"], "also a personal name and a river (accepted risk)"),
    ("TCD", ["Chad"], "also a personal name (accepted risk)"),
    ("JEY", ["Jersey"], "also a garment and part of 'New Jersey' (listed as USA)"),
]

# --- 6. demonyms --------------------------------------------------------------------------------------------
# code → forms; a trailing "*" also emits the plural with "s" ("Nigerian*" → Nigerian, Nigerians).

DEMONYMS: dict[str, list[str]] = {
    "AFG": ["Afghan*"], "ALB": ["Albanian*"], "DZA": ["Algerian*"], "AND": ["Andorran*"], "AGO": ["Angolan*"],
    "ATG": ["Antiguan*", "Barbudan*"], "ARG": ["Argentine*", "Argentinian*", "Argentinean*"],
    "ARM": ["Armenian*"], "AUS": ["Australian*"], "AUT": ["Austrian*"], "AZE": ["Azerbaijani*", "Azeri*"],
    "BHS": ["Bahamian*"], "BHR": ["Bahraini*"], "BGD": ["Bangladeshi*"], "BRB": ["Barbadian*", "Bajan*"],
    "BLR": ["Belarusian*", "Belarussian*", "Byelorussian*"], "BEL": ["Belgian*"], "BLZ": ["Belizean*"],
    "BEN": ["Beninese"], "BTN": ["Bhutanese"], "BOL": ["Bolivian*"], "BIH": ["Bosnian*"],
    "BWA": ["Botswanan*", "Motswana", "Batswana"], "BRA": ["Brazilian*"], "BRN": ["Bruneian*"],
    "BGR": ["Bulgarian*"], "BFA": ["Burkinabe", "Burkinabes"], "BDI": ["Burundian*"],
    "CPV": ["Cape Verdean*", "Cabo Verdean*"], "KHM": ["Cambodian*"], "CMR": ["Cameroonian*"],
    "CAN": ["Canadian*"], "CAF": ["Central African*"], "TCD": ["Chadian*"], "CHL": ["Chilean*"],
    "CHN": ["Chinese"], "COL": ["Colombian*"], "COM": ["Comorian*", "Comoran*"], "COD": ["Congolese"],
    "CRI": ["Costa Rican*"], "CIV": ["Ivorian*"], "HRV": ["Croatian*", "Croat*"], "CUB": ["Cuban*"],
    "CYP": ["Cypriot*", "Greek Cypriot*", "Turkish Cypriot*"], "CZE": ["Czech*"], "DNK": ["Danish", "Dane*"],
    "DJI": ["Djiboutian*"], "DOM": ["Dominican*"], "ECU": ["Ecuadorian*", "Ecuadoran*", "Ecuadorean*"],
    "EGY": ["Egyptian*"],
    "SLV": ["Salvadoran*", "Salvadorean*"], "GNQ": ["Equatorial Guinean*", "Equatoguinean*"],
    "ERI": ["Eritrean*"], "EST": ["Estonian*"], "SWZ": ["Swazi*"], "ETH": ["Ethiopian*"], "FJI": ["Fijian*"],
    "FIN": ["Finnish", "Finn*"], "FRA": ["French"], "GAB": ["Gabonese"], "GMB": ["Gambian*"],
    "GEO": ["Georgian*"], "DEU": ["German*"], "GHA": ["Ghanaian*"], "GRC": ["Greek*", "Hellenic"],
    "GRD": ["Grenadian*"], "GTM": ["Guatemalan*"], "GIN": ["Guinean*"], "GNB": ["Bissau-Guinean*"],
    "GUY": ["Guyanese"], "HTI": ["Haitian*"], "HND": ["Honduran*"], "HUN": ["Hungarian*"],
    "ISL": ["Icelandic", "Icelander*"], "IND": ["Indian*"], "IDN": ["Indonesian*"], "IRN": ["Iranian*"],
    "IRQ": ["Iraqi*"], "IRL": ["Irish"], "ISR": ["Israeli*"], "ITA": ["Italian*"], "JAM": ["Jamaican*"],
    "JPN": ["Japanese"], "JOR": ["Jordanian*"], "KAZ": ["Kazakh*", "Kazakhstani*"], "KEN": ["Kenyan*"],
    "KIR": ["I-Kiribati"], "KOR": ["Korean*", "South Korean*"], "PRK": ["North Korean*"], "KWT": ["Kuwaiti*"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani*"], "LAO": ["Lao", "Laotian*"], "LVA": ["Latvian*"], "LBN": ["Lebanese"],
    "LSO": ["Basotho", "Mosotho"], "LBR": ["Liberian*"], "LBY": ["Libyan*"], "LIE": ["Liechtensteiner*"],
    "LTU": ["Lithuanian*"], "LUX": ["Luxembourger*", "Luxembourgish"], "MDG": ["Malagasy"],
    "MWI": ["Malawian*"], "MYS": ["Malaysian*"], "MDV": ["Maldivian*"], "MLI": ["Malian*"], "MLT": ["Maltese"],
    "MHL": ["Marshallese"], "MRT": ["Mauritanian*"], "MUS": ["Mauritian*"], "MEX": ["Mexican*"],
    "FSM": ["Micronesian*"], "MDA": ["Moldovan*"], "MCO": ["Monegasque*"], "MNG": ["Mongolian*"],
    "MNE": ["Montenegrin*"], "MAR": ["Moroccan*"], "MOZ": ["Mozambican*"], "MMR": ["Burmese"],
    "NAM": ["Namibian*"], "NRU": ["Nauruan*"], "NPL": ["Nepali*", "Nepalese"], "NLD": ["Dutch"],
    "NZL": ["New Zealander*"], "NIC": ["Nicaraguan*"], "NER": ["Nigerien*"], "NGA": ["Nigerian*"],
    "MKD": ["Macedonian*", "North Macedonian*"], "NOR": ["Norwegian*"], "OMN": ["Omani*"],
    "PAK": ["Pakistani*"], "PLW": ["Palauan*"], "PSE": ["Palestinian*"], "PAN": ["Panamanian*"],
    "PNG": ["Papua New Guinean*"], "PRY": ["Paraguayan*"], "PER": ["Peruvian*"],
    "PHL": ["Filipino*", "Filipina*", "Philippine"], "POL": ["Polish", "Poles"], "PRT": ["Portuguese"],
    "QAT": ["Qatari*"], "ROU": ["Romanian*"], "RUS": ["Russian*"], "RWA": ["Rwandan*", "Rwandese"],
    "KNA": ["Kittitian*", "Nevisian*"], "LCA": ["Saint Lucian*"], "VCT": ["Vincentian*"], "WSM": ["Samoan*"],
    "SMR": ["Sammarinese"], "STP": ["Santomean*"], "SAU": ["Saudi*", "Saudi Arabian*"],
    "SEN": ["Senegalese"], "SRB": ["Serbian*", "Serb*"], "SYC": ["Seychellois"], "SLE": ["Sierra Leonean*"],
    "SGP": ["Singaporean*"], "SVK": ["Slovak*", "Slovakian*"], "SVN": ["Slovenian*", "Slovene*"],
    "SLB": ["Solomon Islander*"], "SOM": ["Somali*", "Somalian*"], "ZAF": ["South African*"],
    "SSD": ["South Sudanese"], "ESP": ["Spanish", "Spaniard*"], "LKA": ["Sri Lankan*"], "SDN": ["Sudanese"],
    "SUR": ["Surinamese"], "SWE": ["Swedish", "Swede*"], "CHE": ["Swiss"], "SYR": ["Syrian*"],
    "TWN": ["Taiwanese"], "TJK": ["Tajik*", "Tajikistani*"], "TZA": ["Tanzanian*"], "THA": ["Thai*"],
    "TLS": ["Timorese", "East Timorese"], "TGO": ["Togolese"], "TON": ["Tongan*"],
    "TTO": ["Trinidadian*", "Tobagonian*"], "TUN": ["Tunisian*"], "TUR": ["Turkish", "Turk*"],
    "TKM": ["Turkmen"], "TUV": ["Tuvaluan*"], "UGA": ["Ugandan*"], "UKR": ["Ukrainian*"], "ARE": ["Emirati*"],
    "GBR": ["British", "Briton*", "Scottish", "Scots", "Welsh", "Northern Irish"], "USA": ["American*"],
    "URY": ["Uruguayan*"], "UZB": ["Uzbek*", "Uzbekistani*"], "VUT": ["Ni-Vanuatu"], "VEN": ["Venezuelan*"],
    "VNM": ["Vietnamese"], "YEM": ["Yemeni*"], "ZMB": ["Zambian*"], "ZWE": ["Zimbabwean*"],
    # territories
    "PRI": ["Puerto Rican*"], "GRL": ["Greenlandic", "Greenlander*"], "HKG": ["Hong Konger*"],
    "MAC": ["Macanese"], "BMU": ["Bermudian*"], "GUM": ["Guamanian*"], "FRO": ["Faroese"],
    "CYM": ["Caymanian*"], "GIB": ["Gibraltarian*"], "NCL": ["New Caledonian*"], "ABW": ["Aruban*"],
    "FLK": ["Falkland Islander*"], "ASM": ["American Samoan*"],
    # CAMEO-specific and historical
    "KSV": ["Kosovar*", "Kosovan*"], "ESH": ["Sahrawi*", "Saharawi*"], "GZS": ["Gazan*"],
    "USR": ["Soviet*"], "YUG": ["Yugoslav*", "Yugoslavian*"], "CSK": ["Czechoslovak*", "Czechoslovakian*"],
    "DDR": ["East German*"],
    # regions
    "AFR": ["African*"], "ASA": ["Asian*"], "BLK": ["Balkan"], "CAS": ["Central Asian*"],
    "CEU": ["Central European*"], "EAF": ["East African*"], "EEU": ["Eastern European*", "East European*"],
    "EUR": ["European*"], "LAM": ["Latin American*"], "MEA": ["Middle Eastern"], "NAF": ["North African*"],
    "NMR": ["North American*"], "SCN": ["Scandinavian*", "Nordic"], "SAM": ["South American*"],
    "SAS": ["South Asian*"], "SEA": ["Southeast Asian*", "South-East Asian*"], "SAF": ["Southern African*"],
    "WAF": ["West African*"], "PGS": ["Gulf Arab"],
}
DEMONYM_NOTES = {
    "DEU": "demonym (also covers historical West German)",
    "GBR": "demonym ('English' not listed: mostly the language)",
    "IND": "demonym (also 'Indian Ocean', Native American senses: accepted risk)",
    "MMR": "demonym (also the Bamar ethnic group)",
    "FIN": "demonym ('Finn' is also a personal name)",
    "POL": "demonym ('Pole' not listed: the common noun)",
    "GEO": "demonym (also the US state: accepted risk)",
}
DEMONYM_EXTRA = [("DEU", ["West German*"], "historical demonym (Federal Republic of Germany before 1990)")]

# --- 7. capitals used for the government --------------------------------------------------------------------
# code → capital(s) or seat(s) of government. Skipped on purpose (see SKIPPED_CAPITALS): names equal to the
# country, common words, and cities whose name mostly means something else.

CAPITALS: dict[str, list[str]] = {
    "AFG": ["Kabul"], "ALB": ["Tirana"], "DZA": ["Algiers"], "AND": ["Andorra la Vella"], "AGO": ["Luanda"],
    "ATG": ["St. John's"], "ARG": ["Buenos Aires"], "ARM": ["Yerevan"], "AUS": ["Canberra"], "AUT": ["Vienna"],
    "AZE": ["Baku"], "BHS": ["Nassau"], "BHR": ["Manama"], "BGD": ["Dhaka"], "BRB": ["Bridgetown"],
    "BLR": ["Minsk"], "BEL": ["Brussels"], "BLZ": ["Belmopan"], "BEN": ["Porto-Novo", "Cotonou"], "BTN": ["Thimphu"],
    "BOL": ["La Paz", "Sucre"], "BIH": ["Sarajevo"], "BWA": ["Gaborone"], "BRA": ["Brasília"],
    "BRN": ["Bandar Seri Begawan"], "BGR": ["Sofia"], "BFA": ["Ouagadougou"], "BDI": ["Gitega", "Bujumbura"],
    "CPV": ["Praia"], "KHM": ["Phnom Penh"], "CMR": ["Yaoundé"], "CAN": ["Ottawa"], "CAF": ["Bangui"],
    "TCD": ["N'Djamena", "Ndjamena"], "CHL": ["Santiago", "Santiago de Chile"], "CHN": ["Beijing"], "COL": ["Bogotá"],
    "COM": ["Moroni"], "COD": ["Kinshasa"], "COG": ["Brazzaville"], "CRI": ["San José"],
    "CIV": ["Yamoussoukro", "Abidjan"], "HRV": ["Zagreb"], "CUB": ["Havana"], "CYP": ["Nicosia"],
    "CZE": ["Prague"], "DNK": ["Copenhagen"], "DJI": ["Djibouti"], "DMA": ["Roseau"], "DOM": ["Santo Domingo"],
    "ECU": ["Quito"], "EGY": ["Cairo"], "SLV": ["San Salvador"], "GNQ": ["Malabo"], "ERI": ["Asmara"],
    "EST": ["Tallinn"], "SWZ": ["Mbabane", "Lobamba"], "ETH": ["Addis Ababa"], "FJI": ["Suva"],
    "FIN": ["Helsinki"], "FRA": ["Paris"], "GAB": ["Libreville"], "GMB": ["Banjul"], "GEO": ["Tbilisi"],
    "DEU": ["Berlin"], "GHA": ["Accra"], "GRC": ["Athens"], "GRD": ["St. George's"], "GTM": ["Guatemala City"],
    "GIN": ["Conakry"], "GNB": ["Bissau"], "GUY": ["Georgetown"], "HTI": ["Port-au-Prince"],
    "HND": ["Tegucigalpa"], "HUN": ["Budapest"], "ISL": ["Reykjavík"], "IND": ["New Delhi", "Delhi"],
    "IDN": ["Jakarta"], "IRN": ["Tehran", "Teheran"], "IRQ": ["Baghdad"], "IRL": ["Dublin"],
    "ISR": ["Jerusalem"], "ITA": ["Rome"], "JAM": ["Kingston"], "JPN": ["Tokyo"], "JOR": ["Amman"],
    "KAZ": ["Astana", "Nur-Sultan"], "KEN": ["Nairobi"], "KIR": ["Tarawa", "South Tarawa"],
    "PRK": ["Pyongyang"], "KOR": ["Seoul"], "KWT": ["Kuwait City"], "KGZ": ["Bishkek"], "LAO": ["Vientiane"],
    "LVA": ["Riga"], "LBN": ["Beirut"], "LSO": ["Maseru"], "LBR": ["Monrovia"], "LBY": ["Tripoli"],
    "LIE": ["Vaduz"], "LTU": ["Vilnius"], "LUX": ["Luxembourg"], "MDG": ["Antananarivo"], "MWI": ["Lilongwe"],
    "MYS": ["Kuala Lumpur", "Putrajaya"], "MDV": ["Malé"], "MLI": ["Bamako"], "MLT": ["Valletta"],
    "MHL": ["Majuro"], "MRT": ["Nouakchott"], "MUS": ["Port Louis"], "MEX": ["Mexico City"],
    "FSM": ["Palikir"], "MDA": ["Chișinău"], "MCO": ["Monaco"], "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "MNE": ["Podgorica"], "MAR": ["Rabat"], "MOZ": ["Maputo"], "MMR": ["Naypyidaw", "Nay Pyi Taw"],
    "NAM": ["Windhoek"], "NRU": ["Yaren"], "NPL": ["Kathmandu"], "NLD": ["Amsterdam", "The Hague"],
    "NZL": ["Wellington"], "NIC": ["Managua"], "NER": ["Niamey"], "NGA": ["Abuja"], "MKD": ["Skopje"],
    "NOR": ["Oslo"], "OMN": ["Muscat"], "PAK": ["Islamabad"], "PLW": ["Ngerulmud"], "PSE": ["Ramallah"],
    "PAN": ["Panama City"], "PNG": ["Port Moresby"], "PRY": ["Asunción"], "PER": ["Lima"], "PHL": ["Manila"],
    "POL": ["Warsaw"], "PRT": ["Lisbon"], "QAT": ["Doha"], "ROU": ["Bucharest"], "RUS": ["Moscow"],
    "RWA": ["Kigali"], "KNA": ["Basseterre"], "LCA": ["Castries"], "VCT": ["Kingstown"], "WSM": ["Apia"],
    "SMR": ["San Marino"], "STP": ["São Tomé"], "SAU": ["Riyadh"], "SEN": ["Dakar"], "SRB": ["Belgrade"],
    "SYC": ["Victoria"], "SLE": ["Freetown"], "SGP": ["Singapore"], "SVK": ["Bratislava"], "SVN": ["Ljubljana"],
    "SLB": ["Honiara"], "SOM": ["Mogadishu"], "ZAF": ["Pretoria"], "SSD": ["Juba"], "ESP": ["Madrid"],
    "LKA": ["Colombo"], "SDN": ["Khartoum", "Port Sudan"], "SUR": ["Paramaribo"], "SWE": ["Stockholm"],
    "CHE": ["Bern", "Berne"], "SYR": ["Damascus"], "TWN": ["Taipei"], "TJK": ["Dushanbe"],
    "TZA": ["Dodoma"], "THA": ["Bangkok"], "TLS": ["Dili"], "TGO": ["Lomé"], "TON": ["Nuku'alofa"],
    "TTO": ["Port of Spain"], "TUN": ["Tunis"], "TUR": ["Ankara"], "TKM": ["Ashgabat"], "TUV": ["Funafuti"],
    "UGA": ["Kampala"], "UKR": ["Kyiv", "Kiev"], "ARE": ["Abu Dhabi"], "GBR": ["London"],
    "USA": ["Washington"], "URY": ["Montevideo"], "UZB": ["Tashkent"], "VUT": ["Port Vila"], "VAT": ["Vatican City"],
    "VEN": ["Caracas"], "VNM": ["Hanoi"], "YEM": ["Sanaa"], "ZMB": ["Lusaka"], "ZWE": ["Harare"],
    "KSV": ["Pristina", "Prishtina"],
}
# Capitals not emitted, and why (kept here so the choice is visible and reviewable).
SKIPPED_CAPITALS = {
    "Singapore": "same as the country", "Monaco": "same as the country", "Luxembourg": "same as the country",
    "San Marino": "same as the country", "Vatican City": "the country itself (VAT)", "Djibouti": "same as the country",
    "Panama City": "also a US city (Florida)", "Malé": "common word ('male'; accents are ignored)",
    "Victoria": "common personal name", "Santiago": "common personal name ('Santiago de Chile' is listed)",
    "St. John's": "also a Canadian city", "St. George's": "also many other places", "Sucre": "seat of government "
    "is La Paz; also a surname", "Amsterdam": "the government sits in The Hague", "Brussels": "mostly means the "
    "EU: listed in organisations.csv as IGOEUREEC", "Sanaa": "dated rows above (Houthi takeover)",
}
CAPITAL_NOTES = {
    "Washington": "capital used for the government (also the US state, person names: accepted risk)",
    "Jerusalem": "capital used for the government (status disputed; East Jerusalem is listed as PSE)",
    "Ramallah": "seat of the Palestinian Authority",
    "Baghdad": "capital used for the government (GDELT CAMEO also has a city code BAG)",
    "Tripoli": "capital used for the government (also Tripoli in Lebanon)",
    "Kingston": "capital used for the government (also other Kingstons)",
    "Georgetown": "capital used for the government (also the Washington district and university)",
    "Sofia": "capital used for the government (also a personal name)",
    "Delhi": "used for the Indian government in South Asian press (also the city-state's government)",
    "Port Sudan": "wartime seat of the Sudanese government (since 2023)",
    "Abidjan": "seat of government (official capital Yamoussoukro)",
    "Cotonou": "seat of government (official capital Porto-Novo)",
    "The Hague": "seat of government (capital Amsterdam; also seat of the ICC and ICJ)",
    "Bujumbura": "former capital, still the seat of most ministries",
    "Nur-Sultan": "name of Astana 2019-2022",
    "Kiev": "older spelling of Kyiv",
    "Minsk": "capital used for the government (also 'Minsk agreements')",
    "Astana": "capital used for the government (also 'Astana talks')",
    "San José": "capital used for the government (also San Jose, California)",
    "Putrajaya": "administrative capital",
    "Lobamba": "legislative and royal capital",
}


# --- assembly -----------------------------------------------------------------------------------------------

class Table:
    """Rows keyed like the matcher keys phrases; the first row for a phrase wins."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[str, str, str, str, str]]] = {}
        self.problems: list[str] = []

    def add(self, phrase: str, code: str, note: str) -> None:
        phrase = " ".join(phrase.split())
        k = key(phrase)
        if phrase in AMBIGUOUS and AMBIGUOUS[phrase][0] == code:
            note = f"{note}; {AMBIGUOUS[phrase][1]}"
        old = self.rows.get(k)
        if old is None:
            self.rows[k] = [(phrase, code, "", "", note)]
            return
        if any(r[1] == code for r in old):
            return  # same meaning already there (e.g. "Viet Nam" and "Vietnam")
        chosen = next((c for p, (c, _) in AMBIGUOUS.items() if key(p) == k), None)
        if chosen is not None and old[0][1] == chosen:
            return  # an ambiguity resolved in favour of the row already there
        self.problems.append(f"{phrase!r} → {code} conflicts with {old[0][0]!r} → {old[0][1]}; "
                             "add it to AMBIGUOUS or drop one")

    def add_dated(self, phrase: str, code: str, start: str, end: str, note: str) -> None:
        self.rows.setdefault(key(phrase), []).append((phrase, code, start, end, note))


def with_legacy(code: str, note: str) -> str:
    return f"{note}; GDELT CAMEO code {LEGACY_CAMEO[code]}" if code in LEGACY_CAMEO else note


def expand(form: str) -> list[str]:
    return [form[:-1], form[:-1] + "s"] if form.endswith("*") else [form]


def pycountry_names(country: object) -> list[tuple[str, str]]:
    out = []
    for attr, note in (("name", "ISO 3166 name"), ("common_name", "common name"),
                       ("official_name", "official name")):
        value = getattr(country, attr, None)
        if not value:
            continue
        if value.lower().startswith("the "):
            value = value[4:]
        if value in NAME_FIXES:
            out.extend((v, note) for v in NAME_FIXES[value])
        elif "," in value or "(" in value:
            raise SystemExit(f"pycountry name {value!r} needs an entry in NAME_FIXES")
        else:
            out.append((value, note))
    return out


def build() -> Table:
    table = Table()
    for phrase, code, start, end, note in DATED:
        table.add_dated(phrase, code, start, end, note)
    for code, phrases, note in INSTITUTIONS + NON_ISO + CURATED:
        for phrase in phrases:
            table.add(phrase, code, with_legacy(code, note))
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        for phrase, note in pycountry_names(country):
            table.add(phrase, country.alpha_3, with_legacy(country.alpha_3, f"{note} (pycountry)"))
    for code in sorted(DEMONYMS):
        for form in DEMONYMS[code]:
            for phrase in expand(form):
                table.add(phrase, code, with_legacy(code, DEMONYM_NOTES.get(code, "demonym")))
    for code, forms, note in DEMONYM_EXTRA:
        for form in forms:
            for phrase in expand(form):
                table.add(phrase, code, note)
    for code in sorted(CAPITALS):
        for city in CAPITALS[code]:
            if city in SKIPPED_CAPITALS:
                continue
            table.add(city, code + "GOV", CAPITAL_NOTES.get(city, "capital used for the government"))
    return table


def main() -> None:
    table = build()
    if table.problems:
        raise SystemExit("conflicting phrases:\n  " + "\n  ".join(table.problems))
    rows = [r for group in table.rows.values() for r in group]
    rows.sort(key=lambda r: (r[1], r[0].casefold(), r[2]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["phrase", "code", "from", "until", "note"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)} (pycountry {pycountry.__version__})")


if __name__ == "__main__":
    main()
