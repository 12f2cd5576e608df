"""Pipelines: an ordered list of steps, checked at build time.

A pipeline is built from the default step list or from a TOML file with one `[[pipeline]]`
table per step (`step = "clean.capture.v1"` plus that step's keyword arguments):

    [[pipeline]]
    step = "clean.capture.v1"
    page_timeout_s = 5.0

    [[pipeline]]
    step = "annotate.spacy.v1"

    [[pipeline]]
    step = "code.events.v1"
    codebook_path = "my-codebook.yaml"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.errors import ConfigError
from newsledger.registry import get_step
from newsledger.steps.base import Step

# Fields a reader fills before any step runs.
READER_FIELDS = frozenset(
    {"id", "source", "raw", "format", "url", "outlet", "captured", "published", "meta"}
)

DEFAULT_STEPS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("clean.capture.v1", {}),
    ("annotate.spacy.v1", {}),
    ("code.events.v1", {}),
)


@dataclass
class Pipeline:
    """Steps applied in order to each article.

    Example:
        >>> pipeline = Pipeline.default()
        >>> [s.name for s in pipeline.steps]
        ['clean.capture.v1', 'annotate.spacy.v1', 'code.events.v1']
    """

    steps: list[Step] = field(default_factory=list)

    def validate(self) -> Pipeline:
        """Fail with `ConfigError` if a step requires a field no earlier step assigns."""
        available = set(READER_FIELDS)
        for step in self.steps:
            missing = [f for f in step.requires if f not in available]
            if missing:
                raise ConfigError(
                    f"step {step.name} requires {', '.join(missing)}, which no earlier step "
                    f"assigns; put a step that assigns them before it"
                )
            available.update(step.assigns)
        return self

    def setup(self) -> None:
        """Load every step's models (once per worker)."""
        for step in self.steps:
            step.setup()

    @property
    def batch_size(self) -> int:
        """The largest batch any step asks for."""
        return max((s.batch_size for s in self.steps), default=1)

    @classmethod
    def from_specs(cls, specs: list[tuple[str, dict[str, Any]]]) -> Pipeline:
        """Build and validate a pipeline from (step name, keyword arguments) pairs."""
        steps = []
        for name, kwargs in specs:
            step_cls = get_step(name)
            try:
                steps.append(step_cls(**kwargs))
            except TypeError as err:
                raise ConfigError(f"bad arguments for step {name}: {err}") from err
        return cls(steps).validate()

    @classmethod
    def default(cls, overrides: dict[str, dict[str, Any]] | None = None) -> Pipeline:
        """The default pipeline; `overrides` maps a step name to extra keyword arguments."""
        overrides = overrides or {}
        return cls.from_specs([(n, {**kw, **overrides.get(n, {})}) for n, kw in DEFAULT_STEPS])

    @classmethod
    def from_toml(cls, path: str | Path, overrides: dict[str, dict[str, Any]] | None = None):
        """Build a pipeline from a TOML file of `[[pipeline]]` tables."""
        try:
            config = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"cannot read pipeline file {path}: {err}") from err
        tables = config.get("pipeline")
        if not isinstance(tables, list) or not tables:
            raise ConfigError(f"{path}: expected one or more [[pipeline]] tables with a 'step'")
        specs = []
        for table in tables:
            kwargs = dict(table)
            if "step" not in kwargs:
                raise ConfigError(f"{path}: a [[pipeline]] table has no 'step' key: {table}")
            name = kwargs.pop("step")
            specs.append((name, {**kwargs, **(overrides or {}).get(name, {})}))
        return cls.from_specs(specs)
