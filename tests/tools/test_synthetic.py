"""The synthetic corpus: recombined real sentences, varied dates and numbers, deterministic."""

import random
import re
from pathlib import Path

import pytest

from nkreports.tools import synthetic

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures")
POOL = [
    "Police in Hebei Province issued 30 permits in June 2019 to defectors.",
    "The source said that about 600 people were sent back last October.",
    "China has denied the reports of mass expulsions, the ministry said.",
    "Some 1,500 defectors are believed to be held in detention centres.",
    "Seoul has a longstanding policy to accept any North Korean defector.",
    "Defectors say they must apply for the permit in person at the station.",
]


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("One two three. Four five six.", ["One two three.", "Four five six."]),
        ("He said “we go.” Then he left!", ["He said “we go.”", "Then he left!"]),
        ("A line\nwrapped here.\n\nNext one?", ["A line wrapped here.", "Next one?"]),
        (
            "Relations between China and N. Korea soured.",
            ["Relations between China and N.", "Korea soured."],
        ),
        ("about 3.5 percent. ok", ["about 3.5 percent. ok"]),
    ],
)
def test_split_sentences(body, sentences):
    assert synthetic.split_sentences(body) == sentences


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Seoul has a longstanding policy to accept any North Korean defector.", True),
        ("“They are threatening us,” the second source added.", True),
        ("Too short to use.", False),
        ("Relations between China and N.", False),
        ("Read more about defectors in China and their lives", False),
        ("중국 공안이 탈북민 단속을 강화하고 있다고 소식통이 전했다.", False),
    ],
)
def test_is_usable(sentence, usable):
    assert synthetic.is_usable(sentence) is usable


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Seoul has a longstanding policy to accept any North Korean defector.",
            "Seoul has a longstanding policy to accept any North Korean defector",
        ),
        (
            "“I was surprised,” a North Korean resident from Chongjin said.",
            "I was surprised, a North Korean resident from Chongjin said",
        ),
        (
            "Experts, however, say the excuses are aimed at extracting concessions.",
            "Experts, however, say the excuses are aimed at extracting concessions",
        ),
        (
            "Police say the excuses, experts add, are aimed at extracting concessions.",
            "Police say the excuses",
        ),
        (
            "In 2019, police in parts of China’s Hebei Province began issuing permits to them.",
            "In 2019, police in parts of China’s Hebei Province began issuing permits",
        ),
    ],
)
def test_headline(sentence, title):
    assert synthetic.headline(sentence) == title


def _shape(text: str) -> str:
    """Digits -> 9 and month names -> MONTH: what `vary` must keep."""
    months = "|".join(synthetic.MONTHS)
    return re.sub(r"\d", "9", re.sub(rf"\b(?:{months})\b", "MONTH", text))


@pytest.mark.parametrize("seed", range(5))
def test_vary_keeps_the_shape_and_changes_the_values(seed):
    sentence = "In June 2019, 30 of the 1,500 defectors were held for 7 days in Dandong."
    varied = synthetic.vary(sentence, random.Random(seed))
    assert _shape(varied) == _shape(sentence)
    years = re.findall(r"\b(?:19|20)\d\d\b", varied)
    assert len(years) == 1 and 1995 <= int(years[0]) <= 2024


def test_vary_changes_values_across_seeds():
    sentence = "In June 2019, 30 of the 1,500 defectors were held for 7 days."
    assert len({synthetic.vary(sentence, random.Random(s)) for s in range(10)}) == 10


@pytest.mark.parametrize("seed", range(40))
def test_date_stamp_is_one_of_the_printed_forms(seed):
    stamp = synthetic.date_stamp(random.Random(seed))
    month = "|".join(synthetic.MONTHS)
    forms = [
        rf"({month}) [1-9]\d?, 20[0-2]\d at (1[0-2]|[1-9]):[0-5]\d[AP]M",
        rf"[A-Z][a-z]+day, ({month}) [1-9]\d?, 20[0-2]\d",
        rf"[1-9]\d? ({month}) 20[0-2]\d",
        r"Posted 20[0-2]\d-[01]\d-[0-3]\d",
    ]
    assert any(re.fullmatch(form, stamp) for form in forms), stamp


def test_report_layout_and_length():
    report = synthetic.synthetic_report(POOL, seed=0, index=3)
    title, stamp, *paragraphs = report.rstrip("\n").split("\n\n")
    assert report.endswith("\n") and "\n\n\n" not in report
    assert _shape(title) in {_shape(synthetic.headline(s)) for s in POOL}
    assert re.search(r"\d", stamp)
    assert 1 <= len(paragraphs) <= len(POOL)
    bodies = {_shape(s) for s in POOL}
    for paragraph in paragraphs:
        assert all(_shape(s) in bodies for s in synthetic.split_sentences(paragraph))


def test_report_is_deterministic_and_independent_of_corpus_size():
    assert synthetic.synthetic_report(POOL, 1, 7) == synthetic.synthetic_report(POOL, 1, 7)
    assert synthetic.synthetic_report(POOL, 1, 7) != synthetic.synthetic_report(POOL, 2, 7)
    assert synthetic.synthetic_report(POOL, 1, 7) != synthetic.synthetic_report(POOL, 1, 8)


@pytest.mark.parametrize("index", range(20))
def test_report_length_follows_the_token_range(index):
    longest = 3 * max(map(synthetic.count_tokens, POOL))  # the last paragraph may overshoot
    report = synthetic.synthetic_report(POOL * 20, 0, index, (40, 60))
    body = report.split("\n\n", 2)[2]
    assert 40 <= synthetic.count_tokens(body) <= 60 + longest


def test_build_corpus_writes_numbered_files(tmp_path):
    paths = synthetic.build_corpus(tmp_path, 3, seed=4, start=10, pool=POOL)
    assert [p.name for p in paths] == [
        "synthetic_000010.txt",
        "synthetic_000011.txt",
        "synthetic_000012.txt",
    ]
    assert paths[1].read_text(encoding="utf-8") == synthetic.synthetic_report(POOL, 4, 11)


@pytest.fixture(scope="module")
def pool():
    return synthetic.sentence_pool(SOURCES)


def test_sentence_pool_holds_only_usable_body_sentences(pool):
    assert len(pool) == len(set(pool)) >= 50
    assert all(synthetic.is_usable(s) for s in pool)
    assert not [s for s in pool if "works with a network of sources" in s]  # outlet boilerplate


def test_reports_of_the_real_pool_are_300_to_500_tokens_on_average(pool):
    lengths = [synthetic.count_tokens(synthetic.synthetic_report(pool, 0, i)) for i in range(100)]
    assert 300 <= sum(lengths) / len(lengths) <= 500
    assert min(lengths) >= synthetic.TOKENS[0]


def test_sentence_pool_of_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no usable sentences"):
        synthetic.sentence_pool([tmp_path])
