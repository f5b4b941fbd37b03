"""Periodic work, woken by python-telegram-bot's JobQueue (APScheduler underneath).

The scheduler only wakes the services; what must happen lives in the database, so a job missed
while the bot was down is simply done at the next run. `misfire_grace_time=None` with
`coalesce=True` stops APScheduler from silently dropping a run that came due during a pause.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram.ext import JobQueue

from bot.context import BotApplication, BotContext
from bot.delivery.fallback import RefusalFallbackRequest
from bot.delivery.loop import DeliveryLoop
from bot.delivery.transport import TelegramTransport
from bot.delivery.worker import DeliveryWorker
from bot.domain.readiness import ALIVE_EVERY
from bot.services.alert_delivery import DeliveryReports
from bot.services.refusals import RefusalReports
from handlers.maintenance import (
    beat_heart,
    delete_due_messages,
    process_alert_deadlines,
    purge_old_records,
)
from storage.coordinators import CoordinatorRepository
from storage.outbox import OutboxRepository
from storage.users import UserRepository

APSCHEDULER_JOB_OPTIONS = {"misfire_grace_time": None, "coalesce": True}
AUTODELETE_EVERY = timedelta(seconds=20)
PURGE_EVERY = timedelta(hours=1)
ALERT_SWEEP_EVERY = timedelta(seconds=30)
ALARM_JOB = "alert-deadline"


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
        beat_heart,
        interval=ALIVE_EVERY,
        # Not at once: a start that dies during its catch-up must leave the last sign of life
        # of the run before, so the next start still sees the whole outage.
        first=ALIVE_EVERY,
        name="heartbeat",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )
    job_queue.run_repeating(
        purge_old_records,
        interval=PURGE_EVERY,
        first=timedelta(minutes=1),
        name="purge-old-records",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )


class AlarmClock:
    """One APScheduler job, aimed at the earliest deadline in the database (alerts and
    check-in schedules alike).

    Cheap at any scale (one job, not one per alert), and never the only safeguard: the sweep
    runs every ALERT_SWEEP_EVERY and at start-up, so a lost or late timer delays nothing long.
    """

    def __init__(self, job_queue: JobQueue[BotContext]) -> None:
        self._job_queue = job_queue
        self._armed_for: datetime | None = None

    def arm(self, when: datetime) -> None:
        """A new deadline: ring then, unless the alarm already rings no later."""
        if self._armed_for is not None and self._armed_for <= when:
            return
        for job in self._job_queue.get_jobs_by_name(ALARM_JOB):
            job.schedule_removal()
        self._job_queue.run_once(
            process_alert_deadlines,
            when=when,
            name=ALARM_JOB,
            job_kwargs=APSCHEDULER_JOB_OPTIONS,
        )
        self._armed_for = when

    def rearm(self, when: datetime | None) -> None:
        """After a ring: aim at the next deadline, or at nothing."""
        self._armed_for = None
        if when is None:
            for job in self._job_queue.get_jobs_by_name(ALARM_JOB):
                job.schedule_removal()
            return
        self.arm(when)


def wire_alerts(application: BotApplication) -> None:
    """The delivery worker and its loop, the alarm clock, and the sweep. The catch-up on
    deadlines that passed while the bot was down is `serve`'s, once the updates that waited at
    Telegram have been handled."""
    services = application.bot_data.services
    job_queue = application.job_queue
    if services is None or job_queue is None:
        raise RuntimeError("wire_alerts needs open storage and the job queue")
    database = services.database
    outbox = OutboxRepository(database)
    reports = DeliveryReports(
        services.alerts,
        UserRepository(database),
        services.messages,
        CoordinatorRepository(database),
        outbox,
        services.clock,
        services.redactions,
    )
    worker = DeliveryWorker(
        outbox,
        TelegramTransport(application.bot),
        services.clock,
        pacer=application.bot_data.pacer,
        on_undeliverable=reports.undeliverable,
        on_delivered=reports.delivered,
        recording=services.redactions.recording,
    )
    loop = DeliveryLoop(worker, outbox, services.clock)
    alarm = AlarmClock(job_queue)
    application.bot_data.worker = worker
    application.bot_data.delivery = loop
    application.bot_data.alarm = alarm
    services.alerts.wire(on_wake=alarm.arm, on_enqueued=loop.kick)
    services.notices.wire(on_enqueued=loop.kick)
    services.checkins.wire(on_wake=alarm.arm, on_enqueued=loop.kick)
    services.redactions.wire(on_enqueued=loop.kick)
    request = application.bot.request
    if isinstance(request, RefusalFallbackRequest):
        refusals = RefusalReports(services.translate, outbox, services.admin_ids, services.clock)
        refusals.wire(on_enqueued=loop.kick)
        request.on_fallback, request.english = refusals.report, refusals.english
    job_queue.run_repeating(
        process_alert_deadlines,
        interval=ALERT_SWEEP_EVERY,
        # Not at once: `serve` catches up itself, after the updates that waited at Telegram.
        first=ALERT_SWEEP_EVERY,
        name="alert-sweep",
        job_kwargs=APSCHEDULER_JOB_OPTIONS,
    )


async def catch_up_on_deadlines(application: BotApplication) -> None:
    """At start-up: process every deadline (alerts, check-ins) that passed while the bot was
    down."""
    await process_alert_deadlines(BotContext(application))
