"""After an outage: a defender whose missed check-in fell inside it is told that the bot was
down, and that their contacts heard of it only now."""

from __future__ import annotations

from datetime import datetime

from bot.domain.outbound import ChatKind, OutboundMessage, Priority
from bot.domain.readiness import Outage
from bot.domain.settings import local_text
from bot.domain.users import User
from bot.i18n import Translator
from storage.db import Tx
from storage.outbox import OutboxRepository


async def tell_of_late_alert_in(
    tx: Tx,
    outbox: OutboxRepository,
    translate: Translator,
    defender: User,
    outage: Outage,
    due: datetime,
    now: datetime,
) -> None:
    zone = defender.settings.timezone
    text = translate(
        defender.language,
        "outage-late-alert",
        disguise=defender.settings.disguise,
        start=local_text(outage.start, zone),
        end=local_text(outage.end, zone),
        due=local_text(due, zone),
    )
    await outbox.enqueue_in(
        tx,
        defender.chat_id,
        ChatKind.PRIVATE,
        OutboundMessage(text),
        Priority.OTHER,
        now,
        recipient_ref="defender",
        purpose="checkin:outage",
        owner_user_id=defender.id,
    )
