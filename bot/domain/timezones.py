"""Time zones as people name them: a city or a country, in English or in their own language,
or a button's label typed back ("Bangkok (UTC+07:00)").

Names come from the IANA database (the city part of `Asia/Bangkok`) and from CLDR through
Babel (exemplar cities and country names in every language Babel knows), with a few cities
people name that have no zone of their own (Hanoi is `Asia/Ho_Chi_Minh`). A country is
understood only where it has a single time zone: Indonesia has three, so its cities must be
named.
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from collections.abc import Mapping
from functools import cache

import babel
from babel.core import get_global
from babel.dates import get_timezone_location

from bot.text import typed

# Cities people name that are not the city a zone is named after.
CITY_ALIASES = {
    "hanoi": "Asia/Ho_Chi_Minh",
    "saigon": "Asia/Ho_Chi_Minh",
    "ho chi minh city": "Asia/Ho_Chi_Minh",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "mecca": "Asia/Riyadh",
    "jeddah": "Asia/Riyadh",
    "abu dhabi": "Asia/Dubai",
    "doha": "Asia/Qatar",
    "rangoon": "Asia/Yangon",
    "ankara": "Europe/Istanbul",
    "islamabad": "Asia/Karachi",
    "lahore": "Asia/Karachi",
    "chittagong": "Asia/Dhaka",
    "penang": "Asia/Kuala_Lumpur",
    "bali": "Asia/Makassar",
    "denpasar": "Asia/Makassar",
    "cebu": "Asia/Manila",
    "phuket": "Asia/Bangkok",
    "chiang mai": "Asia/Bangkok",
    "mae sot": "Asia/Bangkok",
}

_LABEL_OFFSET = re.compile(r"\s*\((?:UTC|GMT)[^)]*\)\s*$", re.IGNORECASE)


def folded(text: str) -> str:
    """What counts as the same name: case, accents, spaces, dashes and dots do not matter."""
    decomposed = unicodedata.normalize("NFKD", typed(text).casefold())
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Zs", "Pd", "Po"))
    return unicodedata.normalize("NFC", kept.replace("_", ""))


def zone_named(text: str, language: str | None = None) -> str | None:
    """The IANA zone for a city or country typed in English or in `language`, if any."""
    key = folded(_LABEL_OFFSET.sub("", text))
    if not key:
        return None
    for table in (_english_names(), _local_names(language or "en")):
        if key in table:
            return table[key]
    return None


@cache
def _zones() -> list[str]:
    """Canonical Region/City zones: `Asia/Dacca` is an old name of `Asia/Dhaka`."""
    aliases: Mapping[str, str] = get_global("zone_aliases")
    return sorted(
        {
            aliases.get(name, name)
            for name in zoneinfo.available_timezones()
            if "/" in name and not name.startswith(("Etc/", "posix/", "right/", "SystemV/"))
        }
    )


@cache
def _english_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for zone in _zones():
        names.setdefault(folded(zone.rsplit("/", 1)[-1]), zone)
    names.update({folded(city): zone for city, zone in CITY_ALIASES.items()})
    return {**_local_names("en"), **names}


@cache
def _local_names(language: str) -> dict[str, str]:
    """Exemplar cities and single-zone countries, as CLDR names them in `language`."""
    try:
        locale = babel.Locale.parse(language.replace("-", "_"))
    except (ValueError, babel.UnknownLocaleError):
        return {}
    names: dict[str, str] = {}
    for zone in _zones():
        try:
            city = get_timezone_location(zone, locale=locale, return_city=True)
        except (LookupError, ValueError):
            continue
        if city:
            names.setdefault(folded(city), zone)
    territory_zones: Mapping[str, list[str]] = get_global("territory_zones")
    for code, zones in territory_zones.items():
        country = locale.territories.get(code)
        if country and len(zones) == 1:
            names.setdefault(folded(country), zones[0])
    return names
