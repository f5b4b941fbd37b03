"""The emulator's small pure parts: parameter decoding, HTML, URLs, stdin reading."""

import os
import sys
from pathlib import Path

import pytest
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.emulator.console import stdin_lines
from bot.emulator.formatting import HtmlParseError, parse_html, utf16_length
from bot.emulator.inprocess import split_bot_url
from bot.emulator.params import decode_params


def test_decode_params_matches_ptb_encoding() -> None:
    values = {
        "chat_id": 123,
        "text": "42",
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
        "protect_content": True,
        "allowed_updates": ["message"],
    }
    request = RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])
    assert decode_params(request.json_parameters) == values


def test_decode_params_keeps_non_json_strings() -> None:
    decoded = decode_params({"chat_id": "@channel", "action": "typing", "caption": "null"})
    assert decoded == {"chat_id": "@channel", "action": "typing", "caption": "null"}


def test_html_entities_count_utf16_units() -> None:
    text, entities = parse_html("😀 <b>x</b> &lt;3 &#128512; &nbsp;")
    assert text == "😀 x <3 😀 &nbsp;"
    assert entities == [{"type": "bold", "offset": 3, "length": 1}]
    assert utf16_length("😀") == 2


def test_html_pre_with_language_and_spoiler() -> None:
    text, entities = parse_html(
        '<pre><code class="language-python">x = 1</code></pre>'
        '<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>'
    )
    assert text == "x = 1sq"
    assert entities == [
        {"type": "pre", "language": "python", "offset": 0, "length": 5},
        {"type": "spoiler", "offset": 5, "length": 1},
        {"type": "expandable_blockquote", "offset": 6, "length": 1},
    ]


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<span>x</span>", 'Unsupported start tag "span" at byte offset 0'),
        ("é<p>", 'Unsupported start tag "p" at byte offset 2'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", 'Unmatched end tag at byte offset 1, found "</b>"'),
    ],
)
def test_html_errors_use_telegram_wording(html: str, message: str) -> None:
    with pytest.raises(HtmlParseError) as raised:
        parse_html(html)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.telegram.org/bot1:abc/sendMessage", ("1:abc", "sendMessage")),
        ("http://127.0.0.1:8081/custom/bot1:abc/getMe", ("1:abc", "getMe")),
    ],
)
def test_split_bot_url(url: str, expected: tuple[str, str]) -> None:
    assert split_bot_url(url) == expected


def test_split_bot_url_rejects_other_urls() -> None:
    with pytest.raises(ValueError, match="not a Bot API URL"):
        split_bot_url("https://api.telegram.org/file/x")


async def test_stdin_lines_reads_a_pipe_until_eof(monkeypatch: pytest.MonkeyPatch) -> None:
    read_fd, write_fd = os.pipe()
    os.write(write_fd, "@bob hi\nhallo wörld\n".encode())
    os.close(write_fd)
    with os.fdopen(read_fd, encoding="utf-8") as pipe:
        monkeypatch.setattr(sys, "stdin", pipe)
        assert [line async for line in stdin_lines()] == ["@bob hi", "hallo wörld"]
        assert os.get_blocking(pipe.fileno())


async def test_stdin_lines_reads_a_regular_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "script.txt"
    script.write_text("one\ntwo")
    with script.open(encoding="utf-8") as file:
        monkeypatch.setattr(sys, "stdin", file)
        assert [line async for line in stdin_lines()] == ["one", "two"]
