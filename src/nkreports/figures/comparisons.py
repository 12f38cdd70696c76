"""Figures that compare: numbers side by side, extraction scores, policy categories confused."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter

from nkreports.analysis.estimates import GROUPS
from nkreports.analysis.links import hrefs
from nkreports.figures.style import OKABE_ITO, label, no_data

QUALIFIER_MARKERS = {
    "exact": "o",
    "approx": "o",
    "at_least": ">",
    "more_than": ">",
    "at_most": "<",
    "less_than": "<",
    "vague": "|",
}
# How far an open bound's arrow reaches (a factor on the log axis); a vague word's floor is an
# open lower bound too ("hundreds" is at least 200), drawn dashed.
OPEN_QUALIFIERS = {
    "at_least": 1.6,
    "more_than": 1.6,
    "at_most": 1 / 1.6,
    "less_than": 1 / 1.6,
    "vague": 2.5,
}
METRICS = ("precision", "recall", "f1")
# Confusion cells: bluish green where the category is right (the diagonal), vermillion for errors.
RIGHT_COLOUR, WRONG_COLOUR = OKABE_ITO[2], OKABE_ITO[4]


def _estimate_rows(estimates: pd.DataFrame) -> tuple[list[float], list[tuple[float, str]]]:
    """Y positions of the estimates, with a blank row and a heading before every group."""
    positions, headings, y = [], [], 0.0
    for group in [g for g in GROUPS if g in set(estimates["group"])]:
        headings.append((y, group))
        y += 1
        for _ in range((estimates["group"] == group).sum()):
            positions.append(y)
            y += 1
        y += 0.5
    return positions, headings


def estimates_figure(estimates: pd.DataFrame) -> Figure:
    """Counts of people as reported: ranges as bars, open bounds as arrows, grouped by subject."""
    rows = estimates.reset_index(drop=True)
    positions, headings = _estimate_rows(rows)
    colours = {g: OKABE_ITO[i] for i, g in enumerate(GROUPS)}
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.3 * (len(positions) + 1.5 * len(headings))))
    urls = hrefs(rows, "counts")
    for row, y, url in zip(rows.itertuples(), positions, urls, strict=True):
        colour = colours[row.group]
        if row.draw_high > row.draw_low:
            (bar,) = ax.plot([row.draw_low, row.draw_high], [y, y], color=colour, lw=6, alpha=0.5)
            bar.set_url(url)
        if row.qualifier in OPEN_QUALIFIERS:
            end = row.draw_low * OPEN_QUALIFIERS[row.qualifier]
            style = "--" if row.qualifier == "vague" else "-"
            arrow = {"arrowstyle": "->", "color": colour, "linestyle": style}
            ax.annotate("", (end, y), (row.draw_low, y), arrowprops=arrow).set_url(url)
        if row.qualifier == "range":
            continue  # the bar from low to high is the mark
        marker = QUALIFIER_MARKERS.get(row.qualifier, "o")
        # a line marker ('|') has no face or edge: give it its colour directly
        paint = (
            {"color": colour}
            if marker == "|"
            else {
                "facecolor": "white" if row.qualifier == "approx" else colour,
                "edgecolor": colour,
            }
        )
        ax.scatter(
            [row.draw_low],
            [y],
            marker=marker,
            s=60 if row.qualifier == "vague" else 40,
            zorder=3,
            **paint,
        ).set_urls([url])
    ax.set_yticks(positions, list(rows["label"]), fontsize=8)
    for text, url in zip(ax.get_yticklabels(), urls, strict=True):
        text.set_url(url)
    for y, group in headings:
        ax.text(
            0,
            y,
            group,
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontweight="bold",
            fontsize=9,
            color=colours[group],
        )
    ax.set_ylim(max([*positions, 1]) + 0.8, -0.8)
    ax.set_xscale("log")
    # arrows do not autoscale: keep every open bound's arrow head inside the axes
    heads = [
        r.draw_low * OPEN_QUALIFIERS[r.qualifier]
        for r in rows.itertuples()
        if r.qualifier in OPEN_QUALIFIERS
    ]
    if heads:
        low, high = ax.get_xlim()
        ax.set_xlim(min(low, min(heads) / 1.3), max(high, max(heads) * 1.3))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    label(
        ax,
        "Number of people (log scale)",
        "Number, what it counts (when) — source, publication date",
        "Reported numbers of people (more than one), grouped by what they count",
    )
    legend = [
        Line2D([], [], marker="o", ls="", color="#444444", label="exact"),
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="about"),
        Line2D([], [], marker=">", ls="-", color="#444444", label="at least / more than"),
        Line2D([], [], marker="<", ls="-", color="#444444", label="at most / less than"),
        Line2D([], [], lw=6, alpha=0.5, color="#444444", label="range (low to high)"),
        Line2D(
            [], [], marker="|", ls="--", color="#444444", label="vague word: at least its floor"
        ),
    ]
    ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


HATCHES = ("", "//", "..")  # after the eight colours, the same colours hatched


def _grouped_bars(ax: Axes, scores: pd.DataFrame, group: str, groups: list[str]) -> None:
    """Scores (0 to 1) per table, one labelled bar per group value side by side."""
    tables = list(dict.fromkeys(scores["table"]))
    width = 0.8 / len(groups)
    for i, name in enumerate(groups):
        values = scores[scores[group] == name].set_index("table")["value"].reindex(tables)
        xs = [t + (i - (len(groups) - 1) / 2) * width for t in range(len(tables))]
        colour, hatch = OKABE_ITO[i % len(OKABE_ITO)], HATCHES[i // len(OKABE_ITO) % len(HATCHES)]
        ax.bar(xs, values.astype("float64"), width=width, label=name, color=colour, hatch=hatch)
        turn = 90 if len(groups) > 4 else 0  # many narrow bars: upright labels do not overlap
        for x, v in zip(xs, values, strict=True):
            if pd.isna(v):
                continue  # the set annotates no such table: no bar, no label
            text = f" {float(v):.2f}" if turn else f"{float(v):.2f}"
            ax.text(x, float(v), text, ha="center", va="bottom", fontsize=7, rotation=turn)
    ax.set_xticks(range(len(tables)), [t.replace("_", " ") for t in tables])
    ax.set_ylim(0, 1.15)


def scores_figure(scores: pd.DataFrame) -> Figure:
    """Precision, recall and F1 of mention matching per table, as grouped bars."""
    fig, ax = plt.subplots(figsize=(7.5, 4))
    _grouped_bars(ax, scores, "metric", list(METRICS))
    label(
        ax,
        "Table",
        "Score (0 to 1)",
        "Extraction against the gold annotations: mentions found",
        legend={},
    )
    return fig


def sets_figure(scores: pd.DataFrame) -> Figure:
    """Strict F1 (mention found and its attributes right) per table, one bar per evaluation set."""
    sets = list(dict.fromkeys(scores["set"]))
    fig, ax = plt.subplots(figsize=(max(7.5, 3.5 + 0.55 * len(sets)), 4))
    _grouped_bars(ax, scores, "set", sets)
    label(
        ax,
        "Table",
        "Strict F1 (0 to 1)",
        "Strict F1 on each evaluation set (what each was used for: see the text)",
        legend={"title": "evaluation set"},
    )
    return fig


def _wrapped(name: str) -> str:
    """A category name on lines of at most 16 characters, words kept whole."""
    return textwrap.fill(str(name).replace("_", " "), 16, break_long_words=False)


def confusion_figure(matrix: pd.DataFrame) -> Figure:
    """A confusion matrix as a grid of counts: rows gold, columns predicted, shaded by count.

    The diagonal (a row and a column of the same name) is shaded green, every other cell
    vermillion; the rows and columns the other axis lacks ("not in gold", "missed") are set off
    by a dashed line. Zeros are written in grey; a matrix of zeros is said to be empty.
    """
    rows, columns = [str(r) for r in matrix.index], [str(c) for c in matrix.columns]
    fig, ax = plt.subplots(figsize=(8.5, 7.5))
    counts = matrix.to_numpy(dtype="int64")
    most = int(counts.max()) if counts.size else 0
    for y, gold in enumerate(rows if most else []):
        for x, predicted in enumerate(columns):
            if gold not in columns and predicted not in rows:
                continue  # "not in gold" × "missed" cannot happen
            count = int(counts[y, x])
            share = count / most if most else 0.0
            colour = RIGHT_COLOUR if gold == predicted else WRONG_COLOUR
            if count:
                shade = {"facecolor": colour, "alpha": 0.15 + 0.85 * share}
                ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, edgecolor="white", **shade))
            ink = "white" if share > 0.55 else ("#222222" if count else "#bbbbbb")
            weight = "bold" if gold == predicted and count else "normal"
            ax.text(x, y, str(count), ha="center", va="center", color=ink, fontweight=weight)
    for x, predicted in enumerate(columns):
        if predicted not in rows:
            ax.axvline(x - 0.5, color="#595959", ls="--", lw=0.8)
    for y, gold in enumerate(rows):
        if gold not in columns:
            ax.axhline(y - 0.5, color="#595959", ls="--", lw=0.8)
    if not most:
        no_data(ax, "No policy changes in the gold or the predictions")
    ax.grid(False)
    ax.set_xticks(range(len(columns)), [_wrapped(c) for c in columns], fontsize=8)
    plt.setp(ax.get_xticklabels(), rotation=35, ha="right", ma="right", rotation_mode="anchor")
    ax.set_yticks(range(len(rows)), [r.replace("_", " ") for r in rows], fontsize=8)
    ax.set_xlim(-0.5, max(len(columns), 1) - 0.5)
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)
    ax.tick_params(length=0)
    label(
        ax,
        "Predicted category",
        "Gold category",
        "Policy changes: gold category against predicted category",
        legend={
            "handles": [
                Patch(color=RIGHT_COLOUR, alpha=0.6, label="category right"),
                Patch(
                    color=WRONG_COLOUR, alpha=0.6, label="wrong category,\nmissed or not in gold"
                ),
            ],
            "title": "pairs by the scorer's matching",
        },
    )
    return fig
