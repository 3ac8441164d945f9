"""The plain-text reader on the dragnet development pages (AGPL data: read in place, skipped when absent)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRAGNET = ROOT.parent / "shared" / "data" / "dragnet-dev"

pytestmark = pytest.mark.skipif(not DRAGNET.is_dir(), reason="../shared/data/dragnet-dev is absent")


def _benchmark():
    spec = importlib.util.spec_from_file_location("dragnet_text", ROOT / "benchmarks" / "dragnet_text.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured():
    """Every page read once for all the tests of this module."""
    bench = _benchmark()
    results, _ = bench.run(DRAGNET)
    return bench, results


@pytest.fixture(scope="module")
def figures(measured):
    bench, results = measured
    return bench.summary(results)


def test_comment_sections_are_found(figures):
    assert figures["pages_with_comments"] >= 100
    assert figures["found_on_with"] >= 0.90
    assert figures["found_on_without"] <= 0.03


def test_comment_text_stays_out_of_the_article_and_article_text_stays_in(figures):
    assert figures["median_leaked"] <= 0.05
    assert figures["median_kept"] >= 0.90


@pytest.mark.parametrize("fold", [0, 1])
def test_each_half_of_the_pages_meets_the_targets(measured, fold):
    # a change fitted to some pages shows as one half failing; held-out pages are checked the same way
    bench, results = measured
    figures = bench.summary([r for r in results if bench.half(r.name) == fold])
    assert figures["found_on_with"] >= 0.90
    assert figures["found_on_without"] <= 0.03
    assert figures["median_leaked"] <= 0.05
    assert figures["median_kept"] >= 0.90


def test_gold_split_removes_only_the_marker_line():
    bench = _benchmark()
    marker = b"!@#$%^&*()" + b"  COMMENTS"  # the pages' marker line, not written whole in a tracked file
    data = b"Title\r\nArticle line.\r\n" + marker + b"\r\nPeter said...\r\nHello.\r\n"
    text, article, comments = bench.split_gold(data)
    assert b"COMMENTS" not in text and text.count(b"\n") == data.count(b"\n")
    assert article == ["title", "article line."]
    assert comments == ["peter said...", "hello."]
