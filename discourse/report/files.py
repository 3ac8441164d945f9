"""Files of a report: written into a temporary folder and moved into place only when the report is complete."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["Folder", "write_json", "write_table"]


def _json_default(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class Folder:
    """A report being written into a temporary folder, moved into place file by file when complete."""

    def __init__(self, out_dir: Path, slug: str) -> None:
        self.final = out_dir / slug
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{slug}.", suffix=".tmp", dir=out_dir))
        self.files: list[str] = []

    def path(self, name: str) -> Path:
        self.files.append(name)
        return self.tmp / name

    def commit(self) -> None:
        self.final.mkdir(parents=True, exist_ok=True)
        for name in self.files:
            os.replace(self.tmp / name, self.final / name)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def write_table(folder: Folder, name: str, table: pd.DataFrame, formats: Sequence[str]) -> None:
    if "csv" in formats:
        table.to_csv(folder.path(f"{name}.csv"), index=False)
    if "parquet" in formats:
        clean = table.copy()
        clean.attrs = {k: v for k, v in table.attrs.items() if isinstance(v, (int, float, str, type(None)))}
        clean.to_parquet(folder.path(f"{name}.parquet"), index=False)


def write_json(folder: Folder, payload: Mapping[str, Any]) -> None:
    with open(folder.path("summary.json"), "w", encoding="utf-8") as stream:
        json.dump(payload, stream, ensure_ascii=False, indent=2, default=_json_default)
