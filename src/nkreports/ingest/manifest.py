"""Optional manifest: curated facts an analyst keeps beside the reports, one row per file."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

COLUMNS = ("file", "outlet", "url", "published", "notes")


class ManifestError(Exception):
    """Manifest cannot be read or lacks its columns."""


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows keyed by file name; a repeated file keeps its first row and notes the repeat."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            fields = set(reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ManifestError(f"cannot read manifest {path}: {err}") from err
    missing = [c for c in COLUMNS if c not in fields]
    if missing:
        raise ManifestError(f"manifest {path} lacks columns: {', '.join(missing)}")
    entries: dict[str, dict[str, str]] = {}
    for row in rows:
        entry = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if entry["file"] in entries:
            entries[entry["file"]]["problem"] = "manifest repeats this file; used its first row"
        elif entry["file"]:
            entries[entry["file"]] = entry
    return entries


def manifest_date(entry: dict[str, str]) -> tuple[date | None, str]:
    """Read the row's ISO publication date, or None and why it was ignored."""
    text = entry.get("published", "")
    if not text:
        return None, ""
    try:
        return date.fromisoformat(text), ""
    except ValueError:
        return None, f"manifest date '{text}' is not an ISO date (YYYY-MM-DD); ignored"
