import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from nkreports import notebooks

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).parents[1]
TINY = Path(__file__).parent / "fixtures" / "notebooks" / "tiny.ipynb"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def serve(folder: Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_report(browser, folder: Path) -> dict[str, tuple[int, list[bool]]]:
    """Per linked page: HTTP status and, per <img>, whether it displays."""
    server = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        page = browser.new_page()
        assert page.goto(base + "index.html").status == 200
        links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
        report = {}
        for link in links:
            response = page.goto(link, wait_until="load")
            shown = page.eval_on_selector_all(
                "img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)"
            )
            report[link.removeprefix(base)] = (response.status, shown)
        page.close()
        return report
    finally:
        server.shutdown()
        server.server_close()


def test_fixture_pages_load_and_show_images(browser, tmp_path):
    shutil.copy(TINY, tmp_path / "tiny.ipynb")
    notebooks.run_notebook(tmp_path / "tiny.ipynb")
    page = notebooks.render_html(tmp_path / "tiny.ipynb", tmp_path / "html")
    notebooks.render_index([page], tmp_path / "html")
    assert page_report(browser, tmp_path / "html") == {"tiny.html": (200, [True])}


def test_fixture_page_with_a_broken_image_is_caught(browser, tmp_path):
    (tmp_path / "broken.html").write_text('<title>Broken</title><img src="missing.png">')
    notebooks.render_index([tmp_path / "broken.html"], tmp_path)
    assert page_report(browser, tmp_path) == {"broken.html": (200, [False])}


@pytest.mark.skipif(
    not list((ROOT / "notebooks").glob("*.ipynb")), reason="no notebooks in notebooks/ yet"
)
def test_rendered_notebooks_load_and_show_every_image(browser):
    index = ROOT / "notebooks" / "html" / "index.html"
    assert index.exists(), "render the notebooks first (notebooks/html/index.html is missing)"
    report = page_report(browser, index.parent)
    assert report, "index.html links no pages"
    assert {name: status for name, (status, _) in report.items()} == dict.fromkeys(report, 200)
    assert {name: all(shown) for name, (_, shown) in report.items()} == dict.fromkeys(report, True)


# For every fact table: a rendered page whose figure and tables link to its facts.
CLICKS = [
    ("02-timeline.html", "dates"),
    ("03-places.html", "places"),
    ("04-numbers.html", "counts"),
    ("05-policy-changes.html", "policy_changes"),
]
# The first visible link to a fact of the table, in a figure (SVG) or a table, whose centre a
# click really hits; scrolled into view. Returns [x, y] or null.
CLICKABLE = """([where, table]) => {
  const links = where === "figure"
    ? Array.from(document.querySelectorAll("svg a"))
    : Array.from(document.querySelectorAll("table.nk a"));
  for (const a of links) {
    const href = a.getAttribute("href") || a.getAttribute("xlink:href") || "";
    if (!href.includes("#" + table + "-")) continue;
    a.scrollIntoView({block: "center"});
    const box = a.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    // a mark may be partly covered (a bar under the publication line): try points across it
    for (const fx of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      for (const fy of [0.5, 0.25, 0.75]) {
        const x = box.left + box.width * fx, y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.closest("a") === a) return [x, y];
      }
    }
  }
  return null;
}"""
HIGHLIGHTED = "() => Array.from(document.querySelectorAll('.current')).map(e => e.textContent)"


@pytest.fixture(scope="module")
def rendered():
    index = ROOT / "notebooks" / "html" / "index.html"
    assert index.exists(), "render the notebooks first (notebooks/html/index.html is missing)"
    server = serve(index.parent)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("where", ["figure", "table"])
@pytest.mark.parametrize(("page_name", "table"), CLICKS, ids=[t for _, t in CLICKS])
def test_click_opens_the_exact_mention_highlighted(browser, rendered, page_name, table, where):
    """Click a figure mark or a table row, follow the link, find the mention highlighted."""
    from nkreports.tables import read_table

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(rendered + page_name, wait_until="load")
        point = page.evaluate(CLICKABLE, [where, table])
        assert point, f"no clickable {table} link in a {where} of {page_name}"
        with page.expect_navigation():
            page.mouse.click(*point)
        report_id, _, rest = page.url.removeprefix(rendered + "reports/").partition(".html#")
        clicked_table, _, start = rest.rpartition("-")
        facts = read_table(clicked_table, ROOT / "data")
        row = facts[(facts["report_id"] == report_id) & (facts["start"] == int(start))].iloc[0]
        assert clicked_table == table
        assert "".join(page.evaluate(HIGHLIGHTED)) == row["mention"]
    finally:
        page.close()
