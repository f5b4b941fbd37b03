"""Updates Telegram could not have sent are emptied before python-telegram-bot sees them."""

import json

import pytest

from bot.transport import sanitize_updates

GOOD = {
    "message_id": 1,
    "date": 0,
    "chat": {"id": 5, "type": "private"},
    "from": {"id": 5, "is_bot": False, "first_name": "A"},
    "text": "/start",
}


def through(update: dict) -> dict:
    payload = json.dumps({"ok": True, "result": [update]}).encode()
    return json.loads(sanitize_updates(payload))["result"][0]


@pytest.mark.parametrize(
    "change",
    [
        {"message_id": "x"},
        {"message_id": None},
        {"message_id": 2**70},
        {"date": "today"},
        {"chat": {"id": "5", "type": "private"}},
        {"from": 7},
        {"from": {"id": True, "is_bot": False, "first_name": "A"}},
        {"text": 7},
    ],
    ids=repr,
)
def test_a_message_with_a_field_of_the_wrong_kind_is_emptied(change):
    for kind in ("message", "edited_message"):
        assert through({"update_id": 3, kind: {**GOOD, **change}}) == {"update_id": 3}


@pytest.mark.parametrize(
    "query",
    [
        {"id": 1, "from": GOOD["from"], "chat_instance": "1", "data": "x"},
        {"id": "1", "from": {"id": "5"}, "chat_instance": "1", "data": "x"},
        {"id": "1", "from": GOOD["from"], "chat_instance": "1", "data": 7},
        {"id": "1", "from": GOOD["from"], "chat_instance": "1", "message": {**GOOD, "chat": 1}},
    ],
)
def test_a_button_press_with_a_field_of_the_wrong_kind_is_emptied(query):
    assert through({"update_id": 3, "callback_query": query}) == {"update_id": 3}


def test_a_well_formed_update_goes_through_unchanged():
    update = {"update_id": 3, "message": GOOD}
    assert through(update) == update
