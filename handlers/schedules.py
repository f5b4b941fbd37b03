"""/schedule, /grace, /reminder, /checkin_by, /pause, /resume and /status: a defender's
check-in schedule, set by typing (the forms are shown with any mistake)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain import checkins as rules
from bot.domain.checkins import Daily, Interval, Off, Problem, Schedule
from bot.domain.interaction import ButtonAction
from bot.domain.settings import zone_of
from bot.domain.setup import SetupStep
from bot.domain.users import User
from bot.services.checkins import Transition
from bot.services.interaction import Press
from bot.text import typed
from handlers.alerts import known_user
from handlers.checkins import local
from handlers.pin_gate import guarded_action, with_pin
from handlers.routing import button_route
from handlers.setup_progress import step_done
from handlers.ui import Row, inline_buttons, say, send

STAND_DOWN = "schedule-stand-down"
Make = Callable[[object], Transition]


def _args(context: BotContext) -> str:
    return typed(" ".join(context.args or []))


async def _apply(context: BotContext, user: User, parsed: object, make: Make) -> None:
    """Save what was typed, or say what is wrong and which forms are accepted."""
    if isinstance(parsed, Problem):
        await send(context, user, problem_text(context, user, parsed))
        return
    changed = await context.services.checkins.change(user, make(parsed))
    if changed.problems:
        await send(context, user, problem_text(context, user, changed.problems[0]))
        return
    await send(context, user, await status_text(context, user, changed.schedule))
    if changed.schedule.rule is not None:
        await step_done(context, user, SetupStep.SCHEDULE)


def problem_text(context: BotContext, user: User, problem: Problem) -> str:
    limit = "" if problem.limit is None else rules.format_duration(problem.limit)
    reason = say(context, user, f"schedule-problem-{problem.kind.value}", limit=limit)
    return reason + "\n\n" + say(context, user, f"schedule-forms-{problem.form.value}")


async def on_schedule(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is None:
        return
    text = _args(context)
    if not text:
        await send_schedule_menu(context, user)
        return
    await _typed(context, user, "schedule", text)


async def send_schedule_menu(context: BotContext, user: User) -> None:
    """The schedule as it is, the forms to type, and one-tap choices."""
    current = await context.services.checkins.schedule_of(user)
    status = await status_text(context, user, current)
    forms = say(context, user, "schedule-forms-schedule")
    choose = say(context, user, "schedule-menu-choose")
    rows: list[Row] = [
        [
            (say(context, user, "schedule-button-every", every=e), _choice(f"every {e}"))
            for e in line
        ]
        for line in MENU_INTERVALS
    ]
    rows.append([(say(context, user, "schedule-button-off"), _choice("off"))])
    markup = await inline_buttons(context, user, rows)
    await send(context, user, f"{status}\n\n{forms}\n\n{choose}", markup=markup)


MENU_INTERVALS = (("1h", "2h", "4h"), ("8h", "12h", "24h"))


def _choice(typed: str) -> ButtonAction:
    return ButtonAction("schedule-set", typed)


@button_route("schedule-set")
async def on_schedule_button(update: Update, context: BotContext, press: Press) -> None:
    await _typed(context, press.user, "schedule", press.action.arg)


def _read(context: BotContext, user: User, command: str, text: str) -> tuple[object, Make]:
    """What a schedule command's words mean, read in the defender's own time zone."""
    if command == "schedule":
        return rules.parse_schedule(text), _rule
    zone = zone_of(user.settings.timezone)
    now = context.services.clock.now()
    if command == "pause":
        return rules.parse_pause(text, zone, now), _pause
    return rules.parse_deadline(text, zone, now), _deadline


def _stands_down(command: str, parsed: object) -> bool:
    """Pausing, or switching the schedule or the one-off deadline off."""
    return isinstance(parsed, Off) or (command == "pause" and isinstance(parsed, datetime))


async def _typed(context: BotContext, user: User, command: str, text: str) -> None:
    """Apply a /schedule, /pause or /checkin_by; a stand-down waits for the safety PIN, and a
    time of day that has already passed today is asked about first."""
    if await _asked_about_tomorrow(context, user, command, text):
        return
    parsed, make = _read(context, user, command, text)
    if _stands_down(command, parsed):
        await with_pin(context, user, STAND_DOWN, {"command": command, "text": text})
    else:
        await _apply(context, user, parsed, make)


async def _asked_about_tomorrow(context: BotContext, user: User, command: str, text: str) -> bool:
    words = text.split()
    if command == "pause" and words[:1] == ["until"]:
        bare, tomorrow_form = " ".join(words[1:]), "until tomorrow {}"
    elif command == "checkin_by":
        bare, tomorrow_form = text, "tomorrow {}"
    else:
        return False
    zone = zone_of(user.settings.timezone)
    tomorrow = rules.passed_today(bare, zone, context.services.clock.now())
    if tomorrow is None:
        return False
    at = f"{tomorrow.astimezone(zone):%H:%M}"
    yes = (
        say(context, user, "schedule-button-tomorrow", time=at),
        ButtonAction("schedule-tomorrow", f"{command} {tomorrow_form.format(at)}"),
    )
    markup = await inline_buttons(context, user, [[yes]])
    await send(context, user, say(context, user, "schedule-time-passed", time=at), markup=markup)
    return True


@button_route("schedule-tomorrow")
async def on_tomorrow_button(update: Update, context: BotContext, press: Press) -> None:
    command, _, text = press.action.arg.partition(" ")
    await _typed(context, press.user, command, text)


@guarded_action(STAND_DOWN)
async def _stand_down(context: BotContext, user: User, data: dict[str, str]) -> None:
    parsed, make = _read(context, user, data["command"], data["text"])
    await _apply(context, user, parsed, make)


def _rule(parsed: object) -> Transition:
    assert isinstance(parsed, Interval | Daily | Off)
    return lambda s, now: rules.set_rule(s, parsed, now)


async def on_grace(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await _apply(context, user, rules.parse_grace(_args(context)), _grace)


def _grace(parsed: object) -> Transition:
    assert isinstance(parsed, timedelta)
    return lambda s, now: rules.set_grace(s, parsed, now)


async def on_reminder(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await _apply(context, user, rules.parse_reminder(_args(context)), _reminder)


def _reminder(parsed: object) -> Transition:
    assert isinstance(parsed, timedelta | Off)
    return lambda s, now: rules.set_reminder(s, parsed, now)


async def on_checkin_by(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await _typed(context, user, "checkin_by", _args(context))


def _deadline(parsed: object) -> Transition:
    assert isinstance(parsed, datetime | Off)
    return lambda s, now: rules.set_deadline(s, parsed, now)


async def on_pause(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await _typed(context, user, "pause", _args(context))


def _pause(parsed: object) -> Transition:
    assert isinstance(parsed, datetime)
    return lambda s, now: rules.pause(s, parsed, now)


async def on_resume(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        await _apply(context, user, None, lambda _: rules.resume)


async def on_status(update: Update, context: BotContext) -> None:
    user = await known_user(update, context)
    if user is not None:
        schedule = await context.services.checkins.schedule_of(user)
        await send(context, user, await status_text(context, user, schedule))


async def status_text(context: BotContext, user: User, schedule: Schedule) -> str:
    """The schedule, its next due time in the defender's zone, the last check-in, and whether
    an alert is open (never a duress alert: /status must not give it away)."""
    now = context.services.clock.now()
    if schedule.rule is None:
        lines = [say(context, user, "status-no-schedule")]
    else:
        rule = rules.format_rule(schedule.rule)
        lines = [say(context, user, "status-schedule", rule=rule)]
    lines.append(
        say(
            context,
            user,
            "status-grace",
            grace=rules.format_duration(schedule.grace),
            reminder=rules.format_duration(schedule.remind_before)
            if schedule.remind_before
            else say(context, user, "status-reminder-off"),
        )
    )
    if schedule.is_paused(now) and schedule.paused_until is not None:
        lines.append(say(context, user, "status-paused", until=local(user, schedule.paused_until)))
    elif schedule.due_at is not None:
        lines.append(say(context, user, "status-next", due=local(user, schedule.due_at)))
    if schedule.deadline is not None:
        lines.append(say(context, user, "status-deadline", deadline=local(user, schedule.deadline)))
    last = schedule.last_checkin
    lines.append(
        say(context, user, "status-last", last=local(user, last))
        if last
        else say(context, user, "status-never")
    )
    visible = [
        a for a in await context.services.alerts.open_alerts_of(user) if not a.hidden_from_defender
    ]
    if visible:
        lines.append(say(context, user, "status-alert-open"))
    if (schedule.rule or schedule.deadline) and not await context.services.alerts.can_reach_anyone(
        user
    ):
        lines.append(say(context, user, "status-nobody"))
    return "\n".join(lines)


def register(application: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    commands = {
        "schedule": on_schedule,
        "grace": on_grace,
        "reminder": on_reminder,
        "checkin_by": on_checkin_by,
        "pause": on_pause,
        "resume": on_resume,
        "status": on_status,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
