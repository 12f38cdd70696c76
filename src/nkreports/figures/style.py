"""The one figure style and `save_figure`: PNG + SVG + the CSV of the data drawn, stable bytes."""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from nkreports.tables import to_csv_bytes, write_atomic

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency. Black is last so it is left for annotations unless there are eight categories.
OKABE_ITO = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
    "#000000",  # black
)
SOURCE_COLOUR = "#595959"
SOURCE_CHARS_PER_INCH = 17  # characters of the 7-point source note per inch of figure width
DPI = 150

STYLE = {
    "figure.dpi": DPI,
    "figure.facecolor": "white",
    "figure.figsize": (7.5, 4.5),
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.prop_cycle": cycler(color=OKABE_ITO),
    "axes.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
}
# What makes the saved bytes stable: glyphs as paths (no font lookup), fixed SVG ids, no dates.
SAVE_STYLE = {"svg.hashsalt": "nkreports", "svg.fonttype": "path", "path.simplify": True}
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")


def use_style() -> None:
    """Apply the shared figure style to matplotlib (call once at the top of a notebook)."""
    mpl.rcParams.update(STYLE)


def category_colours(categories: list[str]) -> dict[str, str]:
    """One Okabe–Ito colour per distinct category, assigned in sorted order (cycles past 8)."""
    ordered = sorted(set(categories))
    return {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(ordered)}


def unlabelled(fig: Figure) -> list[str]:
    """List what a reader would miss: no title, visible axes without x or y labels."""
    problems = []
    locations = ("left", "center", "right")
    titles = [fig.get_suptitle(), *(ax.get_title(loc) for ax in fig.axes for loc in locations)]
    if not any(titles):
        problems.append("no title")
    for i, ax in enumerate(fig.axes):
        if ax.axison and not (ax.get_xlabel() and ax.get_ylabel()):
            problems.append(f"axes {i} lacks an x or y label")
    return problems


def source_text(fig: Figure, source: str) -> mpl.text.Text:
    """Add a small 'Source: …' note under everything else on the figure, flush left.

    A long note wraps at the figure's width, so it never widens the saved image.
    """
    bbox = fig.get_tightbbox()
    width, height = fig.get_size_inches()
    return fig.text(
        bbox.x0 / width,
        (bbox.y0 - 0.08) / height,
        textwrap.fill(
            f"Source: {source}",
            width=int(bbox.width * SOURCE_CHARS_PER_INCH),
            break_long_words=False,  # a path or an address stays whole
            break_on_hyphens=False,
        ),
        ha="left",
        va="top",
        fontsize=7,
        color=SOURCE_COLOUR,
    )


def image_bytes(fig: Figure, fmt: str) -> bytes:
    """Render the figure as png or svg bytes with fixed metadata and a tight white margin."""
    buffer = io.BytesIO()
    metadata = PNG_METADATA if fmt == "png" else SVG_METADATA
    with mpl.rc_context(SAVE_STYLE):
        fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches="tight", pad_inches=0.1)
    return buffer.getvalue()


def save_figure(
    fig: Figure, name: str, data: pd.DataFrame, figures_dir: Path, source: str
) -> list[Path]:
    """Write `<name>.png`, `<name>.svg` and `<name>.csv` (the data drawn) with a source line."""
    if not NAME_PATTERN.fullmatch(name):
        raise ValueError(f"figure name {name!r}: use lower-case letters, digits, '-' and '_'")
    if not source.strip():
        raise ValueError(f"figure {name!r}: give a source line")
    problems = unlabelled(fig)
    if problems:
        raise ValueError(f"figure {name!r}: {'; '.join(problems)}")
    out = Path(figures_dir)
    paths = [out / f"{name}.png", out / f"{name}.svg", out / f"{name}.csv"]
    # The source line is removed again so the caller's figure is left as it was given.
    text = source_text(fig, source)
    try:
        images = [image_bytes(fig, "png"), image_bytes(fig, "svg")]
    finally:
        text.remove()
    for path, content in zip(paths, [*images, to_csv_bytes(data)], strict=True):
        write_atomic(path, content)
    return paths


@dataclass(frozen=True)
class Shown:
    """A saved figure as a notebook shows it: its SVG inline, so each linked mark is clickable."""

    svg: Path

    def _repr_html_(self) -> str:
        text = self.svg.read_text(encoding="utf-8")
        # matplotlib opens links in a new tab; on the page, a click should open the evidence.
        inline = text[text.index("<svg") :].replace(' target="_blank"', "")
        return f'<div class="nk-figure">{inline}</div>'

    def __repr__(self) -> str:
        return f"figure {self.svg.stem}: PNG, SVG and CSV saved"


def publish(fig: Figure, name: str, data: pd.DataFrame, figures_dir: Path, source: str) -> Shown:
    """Save the figure (PNG, SVG, CSV), close it, and return it for the notebook to show."""
    svg = save_figure(fig, name, data, figures_dir, source)[1]
    plt.close(fig)
    return Shown(svg)


def link_marks(artist, urls: list[str]) -> None:
    """Make each mark of a collection (a scatter's points) open its own evidence link in the SVG."""
    artist.set_urls(list(urls))


def no_data(ax: Axes, what: str) -> None:
    """Say on the axes that there is nothing to draw (the figure still has its labels)."""
    ax.text(0.5, 0.5, what, transform=ax.transAxes, ha="center", va="center", color="#595959")


def label(ax: Axes, x: str, y: str, title: str, legend: dict | None = None) -> None:
    """Name both axes and the panel; with legend options, put the legend outside on the right."""
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    ax.set_title(title)
    if legend is not None:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), **legend)
