"""Arbitrary text and bytes through loading, cleaning and extraction: no crash, valid offsets."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkreports.ingest import files
from nkreports.pipeline import FACT_TABLES, extract

ROOT = Path(__file__).resolve().parents[1]
SEED_LINES = sorted(
    {line.strip() for p in (ROOT / "seeds").glob("*.txt") for line in p.read_text().splitlines()}
    - {""}
)
MARKUP = [
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<br>",
    "&amp;",
    "&#8217;",
    "&nbsp;",
    "<!-- note -->",
    "<script>var stamp = 'May 5, 2019'; var city = 'Dandong';</script>",
    "<nav><a href='/'>Home</a></nav>",
    "<div class='share'>Share this article</div>",
]
FRAGMENTS = st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=60), st.sampled_from(MARKUP))
TEXTS = st.tuples(st.lists(FRAGMENTS, max_size=12), st.sampled_from(["\n", "\n\n", " ", "\r\n"]))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
ENCODED = st.builds(
    lambda text, encoding: text[1].join(text[0]).encode(encoding, errors="replace"),
    TEXTS,
    ENCODINGS,
)
FILES = st.lists(
    st.tuples(st.sampled_from([".txt", ".html"]), st.one_of(ENCODED, st.binary(max_size=300))),
    min_size=1,
    max_size=3,
)


def assert_offsets_valid(tables: dict, folder: Path) -> None:
    """Every row of every fact table and of the furniture points at its own text in the raw file."""
    paths = {p.stem: p for p in folder.iterdir()}
    raws = {stem: files.read_report(path, stem).text for stem, path in paths.items()}
    for name in FACT_TABLES:
        for row in tables[name].itertuples():
            assert raws[row.report_id][row.start : row.end] == row.mention, (name, row)
    for row in tables["furniture"].itertuples():
        raw = raws[row.report_id]
        assert 0 <= row.start <= row.end <= len(raw), row
        if paths[row.report_id].suffix == ".txt":
            assert raw[row.start : row.end] == row.line, row


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entries=FILES)
def test_any_folder_is_extracted_with_valid_offsets(entries, tmp_path_factory):
    folder = tmp_path_factory.mktemp("arbitrary")
    names = [f"report{i}{suffix}" for i, (suffix, _) in enumerate(entries)]
    for name, (_, data) in zip(names, entries, strict=True):
        (folder / name).write_bytes(data)
    tables = extract(folder)
    reports = tables["reports"]
    assert sorted(reports["file"]) == sorted(names)
    assert set(reports["status"]) <= {"ok", "warning", "error"}
    assert not reports["problems"].str.contains("extraction failed").any()
    assert (reports[reports["status"] != "ok"]["problems"] != "").all()
    assert_offsets_valid(tables, folder)
