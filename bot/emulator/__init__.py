"""An emulated Telegram Bot API for tests and ``make demo``; nothing here touches the network.

- ``core.BotApiEmulator``: the fake Telegram, with scripted users (``users.ScriptedUser``).
- ``inprocess.EmulatorRequest``: plugs it into python-telegram-bot without sockets.
- ``http.start_http_emulator``: serves it on loopback for PTB's default HTTP transport.
- ``console.DemoConsole``: a terminal chat with the bot; ``sample`` is its ``:sample`` script.
"""
