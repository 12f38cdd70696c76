"""Placeholder until the places stage lands."""


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns of this stage."""
    return []
