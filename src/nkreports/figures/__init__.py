"""Figures: analysis frames in, labelled matplotlib figures saved as PNG + SVG + CSV out.

`style` holds the one style and `save_figure`, `basemap` the offline map of Northeast Asia,
`plots` the corpus, timeline and map figures, `comparisons` the side-by-side ones.
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
