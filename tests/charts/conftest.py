"""The chart tests use the hand-built results of tests/report/conftest.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _builders() -> ModuleType:
    name = "report_results_builders"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[1] / "report" / "conftest.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


builders = _builders()


@pytest.fixture(scope="session")
def seed003():  # type: ignore[no-untyped-def]
    return builders.seed_003()


@pytest.fixture(scope="session")
def empty():  # type: ignore[no-untyped-def]
    return builders.empty_thread()


@pytest.fixture(scope="session")
def corpus200():  # type: ignore[no-untyped-def]
    return builders.synthetic()
