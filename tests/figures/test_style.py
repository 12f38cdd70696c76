import io

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image

from nkreports import figures
from nkreports.tables import to_csv_bytes

DATA = pd.DataFrame({"month": ["2024-01", "2024-02", "2024-03"], "reports": [1, 3, 2]})
SOURCE = "nkreports tables, 3 test reports"


def bar_figure(title: str = "Reports per month", ylabel: str = "Reports (count)") -> Figure:
    with mpl.rc_context(figures.STYLE):
        fig = Figure()
        ax = fig.add_subplot()
        ax.bar(DATA["month"], DATA["reports"], color=figures.OKABE_ITO[0], label="reports")
        ax.set_title(title)
        ax.set_xlabel("Month of publication")
        ax.set_ylabel(ylabel)
        ax.legend()
    return fig


def saved(tmp_path, fig: Figure, name: str = "reports-per-month") -> dict[str, bytes]:
    paths = figures.save_figure(fig, name, DATA, tmp_path, SOURCE)
    return {p.suffix: p.read_bytes() for p in paths}


def test_writes_png_svg_and_csv_side_by_side(tmp_path):
    paths = figures.save_figure(bar_figure(), "reports-per-month", DATA, tmp_path, SOURCE)
    assert paths == [
        tmp_path / "reports-per-month.png",
        tmp_path / "reports-per-month.svg",
        tmp_path / "reports-per-month.csv",
    ]


def test_csv_is_exactly_the_data_drawn(tmp_path):
    files = saved(tmp_path, bar_figure())
    assert files[".csv"] == b"month,reports\n2024-01,1\n2024-02,3\n2024-03,2\n"
    assert files[".csv"] == to_csv_bytes(DATA)


def test_two_saves_of_one_figure_are_byte_identical(tmp_path):
    fig = bar_figure()
    assert saved(tmp_path / "a", fig) == saved(tmp_path / "b", fig)


def test_two_identical_figures_give_identical_bytes(tmp_path):
    assert saved(tmp_path / "a", bar_figure()) == saved(tmp_path / "b", bar_figure())


def test_no_software_version_or_date_in_images(tmp_path):
    files = saved(tmp_path, bar_figure())
    assert b"Matplotlib v" not in files[".svg"]
    assert b"<dc:date>" not in files[".svg"]
    assert Image.open(io.BytesIO(files[".png"])).text == {}


def test_png_is_150_dpi_on_white(tmp_path):
    image = Image.open(io.BytesIO(saved(tmp_path, bar_figure())[".png"]))
    assert round(image.info["dpi"][0]) == 150
    assert image.convert("RGB").getpixel((0, 0)) == (255, 255, 255)


def test_source_line_is_drawn_and_figure_left_as_given(tmp_path):
    fig = bar_figure()
    files = saved(tmp_path, fig)
    assert f"<!-- Source: {SOURCE} -->".encode() in files[".svg"]
    assert fig.texts == []


@pytest.mark.parametrize("name", ["", "Reports", "reports per month", "../escape", "-lead"])
def test_rejects_unsafe_names(tmp_path, name):
    with pytest.raises(ValueError, match="figure name"):
        figures.save_figure(bar_figure(), name, DATA, tmp_path, SOURCE)


def test_rejects_a_missing_source(tmp_path):
    with pytest.raises(ValueError, match="give a source line"):
        figures.save_figure(bar_figure(), "reports", DATA, tmp_path, " ")


@pytest.mark.parametrize(
    ("title", "ylabel", "problem"),
    [
        ("", "Reports (count)", "no title"),
        ("Reports per month", "", "axes 0 lacks an x or y label"),
    ],
)
def test_rejects_unlabelled_figures(tmp_path, title, ylabel, problem):
    with pytest.raises(ValueError, match=problem):
        figures.save_figure(bar_figure(title, ylabel), "reports", DATA, tmp_path, SOURCE)
    assert list(tmp_path.iterdir()) == []


def test_category_colours_follow_sorted_categories():
    assert figures.category_colours(["repatriated", "detained", "repatriated", "arrived"]) == {
        "arrived": "#E69F00",
        "detained": "#56B4E9",
        "repatriated": "#009E73",
    }


def test_category_colours_cycle_past_the_palette():
    colours = figures.category_colours([f"c{i}" for i in range(9)])
    assert colours["c8"] == colours["c0"] == "#E69F00"
