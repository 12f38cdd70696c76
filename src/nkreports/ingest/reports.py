"""Reports table: one row per file of a folder, its clean article, and the furniture removed."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nkreports.ingest import cleaning, files, furniture, markup, meta, published
from nkreports.ingest.feeds import feed_dates, feed_problem, item_dates, read_page
from nkreports.ingest.files import ReportsDirError
from nkreports.ingest.furniture import FurnitureReason, word_tokens
from nkreports.ingest.language import language_problem
from nkreports.ingest.manifest import manifest_date
from nkreports.ingest.manifest import read_manifest as read_manifest_file
from nkreports.schema import Article, Furniture, PublishedSource, Report, Status, frame
from nkreports.text import Body

if TYPE_CHECKING:
    import pandas as pd

RULES_VERSION = f"reports-7+{furniture.RULES_VERSION}+{published.RULES_VERSION}"
MAX_TITLE_WORDS = 30  # a longer first line is a paragraph, not a headline
_ORGANISATION = re.compile(
    r"(?i)(?:media|news|daily|times|press|agency|service|radio|journal|herald|network|\btv\b)"
)
_DATELINE_OUTLET = re.compile(
    r"[A-Z][\w .,'’-]{1,40}?\s*\((?P<outlet>[A-Z][^)]{1,40})\)\s*(?:--|[-–—:])"
)

__all__ = ["Loaded", "ReportsDirError", "Task", "load_report", "load_reports", "load_task", "plan"]
__all__ += ["reports_table"]


@dataclass(frozen=True)
class Task:
    """One report file to load, with what the planner knows about it."""

    path: Path
    report_id: str
    manifest: dict[str, str]  # its manifest row, {} if none
    sha256: str
    twins: tuple[str, ...]  # other files with the same bytes


@dataclass(frozen=True)
class Loaded:
    """One report file: its row, the furniture lines removed from it, and its clean article."""

    report: Report
    furniture: list[Furniture]
    article: Article | None  # None when the file could not be read or has no English text


@dataclass(frozen=True)
class Cues:
    """What the page says about itself: headline, byline, outlet and where it was reposted from."""

    title: str
    byline: str
    outlet: str
    repost_of: str


NO_CUES = Cues("", "", "", "")


def report_paths(reports_dir: Path) -> list[Path]:
    """Every entry of the reports folder except the manifest, sorted by name."""
    return files.discover(Path(reports_dir))


def read_manifest(reports_dir: Path, manifest: Path | None = None) -> dict[str, dict[str, str]]:
    """Manifest rows by file name, from `manifest` or else `<reports_dir>/manifest.csv` if any."""
    path = Path(manifest) if manifest else Path(reports_dir) / files.MANIFEST_NAME
    return read_manifest_file(path) if manifest or path.is_file() else {}


def duplicates(digests: dict[Path, str]) -> dict[Path, list[str]]:
    """For each file whose bytes equal another's (same sha256), the names of the other files."""
    groups = defaultdict(list)
    for path, digest in digests.items():
        if digest:
            groups[digest].append(path)
    return {
        p: [q.name for q in group if q != p]
        for group in groups.values()
        if len(group) > 1
        for p in group
    }


def plan(reports_dir: Path, manifest: Path | None = None) -> list[Task]:
    """One task per entry of the folder, sorted by name, with content hashes and duplicates.

    Raises ReportsDirError at once when the folder cannot be read.
    """
    paths = report_paths(reports_dir)
    entries = read_manifest(reports_dir, manifest)
    ids = files.report_ids(paths)
    digests = {path: files.fingerprint(path) for path in paths}
    twins = duplicates(digests)
    return [
        Task(p, ids[p], entries.get(p.name, {}), digests[p], tuple(twins.get(p, ()))) for p in paths
    ]


def page_cues(lines: list[str], reasons: list[str], title: int | None) -> Cues:
    """Headline, byline, outlet and repost source read from general cues on the page.

    Outlet, by precedence: a dateline "City (Outlet) –" opening the body; a credit "Reported by …
    for Outlet"; an organisation's byline ("by DailyNK(North Korean Media)"). A manifest outlet
    overrides all of these (it is curated); "X told Daily NK" alone is never used.
    """
    marked = [(line, reason) for line, reason in zip(lines, reasons, strict=True) if reason]
    bylines = [
        furniture.byline_name(line) or line for line, r in marked if r == FurnitureReason.BYLINE
    ]
    byline = bylines[0] if bylines else ""
    datelines = [_DATELINE_OUTLET.match(lines[i]) for i in opening(lines, reasons, title, 3)]
    outlets = [
        *(found["outlet"] for found in datelines if found),
        *(furniture.credit_outlet(line) for line, r in marked if r == FurnitureReason.CREDITS),
        re.split(r"[(\[]", byline)[0].strip() if _ORGANISATION.search(byline) else "",
    ]
    outlet = next((o for o in outlets if o), "")
    reposts = [
        furniture.repost_outlet(line) for line, r in marked if r == FurnitureReason.REPOST_NOTICE
    ]
    headline = lines[title] if title is not None else ""
    headline = headline if len(word_tokens(headline)) <= MAX_TITLE_WORDS else ""
    return Cues(headline, byline, outlet.strip(), reposts[0] if reposts else "")


OPENING_LINES = 6  # body lines after the headline where a dateline or a dated head may stand


def opening(
    lines: list[str], reasons: list[str], title: int | None, count: int = OPENING_LINES
) -> list[int]:
    """First few non-blank body lines after the headline, where datelines stand."""
    start = -1 if title is None else title
    found = [i for i in range(start + 1, len(lines)) if lines[i] and not reasons[i]]
    return found[:count]


def _status(errors: list[str], warnings: list[str]) -> Status:
    return Status.ERROR if errors else Status.WARNING if warnings else Status.OK


def _report(
    found: files.ReportFile,
    entry: dict[str, str],
    cues: Cues,
    publication: published.Publication,
    words: int,
    warnings: list[str],
) -> Report:
    """Build the table row of one file; the manifest's outlet and url take precedence."""
    errors = [found.error] if found.error else []
    return Report(
        report_id=found.report_id,
        file=found.path.name,
        sha256=found.sha256,
        bytes=found.size,
        encoding=found.encoding,
        status=_status(errors, warnings),
        problems=" | ".join(errors + warnings),
        outlet=entry.get("outlet") or cues.outlet,
        title=cues.title,
        byline=cues.byline,
        published=published.iso(publication),
        published_source=publication.source,
        published_evidence=publication.evidence,
        other_dates=" | ".join(publication.other_dates),
        words=words,
        repost_of=cues.repost_of,
        url=entry.get("url", ""),
    )


def _date_warnings(publication: published.Publication) -> list[str]:
    """Plain-language notes on a missing or manifest-only publication date, and conflicts."""
    notes = list(publication.problems)
    if publication.source == PublishedSource.NONE:
        notes.append("no publication date in the text or the manifest")
    elif publication.source == PublishedSource.MANIFEST:
        notes.append("no publication date in the text; used the manifest's")
    return notes


def load_report(path: Path, entry: dict[str, str] | None = None, report_id: str = "") -> Loaded:
    """Read, decode, clean and date one report file; every problem becomes a message on its row."""
    entry = entry or {}
    found = files.read_report(Path(path), report_id or Path(path).stem)
    stated, date_problem = manifest_date(entry)
    warnings = [p for p in (found.warning, entry.get("problem", ""), date_problem) if p]
    nothing = published.Publication(None, PublishedSource.NONE, "", (), "MDY")
    undated = published.with_manifest(nothing, stated)
    if found.text is None:
        return Loaded(_report(found, entry, NO_CUES, undated, 0, warnings), [], None)
    feed = found.path.suffix.lower() in files.FEED_SUFFIXES
    page, heading = read_page(found.path.suffix.lower(), found.text)
    problem = feed_problem(found.text) if feed and not page.text else language_problem(page.text)
    if problem:
        return Loaded(_report(found, entry, NO_CUES, undated, 0, [*warnings, problem]), [], None)
    return _cleaned(found, entry, (page, heading), stated, warnings)


def _cleaned(
    found: files.ReportFile,
    entry: dict[str, str],
    read: tuple[Body, str],
    stated: date | None,
    warnings: list[str],
) -> Loaded:
    """Split a page (its text, its `<h1>`) into article and furniture; date it; build its row."""
    page, heading = read
    lines = markup.split_lines(page.text)
    stripped = [line.text.strip() for line in lines]
    saved_html = found.path.suffix.lower() in files.HTML_SUFFIXES
    reasons = cleaning.furniture_reasons(stripped, heading)
    title = cleaning.headline(stripped, reasons, heading)
    body = markup.select(page, cleaning.body_spans(lines, reasons))
    removed = [
        Furniture(found.report_id, *page.to_raw(line.start, line.end), line.text, reason)
        for line, reason in zip(lines, reasons, strict=True)
        if reason
    ]
    found_dates = published.choose(stripped, reasons, opening(stripped, reasons, title), title)
    if saved_html or found.path.suffix.lower() in files.FEED_SUFFIXES:
        tags = meta.page_dates(found.text) if saved_html else feed_dates(found.text)
        found_dates = meta.with_metadata(found_dates, tags)
    publication = published.with_manifest(found_dates, stated)
    words = len(word_tokens(body.text))
    warnings = warnings + _date_warnings(publication)
    if not words:
        warnings.append("no article text left after removing page furniture")
    cues = page_cues(stripped, reasons, title)
    row = _report(found, entry, cues, publication, words, warnings)
    article = (
        Article(
            found.report_id,
            found.text,
            body,
            publication.published,
            publication.date_order,
            publication.granularity,
            item_dates(found.text) if found.path.suffix.lower() in files.FEED_SUFFIXES else (),
        )
        if words
        else None
    )
    return Loaded(row, removed, article)


def with_twins(loaded: Loaded, twins: list[str]) -> Loaded:
    """Add a warning naming the other files with the same bytes."""
    if not twins:
        return loaded
    report = loaded.report
    problem = f"same content as {', '.join(twins)}"
    status = Status.WARNING if report.status == Status.OK else report.status
    problems = " | ".join(p for p in (report.problems, problem) if p)
    return replace(loaded, report=replace(report, status=status, problems=problems))


def load_task(task: Task) -> Loaded:
    """Load one planned report file, warning about files with the same bytes."""
    return with_twins(load_report(task.path, task.manifest, task.report_id), list(task.twins))


def load_reports(reports_dir: Path, manifest: Path | None = None) -> Iterator[Loaded]:
    """One Loaded per entry of the folder, sorted by file name (raises ReportsDirError at once)."""
    return map(load_task, plan(reports_dir, manifest))


def reports_table(
    reports_dir: Path, manifest: Path | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the reports table and the furniture table of a folder."""
    loaded = list(load_reports(reports_dir, manifest))
    reports = frame([item.report for item in loaded], Report)
    removed = frame([row for item in loaded for row in item.furniture], Furniture)
    return reports, removed
