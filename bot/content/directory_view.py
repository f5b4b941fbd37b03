"""One country's entries of the directory, as Telegram HTML in the reader's language, in as
many pages as they need. Pure: the bot shows them, and the checker measures every page in every
language so that none is too long for a message."""

from __future__ import annotations

from collections.abc import Callable

from bot.content.markup import escape_text, plain, utf16_length
from bot.content.model import Country, DirectoryEntry

Say = Callable[..., str]
# Below Telegram's 4,096: room for right-to-left marks, a longer country name, a reviewer's date.
PAGE_LIMIT = 3500


def country_pages(
    country: Country | None, name: str, language: str, say: Say, limit: int = PAGE_LIMIT
) -> list[str]:
    """The entries in order, as many to a page as fit within `limit` (one, however long)."""
    head = [say("directory-country", country=name)]
    if country is None or not country.entries:
        return ["\n".join([*head, say("directory-empty")])]
    head.append(say("directory-read-from"))
    if language in country.machine_drafted:
        head.append(say("directory-machine-drafted"))
    pages: list[str] = []
    page = list(head)
    for entry in country.entries:
        block = ["", *_entry_lines(entry, language, say)]
        if len(page) > len(head) and _size([*page, *block]) > limit:
            pages.append("\n".join(page))
            page = list(head)
        page += block
    pages.append("\n".join(page))
    return pages


def _size(lines: list[str]) -> int:
    return utf16_length(plain("\n".join(lines)))


def render_country(country: Country | None, name: str, language: str, say: Say) -> str:
    """Every entry on one page. `name`: the country's name in `language`;
    `say(message_id, **args)`: a UI string (it escapes the values it is given)."""
    lines = [say("directory-country", country=name)]
    if country is None or not country.entries:
        lines.append(say("directory-empty"))
        return "\n".join(lines)
    lines.append(say("directory-read-from"))
    if language in country.machine_drafted:
        lines.append(say("directory-machine-drafted"))
    for entry in country.entries:
        lines.append("")
        lines += _entry_lines(entry, language, say)
    return "\n".join(lines)


def _entry_lines(entry: DirectoryEntry, language: str, say: Say) -> list[str]:
    lines = [f"<b>{escape_text(entry.name)}</b>", escape_text(entry.what_in(language))]
    if entry.services:
        named = " · ".join(say(f"directory-service-{service}") for service in entry.services)
        lines.append(say("directory-services", services=named))
    if entry.phones:
        lines.append(say("directory-phones", phones=", ".join(entry.phones)))
    if entry.local_numbers:
        lines.append(say("directory-local", numbers=", ".join(entry.local_numbers)))
    if entry.email:
        lines.append(say("directory-email", email=entry.email))
    if entry.web:
        lines.append(say("directory-web", web=entry.web))
    if entry.messaging:
        lines.append(say("directory-messaging", messaging=entry.messaging))
    if entry.languages:
        lines.append(say("directory-languages", languages=", ".join(entry.languages)))
    if entry.area:
        lines.append(say("directory-area", area=entry.area))
    if entry.checked_by_person is None:
        lines.append(say("directory-not-verified"))
    else:
        lines.append(say("directory-checked", date=entry.checked_by_person.isoformat()))
    source = entry.source
    lines.append(
        say(
            "directory-source",
            title=source.title,
            url=source.url,
            date=source.read.isoformat(),
        )
    )
    return lines
