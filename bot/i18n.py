"""UI strings from Fluent files (`locales/<lang>/bot.ftl`), with English as per-message fallback.

Fluent gives CLDR plural rules (through Babel) and lets a translation leave out any message
and still show English for it. Variables are HTML-escaped here, because every message the bot
sends uses Telegram's HTML parse mode.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.content.markup import RIGHT_TO_LEFT, right_to_left_lines
from bot.errors import ConfigError

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Longer string values skip Fluent's formatting (its limit for one placeable is 2,500).
LONG_VALUE = 1000
CATALOGUE = "bot.ftl"  # each language folder may split its strings over several *.ftl files


def default_locales_dir() -> Path:
    configured = os.environ.get("BOT_LOCALES_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / "locales"


class MissingMessageError(KeyError):
    pass


class Translator:
    def __init__(self, bundles: Mapping[str, FluentBundle]) -> None:
        if SOURCE_LANGUAGE not in bundles:
            raise ValueError("the English catalogue is required")
        self._bundles = dict(bundles)

    @classmethod
    def load(cls, locales_dir: Path | None = None) -> Translator:
        root = locales_dir or default_locales_dir()
        bundles: dict[str, FluentBundle] = {}
        for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
            catalogues = sorted(folder.glob("*.ftl"))
            if not catalogues:
                continue
            language = folder.name
            bundle = FluentBundle([language], use_isolating=language in RIGHT_TO_LEFT)
            for catalogue in catalogues:
                bundle.add_resource(FluentResource(catalogue.read_text(encoding="utf-8")))
            bundles[language] = bundle
        if SOURCE_LANGUAGE not in bundles:
            raise ConfigError(
                f"No English UI strings at {root / SOURCE_LANGUAGE / CATALOGUE}. Set "
                "BOT_LOCALES_DIR to the project's locales/ directory, or reinstall the bot."
            )
        return cls(bundles)

    @property
    def languages(self) -> list[str]:
        return sorted(self._bundles)

    def resolve_language(self, language_code: str | None) -> str:
        """The best language we have for a Telegram language code like `pt-br`."""
        if language_code:
            code = language_code.lower().replace("_", "-")
            for candidate in (code, code.split("-")[0]):
                if candidate in self._bundles:
                    return candidate
        return SOURCE_LANGUAGE

    def has(self, message_id: str) -> bool:
        return self._bundles[SOURCE_LANGUAGE].has_message(message_id)

    def message_ids(self, language: str) -> list[str]:
        """Every message of one language (for the checker, and to find a refused one)."""
        # fluent.runtime keeps the parsed messages in a private mapping and lists them nowhere.
        messages: dict[str, Any] = self._bundles[language]._messages
        return sorted(messages)

    def source_of(self, language: str, message_id: str) -> Any:
        """The parsed message (a fluent.syntax `Message`) as this language has it."""
        return self._bundles[language]._messages.get(message_id)

    def format_exact(
        self, language: str, message_id: str, args: Mapping[str, Any], *, as_sent: bool = True
    ) -> tuple[str, list[Exception]]:
        """The message in exactly this language, and the errors formatting it raised: what the
        checker holds to Telegram's rules. Arguments are used as given (not escaped); without
        `as_sent`, as written (no right-to-left marks added)."""
        pattern = self._bundles[language].get_message(message_id).value
        if pattern is None:
            return "", []
        text, errors = self._bundles[language].format_pattern(pattern, dict(args))
        marks = as_sent and language in RIGHT_TO_LEFT
        return right_to_left_lines(str(text)) if marks else str(text), list(errors)

    def every_wording(self, message_id: str) -> set[str]:
        """The message in every language, plain and disguised: to recognise a keyboard label
        the user's app sends back as text."""
        found = set()
        for language in self._bundles:
            for disguise in (False, True):
                found.add(self(language, message_id, disguise=disguise))
        return found

    def __call__(
        self, language: str | None, message_id: str, /, *, disguise: bool = False, **args: Any
    ) -> str:
        """The message in `language` (else English); with `disguise`, its neutral wording
        (`<id>--disguised`) where one exists."""
        if disguise and self.has(f"{message_id}--disguised"):
            message_id = f"{message_id}--disguised"
        safe_args = {k: html.escape(v) if isinstance(v, str) else v for k, v in args.items()}
        # fluent.runtime replaces a placeable longer than 2,500 characters with "{???}": long
        # values (an SOS note full of quotes, escaped) go in after formatting instead.
        long_values: dict[str, str] = {}
        for index, (name, value) in enumerate(list(safe_args.items())):
            if isinstance(value, str) and len(value) > LONG_VALUE:
                marker = f"\ue000{index}\ue001"
                long_values[marker] = value
                safe_args[name] = marker
        for code in dict.fromkeys((self.resolve_language(language), SOURCE_LANGUAGE)):
            bundle = self._bundles[code]
            if not bundle.has_message(message_id):
                continue
            pattern = bundle.get_message(message_id).value
            if pattern is None:
                continue
            text, errors = bundle.format_pattern(pattern, safe_args)
            for error in errors:
                # The error text can quote argument values; log only its kind.
                log.warning("message %s in %s: %s", message_id, code, type(error).__name__)
            if errors and code != SOURCE_LANGUAGE:
                # A slip in one translation ({ $qui } for { $who }, say) must not reach the
                # reader as "{$qui}": this message, and only this one, is shown in English.
                log.warning("message %s in %s is shown in English instead", message_id, code)
                continue
            text = str(text)
            for marker, value in long_values.items():
                text = text.replace(marker, value)
            return right_to_left_lines(text) if code in RIGHT_TO_LEFT else text
        raise MissingMessageError(message_id)
