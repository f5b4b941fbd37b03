"""Where a person is in the guided set-up, and showing its steps.

Feature handlers call `step_done` when they finish what a step asked for (a time zone chosen,
an invitation made, a schedule set, a PIN saved), and the next step follows at once. This
module knows nothing of the features: its buttons name routes that `handlers.setup` answers.
"""

from __future__ import annotations

from dataclasses import replace

from bot.context import BotContext
from bot.domain.interaction import ButtonAction
from bot.domain.setup import STEPS, SetupStep, step_after, step_named
from bot.domain.users import User
from handlers.ui import inline_buttons, say, send


async def step_done(context: BotContext, user: User, step: SetupStep) -> None:
    """`step` is done: if it is the one the set-up is at, go on to the next."""
    if step_named(user.settings.setup_step) is step:
        await go_to(context, user, step_after(step))


async def go_to(context: BotContext, user: User, step: SetupStep | None) -> User:
    """Save where the set-up is and show that step (or say it is finished)."""
    settings = replace(user.settings, setup_step=step.value if step else None)
    user = await context.services.users.update_settings(user, settings)
    if step is None:
        await send(context, user, say(context, user, "setup-done"))
    else:
        await show_step(context, user, step)
    return user


async def show_step(context: BotContext, user: User, step: SetupStep) -> None:
    title = say(context, user, "setup-step-title", number=STEPS.index(step) + 1, total=len(STEPS))
    text = f"{title}\n{say(context, user, f'setup-{step.value}-explain')}"
    rows = [
        [(say(context, user, f"setup-{step.value}-do"), ButtonAction("setup-do", step.value))],
        [
            (say(context, user, "setup-next"), ButtonAction("setup-next", step.value)),
            (say(context, user, "setup-stop"), ButtonAction("setup-stop")),
        ],
    ]
    markup = await inline_buttons(context, user, rows, single_use=False)
    await send(context, user, text, markup=markup)
