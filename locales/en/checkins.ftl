## Check-ins and schedules (/checkin, /schedule, /grace, /reminder, /checkin_by, /pause,
## /resume, /status). A check-in with the duress word shows exactly these messages.

checkin-done = ✅ Checked in at { $time }.
checkin-done--disguised = ✅ Noted at { $time }.
checkin-next = Next check-in due by { $due }.
checkin-next--disguised = Next reply due by { $due }.
checkin-deadline-ended = Your deadline of { $deadline } is done.
checkin-pin-ask = Your alert is still open. To close it, send your safety PIN.
checkin-pin-ask--disguised = To close it, send your code.
checkin-pin-wrong = That is not your safety PIN. The alert stays open. Send your PIN again, or /cancel.
checkin-pin-wrong--disguised = That is not your code. Send it again, or /cancel.
checkin-resumed = ▶️ Your pause is over: check-ins are on again. Next check-in due by { $due }.
checkin-resumed--disguised = ▶️ Your break is over. Next reply due by { $due }.
checkin-reminder = ⏰ Time to check in: you are due by { $due }. Tap below if you are safe.
checkin-reminder--disguised = ⏰ Reminder: please reply by { $due }.

schedule-forms-schedule =
    Set a schedule by typing one of:
    /schedule every 2h – every 2 hours (15 minutes to 7 days; also every 90m, every 1.5h)
    /schedule daily 09:00 21:00 – at these times each day, in your time zone (also daily 9am 9pm)
    /schedule off – stop the schedule
    Also: /grace 30m (time allowed after a due time before your contacts are alerted), /reminder 10m or /reminder off, /checkin_by 13:00 (a one-off deadline), /pause 2d or /pause until 2026-12-01 09:00, /resume, /status.
schedule-forms-schedule--disguised =
    Set a routine by typing one of:
    /schedule every 2h
    /schedule daily 09:00 21:00
    /schedule off
    Also: /grace 30m, /reminder 10m or /reminder off, /checkin_by 13:00, /pause 2d, /resume, /status.
schedule-menu-choose = Or choose:
schedule-button-every = every { $every }
schedule-button-off = Stop the schedule
schedule-forms-grace = For example: /grace 30m (from 1 minute to 24 hours).
schedule-forms-reminder = For example: /reminder 10m, or /reminder off.
schedule-forms-checkin-by = For example: /checkin_by 13:00, /checkin_by tomorrow 08:00, /checkin_by 2026-12-01 13:00, /checkin_by 2h, or /checkin_by off.
schedule-forms-pause = For example: /pause 3h, /pause 2d, or /pause until 2026-12-01 09:00 (at most 30 days).

schedule-problem-format = I could not read that.
schedule-time-passed = { $time } has already passed today. Do you mean tomorrow at { $time }? If not, send the command again with a date, such as 2026-12-01 { $time }.
schedule-button-tomorrow = Yes, tomorrow at { $time }
schedule-problem-no-such-time = That time does not exist.
schedule-problem-too-short = That is too short: the shortest is { $limit }.
schedule-problem-too-long = That is too long: the longest is { $limit }.
schedule-problem-too-close = Daily times must be at least { $limit } apart.
schedule-problem-in-the-past = That time has already passed.
schedule-problem-too-far-ahead = That is too far ahead: at most { $limit }.
schedule-problem-reminder-too-long = The reminder must come less than { $limit } before the due time.
schedule-problem-deadline-during-pause = That would pause through your check-in deadline. Change the deadline first (/checkin_by off).

status-no-schedule = 🗓 No regular check-in schedule.
status-no-schedule--disguised = 🗓 No routine set.
status-schedule = 🗓 Check-ins: { $rule }
status-schedule--disguised = 🗓 Routine: { $rule }
status-grace = Grace: { $grace } · reminder ahead: { $reminder }
status-reminder-off = off
status-paused = ⏸ Paused until { $until }: nothing is sent until then.
status-next = Next check-in due by { $due }.
status-next--disguised = Next reply due by { $due }.
status-deadline = One-off deadline: { $deadline }.
status-last = Last check-in: { $last }.
status-last--disguised = Last reply: { $last }.
status-never = No check-in yet.
status-alert-open = 🆘 An alert about you is open. Press ✅ I'm safe when you are safe.
status-alert-open--disguised = 📞 Something is still open. Press ✅ Done when all is well.
status-nobody = ⚠️ Nobody would be alerted if you miss a check-in: you have no trusted contacts and the network has no coordinators' chat. Add a contact with /invite.
status-nobody--disguised = ⚠️ Nobody would be told: add someone with /invite.

## /settings: the safety PIN and the duress word
settings-pin = 🔐 Safety PIN
settings-pin--disguised = 🔐 Code
settings-duress = 🗝 Duress word
settings-duress--disguised = 🗝 Second word
safety-pin-explain =
    <b>Safety PIN</b>
    If you raise an alert, someone who holds you could force you to press “I'm safe”. With a safety PIN, nothing that ends or weakens your protection happens without it: closing or cancelling an alert, pausing or switching off check-ins, removing a contact, changing the PIN or the duress word. A PIN proves nothing on its own (it can be forced out of someone): that is what the duress word is for.
    After 3 wrong PINs within an hour your contacts are warned; after 5, PIN prompts are locked for 15 minutes, then longer.
    Choose something you will remember under stress, 4 to 64 characters, not 1234 or 0000. Send it now, then once more; it is deleted from this chat at once and kept only in a form nobody can read back. Or /cancel.
safety-pin-explain--disguised =
    <b>Code</b>
    Choose a code, 4 to 64 characters, and send it now. It is deleted from this chat at once. Or /cancel.
safety-duress-explain =
    <b>Duress word</b>
    A word that looks like an ordinary check-in but secretly alerts your contacts and the coordinators. Use it if someone forces you to check in or to close an alert: send it instead of /checkin (or after /checkin, or at the PIN prompt). Your screen shows exactly what a normal check-in shows; nothing in this chat will show the alert.
    Choose a word you would not type by accident, 4 to 64 characters, different from your PIN. Send it now; it is deleted from this chat at once and kept only in a form nobody can read back. Or /cancel.
safety-duress-explain--disguised =
    <b>Second word</b>
    Choose a second word, 4 to 64 characters, different from your code, and send it now. It is deleted from this chat at once. Or /cancel.
safety-word-is-set = One is set now. Send a new one to replace it, or remove it with the button.
safety-word-not-set = None is set yet.
safety-word-clear = Remove it
safety-word-length = It must be 4 to 64 characters. Send another, or /cancel.
safety-word-same = Your PIN and your duress word must be different. Send another, or /cancel.
safety-word-same--disguised = Your code and your second word must be different. Send another, or /cancel.
safety-pin-saved = 🔐 Your safety PIN is saved.
safety-pin-saved--disguised = 🔐 Your code is saved.
safety-pin-cleared = Your safety PIN is removed.
safety-pin-cleared--disguised = Your code is removed.
safety-duress-saved = 🗝 Your duress word is saved.
safety-duress-saved--disguised = 🗝 Saved.
safety-duress-cleared = Your duress word is removed.
safety-duress-cleared--disguised = Removed.

# After an outage: the missed check-in fell due while the bot was down.
outage-late-alert = ⚠️ The bot could not run from { $start } to { $end }. Your check-in was due at { $due }, while it was down: your trusted contacts were alerted late, at { $end }. If you are safe, check in now.
outage-late-alert--disguised = ⚠️ This service was down from { $start } to { $end }. Your reply due at { $due } was handled late, at { $end }. Reply now if all is well.
