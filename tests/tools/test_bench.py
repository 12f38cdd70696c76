"""The benchmark's helpers: the bare-model command, the whole-process ratio, the timed run."""

import subprocess
import sys

import pytest

from nkreports.nlp import MODEL
from nkreports.pipeline import BATCH
from nkreports.tools import bench

# A stand-in for the pinned model: splits on whitespace, records the batch size and what else the
# bare process imported.
FAKE_MODEL = """
import sys

class _Nlp:
    def pipe(self, texts, batch_size):
        print("batch", batch_size, "nkreports" in sys.modules, "pandas" in sys.modules,
              file=sys.stderr)
        return (text.split() for text in texts)

def load():
    return _Nlp()
"""


def test_bare_command_pipes_the_raw_files_with_the_extraction_batch_size(tmp_path):
    (tmp_path / f"{MODEL}.py").write_text(FAKE_MODEL)
    paths = [tmp_path / "b.txt", tmp_path / "a.html"]
    paths[0].write_text("Two words\n")
    paths[1].write_text("<p>three raw words</p>\n")
    command = bench.bare_command(paths)
    assert command[:2] == [sys.executable, "-c"]
    assert command[3:] == [str(BATCH), *map(str, paths)]
    assert f"import sys, {MODEL};" in command[2]
    done = subprocess.run(
        command, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["5"]
    assert done.stderr.split() == ["batch", str(BATCH), "False", "False"]


def test_process_ratio_figure_is_bare_seconds_over_ours():
    figure = bench.process_ratio_figure(200, bench.Run(7.4, 1), bench.Run(10.0, 1))
    assert figure.name == "bare nlp.pipe / extract, whole processes, 200 reports"
    assert figure.value == "0.74 (7.4 s vs 10.0 s)"
    assert (figure.target, figure.passed) == (f">= {bench.MIN_RATIO}", False)
    assert bench.process_ratio_figure(200, bench.Run(8.0, 1), bench.Run(10.0, 1)).passed


def test_process_ratio_figure_names_the_rounds_it_kept_the_fastest_of():
    figure = bench.process_ratio_figure(200, bench.Run(7.4, 1), bench.Run(10.0, 1), rounds=3)
    assert figure.name.endswith("200 reports, fastest of 3 each")


def test_timed_command_measures_a_fresh_process_and_raises_on_failure():
    run = bench.timed_command([sys.executable, "-c", "pass"])
    assert run.seconds > 0 and run.peak_rss > 0
    with pytest.raises(RuntimeError, match="exited 1"):
        bench.timed_command([sys.executable, "-c", "raise SystemExit(1)"])
