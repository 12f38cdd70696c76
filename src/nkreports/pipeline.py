"""Run every extraction stage over a folder of reports: locally, in parallel, or on Dask."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from nkreports import truecase
from nkreports.facts import counts, dates, places, policy
from nkreports.ingest import reports
from nkreports.ingest.reports import Task, plan
from nkreports.nlp import MODEL, SENTENCES_VERSION, build_nlp, with_text
from nkreports.schema import TABLES, Article, Report, Status, frame
from nkreports.tables import read_table, records_csv, write_atomic
from nkreports.truecase import parse

if TYPE_CHECKING:  # pandas loads on first use: the extraction writes its tables without it
    import pandas as pd

FACT_TABLES = ("dates", "places", "counts", "policy_changes")
BATCH = 16  # reports per nlp.pipe call and per parallel task
FLUSH_ROWS = 2000  # rows a table writer holds before appending them to its file


def rules_version() -> str:
    """One string naming every rule set and the model: part of every cache key."""
    from importlib.metadata import version

    parts = [reports.RULES_VERSION, dates.version(), places.version()]
    parts += [counts.version(), policy.version(), f"{MODEL}-{version(MODEL)}", SENTENCES_VERSION]
    parts += [truecase.version()]
    return "+".join(parts)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The one spaCy pipeline of this process, with the places' and dates' entity patterns."""
    return build_nlp(places.ruler_patterns() + dates.ruler_patterns())


@dataclass(frozen=True)
class Result:
    """Everything extracted from one report file."""

    report: Report
    rows: dict[str, list]  # table name -> records, furniture and the four fact tables


def extract_article(doc: Doc, article: Article) -> tuple[dict[str, list], list[str]]:
    """The four fact tables of one article, each sorted by position, and what failed.

    A stage that raises loses only its own rows (policy changes still get the other stages' dates
    and places); the error comes back as a problem for the reports table, never silently.
    """
    problems: list[str] = []

    def guarded(name: str, stage: Callable[..., list], *context: list) -> list:
        try:
            return stage(doc, article, *context)
        except Exception as error:  # reported in the reports table
            problems.append(
                f"{name} extraction failed ({type(error).__name__}: {error}): no {name} rows"
            )
            return []

    found = {
        "dates": guarded("dates", dates.extract_dates),
        "places": guarded("places", places.extract_places),
        "counts": guarded("counts", counts.extract_counts),
    }
    found["policy_changes"] = guarded(
        "policy_changes", policy.extract_policy_changes, found["dates"], found["places"]
    )
    rows = {name: sorted(rows, key=lambda r: (r.start, r.end)) for name, rows in found.items()}
    return rows, problems


def _with_problems(report: Report, problems: list[str]) -> Report:
    if not problems:
        return report
    status = Status.ERROR if report.status == Status.ERROR else Status.WARNING
    joined = " | ".join(p for p in (report.problems, *problems) if p)
    return dataclasses.replace(report, status=status, problems=joined)


def process_batch(tasks: list[Task]) -> list[Result]:
    """Load, clean and extract a batch of reports; one failure never costs more than its stage."""
    loaded = [reports.load_task(task) for task in tasks]
    texts = [item.article.body.text if item.article else "" for item in loaded]
    results = []
    for item, text, doc in zip(loaded, texts, parse(load_nlp(), texts), strict=True):
        with_text(doc, text)
        rows, problems = {name: [] for name in FACT_TABLES}, []
        if item.article is not None:
            rows, problems = extract_article(doc, item.article)
        report = _with_problems(item.report, problems)
        results.append(Result(report, {"furniture": item.furniture, **rows}))
    return results


def _cache_path(cache_dir: Path, task: Task, version: str) -> Path:
    key = repr(
        (
            task.path.name,
            task.report_id,
            task.sha256,
            sorted(task.manifest.items()),
            task.twins,
            version,
        )
    )
    return cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.pickle"


def _batches(tasks: list[Task], size: int) -> list[list[Task]]:
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _compute(batches: list[list[Task]], jobs: int, scheduler: str | None) -> Iterator[list[Result]]:
    """Results of each batch, in order: in this process, a process pool, or a Dask cluster."""
    if scheduler:
        from distributed import Client

        with Client(scheduler) as client:
            for future in client.map(process_batch, batches, pure=False):
                yield future.result()
    elif jobs > 1 and len(batches) > 1:
        with get_context("spawn").Pool(jobs) as pool:
            yield from pool.imap(process_batch, batches)
    else:
        yield from map(process_batch, batches)


def run(
    tasks: list[Task],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Result]:
    """Results for every task in order, reusing cached ones keyed by file hash and rules version.

    `progress(done, total)` is called once with done=0 before any work, then after each report.
    """
    version = rules_version()
    if progress:
        progress(0, len(tasks))
    cached: dict[int, Path] = {}
    if cache_dir is not None:
        for i, task in enumerate(tasks):
            path = _cache_path(cache_dir, task, version)
            if task.sha256 and path.is_file():
                cached[i] = path
    todo = [t for i, t in enumerate(tasks) if i not in cached]
    fresh = (r for batch in _compute(_batches(todo, BATCH), jobs, scheduler) for r in batch)
    for i, task in enumerate(tasks):
        result = pickle.loads(cached[i].read_bytes()) if i in cached else next(fresh)
        if cache_dir is not None and i not in cached and task.sha256:
            write_atomic(_cache_path(cache_dir, task, version), pickle.dumps(result))
        if progress:
            progress(i + 1, len(tasks))
        yield result


class _Writer:
    """Streams one table's rows into a temporary file; `commit` renames it into place."""

    def __init__(self, name: str, out_dir: Path):
        self.name, self.path = name, out_dir / f"{name}.csv"
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.csv.", suffix=".tmp")
        self.tmp, self.handle, self.rows = Path(tmp), os.fdopen(fd, "wb"), 0
        self.pending: list = []
        self.handle.write(records_csv([], TABLES[name]))

    def add(self, records: list) -> None:
        self.pending.extend(records)
        if len(self.pending) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.handle.write(records_csv(self.pending, TABLES[self.name], header=False))
            self.rows += len(self.pending)
            self.pending = []

    def commit(self) -> None:
        self.flush()
        self.handle.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


def write_tables(results: Iterable[Result], out_dir: Path) -> dict[str, int]:
    """Stream results into every table's CSV (memory stays flat); returns rows per table.

    Tables are replaced only once all are complete, so an interrupted run leaves the old ones.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {name: _Writer(name, out_dir) for name in TABLES}
    try:
        for result in results:
            writers["reports"].add([result.report])
            for name, rows in result.rows.items():
                writers[name].add(rows)
    except BaseException:
        for writer in writers.values():
            writer.discard()
        raise
    for writer in writers.values():
        writer.commit()
    return {name: writer.rows for name, writer in writers.items()}


def collect(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """Gather results into the declared tables in memory."""
    gathered: dict[str, list] = {name: [] for name in TABLES}
    for result in results:
        gathered["reports"].append(result.report)
        for name, rows in result.rows.items():
            gathered[name].extend(rows)
    return {name: frame(rows, TABLES[name]) for name, rows in gathered.items()}


def print_progress(done: int, total: int) -> None:
    """A one-line progress counter on stderr, every 25 reports and at the end."""
    if done and (done % 25 == 0 or done == total):
        print(f"\r  {done}/{total} reports", end="\n" if done == total else "", file=sys.stderr)


def extract(
    reports_dir: Path,
    out_dir: Path | None = None,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table for a folder of reports, as DataFrames; written to out_dir when given."""
    if out_dir is None:
        tasks = plan(Path(reports_dir))
        return collect(
            run(tasks, jobs=jobs, scheduler=scheduler, cache_dir=cache_dir, progress=progress)
        )
    extract_files(
        reports_dir, out_dir, jobs=jobs, scheduler=scheduler, cache_dir=cache_dir, progress=progress
    )
    return {name: read_table(name, Path(out_dir)) for name in TABLES}


def extract_files(
    reports_dir: Path,
    out_dir: Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[dict[str, int], list[Report]]:
    """Write every table for a folder; the rows written per table and the reports' rows.

    What `nkreports extract` runs: the tables stream to their files and are never read back.
    """
    tasks = plan(Path(reports_dir))
    results = run(tasks, jobs=jobs, scheduler=scheduler, cache_dir=cache_dir, progress=progress)
    reports: list[Report] = []

    def kept(results: Iterable[Result]) -> Iterator[Result]:
        for result in results:
            reports.append(result.report)
            yield result

    return write_tables(kept(results), Path(out_dir)), reports
