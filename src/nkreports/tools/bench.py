"""The benchmark of issue 6: throughput against bare spaCy, peak memory, parallel speed-up, cache.

Throughput is compared twice: in this process on the same clean bodies, and as whole processes
(start-up included) on the same raw files.

Run with `make bench` (or `python -m nkreports.tools.bench --sizes 200,1000` for a quick look)
from the project root: it builds synthetic corpora in a temporary folder and prints one table
of figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from nkreports.tools import synthetic

SIZES_ENV = "NKREPORTS_BENCH_SIZES"
DEFAULT_SIZES = "1000,10000"
MIN_RATIO, MAX_RSS, MAX_RSS_GROWTH, MIN_SPEEDUP, MAX_RERUN = 0.8, 1.5e9, 1.2, 1.6, 0.05
PROCESS_REPORTS = 200  # the folder of the whole-process ratio, start-up included
PROCESS_ROUNDS = 3  # runs of each side of that ratio; each keeps its fastest


@dataclass(frozen=True)
class Run:
    """One timed `nkreports extract` in a fresh process."""

    seconds: float
    peak_rss: int  # bytes, the process and the workers it waited for


@dataclass(frozen=True)
class Figure:
    """One line of the results table."""

    name: str
    value: str
    target: str
    passed: bool


def body_texts(reports_dir: Path) -> list[str]:
    """Collect the clean bodies the extraction feeds to spaCy, one per loadable report."""
    from nkreports.ingest.reports import load_report
    from nkreports.pipeline import plan

    loaded = (load_report(t.path, t.manifest).article for t in plan(reports_dir))
    return [article.body.text for article in loaded if article is not None]


def bare_pipe(texts: list[str]) -> tuple[float, int]:
    """Seconds and tokens of the bare pipeline (`nlp.pipe`, no cleaning or rules) over texts."""
    from nkreports.pipeline import load_nlp

    nlp = load_nlp()
    list(nlp.pipe(texts[:16]))  # warm-up, so both timings start from a loaded, exercised model
    began = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    return time.perf_counter() - began, tokens


def in_process_extraction(reports_dir: Path, out_dir: Path) -> float:
    """Seconds of the whole extraction (load, clean, spaCy, rules, write) in this process."""
    from nkreports.pipeline import plan, run, write_tables

    began = time.perf_counter()
    write_tables(run(plan(reports_dir)), out_dir)
    return time.perf_counter() - began


def extract_command() -> list[str]:
    """Name the `nkreports` console script of this environment (or its module if missing)."""
    script = Path(sys.executable).parent / "nkreports"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "nkreports.cli"]


# A small parent for the measured command: a child's peak RSS starts at its parent's size when
# forked, so the benchmark (which holds the model) must not be the parent.
_MEASURED = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:], stdout=sys.stderr); "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_command(command: list[str]) -> Run:
    """Run a command in a fresh process; its wall time and peak resident memory."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, *command], capture_output=True)
    seconds = time.perf_counter() - began
    code, peak_kb = (int(n) for n in done.stdout.split())  # Linux reports kilobytes
    if code not in (0, 3):  # 3: `nkreports extract` finished but found problem reports
        tail = done.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(command)} exited {code}:\n{tail}")
    return Run(seconds, peak_kb * 1024)


def timed_extract(reports_dir: Path, out_dir: Path, *options: str) -> Run:
    """Run `nkreports extract` in a fresh process; its wall time and peak resident memory."""
    command = [*extract_command(), "extract", str(reports_dir), "--out", str(out_dir), *options]
    return timed_command(command)


# The bare side of the whole-process ratio: a Python that imports only spaCy and the pinned model,
# loads it with its default components, then reads the files (argv[2:]) and pipes their raw text
# in batches of argv[1] texts, as the extraction does.
_BARE = (
    "import sys, {model}; nlp = {model}.load(); "
    "texts = [open(p, encoding='utf-8', errors='replace').read() for p in sys.argv[2:]]; "
    "print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=int(sys.argv[1]))))"
)


def bare_command(paths: list[Path]) -> list[str]:
    """The bare model's `nlp.pipe` over the raw text of `paths`, as a fresh Python process."""
    from nkreports.nlp import MODEL
    from nkreports.pipeline import BATCH

    return [sys.executable, "-c", _BARE.format(model=MODEL), str(BATCH), *map(str, paths)]


def _mb(size: float) -> str:
    return f"{size / 1e6:,.0f} MB"


def throughput_figure(reports_dir: Path, work: Path) -> Figure:
    """Measure extraction throughput as a share of bare `nlp.pipe` throughput on the same texts."""
    bare_seconds, tokens = bare_pipe(body_texts(reports_dir))
    seconds = in_process_extraction(reports_dir, work / "throughput")
    bare, ours = tokens / bare_seconds, tokens / seconds
    value = f"{ours / bare:.2f} ({ours:,.0f} vs {bare:,.0f} tokens/s)"
    return Figure(
        "extraction / bare nlp.pipe throughput", value, f">= {MIN_RATIO}", ours >= MIN_RATIO * bare
    )


def process_ratio_figure(size: int, bare: Run, ours: Run, rounds: int = 1) -> Figure:
    """Seconds of the bare model's process over those of `nkreports extract`, start-up included."""
    ratio = bare.seconds / ours.seconds
    value = f"{ratio:.2f} ({bare.seconds:,.1f} s vs {ours.seconds:,.1f} s)"
    best = f", fastest of {rounds} each" if rounds > 1 else ""
    name = f"bare nlp.pipe / extract, whole processes, {size:,} reports{best}"
    return Figure(name, value, f">= {MIN_RATIO}", ratio >= MIN_RATIO)


def process_figure(reports_dir: Path, work: Path, rounds: int = PROCESS_ROUNDS) -> Figure:
    """Time the bare model and `nkreports extract --no-cache --jobs 1`, each a fresh process.

    The two alternate for `rounds` rounds and each side keeps its fastest run, so that a burst of
    load on the machine during one run does not decide the ratio.
    """
    from nkreports.ingest.files import discover

    paths = discover(reports_dir)
    bare, ours = [], []
    for _ in range(rounds):
        bare.append(timed_command(bare_command(paths)))
        ours.append(timed_extract(reports_dir, work / "out-process", "--no-cache", "--jobs", "1"))
    fastest = partial(min, key=lambda run: run.seconds)
    return process_ratio_figure(len(paths), fastest(bare), fastest(ours), rounds)


def memory_figures(runs: dict[int, Run]) -> list[Figure]:
    """Peak RSS at each size (under the cap) and its growth from the smallest to the largest."""
    figures = [
        Figure(
            f"peak RSS, {n:,} reports, --jobs 1",
            _mb(r.peak_rss),
            f"< {_mb(MAX_RSS)}",
            r.peak_rss < MAX_RSS,
        )
        for n, r in runs.items()
    ]
    (small, first), (large, last) = min(runs.items()), max(runs.items())
    growth = last.peak_rss / first.peak_rss
    name = f"peak RSS growth, {small:,} -> {large:,} reports"
    return [
        *figures,
        Figure(name, f"{growth:.2f}x", f"<= {MAX_RSS_GROWTH}x", growth <= MAX_RSS_GROWTH),
    ]


def speedup_figure(size: int, one: Run, two: Run) -> Figure:
    """Speed-up of `--jobs 2` (filling the cache) over `--jobs 1 --no-cache`."""
    speedup = one.seconds / two.seconds
    value = f"{speedup:.2f}x ({one.seconds:,.0f} s -> {two.seconds:,.0f} s)"
    return Figure(
        f"--jobs 2 speed-up, {size:,} reports", value, f">= {MIN_SPEEDUP}x", speedup >= MIN_SPEEDUP
    )


def rerun_figure(size: int, full: Run, rerun: Run) -> Figure:
    """Time of the cached re-run after adding one report, as a share of the full run."""
    share = rerun.seconds / full.seconds
    value = f"{share:.1%} ({rerun.seconds:,.1f} s of {full.seconds:,.0f} s)"
    name = f"cached re-run, {size:,} + 1 reports"
    return Figure(name, value, f"< {MAX_RERUN:.0%}", share < MAX_RERUN)


def benchmark(sizes: list[int], work: Path, seed: int) -> list[Figure]:
    """Build the corpora in `work` and measure every figure of issue 6."""
    pool = synthetic.sentence_pool()
    corpora = {}
    for n in sorted({*sizes, PROCESS_REPORTS}):
        corpora[n] = work / f"corpus-{n}"
        synthetic.build_corpus(corpora[n], n, seed=seed, pool=pool)
        print(f"built {n:,} synthetic reports in {corpora[n]}", file=sys.stderr)
    figures = [
        throughput_figure(corpora[min(sizes)], work),
        process_figure(corpora[PROCESS_REPORTS], work),
    ]
    single = {
        n: timed_extract(corpora[n], work / f"out-{n}", "--no-cache", "--jobs", "1") for n in sizes
    }
    figures += memory_figures(single)
    largest, cache = max(sizes), work / "cache"
    cached = ("--jobs", "2", "--cache", str(cache))
    double = timed_extract(corpora[largest], work / "out-jobs2", *cached)
    figures.append(speedup_figure(largest, single[largest], double))
    synthetic.build_corpus(corpora[largest], 1, seed=seed, start=largest, pool=pool)
    figures.append(
        rerun_figure(largest, double, timed_extract(corpora[largest], work / "out-jobs2", *cached))
    )
    return figures


def format_table(figures: list[Figure]) -> str:
    """Lay the results out as an aligned plain-text table."""
    rows = [("figure", "value", "target", "result")]
    rows += [(f.name, f.value, f.target, "pass" if f.passed else "FAIL") for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def parse_sizes(value: str) -> list[int]:
    """Corpus sizes from "1000,10000" (at least one positive integer)."""
    try:
        sizes = sorted({int(part) for part in value.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"sizes must be integers separated by commas: {value!r}"
        ) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive: {value!r}")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m nkreports.tools.bench`."""
    cli = argparse.ArgumentParser(prog="python -m nkreports.tools.bench", description=__doc__)
    cli.add_argument(
        "--sizes",
        type=parse_sizes,
        default=parse_sizes(os.environ.get(SIZES_ENV, DEFAULT_SIZES)),
        help=f"corpus sizes, comma-separated (default ${SIZES_ENV} or {DEFAULT_SIZES})",
    )
    cli.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    args = cli.parse_args(argv)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nkreports-bench-") as work:
        figures = benchmark(args.sizes, Path(work), args.seed)
    sizes = " and ".join(f"{n:,}" for n in args.sizes)
    header = f"synthetic corpora of {sizes} reports (seed {args.seed}), {os.cpu_count()} CPUs"
    print(f"\nnkreports benchmark: {header}")
    print(format_table(figures))
    print(f"benchmark wall time: {time.perf_counter() - began:,.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
