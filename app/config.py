"""Workstation configuration: data folder, database URL (never its password), language.

Precedence: command-line flag > environment (KUAIDAN_DB_URL, KUAIDAN_DATA_DIR, KUAIDAN_LANG)
> the config file in the user's config folder > defaults.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import platformdirs

APP_NAME = "Kuaidan"
SUPPORTED_LANGUAGES = ("zh_CN", "zh_TW", "en")


def install_dir() -> Path:
    """Where the app's own files (resources/, migrations/) are: the source checkout, or in a
    PyInstaller bundle the folder its data files were unpacked to (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    override = os.environ.get("KUAIDAN_DATA_DIR")
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_path() -> Path:
    return data_dir() / "config.json"


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'kuaidan.db'}"


def system_language() -> str:
    """Pick the closest supported language from the environment's locale."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        code = value.split(".")[0].split(":")[0]
        if code in ("zh_TW", "zh_HK", "zh_MO"):
            return "zh_TW"
        if code.startswith("zh"):
            return "zh_CN"
        return "en"
    return "en"


@dataclass(frozen=True)
class Config:
    database_url: str = ""
    language: str = ""

    def effective_url(self) -> str:
        return os.environ.get("KUAIDAN_DB_URL") or self.database_url or default_sqlite_url()

    def effective_language(self) -> str:
        lang = os.environ.get("KUAIDAN_LANG") or self.language or system_language()
        return lang if lang in SUPPORTED_LANGUAGES else "en"


def load_config() -> Config:
    path = config_path()
    if not path.exists():
        return Config()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Config()  # a damaged config falls back to defaults rather than blocking start
    return Config(
        database_url=str(raw.get("database_url", "")), language=str(raw.get("language", ""))
    )


def save_config(config: Config) -> None:
    from app.db import strip_password  # local import: db imports config

    safe = replace(config, database_url=strip_password(config.database_url))
    path = config_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(safe), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
