"""Reading and writing the tables: declared dtypes, stable bytes, atomic replacement."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from nkreports.schema import TABLES, columns, dtypes


def write_atomic(path: Path, data: bytes) -> None:
    """Write bytes to path so readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make published tables private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes with Unix line ends and no index: the same frame gives the same bytes."""
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_table(df: pd.DataFrame, name: str, out_dir: Path) -> Path:
    """Write one declared table as `<out_dir>/<name>.csv`, atomically."""
    record = TABLES[name]
    path = Path(out_dir) / f"{name}.csv"
    write_atomic(path, to_csv_bytes(df[columns(record)].astype(dtypes(record))))
    return path


def read_table(name: str, data_dir: Path) -> pd.DataFrame:
    """Read `<data_dir>/<name>.csv` back with the declared dtypes (empty text stays "")."""
    record = TABLES[name]
    types = dtypes(record)
    text_cols = [c for c, t in types.items() if t == "string"]
    df = pd.read_csv(
        Path(data_dir) / f"{name}.csv",
        dtype={c: "string" for c in text_cols},
        keep_default_na=False,
        na_values={c: [""] for c in types if c not in text_cols},
    )
    return df[columns(record)].astype(types)
