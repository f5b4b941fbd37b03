## Notices to the deployment's admins about the database itself (issue 19).

admin-database-tampered =
    ⚠️ The bot's database was changed by something that does not hold its key. The changed rows are refused: nothing is sent to, or done for, anyone they name. The bot keeps running with the rest, and this notice is sent once.

    What to do: keep a copy of the data directory for investigation, find out who could write to it, and restore the database from a backup you trust. If the key file may have been read too, run `python -m bot rotate-key`, and if the machine itself may be compromised, also replace the bot token with @BotFather (/revoke). The bot's log says which table was affected, never whose rows.
