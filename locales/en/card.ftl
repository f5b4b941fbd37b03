# The emergency card (/card). Variables are HTML-escaped by the bot; only <b> and <i> here.
# Disguised wording (`--disguised`) must not hint at danger: no "emergency", "alert", "police".

## The card menu
card-intro =
    <b>🪪 Emergency card</b>
    What the people you trust need to know if you are detained or cannot be reached: who you are, your papers, your health, your lawyer and what to do first. Every field is optional.

    <b>Who can see it</b>
    Nobody but you, until an alert goes out. Then your active trusted contacts receive it, and if the alert escalates, the network's coordinators too. The bot never sends it to the police or to anyone else.

    { $filled } of { $total } fields filled.
card-intro--disguised =
    <b>👤 Profile</b>
    Details the people you chose may need if you cannot be reached. Every field is optional.

    <b>Who can see it</b>
    Nobody but you, until the bot notifies the people you chose. Then your active contacts receive it, and if needed, more people in the network too. It is never sent to anyone else.

    { $filled } of { $total } fields filled.
card-heading = <b>🪪 Your emergency card</b>
card-heading--disguised = <b>👤 Your profile</b>
card-empty = Your card is empty. Choose a field below to fill it in.
card-empty--disguised = Your profile is empty. Choose a field below to fill it in.
card-button-show = 👁 Show my card
card-button-show--disguised = 👁 Show my profile
card-button-clear-one = 🧹 Clear a field
card-button-clear-all = 🗑 Clear the whole card
card-button-clear-all--disguised = 🗑 Clear the whole profile

## Field names, on buttons and above each value
card-field-full-name = Full legal name
card-field-date-of-birth = Date of birth
card-field-nationality = Nationality
card-field-document-number = Passport or ID number
card-field-document-number--disguised = ID number
card-field-permit = Visa or permit type and expiry
card-field-employer = Employer or organisation
card-field-medical-needs = Medical needs
card-field-lawyer-name = Lawyer's name
card-field-lawyer-name--disguised = Adviser's name
card-field-lawyer-phone = Lawyer's phone
card-field-lawyer-phone--disguised = Adviser's phone
card-field-instructions = Instructions
card-field-instructions--disguised = Notes

## Asking for a field
card-ask-full-name =
    Send your <b>full legal name</b>, as it is written in your passport or ID.
    Example: <i>Nur Aisyah binti Rahman</i>
card-ask-full-name--disguised =
    Send your <b>full name</b>, as it is written in your ID.
    Example: <i>Nur Aisyah binti Rahman</i>
card-ask-date-of-birth =
    Send your <b>date of birth</b>.
    Example: <i>1990-05-31</i> or <i>31.05.1990</i>
card-ask-nationality =
    Send your <b>nationality</b>, or all of them if you have more than one.
    Example: <i>Myanmar</i>
card-ask-document-number =
    Send your <b>passport or ID number</b>, and which document it is.
    Example: <i>Passport MA1234567</i>
card-ask-document-number--disguised =
    Send your <b>ID number</b>, and which document it is.
    Example: <i>ID card MA1234567</i>
card-ask-permit =
    Send the <b>type of your visa or permit, and when it expires</b>.
    Example: <i>Work permit, expires 2026-12-31</i>
card-ask-employer =
    Send your <b>employer or organisation</b>.
    Example: <i>Migrant Workers' Rights Network, Kuala Lumpur</i>
card-ask-employer--disguised =
    Send your <b>employer or organisation</b>.
    Example: <i>Green Valley Garments, Kuala Lumpur</i>
card-ask-medical-needs =
    Send any <b>medical needs</b>: conditions, medicines and doses, allergies.
    Example: <i>Type 1 diabetes: insulin twice a day. Allergic to penicillin.</i>
card-ask-lawyer-name =
    Send your <b>lawyer's name</b>, and their firm if they have one.
    Example: <i>Carlos Mendoza, Legal Aid Centre</i>
card-ask-lawyer-name--disguised =
    Send the <b>name of an adviser</b> you rely on, and their office if they have one.
    Example: <i>Carlos Mendoza, City Advice Centre</i>
card-ask-lawyer-phone =
    Send your <b>lawyer's phone number</b>, with the country code.
    Example: <i>+60 12-345 6789</i>
card-ask-lawyer-phone--disguised =
    Send your <b>adviser's phone number</b>, with the country code.
    Example: <i>+60 12-345 6789</i>
card-ask-instructions =
    Send <b>instructions</b> for the people who receive your card: what to do first, and what they should know.
    Example: <i>Call my lawyer first. My passport is held by my employer.</i>
card-ask-instructions--disguised =
    Send <b>notes</b> for the people you chose: what to do first, and what they should know.
    Example: <i>Call my sister first. My documents are at the office.</i>
card-current = Now: { $value }
card-ask-footer-new = Type it and send it, or send /cancel.
card-ask-footer-change = Send new text to replace it, or /cancel to keep it.
card-button-clear-this = 🧹 Clear this field

## Typed values that are refused; the step stays open
card-problem-empty = That was empty. To remove what is saved, use “Clear a field” instead.
card-problem-too-long = That is too long: at most { $limit } characters, please.
card-problem-no-letters = A name needs at least one letter.
card-problem-phone-characters = A phone number can only have digits, spaces, brackets, dashes and a + at the start.
card-problem-phone-digits = A phone number has { $min } to { $max } digits.
card-problem-date-format = Please write the date as 1990-05-31 or 31.05.1990.
card-problem-date-not-real = That day does not exist. Please check the day and the month.
card-problem-date-not-past = A date of birth must be in the past.
card-problem-date-too-early = Please check the year: it should be { $year } or later.
card-ask-again = Please send it again, or send /cancel.

## After a change
card-confirm-date = That is <b>{ $date }</b>. Press Save, or send the date again.
card-confirm-phone-no-code = <b>{ $number }</b> has no country code (such as +66 for Thailand or +60 for Malaysia), so it may not work from another country. Send it again with the code, or press Save to keep it as it is.
card-button-save = ✅ Save
card-saved = ✅ Saved: <b>{ $field }</b>. { $filled } of { $total } fields filled.
card-clear-pick = Which field do you want to clear?
card-clear-confirm = Clear <b>{ $field }</b>? It is deleted for good.
card-clear-all-confirm = Clear the whole emergency card? Every field is deleted for good.
card-clear-all-confirm--disguised = Clear the whole profile? Every field is deleted for good.
card-button-yes-clear = Yes, clear it
card-button-yes-clear-all = Yes, clear everything
card-button-keep = No, keep it
card-kept = Nothing was changed.
card-field-cleared = 🧹 Cleared: <b>{ $field }</b>. { $filled } of { $total } fields filled.
card-already-empty = That field was already empty. Nothing was changed.
card-cleared-all = 🗑 Your emergency card is cleared: none of it is stored any more.
card-cleared-all--disguised = 🗑 Your profile is cleared: none of it is stored any more.
card-was-empty = Your card was already empty. Nothing was changed.
card-was-empty--disguised = Your profile was already empty. Nothing was changed.
