from datetime import date
from pathlib import Path

import pytest

from nkreports.ingest.manifest import COLUMNS, ManifestError, manifest_date, read_manifest

SEEDS = Path(__file__).parents[2] / "seeds"


def test_seed_manifest():
    entries = read_manifest(SEEDS / "manifest.csv")
    assert sorted(entries) == ["001_58c0262a177e068d.txt", "003_74c4a2ae3cc7cbb5.txt"]
    first = entries["001_58c0262a177e068d.txt"]
    assert (first["outlet"], first["url"], first["published"]) == (
        "Radio Free Asia",
        "",
        "2020-06-22",
    )
    third = entries["003_74c4a2ae3cc7cbb5.txt"]
    assert (third["outlet"], third["url"], third["published"]) == (
        "Korea JoongAng Daily",
        "",
        "2011-11-11",
    )
    assert "/2011/11/11/" in third["notes"]
    assert all((SEEDS / name).is_file() for name in entries)


def test_repeated_rows_keep_the_first(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text(
        "file,outlet,url,published,notes\n"
        "a.txt,First,,2020-01-02,\n"
        "a.txt,Second,,2021-01-01,\n"
        "b.txt, Padded ,,,\n",
        encoding="utf-8",
    )
    entries = read_manifest(path)
    assert entries["a.txt"] == {
        "file": "a.txt",
        "outlet": "First",
        "url": "",
        "published": "2020-01-02",
        "notes": "",
        "problem": "manifest repeats this file; used its first row",
    }
    assert entries["b.txt"]["outlet"] == "Padded"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file,outlet\na.txt,X\n", "lacks columns: url, published, notes"),
        ("", "lacks columns: file, outlet, url, published, notes"),
    ],
)
def test_bad_manifest_raises(tmp_path, content, message):
    path = tmp_path / "manifest.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        read_manifest(path)


def test_missing_manifest_raises(tmp_path):
    with pytest.raises(ManifestError, match="cannot read manifest"):
        read_manifest(tmp_path / "absent.csv")


def test_header_only_manifest_is_empty(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
    assert read_manifest(path) == {}


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-06-22", (date(2020, 6, 22), "")),
        ("", (None, "")),
        ("June 2020", (None, "manifest date 'June 2020' is not an ISO date (YYYY-MM-DD); ignored")),
    ],
)
def test_manifest_date(published, expected):
    assert manifest_date({"published": published}) == expected
