"""The guided set-up after choosing a language: its steps, in order. Every step can be
skipped; where a person is in it is kept with their settings, so it resumes after a restart."""

from __future__ import annotations

from enum import StrEnum


class SetupStep(StrEnum):
    TIMEZONE = "timezone"
    CARD = "card"
    CONTACT = "contact"
    SCHEDULE = "schedule"
    PIN = "pin"


STEPS = tuple(SetupStep)


def step_after(step: SetupStep) -> SetupStep | None:
    index = STEPS.index(step) + 1
    return STEPS[index] if index < len(STEPS) else None


def step_named(name: str | None) -> SetupStep | None:
    try:
        return SetupStep(name) if name else None
    except ValueError:
        return None
