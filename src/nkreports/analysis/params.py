"""Notebook parameters: papermill passes strings; parse and check them with readable errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path


class ParameterError(ValueError):
    """A notebook parameter is missing, malformed or names an empty corpus."""


def folder(value: str | Path, name: str, *, create: bool = False) -> Path:
    """An existing folder (or one to create, for outputs)."""
    path = Path(str(value)).expanduser()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    if not path.is_dir():
        raise ParameterError(
            f"{name}: no such folder: {str(value)!r} (working directory {Path.cwd()})"
        )
    return path


def iso_date(value: str | date | None, name: str) -> date | None:
    """A date given as YYYY-MM-DD (or empty for none)."""
    if value is None or isinstance(value, date) or not str(value).strip():
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ParameterError(f"{name}: {value!r} is not a date in YYYY-MM-DD form") from None


def window(start: str | date | None, end: str | date | None) -> tuple[date | None, date | None]:
    """A (start, end) date window; either end may be open."""
    first, last = iso_date(start, "start"), iso_date(end, "end")
    if first and last and first > last:
        raise ParameterError(f"start {first} is after end {last}")
    return first, last


def probability(value: str | float, name: str) -> float:
    """A number from 0 to 1 (a model's probability), given as a number or as text."""
    try:
        number = float(str(value).strip())
    except ValueError:
        number = None
    if number is None or not 0.0 <= number <= 1.0:  # NaN fails the comparison too
        raise ParameterError(f"{name}: {value!r} is not a number from 0 to 1")
    return number


def string_list(value: str | list | tuple, name: str) -> list[str]:
    """A list given as a list, a JSON list string, or a comma-separated string."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    text = str(value).strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise ParameterError(f"{name}: {value!r} is not a valid JSON list ({error})") from None
        return [str(v) for v in items]
    return [part.strip() for part in text.split(",") if part.strip()]


def nonempty(table, name: str, reason: str = "") -> None:
    """Fail clearly when a table a notebook needs has no rows."""
    if len(table) == 0:
        raise ParameterError(f"{name} is empty{': ' + reason if reason else ''}")
