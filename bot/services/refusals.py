"""When Telegram refused one of our messages for what was in it: find the catalogue message and
language that broke it, offer the same text with that message in English, and tell the
deployment's admins which message id in which language to fix (nobody named)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.clock import Clock
from bot.content.ui_strings import BrokenMessage, broken_messages, culprits, values_in
from bot.delivery.fallback import Fallback
from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.i18n import SOURCE_LANGUAGE, Translator
from storage.outbox import OutboxRepository

log = logging.getLogger(__name__)

REFUSAL_REPORT = "refusal-report"
UNKNOWN = ("?", "?")


class RefusalReports:
    def __init__(
        self,
        translate: Translator,
        outbox: OutboxRepository,
        admin_ids: frozenset[int],
        clock: Clock,
    ) -> None:
        self._translate = translate
        self._outbox = outbox
        self._admin_ids = admin_ids
        self._clock = clock
        self._broken: list[BrokenMessage] | None = None
        self._told: set[tuple[str, str, str]] = set()  # each slip once per run, not per SOS
        self._on_enqueued: Callable[[], None] = lambda: None

    def wire(self, on_enqueued: Callable[[], None]) -> None:
        self._on_enqueued = on_enqueued

    def _culprits(self, text: str) -> list[BrokenMessage]:
        if self._broken is None:  # read the catalogue the first time something was refused
            self._broken = broken_messages(self._translate)
        return culprits(text, self._broken)

    async def _culprits_soon(self, text: str) -> list[BrokenMessage]:
        """The same, without holding up everyone else's messages while the catalogue is read
        (every message of every language, about half a second, once)."""
        if self._broken is None:
            self._broken = await asyncio.to_thread(broken_messages, self._translate)
        return culprits(text, self._broken)

    def english(self, text: str) -> str | None:
        """`text` with each catalogue message that broke it in English instead."""
        changed = text
        for message in self._culprits(text):
            if not self._translate.source_of(SOURCE_LANGUAGE, message.message_id):
                continue
            for template in message.templates:
                try:
                    where, values = values_in(changed, template)
                except LookupError:
                    continue
                english, errors = self._translate.format_exact(
                    SOURCE_LANGUAGE, message.message_id, values
                )
                if not errors:
                    changed = changed[: where.start] + english + changed[where.stop :]
                break
        return changed if changed != text else None

    async def report(self, fallback: Fallback) -> None:
        traced = await self._culprits_soon(fallback.text)
        found = [(m.language, m.message_id) for m in traced] or [UNKNOWN]
        queued = False
        for language, message_id in found:
            log.warning(
                "message %s in %s refused by Telegram (%s); sent as %s",
                message_id,
                language,
                fallback.refusal.value,
                fallback.sent_as,
            )
            key = (language, message_id, fallback.refusal.value)
            if key in self._told:
                continue
            self._told.add(key)
            text = _notice(language, message_id, fallback)
            for admin in sorted(self._admin_ids):
                await self._outbox.enqueue(
                    admin,  # an admin's private chat has their user id
                    ChatKind.PRIVATE,
                    OutboundMessage(text, protect_content=False),
                    Priority.OTHER,
                    self._clock.now(),
                    purpose=REFUSAL_REPORT,
                )
                queued = True
        if queued:
            self._on_enqueued()


WHY = {
    "markup": "its markup cannot be parsed (a tag not closed, or a stray &lt; or &amp;)",
    "too-long": "it is longer than Telegram's 4096 characters",
    "buttons": "one of its buttons is invalid",
}


def _notice(language: str, message_id: str, fallback: Fallback) -> str:
    """For the admins, in English like the logs: the id and language, never the text."""
    why = WHY[fallback.refusal.value]
    if (language, message_id) == UNKNOWN:
        what = "a message (not traced to one catalogue message)"
    else:
        what = f"<code>{message_id}</code> in <b>{language}</b> (locales/{language}/*.ftl)"
    return (
        f"⚠️ Telegram refused {what}: {why}. It went out as {fallback.sent_as} instead. "
        "Please fix the translation and run <code>make content</code>."
    )
