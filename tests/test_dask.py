"""Extraction on a Dask cluster gives exactly the tables of a local run."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from nkreports.pipeline import BATCH, extract
from nkreports.schema import TABLES
from nkreports.tools import synthetic

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds plus enough synthetic reports for several batches."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    count = 3 * BATCH - 5
    synthetic.build_corpus(folder, count, seed=6, pool=synthetic.sentence_pool(SOURCES))
    return folder


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local_cluster:
        yield local_cluster


@pytest.mark.slow
def test_dask_tables_equal_local_tables(corpus, cluster):
    local = extract(corpus, jobs=1)
    remote = extract(corpus, scheduler=cluster.scheduler_address)
    assert len(local["reports"]) == 3 * BATCH
    for name in TABLES:
        pd.testing.assert_frame_equal(remote[name], local[name], check_exact=True)
        assert remote[name].equals(local[name]), name
