"""The alert engine's pure core: alerts, escalation levels, and the effects a change asks for.

`model` holds the values, `effects` what a transition asks the outside world to do, and
`engine` the transitions themselves. See `engine`'s docstring for the rules.
"""

from bot.domain.alerts.effects import (
    DefenderNotice,
    Effect,
    Notify,
    NotifyReason,
    Priority,
    RecipientNotice,
    TellDefender,
    TellRecipients,
    WakeAt,
)
from bot.domain.alerts.engine import (
    Outcome,
    acknowledge,
    cant_help,
    false_alarm,
    on_deadline,
    raise_alert,
    resolve,
    resolve_under_coercion,
    unreachable,
)
from bot.domain.alerts.model import (
    COORDINATORS,
    Alert,
    AlertKind,
    AlertState,
    ContactRef,
    Level,
    Policy,
    Recipient,
    RecipientStatus,
    Resolution,
    ResolvedBy,
    kind_shown_to_recipients,
)

__all__ = [
    "COORDINATORS",
    "Alert",
    "AlertKind",
    "AlertState",
    "ContactRef",
    "DefenderNotice",
    "Effect",
    "Level",
    "Notify",
    "NotifyReason",
    "Outcome",
    "Policy",
    "Priority",
    "Recipient",
    "RecipientNotice",
    "RecipientStatus",
    "Resolution",
    "ResolvedBy",
    "TellDefender",
    "TellRecipients",
    "WakeAt",
    "acknowledge",
    "cant_help",
    "false_alarm",
    "kind_shown_to_recipients",
    "on_deadline",
    "raise_alert",
    "resolve",
    "resolve_under_coercion",
    "unreachable",
]
