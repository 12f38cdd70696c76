"""Where things live: the package's shipped resources and the project's default folders."""

import hashlib
from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"

# Defaults are relative to the working directory, the project root for the CLI and Makefile.
REPORTS_DIR = Path("seeds")
DATA_DIR = Path("data")
FIGURES_DIR = Path("figures")
NOTEBOOKS_DIR = Path("notebooks")
CACHE_DIR = Path(".cache") / "extract"
GOLD_DIR = Path("tests") / "gold"


def stage_version(rules: str, resource_files: tuple[str, ...], resources: Path = RESOURCES) -> str:
    """A stage's version: its rule version plus a digest of the resource files it reads.

    Editing a word list, the gazetteer, the codebook or the trained model changes the digest, so
    cached results made with the old file are never reused (the cache key holds every stage's
    version). A missing file counts as its name alone: the trained model is absent while it is
    being rebuilt, and the stage that needs it says so when it loads it.
    """
    if not resource_files:
        return rules
    digest = hashlib.sha256()
    for name in resource_files:
        path = resources / name
        digest.update(path.read_bytes() if path.is_file() else f"missing {name}".encode())
    return f"{rules}+{digest.hexdigest()[:12]}"
