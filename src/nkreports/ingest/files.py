"""Report files: find them in a folder, read and decode their bytes, whatever their state."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
MANIFEST_NAME = "manifest.csv"
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".xml")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml",)  # RSS and Atom feeds
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# an XML declaration's encoding, which a feed in EUC-KR or windows-1252 names
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding=["']([A-Za-z0-9_.:-]+)["']""")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# the other control characters (Unicode category Cc), found in one pass of a regular expression
_CONTROLS = re.compile(
    "["
    + "".join(
        re.escape(chr(i))
        for i in range(0x100)
        if unicodedata.category(chr(i)) == "Cc" and chr(i) not in _TEXT_CONTROLS
    )
    + "]"
)


class ReportsDirError(Exception):
    """Reports folder is missing or cannot be listed."""


@dataclass(frozen=True)
class ReportFile:
    """One entry of the reports folder: its bytes decoded to text, or why there is no text."""

    path: Path
    report_id: str
    sha256: str
    size: int
    encoding: str
    text: str | None
    error: str  # why the file was not processed, or ""
    warning: str  # a problem that did not stop processing, or ""


def discover(reports_dir: Path) -> list[Path]:
    """Every entry of the folder except the manifest, sorted by name."""
    folder = Path(reports_dir)
    if not folder.is_dir():
        raise ReportsDirError(f"reports folder not found (or not a folder): {folder}")
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise ReportsDirError(f"cannot list reports folder {folder}: {err.strerror}") from err
    return sorted((p for p in entries if p.name != MANIFEST_NAME), key=lambda p: p.name)


def report_ids(paths: list[Path]) -> dict[Path, str]:
    """Stable ids: the file name's stem, or the whole name when two files share a stem."""
    stems = defaultdict(int)
    for path in paths:
        stems[path.stem] += 1
    return {p: p.stem if stems[p.stem] == 1 else p.name for p in paths}


def fingerprint(path: Path) -> str:
    """sha256 of a readable regular file within the size limit, else ""."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return ""
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def looks_binary(text: str) -> bool:
    """More than 5% control characters (other than tabs and line breaks) means not text."""
    return len(_CONTROLS.findall(text)) > 0.05 * len(text)


def decode(data: bytes) -> tuple[str | None, str, str]:
    """(text or None, encoding, problem): byte-order mark first, then UTF-8, cp1252, latin-1."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name, ""
            except UnicodeDecodeError:
                return None, name, f"not valid {name} despite its byte-order mark; not processed"
    if b"\x00" in data:
        return None, "", "binary file (contains NUL bytes); not processed"
    text, name, problem = _declared(data) or _decode_8bit(data)
    if looks_binary(text):
        return None, name, "binary file (mostly control characters); not processed"
    return text, name, problem


def _declared(data: bytes) -> tuple[str, str, str] | None:
    """The text in the encoding an XML declaration names ('<?xml … encoding="EUC-KR"?>'), if any."""
    found = _XML_ENCODING.match(data[:200])
    if not found:
        return None
    try:
        name = codecs.lookup(found[1].decode("ascii")).name
        return data.decode(name), name, ""
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown or wrong declaration: read as any other file


def _decode_8bit(data: bytes) -> tuple[str, str, str]:
    """UTF-8 if valid, else Windows-1252, else latin-1 (which decodes any byte)."""
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", "not UTF-8; decoded as cp1252 (Windows Western)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", "not UTF-8 or cp1252; decoded as latin-1"


def _entry_error(path: Path) -> str:
    """Why a folder entry is not a report file we can open, or ""."""
    if path.is_symlink() and not path.exists():
        return "broken link (its target does not exist); not processed"
    if path.is_dir():
        return "a folder, not a report file; not processed"
    if not path.is_file():
        return "not a regular file; not processed"
    if path.suffix.lower() not in REPORT_SUFFIXES:
        kind = path.suffix.lower() or "no file extension"
        expected = ", ".join(REPORT_SUFFIXES[:-1]) + f" or {REPORT_SUFFIXES[-1]}"
        return f"not a supported report type ({kind}; expected {expected}); not processed"
    return ""


def read_report(path: Path, report_id: str) -> ReportFile:
    """Read and decode one folder entry; every failure becomes a message, never an exception."""
    blank = ReportFile(path, report_id, "", 0, "", None, "", "")
    error = _entry_error(path)
    if not path.is_file():
        return replace(blank, error=error)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            message = f"too large ({size / 2**20:.1f} MB > {MAX_BYTES // 2**20} MB limit)"
            return replace(blank, size=size, error=f"{message}; not processed")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        return replace(blank, error=f"cannot read the file ({err.strerror}); not processed")
    found = replace(blank, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    if error or not data:
        return replace(found, error=error or "empty file; not processed")
    text, encoding, problem = decode(data)
    found = replace(found, encoding=encoding, text=text)
    if text is None:
        return replace(found, error=problem)
    if not text.strip():
        return replace(found, error="no text (only white space); not processed")
    return replace(found, warning=problem)
