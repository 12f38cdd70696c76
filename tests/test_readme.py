"""The README says what the code does: its codebook, columns, commands and targets exist."""

import re
from pathlib import Path

import pytest

from nkreports.cli import parser
from nkreports.facts.policy.codebook import codebook_markdown
from nkreports.schema import TABLES, columns

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_readme_prints_the_codebook_exactly():
    assert codebook_markdown().strip() in README


@pytest.mark.parametrize("name", list(TABLES))
def test_readme_documents_every_column(name):
    section = README.split("## The tables", 1)[1].split("\n## ", 1)[0]
    missing = [c for c in columns(TABLES[name]) if f"`{c}`" not in section]
    assert not missing, f"{name}: {missing}"


def test_every_make_target_named_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z]+):", makefile, flags=re.M))
    named = set(re.findall(r"`make ([a-z]+)`", README)) | set(
        re.findall(r"^make ([a-z]+)$", README, re.M)
    )
    assert named and named <= targets


def test_every_cli_command_in_the_readme_exists():
    commands = set(parser()._subparsers._group_actions[0].choices)
    named = set(re.findall(r"`nkreports ([a-z]+)", README))
    assert named == commands
