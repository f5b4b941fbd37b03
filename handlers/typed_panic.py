"""Typed panic (issue 11): a message that is only a word for help raises the SOS exactly as the
🆘 button does, and while an alert is open what the defender sends goes to everyone on it.

Order matters. The SOS keyboard label, with or without the invisible marks a phone may drop,
acts anywhere, even in the middle of a flow, as the button does. Other typed text reaches this
module only outside a flow and after the safety words (`late_free_text_route`): a duress word
typed as text is a check-in that raises the silent alert, and is never passed on as words.

A duress alert is hidden from the defender. What they send during it is passed on to the
people on it silently, and their screen shows exactly what it would without the alert (a
search, or "not understood"): the person holding the phone learns nothing, and the people
acting on the alert get whatever the defender manages to send.
"""

from __future__ import annotations

from functools import lru_cache

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.panic import is_sos_word, sos_words
from bot.domain.users import User
from bot.i18n import Translator
from handlers.alerts import on_sos
from handlers.fallback import on_unrecognised_message
from handlers.routing import late_free_text_route
from handlers.ui import delete_their_message_later, say, send

# The marks a keyboard label carries that a typed or pasted copy may lack.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
# What the defender types during an alert is kept with it; the alert shows the newest words.
WORDS_MAX_CHARS = 3000

MEDIA = (
    filters.PHOTO
    | filters.VOICE
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.AUDIO
    | filters.Document.ALL
    | filters.ANIMATION
    | filters.Sticker.ALL
    | filters.CONTACT  # a phone number they share: their lawyer's, say
)


@lru_cache(maxsize=4)  # one translator at a time; a reload brings a new one
def words_that_raise_an_sos(translate: Translator) -> frozenset[str]:
    labels = [translate(language, "keyboard-sos") for language in translate.languages]
    return sos_words(translate.every_wording("sos-typed-words"), labels)


@late_free_text_route
async def on_typed_text(update: Update, context: BotContext, user: User, text: str) -> bool:
    """An SOS word raises the SOS; other words during an open alert go to everyone on it."""
    if is_sos_word(text, words_that_raise_an_sos(context.services.translate)):
        await on_sos(update, context)
        return True
    alerts = context.services.alerts
    if not await alerts.open_alerts_of(user):
        return False
    words = " ".join(text.split())[:WORDS_MAX_CHARS]
    passed = await alerts.pass_on(user, words=words)
    if not passed.visible:
        return False  # duress: passed on silently; the screen shows what it always would
    await delete_their_message_later(context, user, update.effective_message)
    await _tell_who(context, user, passed.told)
    return True


async def on_media(update: Update, context: BotContext) -> None:
    """A photo, a voice note, a video, a file, a shared phone contact: copied to everyone on
    an open alert."""
    message = update.effective_message
    user = None
    if update.effective_user is not None:
        user = await context.services.users.find(update.effective_user.id)
    if message is None or user is None:
        await on_unrecognised_message(update, context)
        return
    # Goes with auto-delete whether or not an alert is open, so that a duress alert, which
    # passes it on silently, leaves the chat looking exactly as it would without one.
    await delete_their_message_later(context, user, update.effective_message)
    alerts = context.services.alerts
    passed = None
    if await alerts.open_alerts_of(user):
        passed = await alerts.pass_on(user, message_id=message.message_id)
    if passed is None or not passed.visible:
        await on_unrecognised_message(update, context)  # as without an alert
        return
    await _tell_who(context, user, passed.told)


async def _tell_who(context: BotContext, user: User, told: tuple[str, ...]) -> None:
    if told:
        text = say(context, user, "sos-passed-on", names=", ".join(told))
    else:
        text = say(context, user, "sos-passed-on-nobody")
    await send(context, user, text, sensitive=True)


def register(application: BotApplication, translate: Translator) -> None:
    """Before the text handler: the SOS label without its marks acts as the button does."""
    private = filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED
    exact = translate.every_wording("keyboard-sos")
    bare = {label.translate(_MARKS) for label in exact} - exact
    if bare:
        application.add_handler(MessageHandler(private & filters.Text(sorted(bare)), on_sos))
    application.add_handler(MessageHandler(private & MEDIA, on_media))
