"""Every notebook runs through papermill with non-default parameters, and fails readably."""

import shutil
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from nkreports import notebooks
from nkreports.pipeline import extract

ROOT = Path(__file__).parents[1]
NOTEBOOKS = notebooks.notebook_paths(ROOT / "notebooks")
SEEDS = ROOT / "seeds"
FIGURES = [
    "corpus-publication",
    "corpus-removed",
    "timeline",
    "places-map",
    "numbers-estimates",
    "policy-events",
    "policy-actors",
    "quality-scores",
    "quality-by-set",
    "policy-confusion",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two seeds in a folder of their own, their tables, and the gold cut down to them."""
    root = tmp_path_factory.mktemp("corpus")
    files = sorted(p.name for p in SEEDS.glob("*.txt"))[::2][:2]
    (root / "reports").mkdir()
    for name in files:
        shutil.copy(SEEDS / name, root / "reports" / name)
    extract(root / "reports", root / "data")
    (root / "gold").mkdir()
    for path in sorted((ROOT / "tests" / "gold").glob("*.csv")):
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
        gold[gold["file"].isin(files)].to_csv(root / "gold" / path.name, index=False)
    return root


def declared(path: Path, values: dict) -> dict:
    """The values for the parameters this notebook declares."""
    names = papermill.inspect_notebook(str(path))
    return {k: v for k, v in values.items() if k in names}


def run(path: Path, out: Path, values: dict) -> nbformat.NotebookNode:
    notebooks.run_notebook(path, declared(path, values), out / path.name)
    return nbformat.read(out / path.name, as_version=4)


def text(nb: nbformat.NotebookNode) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def test_there_are_six_notebooks():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01-", "02-", "03-", "04-", "05-", "06-"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_another_corpus_and_window(corpus, tmp_path, path):
    values = {
        "reports_dir": str(corpus / "reports"),
        "data_dir": str(corpus / "data"),
        "figures_dir": str(tmp_path / "figures"),
        "gold_dir": str(corpus / "gold"),
        "start": "2024-06-01",
        "end": "2024-12-31",
    }
    nb = run(path, tmp_path, values)
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    written = sorted(p.stem for p in (tmp_path / "figures").glob("*.png"))
    assert written and set(written) <= set(FIGURES)
    assert all((tmp_path / "figures" / f"{name}.csv").is_file() for name in written)
    if "start" in declared(path, values):
        assert "1 reports from" in text(nb)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"reports_dir": "no-such-folder"}, "reports_dir: no such folder: 'no-such-folder'"),
        ({"start": "2024-13-45"}, "start: '2024-13-45' is not a date in YYYY-MM-DD form"),
        ({"start": "2024-06-01", "end": "2020-01-01"}, "start 2024-06-01 is after end 2020-01-01"),
    ],
)
def test_bad_parameters_give_a_readable_message(tmp_path, values, message):
    with pytest.raises(papermill.PapermillExecutionError) as error:
        run(NOTEBOOKS[0], tmp_path, {"figures_dir": str(tmp_path / "figures"), **values})
    assert error.value.ename == "ParameterError"
    assert error.value.evalue.startswith(message)


def test_tables_of_another_corpus_are_extracted_again(corpus, tmp_path):
    """Tables of other files in data_dir: the notebook re-extracts reports_dir there and says so."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    values = {
        "reports_dir": str(corpus / "reports"),
        "data_dir": str(tmp_path / "data"),
        "figures_dir": str(tmp_path / "figures"),
    }
    nb = run(NOTEBOOKS[1], tmp_path / "out", values)
    assert "extracted 2 reports from " in text(nb)
    assert "were not extracted from these files (not in the folder: " in text(nb)
    written = pd.read_csv(tmp_path / "data" / "reports.csv")["file"].tolist()
    assert written == sorted(p.name for p in (corpus / "reports").iterdir())


def test_gold_of_other_files_is_refused(corpus, tmp_path):
    values = {
        "reports_dir": str(corpus / "reports"),
        "data_dir": str(corpus / "data"),
        "figures_dir": str(tmp_path / "figures"),
    }
    with pytest.raises(papermill.PapermillExecutionError) as error:
        run(NOTEBOOKS[5], tmp_path, values)
    assert error.value.ename == "ParameterError"
    assert "annotates files that are not in" in error.value.evalue


EDGE = ROOT / "tests" / "fixtures" / "corpora"
# What each notebook says, instead of failing, on a corpus that lacks what it shows.
EDGE_SAYS = {
    ("no_facts", "02-timeline"): "No resolved dates in these reports",
    ("no_facts", "03-places"): "No places named in these reports.",
    ("no_facts", "04-numbers"): "No counts of people in these reports.",
    ("no_facts", "05-policy-changes"): "No policy changes in these reports",
    ("no_facts", "06-extraction-quality"): "no gold annotations for these reports",
    ("undated", "05-policy-changes"): "No policy changes in these reports",
    ("undated", "06-extraction-quality"): "no gold annotations for these reports",
}


@pytest.mark.parametrize("folder", ["no_facts", "undated"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_an_edge_corpus_with_an_empty_data_dir(tmp_path, folder, path):
    """One report with no facts, or reports with no publication date, and no gold: no failure."""
    (tmp_path / "data").mkdir()
    values = {
        "reports_dir": str(EDGE / folder),
        "data_dir": str(tmp_path / "data"),
        "figures_dir": str(tmp_path / "figures"),
    }
    nb = run(path, tmp_path / "out", values)
    reports = len(list((EDGE / folder).iterdir()))
    assert f"extracted {reports} reports from " in text(nb)
    assert "holds no tables" in text(nb)
    assert EDGE_SAYS.get((folder, path.stem), "") in text(nb)
    assert sorted(p.name for p in (tmp_path / "data").glob("*.csv")) == [
        "counts.csv",
        "dates.csv",
        "furniture.csv",
        "places.csv",
        "policy_changes.csv",
        "reports.csv",
    ]
