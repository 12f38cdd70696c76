"""The corpus a notebook reads: the tables of one reports folder, checked, and what they hold."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd

from nkreports import paths
from nkreports.analysis import params
from nkreports.analysis.params import ParameterError
from nkreports.ingest.files import discover, fingerprint
from nkreports.schema import TABLES
from nkreports.tables import read_table

PROBLEM_SEPARATOR = " | "


def shown(path: str | Path) -> str:
    """A path as a reader of the notebook should see it: relative to the working directory."""
    return Path(os.path.relpath(Path(path).resolve(), Path.cwd())).as_posix()


def mismatch(listed: list[str], present: list[str]) -> str:
    """Say which files the tables and the folder disagree on, or "" when they list the same."""
    missing, extra = sorted(set(present) - set(listed)), sorted(set(listed) - set(present))
    parts = []
    if missing:
        parts.append(f"not in the tables: {', '.join(missing)}")
    if extra:
        parts.append(f"not in the folder: {', '.join(extra)}")
    return "; ".join(parts)


def read_corpus(data_dir: str | Path, reports_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of data_dir, after checking they were extracted from exactly reports_dir."""
    data, folder = Path(data_dir), Path(reports_dir)
    rerun = f"run `nkreports extract {shown(folder)} --out {shown(data)}` first"
    absent = [name for name in TABLES if not (data / f"{name}.csv").is_file()]
    if absent:
        raise ParameterError(f"data_dir {shown(data)!r} has no {', '.join(absent)} table: {rerun}")
    tables = {name: read_table(name, data) for name in TABLES}
    differs = mismatch(list(tables["reports"]["file"]), [p.name for p in discover(folder)])
    if differs:
        raise ParameterError(
            f"the tables in {shown(data)!r} were not extracted from {shown(folder)!r} "
            f"({differs}): {rerun}"
        )
    if tables["reports"].empty:
        raise ParameterError(f"reports_dir {shown(folder)!r} holds no reports")
    return tables


def gold_files(gold_dir: str | Path) -> set[str]:
    """Every file the gold CSVs of a folder annotate."""
    files = set()
    for path in sorted(Path(gold_dir).glob("*.csv")):
        files |= set(pd.read_csv(path, dtype=str, keep_default_na=False, usecols=["file"])["file"])
    return files


def has_gold(gold_dir: str | Path, reports_dir: str | Path) -> bool:
    """Whether the gold annotates these reports; fail clearly when it annotates only some.

    Gold of none of these reports (an analyst's own corpus) is not an error: there is nothing
    to score. Gold of some of them but also of absent files means the wrong reports folder.
    """
    gold, folder = Path(gold_dir), Path(reports_dir)
    files = gold_files(gold)
    present = sorted(f for f in files if (folder / f).is_file())
    missing = sorted(files - set(present))
    if present and missing:
        raise ParameterError(
            f"gold_dir {shown(gold)!r} annotates files that are not in {shown(folder)!r}: "
            f"{', '.join(missing)}; give the reports folder the gold was made from"
        )
    return bool(present)


def staleness(data_dir: Path, reports_dir: Path) -> str:
    """Why the tables of data_dir cannot be used for reports_dir ("" when they can).

    Missing or empty folder, a missing table, or files whose sha256 differs from the one the
    reports table recorded (added, removed or changed files).
    """
    data = Path(data_dir)
    absent = [name for name in TABLES if not (data / f"{name}.csv").is_file()]
    if len(absent) == len(TABLES):
        return f"data_dir {shown(data)!r} holds no tables"
    if absent:
        return f"data_dir {shown(data)!r} has no {', '.join(absent)} table"
    reports = read_table("reports", data)
    listed = dict(zip(reports["file"], reports["sha256"], strict=True))
    present = {p.name: fingerprint(p) for p in discover(reports_dir)}
    differs = mismatch(list(listed), list(present))
    changed = sorted(f for f in set(listed) & set(present) if listed[f] != present[f])
    if changed:
        differs = "; ".join(filter(None, [differs, f"changed since: {', '.join(changed)}"]))
    if not differs:
        return ""
    return f"the tables in {shown(data)!r} were not extracted from these files ({differs})"


def ensure_tables(data_dir: Path, reports_dir: Path) -> None:
    """Extract reports_dir into data_dir first (cached) when its tables are missing or stale."""
    reason = staleness(data_dir, reports_dir)
    if not reason:
        return
    from nkreports.pipeline import extract

    tables = extract(reports_dir, data_dir, cache_dir=paths.CACHE_DIR)
    print(
        f"extracted {len(tables['reports'])} reports from {shown(reports_dir)} into "
        f"{shown(data_dir)} first: {reason}"
    )


def source_line(reports: pd.DataFrame, reports_dir: str | Path) -> str:
    """The source line under every figure: how many reports, from which folder, by what."""
    return f"{len(reports)} reports in {shown(reports_dir)}, tables by nkreports extract"


def within(
    tables: dict[str, pd.DataFrame], start: date | None, end: date | None
) -> dict[str, pd.DataFrame]:
    """Reports published in [start, end] and their rows (undated reports only with no window)."""
    reports = tables["reports"]
    published = pd.to_datetime(reports["published"].replace("", None), errors="coerce").dt.date
    keep = pd.Series(True, index=reports.index)
    if start:
        keep &= published.notna() & (published >= start)
    if end:
        keep &= published.notna() & (published <= end)
    ids = set(reports.loc[keep, "report_id"])
    return {
        name: frame[frame["report_id"].isin(ids)].reset_index(drop=True)
        for name, frame in tables.items()
    }


def open_corpus(
    reports_dir: str, data_dir: str, figures_dir: str, start: str = "", end: str = ""
) -> tuple[dict[str, pd.DataFrame], str, Path]:
    """A notebook's opening: check its parameters, read the corpus in the window, say what it is.

    Returns the tables, the source line for every figure, and the (created) figures folder.
    """
    first_day, last_day = params.window(start, end)
    reports_folder = params.folder(reports_dir, "reports_dir")
    data_folder = params.folder(data_dir, "data_dir", create=True)
    figures_folder = params.folder(figures_dir, "figures_dir", create=True)
    ensure_tables(data_folder, reports_folder)
    tables = within(read_corpus(data_folder, reports_folder), first_day, last_day)
    reports = tables["reports"]
    params.nonempty(reports, "the corpus", "no report was published in the date window")
    print(f"{len(reports)} reports from {shown(reports_folder)}, tables from {shown(data_folder)}")
    return tables, source_line(reports, reports_folder), figures_folder


def outlets(reports: pd.DataFrame) -> pd.DataFrame:
    """Reports per outlet with their first and last publication dates, most reports first."""
    named = reports.assign(outlet=reports["outlet"].replace("", "(unknown)"))
    table = named.groupby("outlet", as_index=False).agg(
        reports=("report_id", "size"),
        first_published=("published", lambda s: min((v for v in s if v), default="")),
        last_published=("published", lambda s: max((v for v in s if v), default="")),
    )
    return table.sort_values(["reports", "outlet"], ascending=[False, True], ignore_index=True)


def publication_dates(reports: pd.DataFrame) -> pd.DataFrame:
    """Each report's publication date, where it came from and the line it was read from."""
    columns = ["report_id", "outlet", "published", "published_source", "published_evidence"]
    return reports[columns].sort_values(["published", "report_id"], ignore_index=True)


def reposts(reports: pd.DataFrame) -> pd.DataFrame:
    """Reports that are reposts of another outlet's story or byte-identical to another file."""
    twin = reports["problems"].str.extract(r"same content as ([^|]+)", expand=False).fillna("")
    table = reports.assign(same_content_as=twin.str.strip())
    table = table[(table["repost_of"] != "") | (table["same_content_as"] != "")]
    columns = ["report_id", "outlet", "repost_of", "same_content_as"]
    return table[columns].sort_values("report_id", ignore_index=True)


def removed(furniture: pd.DataFrame) -> pd.DataFrame:
    """What cleaning removed per reason: lines, reports, characters, and the first line removed."""
    sized = furniture.assign(chars=furniture["end"] - furniture["start"])
    sized = sized.sort_values(["report_id", "start"], kind="stable")
    table = sized.groupby("reason", as_index=False).agg(
        lines=("line", "size"),
        reports=("report_id", "nunique"),
        chars=("chars", "sum"),
        report_id=("report_id", "first"),
        start=("start", "first"),
        line=("line", "first"),
    )
    table = table.astype({"lines": "int64", "reports": "int64", "chars": "int64"})
    return table.sort_values(["lines", "reason"], ascending=[False, True], ignore_index=True)


def problems(reports: pd.DataFrame) -> pd.DataFrame:
    """Every problem found, one row per report and problem, errors first."""
    rows = [
        (row.report_id, row.file, row.status, problem.strip())
        for row in reports.itertuples()
        for problem in row.problems.split(PROBLEM_SEPARATOR)
        if problem.strip()
    ]
    table = pd.DataFrame(rows, columns=["report_id", "file", "status", "problem"])
    order = table["status"].map({"error": 0, "warning": 1}).fillna(2)
    return (
        table.assign(order=order)
        .sort_values(["order", "report_id", "problem"])
        .drop(columns="order")
        .reset_index(drop=True)
    )
