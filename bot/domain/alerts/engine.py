"""The alert state machine: pure functions from (alert, event, now) to (alert, effects).

Nothing here reads the clock or does I/O. Every function is safe to call again with the same
input (a sweep and a timer may race): a call that finds nothing to do returns the alert as it
was and no messages.

Escalation: the first level with anyone in it is notified at once; when its deadline passes
without an acknowledgement, or when everyone in it has said "I can't help" or turned out
unreachable, the next level with anyone left in it is notified. At the last level, reminders
repeat every `reminder_every` until someone acknowledges. Nobody is pinged about the same alert
more often than `reminder_every`.

A promise with a deadline (issue 11): "I'm on it" from a contact holds for `follow_up`. If
that contact posts no note (`promise_kept`) and nobody closes the alert by then, the alert
escalates again as if unanswered (to the next level not yet told) and the contact is asked for
an update. Whoever took it on, the coordinators learn of an SOS or duress alert still open
`follow_up` after it was raised.

The defender hears who has the alert only once Telegram took it for them (`delivered`), so
nobody is named as told who was not.

Duress: recipients are told it is a duress alert, with guidance that never says to call; the
defender sees nothing of it. It is closed by a coordinator, by the contact who took it on, or
by the defender's real safety PIN (see `resolve`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.domain.alerts.effects import (
    DefenderNotice,
    Effect,
    Notify,
    NotifyReason,
    PassOn,
    Priority,
    RecipientNotice,
    ShareLocation,
    TellDefender,
    TellRecipients,
    WakeAt,
)
from bot.domain.alerts.model import (
    COORDINATORS,
    Alert,
    AlertKind,
    AlertState,
    ContactNote,
    ContactRef,
    Level,
    Location,
    Policy,
    Recipient,
    RecipientStatus,
    Resolution,
    ResolvedBy,
)

Outcome = tuple[Alert, list[Effect]]

_DEFAULT_POLICY = Policy()

ANSWERED = frozenset(
    {RecipientStatus.ACKNOWLEDGED, RecipientStatus.CANT_HELP, RecipientStatus.UNREACHABLE}
)
GAVE_UP = frozenset({RecipientStatus.CANT_HELP, RecipientStatus.UNREACHABLE})


def raise_alert(
    alert_id: str,
    defender_id: str,
    kind: AlertKind,
    contacts: Sequence[ContactRef],
    coordinators_available: bool,
    policy: Policy,
    now: datetime,
    *,
    note: str = "",
    location: Location | None = None,
    last_checkin: datetime | None = None,
) -> Outcome:
    """A new alert, notifying the first level that has anyone in it."""
    _check_now(now)
    duress = kind is AlertKind.DURESS
    alert = Alert(
        id=alert_id,
        defender_id=defender_id,
        kind=kind,
        state=AlertState.OPEN,
        raised_at=now,
        level=Level.NONE,
        level_deadline=None,
        false_alarm_until=None if duress else now + policy.false_alarm_window,
        recipients=_recipients(contacts, coordinators_available),
        note=note,
        location=location,
        last_checkin=last_checkin,
    )
    first = _next_level(alert)
    if first is None:
        # An alert with nowhere to go is the worst failure: say so. Not under duress, where
        # any sign of an alert would give the defender away (warn them at setup instead).
        return alert, [] if duress else [TellDefender(alert.id, DefenderNotice.NOBODY_TO_ALERT)]
    priority = Priority.ESCALATION if kind is AlertKind.MISSED_CHECKIN else Priority.DISTRESS
    alert, effects = _notify_level(alert, first, NotifyReason.NEW_ALERT, priority, now)
    if duress and first is not Level.COORDINATORS:
        # Someone is being coerced right now: the coordinators hear of it at once too,
        # without skipping the levels in between.
        alert, more = _notify_coordinators_now(alert, priority, now)
        effects += more
    coordinators = alert.recipient(COORDINATORS)
    if (
        kind is not AlertKind.MISSED_CHECKIN
        and coordinators is not None
        and coordinators.status is RecipientStatus.QUEUED
    ):
        alert = replace(alert, coordinators_due_at=now + policy.follow_up)
    return _armed(replace(alert, level_deadline=now + policy.ack_timeout), effects)


def _notify_coordinators_now(
    alert: Alert, priority: Priority, now: datetime, reason: NotifyReason = NotifyReason.NEW_ALERT
) -> Outcome:
    """Send the alert to the coordinators now, if it has not reached them yet."""
    found = alert.recipient(COORDINATORS)
    if found is None or found.status is not RecipientStatus.QUEUED:
        return alert, []
    recipients = tuple(
        replace(r, status=RecipientStatus.NOTIFIED, notified_at=now) if r.id == COORDINATORS else r
        for r in alert.recipients
    )
    notify = Notify(COORDINATORS, alert.id, priority, reason, alert.kind_shown_to_recipients)
    return replace(alert, recipients=recipients), [notify]


def on_deadline(alert: Alert, policy: Policy, now: datetime) -> Outcome:
    """The scheduler's or the sweep's wake-up call; may come early, late or twice."""
    _check_now(now)
    if not alert.is_open:
        return alert, []
    effects: list[Effect] = []
    if alert.coordinators_due_at is not None and now >= alert.coordinators_due_at:
        alert, effects = _coordinators_follow_up(alert, now)
    alert = _kept_by_notes(alert, policy)
    if (
        alert.acknowledged_by is not None
        and alert.follow_up_at is not None
        and now >= alert.follow_up_at
    ):
        alert, more = _promise_broken(alert, policy, now)
        effects += more
    elif _awaiting_ack(alert) and alert.level_deadline is not None and now >= alert.level_deadline:
        alert, more = _move_on(alert, policy, now)
        effects += more
    return _armed(alert, effects)


def _coordinators_follow_up(alert: Alert, now: datetime) -> Outcome:
    """An SOS or duress alert still open after the follow-up time: the coordinators learn of
    it now if it has not reached them yet, whoever took it on."""
    alert = replace(alert, coordinators_due_at=None)
    return _notify_coordinators_now(alert, Priority.ESCALATION, now, NotifyReason.FOLLOW_UP)


def _promise_broken(alert: Alert, policy: Policy, now: datetime) -> Outcome:
    """The contact who took the alert on gave no news within the follow-up time: they no
    longer hold it, they are asked for an update (which counts as their reminder), and the
    alert escalates again as if nobody had answered."""
    holder = alert.acknowledged_by
    assert holder is not None
    recipients = tuple(
        replace(r, status=RecipientStatus.NOTIFIED, reminded_at=now) if r.id == holder else r
        for r in alert.recipients
    )
    alert = replace(
        alert, recipients=recipients, acknowledged_by=None, follow_up_at=None, level_deadline=now
    )
    asked: list[Effect] = [TellRecipients(alert.id, (holder,), RecipientNotice.FOLLOW_UP_ASKED)]
    alert, effects = _move_on(alert, policy, now, reason=NotifyReason.FOLLOW_UP)
    return alert, asked + effects


def _kept_by_notes(alert: Alert, policy: Policy) -> Alert:
    """A note from the contact who took the alert on (`add_contact_note` records it as their
    `last_note_at`) starts their follow-up time again from that note."""
    holder = alert.recipient(alert.acknowledged_by or "")
    if holder is None or holder.last_note_at is None or alert.follow_up_at is None:
        return alert
    return promise_kept(
        alert, holder.id, policy, max(holder.last_note_at, alert.follow_up_at - policy.follow_up)
    )


def promise_kept(alert: Alert, recipient_id: str, policy: Policy, now: datetime) -> Alert:
    """The contact who took the alert on gave news (a note to the others, part C of issue
    11): their follow-up deadline starts again from `now`. Anyone else's note changes
    nothing here, nor does it delay the coordinators' follow-up. The caller arms the wake-up
    (`_armed`) with its own effects."""
    if not alert.is_open or alert.acknowledged_by != recipient_id or alert.follow_up_at is None:
        return alert
    return replace(alert, follow_up_at=now + policy.follow_up)


def acknowledge(
    alert: Alert, recipient_id: str, now: datetime, policy: Policy = _DEFAULT_POLICY
) -> Outcome:
    """ "I'm on it". The first acknowledgement wins and stops escalation and reminders; from a
    contact it is a promise that holds for `policy.follow_up` (see `on_deadline`). Once a
    promise has lapsed, the next "I'm on it" (the same contact's or another's) takes it on."""
    _check_now(now)
    found = alert.recipient(recipient_id)
    if found is None and recipient_id == COORDINATORS and alert.is_open:
        # The coordinators' chat was set up after the alert was raised: they may still take
        # it on from /alerts.
        found = Recipient(COORDINATORS, Level.COORDINATORS)
        alert = replace(alert, recipients=(*alert.recipients, found))
    if (
        not alert.is_open
        or found is None
        or (found.status is RecipientStatus.ACKNOWLEDGED and alert.acknowledged_by is not None)
    ):
        return alert, []
    alert = _with_status(alert, recipient_id, RecipientStatus.ACKNOWLEDGED, now)
    if alert.acknowledged_by is not None:
        return alert, []  # recorded; everyone already knows who is handling it
    follow_up_at = None if recipient_id == COORDINATORS else now + policy.follow_up
    alert = replace(
        alert, acknowledged_by=recipient_id, level_deadline=None, follow_up_at=follow_up_at
    )
    effects: list[Effect] = []
    if not alert.hidden_from_defender:
        effects.append(TellDefender(alert.id, DefenderNotice.ACKNOWLEDGED_BY, (recipient_id,)))
    others = alert.notified_ids(excluding=recipient_id)
    if others:
        effects.append(
            TellRecipients(alert.id, others, RecipientNotice.HANDLED_BY, about=recipient_id)
        )
    return _armed(alert, effects)


def cant_help(alert: Alert, recipient_id: str, policy: Policy, now: datetime) -> Outcome:
    """ "I can't help": not an acknowledgement; escalates at once if their level is exhausted."""
    _check_now(now)
    found = alert.recipient(recipient_id)
    # Only someone the alert reached can decline it: a coordinator pressing "can't help" in
    # /alerts before the alert reached them must not take the coordinators' level away.
    if (
        not alert.is_open
        or found is None
        or found.status is RecipientStatus.QUEUED
        or found.status in ANSWERED
    ):
        return alert, []
    alert = _with_status(alert, recipient_id, RecipientStatus.CANT_HELP, now)
    effects: list[Effect] = []
    if not alert.hidden_from_defender:
        effects.append(TellDefender(alert.id, DefenderNotice.CANT_HELP, (recipient_id,)))
    return _after_giving_up(alert, effects, policy, now)


def unreachable(alert: Alert, recipient_id: str, policy: Policy, now: datetime) -> Outcome:
    """Delivery to this recipient failed for good; the defender is told who (unless duress)."""
    _check_now(now)
    found = alert.recipient(recipient_id)
    if not alert.is_open or found is None or found.status in ANSWERED - {RecipientStatus.CANT_HELP}:
        return alert, []
    already_declined = found.status is RecipientStatus.CANT_HELP
    alert = _with_status(alert, recipient_id, RecipientStatus.UNREACHABLE, now)
    effects: list[Effect] = []
    if not alert.hidden_from_defender:
        effects.append(TellDefender(alert.id, DefenderNotice.UNREACHABLE, (recipient_id,)))
    return _after_giving_up(alert, effects, policy, now, newly=not already_declined)


def delivered(alert: Alert, recipient_id: str, now: datetime) -> Outcome:
    """Telegram took an alert message for this recipient: the first time, the defender is
    told it reached them (unless they were told already, or must see nothing of it)."""
    _check_now(now)
    found = alert.recipient(recipient_id)
    if not alert.is_open or found is None or found.status is RecipientStatus.UNREACHABLE:
        return alert, []
    if found.announced:
        if found.reached_at is None:
            alert = _with_recipient(alert, recipient_id, reached_at=now)
        return alert, []
    alert = _with_recipient(alert, recipient_id, reached_at=found.reached_at or now, announced=True)
    if alert.hidden_from_defender:
        return alert, []
    return alert, [TellDefender(alert.id, DefenderNotice.WHO_WAS_NOTIFIED, (recipient_id,))]


def announced(alert: Alert, recipient_ids: Sequence[str]) -> Alert:
    """The defender was just told these recipients are being alerted (in the reply to their
    SOS): `delivered` will not tell them again."""
    for recipient_id in recipient_ids:
        alert = _with_recipient(alert, recipient_id, announced=True)
    return alert


def add_recipient(alert: Alert, contact: ContactRef, policy: Policy, now: datetime) -> Outcome:
    """A contact accepted an invitation while the alert is open. If their tier was already
    alerted they get the alert now; otherwise they wait for escalation to reach it."""
    _check_now(now)
    if not alert.is_open or contact.id == COORDINATORS or alert.recipient(contact.id) is not None:
        return alert, []
    level = Level.TIER_1 if contact.tier <= 1 else Level.TIER_2
    recipients = sorted((*alert.recipients, Recipient(contact.id, level)), key=lambda r: r.level)
    alert = replace(alert, recipients=tuple(recipients))
    if alert.level is not Level.NONE and level > alert.level:
        return _armed(alert, [])
    if alert.level is Level.NONE:
        alert = replace(alert, level=level)
    alert = _with_recipient(alert, contact.id, status=RecipientStatus.NOTIFIED, notified_at=now)
    if _awaiting_ack(alert) and alert.level_deadline is None:
        alert = replace(alert, level_deadline=now + policy.ack_timeout)
    notify = Notify(
        contact.id,
        alert.id,
        Priority.ESCALATION,
        NotifyReason.NEW_ALERT,
        alert.kind_shown_to_recipients,
    )
    return _armed(alert, [notify])


def resolve(alert: Alert, resolution: Resolution, now: datetime) -> Outcome:
    """ "I'm safe" from the defender, or a coordinator closing the alert with a reason.

    A duress alert is closed by a coordinator, by the contact who took it on
    (`close_by_contact`), or by the defender with their safety PIN (`verified`), typed where
    nothing on screen changes (`/checkin` followed by the PIN). Their chat never shows it, so
    an unverified "I'm safe" says nothing there; the alert stays open, marked as possibly
    coerced, and the people already on it are told the defender says they are safe,
    unverified.
    """
    _check_now(now)
    if not alert.is_open:
        return alert, []
    if alert.is_duress and resolution.by is ResolvedBy.DEFENDER and not resolution.verified:
        return _possibly_coerced(alert, [])
    closed = _forgetting_details(
        replace(
            alert,
            state=AlertState.RESOLVED,
            resolved_at=now,
            resolution=resolution,
            level_deadline=None,
        )
    )
    return closed, _tell_everyone(closed, RecipientNotice.RESOLVED, DefenderNotice.RESOLVED)


def resolve_under_coercion(
    alert: Alert, now: datetime, *, shown: DefenderNotice = DefenderNotice.RESOLVED
) -> Outcome:
    """The defender answered a safety-PIN prompt with their duress word: they see exactly what
    the real thing shows (`shown`: closed, or a false alarm cancelled), while the alert stays
    open for everyone on it."""
    _check_now(now)
    if not alert.is_open:
        return alert, []
    cover: list[Effect] = [] if alert.is_duress else [TellDefender(alert.id, shown)]
    return _possibly_coerced(alert, cover)


def _possibly_coerced(alert: Alert, effects: list[Effect]) -> Outcome:
    alert = replace(alert, possible_coercion=True)
    notified = tuple(r.id for r in alert.recipients if r.status is not RecipientStatus.QUEUED)
    if notified:
        effects = [*effects, TellRecipients(alert.id, notified, RecipientNotice.POSSIBLY_COERCED)]
    return _armed(alert, effects)


def false_alarm(alert: Alert, now: datetime, *, verified: bool = False) -> Outcome:
    """The defender's "False alarm", honoured only within the window and never for duress.

    After the window the alert stays open and the defender is told the window has passed. A
    duress alert is never shown to the defender, so a request to cancel one changes nothing.
    `verified`: confirmed with the safety PIN; the people told learn whether it was.
    """
    _check_now(now)
    if not alert.is_open or alert.is_duress or alert.false_alarm_until is None:
        return alert, []
    if now > alert.false_alarm_until:
        return alert, [TellDefender(alert.id, DefenderNotice.FALSE_ALARM_WINDOW_PASSED)]
    cancelled = _forgetting_details(
        replace(
            alert,
            state=AlertState.CANCELLED,
            resolved_at=now,
            level_deadline=None,
            resolution=Resolution(ResolvedBy.DEFENDER, verified=verified),
        )
    )
    return cancelled, _tell_everyone(
        cancelled, RecipientNotice.FALSE_ALARM, DefenderNotice.CANCELLED
    )


def false_alarm_under_coercion(alert: Alert, now: datetime) -> Outcome:
    """The duress word at the false alarm's PIN prompt: the screen shows what the real
    cancellation (or its refusal, after the window) would show; the alert stays open."""
    _check_now(now)
    if not alert.is_open or alert.is_duress or alert.false_alarm_until is None:
        return alert, []
    late = alert.false_alarm_until < now
    shown = DefenderNotice.FALSE_ALARM_WINDOW_PASSED if late else DefenderNotice.CANCELLED
    return resolve_under_coercion(alert, now, shown=shown)


def warn_of_pin_attempts(alert: Alert, now: datetime, *, excluding: frozenset[str]) -> Outcome:
    """Several wrong safety PINs were typed on the defender's phone: everyone who knows of the
    alert hears of it (but those in `excluding`, already told through another alert). The
    defender's screen shows only "wrong PIN"."""
    _check_now(now)
    told = tuple(r for r in alert.notified_ids() if r not in excluding)
    if not alert.is_open or not told:
        return alert, []
    return alert, [TellRecipients(alert.id, told, RecipientNotice.PIN_ATTEMPTS)]


def share_location(
    alert: Alert, location: Location, now: datetime, *, live_update: bool
) -> Outcome:
    """The defender sent a location (or their live location moved) while the alert is open:
    keep it as the last known location and pass it to everyone who knows of the alert.
    Those notified later get it with the alert itself."""
    _check_now(now)
    if not alert.is_open:
        return alert, []
    alert = replace(alert, location=location)
    notified = alert.notified_ids()
    if not notified:
        return alert, []
    return alert, [ShareLocation(alert.id, notified, live_update=live_update)]


def add_words(alert: Alert, words: str, now: datetime) -> Outcome:
    """The defender wrote more (a second /sos with words) while the alert is open: keep it
    with the alert and pass it to everyone who knows of it."""
    _check_now(now)
    if not alert.is_open or not words:
        return alert, []
    note = f"{alert.note}\n{words}" if alert.note else words
    alert = replace(alert, note=note)
    notified = alert.notified_ids()
    if not notified:
        return alert, []
    return alert, [TellRecipients(alert.id, notified, RecipientNotice.NEW_WORDS)]


# --- Escalation -------------------------------------------------------------------------------


def _move_on(
    alert: Alert, policy: Policy, now: datetime, reason: NotifyReason = NotifyReason.ESCALATED
) -> Outcome:
    """The current level has had its chance: notify the next one, or remind at the last."""
    following = _next_level(alert)
    if following is not None:
        alert, reminders = _remind(alert, _waiting(alert), policy, now)
        alert, effects = _notify_level(alert, following, reason, Priority.ESCALATION, now)
        return _armed(replace(alert, level_deadline=now + policy.ack_timeout), effects + reminders)
    # The last level: repeat until someone acknowledges. Those who have not answered come
    # first; if everyone left said "I can't help", they are asked again rather than nobody.
    targets = _waiting(alert) or tuple(
        r for r in alert.recipients if r.status is RecipientStatus.CANT_HELP
    )
    alert, reminders = _remind(alert, targets, policy, now)
    pinged = [r.last_pinged for r in alert.recipients if r.id in {t.id for t in targets}]
    next_due = min((p + policy.reminder_every for p in pinged if p is not None), default=None)
    if next_due is None:
        alert = replace(alert, level_deadline=None)
        if alert.hidden_from_defender:
            return alert, reminders
        return alert, [*reminders, TellDefender(alert.id, DefenderNotice.NOBODY_LEFT)]
    return _armed(replace(alert, level_deadline=next_due), reminders)


def _after_giving_up(
    alert: Alert, effects: list[Effect], policy: Policy, now: datetime, *, newly: bool = True
) -> Outcome:
    """After a "can't help" or an unreachable: move on at once if the current level is spent.
    When that was the last one left (`newly`: not someone who had already declined), the
    defender is told nobody is left."""
    current = [r for r in alert.recipients if r.level == alert.level]
    spent = bool(current) and all(r.status in GAVE_UP for r in current)
    if _awaiting_ack(alert) and alert.level_deadline is not None and spent:
        alert, more = _move_on(alert, policy, now)
        effects = effects + more
    nobody_left = TellDefender(alert.id, DefenderNotice.NOBODY_LEFT)
    if (
        newly
        and not alert.hidden_from_defender
        and all(r.status in GAVE_UP for r in alert.recipients)
        and nobody_left not in effects
    ):
        effects = [*effects, nobody_left]
    return _armed(alert, effects)


def _notify_level(
    alert: Alert, level: Level, reason: NotifyReason, priority: Priority, now: datetime
) -> Outcome:
    chosen = tuple(
        r.id for r in alert.recipients if r.level == level and r.status is RecipientStatus.QUEUED
    )
    recipients = tuple(
        replace(r, status=RecipientStatus.NOTIFIED, notified_at=now) if r.id in chosen else r
        for r in alert.recipients
    )
    alert = replace(alert, level=level, recipients=recipients)
    shown = alert.kind_shown_to_recipients
    # The defender hears who has it once Telegram took it for them (`delivered`).
    effects: list[Effect] = [Notify(rid, alert.id, priority, reason, shown) for rid in chosen]
    return alert, effects


def _remind(alert: Alert, targets: Sequence[Recipient], policy: Policy, now: datetime) -> Outcome:
    """Remind those of `targets` who were last pinged at least `reminder_every` ago."""
    due = {
        r.id
        for r in targets
        if r.last_pinged is not None and now - r.last_pinged >= policy.reminder_every
    }
    recipients = tuple(replace(r, reminded_at=now) if r.id in due else r for r in alert.recipients)
    shown = alert.kind_shown_to_recipients
    effects: list[Effect] = [
        Notify(r.id, alert.id, Priority.REMINDER, NotifyReason.REMINDER, shown)
        for r in alert.recipients
        if r.id in due
    ]
    return replace(alert, recipients=recipients), effects


# --- Helpers ----------------------------------------------------------------------------------


def _recipients(contacts: Sequence[ContactRef], coordinators: bool) -> tuple[Recipient, ...]:
    """One recipient per contact (at their lowest tier), ordered by level, then coordinators."""
    levels: dict[str, Level] = {}
    for contact in contacts:
        # Tiers beyond 2 still get the alert, with tier 2, rather than being dropped.
        level = Level.TIER_1 if contact.tier <= 1 else Level.TIER_2
        levels[contact.id] = min(level, levels.get(contact.id, level))
    levels.pop(COORDINATORS, None)
    ordered = sorted(levels.items(), key=lambda item: item[1])
    people = [Recipient(rid, level) for rid, level in ordered]
    if coordinators:
        people.append(Recipient(COORDINATORS, Level.COORDINATORS))
    return tuple(people)


def _next_level(alert: Alert) -> Level | None:
    return min(
        (
            r.level
            for r in alert.recipients
            if r.level > alert.level and r.status is RecipientStatus.QUEUED
        ),
        default=None,
    )


def _waiting(alert: Alert) -> tuple[Recipient, ...]:
    return tuple(r for r in alert.recipients if r.is_waiting)


def _awaiting_ack(alert: Alert) -> bool:
    return alert.is_open and alert.acknowledged_by is None


def _with_status(alert: Alert, recipient_id: str, status: RecipientStatus, now: datetime) -> Alert:
    recipients = tuple(
        replace(r, status=status, answered_at=now) if r.id == recipient_id else r
        for r in alert.recipients
    )
    return replace(alert, recipients=recipients)


def _with_recipient(alert: Alert, recipient_id: str, **changes: Any) -> Alert:
    recipients = tuple(
        replace(r, **changes) if r.id == recipient_id else r for r in alert.recipients
    )
    return replace(alert, recipients=recipients)


def _armed(alert: Alert, effects: list[Effect]) -> Outcome:
    """Add the one wake-up for the earliest pending deadline (a level's, a follow-up's or the
    coordinators'), replacing any asked for on the way."""
    effects = [e for e in effects if not isinstance(e, WakeAt)]
    when = alert.next_wake_at
    if when is not None:
        effects.append(WakeAt(alert.id, when))
    return alert, effects


def _tell_everyone(
    alert: Alert,
    to_recipients: RecipientNotice,
    to_defender: DefenderNotice,
    *,
    by: str | None = None,
) -> list[Effect]:
    """Tell everyone who knows of the alert (but `by`, the recipient whose doing it is), and
    the defender unless the alert is hidden from them."""
    effects: list[Effect] = []
    notified = alert.notified_ids(excluding=by)
    if notified:
        effects.append(TellRecipients(alert.id, notified, to_recipients, about=by))
    if not alert.hidden_from_defender:
        effects.append(TellDefender(alert.id, to_defender, () if by is None else (by,)))
    return effects


def _forgetting_details(alert: Alert) -> Alert:
    """A closed alert keeps only its short history (who was told, who answered, when), not
    what the defender wrote or where they were."""
    return replace(alert, note="", location=None, contact_notes=())


def _check_now(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (UTC)")


# --- Contacts acting together -----------------------------------------------------------------

# Notes kept with an open alert (for /alerts and for people told later); older ones go.
NOTES_KEPT = 10


def add_contact_note(alert: Alert, author_id: str, text: str, now: datetime) -> Outcome:
    """A contact on the alert writes a note for everyone else on it: the other contacts and
    the coordinators who know of it, and the defender unless the alert is hidden from them.

    Only a contact the alert reached may write one. The author's `last_note_at` records that
    they are acting on it: for the one who took it on, that their promise is being kept.
    """
    _check_now(now)
    found = alert.recipient(author_id)
    if (
        not alert.is_open
        or not text
        or author_id == COORDINATORS
        or found is None
        or not found.knows_of_alert
    ):
        return alert, []
    recipients = tuple(
        replace(r, last_note_at=now) if r.id == author_id else r for r in alert.recipients
    )
    notes = (*alert.contact_notes, ContactNote(author_id, now, text))[-NOTES_KEPT:]
    alert = replace(alert, recipients=recipients, contact_notes=notes)
    return alert, _tell_everyone(
        alert, RecipientNotice.CONTACT_NOTE, DefenderNotice.CONTACT_NOTE, by=author_id
    )


def close_by_contact(alert: Alert, contact_id: str, words: str, now: datetime) -> Outcome:
    """The contact who took the alert on closes it, saying what happened ("she is with her
    lawyer"). Everyone else who knows of it is told, with those words; the defender too,
    unless the alert is hidden from them. This closes a duress alert as well: the person on
    it is the one who knows when the danger is over."""
    _check_now(now)
    if (
        not alert.is_open
        or not words
        or contact_id == COORDINATORS
        or alert.acknowledged_by != contact_id
    ):
        return alert, []
    resolution = Resolution(ResolvedBy.CONTACT, words, closed_by=contact_id)
    closed = _forgetting_details(
        replace(
            alert,
            state=AlertState.RESOLVED,
            resolved_at=now,
            resolution=resolution,
            level_deadline=None,
        )
    )
    return closed, _tell_everyone(
        closed, RecipientNotice.CLOSED_BY_CONTACT, DefenderNotice.CLOSED_BY_CONTACT, by=contact_id
    )


def defender_wrote(
    alert: Alert, words: str, now: datetime, *, already_told: frozenset[str] = frozenset()
) -> Outcome:
    """The defender typed a message while the alert is open: kept with the alert (those told
    later read it in the alert) and passed to everyone who knows of it, except those in
    `already_told` (who had it through another open alert of the same defender)."""
    _check_now(now)
    if not alert.is_open or not words:
        return alert, []
    alert = replace(alert, note=f"{alert.note}\n{words}" if alert.note else words)
    targets = tuple(r for r in alert.notified_ids() if r not in already_told)
    if not targets:
        return alert, []
    return alert, [TellRecipients(alert.id, targets, RecipientNotice.NEW_WORDS)]


def defender_sent(
    alert: Alert, message_id: int, now: datetime, *, already_told: frozenset[str] = frozenset()
) -> Outcome:
    """The defender sent a photo, a voice note, a video or a document while the alert is
    open: copied to everyone who knows of it (except `already_told`). Not kept: the copy is
    the record, and those told later do not get it."""
    _check_now(now)
    if not alert.is_open:
        return alert, []
    targets = tuple(r for r in alert.notified_ids() if r not in already_told)
    if not targets:
        return alert, []
    return alert, [PassOn(alert.id, targets, message_id)]
