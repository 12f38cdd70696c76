import codecs
import os
from pathlib import Path

import pytest

from nkreports.ingest import files
from nkreports.ingest.files import ReportsDirError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"


@pytest.mark.parametrize(
    ("data", "text", "encoding", "problem"),
    [
        (b"plain text", "plain text", "utf-8", ""),
        ("caf\u00e9".encode(), "caf\u00e9", "utf-8", ""),
        (codecs.BOM_UTF8 + b"bom", "bom", "utf-8-sig", ""),
        ("\ufeffwide".encode("utf-16-le"), "wide", "utf-16", ""),
        ("\ufeffwide".encode("utf-16-be"), "wide", "utf-16", ""),
        (
            b"\x93quoted\x94",
            "\u201cquoted\u201d",
            "cp1252",
            "not UTF-8; decoded as cp1252 (Windows Western)",
        ),
        (
            b"one odd \x81 byte in a line of text",
            "one odd \x81 byte in a line of text",
            "latin-1",
            "not UTF-8 or cp1252; decoded as latin-1",
        ),
        (b"nul\x00byte", None, "", "binary file (contains NUL bytes); not processed"),
        (
            bytes(range(1, 32)) * 3,
            None,
            "utf-8",
            "binary file (mostly control characters); not processed",
        ),
        (
            codecs.BOM_UTF16_LE + b"\x00\xd8",
            None,
            "utf-16",
            "not valid utf-16 despite its byte-order mark; not processed",
        ),
    ],
)
def test_decode(data, text, encoding, problem):
    assert files.decode(data) == (text, encoding, problem)


@pytest.mark.parametrize(
    ("name", "encoding", "error", "warning"),
    [
        ("empty.txt", "", "empty file; not processed", ""),
        ("binary.txt", "", "binary file (contains NUL bytes); not processed", ""),
        ("cp1252_smart_quotes.txt", "cp1252", "", "not UTF-8; decoded as cp1252 (Windows Western)"),
        ("utf16_bom.txt", "utf-16", "", ""),
        ("crlf_lines.txt", "utf-8", "", ""),
        ("saved_page.html", "utf-8", "", ""),
        (
            "unsupported_type.pdf",
            "",
            "not a supported report type (.pdf; expected .txt, .html, .htm or .xml); not processed",
            "",
        ),
    ],
)
def test_read_report_fixtures(name, encoding, error, warning):
    found = files.read_report(FIXTURES / name, "id")
    assert (found.encoding, found.error, found.warning) == (encoding, error, warning)
    assert found.size == (FIXTURES / name).stat().st_size
    assert (found.text is None) == bool(error)


def test_cp1252_text_is_decoded():
    found = files.read_report(FIXTURES / "cp1252_smart_quotes.txt", "id")
    assert found.text.startswith("Defectors \u201cfear\u201d new checks in Jilin\n")


def test_too_large_file_is_not_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)
    found = files.read_report(huge, "huge")
    assert found.error == "too large (50.0 MB > 5 MB limit); not processed"
    assert (found.size, found.sha256, found.text) == (50 * 2**20, "", None)
    assert files.fingerprint(huge) == ""


def test_folders_and_broken_links_get_messages(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    assert (
        files.read_report(tmp_path / "folder", "f").error
        == "a folder, not a report file; not processed"
    )
    assert (
        files.read_report(tmp_path / "dangling.txt", "d").error
        == "broken link (its target does not exist); not processed"
    )


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\r\n\t\n")
    assert files.read_report(path, "blank").error == "no text (only white space); not processed"


def test_discover_sorts_and_skips_manifest(tmp_path):
    for name in ("b.txt", "a.html", "manifest.csv", "README"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in files.discover(tmp_path)] == ["README", "a.html", "b.txt"]


def test_discover_missing_folder(tmp_path):
    with pytest.raises(ReportsDirError, match="reports folder not found"):
        files.discover(tmp_path / "nowhere")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ReportsDirError):
        files.discover(tmp_path / "file.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_discover_unreadable_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        with pytest.raises(ReportsDirError, match="cannot list"):
            files.discover(locked)
    finally:
        locked.chmod(0o755)


def test_report_ids_are_stems_unless_shared():
    paths = [Path("a.txt"), Path("a.html"), Path("b.txt")]
    assert files.report_ids(paths) == {
        Path("a.txt"): "a.txt",
        Path("a.html"): "a.html",
        Path("b.txt"): "b",
    }
