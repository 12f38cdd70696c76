"""Run, clean and render the notebooks: papermill in, stable JSON and standalone pages out.

Stored notebooks hold exactly what a fresh papermill run writes, minus run metadata (timestamps,
papermill's records); cell tags such as `parameters` are kept. Execution counts are renumbered
1, 2, … by code-cell position: nbval needs them (it refuses outputs of an "unrun" cell) and a
fresh run of every cell gives exactly those numbers.
"""

from __future__ import annotations

import copy
import html
import os
import re
from pathlib import Path

import nbformat
import papermill
from jinja2 import DictLoader
from nbconvert import HTMLExporter

from nkreports import paths
from nkreports.analysis.links import REPORTS_FOLDER
from nkreports.evidence import write_pages
from nkreports.schema import TABLES
from nkreports.tables import read_table, write_atomic

KERNEL_NAME = "python3"
# The kernelspec ipykernel installs, stored as is: opening a notebook in Lab changes nothing.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
# Cell metadata a run writes (an author does not): nbclient timings, papermill status, extensions.
RUN_CELL_METADATA = ("execution", "papermill", "ExecuteTime")
RUN_NOTEBOOK_METADATA = ("papermill",)
INJECTED_TAG = "injected-parameters"
# The JupyterLab page without the CDN scripts (require.js, MathJax, Mermaid): pages work offline.
# Every page links back to the index; figures (inline SVG) fit the page width.
PAGE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
<style>.nk-figure svg { max-width: 100%; height: auto; } nav.nk { margin: 0.5rem 1rem; }</style>
{%- endblock html_head_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="nk"><a href="index.html">← all notebooks and reports</a></nav>
{%- endblock body_header -%}
"""
INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>nkreports notebooks</title>
<style>
body {{ font-family: sans-serif; max-width: 44rem; margin: 2rem auto; line-height: 1.5; }}
</style>
</head>
<body>
<h1>nkreports notebooks</h1>
<ol>
{items}
</ol>
{reports}
</body>
</html>
"""
H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


def clean_cell(
    cell: nbformat.NotebookNode, index: int, count: int | None = None
) -> nbformat.NotebookNode:
    """Copy one cell without run metadata, with a stable id and count (None if it never ran)."""
    cleaned = copy.deepcopy(cell)
    tags = cleaned.metadata.get("tags", [])
    # Papermill gives its injected cell a random id and every other cell an empty tag list.
    if INJECTED_TAG in tags:
        cleaned.id = INJECTED_TAG
    cleaned.setdefault("id", f"cell-{index}")
    if not tags:
        cleaned.metadata.pop("tags", None)
    for key in RUN_CELL_METADATA:
        cleaned.metadata.pop(key, None)
    if cleaned.cell_type == "code":
        ran = cleaned.execution_count is not None
        cleaned.execution_count = count if ran else None
        for output in cleaned.outputs:
            if "execution_count" in output:
                output.execution_count = cleaned.execution_count
    return cleaned


def code_positions(cells: list) -> list[int | None]:
    """1-based position of each code cell among the code cells (None for other cells)."""
    positions, seen = [], 0
    for cell in cells:
        seen += cell.cell_type == "code"
        positions.append(seen if cell.cell_type == "code" else None)
    return positions


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Copy the notebook without run timestamps or papermill records, counts renumbered."""
    cleaned = copy.deepcopy(nb)
    cleaned.nbformat_minor = max(cleaned.nbformat_minor, 5)
    positions = code_positions(cleaned.cells)
    cleaned.cells = [
        clean_cell(cell, i, count)
        for i, (cell, count) in enumerate(zip(cleaned.cells, positions, strict=True))
    ]
    for key in RUN_NOTEBOOK_METADATA:
        cleaned.metadata.pop(key, None)
    cleaned.metadata.kernelspec = nbformat.NotebookNode(KERNELSPEC)
    return cleaned


def notebook_bytes(nb: nbformat.NotebookNode) -> bytes:
    """Serialise the notebook as nbformat does (sorted keys, one-space indent) plus a newline."""
    text = nbformat.writes(nb)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def clean_notebook(path: Path) -> None:
    """Rewrite a notebook file in place without run metadata (keeps tags and outputs)."""
    nb = nbformat.read(Path(path), as_version=4)
    write_atomic(Path(path), notebook_bytes(clean(nb)))


def run_notebook(path: Path, parameters: dict | None = None, output: Path | None = None) -> Path:
    """Execute a notebook with papermill in its own folder, in place unless output is given.

    With no parameters papermill injects no cell, so an in-place run with the defaults leaves
    only outputs to change. Relative paths in parameters resolve against the notebook's folder.
    The written notebook is cleaned; its path is returned.
    """
    source = Path(path).resolve()
    target = Path(output).resolve() if output is not None else source
    target.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        source,
        target,
        parameters=parameters,
        kernel_name=KERNEL_NAME,
        cwd=source.parent,
        progress_bar=False,
        log_output=False,
    )
    clean_notebook(target)
    return target


def notebook_title(nb: nbformat.NotebookNode) -> str:
    """Find the notebook's first Markdown H1 (every notebook opens with one)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and (match := H1.search(cell.source)):
            return match.group(1)
    raise ValueError("notebook has no Markdown H1 title")


def render_html(notebook: Path, out_dir: Path) -> Path:
    """Render a notebook to `<out_dir>/<stem>.html`: one standalone page, images inline."""
    path = Path(notebook)
    nb = nbformat.read(path, as_version=4)
    exporter = HTMLExporter(
        extra_loaders=[DictLoader({"page.html.j2": PAGE_TEMPLATE})],
        template_file="page.html.j2",
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": notebook_title(nb)}})
    page = Path(out_dir) / f"{path.stem}.html"
    write_atomic(page, body.encode("utf-8"))
    return page


def page_title(page: Path) -> str:
    """Read the text of a rendered page's <title>."""
    match = TITLE.search(Path(page).read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{page} has no <title>")
    return html.unescape(match.group(1).strip())


def render_index(pages: list[Path], out_dir: Path, reports: list[Path] = ()) -> Path:
    """Write `<out_dir>/index.html` linking every page by its title, in file-name order.

    reports are the evidence pages, listed under the notebooks by file name.
    """
    out = Path(out_dir)

    def item(page: Path, title: str) -> str:
        href = html.escape(Path(os.path.relpath(page, out)).as_posix())
        return f'<li><a href="{href}">{html.escape(title)}</a></li>'

    items = [item(p, page_title(p)) for p in sorted(pages, key=lambda p: Path(p).name)]
    listed = [item(p, Path(p).stem) for p in sorted(reports, key=lambda p: Path(p).name)]
    shown = (
        f"<h2>Evidence: every report, facts highlighted</h2>\n<ul>\n{chr(10).join(listed)}\n</ul>"
    )
    index = out / "index.html"
    page = INDEX_TEMPLATE.format(items="\n".join(items), reports=shown if listed else "")
    write_atomic(index, page.encode("utf-8"))
    return index


def notebook_paths(notebooks_dir: Path) -> list[Path]:
    """The numbered notebooks `NN-*.ipynb` of a folder, in run order."""
    return sorted(Path(notebooks_dir).glob("[0-9][0-9]-*.ipynb"))


def build_notebooks(
    notebooks_dir: Path,
    html_dir: Path,
    reports_dir: Path = paths.REPORTS_DIR,
    data_dir: Path = paths.DATA_DIR,
) -> list[Path]:
    """Run every numbered notebook in place with its defaults, clean it, render pages and index.

    Also writes the evidence page of every report under `<html_dir>/reports/` (from the tables
    in data_dir, which the notebooks' defaults read). Returns the rendered notebook pages in run
    order, then the evidence pages, then the index page.
    """
    pages = [render_html(run_notebook(path), html_dir) for path in notebook_paths(notebooks_dir)]
    tables = {name: read_table(name, Path(data_dir)) for name in TABLES}
    out = Path(html_dir) / REPORTS_FOLDER
    evidence = write_pages(tables, Path(reports_dir), out, "../index.html")
    return [*pages, *evidence, render_index(pages, html_dir, evidence)]
