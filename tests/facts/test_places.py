"""Place mentions: recognition, normalisation, ambiguity notes and provenance, on the real model."""

from pathlib import Path

import pytest

from nkreports.facts.places.mentions import extract_places, ruler_patterns, version
from nkreports.pipeline import load_nlp
from nkreports.schema import Article
from nkreports.text import Body

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def places_in(nlp, raw, body=None):
    body = body or Body.whole(raw)
    article = Article("r", raw, body, None)
    return extract_places(nlp(body.text), article)


def summary(rows):
    return [(p.mention, p.name, p.kind, p.country) for p in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She crossed the river from Sinŭiju to Dandong.",
            [("Sinŭiju", "Sinuiju", "city", "KP"), ("Dandong", "Dandong", "city", "CN")],
        ),
        (
            "Defectors hid in Domun, Yongjeong and Hwaryong for months.",
            [
                ("Domun", "Tumen", "city", "CN"),
                ("Yongjeong", "Longjing", "city", "CN"),
                ("Hwaryong", "Helong", "city", "CN"),
            ],
        ),
        (
            "Police in parts of China’s Hebei Province are issuing permits.",
            [("China", "China", "country", "CN"), ("Hebei Province", "Hebei", "province", "CN")],
        ),
        (
            "A source in North Pyongan province spoke to a resident of Chongjin.",
            [
                ("North Pyongan province", "North Pyongan", "province", "KP"),
                ("Chongjin", "Chongjin", "city", "KP"),
            ],
        ),
        (
            "Sinuiju is a city on North Korea’s side of the Sino-Korean border.",
            [
                ("Sinuiju", "Sinuiju", "city", "KP"),
                ("North Korea", "North Korea", "country", "KP"),
                ("Sino-Korean border", "China–North Korea border", "border", "CN|KP"),
            ],
        ),
        (
            "North Korean defectors in China fear being sent back to the North.",
            [("China", "China", "country", "CN"), ("North", "North Korea", "country", "KP")],
        ),
        (
            "Some 2,000 North Koreans are held in mainland China.",
            [("mainland China", "China", "country", "CN")],
        ),
        (
            "Many cross into China before taking a route through Southeast Asia.",
            [
                ("China", "China", "country", "CN"),
                ("Southeast Asia", "Southeast Asia", "region", ""),
            ],
        ),
        (
            "The year of North Korea-China friendship began in Pyongyang.",
            [
                ("North Korea", "North Korea", "country", "KP"),
                ("China", "China", "country", "CN"),
                ("Pyongyang", "Pyongyang", "city", "KP"),
            ],
        ),
    ],
)
def test_places_found_and_normalised(nlp, text, expected):
    assert summary(places_in(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police arrested three North Korean defectors.",
        "The defector spoke fluent Korean and some Chinese.",
        "Daily NK and Radio Free Asia reported it first.",
        "Log in to connect with the Korea JoongAng Daily.",
    ],
)
def test_demonyms_and_organisations_are_not_places(nlp, text):
    assert places_in(nlp, text) == []


def test_embassy_is_not_a_place_but_its_city_is(nlp):
    rows = places_in(nlp, "A protest was held in front of the Chinese embassy in Seoul.")
    assert summary(rows) == [("Seoul", "Seoul", "city", "KR")]


def test_country_naming_a_state_body_is_a_place(nlp):
    rows = places_in(nlp, "The U.S. State Department estimated similar numbers.")
    assert summary(rows) == [("U.S.", "United States", "country", "US")]


def test_ambiguous_name_resolved_by_sentence_and_noted(nlp):
    text = "North Korea moved troops to Kangwon last week."
    [_, kangwon] = places_in(nlp, text)
    assert (kangwon.mention, kangwon.name, kangwon.country) == ("Kangwon", "Kangwon", "KP")
    assert kangwon.note == (
        "ambiguous: Kangwon (province, KP) | Gangwon (province, KR); "
        "chose Kangwon by KP in the same sentence"
    )


def test_city_cue_resolves_tumen_city_over_river(nlp):
    text = "They are held in the northeastern Chinese city of Tumen."
    [tumen] = places_in(nlp, text)
    assert (tumen.name, tumen.kind, tumen.country, tumen.admin1) == ("Tumen", "city", "CN", "Jilin")
    assert tumen.note == (
        "ambiguous: Tumen (city, CN) | Tumen River (river, CN|KP); chose Tumen by the word 'city'"
    )


@pytest.mark.parametrize(
    ("text", "name", "kind", "note"),
    [
        (
            "Cold War fears cast a shadow over Korea.",
            "Korean Peninsula",
            "region",
            "'Korea' alone: read as the Korean Peninsula, not either state",
        ),
        (
            "Defectors hope a safe way to Korea will open up.",
            "South Korea",
            "country",
            "'Korea' as a destination read as South Korea",
        ),
    ],
)
def test_korea_alone_is_noted(nlp, text, name, kind, note):
    [korea] = places_in(nlp, text)
    assert (korea.mention, korea.name, korea.kind, korea.note) == ("Korea", name, kind, note)


def test_bare_border_without_two_named_countries_is_left_out(nlp):
    assert summary(places_in(nlp, "North Koreans cross the border into China.")) == [
        ("China", "China", "country", "CN")
    ]
    assert places_in(nlp, "Refugees cross the border at night.") == []


def test_bare_border_resolves_from_the_countries_named_nearby(nlp):
    text = "The group left Yunnan in China and crossed into Laos. Guards patrol the border."
    [border] = [p for p in places_in(nlp, text) if p.mention == "border"]
    assert (border.name, border.kind, border.country) == ("China–Laos border", "border", "CN|LA")
    assert border.note == (
        "'the border' read as the China–Laos border "
        "(both countries named in this or the previous sentence)"
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Many North Koreans live in villages near the border with China.",
            "China–North Korea border",
            "CN|KP",
        ),
        (
            "Chinese smugglers work along the frontier with North Korea.",
            "China–North Korea border",
            "CN|KP",
        ),
        ("Police watch the China-Laos border closely.", "China–Laos border", "CN|LA"),
        ("They waded across at the Thai-Lao border.", "Laos–Thailand border", "LA|TH"),
        ("Boats cross the Mekong at night.", "Mekong River", ""),
        ("Two women swam across the Tumen in winter.", "Tumen River", "CN|KP"),
    ],
)
def test_named_borders_and_rivers(nlp, text, name, country):
    rows = [p for p in places_in(nlp, text) if p.kind in ("border", "river")]
    assert [(p.name, p.country) for p in rows] == [(name, country)]


@pytest.mark.parametrize(
    "text",
    [
        "She visited the Shanghai Expo last year.",
        "The agency said its Brussels office would answer.",
        "China signed the Geneva Conventions long ago.",
        "He studied at Jilin University for two years.",
        "Security was tight before the Beijing Olympics.",
        "A reporter from the Seoul bureau called.",
    ],
)
def test_place_inside_a_longer_name_is_not_a_place(nlp, text):
    kept = {"China"}
    assert [p.mention for p in places_in(nlp, text) if p.mention not in kept] == []


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Arrests were reported in the area of Tonghua last week.", "Tonghua", "CN"),
        ("They hid near the town of Changbai for a month.", "Changbai", "CN"),
    ],
)
def test_place_in_a_plain_of_phrase_is_a_place(nlp, text, mention, country):
    assert [(p.mention, p.country) for p in places_in(nlp, text)] == [(mention, country)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The hearing took place in Washington on Monday.", "Washington, D.C.", "US"),
        ("The envoy flew to Geneva for the talks.", "Geneva", "CH"),
        ("Officials in Britain welcomed the move.", "United Kingdom", "GB"),
        ("The activist moved to Burma in 2010.", "Myanmar", "MM"),
        ("Brokers moved them through southern China.", "South China", "CN"),
        ("Many fled on to Central Asia.", "Central Asia", ""),
    ],
)
def test_world_places_and_short_forms(nlp, text, name, country):
    rows = places_in(nlp, text)
    assert [(p.name, p.country) for p in rows] == [(name, country)]


def test_shared_world_name_takes_the_most_populous_and_says_so(nlp):
    [geneva] = places_in(nlp, "The envoy flew to Geneva for the talks.")
    assert (geneva.country, geneva.note.split("; ")[-1]) == (
        "CH", "chose Geneva by size (8 times as populous as the next)"
    )  # fmt: skip


def test_far_city_by_size_outranks_a_namesakes_country_in_the_sentence(nlp):
    rows = places_in(nlp, "The US envoy flew from Washington to Geneva for the talks.")
    assert [(p.name, p.country) for p in rows if p.name == "Geneva"] == [("Geneva", "CH")]


def test_far_city_by_size_outranks_the_reports_most_named_country(nlp):
    text = "The US and US allies spoke. The envoy then flew to Geneva."
    assert [(p.name, p.country) for p in places_in(nlp, text) if p.name == "Geneva"] == [
        ("Geneva", "CH")
    ]


def test_leading_the_of_a_city_name_is_optional(nlp):
    rows = places_in(nlp, "The court in The Hague heard the case.")
    assert [(p.name, p.country) for p in rows] == [("The Hague", "NL")]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("They crossed from Yunnan into Laos. Police watch the Laos border.", "Laos border",
         "China–Laos border"),
        ("They were caught at the North Korean border, China said.", "North Korean border",
         "China–North Korea border"),
        ("The group reached Vietnam from China. The Chinese border was shut.", "Chinese border",
         "China–Vietnam border"),
        ("They walked from Cambodia into Vietnam. The Vietnamese border was closed.",
         "Vietnamese border", "Cambodia–Vietnam border"),
    ],
)  # fmt: skip
def test_border_named_by_a_country_or_demonym(nlp, text, mention, name):
    rows = [p for p in places_in(nlp, text) if "border" in p.mention]
    assert [(p.mention, p.name) for p in rows] == [(mention, name)]


def test_demonym_border_as_a_modifier_is_no_border(nlp):
    rows = places_in(nlp, "Chinese border guards stopped the bus in Tumen.")
    assert [p.name for p in rows if "border" in p.name] == []


def test_unknown_place_is_unresolved_not_silently_empty(nlp):
    rows = places_in(nlp, "They met in Zqorvania last spring.")
    assert all(p.note == "UNRESOLVED: not in the gazetteer" for p in rows if not p.place_id)


def test_direction_region(nlp):
    rows = places_in(nlp, "Some 600 were expelled from China's northeastern region.")
    assert summary(rows) == [
        ("China", "China", "country", "CN"),
        ("northeastern region", "Northeast China", "region", "CN"),
    ]


def test_glued_preposition(nlp):
    rows = places_in(nlp, "They work under the radar inChina every year.")
    assert summary(rows) == [("China", "China", "country", "CN")]
    assert (rows[0].start, rows[0].end) == (28, 33)


def test_provenance_through_a_body_with_gaps(nlp):
    raw = "MENU | Login\nDefectors fled Hyesan for Changbai.\nSubscribe now"
    body = Body.from_spans(raw, [(13, 48)])
    rows = places_in(nlp, raw, body)
    assert [(p.start, p.end, p.mention, p.country) for p in rows] == [
        (28, 34, "Hyesan", "KP"),
        (39, 47, "Changbai", "CN"),
    ]
    assert all(raw[p.start : p.end] == p.mention for p in rows)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_seed_row_points_at_its_mention(nlp, path):
    raw = path.read_text(encoding="utf-8")
    rows = places_in(nlp, raw)
    assert rows
    assert all(raw[p.start : p.end] == p.mention for p in rows)
    assert {p.rules_version for p in rows} == {version()}
    assert all(p.place_id or p.note.startswith("UNRESOLVED") for p in rows)


def test_ruler_patterns_carry_unique_place_ids():
    patterns = ruler_patterns()
    assert {"label": "GPE", "pattern": "Sinŭiju", "id": "geonames:2040893"} in patterns
    assert {
        "label": "GPE",
        "pattern": "North Pyongan province",
        "id": "iso3166-2:KP-03",
    } in patterns
    assert {"label": "GPE", "pattern": "Kangwon"} in patterns  # two provinces: no id
    assert not [p for p in patterns if p["pattern"] in ("Korea", "DPRK", "China")]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Lao police held them near Luang Namtha for a week.", "Luang Namtha", "Luang Namtha"),
        ("They were returned through the Boten crossing.", "Boten crossing", "Boten"),
        ("Police went door to door across Yanbian last month.", "Yanbian", "Yanbian"),
    ],
)
def test_gazetteer_name_the_model_misread_in_a_place_context(nlp, text, mention, name):
    rows = [p for p in places_in(nlp, text) if p.mention == mention]
    assert [(p.name, p.place_id != "") for p in rows] == [(name, True)]


def test_misread_name_without_a_place_context_is_left_alone(nlp):
    assert places_in(nlp, "Kim said the talks were useful.") == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Police held them.\nGENEVA, Jan 21 (UN) - The agency asked for access.", ["GENEVA"]),
        ("Police held them.\nBEIJING/GENEVA, Jan 21 - The agency asked.", ["BEIJING", "GENEVA"]),
        ("19 February 2003 THE HAGUE\n\nThe forum asked for access.", ["THE HAGUE"]),
    ],
)
def test_capital_dateline_cities(nlp, text, mentions):
    rows = places_in(nlp, text)
    assert [(p.mention, p.place_id != "") for p in rows] == [(m, True) for m in mentions]


def test_short_form_must_be_written_in_capitals(nlp):
    rows = places_in(nlp, "Fotos de la frontera. The LA office said so.")
    assert [p.name for p in rows if p.country == "US"] == []


def test_korean_given_name_read_as_a_place_is_dropped(nlp):
    text = "Eun-hye wrote from Seoul. Eun-hye is safe now, her sister said."
    assert "Eun-hye" not in [p.mention for p in places_in(nlp, text)]


def test_border_with_a_country_is_one_mention_beside_the_country(nlp):
    rows = places_in(nlp, "Yunnan shares a long border with Myanmar, a researcher said.")
    assert [(p.mention, p.name) for p in rows if p.kind == "border" or p.name == "Myanmar"] == [
        ("border with Myanmar", "China–Myanmar border"),
        ("Myanmar", "Myanmar"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They were sent back across the Yalu and Tumen rivers in May.", "Tumen River"),
        ("Buses left the Tumen detention centre at dawn.", "Tumen"),
    ],
)
def test_tumen_river_or_city_by_the_words_around_it(nlp, text, name):
    assert [p.name for p in places_in(nlp, text) if p.mention == "Tumen"] == [name]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("People are returned across the Tumen and Yalu rivers.", "Tumen", "Tumen River"),
        ("Most cross the Tumen or the Yalu at night.", "Tumen", "Tumen River"),
        ("Most walk across the Gobi from Inner Mongolia.", "Gobi", "Gobi Desert"),
        ("Some cross the Amur into Russia.", "Amur", "Amur River"),
    ],
)
def test_rivers_and_deserts_of_the_escape_routes(nlp, text, mention, name):
    assert [p.name for p in places_in(nlp, text) if p.mention == mention] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The South and East Asia Rights Network said the group was held.",
        "Borderline Korea reported that the fence was finished.",
    ],
)
def test_a_place_inside_an_organisations_name_is_no_place(nlp, text):
    assert [p.mention for p in places_in(nlp, text)] == []
