import json
import shutil
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from nkreports import notebooks

TINY = Path(__file__).parent / "fixtures" / "notebooks" / "tiny.ipynb"


def executed_notebook() -> nbformat.NotebookNode:
    code = new_code_cell("x = 1", execution_count=3, id="params")
    code.metadata = {
        "tags": ["parameters"],
        "execution": {"iopub.execute_input": "2024-07-01T10:00:00Z"},
        "papermill": {"duration": 0.1, "status": "completed"},
    }
    result = new_code_cell("x", execution_count=4, id="result")
    result.outputs = [new_output("execute_result", {"text/plain": "1"}, execution_count=4)]
    result.metadata = {"tags": []}
    nb = new_notebook(cells=[new_markdown_cell("# Title", id="title"), code, result])
    nb.metadata = {"kernelspec": {"name": "python3"}, "papermill": {"start_time": "2024"}}
    return nb


def test_clean_drops_run_metadata_keeps_tags_and_renumbers():
    cleaned = notebooks.clean(executed_notebook())
    code, result = cleaned.cells[1], cleaned.cells[2]
    assert code.metadata == {"tags": ["parameters"]}
    assert code.execution_count == 1
    assert result.metadata == {}
    assert result.execution_count == 2
    assert result.outputs[0].execution_count == 2
    assert result.outputs[0].data == {"text/plain": "1"}
    assert cleaned.metadata == {"kernelspec": notebooks.KERNELSPEC}


def test_stored_notebooks_carry_the_installed_kernelspec():
    """Opening a notebook in JupyterLab must not rewrite its kernelspec (and mark it changed)."""
    from jupyter_client.kernelspec import KernelSpecManager

    installed = KernelSpecManager().get_kernel_spec(notebooks.KERNEL_NAME)
    assert {
        "display_name": installed.display_name,
        "language": installed.language,
        "name": notebooks.KERNEL_NAME,
    } == notebooks.KERNELSPEC
    for path in notebooks.notebook_paths(Path(__file__).parents[1] / "notebooks"):
        assert nbformat.read(path, as_version=4).metadata.kernelspec == notebooks.KERNELSPEC


def test_clean_leaves_its_argument_alone():
    nb = executed_notebook()
    notebooks.clean(nb)
    assert nb == executed_notebook()


def test_clean_gives_injected_cell_a_stable_id():
    injected = new_code_cell("x = 2", id="a1b2c3d4", metadata={"tags": ["injected-parameters"]})
    cleaned = notebooks.clean(new_notebook(cells=[injected]))
    assert cleaned.cells[0].id == "injected-parameters"
    assert cleaned.cells[0].metadata == {"tags": ["injected-parameters"]}


def test_clean_notebook_rewrites_file_stably(tmp_path):
    path = tmp_path / "run.ipynb"
    nbformat.write(executed_notebook(), path)
    notebooks.clean_notebook(path)
    once = path.read_bytes()
    notebooks.clean_notebook(path)
    assert path.read_bytes() == once
    assert b'"execution_count": 1' in once
    assert b"papermill" not in once
    assert b'"parameters"' in once


@pytest.mark.parametrize(
    ("markdown", "title"),
    [
        ("# Corpus\n\nWhich reports do we have?", "Corpus"),
        ("Intro line\n# Numbers reported #\n", "Numbers reported"),
        ("#  Places  \n", "Places"),
    ],
)
def test_notebook_title_is_first_h1(markdown, title):
    nb = new_notebook(cells=[new_markdown_cell("## Not this"), new_markdown_cell(markdown)])
    assert notebooks.notebook_title(nb) == title


@pytest.mark.parametrize("markdown", ["## Subhead only", "#hashtag", "plain text"])
def test_notebook_title_requires_an_h1(markdown):
    with pytest.raises(ValueError, match="no Markdown H1"):
        notebooks.notebook_title(new_notebook(cells=[new_markdown_cell(markdown)]))


def test_render_html_writes_a_standalone_titled_page(tmp_path):
    page = notebooks.render_html(TINY, tmp_path / "html")
    text = page.read_text(encoding="utf-8")
    assert page == tmp_path / "html" / "tiny.html"
    assert "<title>Tiny notebook</title>" in text
    assert "<script src=" not in text
    assert "# word to print" in text


def test_render_html_is_byte_stable(tmp_path):
    first = notebooks.render_html(TINY, tmp_path / "a").read_bytes()
    assert notebooks.render_html(TINY, tmp_path / "b").read_bytes() == first


def test_render_index_links_pages_by_title_in_name_order(tmp_path):
    for name, title in [("02-timeline", "Timeline &amp; policies"), ("01-corpus", "Corpus")]:
        (tmp_path / f"{name}.html").write_text(f"<html><title>{title}</title></html>")
    index = notebooks.render_index(
        [tmp_path / "02-timeline.html", tmp_path / "01-corpus.html"], tmp_path
    )
    assert index == tmp_path / "index.html"
    assert (
        '<li><a href="01-corpus.html">Corpus</a></li>\n'
        '<li><a href="02-timeline.html">Timeline &amp; policies</a></li>'
    ) in index.read_text(encoding="utf-8")


def test_render_index_lists_evidence_pages_after_the_notebooks(tmp_path):
    (tmp_path / "01-corpus.html").write_text("<html><title>Corpus</title></html>")
    index = notebooks.render_index(
        [tmp_path / "01-corpus.html"], tmp_path, [tmp_path / "reports" / "r2.html"]
    )
    text = index.read_text(encoding="utf-8")
    assert '<li><a href="reports/r2.html">r2</a></li>' in text
    assert text.index("01-corpus.html") < text.index("reports/r2.html")


def test_rendered_page_links_back_to_the_index(tmp_path):
    page = notebooks.render_html(TINY, tmp_path / "html")
    assert '<a href="index.html">' in page.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    shutil.copy(TINY, folder / "tiny.ipynb")
    default = notebooks.run_notebook(folder / "tiny.ipynb")
    before = (folder / "tiny.ipynb").read_bytes()
    other = notebooks.run_notebook(
        folder / "tiny.ipynb", {"greeting": "bye", "repeat": 3}, folder / "out" / "bye.ipynb"
    )
    return {"default": default, "before": before, "other": other, "folder": folder}


def stdout(nb: nbformat.NotebookNode) -> list[str]:
    return [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text" in o]


@pytest.mark.slow
def test_default_run_in_place_injects_nothing(runs):
    nb = nbformat.read(runs["default"], as_version=4)
    assert runs["default"] == runs["folder"] / "tiny.ipynb"
    assert [c.id for c in nb.cells] == ["tiny-0", "tiny-1", "tiny-2", "tiny-3"]
    assert nb.cells[1].metadata == {"tags": ["parameters"]}
    assert stdout(nb) == ["hello hello\n"]
    assert "image/png" in nb.cells[3].outputs[0].data
    assert [c.get("execution_count") for c in nb.cells] == [None, 1, 2, 3]
    assert "papermill" not in nb.metadata


@pytest.mark.slow
def test_run_with_parameters_writes_elsewhere(runs):
    nb = nbformat.read(runs["other"], as_version=4)
    assert runs["other"] == runs["folder"] / "out" / "bye.ipynb"
    assert nb.cells[2].id == "injected-parameters"
    assert nb.cells[2].source == '# Parameters\ngreeting = "bye"\nrepeat = 3\n'
    assert stdout(nb) == ["bye bye bye\n"]
    assert (runs["folder"] / "tiny.ipynb").read_bytes() == runs["before"]


@pytest.mark.slow
def test_rerun_with_defaults_is_byte_stable(runs):
    notebooks.run_notebook(runs["default"])
    assert runs["default"].read_bytes() == runs["before"]


@pytest.mark.parametrize("path", sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb")))
def test_stored_outputs_hold_no_warnings_or_machine_paths(path):
    """A warning prints this machine's path: nbval would fail on any other checkout."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    streams = [
        "".join(output.get("text", ""))
        for cell in notebook["cells"]
        for output in cell.get("outputs", [])
        if output.get("output_type") == "stream"
    ]
    root = str(Path(__file__).resolve().parents[1])
    assert not [s for s in streams if "Warning" in s or root in s]
