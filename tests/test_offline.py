"""The whole extraction runs with the network blocked: no socket is ever opened."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nkreports.pipeline import extract, load_nlp
from nkreports.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def network_attempts(monkeypatch):
    """Every way of reaching the network records the attempt and fails."""
    attempts = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network access attempted in an offline test: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


@pytest.mark.slow
def test_extraction_in_process_opens_no_socket(network_attempts):
    load_nlp.cache_clear()  # the model load is part of the run under test
    tables = extract(SEEDS, jobs=1)
    assert network_attempts == []
    assert sorted(tables["reports"]["file"]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _unshare_works(), reason="`unshare -n` needs root (user namespaces)")
def test_cli_succeeds_without_a_network_namespace(tmp_path):
    nkreports = Path(sys.executable).parent / "nkreports"
    script = f"ip link set lo up; {nkreports} extract seeds --out {tmp_path} --no-cache"
    env = {**os.environ, "NO_PROXY": "", "HTTP_PROXY": "", "HTTPS_PROXY": ""}
    done = subprocess.run(
        ["unshare", "-n", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == sorted(
        f"{name}.csv" for name in TABLES
    )
