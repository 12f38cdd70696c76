"""Where things live: the package's shipped resources and the project's default folders."""

from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"

# Defaults are relative to the working directory, the project root for the CLI and Makefile.
REPORTS_DIR = Path("seeds")
DATA_DIR = Path("data")
FIGURES_DIR = Path("figures")
NOTEBOOKS_DIR = Path("notebooks")
CACHE_DIR = Path(".cache") / "extract"
GOLD_DIR = Path("tests") / "gold"
