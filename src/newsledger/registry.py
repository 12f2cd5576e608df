"""Steps registered by versioned name (`stage.what.vN`).

`load()` imports the built-in step modules, then the `newsledger.steps` entry-point group so
third-party packages can add steps (skipped under pytest, so tests see only built-ins).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from importlib.metadata import entry_points

from newsledger.errors import UNKNOWN_STEP, ConfigError
from newsledger.steps.base import Step

_STEPS: dict[str, type[Step]] = {}

BUILTIN_MODULES = (
    "newsledger.steps.clean",
    "newsledger.steps.nlp",
    "newsledger.steps.events",
)


def register_step(name: str) -> Callable[[type[Step]], type[Step]]:
    """Class decorator registering a step under `name` (also sets `cls.name`)."""

    def decorate(cls: type[Step]) -> type[Step]:
        if name in _STEPS and _STEPS[name] is not cls:
            raise ConfigError(f"step name {name!r} is registered twice")
        cls.name = name
        _STEPS[name] = cls
        return cls

    return decorate


def load() -> dict[str, type[Step]]:
    """Import built-in and plugin steps; return the registry (name -> class)."""
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    if not getattr(sys, "_called_from_test", False):
        for entry in entry_points(group="newsledger.steps"):
            entry.load()
    return dict(_STEPS)


def get_step(name: str) -> type[Step]:
    """Return the step class registered as `name`."""
    steps = load()
    if name not in steps:
        raise ConfigError(UNKNOWN_STEP.format(name=name, known=", ".join(sorted(steps))))
    return steps[name]
