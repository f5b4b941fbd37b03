"""A tiny python-telegram-bot application that exercises the emulator like a real bot would."""

import asyncio
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.emulator.core import BotApiEmulator
from bot.emulator.inprocess import EmulatorRequest

KNOWN_BUTTONS = {"accept", "decline"}


@dataclass
class TinyBot:
    """The application plus what its handlers observed."""

    app: Application  # type: ignore[type-arg]
    started: asyncio.Event = field(default_factory=asyncio.Event)
    errors: list[object] = field(default_factory=list)


def build_tiny_bot(
    emulator: BotApiEmulator,
    *,
    token: str | None = None,
    base_url: str | None = None,
    with_updater: bool = False,
) -> TinyBot:
    builder = ApplicationBuilder().token(token or emulator.token)
    if base_url is None:
        builder = builder.request(EmulatorRequest(emulator)).get_updates_request(
            EmulatorRequest(emulator)
        )
    else:
        builder = builder.base_url(base_url)
    if not with_updater:
        builder = builder.updater(None)
    tiny = TinyBot(builder.build())

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        assert update.effective_user is not None
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("Accept", callback_data="accept"),
                    InlineKeyboardButton("Decline", callback_data="decline"),
                ],
                [InlineKeyboardButton("Help", url="https://example.org/help")],
            ]
        )
        args = " ".join(context.args or [])
        await update.effective_message.reply_text(
            f"Welcome {update.effective_user.first_name}! args: {args}", reply_markup=keyboard
        )
        tiny.started.set()

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        if query.data not in KNOWN_BUTTONS:
            await query.answer("Unknown button", show_alert=True)
            return
        await query.answer("Saved")
        await query.edit_message_text(f"You pressed {query.data}")

    async def location(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        assert message.location is not None
        verb = "Moved to" if update.edited_message else "Got location"
        await message.reply_text(
            f"{verb} {message.location.latitude}, {message.location.longitude}"
        )

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        tiny.errors.append(context.error)

    tiny.app.add_handler(CommandHandler("start", start))
    tiny.app.add_handler(CallbackQueryHandler(button))
    tiny.app.add_handler(MessageHandler(filters.LOCATION, location))
    tiny.app.add_error_handler(on_error)
    return tiny


def feed_into(tiny: TinyBot) -> "UpdateFeeder":
    return UpdateFeeder(tiny)


@dataclass
class UpdateFeeder:
    """An emulator update sink that has the application process each update at once."""

    tiny: TinyBot

    async def __call__(self, update: dict[str, object]) -> None:
        await self.tiny.app.process_update(Update.de_json(update, self.tiny.app.bot))
