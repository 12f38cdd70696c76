"""Figures: analysis frames in, labelled matplotlib figures saved as PNG + SVG + CSV out.

`style` holds the one style, `save_figure` and `publish` (SVG shown inline, marks linked to the
evidence pages), `basemap` the offline map of Northeast Asia, `maps` the places map, `plots` the
corpus and timeline figures, `comparisons` the estimates and scores, `policy` the policy events
and actors, `tables` the notebook tables with evidence links.
"""

from nkreports.figures.style import (
    OKABE_ITO,
    STYLE,
    category_colours,
    publish,
    save_figure,
    unlabelled,
    use_style,
)

__all__ = [
    "OKABE_ITO",
    "STYLE",
    "category_colours",
    "publish",
    "save_figure",
    "unlabelled",
    "use_style",
]
