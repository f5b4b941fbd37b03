from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.settings import (
    COMMON_TIMEZONES,
    UserSettings,
    local_text,
    parse_timezone,
    zone_label,
    zone_of,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Asia/Bangkok", "Asia/Bangkok"),
        ("asia/kuala lumpur", "Asia/Kuala_Lumpur"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("+7", "UTC+07:00"),
        ("UTC+5:30", "UTC+05:30"),
        ("utc+0545", "UTC+05:45"),
        ("GMT-3", "UTC-03:00"),
        ("UTC-00:00", "UTC"),
        ("utc", "UTC"),
        ("+14", "UTC+14:00"),
    ],
)
def test_time_zones_people_type(typed, expected):
    assert parse_timezone(typed) == expected


@pytest.mark.parametrize(
    "typed", ["Mars/Olympus", "+15", "UTC+14:30", "+5:75", "localtime", "Factory", "Etc/GMT+3", ""]
)
def test_time_zones_that_are_refused(typed):
    assert parse_timezone(typed) is None


def test_offsets_and_names_convert_times_including_half_and_three_quarter_hours():
    moment = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    assert moment.astimezone(zone_of("UTC+05:30")).strftime("%H:%M") == "14:30"
    assert moment.astimezone(zone_of("UTC-03:00")).strftime("%H:%M") == "06:00"
    assert moment.astimezone(zone_of("Asia/Kathmandu")).strftime("%H:%M") == "14:45"


def test_labels_follow_daylight_saving_time():
    winter = datetime(2026, 1, 15, tzinfo=UTC)
    summer = winter + timedelta(days=180)
    assert zone_label("Europe/Paris", winter) == "Paris (UTC+01:00)"
    assert zone_label("Europe/Paris", summer) == "Paris (UTC+02:00)"
    assert zone_label("America/Mexico_City", winter) == "Mexico City (UTC-06:00)"
    assert zone_label("UTC", winter) == "UTC"


def test_settings_round_trip_and_tolerate_missing_keys():
    settings = UserSettings(timezone="Asia/Dhaka", autodelete_seconds=600, disguise=True)
    assert UserSettings.from_json(settings.to_json()) == settings
    assert UserSettings.from_json(None) == UserSettings()
    assert UserSettings.from_json('{"timezone": "Asia/Manila"}').timezone == "Asia/Manila"


def test_the_directorys_countries_are_picked_dropped_and_kept_in_order():
    settings = UserSettings().toggle_country("TH").toggle_country("MY").toggle_country("HK")
    assert settings.countries == ("TH", "MY", "HK")
    assert settings.toggle_country("MY").countries == ("TH", "HK")
    assert UserSettings.from_json(settings.to_json()) == settings
    assert UserSettings.from_json("{}").countries == ()
    # Whatever else a stored value holds is dropped, never shown as a country.
    stored = '{"countries": ["TH", 7, "<b>", "thailand", null, "MY"]}'
    assert UserSettings.from_json(stored).countries == ("TH", "MY")
    assert UserSettings.from_json('{"countries": null}').countries == ()
    assert UserSettings.from_json('{"countries": 7}').countries == ()
    assert UserSettings.from_json('{"countries": "TH"}').countries == ()


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("Bangkok", None, "Asia/Bangkok"),
        ("bangkok", "th", "Asia/Bangkok"),
        ("Bangkok (UTC+07:00)", None, "Asia/Bangkok"),  # a button's label, typed
        ("Kuala Lumpur (UTC+08:00)", None, "Asia/Kuala_Lumpur"),
        ("kuala-lumpur", None, "Asia/Kuala_Lumpur"),
        ("Tehran", None, "Asia/Tehran"),
        ("Kabul", None, "Asia/Kabul"),
        ("Cairo", None, "Africa/Cairo"),
        ("Hanoi", None, "Asia/Ho_Chi_Minh"),
        ("Phnom Penh", None, "Asia/Phnom_Penh"),
        ("Thailand", None, "Asia/Bangkok"),
        ("Nepal", None, "Asia/Kathmandu"),
        ("กรุงเทพ", "th", "Asia/Bangkok"),
        ("طهران", "ar", "Asia/Tehran"),
        ("تهران", "fa", "Asia/Tehran"),
        ("ঢাকা", "bn", "Asia/Dhaka"),
        ("Téhéran", "fr", "Asia/Tehran"),
        ("teheran", "fr", "Asia/Tehran"),  # accents do not matter
        ("GMT+7", None, "UTC+07:00"),
        ("GMT +7", None, "UTC+07:00"),
    ],
)
def test_cities_and_countries_are_understood_in_english_and_the_readers_language(
    typed, language, expected
):
    assert parse_timezone(typed, language) == expected


@pytest.mark.parametrize("typed", ["Indonesia", "Atlantis", "(UTC+07:00)"])
def test_a_country_with_several_zones_or_an_unknown_name_is_refused(typed):
    assert parse_timezone(typed, "en") is None


def test_the_offered_zones_cover_the_region_and_the_bots_languages():
    offered = {zone.rsplit("/", 1)[-1] for zone in COMMON_TIMEZONES}
    required = (
        "Tehran",
        "Kabul",
        "Cairo",
        "Istanbul",
        "Dubai",
        "Riyadh",
        "Karachi",
        "Dhaka",
        "Kathmandu",
        "Colombo",
        "Yangon",
        "Phnom_Penh",
        "Ho_Chi_Minh",
        "Manila",
        "Jakarta",
        "Kuala_Lumpur",
        "Singapore",
        "Hong_Kong",
        "Taipei",
        "Seoul",
        "Tokyo",
        "Sydney",
        "Bangkok",
    )
    for city in required:
        assert city in offered, city


def test_times_carry_their_zone_once():
    moment = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    assert zone_label("UTC+03:30", moment) == "UTC+03:30"
    assert local_text(moment, "UTC+03:30") == "2026-01-15 12:30 UTC+03:30"
    assert local_text(moment, "Asia/Bangkok") == "2026-01-15 16:00 UTC+07:00"
    assert local_text(moment, "UTC") == "2026-01-15 09:00 UTC"
    summer = datetime(2026, 7, 15, 9, 0, tzinfo=UTC)
    assert local_text(summer, "Europe/Paris") == "2026-07-15 11:00 UTC+02:00"
