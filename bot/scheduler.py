"""Periodic work, woken by python-telegram-bot's JobQueue (APScheduler underneath).

The scheduler only wakes the services; what must happen lives in the database, so a job missed
while the bot was down is simply done at the next run. `misfire_grace_time=None` with
`coalesce=True` stops APScheduler from silently dropping a run that came due during a pause.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.context import BotApplication, BotContext

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)
APSCHEDULER_JOB_OPTIONS = {"misfire_grace_time": None, "coalesce": True}


async def purge_processed_updates(context: BotContext) -> None:
    removed = await context.services.updates.forget_old()
    log.info("forgot %d old update ids", removed)


def schedule_maintenance(application: BotApplication) -> None:
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    job_queue.run_repeating(
        purge_processed_updates,
        interval=PURGE_EVERY,
        first=timedelta(minutes=1),
        name="purge-processed-updates",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )
