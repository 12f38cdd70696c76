"""Places: spaCy GPE/LOC spans and curated names in, `Place` rows normalised to a gazetteer out.

`candidates` and `borders` find the mentions, `gazetteer` looks names up in the shipped gazetteer,
`ambiguity` chooses among entries that share a name, `mentions` builds the rows.
"""

from nkreports.facts.places.mentions import (
    RESOURCE_FILES,
    RULES_VERSION,
    extract_places,
    ruler_patterns,
    version,
)

__all__ = ["RESOURCE_FILES", "RULES_VERSION", "extract_places", "ruler_patterns", "version"]
