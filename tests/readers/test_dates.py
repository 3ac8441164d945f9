import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from discourse.readers.dates import parse_date, to_utc

NOW = datetime(2012, 11, 6, 17, 0, tzinfo=timezone.utc)
CONTEXT = datetime(2012, 7, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 16, 2019 at 10:49 am", "2019-06-16T10:49"),
        ("August 8, 2019 at 12:11 am", "2019-08-08T00:11"),
        ("09. Jul, 2012", "2012-07-09T00:00"),
        ("Tuesday July 24, @11:35AM", "2012-07-24T11:35"),
        ("August 9, 2012, at 1 23 pm", "2012-08-09T13:23"),
        ("Posted on Nov 06 2012  3:15 pm - 1 hour ago", "2012-11-06T15:15"),
        ("07.22.12 at 20:33", "2012-07-22T20:33"),
        ("1 November 2012 11:08PM", "2012-11-01T23:08"),
        ("Tue Jul 24, 2012 10:14 AM EDT", "2012-07-24T14:14"),
        ("July 10th, 2012, 1:26 am", "2012-07-10T01:26"),
        ("2011-06-02 13:28", "2011-06-02T13:28"),
        ("3 days ago", "2012-11-03T17:00"),
        ("37 minutes ago (12:39 PM)", "2012-11-06T12:39"),
        ("Friday, November 2 at 12:14 pm", "2012-11-02T12:14"),
        ("28-11-2022", "2022-11-28T00:00"),
        ("12 Nov 2012 at 11:20 am PST", "2012-11-12T19:20"),
    ],
)
def test_written_dates(text, expected):
    parsed = parse_date(text, now=NOW, context=CONTEXT)
    assert parsed is not None
    assert parsed.tzinfo is not None and parsed.utcoffset() == timedelta(0)
    assert parsed.isoformat()[:16] == expected


@pytest.mark.parametrize("text", ["", "hello", "Reply", "Peter", "x" * 200])
def test_not_dates(text):
    assert parse_date(text, now=NOW) is None


def test_naive_times_are_taken_in_the_given_zone():
    berlin = parse_date("June 16, 2019 at 10:49 am", tz=ZoneInfo("Europe/Berlin"))
    assert berlin == datetime(2019, 6, 16, 8, 49, tzinfo=timezone.utc)


def test_missing_year_comes_from_the_context():
    assert parse_date("March 3 at 9:00 am", context=datetime(2015, 3, 1, tzinfo=timezone.utc), now=NOW).year == 2015
    assert parse_date("March 3 at 9:00 am", context=datetime(2009, 2, 1, tzinfo=timezone.utc), now=NOW).year == 2009


def test_other_languages():
    assert parse_date("16. Juni 2019 um 10:49", languages=["de"]).isoformat()[:16] == "2019-06-16T10:49"
    assert parse_date("16 juin 2019 à 10h49", languages=["fr"]).date().isoformat() == "2019-06-16"


def test_to_utc():
    assert to_utc(datetime(2020, 1, 1, 12), ZoneInfo("Europe/Paris")) == datetime(2020, 1, 1, 11, tzinfo=timezone.utc)


def test_repeated_dates_are_cached():
    parse_date("October 25, 2012 at 12:22 pm", now=NOW)
    started = time.perf_counter()
    for _ in range(500):
        parse_date("October 25, 2012 at 12:22 pm", now=NOW)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vor 1 Monat", "de", "2020-01-15"),
        ("1 Monat her", "de", "2020-01-15"),
        ("einem Monat her", "de", "2020-01-15"),
        ("vor einer Woche", "de", "2020-02-08"),
        ("2 Tage her", "de", "2020-02-13"),
        ("il y a un mois", "fr", "2020-01-15"),
        ("hace un mes", "es", "2020-01-15"),
        ("1 maand geleden", "nl", "2020-01-15"),
    ],
)
def test_relative_dates_in_other_languages_keep_the_day_of_the_month(text, language, expected):
    now = datetime(2020, 2, 15, tzinfo=timezone.utc)
    assert parse_date(text, now=now, languages=[language]).date().isoformat() == expected
