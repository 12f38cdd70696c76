"""Placeholder until the counts stage lands."""


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns of this stage."""
    return []
