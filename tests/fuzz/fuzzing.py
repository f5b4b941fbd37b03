"""Random updates of every shape Telegram sends, and many it never would, fed through the
path polling takes (`sanitize_updates`, `Update.de_json`, `Application.process_update`).

Mostly near-valid (the people of the emulator, real commands, real button data, locations)
so that the updates reach deep into the handlers; the rest broken in one way or another.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

from bot.emulator.core import BotApiEmulator
from bot.emulator.users import ScriptedUser

COMMANDS = [
    "start", "help", "sos", "checkin", "schedule", "status", "contacts", "invite", "card",
    "rights", "directory", "settings", "wipe", "cancel", "alerts", "resolve", "coordinators",
    "reload", "pin", "duress", "checkin_by", "nonexistent",
]  # fmt: skip
WORDS = [
    "", " ", "DELETE", "0000", "1", "yes", "no", "Bangkok", "UTC+7", "every 1.5h", "16:00",
    "daily 9am 9pm", "+60123456789", "05/03/1990", "✅ I'm safe", "🆘 SOS", "☰ Menu",
    "⚖️ Rights", "📍 Share my location", "passport", "<b>bold</b>", "&amp;", "</a>",
    "\u202e\u2066evil", "a" * 5000, '"' * 4000, "\x00", "🙂" * 300, "null", "/start x y z",
]  # fmt: skip
ODD_IDS: list[Any] = [None, True, -1, 2**70, "7", 1.5, [1], {"id": 1}]


class UpdateFuzzer:
    def __init__(self, emulator: BotApiEmulator, people: list[ScriptedUser], seed: int) -> None:
        self.random = random.Random(seed)
        self.emulator = emulator
        self.people = people
        self.next_id = 10_000_000
        self.next_message = 5_000_000
        self.button_data: list[str] = []
        self.group_ids = [-4000000001, -4000000099]

    def learn_buttons(self) -> None:
        """Real callback data the bot has sent, to press with the wrong hands."""
        for person in self.people:
            for message in person.inbox[-20:]:
                for row in message.inline_keyboard or []:
                    for button in row:
                        if button.callback_data:
                            self.button_data.append(button.callback_data)
        self.button_data = self.button_data[-200:]

    def updates(self, count: int) -> Iterator[dict[str, Any]]:
        makers = [
            (22, self._text_message),
            (16, self._command),
            (14, self._button_press),
            (5, self._location),
            (6, self._edited),
            (6, self._group_message),
            (7, self._odd_id),
            (8, self._broken),
            (6, self._other_kind),
            (4, self._stranger),
            (3, self._empty),
            (3, self._replay),
        ]
        weights = [w for w, _ in makers]
        kinds = [m for _, m in makers]
        self._recent: list[dict[str, Any]] = []
        for _ in range(count):
            update = self.random.choices(kinds, weights)[0]()
            self._recent = [*self._recent[-20:], update]
            yield update

    # ------------------------------------------------------------------ pieces

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def _person(self) -> ScriptedUser:
        return self.random.choice(self.people)

    def _message(self, sender: dict[str, Any], chat: dict[str, Any], **fields: Any) -> dict:
        self.next_message += 1
        return {"message_id": self.next_message, "date": 1_768_000_000, "from": sender,
                "chat": chat, **fields}  # fmt: skip

    def _private(self, person: ScriptedUser) -> dict[str, Any]:
        return {"id": person.id, "type": "private", "first_name": person.first_name}

    def _text(self) -> str:
        pick = self.random.random()
        if pick < 0.5:
            return self.random.choice(WORDS)
        if pick < 0.8:
            alphabet = "abcxyz 0123456789/_@#:.,-+!?🆘✅☰📍\n"
            alphabet += "\u200f\u2068\u0627\u0628\u067e\u6f22\u5b57"
            return "".join(self.random.choice(alphabet) for _ in range(self.random.randint(0, 60)))
        return (
            "".join(chr(self.random.randint(1, 0x10FFFF)) for _ in range(8))
            .encode("utf-8", "replace")
            .decode("utf-8", "replace")
        )

    def _text_message(self) -> dict[str, Any]:
        person = self._person()
        text = self._text()
        message = self._message(person.to_api(), self._private(person), text=text)
        return {"update_id": self._id(), "message": message}

    def _command(self) -> dict[str, Any]:
        person = self._person()
        command = "/" + self.random.choice(COMMANDS)
        if self.random.random() < 0.2:
            command += "@defender_test_bot"
        text = command + (" " + self._text() if self.random.random() < 0.5 else "")
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        message = self._message(
            person.to_api(), self._private(person), text=text, entities=[entity]
        )
        return {"update_id": self._id(), "message": message}

    def _button_press(self) -> dict[str, Any]:
        person = self._person()
        data = (
            self.random.choice(self.button_data)
            if self.button_data and self.random.random() < 0.8
            else self._text()[:64]
        )
        message = self._message(
            {"id": 1000000001, "is_bot": True, "first_name": "Bot"}, self._private(person),
            text="a message with buttons",
        )  # fmt: skip
        query = {"id": str(self._id()), "from": person.to_api(), "message": message,
                 "chat_instance": "1", "data": data}  # fmt: skip
        return {"update_id": self._id(), "callback_query": query}

    def _location(self) -> dict[str, Any]:
        person = self._person()
        latitude = self.random.choice([0.0, -90.0, 90.0, 13.75, self.random.uniform(-90, 90)])
        longitude = self.random.choice([0.0, -180.0, 180.0, 100.5, self.random.uniform(-180, 180)])
        location: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
        if self.random.random() < 0.5:
            location["live_period"] = self.random.choice([60, 900, 3600, 0x7FFFFFFF])
        message = self._message(person.to_api(), self._private(person), location=location)
        return {"update_id": self._id(), "message": message}

    def _edited(self) -> dict[str, Any]:
        update = self.random.choice([self._command, self._text_message, self._location])()
        message = update.pop("message")
        message["edit_date"] = 1_768_000_100
        return {"update_id": update["update_id"], "edited_message": message}

    def _group_message(self) -> dict[str, Any]:
        person = self._person()
        chat = {"id": self.random.choice(self.group_ids), "type": "group", "title": "G"}
        command = "/" + self.random.choice(COMMANDS)
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        message = self._message(person.to_api(), chat, text=command, entities=[entity])
        return {"update_id": self._id(), "message": message}

    def _odd_id(self) -> dict[str, Any]:
        update = self._command()
        update["update_id"] = self.random.choice(ODD_IDS)
        return update

    def _broken(self) -> dict[str, Any]:
        update = self.random.choice([self._command, self._text_message, self._button_press])()
        body = update.get("message") or update.get("callback_query") or {}
        key = self.random.choice(list(body) or ["x"])
        body[key] = self.random.choice([None, 7, "x", [], {}, -1, 2**70, {"id": "x"}])
        return update

    def _other_kind(self) -> dict[str, Any]:
        kind = self.random.choice(
            ["channel_post", "my_chat_member", "inline_query", "poll", "message_reaction",
             "business_message", "never_heard_of_it"]
        )  # fmt: skip
        return {"update_id": self._id(), kind: {"id": "1", "chat": {"id": -100, "type": "channel"}}}

    def _stranger(self) -> dict[str, Any]:
        """Someone the emulator does not know (the bot cannot write to them)."""
        sender = {"id": self.random.randint(1, 2**40), "is_bot": False, "first_name": "X"}
        chat = {"id": sender["id"], "type": "private", "first_name": "X"}
        text = "/" + self.random.choice(COMMANDS)
        entity = {"type": "bot_command", "offset": 0, "length": len(text)}
        message = self._message(sender, chat, text=text, entities=[entity])
        return {"update_id": self._id(), "message": message}

    def _empty(self) -> dict[str, Any]:
        return {"update_id": self._id()}

    def _replay(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.random.choice(self._recent))) if self._recent else {}
