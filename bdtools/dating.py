"""The ``dates`` stage: publication date from the header, byline date, dates mentioned in the body.

>>> record = dates({"ui": [{"role": "date_header", "text": "Thứ 3, Ngày 05/01/2022, 16:00", "line": 1}],
...                 "blocks": [{"role": "body", "text": "On the afternoon of December 30, it rained.", "line": 3}]})
>>> record["published"], record["dates"][0]["value"], record["warnings"][0]["code"]
('2022-01-05T16:00:00+07:00', '2021-12-30', 'weekday_mismatch')
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

from bdtools.parsers.page import title_item_date
from bdtools.parsers.vndate import REGEX_TIMEOUT_SECONDS, VN_TZ, find_dates, parse_date, parse_header
from bdtools.records import Record, add_warning, drop_warnings, stage_input

STAGE = "dates"
T = TypeVar("T")


def dates(record: Record) -> Record:
    """Fill ``published``, ``published_raw``, ``byline.date`` and ``dates``; warn on a wrong weekday, the header's
    (``weekday_mismatch``) or a body date's (``body_weekday_mismatch``, naming its line).

    ``published`` is always a date and time (a typed column downstream): a header without a time gives
    the day's start in Vietnam time and a ``no_time`` warning. ``byline.date`` is always a date. A body's
    year-less dates are read against the header's date, or the byline's on a page without a header.
    A line on which a pattern runs past its time limit gives no date and a ``regex_timeout`` warning.

    >>> record = dates({"ui": [{"role": "date_header", "text": "Chủ nhật, Ngày 9/1/2022, 9:05", "line": 1}], "blocks": []})
    >>> record["published"], record["published_raw"], record.get("warnings")
    ('2022-01-09T09:05:00+07:00', 'Chủ nhật, Ngày 9/1/2022, 9:05', [])
    >>> record = dates({"ui": [{"role": "date_header", "text": "Ngày 9/1/2022", "line": 1}], "blocks": [],
    ...                 "byline": {"date_raw": "09/01/2022 08:30", "date": None, "author": None}})
    >>> record["published"], record["warnings"][0]["code"], record["byline"]["date"]
    ('2022-01-09T00:00:00+07:00', 'no_time', '2022-01-09')

    Where the header and the byline differ (a page updated after it was first posted, a recrawl), each keeps its own:
    ``published`` is the header's date and time, ``byline.date`` the byline's day; neither overrides the other.

    >>> record = dates({"ui": [{"role": "date_header", "text": "Thứ 4, Ngày 05/01/2022, 16:00", "line": 1}], "blocks": [],
    ...                 "byline": {"date_raw": "16/05/2019 08:30", "date": None, "author": "Nguyen Trang"}})
    >>> record["published"], record["byline"]["date"]
    ('2022-01-05T16:00:00+07:00', '2019-05-16')
    """
    stage_input(record, STAGE)
    drop_warnings(record, STAGE)
    header = next((item for item in record.get("ui") or [] if item["role"] == "date_header"), None)
    try:
        published = parse_header(header["text"]) if header else None
    except TimeoutError:
        published = _timed_out(record, header["line"])  # type: ignore[index]
    else:
        if header and published is None:
            add_warning(record, STAGE, "bad_date_header", f"no valid date in {header['text']!r}", header["line"])
    record["published_raw"] = header["text"] if header else None
    record["published"] = published.value if published else None
    if published and published.precision == "day":
        day = datetime.date.fromisoformat(published.value)
        record["published"] = datetime.datetime.combine(day, datetime.time(), VN_TZ).isoformat()
        add_warning(record, STAGE, "no_time", "the header gives no time: published is the day's start", header["line"])
    if published and published.weekday_ok is False:
        _warn_weekday(record, "weekday_mismatch", header["text"], published.value, header["line"])
    byline = record.get("byline")
    if byline:
        found = _bounded(record, None, parse_date, byline["date_raw"])
        byline["date"] = found.value[:10] if found else None  # a date, whether or not the byline gives a time
    # The body's year-less dates are read against the header's date, or the byline's on a page without one.
    day = published.value[:10] if published else (byline or {}).get("date")
    ref = datetime.date.fromisoformat(day) if day else None
    record["dates"] = []
    for entry in _dated_entries(record):
        for found in _bounded(record, entry["line"], lambda text: list(find_dates(text, ref)), _unwrapped(entry["text"])) or []:
            record["dates"].append(
                {"text": found.text, "value": found.value, "line": entry["line"], "year_inferred": found.year_inferred}
            )
            if found.weekday_ok is False:
                _warn_weekday(record, "body_weekday_mismatch", found.text, found.value, entry["line"])
    return record


def _warn_weekday(record: Record, code: str, written: str, value: str, line: int) -> None:
    """Warn (``code``) that the weekday ``written`` with a date is not that of its ``value``: the date wins.

    >>> record = dates({"blocks": [{"role": "body", "text": "Họp vào thứ Ba (10/1/2022).", "line": 4}]})
    >>> [(w["code"], w["line"], w["message"]) for w in record["warnings"]]
    [('body_weekday_mismatch', 4, "the weekday in 'thứ Ba (10/1/2022)' is not that of 2022-01-10")]
    """
    add_warning(record, STAGE, code, f"the weekday in {written!r} is not that of {value[:10]}", line)


def _unwrapped(text: str) -> str:
    """An entry's text with the line breaks of a hard-wrapped paragraph (`clean` keeps them in its block) as spaces:
    a wrapper may break a date between its words ("on April" / "25th, the board met").

    >>> _unwrapped("The board met on April\\n25th, 2024.")
    'The board met on April 25th, 2024.'
    """
    return text.replace("\n", " ")


def _dated_entries(record: Record) -> list[dict]:
    """The entries whose dates ``dates`` lists, by line: every block, and a listing item's date (`ui`: where the
    item's date has a place), on a line of its own or closing its title in brackets (`title_item_date`: the title's
    bracket alone, a date the title names otherwise being its story's, as an article title's).

    >>> item_date = {"role": "listing_date", "text": "16/05/2019", "line": 2}
    >>> _dated_entries({"blocks": [{"text": "BEGIC - A lead.", "line": 3}], "ui": [item_date]})
    [{'role': 'listing_date', 'text': '16/05/2019', 'line': 2}, {'text': 'BEGIC - A lead.', 'line': 3}]
    >>> _dated_entries({"ui": [{"role": "listing_title", "text": "Khởi công dự án (14/03/2022)", "line": 4}]})
    [{'role': 'listing_title', 'text': '(14/03/2022)', 'line': 4}]
    """
    item_dates = [  # (the roles `_item_date` reads, a set literal: a constant, no global's look-up on every line)
        dated for entry in record.get("ui") or []
        if entry["role"] in {"listing_date", "listing_title"} and (dated := _item_date(entry))
    ]
    blocks = record.get("blocks") or []
    return sorted([*blocks, *item_dates], key=lambda entry: entry["line"]) if item_dates else blocks


def _item_date(entry: dict) -> dict | None:
    """A `ui` entry's item date as an entry of its own: a `listing_date` line as it is, a listing title's closing
    bracket (`title_item_date`) on the title's line; None for any other entry.

    >>> _item_date({"role": "listing_title", "text": "Smart city plan (05/01/2022)", "line": 3})
    {'role': 'listing_title', 'text': '(05/01/2022)', 'line': 3}
    >>> _item_date({"role": "listing_title", "text": "Smart city plan", "line": 3})
    """
    if entry["role"] == "listing_date":
        return entry
    day = title_item_date(entry["text"]) if entry["role"] == "listing_title" else None
    return {**entry, "text": day} if day else None


def _bounded(record: Record, line: int | None, parse: Callable[[str], T], text: str) -> T | None:
    """``parse(text)``; None, with a ``regex_timeout`` warning, when a pattern runs past its time limit."""
    try:
        return parse(text)
    except TimeoutError:
        return _timed_out(record, line)


def _timed_out(record: Record, line: int | None) -> None:
    add_warning(record, STAGE, "regex_timeout", f"a date pattern ran past {REGEX_TIMEOUT_SECONDS} s: no date read", line)
