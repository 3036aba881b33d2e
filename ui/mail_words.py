"""The e-mail alerts' words in the mail's language (the `mail.language` setting), from our Qt
catalogues: app/alert_mail.py writes the mails and has no Qt, so it is handed this.

The recipients' language is not the operator's: the catalogue is loaded for the mail alone
(a QTranslator that is never installed), so an English desk still sends Chinese mail. Only
QtCore: the command line's `send-alerts` and `digest` use it too, without a display."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QTranslator

from app.services import Services
from ui.i18n import resources_dir

# app/ marks the mail texts like its error messages: they are in the "errors" context.
CONTEXT = "errors"


@functools.cache
def _catalogue(language: str) -> QTranslator | None:
    translator = QTranslator()
    path = resources_dir() / "translations" / f"kuaidan_{language}.qm"
    return translator if translator.load(str(path)) else None


def catalogue_translator(language: str) -> Callable[[str], str]:
    """source → its text in `language` (English, or a text the catalogue lacks: as is)."""
    translator = None if language == "en" else _catalogue(language)
    if translator is None:
        return lambda source: source
    return lambda source: translator.translate(CONTEXT, source) or source


def use_catalogues(services: Services) -> None:
    """Let the services' mails speak the catalogues' languages."""
    services.mail.translator_for = catalogue_translator
