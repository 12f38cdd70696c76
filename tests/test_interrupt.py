"""A run killed half-way leaves the previous tables untouched, and the next run completes."""

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nkreports.pipeline import extract
from nkreports.schema import TABLES
from nkreports.tools import synthetic

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures")
REPORTS = 200
TEMP_FILE = re.compile(rf"^\.({'|'.join(TABLES)})\.csv\..+\.tmp$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("interrupt-corpus")
    pool = synthetic.sentence_pool(SOURCES)
    synthetic.build_corpus(folder, REPORTS, seed=7, pool=pool, tokens=(100, 200))
    return folder


@pytest.fixture(scope="module")
def clean_tables(corpus, tmp_path_factory):
    """Bytes of every table of an uninterrupted run."""
    out = tmp_path_factory.mktemp("interrupt-clean")
    extract(corpus, out)
    return tables_bytes(out)


def tables_bytes(folder: Path) -> dict[str, bytes]:
    """Every visible file of an output folder, by name."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def command(corpus: Path, out: Path, *options: str) -> list[str]:
    nkreports = Path(sys.executable).parent / "nkreports"
    return [str(nkreports), "extract", str(corpus), "--out", str(out), *options]


def kill_half_way(args: list[str], timeout: float = 120) -> int:
    """Start the command, SIGKILL it once its progress counter passes half; its return code."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    seen, deadline = b"", time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stderr], [], [], 1)
            if ready:
                chunk = os.read(process.stderr.fileno(), 4096)
                seen += chunk
                done = [int(n) for n in re.findall(rb"(\d+)/%d reports" % REPORTS, seen)]
                if done and max(done) >= REPORTS // 2:
                    process.send_signal(signal.SIGKILL)
                    break
                if not chunk:
                    break
    finally:
        process.kill()
        process.wait()
        process.stderr.close()
    return process.returncode


def assert_no_partial_tables(out: Path, before: dict[str, bytes]) -> None:
    assert tables_bytes(out) == before
    hidden = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert all(TEMP_FILE.match(name) for name in hidden), hidden


@pytest.mark.slow
def test_killed_first_run_writes_no_table_and_the_next_run_completes(
    corpus, clean_tables, tmp_path
):
    out, cache = tmp_path / "out", tmp_path / "cache"
    out.mkdir()
    assert kill_half_way(command(corpus, out, "--cache", str(cache))) == -signal.SIGKILL
    assert_no_partial_tables(out, {})
    finished = subprocess.run(command(corpus, out, "--cache", str(cache)), capture_output=True)
    assert finished.returncode in (0, 3), finished.stderr.decode()
    assert tables_bytes(out) == clean_tables


@pytest.mark.slow
def test_killed_run_leaves_the_previous_tables_byte_identical(corpus, tmp_path):
    out = tmp_path / "out"
    extract(ROOT / "seeds", out)
    before = tables_bytes(out)
    assert sorted(before) == sorted(f"{name}.csv" for name in TABLES)
    assert kill_half_way(command(corpus, out, "--no-cache")) == -signal.SIGKILL
    assert_no_partial_tables(out, before)
