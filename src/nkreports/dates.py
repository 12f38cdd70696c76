"""Placeholder until the dates stage lands."""


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns of this stage."""
    return []
