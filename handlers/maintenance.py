"""Work the JobQueue wakes up for. Every deadline is in the database: a run that was missed
while the bot was down is caught up by the next one."""

from __future__ import annotations

import logging

from bot.context import BotContext
from handlers.ui import delete_quietly

log = logging.getLogger(__name__)


async def delete_due_messages(context: BotContext) -> None:
    """Auto-delete: remove sensitive messages whose delay has passed."""
    messages = context.services.messages
    due = await messages.due_for_deletion()
    if not due:
        return
    retry = {m.id for m in await delete_quietly(context, due)}
    await messages.forget([m for m in due if m.id not in retry])
    log.info("auto-deleted %d messages, %d to retry", len(due) - len(retry), len(retry))


async def beat_heart(context: BotContext) -> None:
    """Every minute: the sign of life in the database, and the ping to the monitor if ready."""
    heartbeat = context.bot_data.heartbeat
    if heartbeat is not None:
        await heartbeat.beat()


async def purge_old_records(context: BotContext) -> None:
    """Forget what is no longer needed: old update ids, spent buttons, undeletable messages."""
    services = context.services
    updates = await services.updates.forget_old()
    buttons = await services.buttons.forget_spent()
    messages = await services.messages.forget_old()
    invites = await services.contacts.forget_expired_invites()
    alerts = await services.alerts.forget_old()
    # secure_delete overwrote the rows in the database file; their copies in the WAL go now,
    # not at the next automatic checkpoint.
    await services.database.checkpoint()
    log.info(
        "purged %d update ids, %d button sets, %d message records, %d invitations, "
        "%d alert records",
        updates,
        buttons,
        messages,
        invites,
        alerts,
    )


async def process_alert_deadlines(context: BotContext) -> None:
    """The alarm clock rang, or the sweep came round: apply every deadline that has come
    (check-in schedules first, since a missed one raises an alert), then aim the alarm at the
    next one."""
    services = context.services
    state = context.bot_data
    if state.processing_deadlines:
        return  # the run in progress goes on until nothing is due
    state.processing_deadlines = True
    schedules = alerts = 0
    try:
        schedules = await services.checkins.process_due()
    finally:  # a failure with the schedules must not hold the alerts' deadlines back
        try:
            alerts = await services.alerts.process_due()
        finally:
            try:  # contacts' copies of closed alerts expire (issue 12)
                await services.redactions.process_due()
            finally:
                state.processing_deadlines = False
    if schedules or alerts:
        log.info("processed %d schedules and %d alert deadlines", schedules, alerts)
    alarm = context.bot_data.alarm
    if alarm is not None:
        wakes = [
            await services.checkins.next_wake(),
            await services.alerts.next_wake(),
            await services.redactions.next_wake(),
        ]
        alarm.rearm(min((w for w in wakes if w is not None), default=None))
