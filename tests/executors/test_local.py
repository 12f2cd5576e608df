"""The local executor: batching, drops counted by reason, the error policy, worker parity."""

from __future__ import annotations

import pytest

from newsledger.errors import ConfigError, StepError
from newsledger.executors.local import LocalExecutor
from newsledger.pipeline import Pipeline
from newsledger.records import Article
from newsledger.steps.base import EMPTY_TEXT, Step


class CopyRaw(Step):
    name = "test.copy.v1"
    requires = ("raw",)
    assigns = ("text",)
    batch_size = 3

    def process(self, article: Article) -> Article:
        article.text = article.raw.strip()
        if not article.text:
            article.drop_reason = EMPTY_TEXT
        return article


class FailOnBoom(Step):
    name = "test.boom.v1"
    requires = ("text",)
    assigns = ("title",)

    def process(self, article: Article) -> Article:
        if "boom" in article.text:
            raise ValueError("boom in text")
        article.title = article.text.split()[0]
        return article


def _articles(raws: list[str]) -> list[Article]:
    return [Article(id=f"a{i}", source=f"s{i}", raw=r) for i, r in enumerate(raws)]


def _collect(executor: LocalExecutor, raws: list[str]):
    out: list[Article] = []
    stats = executor.run(
        Pipeline([CopyRaw(), FailOnBoom()]).validate(), _articles(raws), out.extend
    )
    return out, stats


@pytest.mark.parametrize("workers", [1, 2])
def test_local_drops_and_skips_are_counted(workers):
    raws = ["alpha one", "   ", "boom here", "beta two", "gamma", ""]
    out, stats = _collect(LocalExecutor(workers=workers, on_error="skip"), raws)
    assert [a.title for a in out] == ["alpha", "beta", "gamma"]
    assert stats.steps["test.copy.v1"]["dropped_empty_text"] == 2
    assert stats.steps["test.copy.v1"]["forwarded"] == 4
    assert stats.steps["test.boom.v1"]["errors"] == 1
    assert stats.step_errors == ["s2: step test.boom.v1 failed: ValueError('boom in text')"]


@pytest.mark.parametrize("raws", [["fine", "boom"]])
def test_local_raise_policy_names_step_and_article(raws):
    with pytest.raises(StepError, match=r"test.boom.v1 failed on article a1"):
        _collect(LocalExecutor(on_error="raise"), raws)


@pytest.mark.parametrize("policy", ["ignore", ""])
def test_local_rejects_unknown_error_policy(policy):
    with pytest.raises(ConfigError, match="on_error must be one of"):
        LocalExecutor(on_error=policy)


@pytest.mark.parametrize("n", [7, 20])
def test_local_worker_parity(n):
    raws = [f"word{i} text" for i in range(n)]
    single, _ = _collect(LocalExecutor(workers=1), raws)
    pooled, _ = _collect(LocalExecutor(workers=2), raws)
    assert [a.to_dict() for a in single] == [a.to_dict() for a in pooled]


@pytest.mark.parametrize("order", [[FailOnBoom, CopyRaw]])
def test_pipeline_validate_rejects_missing_inputs(order):
    with pytest.raises(ConfigError, match="requires text"):
        Pipeline([cls() for cls in order]).validate()
