"""A user's privacy and display settings, and the rules for reading a typed time zone."""

from __future__ import annotations

import json
import re
import zoneinfo
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from bot.domain.timezones import zone_named

# Off, 1 minute, 10 minutes, 1 hour, 24 hours: Telegram lets a bot delete its messages for 48 h.
AUTODELETE_CHOICES: tuple[int | None, ...] = (None, 60, 600, 3600, 86400)

# How long each level of the defender's alerts has to answer, in minutes (None: the network's
# setting). Short for high-risk moments, longer for contacts in other time zones.
ACK_TIMEOUT_CHOICES: tuple[int | None, ...] = (None, 5, 10, 20, 30, 60)

# Places defenders in the sources' regions are likely to be, and the countries of the bot's
# languages, west to east; anything else can be typed (a city or a country, in English or in
# the person's language, or an offset).
COMMON_TIMEZONES = (
    "Europe/London",
    "Europe/Paris",
    "Africa/Cairo",
    "Europe/Istanbul",
    "Asia/Riyadh",
    "Asia/Tehran",
    "Asia/Dubai",
    "Asia/Kabul",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Colombo",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Yangon",
    "Asia/Bangkok",
    "Asia/Phnom_Penh",
    "Asia/Ho_Chi_Minh",
    "Asia/Jakarta",
    "Asia/Kuala_Lumpur",
    "Asia/Singapore",
    "Asia/Manila",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Mexico_City",
    "UTC",
)

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class UserSettings:
    timezone: str = "UTC"
    autodelete_seconds: int | None = None
    disguise: bool = False
    ack_timeout_minutes: int | None = None
    setup_step: str | None = None  # where the guided set-up is, while it is not finished
    countries: tuple[str, ...] = ()  # the directory's countries this person picked (ISO codes)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> UserSettings:
        if not text:
            return cls()
        raw = json.loads(text)
        return cls(
            timezone=str(raw.get("timezone", "UTC")),
            autodelete_seconds=raw.get("autodelete_seconds"),
            disguise=bool(raw.get("disguise", False)),
            ack_timeout_minutes=raw.get("ack_timeout_minutes"),
            setup_step=raw.get("setup_step"),
            countries=_country_codes(raw.get("countries")),
        )

    def toggle_country(self, code: str) -> UserSettings:
        """Picked if it was not, dropped if it was; the list stays in the order picked."""
        if code in self.countries:
            return replace(self, countries=tuple(c for c in self.countries if c != code))
        return replace(self, countries=(*self.countries, code))


def _country_codes(value: object) -> tuple[str, ...]:
    """The stored list of picked countries; anything else in it is dropped, never shown."""
    if not isinstance(value, list):
        return ()
    return tuple(c for c in value if isinstance(c, str) and _COUNTRY_CODE.fullmatch(c))


def parse_timezone(text: str, language: str | None = None) -> str | None:
    """An IANA name (`Asia/Bangkok`), a UTC offset (`+7`, `GMT+7`, `UTC+05:30`), or a city or
    country named in English or in `language` (`Bangkok`, `กรุงเทพ`, `Thailand`, a button's
    label such as `Bangkok (UTC+07:00)`), canonicalised."""
    text = text.strip()
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match[1], int(match[2]), int(match[3] or 0)
        if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
            return None
        return "UTC" if hours == minutes == 0 else f"UTC{sign}{hours:02d}:{minutes:02d}"
    if text.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    return _named_zones().get(text.replace(" ", "_").lower()) or zone_named(text, language)


def _named_zones() -> dict[str, str]:
    """Region/City names only: not `localtime` or `Factory`, and not `Etc/GMT+3`, whose sign
    is the reverse of what people expect (offsets are typed as UTC+3 instead)."""
    return {
        name.lower(): name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "posix/", "right/", "SystemV/"))
    }


def zone_label(name: str, now: datetime) -> str:
    """`Asia/Kuala_Lumpur` as people read it, with its offset now: `Kuala Lumpur (UTC+08:00)`;
    an offset zone is its offset, once: `UTC+03:30`."""
    if name == "UTC" or _OFFSET.match(name):
        return name
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    return f"{city} ({offset_label(name, now)})"


def offset_label(name: str, now: datetime) -> str:
    """The zone's offset from UTC at `now`: `UTC+07:00`, or `UTC`."""
    offset = now.astimezone(zone_of(name)).strftime("%z")
    return "UTC" if offset == "+0000" else f"UTC{offset[:3]}:{offset[3:]}"


def local_text(moment: datetime, zone_name: str) -> str:
    """A moment as the person in that zone reads it, with the zone once: `2026-01-15 14:05
    UTC+07:00` (the offset of that moment, so a date across a clock change reads right)."""
    local = moment.astimezone(zone_of(zone_name))
    return f"{local:%Y-%m-%d %H:%M} {offset_label(zone_name, moment)}"


def zone_of(name: str) -> tzinfo:
    """The tzinfo for a name `parse_timezone` produced."""
    match = _OFFSET.match(name)
    if match and name.upper().startswith("UTC"):
        sign = -1 if match[1] == "-" else 1
        offset = timedelta(hours=int(match[2]), minutes=int(match[3] or 0))
        return timezone(sign * offset)
    if name == "UTC":
        return UTC
    return zoneinfo.ZoneInfo(name)
