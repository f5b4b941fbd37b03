## The safety PIN asked before a stand-down (closing or cancelling an alert, pausing or switching
## off check-ins, removing or demoting a contact, changing the PIN or the duress word).
pin-gate-ask = 🔐 Send your safety PIN to confirm. It is deleted from this chat at once. Or /cancel.
pin-gate-ask--disguised = Send your code to confirm, or /cancel.
pin-gate-wrong = That is not your safety PIN. Nothing was changed. Send your PIN again, or /cancel.
pin-gate-wrong--disguised = That is not your code. Nothing was changed. Send it again, or /cancel.
pin-gate-locked = Too many wrong PINs. Nothing was changed. Try again after { $time }.
pin-gate-locked--disguised = Too many tries. Try again after { $time }.

## Setting the PIN or the duress word: typed twice, common PINs refused.
safety-word-again = Send it once more, to be sure. It is deleted from this chat at once.
safety-word-mismatch = The two did not match, so nothing was saved. Send the new one again, or /cancel.
safety-word-open-again = That screen has closed. Open /settings again to make a change.
safety-pin-too-short = A PIN needs at least 4 characters, not counting spaces. Send another, or /cancel.
safety-pin-too-short--disguised = A code needs at least 4 characters, not counting spaces. Send another, or /cancel.
safety-pin-too-long = A PIN can have at most 64 characters. Send another, or /cancel.
safety-pin-too-long--disguised = A code can have at most 64 characters. Send another, or /cancel.
safety-pin-too-common = That PIN is among the first anyone would guess (like 1234 or 0000). Choose another, or /cancel.
safety-pin-too-common--disguised = That code is among the first anyone would guess (like 1234 or 0000). Choose another, or /cancel.

## To contacts: several wrong PINs typed on the defender's phone. Their screen shows only "wrong PIN".
alert-to-pin-attempts = ⚠️ Several wrong safety-PIN attempts on { $who }'s account: they may be under pressure. Their screen shows only “wrong PIN”. Do not call or message them openly; check on them through people you trust.
alert-to-pin-attempts--disguised = ⚠️ Several wrong codes were typed on { $who }'s phone. Please check on them quietly, through people you trust.
alert-to-false-alarm-unverified = ↩️ { $who } cancelled the alert as a false alarm. This is not verified: they have set no safety PIN. If anything seems wrong, check on them through people you trust.
alert-to-false-alarm-unverified--disguised = ↩️ { $who } says that was sent by mistake (not confirmed).
