"""Periodic work, woken by python-telegram-bot's JobQueue (APScheduler underneath).

The scheduler only wakes the services; what must happen lives in the database, so a job missed
while the bot was down is simply done at the next run. `misfire_grace_time=None` with
`coalesce=True` stops APScheduler from silently dropping a run that came due during a pause.
"""

from __future__ import annotations

from datetime import timedelta

from bot.context import BotApplication
from handlers.maintenance import delete_due_messages, purge_old_records

APSCHEDULER_JOB_OPTIONS = {"misfire_grace_time": None, "coalesce": True}
AUTODELETE_EVERY = timedelta(seconds=20)
PURGE_EVERY = timedelta(hours=1)


def schedule_maintenance(application: BotApplication) -> None:
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    job_queue.run_repeating(
        delete_due_messages,
        interval=AUTODELETE_EVERY,
        first=timedelta(seconds=1),  # at start-up: catch up on deletions missed while down
        name="delete-due-messages",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )
    job_queue.run_repeating(
        purge_old_records,
        interval=PURGE_EVERY,
        first=timedelta(minutes=1),
        name="purge-old-records",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )
