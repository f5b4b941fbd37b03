# Messages to the deployment's admins (BOT_ADMINS) about how the bot itself is running.

## Another program is using the bot's token (Telegram's "Conflict")

operations-token-polling =
    🚨 <b>Another program is using this bot's token.</b>
    Telegram says a second program is fetching this bot's messages. Whoever holds the token can read the messages people send to the bot before the bot sees them (an SOS among them) and can send messages as the bot.
    <b>Revoke the token now:</b> in Telegram open @BotFather, send /mybots, choose this bot, then API Token → Revoke current token. Put the new token in TELEGRAM_BOT_TOKEN (or the file named by TELEGRAM_BOT_TOKEN_FILE) and restart the bot.
    If you started a second copy of the bot yourself, stop it instead.
    This warning repeats every { $minutes } minutes while it goes on.
operations-token-polling--disguised =
    🚨 <b>Another program is using this bot's token.</b>
    Telegram says a second program is fetching this bot's messages. Whoever holds the token can read the messages people send to the bot before the bot sees them and can send messages as the bot.
    <b>Revoke the token now:</b> in Telegram open @BotFather, send /mybots, choose this bot, then API Token → Revoke current token. Put the new token in TELEGRAM_BOT_TOKEN (or the file named by TELEGRAM_BOT_TOKEN_FILE) and restart the bot.
    If you started a second copy of the bot yourself, stop it instead.
    This warning repeats every { $minutes } minutes while it goes on.
operations-token-webhook =
    🚨 <b>Another program is using this bot's token.</b>
    Someone set a webhook for this bot, which sends its messages somewhere else. Whoever holds the token can read the messages people send to the bot (an SOS among them) and can send messages as the bot. The bot removed the webhook to get its messages back, but only a new token stops the other program.
    <b>Revoke the token now:</b> in Telegram open @BotFather, send /mybots, choose this bot, then API Token → Revoke current token. Put the new token in TELEGRAM_BOT_TOKEN (or the file named by TELEGRAM_BOT_TOKEN_FILE) and restart the bot.
    This warning repeats every { $minutes } minutes while it goes on.
operations-token-webhook--disguised =
    🚨 <b>Another program is using this bot's token.</b>
    Someone set a webhook for this bot, which sends its messages somewhere else. Whoever holds the token can read the messages people send to the bot and can send messages as the bot. The bot removed the webhook to get its messages back, but only a new token stops the other program.
    <b>Revoke the token now:</b> in Telegram open @BotFather, send /mybots, choose this bot, then API Token → Revoke current token. Put the new token in TELEGRAM_BOT_TOKEN (or the file named by TELEGRAM_BOT_TOKEN_FILE) and restart the bot.
    This warning repeats every { $minutes } minutes while it goes on.
operations-token-webhook-changed =
    🚨 <b>Another program is using this bot's token.</b>
    Someone changed or removed this bot's webhook, so Telegram stopped sending the bot its messages, or sends them somewhere else. Whoever holds the token can read the messages people send to the bot and can send messages as the bot. The bot set its webhook back, but only a new token stops the other program.
    <b>Revoke the token now:</b> in Telegram open @BotFather, send /mybots, choose this bot, then API Token → Revoke current token. Put the new token in TELEGRAM_BOT_TOKEN (or the file named by TELEGRAM_BOT_TOKEN_FILE) and restart the bot.
    This warning repeats every { $minutes } minutes while it goes on.
operations-token-quiet =
    ✅ No other program has used this bot's token for a while. If you have not revoked the token yet, do it now: whoever used it may still have it.
