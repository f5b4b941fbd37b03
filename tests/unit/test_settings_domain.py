from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.settings import UserSettings, parse_timezone, zone_label, zone_of


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
