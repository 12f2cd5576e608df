"""Every user-facing setting in one table.

Precedence: a CLI flag, then the `NEWSLEDGER_<NAME>` environment variable, then the
`[settings]` table of `newsledger.toml` in the working directory, then the default here.
docs/settings.md lists them all (a test fails if one is undocumented).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsledger.errors import ConfigError

CONFIG_FILE = "newsledger.toml"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its name, default and a one-line help."""

    name: str
    default: Any
    help: str

    @property
    def envvar(self) -> str:
        return f"NEWSLEDGER_{self.name.upper()}"


SETTINGS = {
    s.name: s
    for s in (
        Setting("db", "ledger.db", "Ledger location: a SQLite file path or a SQLAlchemy URL."),
        Setting("workers", 1, "Worker processes for `run` (each loads its own spaCy model)."),
        Setting("max_bytes", 20 * 1024 * 1024, "Largest capture file read, in bytes."),
        Setting("page_timeout", 10.0, "Seconds the cleaner may spend on one page."),
        Setting("codebook", None, "YAML file of codebook entries merged over the shipped one."),
        Setting("actors", None, "YAML file of actor entries merged over the shipped dictionary."),
        Setting("overrides", None, "YAML file of entity same/not-same overrides for merging."),
    )
}


@lru_cache(maxsize=1)
def _config_file_values() -> dict[str, Any]:
    path = Path(CONFIG_FILE)
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")).get("settings", {})
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err


def get_setting(name: str) -> Any:
    """Return a setting's value from the environment, the config file or its default."""
    setting = SETTINGS[name]
    if setting.envvar in os.environ:
        raw = os.environ[setting.envvar]
        if setting.default is None:
            return raw
        try:
            return type(setting.default)(raw)
        except ValueError as err:
            kind = type(setting.default).__name__
            raise ConfigError(f"{setting.envvar}={raw!r} is not a valid {kind}") from err
    return _config_file_values().get(name, setting.default)
