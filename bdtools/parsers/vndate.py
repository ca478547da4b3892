"""Vietnamese / English (and Japanese) date normaliser for the Binh Duong portal page dumps.

Vendorable: depends only on the standard library and ``regex``; copy this file alone anywhere.

Three entry points:

* :func:`parse_header` -- a portal date header line (``Thứ 4, Ngày 05/01/2022, 16:00``);
* :func:`parse_date` -- the first date mentioned in a short text (a header, a byline, a phrase);
* :func:`find_dates` -- every date mentioned in a body paragraph, left to right.

Each returns :class:`DateMatch` objects whose ``value`` is ISO 8601 *at the precision written*:
``2022-01`` (month), ``2022-01-05`` (day), ``2022-01-05T16:00:00+07:00`` (a time was written).
Rules:

* Times are Vietnam time (UTC+07:00, :data:`VN_TZ`); an ISO time with ``Z`` or an offset, and a header
  whose time is followed by a zone (``(GMT+7)``, ``UTC+8``, ``+07:00``), are converted. ``SA``/``CH``
  (sáng/chiều, upper case) after a time are AM/PM.
* Nothing is invented: ``sáng``/``chiều``/``afternoon`` alone give no time; a missing year is only
  inferred from an explicit ``ref`` date (the year among ref.year-1, ref.year, ref.year+1 that puts the
  date nearest ``ref``), never from today, or taken from a date written beside it (below); with ``ref=None``
  a year-less date is reported only so.
* Numeric Vietnamese dates are always day/month/year (``05/01/2022`` is 5 January).
* A date of the lunar calendar, by which festivals and anniversaries are named, has no Gregorian value the parser can
  give: it is left out, with the dates of its range or list, where a lunar mark follows it closely in its clause (maybe
  in brackets, after ``theo``, ``of the`` or ``on the``, or after a year's word of the date's phrase, ``năm nay``,
  ``hằng năm``, ``every year``: `_IN_DATE_PHRASE`): ``ngày 15/8 âm lịch``, ``10/3 (ÂL)``, ``10/3 (AL)``, ``10/3 am lich``,
  ``ngày 1 và 15/3 âm lịch``, ``March 10 (lunar calendar)``, ``ngày 15/8 năm nay âm lịch``, a sexagenary year, ``14/12
  năm Nhâm Dần`` (`_solar`); with the end of a range it opens (``từ ngày 10/3 âm lịch đến ngày 12/3``, ``from March 10
  (lunar calendar) to March 12``; not an end marked ``dương lịch``, nor a list's next date, nor one after a comma:
  `_lunar_range_end`); not
  across a comma (``ngày 15/8, theo âm lịch là rằm tháng Tám``, a Gregorian date and its lunar twin), nor ``Tết Âm
  lịch``, ``Lunar New Year``, Gregorian days' names; ``dương lịch``, ``solar calendar`` mark Gregorian dates.
* A written weekday is checked against the date (``weekday_ok``), also one whose date is in brackets after it
  (``thứ Hai (10/1/2022)``, ``Monday (January 10, 2022)``; not one before a bracketed range), and one alone in brackets
  after its date, part of the date's text (``Sáng 5/1 (thứ Năm)``, ``5/1/2023 (thứ Năm)``, ``January 5, 2023
  (Thursday)``: `_WEEKDAY_AFTER`; not after a range's or a list's days that share a month, ``ngày 5-6/1/2023 (thứ
  Năm)``: `_without_weekday_after`); the written date still
  wins, and a weekday chooses no year. A Vietnamese weekday's words after another word than a time of day's, ``vào``
  or a verb of an event that takes its time (``họp thứ Tư, ngày 12/1/2022``; that verb not a noun after ``kỳ``,
  ``phiên``, ``cuộc``, ``buổi``, ``ngày``, ``lần``, ``đợt``, ``đoàn``, ``tổ``: ``Ngày làm việc thứ hai``) are an
  ordinal or a name's, no weekday (``Kỳ họp thứ Ba (10/1/2022)``, ``phiên họp thứ Tư``: `_ordinal_weekday`); after
  such a word it cues a bare d/m in brackets (``vào thứ Tư (12/1)``).
* A bare year (``2016``), a year range (``2021-2025``), ``24/7``, ``4.0``, ``1,000`` are not dates, nor a year-less
  ``d-m`` or ``d/m`` before ``tháng`` and a number, days of the month it names (``ngày 1-2 tháng 3``; ``ngày 1-2 tháng
  13`` has none: `_MONTH_NAMED_AFTER`), nor a year-less
  ``d-m`` joined to a date before a unit of time, a count's range (``ngày 15/3 và 1-2 ngày sau``, ``2-3 tuần``:
  `_COUNT_UNIT_AFTER`; after its own cue a date, ``ngày 15-3 năm nay``), nor so a ``d/m`` no more than a whole before one
  and a word that places the time from another (``và 1/2 ngày sau``, half a day later: `_COUNT_UNIT_AWAY`, `_counts_time`;
  not a year's cue, ``và 2/3 năm trước`` is 2 March last year).
  A bare ``d/m`` is only a date after ``ngày``/``sáng``/``chiều``/``tối``/``trưa``/``đêm``/``khuya``/``hôm`` (a
  ``d.m`` only after one of these with its marks, ``khuya`` too, not before a unit's or a count's word: ``Sáng
  14.3,``, ``Ngày 1.5 là ngày Quốc tế Lao động``; not ``Tối 2.5 triệu người``: `_dotted_day_stands`)
  (``sáng nay``, ``hôm qua``, ``ngày mai``; not ``hiện nay 3/4``, a fraction) or a weekday (``Sáng thứ Hai (24/2)``; not an
  ordinal: ``lần thứ 2, 5/1``), after a date joined to it in Vietnamese (``ngày 3/1, 5/1 và 7/1``; across a bare comma
  only where the list goes on, not to a fraction of a count: not ``Ngày 5/1, 2/3 diện tích``, ``Đến ngày 31/12, 3/4 và
  2/3 số xã``; not ``won 2-1 on January 5 and 4-3``), or after ``từ``
  (from) where it borrows a year (``từ 5/1 đến 10/1/2022``; not ``tăng từ 1/3 đến 1/2``) or ranges over days to a bare
  d/m, one of the two more than a whole (``từ 15/3 đến 17/3``; not ``từ 1/3 đến 1/2``: `_range_of_days`), and with
  ``ref`` or a year beside it;
  without the marks too, where a word with them would stand (``vao chieu 3/1``, ``hop chieu 7/3``; not after a word
  with which it makes another, ``Doi chieu 2/3``, compare, nor after an honorific, ``Mr. Chieu 12/3``, ``Ms. Thu Ba
  12/3``),
  and ``sang``/``toi``/``dem`` (also "go over", "I", "bring") only where the sentence opens
  with them (``Sang 13/3,``; not ``Mr. Sang, 2/3``) or after ``vào``/``từ`` (``vao sang 7/1``), never before a count
  (``Dem 1/2 so tien``, ``Sang 3/4 of the budget``, ``vao toi 2/3 dien tich lua``: `_COUNT_NOUNS`, a part no more than its
  whole: ``vao sang 10/3 du an khoi cong`` is a date; ``so với``, compared with, is none); after a time of day's word
  with its marks a d/m is a date whatever follows (``Sáng 5/12 dự án cầu … khởi công``, ``Sáng 2/3 số ca mắc giảm``);
  followed by ``vừa qua`` (just past) it is the nearest such date on or before ``ref``.
* A year-less date joined to a date whose year is written or named by a cue (``ngày 30/3 - 2/4/2022``, ``March 30
  and April 2, 2021``, ``ngày 5/1 đến 10/1 năm ngoái``, ``December 15, 2021 and December 16``) takes that year (the
  year next to it where the order asks; down a list of any length, ``các ngày 3/1, 5/1, 7/1, 9/1 và 11/1/2021``; from a
  range's first date, ``ngày 28/3 và ngày 2/4-5/4/2021``; not
  across a bare comma after it, nor for the same day and month), with or without ``ref``; so does a year-less range
  (``ngày 5/1/2022 và ngày 10 - 12/1``), also after ``và từ``, ``và đến``, ``and from`` (``ngày 5/1/2022 và từ ngày
  10/1``); a range's first
  day and a list's first days (``January 10-12, 2022``, ``ngày 10 - 12/3/2022``, ``10-12 May 2020``, ``ngày 1-2 tháng
  3``, its last ``d tháng m`` cued by the first days' ``ngày`` (not after ``số``: ``số ngày 1-2/3``), ``ngày 3, 4 và
  5/1``, ``ngày 3, 5, 7/1/2021``, ``các ngày 30, 31/12 và 1/1/2022``, year-less where the days after ``ngày`` rise to
  the last's, whose day is above its month or a place's or a time's word follows, and no count follows, ``ngày 3, 5, 7/1
  tại``, ``ngày 3, 5, 7/8 tại`` (not ``ngày 4, 5, 1/2 số hộ``, ``ngày 1, 2/3 diện tích``), after ``on`` as after
  ``ngày``, ``on 3, 5, 7/1 at``, ``on 3, 5 and 7/1/2022``, ``on 3, 5 and 7 January``, an Oxford comma too (``on 3, 5, and
  17/8/2022``, ``ngày 3, 5, và 17/8/2022``: `_after_a_comma_too`),
  ``March 30, 31 and April 2, 2022``, after a weekday, ``from Friday, January 3 to 5``,
  without a lead where a list's or a spaced dash's last day stands as a date's, ``On January 3 and 4,``, ``(January 20 –
  26)`` (`_placed_last_day`), not before a count's or a
  share's word, ``from January 3 to 5 percent``, ``On May 5-8 people were rescued``, nor a plural noun and a verb that
  takes it, the clause's subject (``From March 1 to 5 shops will reopen``: `_COUNTED_SUBJECT`); over a month's end, ``ngày 30 -
  2/4/2022``; without ``ngày`` only before a dated d/m, ``3-5/1/2022``, ``3 – 5/1/2022`` (not after a page's word:
  ``trang 3 – 5/1/2022`` is page 3 of 5 January's paper), or after ``từ``, ``từ 15 đến 17/3/2022``, ``Từ 15 - 17/3``
  (`_from_led`; not ``tăng từ 1 đến 2/3``, nor after a noun of scores or counts, ``Điểm trung bình môn từ 7 đến
  9/10.``: `_scored_subject`), or after a night's word before ``rạng sáng`` and a date, ``Đêm 14 rạng sáng 15/3``
  (`_NIGHT_INTO_MORNING`); after ``từ`` before a d-m-yyyy or ``d tháng m`` too, ``từ 15 tới 17-3-2022``, ``Từ 15 đến 17
  tháng 3`` (not ``định kỳ từ 3 đến 6 tháng 1 lần``, a frequency); two d.m after a time of day's word,
  ``Sáng 15.3 đến chiều 17.3,``, the last placed as a d.m date is (`_DOTTED_RANGE_END`), or after ``từ`` before a
  dated d.m.yyyy, ``Từ 15.3 đến 17.3.2022`` (`_DOTTED_DATED_END`;
  not ``từ 1.5 đến 2.5 triệu``, ``Giá từ 1.5 đến 2.5.``); ``&`` after ``ngày``, ``ngày 3 &
  5/1/2021``, ``or``,
  ``hoặc``, ``hay`` as ``and``, ``và`` (``on 3, 5 or 7/8/2022``, ``on 3, 5, & 7/8/2022``, ``ngày 3, 5 hoặc
  7/8/2022``); not across semicolons, which close clauses)
  are dates of their own; a range's first date glued to its last, or joined to it across spaces
  (``ngày 30/12 - 2/1``, ``từ ngày 30/12 đến ngày 2/1``, ``đến hết ngày 2/1``, to the end of, ``December 30 - January
  2``), lies before it, in its year or the
  one before, however that one's year is read (``ngày 30/12/2021 và ngày 30/12-2/1``: 2021's 30 December, 2022's 2
  January); not days joined by a list's word that recur each year (``vào ngày 2/9 và 1/1 hằng năm``, ``on September 2
  and January 1 every year``, ``Hằng năm, vào ngày 2/9 và 1/1``: each date takes the year it would take alone; the
  yearly word leading their clause anywhere before them (up to a comma), ``Hằng năm tỉnh treo cờ vào ngày 2/9 và 1/1``, or after
  another word right before ``vào`` or ``on`` and them, ``Tỉnh treo cờ hằng năm vào ngày 2/9 và 1/1``; in such a
  clause bare d/m days after ``on`` or ``vào`` are dates too, ``every year on 2/9 and 1/1``, ``on 2/9 and 1/1 every
  year``, ``of every year``: `_yearly_days`; not a share of a count or an amount, ``Hằng năm tỉnh đầu tư vào 1/3 ngân
  sách``, ``vào 1/3 của tổng vốn``: `_AMOUNT_NOUNS`).

Unicode: input that is not NFC (e.g. NFD-decomposed Vietnamese) is NFC-normalised first, and ``text``
and ``span`` then refer to the NFC form of the input (identical to the input when it already is NFC).
"""

from __future__ import annotations

import datetime
import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import regex

# A backstop: every pattern is built to run in linear time, and a call on a long text that still runs
# longer than this raises TimeoutError, which the stages turn into a `regex_timeout` warning. Texts up to
# LIMITED_TEXT_CHARS get no limit: a linear pattern cannot run long on them, and a limit costs ~2 µs a call.
REGEX_TIMEOUT_SECONDS = 5.0
LIMITED_TEXT_CHARS = 10_000
_NO_LIMIT: dict[str, float] = {}


def _time_limit(text: str) -> dict[str, float]:
    """The keyword arguments that limit a regex call's time on ``text`` (none for a short text).

    >>> _time_limit("short"), _time_limit("x" * 20_000)
    ({}, {'timeout': 5.0})
    """
    return _NO_LIMIT if len(text) <= LIMITED_TEXT_CHARS else {"timeout": REGEX_TIMEOUT_SECONDS}

__all__ = ["VN_TZ", "DateMatch", "find_dates", "parse_date", "parse_header"]

VN_TZ: datetime.timezone = datetime.timezone(datetime.timedelta(hours=7), "ICT")

MIN_YEAR = 1900
MAX_YEAR = 2100


@dataclass(frozen=True)
class DateMatch:
    """One date mention: the text as written, and its ISO value at the written precision.

    ``weekday_ok`` is None when no weekday is written; 14/09/2020 was a Monday (Thứ 2), not Thứ 3:

    >>> parse_date("Thứ 3, 14/09/2020")
    DateMatch(text='Thứ 3, 14/09/2020', value='2020-09-14', precision='day', weekday_ok=False, year_inferred=False, span=(0, 17))
    >>> [(d.value, d.precision, d.year_inferred) for d in find_dates("In July 2017; on December 30", datetime.date(2022, 1, 5))]
    [('2017-07', 'month', False), ('2021-12-30', 'day', True)]
    """

    text: str
    value: str
    precision: str
    weekday_ok: bool | None
    year_inferred: bool
    span: tuple[int, int]


# --------------------------------------------------------------------------------------------------
# Data tables
# --------------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# English month words that are also ordinary words or that are abbreviations: in lower case they are
# only accepted as a full month name followed by a year (``march 25, 2019``), never ``may``.
_AMBIGUOUS_LOWER_MONTHS: frozenset[str] = frozenset({"may"})
_FULL_MONTHS: frozenset[str] = frozenset(list(MONTHS)[:12])

# Weekday keys are lower-cased with all whitespace removed; values follow date.weekday() (Monday=0).
WEEKDAYS: dict[str, int] = {
    # Vietnamese: Thứ 2 = Monday ... Thứ 7 = Saturday, Chủ nhật / CN = Sunday.
    "thứ2": 0, "thứ3": 1, "thứ4": 2, "thứ5": 3, "thứ6": 4, "thứ7": 5,
    "thứhai": 0, "thứba": 1, "thứtư": 2, "thứnăm": 3, "thứsáu": 4, "thứbảy": 5, "thứbẩy": 5,
    "t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5,
    "chủnhật": 6, "cn": 6,
    # English.
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# Vietnamese period-of-day words after a time: how they map an hour h (only when no AM/PM is given).
# Each entry: (hours kept as written, hours that get +12). Any other hour with that word drops the time.
_PERIODS: dict[str, tuple[frozenset[int], frozenset[int]]] = {
    "sáng": (frozenset(range(0, 12)), frozenset()),
    "trưa": (frozenset({11, 12, 13, 14}), frozenset({1, 2})),
    "chiều": (frozenset(range(12, 24)), frozenset(range(1, 12))),
    "tối": (frozenset(range(13, 24)), frozenset(range(5, 12))),
    "đêm": (frozenset({0, 1, 2, 3, 4, 21, 22, 23}), frozenset({9, 10, 11})),
    "khuya": (frozenset({0, 1, 2, 3, 4, 22, 23}), frozenset({10, 11})),  # late night
}

# --------------------------------------------------------------------------------------------------
# Patterns (compiled once).  No nested quantifiers; runs of spaces are possessive, so that every
# attempt is bounded by the run it sits on and scanning stays linear.
# --------------------------------------------------------------------------------------------------

_S = r"[ \t\u00a0\u2007\u2009\u202f]"  # horizontal space, NBSP included
_SS = _S + r"*+"  # possessive: never backtracks into a run of spaces
_S1 = _S + r"++"


class _LazyPattern:
    """A `regex` pattern compiled on first use: the `regex` compiler is Python, and most of the module's patterns serve
    the body scan alone (`find_dates`), which a command that reads a portal header (``bdtools parse-date``) never runs.
    Its source is ``pattern`` at once, to build others from; its first other attribute compiles it and keeps the
    compiled pattern's methods as its own, so a call after costs what the compiled pattern's does.

    >>> word = _LazyPattern(r"ngày", regex.IGNORECASE)
    >>> "_compiled" in vars(word), word.match("Ngày 5").end(), "_compiled" in vars(word)
    (False, 4, True)
    """

    _METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """The compiled pattern's attribute ``name``, compiled now (called only for what the instance lacks)."""
        if name.startswith("__"):  # (copy and pickle ask before the instance is set up)
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._flags)
        self._compiled = compiled
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def made(self, found: regex.Match[str]) -> bool:
        """Whether ``found`` is a match of this pattern (a match's ``re`` is the compiled pattern).

        >>> word = _LazyPattern(r"ngày")
        >>> word.made(word.match("ngày 5")), word.made(regex.match("ngày 5", "ngày 5"))
        (True, False)
        """
        return found.re is vars(self).get("_compiled")


def _alt(words: list[str]) -> str:
    """A non-capturing alternation, longest words first (so ``March`` is tried before ``Mar``)."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def _without_marks(text: str) -> str:
    """Text without its Vietnamese marks, as a dump that lost them writes it: "chủnhật" → "chunhat"."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(character for character in bare if not unicodedata.combining(character))


def _forms(words: Iterable[str], unsure: frozenset[str] = frozenset()) -> list[str]:
    """Vietnamese words with their marks and without them (`_without_marks`), each form once; not a bare form of
    ``unsure``, which is another word's too ("to", English, for "tổ").

    >>> _forms(("tổ", "ấp"), frozenset({"to"}))
    ['ap', 'tổ', 'ấp']
    """
    return sorted({form for word in words for form in (word, _without_marks(word)) if form not in unsure})


def _marked_or_not(words: Iterable[str]) -> str:
    """`_alt` of Vietnamese words with their marks and without them (`_forms`)."""
    return _alt(_forms(words))


_MONTH_NAME = _alt(list(MONTHS)) + r"(?!\w)\.?"
# (with the marks or without them, as a dump that lost them writes the weekday: "Thu Hai", "Chu nhat")
_WD_VI = (
    r"(?:th[ứu]" + _SS + r"[2-7]|th[ứu]" + _S1 + r"(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảẩa]y)"
    r"|ch[ủu]" + _SS + r"nh[ậa]t|cn|t[2-7])(?!\w)"
)
_WD_EN = _alt([k for k in WEEKDAYS if k.isascii() and not k[-1].isdigit() and k != "cn"]) + r"(?!\w)\.?"
_WD = r"(?P<wd>" + _WD_VI + "|" + _WD_EN + ")"
_ORDINAL = r"(?:st|nd|rd|th)?"
# What joins the days or dates of a range or a list: a dash, or a word ("10 to 12 May", "ngày 6 và 7/1"); a range's
# alone ("to", "đến") or a list's too ("and", "và"); the Vietnamese with their marks or without them, as a dump that
# lost them writes them ("tu 15 den 17/3/2022"). Each list of them below is built from these tuples.
_RANGE_DASH = r"[-–—]"
_RANGE_ONLY_WORDS_EN = ("to", "through", "until", "till")
_RANGE_ONLY_WORDS_VI = ("đến", "tới")
_LIST_WORDS_EN = ("and", "or")
_LIST_WORDS_VI = ("và", "hoặc", "hay")  # ("hay", or, as "hoặc")
_RANGE_WORDS_VI = _marked_or_not((*_RANGE_ONLY_WORDS_VI, *_LIST_WORDS_VI))
_RANGE_WORDS = r"(?:" + _alt([*_RANGE_ONLY_WORDS_EN, *_LIST_WORDS_EN]) + r"|" + _RANGE_WORDS_VI + r")"
_RANGE_ONLY_WORDS = r"(?:" + _alt(list(_RANGE_ONLY_WORDS_EN)) + r"|" + _marked_or_not(_RANGE_ONLY_WORDS_VI) + r")"
# What joins an English list's last day to the days before it ("on 3, 5 and 7/1", "on 3, 5 or 7/1", "on 3, 5, & 7/1").
_ENGLISH_LIST_WORD = r"(?:" + _alt(list(_LIST_WORDS_EN)) + r"(?!\w)|&)"
# ("từ", from, with its marks or without: "tu 15 den 17/3")
_FROM_VI = _marked_or_not(("từ",))
# "ngày" (day), maybe before "mùng" or "mồng", the word of the month's first ten days, which stands for it too ("mùng
# 2/9", "ngày mồng 1 tháng 5"); that one with its marks, or without them only where "mùng" alone would stand, after
# "ngay" or a lead of `_UNSURE_WORD_LEADS`, both without their marks, as a dump that lost them writes them, any spaces
# between ("ngay mung 5/5", "vao  mong 10/3"): alone, or after a word that keeps its marks, "mung", "mong" are "mừng"
# (celebrate), "mong" (hope), "Xã mong 2/3 số hộ", "chuc mung 2/9", "ngày ngày mong 2/3 diện tích", "từ mong 2/3 hộ dân";
# after a range's word without its marks too, where a day's number leads it, the range's last day: "tu mung 8 den mung
# 10/3".
_MUNG = r"m[ùồ]ng"
_UNMARKED_MUNG = r"m[uo]ng"
# (after a word that leads a time, the day's or the time of day's word without its marks is the one a marked word would
# be: "vao mong 10/3", "vao sang 7/1", on the morning of)
_UNSURE_WORD_LEADS = ("vào", "từ")
_NGAY = (
    r"(?:ngày(?:" + _S + r"++" + _MUNG + r")?|ngay(?:" + _S + r"++(?:" + _MUNG + r"|" + _UNMARKED_MUNG + r"))?|" + _MUNG
    + r"|(?<=(?<!\w)" + _alt([_without_marks(word) for word in _UNSURE_WORD_LEADS]) + _S1
    + r"|(?<!\w)\d{1,2}" + _S1 + _alt([_without_marks(word) for word in _RANGE_ONLY_WORDS_VI]) + _S1 + r")" + _UNMARKED_MUNG
    + r")(?!\w)"
)


def _after_a_comma_too(join: str) -> str:
    """The pattern ``join`` (a list's last word), alone or after a comma, an Oxford comma ("on 3, 5, and 17/8/2022",
    "ngày 3, 5, và 17/8/2022"); the comma an alternative of its own, not an optional one before the word, which made the
    joins' matches slower (0.25 → 0.57 µs a match)."""
    return r"(?:" + join + r"|," + _SS + join + r")"


# (between a range's first day and its date after "ngày")
_RANGE_JOIN_VI = r"(?:" + _RANGE_DASH + r"|&|" + _RANGE_WORDS_VI + r")"
_PERIOD = r"(?:" + "|".join(_PERIODS) + r")(?!\w)"
# AM / PM, and their Vietnamese abbreviations SA (sáng) / CH (chiều), upper case only.
_AMPM = r"(?:[ap]\.?m(?!\w)\.?|(?-i:SA|CH)(?!\w))"

# The hour's and the minute's words, with the marks or without them, as a dump that lost them writes them ("10 gio 30").
_HOUR_WORD = r"gi[ờo]"
_MINUTE_WORD = r"ph[úu]t"
# A clock time: 16:00, 16:00:45, 9:05, 4:00 PM, 16h00, 16h, 16g30, 16 giờ 30 phút, 16 giờ, 4 pm.
_TIME = (
    r"(?<![\d:])\d{1,2}(?:"
    r":\d{2}(?::\d{2})?(?:" + _S + r"?" + _AMPM + r")?"
    r"|[hg](?:\d{2})?"
    r"|" + _SS + _HOUR_WORD + r"(?:" + _SS + r"\d{1,2}(?:" + _SS + _MINUTE_WORD + r")?)?"
    r"|" + _S + r"?" + _AMPM + r")(?![\w:])"
)
_ISO_CLOCK = r"\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
_TZ = r"(?:Z|[+\-][01]\d(?::?[0-5]\d)?)(?!\w)"

# Separator between a date and a following time: spaces, one of , | - – —, then optional lúc / at (with the marks or
# without them: "05/01/2022 luc 10:30").
_TSEP = _SS + r"(?:[,|\-–—]" + _SS + r")?(?:(?:v[àa]o" + _S1 + r")?l[úu]c" + _S1 + r"|at" + _S1 + r")?"
_TSUF = r"(?:" + _TSEP + r"(?P<time>" + _TIME + r")(?:" + _S1 + r"(?P<per>" + _PERIOD + r"))?)"

# Year followed by nothing that continues a number or a code (2022/QĐ, 2022-2023, 2022.5), but for a hyphen and a d/m/yyyy
# date, the last of a glued range of dates whose years are written ("30/4/1975-30/4/2025": `_GLUED_DATED`; its own year
# followed by nothing either).
_GLUED_DATED = r"\d{1,2}/\d{1,2}/\d{4}"
_YEAR = r"(?P<y>\d{4})(?![\w/]|\.\d|-(?!" + _GLUED_DATED + r"(?![\w/]|[.\-]\d))\d)"
_BEGIN_NUM = r"(?<![\w/])(?<!\d[.,\-])"

_ISO = (
    r"(?P<kiso>)" + _BEGIN_NUM + r"(?P<date>(?P<y>\d{4})(?P<sep>[\-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2}))"
    r"(?:T(?P<time>" + _ISO_CLOCK + r")(?P<tz>" + _TZ + r")?"
    r"|" + _S + r"(?P<time>\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)(?P<tz>" + _TZ + r")"
    r"|" + _TSUF + r"|(?![\w/]|[.\-:]\d))"
)

_VN_YEAR_WORD = _SS + r",?" + _SS + r"n[ăa]m(?!\w)" + _SS
# Its year after the separator or "năm" ("10/1 năm 2021"); with no year, no separator after it, but for a spaced
# dash before a date (a range: "30/3 - 2/4/2022").
_VN_NUMERIC = (
    # (after a number's separator only a glued range's last date, a d/m/yyyy after one: the look behind is tried only
    # where the first fails, after a digit and a separator)
    r"(?<![\w/])(?:(?<!\d[.,\-])|(?<=" + _GLUED_DATED + r"-)(?=" + _GLUED_DATED + r"))"
    + r"(?P<d>\d{1,2})" + _S + r"?(?P<sep>[/.\-])" + _S + r"?(?P<m>\d{1,2})"
    r"(?:(?:" + _S + r"?(?P=sep)" + _S + r"?|" + _VN_YEAR_WORD + r")" + _YEAR
    + r"|(?![\w/]|[.\-,]\d|" + _S + r"?/|" + _S + r"\.|-|" + _S + r"-(?!" + _S + r"++(?:" + _NGAY + _S1 + r")?\d{1,2}[/.\-]\d)))"
)
_VN_YEAR_SEP = r"(?:" + _VN_YEAR_WORD + r"|" + _SS + r"[/\-,]" + _SS + r"|" + _S1 + r")"
_VN_MONTH_YEAR_SEP = r"(?:" + _VN_YEAR_WORD + r"|" + _SS + r"[/\-.]" + _SS + r"|" + _S1 + r")"
_VN_LONG = (
    r"(?<![\w/.,])(?P<d>\d{1,2})" + _SS + r"(?P<thang>th[áa]ng)(?!\w)" + _SS + r"(?P<m>\d{1,2})"
    r"(?:" + _VN_YEAR_SEP + _YEAR + r"|(?!\w|[/.\-]\d))"
)
# A weekday's date in brackets, "thứ Hai (10/1/2022)", "Monday (January 10, 2022)": the bracket that the weekday opens,
# and the one after the date that closes it (not a range or a list that the bracket holds, "Monday (January 10 - 12,
# 2022)": the weekday is no one date's, and the range is read from its first day).
_WD_BRACKET = r"(?P<wdbr>\()"
_WD_CLOSE = r"(?(wdbr)(?P<wdclose>" + _SS + r"\)))"
_VN_PTIME = r"(?P<ptime>" + _TIME + r")(?:" + _S1 + r"(?P<pper>" + _PERIOD + r"))?" + _SS + r",?" + _SS
# (an English weekday, not right before "ngày" with no comma or bracket between, where "thu" is a Vietnamese word,
# autumn or revenue: "Tết Trung thu ngày 15/8", "Tổng thu ngày 15/8"; a header's "Monday, Ngày 03/01/2022" stays)
_WD_VN = r"(?P<wd>" + _WD_VI + "|" + _WD_EN + r"(?!" + _SS + _NGAY + r"))"
# A clock before the date, as bylines and update notes write it: before "ngày" ("16:00 ngày 05/01/2022") or before a
# d/m or a "d tháng m" whose year is written ("10:30 05/01/2022", "10:30 CH, 05/01/2022", "10:30 5 tháng 1 năm 2022"); a
# year-less d/m after a clock may be a score's or a share's ("10:30 2/3 số hộ"), a "d tháng m" a length, so it needs
# "ngày".
_PTIME_BEFORE = (
    r"(?=" + _NGAY + r"|\d{1,2}(?:(?P<psep>[/.\-])\d{1,2}(?P=psep)|" + _SS + r"th[áa]ng(?!\w)" + _SS + r"\d{1,2}"
    + _VN_YEAR_SEP + r")\d{4}(?!\d))"
)
_VN = (
    r"(?P<kvn>)(?:" + _VN_PTIME + _PTIME_BEFORE
    + r"|" + _WD_VN + _SS + r"(?:(?:[,;|\-–—]|" + _WD_BRACKET + r")" + _SS + r")?)?"
    r"(?:(?P<ngay>" + _NGAY + r")" + _SS + r":?" + _SS + r")?"
    r"(?P<date>" + _VN_NUMERIC + r"|" + _VN_LONG + r")" + _TSUF + r"?" + _WD_CLOSE
)
_VN_MONTH = r"(?P<kvm>)(?<!\w)(?P<date>th[áa]ng(?!\w)" + _SS + r"(?P<m>\d{1,2})" + _VN_MONTH_YEAR_SEP + _YEAR + r")"
_EN_MDY = (
    r"(?<!\w)(?P<mname>" + _MONTH_NAME + r")" + _S1 + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\w)"
    r"(?:" + _SS + r",?" + _SS + _YEAR + r")?"
)
_EN_DMY = (
    r"(?<![\w/.,:])(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _SS + r"(?:of" + _S1 + r")?(?P<mname>" + _MONTH_NAME + r")"
    r"(?:" + _SS + r",?" + _SS + _YEAR + r")?"
)
_EN_MY = r"(?<!\w)(?P<mname>" + _MONTH_NAME + r")" + _SS + r",?" + _SS + _YEAR
_EN = (
    r"(?P<ken>)(?:(?P<wd>" + _WD_EN + r")" + _SS + r"(?:,|" + _WD_BRACKET + r")?" + _SS
    # (a clock before the date, as after it: "10:30 on January 5", "10:30 AM, January 5, 2022", a byline's)
    + r"|(?P<ptime>" + _TIME + r")(?:" + _S1 + r"on" + _S1 + r"|" + _SS + r",?" + _SS + r"))?"
    r"(?P<date>" + _EN_MDY + r"|" + _EN_DMY + r"|" + _EN_MY + r")" + _TSUF + r"?" + _WD_CLOSE
)

# Japanese: "2022年1月4日", "2022年3月" (month precision), "1月4日" (year-less, but after an era's year: "平成30年12月1日"
# is 2018's); a kana or kanji may stand before; a time after the day in hours and minutes, "16時", "16時30分" (any
# word may follow: "16時から", from 16:00, but for "時間", hours, a duration, and "時半", half past), or as a clock, "16:30".
_JA_TIME = r"\d{1,2}" + _SS + r"時(?![間半])(?:" + _SS + r"\d{1,2}" + _SS + r"分)?"
_JA = (
    r"(?P<kja>)(?<!\d)(?P<date>(?P<y>\d{4})" + _SS + r"年" + _SS + r"(?P<m>\d{1,2})" + _SS + r"月"
    + r"(?:" + _SS + r"(?P<d>\d{1,2})" + _SS + r"日)?|(?<!年" + _SS + r")(?P<m>\d{1,2})" + _SS + r"月" + _SS + r"(?P<d>\d{1,2})"
    + _SS + r"日)"
    + r"(?:" + _SS + r"(?P<time>" + _JA_TIME + r")|" + _TSUF + r")?"
)

_FLAGS = regex.IGNORECASE | regex.VERSION0
# Fields read from a match by _build, in this order (a branch without one of them yields None for it).
_FIELDS = ("date", "y", "sep", "m", "d", "time", "tz", "per", "kvn", "ptime", "pper", "wd", "ngay", "thang", "mname", "wdbr")
_Kit = tuple["regex.Pattern[str]", "operator.itemgetter[Any]", int, int]


# The branches in priority order (ISO, Vietnamese, Vietnamese month, English), restricted to those that can
# start with a given kind of token; at any position the first branch that matches wins.
_KIT_BRANCHES: dict[str, tuple[str, ...]] = {
    "num": (_ISO, _VN, _JA, _EN),
    "vi": (_VN, _VN_MONTH),
    "wd": (_VN, _EN),
    "month": (_EN,),
}


@functools.cache
def _kit(name: str) -> _Kit:
    """The kit ``name``: its branches compiled as one alternation, with how to read _FIELDS and the date / ngày
    spans from its matches. Compiled on first use (the four take about 100 ms): a command that reads only a
    portal header (``bdtools parse-date``) never waits for them."""
    pattern = regex.compile("|".join(_KIT_BRANCHES[name]), _FLAGS)
    index = pattern.groupindex
    pick = operator.itemgetter(*(index[field] - 1 if field in index else -1 for field in _FIELDS))
    return pattern, pick, index["date"], index.get("ngay", 0)
# Where a date may start, and which kit to try there: a word-initial digit followed by something date-like
# (a separator, h/g/giờ/am/pm, tháng, an ordinal or a month name), or a whole date word with a digit soon
# after it.  Scanning for these first and matching only there is much faster than letting one big pattern
# try every branch at every character.  The scans run case-sensitively (stdlib re, quickest here) on a
# lower-cased copy of the text with the same length; their lookaheads are bounded, so they stay linear.
# Digit-led and word-led starts are two patterns, each of which begins with a character set that the
# regex engine skips to (a lookbehind in front would make it try every position): 190 µs a page -> 130.
_EN_MONTH_WORDS = sorted(MONTHS, key=lambda w: (-len(w), w))
_EN_WEEKDAY_WORDS = sorted((k for k in WEEKDAYS if k.isascii() and k.isalpha() and k != "cn"), key=lambda w: (-len(w), w))
_VI_DATE_WORDS = ["thứ", "chủ", "chu", "cn", *(f"t{day}" for day in range(2, 8)), "tháng", "thang", "ngày", "ngay", "mùng",
                  "mồng", "mung", "mong"]
# The kit of each date word, and how a word ends: English words at a word boundary, Vietnamese ones
# before anything that is not a letter (a digit may follow: "t2").
_WORD_KITS = {**dict.fromkeys(_EN_WEEKDAY_WORDS, "wd"), **dict.fromkeys(_VI_DATE_WORDS, "vi"),
              **dict.fromkeys(_EN_MONTH_WORDS, "month")}
_WORD_ENDS = {"wd": r"\b", "vi": r"(?![^\W\d_])", "month": r"\b"}


def _grouped(alternatives: Iterable[tuple[str, str]]) -> str:
    """An alternation of (first letter, pattern of the rest) pairs, grouped by first letter, each group's in their
    order: the engine tries the one group that opens with a text's letter, where it tried every alternative (the
    month names after a number: 16 → 14 µs a page of number scans).

    >>> _grouped([("m", "ay"), ("j", "une"), ("m", "arch")])
    '(?:m(?:ay|arch)|j(?:une))'
    """
    tails: dict[str, list[str]] = {}
    for first, rest in alternatives:
        tails.setdefault(first, []).append(rest)
    return "(?:" + "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in tails.items()) + ")"


# After a date's first digit: its second digit if it has one, then a separator, a clock or month word, or a month name
# after an ordinal; or three more digits that open an ISO date. The second digit is taken where there is one, never
# given back (``(?:\d|(?!\d))``, a possessive ``\d?`` that `re` reads before Python 3.11: what follows opens with no
# digit), and the alternatives after it are one group: the engine tries them once a digit, where it tried each twice
# (the ASCII number scan 12.3 → 10.1 µs a page).
_MONTH_WORD_GROUPS = _grouped((word[0], word[1:]) for word in _EN_MONTH_WORDS)
# What may not stand before a number that opens a date: a letter or digit ("COP26", "24/7"), but for kana and kanji
# ("は2022年1月4日": Japanese writes no space there).
_NOT_BEFORE_A_NUMBER = r"(?:[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]|/)"
_LISTED_DAY = r"," + _S + r"{0,8}\d\d?" + _ORDINAL + _S + r"{0,8}"  # ", 5" in "on 3, 5 and 7 January"
# (the range's words and "rạng sáng", into the morning of, "đêm 14 rạng sáng 15/3": `_NIGHT_INTO_MORNING`; after a comma
# too, "đêm 14, rạng sáng 15/3"; grouped by first letter, `_grouped`: the engine tries the one group a text's letter
# opens, so the scan pays nothing for "rạng")
# ("sáng" may go: "đêm 14 rạng 15/3", into the dawn of; after a range's word too, "đêm 14 đến rạng sáng 15/3", where
# "rạng" may go, "đêm 14 đến sáng 15/3")
_DAWN_SCAN = r"r[ạa]ng" + _S + r"{1,8}(?:s[áa]ng" + _S + r"{1,8})?"
_MORNING_SCAN = r"(?:" + _DAWN_SCAN + r"|s[áa]ng" + _S + r"{1,8})"
_INTO_MORNING_SCAN = _DAWN_SCAN + r"(?:ng[àa]y" + _S + r"{1,8})?"
_SCAN_JOIN_WORDS = _grouped(
    [(word[0], re.escape(word[1:]) + _S) for word in (*_RANGE_ONLY_WORDS_EN, *_LIST_WORDS_EN)]
    + [(word[0], re.escape(word[1:]) + _S) for word in _forms((*_RANGE_ONLY_WORDS_VI, *_LIST_WORDS_VI))]
    + [("r", _INTO_MORNING_SCAN[1:])]
)
# (a digit after another and a separator opens no date, "24/7-1", but for a glued range's last date after its first's
# year, "30/4/1975-30/4/2025": `_GLUED_DATED`; the look behind is tried only where the first fails)
_START_NUM_PATTERN = (
    r"\d(?<!" + _NOT_BEFORE_A_NUMBER + r"\d)(?:(?<!\d[.,\-]\d)|(?<=/\d\d\d\d-\d))(?="
    r"(?:\d|(?!\d))(?:[/.\-–—:hg月]|" + _S + r"[/.\-–—]|" + _S + r"{0,8}(?:th[áa]ng|" + _HOUR_WORD + r"|[ap]\.?m\b)"
    r"|(?:st|nd|rd|th)?" + _S + r"{0,8}(?:of" + _S + r"{1,8})?" + _MONTH_WORD_GROUPS + r"\b"
    # a range's first day (or a list's days, bounded so that the scan stays linear) before a word or a dash and the day
    # that a month's name or "tháng" follows (a first ", d" or nothing, not a repeat from none: `re` tries a literal at each
    # digit faster than it sets up a repeat, 53 → 52 ms the body blocks of 3,000 pages), or before a comma or "&" too and a
    # d/m ("on 3, 5, 7/1", "on 3, 5 and 7/1/2022": `_NUMBER_RANGE_OPENING` reads such a list after "on"; a branch of its
    # own, a look behind for "on" at each digit, cost the number scan 3 %, this one 1 %)
    # (an Oxford comma before the last word or "&", "on 3, 5, and 7/1", "on 3, 5, & 7/1", only after a listed day: tried
    # at every digit, it cost the scan 1 to 2 %)
    r"|" + _ORDINAL + _S + r"{0,8}(?:" + _LISTED_DAY + r"(?:" + _LISTED_DAY + r"){0,7}(?:," + _S + r"{0,8}(?=" + _RANGE_WORDS
    + _S + r"|&))?|)"
    # (after a dash or a range's word maybe "hết" or "ngày" before it, "từ 15 đến hết ngày 17/3": `_FROM_LED_DM`; not
    # after a comma, which "ngày" follows after many a number, "Thứ 4, Ngày 05/01/2022"; "rạng sáng", into the morning
    # of, after a comma too, "đêm 14, rạng sáng 15/3": `_NIGHT_INTO_MORNING`)
    r"(?:[,&]" + _S + r"{0,8}(?:the" + _S + r"{1,8}|" + _INTO_MORNING_SCAN + r")?|(?:" + _RANGE_DASH + r"|" + _SCAN_JOIN_WORDS
    + r")" + _S + r"{0,8}(?:(?:the|h[ếe]t)" + _S + r"{1,8}|" + _MORNING_SCAN + r")?(?:ng[àa]y" + _S + r"{1,8})?)\d\d?"
    r"(?:" + _ORDINAL + _S + r"{1,8}(?:of" + _S + r"{1,8})?(?:th[áa]ng|" + _MONTH_WORD_GROUPS + r")\b|[/.\-]\d))"
    r"|\d{3}[/.\-]\d\d?[/.\-]\d"  # four digits open an ISO date alone: "2016. Mr", "2010-2012" open none
    r"|\d{3}" + _S + r"?年"  # or a Japanese one
    r")"
)
# A date word counts only with a digit at most this many characters after it, on its line.
_WORD_DIGIT_GAP = 40


def _word_pattern(digits: str = r"\d") -> str:
    """Date words grouped by first letter: ``(?:m(?:onday\\b|…)|t(?:…)|…)`` — each branch opens with its
    letter; a digit (a character of the class ``[digits]``) must follow within `_WORD_DIGIT_GAP` characters."""
    words = _grouped((word[0], re.escape(word[1:]) + _WORD_ENDS[kit]) for word, kit in _WORD_KITS.items())
    return words + r"(?=[^" + digits + r"\n]{0," + str(_WORD_DIGIT_GAP) + "}[" + digits + "])"


class _Scans(NamedTuple):
    """The scans that find where dates may start: a digit, a digit-led start, a date word after a
    non-word character (the engine skips to those, as it cannot to the letters behind a lookbehind:
    66 -> 50 µs a page of scanning)."""

    digit: Any
    number: Any
    word: Any


_GENERAL_SCANS = _Scans(re.compile(r"\d"), re.compile(_START_NUM_PATTERN), re.compile(r"\W(" + _word_pattern() + ")"))
# On ASCII text a digit is 0-9 alone and a non-word character one of the rest: `regex` skips to a digit in a
# third of `re`'s time, `re` to an explicit class faster than to \W. (Other text takes `re` and \d, whose
# digits are the running Python's Unicode: regex has its own.)
_ASCII_SCANS = _Scans(
    regex.compile(r"[0-9]"),
    regex.compile(_START_NUM_PATTERN.replace(r"\d", "[0-9]")),
    re.compile(r"[^a-zA-Z0-9_](" + _word_pattern("0-9") + ")"),
)
_FIRST_WORD = re.compile(_word_pattern())
# The last digit of ASCII text, found from the end (`regex`'s reverse search).
_LAST_ASCII_DIGIT = _LazyPattern(r"(?r)[0-9]")


def _scans(low: str) -> _Scans:
    """The scans for a text: `_ASCII_SCANS` on ASCII text, which find what `_GENERAL_SCANS` find there.

    >>> [scan.search("on monday 05/01/2022").start() for scan in _scans("on monday 05/01/2022")]
    [10, 10, 2]
    """
    return _ASCII_SCANS if low.isascii() else _GENERAL_SCANS


# How far before the first digit at or after a point a date word after that point may open, with the
# character before it: the word, then at most `_WORD_DIGIT_GAP` characters before a digit ("t2" holds its own).
_WORD_REACH = 1 + max(map(len, _WORD_KITS)) + _WORD_DIGIT_GAP


def _word_start(low: str, pos: int, end: int | None = None) -> tuple[int, str] | None:
    """Where the first date word at or after ``pos`` of a lower-cased text starts a word, and the word; ``end``, if
    given, at or after the end of the text's last digit (`_digits_end`).

    >>> _word_start("tháng 5, 2021", 0), _word_start("on monday 5 may", 1), _word_start("thursday", 0)
    ((0, 'tháng'), (3, 'monday'), None)
    """
    if pos == 0 and (first := _FIRST_WORD.match(low)) is not None:
        return 0, first.group()
    scans = _scans(low)
    digit = scans.digit.search(low, pos)
    if digit is None:  # every date word has a digit after it
        return None
    # The scan for a word costs three times one for a digit: it starts where a word may reach that digit, and
    # stops at the last digit (all that a date word's look-ahead reads lies before it: the text cut there
    # reads alike).
    found = scans.word.search(low, max(pos - 1, digit.start() - _WORD_REACH, 0), len(low) if end is None else end)
    return (found.start(1), found.group(1)) if found is not None else None


def _digits_end(s: str) -> int | None:
    """Where the last digit of a text ends, None without a digit; on text beyond ASCII, the text's end if it has one.

    >>> _digits_end("on 5 may 2021, at noon"), _digits_end("ngày 5, trưa"), _digits_end("no digit")
    (13, 12, None)
    """
    if s.isascii():
        last = _LAST_ASCII_DIGIT.search(s)
        return last.end() if last is not None else None
    return len(s) if _GENERAL_SCANS.digit.search(s) is not None else None


def _start_kit(low: str, at: int) -> str | None:
    """The kit of a date that may start at ``at`` of a lower-cased text, if one may.

    >>> _start_kit("thứ 4, 05/01/2022", 0), _start_kit("on 05/01/2022", 3), _start_kit("on 05/01/2022", 0)
    ('vi', 'num', None)
    """
    if _scans(low).number.match(low, at):
        return "num"
    word = _word_start(low, at)
    return _WORD_KITS[word[1]] if word is not None and word[0] == at else None


def _lower(s: str) -> str:
    """s.lower() with the same length as s, so that offsets found in it are offsets in s."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)  # e.g. "İ" lower-cases to 2 characters


# Parses the text of a clock time captured by _TIME / _ISO_CLOCK.
_CLOCK = _LazyPattern(
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?|[hg](?P<mi>\d{2})?"
    r"|" + _SS + _HOUR_WORD + r"(?:" + _SS + r"(?P<mi>\d{1,2})(?:" + _SS + _MINUTE_WORD + r")?)?"
    r"|" + _SS + r"時(?:" + _SS + r"(?P<mi>\d{1,2})" + _SS + r"分)?)?"
    r"(?:" + _S + r"?(?P<ap>[ap]\.?m\.?|(?-i:SA|CH)))?",
    _FLAGS,
)
# A time-of-day word right before a bare d/m ("sáng 24/2"), or a day's next to today ("hôm qua (4/1)", "ngày mai
# (6/1)", "sáng nay"; yesterday's or tomorrow's date only within `_BESIDE_DAYS` of ref: "Đêm qua, 3/5 ngôi nhà bị
# ngập" tells a fraction); searched with endpos = start of the date.
# A weekday cues one too ("Sáng thứ Hai (24/2)", "Chủ nhật, 1/3"), after a time-of-day word or where no
# word stands before it (after one, "lần thứ 2" is an ordinal: the second time); so do "sáng nay (24/2)" and
# "nay" before a bracket closed right after the date ("hiện nay (3/11)"), not "hiện nay 3/4" (a fraction:
# three quarters by now) nor "năm nay (2/3 kế hoạch)".
# A range's first day or days, or its first date, before the date cues it too ("ngày 6 và 7/1", "ngày 3, 4 và 5/1",
# `_RANGE_OPENING`; "ngày 20/3 - 25/3"), but not a fraction of a count (`_FRACTION_OF`: "từ ngày 1/3 đến 2/3 số xã", two
# thirds of the communes).
# (a list's first days after the first: ", 4" in "ngày 3, 4 và 5/1", ", 5" in "January 3, 5 and 7, 2021"; not a date's
# day, "7" in "ngày 3, 5, 7/1/2021", "ngày 5, 6-1-2023" or "ngày 3, 5, 7 tháng 1 năm 2021", the list's last date after a
# comma)
_MORE_DAY = r"(?:" + _SS + r"," + _SS + r"(?P<day>\d{1,2})" + _ORDINAL + r"(?!\d|[/.]\d|-\d\d?-\d|" + _SS + r"th[áa]ng(?!\w)))"
_MORE_DAYS = _MORE_DAY + r"*+"
# (Each with the marks or without them, as a dump that lost them writes it: "Hom qua (7/1)", "Chieu 3/1". Without
# them "sáng", "tối", "đêm" are other words as well, "sang" go over, "toi" I or to, "dem" bring, and cue a date only
# where they open a sentence, "Sang 13/3," (capitalised, no word before: not "chuyen sang 2/3", "tang toi 3/4", "toi
# 3/4 ke hoach"; no comma after, as a name has: "Mr. Sang, 2/3 of the households"), or before a day's word,
# "toi nay (5/1)", and never one a count follows, "Dem 1/2 so tien" (`_FRACTION_OF`).)
_DAY_PART_WORDS = (*_PERIODS, "hôm")
_UNSURE_UNMARKED_WORDS = frozenset({"sang", "toi", "dem"})
# ("rạng", the dawn of, "rạng 15/3", with its marks only: "rang" is "rằng", that, without them, "cho rang 2/3 so ho")
_DAWN = "rạng"
_DAY_PART = _alt([*_DAY_PART_WORDS, _DAWN, *{_without_marks(word) for word in _DAY_PART_WORDS} - _UNSURE_UNMARKED_WORDS])
_BESIDE_TODAY = r"(?:" + _S1 + r"(?:nay|(?P<beside>qua|mai)))"
_UNSURE_DAY_PART = _alt(list(_UNSURE_UNMARKED_WORDS))
_UNSURE_LEAD = _marked_or_not(_UNSURE_WORD_LEADS)
# The words after which a Vietnamese weekday is one: a time of day's, a word that leads a time ("vào thứ Ba", on Tuesday;
# "sáng thứ Ba"), or a verb of an event that takes its time ("UBND tỉnh họp thứ Tư, ngày 12/1/2022", meets on Wednesday),
# but for one that makes a noun with a word of `_EVENT_NOUNS` before it ("Kỳ họp thứ Ba", the third session; "phiên họp
# thứ hai"; "Ngày làm việc thứ hai", the second working day; "lần tổ chức thứ ba", "đợt ra quân thứ hai"; "Đoàn, Tổ
# làm việc thứ hai", the second working group, which may be the group that works on Monday: the ordinal; not "năm",
# whose "nam" ends "Việt Nam": "Hội Nông dân Việt Nam họp thứ Ba"); after another word it is an ordinal or a name's
# ("lần thứ 2", the second time; "Nguyễn Thứ Ba").
_WEEKDAY_LEADS = (*_DAY_PART_WORDS, *_UNSURE_WORD_LEADS, "đến", "tới", "và")
_WEEKDAY_VERBS = ("họp", "diễn ra", "khai mạc", "bế mạc", "tổ chức", "làm việc", "khai giảng", "khởi công", "khánh thành",
                  "ra quân")
_EVENT_NOUNS = ("kỳ", "phiên", "cuộc", "buổi", "ngày", "lần", "đợt", "đoàn", "tổ")
_WEEKDAY_LEAD = (
    r"(?<!\w)(?:" + _marked_or_not(_WEEKDAY_LEADS)
    + r"|(?<!(?<!\w)" + _marked_or_not(_EVENT_NOUNS) + _S1 + r")" + _marked_or_not(_WEEKDAY_VERBS) + r")" + _S1
)
# (a time of day's or a weekday's word alone is the cue's "word", `_cue_word_stands`: with "nay", "qua", "mai" it is a
# day's, "chieu nay", "sang mai"; the first letters of the unsure words and the weekdays are looked at before the words
# that lead them, a long look behind: the cue searches on the body blocks of 3,000 generated pages 1.69 → 0.74 ms)
_CUE_BEFORE = _LazyPattern(
    r"(?<!\w)(?:(?:(?:(?:" + _DAY_PART + r"|" + _UNSURE_DAY_PART + r")" + _BESIDE_TODAY
    + r"|(?P<word>" + _DAY_PART + r")"
    + r"|(?=[sdt])(?:(?<![\p{L}\p{N}]" + _S + r")(?=(?-i:\p{Lu}))|(?<=(?<!\w)" + _UNSURE_LEAD + _S1 + r"))"
    + r"(?P<word>(?P<unsure>" + _UNSURE_DAY_PART + r"))(?!" + _SS + r",)"
    r"|ng[àa]y(?:" + _S1 + r"(?P<beside>mai|h[ôo]m" + _S1 + r"qua)|" + _S1 + r"h[ôo]m" + _S1 + r"nay)?)(?:" + _S1 + _WD_VI + r")?"
    r"|(?=[ct])(?:(?<!\p{L}" + _S + r")|(?<=" + _WEEKDAY_LEAD + r"))(?P<word>" + _WD_VI + r"))"
    r"(?:" + _S + r"|[,(]){1,4}|(?P<bracket>nay" + _SS + r"\(" + _SS + r"))\Z"
    # ("số ngày": a count)
    r"|(?P<range>(?<!\w)(?<!s[ốo]" + _S + r")ng[àa]y" + _S1 + r"\d{1,2}(?:[/.\-]\d{1,2}|" + _MORE_DAYS + r")" + _SS
    + _RANGE_JOIN_VI + _SS + r")\Z",
    _FLAGS,
)
# A holiday's noun right before a d/m names its day as "ngày" would ("nghỉ lễ 30/4 - 1/5", "dịp lễ 2/9", "Tết Dương lịch
# 1/1", "Quốc khánh 2/9", "kỷ niệm 30/4", "the holiday 30/4-1/5"), with the marks or without ("Nghi le 30/4-1/5"), but
# for "lễ" or "dịp" alone without them: "tỷ lệ 30/4" has no "lễ", "ty le 2/9" may be either, "Le" a surname too; no
# comma between, "Sau lễ, 2/3 đại biểu", and only before the clause's end, a place's or a time's word or a list's join
# (`_holiday_day`): not before a noun, what a fraction is a share of, "dịp 1/3 số hộ", "dịp Tết 2/3 công nhân"; in
# brackets too, as news names the day after the holiday's name, "mừng Quốc khánh (2/9)". A reverse search: its "\Z" is
# tried at the window's end alone, where a forward one tried each of its characters (a branch of `_CUE_BEFORE` cost its
# searches 15 %).
_HOLIDAY_NOUNS = ("lễ", "nghỉ lễ", "dịp lễ", "ngày lễ", "tết", "tết dương lịch", "quốc khánh", "dịp", "kỷ niệm", "kỉ niệm")
_HOLIDAY_NOUNS_EN = ("holiday", "holidays", "anniversary")
_UNSURE_BARE_HOLIDAY_NOUNS = frozenset({"le", "dip"})  # ("dip", English: "Sales dip 2/3."; "dip le" stays)
_HOLIDAY_NOUN = _alt([*_forms(_HOLIDAY_NOUNS, _UNSURE_BARE_HOLIDAY_NOUNS), *_HOLIDAY_NOUNS_EN])
_HOLIDAY_BEFORE = _LazyPattern(r"(?r)(?<!\w)" + _HOLIDAY_NOUN + r"(?:" + _S1 + r"|" + _SS + r"\(" + _SS + r")\Z", _FLAGS)
# ("số", a count; "so" without the marks, but for "so với", compared with: "từ ngày 1/2 đến 5/2 so với cùng kỳ"; "of" in
# English, "Sang 3/4 of the budget"; or a noun of what is counted, with the marks or without: "vao toi 2/3 dien tich
# lua", up to two thirds of the rice area, "dau tu sang 2/3 du an", investing in two thirds of the projects, "vao toi 3/4 ho
# dan", three quarters of the households; in English
# too, and a share's words: "2/3 households"; a number before one is a count, no day, "from January 3 to 5 percent",
# "On May 5-8 people were rescued": `_LAST_DAY_ALONE`)
_COUNT_NOUNS = (
    "diện tích", "dự án", "kế hoạch", "sản lượng", "dân số", "phần trăm", "hộ dân", "hộ gia đình", "đại biểu",
    "thành viên", "percent", "per cent", "people", "persons", "members",
    "residents", "households", "families", "workers", "employees", "students", "pupils", "children", "patients", "cases",
    "visitors", "tourists", "delegates", "participants", "provinces", "cities", "districts", "communes", "wards",
    "villages", "enterprises", "businesses", "companies", "firms", "projects", "units", "teams", "schools", "hospitals",
    "hectares", "tonnes", "tons", "thousand", "million", "billion", "trillion",
)
# (and a noun of money or an amount, the whole a share is of: "Hằng năm tỉnh đầu tư vào 1/3 ngân sách", a third of the
# budget; "của", of, before such a noun or a count's, maybe after "các": "vào 1/3 của tổng vốn"; not before another
# word, as a body that issued a document, "Công văn ngày 1/3 và 2/3 của UBND tỉnh", a date's year, "của năm nay", or a
# yearly word, the days' year, "của mỗi năm": `_YEARLY_AFTER`)
_AMOUNT_NOUNS = (
    "ngân sách", "vốn", "tổng vốn", "nguồn vốn", "kinh phí", "chi phí", "doanh thu",
    "budget", "budgets", "funds", "funding", "capital", "revenue", "spending", "expenditure",
)  # fmt: skip
# (not before its possessive, which names a body: "People's Committee", "People’s Council")
_COUNT_NOUN = _marked_or_not((*_COUNT_NOUNS, *_AMOUNT_NOUNS)) + r"(?!['’]s(?!\w))"
_OF_A_COUNT = (
    _S1 + r"(?:số|so(?!" + _S1 + r"v[ớo]i(?!\w))|of|c[ủu]a(?=" + _S1 + r"(?:c[áa]c" + _S1 + r")?" + _COUNT_NOUN + r"(?!\w))|"
    + _COUNT_NOUN + r")(?!\w)"
)
_FRACTION_OF = _LazyPattern(_OF_A_COUNT, _FLAGS)
# The words a decimal's number takes, a magnitude, a unit or a counted thing's classifier: a d.m before one is a number,
# whatever cues it ("Tối 2.5 triệu người xem", "Mỗi ngày 1.5 tấn rác", "ngày 1.5 lít sữa", "tối 2.5 (triệu)";
# `_dotted_day_stands`).
_DECIMAL_UNITS = (
    "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "vạn", "trăm", "tấn", "tạ", "kg", "km", "m", "m2", "m3", "ha", "lít", "mét", "độ",
    "đồng", "usd", "người", "lượt", "ca", "con", "chiếc", "lần", "điểm", "giờ", "phút",
)  # fmt: skip
_DECIMAL_UNIT_AFTER = _LazyPattern(
    r"(?:" + _SS + r"\(?" + _SS + r"(?:%|" + _marked_or_not(_DECIMAL_UNITS) + r"(?!\w))|" + _OF_A_COUNT + r")", _FLAGS
)
# The units a count of time is in: a year-less "d-m" joined to a date before one is a count's range, "1-2 ngày sau"
# (one or two days later), "2-3 tuần", not a date (before a number, "ngày 1-2 tháng 3", the unit names a date's month;
# after its own cue, "ngày 15-3 năm nay", a date: `_vietnamese_cue`).
_COUNT_UNITS_VI = ("ngày", "tuần", "tháng", "năm", "giờ")
_COUNT_UNITS_EN = ("days", "weeks", "months", "years", "hours")
_COUNT_UNIT = _SS + r"(?:" + _marked_or_not(_COUNT_UNITS_VI) + r"|" + _alt(list(_COUNT_UNITS_EN)) + r")(?!\w)"
_COUNT_UNIT_AFTER = _LazyPattern(_COUNT_UNIT + r"(?!" + _SS + r"\d)", _FLAGS)
# (a fraction-like d/m too, before a unit and a word that places the time from another, "ngày 15/3 và 1/2 ngày sau", half
# a day later; "2/3 năm trước", "1/2 tuần nữa", "1/2 days later", "ago")
_TIME_AWAY = ("sau", "trước", "nữa")
_COUNT_UNIT_AWAY = _LazyPattern(
    _COUNT_UNIT + _S1 + r"(?:" + _marked_or_not(_TIME_AWAY) + r"|later|ago)(?!\w)", _FLAGS
)
_CUE_WINDOW = 20
# "tháng" and a number after a year-less "d-m" or "d/m": the month its days are of ("ngày 1-2 tháng 3", "Tổng số ngày 1-2
# tháng 3", "ngày 1-2 tháng 13"), so the numbers are no day and month.
# "lần" (times) after a "d tháng m": "6 tháng 1 lần", once every six months (`_vietnamese_cue`).
_TIMES_AFTER = _LazyPattern(_SS + r"l[ầa]n(?!\w)", _FLAGS)
_MONTH_NAMED_AFTER = _LazyPattern(_SS + r"th[áa]ng(?!\w)" + _SS + r"\d", _FLAGS)
# A cue's word without its marks ("chieu", "Thu Ba") is a cue where one with them would stand, but not after a word
# with which it makes another word, without the marks the same letters ("Doi chieu 2/3", "Tham chieu 3/4", "Ho chieu":
# compare, refer, passport; "chiếu" is no "chiều"), nor after an honorific, English or Vietnamese, of which it is a
# name ("Mr. Chieu 12/3", "Ms. Thu Ba 12/3", "anh Chieu 12/3"). (With its marks a word is what it says.)
_COMPOUND_LEADS = ("đối", "tham", "phản", "trình", "soi", "hộ")
_HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "prof")
_HONORIFICS_VI = ("anh", "chị", "ông", "bà", "cô", "chú", "bác", "em")
_NOT_A_CUE_AFTER = _LazyPattern(
    r"(?<!\w)(?:" + _alt(list(_HONORIFICS)) + r"\."
    r"|" + _marked_or_not((*_COMPOUND_LEADS, *_HONORIFICS_VI)) + r")"
    + _S + r"++\Z",
    _FLAGS,
)
_BESIDE_DAYS = 2  # how far from ref yesterday's or tomorrow's date may be (a page dated a day late)
# A range's first day, written alone before the date that ends the range, in that date's month, or in the month before
# for a day after the last one's (`_range_first_days`; matched in the lower-cased text where the range starts; both ends
# are dates): after "ngày" before a d/m or a "d tháng m" ("ngày 10 - 12/3/2022", "ngày 10-12/3", "ngày 6 và 7/1",
# "ngày 10 - 12 tháng 3 năm 2022", "từ ngày 10 đến ngày 12/3/2022", "ngày 30 - 2/4/2022"), a list's first days too
# ("ngày 3, 4 và 5/1"), or a first date glued to the last by a hyphen ("ngày 30/3-2/4/2022", read as before a spaced
# dash: `_read_range`) or joined to it across spaces ("ngày 30/12 - 2/1", "từ ngày 30/12 đến ngày 2/1", whose first date
# lies before the last: `_first_date`); a number before a day and a month's name or "tháng" ("10-12 January 2022", "from 10 to 12
# January 2022", "10th–12th of May"); a month's name and a day or days before a day and its year ("January 10-12, 2022",
# "March 5 to 7, 2022", "January 3, 5 and 7, 2021").
# ("ngày" without its marks too, "mùng" too, which `_NGAY` reads without them after its leads alone: "tu mung 8 den")
_RANGE_NGAY = ("ngày", "ngay", "mùng", "mồng", "mung", "mong")
_COUNT_OF_DAYS = _LazyPattern(r"(?<!\w)s[ốo]" + _S1 + r"\Z", _FLAGS)  # "số ngày 3 - 5/10": a count of days
_MONTH_END_RANGE_DAYS = 14  # how long a range over a month's end may run whose first day is written alone
_GLUED_REACH = 120  # what a range's last date (or a year's lender) may take: the date, a time, a zone, a year's cue
_RANGE_WORD = _RANGE_WORDS + r"(?!\w)"
_DAY_THEN_MONTH = r"\d{1,2}" + _ORDINAL + _SS + r"(?:(?:of" + _S1 + r")?" + _MONTH_NAME + r"|th[áa]ng(?!\w))"
# ... and its year: "12 May 2020", "12th of May, 2020", "12 tháng 3 năm 2021", "12 tháng 3/2021".
_DAY_MONTH_YEAR = (
    r"\d{1,2}" + _ORDINAL + _SS + r"(?:(?:of" + _S1 + r")?" + _MONTH_NAME + _SS + r",?" + _SS
    + r"|th[áa]ng(?!\w)" + _SS + r"\d{1,2}" + _VN_MONTH_YEAR_SEP + r")\d{4}(?!\d)"
)
_RANGE_OPENING = _LazyPattern(
    _NGAY + _S1 + r"(?P<day>\d{1,2})"
    + r"(?:[/.](?P<month>\d{1,2})(?:-|" + _S + r"++" + _RANGE_JOIN_VI + _S + r"++)"
    + r"|" + _MORE_DAYS + _SS + r"(?:" + _after_a_comma_too(_RANGE_JOIN_VI) + r"|,)" + _SS + r")"
    + r"(?:h[ếe]t" + _S1 + r")?"  # "đến hết ngày 2/1", to the end of: a holiday's notice
    + r"(?=(?:" + _NGAY + _S1 + r")?\d{1,2}(?:[/.\-]\d{1,2}(?!\d)|" + _SS + r"th[áa]ng(?!\w)))",
    _FLAGS,
)
# (after a word, only with the year, "children aged 5 to 11 May" is none, or after "from" or "between", as "ngày" cues a
# Vietnamese range's first day, "from 3 to 5 January", "from the 3rd to the 5th of January", or after a list's days, "on
# 3, 5 and 7 January"; after "on", English for "ngày", a list's days before a d/m, "on 3, 5, 7/1", "on 3, 5 and
# 7/1/2022"; before a d/m, only with its year, "3-5/1/2022": "tỷ số 3-5/1" is none, as is a bare d/m after a number;
# after "từ" (from), as "ngày" cues a range's first day, before a range's word and a d/m too, or a year-less d/m, "từ 15
# đến 17/3/2022", "Từ 15 - 17/3": `_from_led`)
# (a number after a page's word is no day: "Báo Bình Dương, trang 3 – 5/1/2022" is page 3 of 5 January's paper)
_PAGE_WORDS = ("trang", "tr.", "page", "pages", "p.", "pp.")
# What leads a year-less English range ("from 3 to 5 January", "from the 3rd to the 5th of January", "between January 3
# and 5"), as "ngày" leads a Vietnamese one.
_RANGE_LEAD = r"(?<!\w)(?:from|between)" + _S1 + r"(?:the" + _S1 + r")?"
_RANGE_LEAD_BEFORE = _LazyPattern(_RANGE_LEAD + r"\Z", _FLAGS)
_GLUED_DASH = _LazyPattern(r"\S" + _RANGE_DASH + r"\Z")
# A d/m that ends a range only after "từ" (`_from_led`), maybe after "hết" (to the end of) or "ngày", as after "từ ngày"
# ("từ 15 đến hết ngày 17/3"; the opening ends before "ngày", which the date's kit reads), or a d-m-yyyy or d.m.yyyy
# ("từ 15 tới 17-3-2022").
_FROM_LED_DM = (
    r"(?P<from_led>)(?:h[ếe]t" + _S1 + r")?(?=(?:ng[àa]y" + _S1 + r")?\d{1,2}(?:/\d{1,2}|-\d{1,2}-\d{4}|\.\d{1,2}\.\d{4})(?!\d))"
)
# The night of one day into the morning of the next, as news writes it: "Đêm 14 rạng sáng 15/3", "đêm 14, rạng sáng
# ngày 15-3", "Tối 31 rạng sáng 1/4/2022", into its dawn, "Đêm 14 rạng 15/3", after a range's word too, "đêm 14 đến rạng
# sáng 15/3", or to its morning, "Từ đêm 14 đến sáng 15/3"; a night's word before the first day (not "lúc 3 rạng sáng
# 15/3", at 3 in the morning); the last date's "sáng" or "rạng" cues it (`_CUE_BEFORE`; the opening ends before "ngày",
# which the date's kit reads), and so does the join without its marks, "Dem 14 rang sang 15/3" (`_follows_date`); the
# days consecutive, or the last date is read alone ("Đêm 30 rạng sáng 1/4": `_range_first_days`).
_NIGHT_WORDS = ("đêm", "tối", "khuya")
_DAWN_WORDS = r"r[ạa]ng" + _S1 + r"(?:s[áa]ng" + _S1 + r")?"
_INTO_DAWN = (
    _SS + r",?" + _SS + r"(?:" + _marked_or_not(_RANGE_ONLY_WORDS_VI) + _S1 + r"(?:" + _DAWN_WORDS + r"|s[áa]ng" + _S1 + r")|"
    + _DAWN_WORDS + r")"
)
_INTO_DAWN_JOIN = _LazyPattern(_INTO_DAWN, _FLAGS)
_NIGHT_INTO_MORNING = (
    r"(?<=(?<!\w)" + _marked_or_not(_NIGHT_WORDS) + _S1 + r"\d{1,2})(?P<night>)" + _INTO_DAWN
    + r"(?=(?:ng[àa]y" + _S1 + r")?\d{1,2}[/.\-]\d{1,2}(?!\d))"
)
_NUMBER_RANGE_OPENING = _LazyPattern(
    r"(?<!(?<!\w)" + _alt(list(_PAGE_WORDS)) + _S + r"{0,3})"
    r"(?P<day>\d{1,2})" + _ORDINAL + r"(?:" + _SS
    + r"(?:" + _RANGE_DASH + _SS + r"(?:(?=" + _DAY_THEN_MONTH + r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}(?!\d))|" + _FROM_LED_DM + r")"
    + r"|" + _RANGE_WORD + _SS + r"(?:the" + _S1 + r")?(?:(?=" + _DAY_MONTH_YEAR + r")|(?P<led>)(?=" + _DAY_THEN_MONTH
    + r")|" + _FROM_LED_DM + r"))"
    + r"|" + _MORE_DAY + r"++" + _SS + r"(?:" + _RANGE_DASH + r"|" + _after_a_comma_too(_RANGE_WORD) + r")" + _SS
    + r"(?=" + _DAY_THEN_MONTH + r")"
    + r"|(?<=(?<!\w)on" + _S + r"+\d{1,2})" + _MORE_DAYS + _SS + r"(?:" + _after_a_comma_too(_ENGLISH_LIST_WORD) + r"|,)" + _SS
    + r"(?=\d{1,2}[/.]\d{1,2}(?!\d))"
    + r"|" + _NIGHT_INTO_MORNING + r")",
    _FLAGS,
)
# A count that is a clause's subject: a plural noun, maybe after another word, and a verb that takes it ("to 5 shops
# will reopen", "to 5 new schools are"; not after a determiner, whose noun the number is no count of, "to 5 the
# schools will": the range's last day, then the subject). (In Vietnamese a range's last day names its month, "đến 5/3
# trường sẽ", and "đến 5 trường sẽ" ends none.)
_SUBJECT_VERBS = ("will", "would", "shall", "should", "can", "could", "may", "might", "must", "are", "were", "have", "had")
_NOT_COUNTED_AFTER = ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "all", "each",
                      "every", "some", "both", "us")
_COUNTED_WORD = r"(?!" + _alt(list(_NOT_COUNTED_AFTER)) + r"(?!\w))\p{L}++"
_COUNTED_SUBJECT = (
    r"(?:" + _COUNTED_WORD + _S1 + r")?" + _COUNTED_WORD + r"(?<=s)" + _S1 + _alt(list(_SUBJECT_VERBS)) + r"(?!\w)"
)
# A range's last day with no month or year of its own, where nothing after it makes it another number: a time ("from
# January 3 to 5 pm"), a share or a count (`_COUNT_NOUNS`: "from January 3 to 5 percent", "between January 3 and 5
# provinces", "On May 5-8 people were rescued"; `_COUNTED_SUBJECT`: "From March 1 to 5 shops will reopen"), a decimal,
# a date's or a range's numbers, a month ("January 3 to 5 February").
_LAST_DAY_ALONE = (
    r"(?!\d|[/.:]\d|" + _SS + r"(?:[,\-–—:%]" + _SS + r"\d|%|(?:[ap]\.?m|gi[ờo]|" + _COUNT_NOUN + r")(?!\w)|(?:of" + _S1 + r")?"
    + _MONTH_NAME + r"|" + _COUNTED_SUBJECT + r"))"
)
# (only with the year, or after "from" or "between" or a hyphen glued to the days, "from January 3 to 5", "between
# January 3 and 5", "Jan. 3-5", the last day alone (`_LAST_DAY_ALONE`): "rose on June 5 to 25.", "On May 5 - 8 people
# were rescued" are none; the last date may name its
# own month, "March 30, 31 and April 2, 2022", then with its year or without if another month: "December 30 - January
# 2", whose first date lies before the last, in its year or the one before, `_range_first_days` (in one month each date
# read alone lies in order; "January 1-January 1-…" opened a range at each, 4x the time); not a range's or a list's
# first day, "March 25 and April 28-30, 2021")
_MONTH_RANGE = (
    r"(?P<mname>" + _MONTH_NAME + r")" + _S1 + r"(?P<day>\d{1,2})" + _ORDINAL + _MORE_DAYS
    + _SS + r"(?:" + _RANGE_DASH + r"|" + _after_a_comma_too(_RANGE_WORD) + r")" + _SS
    + r"(?=(?P<last_month>" + _MONTH_NAME + _S1 + r")?\d{1,2}" + _ORDINAL + _SS + r"," + _SS + r"\d{4}(?!\d)"
    + r"|(?P<last_month>(?!(?P=mname)(?!\w))" + _MONTH_NAME + _S1 + r")\d{1,2}" + _ORDINAL + r"(?!\d|" + _SS
    + r"(?:" + _RANGE_DASH + r"|,)" + _SS + r"\d\d?(?!\d))"
    + r"|(?P<led>)\d{1,2}" + _ORDINAL + _LAST_DAY_ALONE + r")"
)
_MONTH_RANGE_OPENING = _LazyPattern(_MONTH_RANGE, _FLAGS)
# ... after its first day's weekday, where an English weekday's word starts ("from Friday, January 3 to 5"; a pattern
# of its own, not an optional weekday tried at each month's name)
_WEEKDAY_RANGE_OPENING = _LazyPattern(r"(?P<wd>" + _WD_EN + r")" + _SS + r",?" + _SS + _MONTH_RANGE, _FLAGS)
# A pair or a list of days that recur each year, their dates with their own months joined by a list's word ("vào ngày
# 2/9 và 1/1 hằng năm", "hàng năm", "mỗi năm", without the marks too; "on September 2 and January 1 every year",
# "each year", "annually", "yearly"): no chronology, so each date takes the year it would take alone (a range's dates,
# "từ ngày 30/12 đến 2/1 hằng năm", stay in order); the word may lead them too, "Hằng năm, vào ngày 2/9 và 1/1",
# "Every year on September 2 and January 1", or follow "của", of: "vào ngày 2/9 và 1/1 của mỗi năm".
_YEARLY = r"(?:(?:h[ằàa]ng|m[ỗo]i)" + _S1 + r"n[ăa]m|(?:every|each)" + _S1 + r"year|annually|yearly)(?!\w)"
_YEARLY_AFTER = _LazyPattern(_SS + r",?" + _SS + r"(?:(?:c[ủu]a|of)" + _S1 + r")?" + _YEARLY, _FLAGS)
# (leading its clause, anywhere before the days in it up to a comma, "Hằng năm tỉnh treo cờ vào ngày 2/9 và 1/1", "Hằng
# năm, tỉnh treo cờ vào"; not "Every year the fair is held in winter, but this year it runs on December 30 and January
# 2", the days a list's, this year's; after another word
# only right before "vào", "on" and the days, "Tỉnh treo cờ hằng năm vào ngày 2/9 và 1/1", "flies flags every year on":
# "Tổng kết hằng năm ngày 20/12 và 5/1", the yearly review, is a year's)
_YEARLY_BEFORE = _LazyPattern(
    r"(?:(?<![\p{L}\p{N}]" + _S + r"*)" + _YEARLY + _SS + r",?[^,.;!?\r\n]*+"
    r"|" + _YEARLY + _SS + r",?" + _SS + r"(?:v[àa]o|on)" + _S1 + r"(?:c[áa]c" + _S1 + r")?)\Z",
    _FLAGS,
)
_LIST_WORDS = r"(?:(?:" + _marked_or_not(_LIST_WORDS_VI) + r"|" + _alt(list(_LIST_WORDS_EN)) + r")(?!\w)|&)"
_LIST_WORD = _LazyPattern(r"(?<!\w)" + _LIST_WORDS, _FLAGS)
# Bare d/m days after "on" or "vào" joined by a list's word or a comma ("on 2/9 and 1/1", "vào 2/9, 1/1"): in a yearly
# clause (`_YEARLY_BEFORE` before "on", or `_YEARLY_AFTER` after the last day) dates, each read alone (`_yearly_days`).
_LISTED_DM_JOIN = _SS + r"(?:" + _after_a_comma_too(_LIST_WORDS) + r"|,)" + _SS
_BARE_DM = r"\d{1,2}[/\-]\d{1,2}(?![/\-]?\d)"
# (a look behind, matched at the day: read from there backwards, it costs what the lead is long, where a search for it
# ending there tried each place of a window, 2.6 → 0.8 µs a bare d/m without a cue; over at most `_YEARLY_DAYS_BEFORE`
# days, or each day of "on 1/1 and 1/1 and …" read all those before it again)
_YEARLY_DAYS_BEFORE = 8
_YEARLY_DAYS_LEAD = _LazyPattern(
    r"(?<=(?<!\w)(?:on|v[àa]o)" + _S1 + r"(?P<days>(?:" + _BARE_DM + _LISTED_DM_JOIN + r"){0," + str(_YEARLY_DAYS_BEFORE)
    + r"}+))",
    _FLAGS,
)
_YEARLY_DAYS_AFTER = _LazyPattern(r"(?:" + _LISTED_DM_JOIN + _BARE_DM + r")*+" + _YEARLY_AFTER.pattern, _FLAGS)
_CLOSING = _LazyPattern(_S + r"*+\)")
# Words right after a year-less date that place it against ``ref`` (`_infer_year`): just past ("24/2 vừa qua"),
# coming ("25/12 tới", "từ ngày 1/1 tới,", "25/12 tới đây", "sắp tới": "tới" where the phrase ends), soon ("tới"
# before "tại", "nhằm", "để", or with "sẽ", will, a few words on, not across "và" or another date's words:
# "20/12 tới tỉnh sẽ tổ chức"; the date may be "came to" there, "đoàn công tác ngày 30/12 tới để kiểm tra", so
# only within `_SOON_DAYS`, and after "từ", from, it is "to": `_FROM_BEFORE`, "từ 20/12 tới cuối năm sẽ …";
# elsewhere "tới" may be "to", "until" or "came to": "từ 1/3 tới nay", "sáng 8/3 tới kiểm tra"), or in the year
# before, of or after ref's ("1/7 năm ngoái", "July 1 next year", "30/4 sang năm"; not "năm sau đó", the year
# after the story's, nor "sang năm 2024", "sang năm mới"). Without the marks too ("24/2 vua qua", "1/7 nam ngoai"),
# but "toi" (also "tôi", I: "25/12 toi se") only where the phrase ends or "day" follows, and never "soon".
_YEAR_CUE_AFTER = _LazyPattern(
    _S + r"*+(?:(?P<past>v[ừu]a" + _S + r"++(?:qua|r[ồo]i))"
    r"|(?P<coming>s[ắa]p" + _S + r"++t[ớo]i|tới(?=" + _S + r"*+(?:(?:đây|sẽ)(?!\w)|[,.;:!?)]|$))"
    r"|toi(?=" + _S + r"*+(?:d[âa]y(?!\w)|[,.;:!?)]|$)))"
    r"|(?P<soon>tới(?=" + _S + r"*+(?:tại|nhằm|để)(?!\w)"
    r"|(?:" + _S + r"++(?!(?:và|mùng|ngày|tháng)(?!\w)|" + _PERIOD + r"|\d)[\p{L}\p{N}]++){1,4}" + _S + r"++sẽ(?!\w)))"
    r"|(?P<last>n[ăa]m" + _S + r"++(?:ngo[áa]i|tr[ưu][ớo]c(?!" + _S + r"++[đd][óo]))|last" + _S + r"++year)"
    r"|(?P<this>n[ăa]m" + _S + r"++nay|this" + _S + r"++year)"
    r"|(?P<next>n[ăa]m" + _S + r"++(?:sau|t[ớo]i)(?!" + _S + r"++[đd][óo])|sang" + _S + r"++n[ăa]m(?!" + _SS + r"(?:\d|m[ớo]i))"
    r"|next" + _S + r"++year))(?!\w)",
    _FLAGS,
)
# "từ" (from) right before a date, maybe with a time of day or "ngày": a "tới" after the date is "to".
_FROM_BEFORE = _LazyPattern(
    r"(?<!\w)(?:k[ểe]" + _S1 + r")?" + _FROM_VI + r"(?:" + _S1 + r"(?:rạng" + _S1 + r")?" + _PERIOD + r")?"
    + r"(?:" + _S1 + r"ng[àa]y)?" + _SS + r"\Z",
    _FLAGS,
)
# A verb of amount right before "từ": what follows ranges over amounts, "tăng từ 2/3 đến 3/4 năm ngoái" (rose from two
# thirds to three quarters last year), whatever year a cue names after it.
_AMOUNT_VERBS = ("tăng", "giảm", "nâng", "hạ", "chiếm", "dao động")
_AMOUNT_FROM = _LazyPattern(
    r"(?<!\w)" + _marked_or_not(_AMOUNT_VERBS) + r"(?:" + _S1 + _marked_or_not(("lên", "xuống")) + r")?" + _S1 + _FROM_VI
    + _SS + r"\Z",
    _FLAGS,
)
# A noun of scores, rates or counts that a range after "từ" tells of, the clause's subject, maybe with a few words of its
# phrase between ("Điểm trung bình môn từ 7 đến 9/10", an average score of 7 to 9 out of 10; "Tỷ lệ học sinh khá từ 6 -
# 8/10"): its numbers no days where the last d/m is no more than a whole (`_from_led`); not a word the noun is part of,
# another noun ("Thời điểm từ 3 đến 5/10", the moment; "địa điểm", place; "đa số", most; "Tuổi trẻ", youth).
# (not pupils nor students, people who do things on days: "Học sinh nghỉ học từ 3 đến 5/10." is a holiday)
# ("đạt", reaches, right before "từ" tells of scores too, "Học sinh đạt từ 8 đến 10/10 điểm", 8 to 10 points out of 10;
# not a verb of amount, `_AMOUNT_FROM`, which would take the first date of a dated range: "Tổng thu ngân sách đạt từ
# 1/1 đến 31/3/2022 là …", the revenue from 1 January to 31 March)
# ("điểm" is a place too before one of `_POINT_PLACES`, "Điểm tiêm từ 3 đến 5/10 tại nhà văn hóa", a vaccination point:
# a place's or a time's word after the range outweighs it, `_scored_subject`; before another word a score, "Điểm trung
# bình từ 7 đến 9/10 tại trường", "Điểm thi" (an exam's score or its venue) too)
_SCORED_NOUNS = ("điểm", "tỷ lệ", "tỉ lệ", "số", "tuổi")
_POINT_PLACES = (
    "tiêm", "bán", "giao dịch", "du lịch", "cầu", "bỏ phiếu", "trường", "đỗ", "dừng", "tập kết", "cách ly", "xét nghiệm",
    "thu gom", "trưng bày", "phát", "tiếp nhận", "sơ tán",
)  # fmt: skip
_SCORED_VERBS = ("đạt",)
_NOT_SCORED_LEADS = ("thời", "địa", "đặc", "quan", "trọng", "đa")
_NOT_SCORED_TAILS = ("trẻ",)
_SCORED_SUBJECT_BEFORE = _LazyPattern(
    r"(?<!\w)(?:(?<!(?<!\w)" + _alt(list(_NOT_SCORED_LEADS)) + _S1 + r")"
    + r"(?:(?P<place>điểm(?=" + _S1 + _alt(list(_POINT_PLACES)) + r"(?!\w)))|" + _alt(list(_SCORED_NOUNS)) + r")"
    + r"(?!\w)(?!" + _S1 + _alt(list(_NOT_SCORED_TAILS)) + r"(?!\w))(?:" + _S1 + r"[\p{L}\p{N}]++){0,3}|"
    + _alt(list(_SCORED_VERBS)) + r")" + _S1 + _FROM_VI + _SS + r"\Z",
    _FLAGS,
)
_SCORED_REACH = 50  # how far before "từ" the noun may stand: itself and three words of its phrase
# What each cue does: a year's offset from ref's, or the side of ref the date lies on.
_YEAR_CUES = {"past": "before", "coming": "after", "soon": "soon", "last": -1, "this": 0, "next": 1}
_SOON_DAYS = 300  # how far ahead a "soon" cue places a date at most (further, the nearest one: "came to")
# A year-less date before a date whose year is named, a dash, a comma or a joining word between them ("ngày 30/3 -
# 2/4/2022", "March 30 and April 2, 2021", "từ ngày 30/12 đến hết ngày 2/1/2023", "từ sáng 30/3 đến chiều 2/4/2022"),
# is in that one's year, or in the year before where it would fall after it. A year is named when it is written, when
# a cue after the date names it ("ngày 5/1 đến 10/1 năm ngoái": both last year's), or when it is borrowed so in turn,
# down a list of any length ("các ngày 3/1, 5/1, 7/1, 9/1 và 11/1/2021"); the year nearest ref is none ("ngày 10/3 và
# 12/3" reads each against ref). The join looks for a digit soon after it, where a date may start.
# A year-less date after a date with its year across such a join is in that one's year, or the year after where
# it would fall before it ("On December 15, 2021 and December 16"), unless a cue after it names its year.
# Not across a bare comma, which may close a cited document's date ("Căn cứ Quyết định … ngày 5/1/2022, ngày 15/3
# Sở Y tế …"); nor, either way, to the same day and month (an anniversary: "(August 19, 1945 - August 19)").


# A word that may open the second date after a joining word: "ngày 5/1/2022 và từ ngày 10/1", "và đến", "and from".
_FROM_WORDS = r"(?:" + _FROM_VI + r"|from)"


# (a time of day after the join, with its marks or without: "tu toi 8/3 den dem 9/3", after a date "dem" is no "bring")
_JOINED_PERIOD = _marked_or_not(_PERIODS) + r"(?!\w)"


def _join(marks: str, words: str = _RANGE_WORDS, after_a_comma: bool = True) -> str:
    """What joins two dates: a mark of ``marks``, or a range's word of ``words`` (with ``after_a_comma``, maybe after a
    comma: `_after_a_comma_too`) maybe followed by "từ", "from" or another such word ("và từ", "và đến", "and from");
    then maybe "hết", "on", "the" or a time of day, with its marks or without ("tu toi 8/3 den dem 9/3")."""
    second = r"(?:" + _S1 + r"(?:" + _FROM_WORDS + r"|" + words + r")(?!\w))?"
    then = r"(?:(?:hết|on|the|" + _JOINED_PERIOD + r")" + _S1 + r")?"
    worded = words + r"(?!\w)" + second
    return _SS + r"(?:" + (_after_a_comma_too(worded) if after_a_comma else worded) + r"|[" + marks + r"])" + _SS + then


_DIGIT_SOON = r"(?=[^\n\d]{0,20}\d)"  # a digit soon after a join, where a date may start
# (in Vietnamese: after an English date, "won 2-1 on January 5 and 4-3 on January 8", a bare d/m is a score or a fraction)
# (its words without their marks too, as `_RANGE_JOIN_VI`: "các ngày 30, 31/12 va 1/1/2022")
_DATES_JOIN = _LazyPattern(_join("-–—,&", _RANGE_WORDS_VI), _FLAGS)
_LIST_GOES_ON = _LazyPattern(_DATES_JOIN.pattern + _DIGIT_SOON, _FLAGS)
# What joins an English list's last date to its days after "on" ("on 3, 5 and 7/1"): the Vietnamese joins are
# `_DATES_JOIN`'s (in English "and" after a date may join a score: "won 2-1 on January 5 and 4-3"; so only days or d/m
# dates written alike, `_slashed_pair`).
_ENGLISH_LIST_JOIN = _LazyPattern(_SS + _after_a_comma_too(_ENGLISH_LIST_WORD) + _SS, _FLAGS)
# (an English list that goes on after a comma to a d/m, "National Day 2/9, 3/9 and 4/9": `_slashed_pair` joins it)
_ENGLISH_LIST_GOES_ON = _LazyPattern(_ENGLISH_LIST_JOIN.pattern + r"\d{1,2}/\d{1,2}(?!\d)", _FLAGS)
# (the rest of a list that ends in a fraction of a count: a list of fractions, "Đến ngày 31/12, 3/4, 1/2 và 2/3 số xã",
# in English too, "National Day 2/9, 1/3 and 2/3 of the budget")
_LISTED_DM = r"(?:" + _DATES_JOIN.pattern + r"|" + _ENGLISH_LIST_JOIN.pattern + r")\d{1,2}[/\-]\d{1,2}"
_FRACTIONS_ON = _LazyPattern(r"(?:" + _LISTED_DM + r"(?!" + _OF_A_COUNT + r"))*+" + _LISTED_DM + _OF_A_COUNT, _FLAGS)
_YEAR_LENDER_JOIN = _LazyPattern(_join("-–—,&") + _DIGIT_SOON, _FLAGS)
_YEAR_KEEPER_JOIN = _LazyPattern(_join("-–—&"), _FLAGS)
# (what joins the dates of a range or a list that one lunar mark after the last makes lunar: "ngày 1 và 15/3 âm lịch")
# (and a night's day to the next day's dawn: "Đêm 14 rạng 15/3 âm lịch", `_NIGHT_INTO_MORNING`)
_LISTED_JOIN = _LazyPattern(r"(?:" + _join("-–—,&") + r"|" + _INTO_DAWN + r")", _FLAGS)
# Vietnamese pages name festivals and anniversaries by the lunar calendar, whose dates have no Gregorian value without
# that calendar: a date that a lunar mark follows closely (in brackets, after "theo", by, or "of the"), with the dates of
# its range or list, is left out (`_solar`): "ngày 15/8 âm lịch", "10/3 (ÂL)", "10/3 (AL)" (AL only in brackets: a
# word's letters), "10/3 am lich", "10/3 theo lịch âm", "March 10 (lunar calendar)", "10/3 of the lunar calendar", or a
# year named by the sexagenary cycle, a heavenly stem and an earthly branch ("14/12 năm Nhâm Dần"). Not across a comma,
# which closes the clause: what follows names a Gregorian date's lunar twin ("ngày 15/8, theo âm lịch là rằm tháng
# Tám", "ngày 10/2/2024, tức mùng 1 tháng Giêng năm Giáp Thìn"); nor "Lunar New Year", Tết, a Gregorian day's name.
_HEAVENLY_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "kỉ", "canh", "tân", "nhâm", "quý", "quí")
_EARTHLY_BRANCHES = ("tý", "tí", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
# (`re`, whose call costs less than `regex`'s: it runs after each date; the letter that opens a mark is looked at first,
# where the match fails after most dates; a space or a bracket before it, which `_solar` looks at before the call)
# (the words "âm" opens besides the calendar's, whose "lịch âm …" is no mark: "lịch âm nhạc", a music schedule)
_AM_OPENS = ("nhạc", "thanh", "mưu", "tính", "bản")
# The festivals of the lunar calendar, whose name right before a date or right after it (in brackets too) marks it as
# "âm lịch" does: "Tết Đoan ngọ mùng 5/5", "Giỗ Tổ Hùng Vương mùng 10/3", "ngày 15/8 (Tết Trung thu)"; not a date whose
# year is written, the festival's Gregorian day ("Ngày 10/2/2024 (Tết Nguyên đán)"); not a Gregorian holiday's,
# "Quốc khánh mùng 2/9" (`_FESTIVAL_BEFORE`, `_LUNAR_MARK`'s "festival"). Only a date that may be the festival's lunar
# day and is none of its Gregorian days: each name's windows (month, or None for any, first and last day) of the lunar
# month it falls in, without the days its Gregorian day may fall on ("Tết Nguyên đán mùng 2/1" lunar; a holiday
# notice's days off, "nghỉ Tết Nguyên đán 20/1 - 26/1", Gregorian: Tết falls from 21 January to 20 February; a Rằm is
# a 15th, "Rằm tháng Giêng 5/2" is Gregorian): `_festival_day`.
_FESTIVAL_DAYS: dict[str, tuple[tuple[int | None, int, int], ...]] = {
    "tết nguyên đán": ((1, 1, 10), (12, 20, 30)), "nguyên đán": ((1, 1, 10), (12, 20, 30)),
    "tết đoan ngọ": ((5, 1, 27),), "đoan ngọ": ((5, 1, 27),),
    "giỗ tổ hùng vương": ((3, 1, 15),), "giỗ tổ": ((3, 1, 15),),
    "vu lan": ((7, 1, 31),), "trung thu": ((8, 1, 31),), "tết trung thu": ((8, 1, 31),),
    "nguyên tiêu": ((1, 1, 31),), "tết nguyên tiêu": ((1, 1, 31),), "thượng nguyên": ((1, 1, 31),),
    "rằm": ((None, 15, 15),), "hàn thực": ((3, 1, 10),), "tết hàn thực": ((3, 1, 10),), "phật đản": ((4, 1, 30),),
    "ông công ông táo": ((12, 1, 31),), "thất tịch": ((7, 1, 31),),
    # (the English portal's names: "ngày 15/8 (Mid-Autumn Festival)"; "Lunar New Year's Day" its first day, not the
    # Gregorian "New Year's Day" its last words name)
    "mid-autumn festival": ((8, 1, 31),), "lunar new year": ((1, 1, 10), (12, 20, 30)), "lunar new year's day": ((1, 1, 1),),
    "hung kings commemoration day": ((3, 1, 15),),
}  # fmt: skip
_LUNAR_FESTIVALS = tuple(_FESTIVAL_DAYS)
# (matched backwards from the date's start, `regex`'s reverse match anchored there; only after a word that ends a name,
# looked at first: on the dates of 3,000 generated pages the match alone cost `_solar` 3.5 → 24 ms)
# (maybe "từ" or "vào" between: "Tết Nguyên đán từ mùng 1 đến mùng 3/1", "Tết Đoan ngọ vào mùng 5/5")
_FESTIVAL_LINKS = ("từ", "vào")
# (a name's words parted by any space, a no-break one too: "Tết Đoan\u00a0ngọ mùng 5/5", "ngày 15/8 (Tết\u00a0Trung thu)")
# A Rằm named with its lunar month, "Rằm tháng Giêng", "Rằm tháng Bảy", "rằm tháng 8": the 15th of that month alone
# ("Rằm tháng Bảy ngày 15/7" lunar, "Rằm tháng Giêng ngày 5/2" Gregorian: `_festival_windows`).
# (every name of each month, "tháng Tư" and "tháng Bốn", "tháng Mười Một" and "tháng Một", "tháng Mười Hai" and "tháng
# Chạp"; a two words' name's last word is a name too, all `_festival_before` looks at: "một" is the 11th, "hai" the 2nd)
_LUNAR_MONTHS = {
    "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_RAM_MONTH = (r"r[ằa]m" + _S1 + r"th[áa]ng" + _S1 + r"(?:" + _alt(list(_LUNAR_MONTHS)).replace(regex.escape(" "), _S1)
              + r"|\d{1,2})(?!\w)")
_RAM_MONTH_CHARS = len("rằm tháng ") + max(map(len, _LUNAR_MONTHS))
_FESTIVAL_NAME = (r"(?:" + _RAM_MONTH + r"|" + _alt(list(_LUNAR_FESTIVALS)).replace(regex.escape(" "), _S1)
                  .replace("'", "['’]") + r")")
_FESTIVAL_BEFORE = _LazyPattern(
    r"(?r)(?<!\w)(?P<festival>" + _FESTIVAL_NAME + r")(?:" + _S1 + _alt(list(_FESTIVAL_LINKS)) + r")?"
    + r"(?:" + _S1 + r"|" + _SS + r"\(" + _SS + r")\Z",
    _FLAGS,
)
# The Gregorian holidays of the calendar's fixed days, whose name right before a bare d/m (in brackets too) cues it as a
# date on the holiday's own day whatever follows ("Quốc tế Phụ nữ 8/3", "Giáng sinh 25/12", "National Day (2/9)"; another
# day only where a holiday's noun would cue it, its eve, a notice's days off: "Lễ Giáng sinh 24/12,", "nghỉ lễ Quốc tế
# Lao động 29/4 - 1/5", not "Giáng sinh 2/3 gia đình"); a lunar festival's name cues any d/m so, its days off too
# ("nghỉ Tết Nguyên đán 20/1 - 26/1"), which `_solar` reads as lunar where it may be the festival's day ("Tết Đoan ngọ
# 5/5"): `_holiday_day`. Each day's Vietnamese names and their English twins, as both portals write them ("Quốc khánh
# 2/9", "National Day 2/9"); the English with either apostrophe, as the portal writes them ("Women’s Day").
_HOLIDAY_NAMES: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {
    (2, 9): (("quốc khánh",), ("national day",)),
    (1, 1): (("tết dương lịch",), ("new year's day",)),
    (8, 3): (("quốc tế phụ nữ",), ("women's day",)),
    (20, 10): (("phụ nữ việt nam",), ("vietnamese women's day", "vietnam women's day")),
    (1, 6): (("quốc tế thiếu nhi",), ("children's day",)),
    (1, 5): (("quốc tế lao động",), ("labour day", "labor day")),
    (30, 4): (("giải phóng miền nam", "thống nhất đất nước"), ("reunification day", "liberation day")),
    (25, 12): (("giáng sinh", "đêm giáng sinh"), ("christmas", "christmas day")),  # (the night of the 24th into the 25th)
    (24, 12): (("đêm giáng sinh",), ("christmas eve",)),
    (20, 11): (("nhà giáo việt nam",), ("teachers' day",)),
    (27, 2): (("thầy thuốc việt nam",), ("doctors' day",)),
    (21, 6): (("báo chí cách mạng",), ("revolutionary press day",)),
}


def _days_by_name(
    table: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]],
) -> dict[str, frozenset[tuple[int, int]]]:
    """Each holiday's name of ``table`` and the days it names: the Vietnamese with the marks and without, as a dump that
    lost them writes them ("Quoc khanh 2/9"); a night's name two, the eve's and the day's ("Đêm Giáng sinh 24/12", "…
    25/12").

    >>> days = _days_by_name(_HOLIDAY_NAMES)
    >>> sorted(days["dem giang sinh"]), sorted(days["christmas eve"])
    ([(24, 12), (25, 12)], [(24, 12)])
    """
    days: dict[str, set[tuple[int, int]]] = {}
    for day, twins in table.items():
        for names in twins:
            for name in _forms(names):
                days.setdefault(name, set()).add(day)
    return {name: frozenset(named) for name, named in days.items()}


_HOLIDAY_DAYS = _days_by_name(_HOLIDAY_NAMES)
_HOLIDAY_NAME = (
    r"(?:" + _alt(list(_HOLIDAY_DAYS)).replace(regex.escape(" "), _S1).replace("'", "['’]") + r"|" + _FESTIVAL_NAME + r")"
)
_HOLIDAY_NAME_BEFORE = _LazyPattern(
    r"(?r)(?<!\w)(?P<name>" + _HOLIDAY_NAME + r")" + r"(?:" + _S1 + r"|" + _SS + r"\(" + _SS + r")\Z", _FLAGS
)
# A first date glued to the last by a hyphen right after a holiday's noun or name, "nghỉ lễ 30/4-1/5", "nghỉ Tết Nguyên
# đán 20/1-26/1", "National Day 2/9-3/9" (the d/m before a glued hyphen is no date to the kits, "1/2-3/4" a code's or a
# score's; after "ngày" `_RANGE_OPENING` reads it): the noun or the name, a look behind matched at the first day
# (`_range_opening`), is the window's lead, whose cue the first date reads there (`_read_range`, `_holiday_day`).
_HOLIDAY_GLUED_OPENING = _LazyPattern(
    r"(?=\d{1,2}/\d{1,2}-\d)(?<=(?P<lead>(?<!\w)(?:" + _HOLIDAY_NOUN + r"|" + _HOLIDAY_NAME + r"))" + _S1
    + r")(?P<day>\d{1,2})/(?P<month>\d{1,2})-(?=\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/]))",
    _FLAGS,
)
# (counted with each run of spaces one, `_spaced_start`)
_HOLIDAY_REACH = max(_RAM_MONTH_CHARS, *map(len, [*_HOLIDAY_DAYS, *_LUNAR_FESTIVALS])) + 4  # a name, spaces, a bracket
_FESTIVAL_LAST_WORDS = frozenset(
    [*(name.rsplit(" ", 1)[-1] for name in _LUNAR_FESTIVALS), *_FESTIVAL_LINKS, *_LUNAR_MONTHS, *map(str, range(1, 13))]
)
_FESTIVAL_REACH = max(_RAM_MONTH_CHARS, *map(len, _LUNAR_FESTIVALS)) + 12  # a name, a link's word, spaces, a bracket
# A lunar festival's name that ends where a weekday's word would, "Tết Trung thu": "thu" is no Thursday
# (`_ordinal_weekday`).
_FESTIVAL_ENDING = _LazyPattern(r"(?r)(?<!\w)" + _FESTIVAL_NAME + r"\Z", _FLAGS)
_MARK_OPENERS = (" ", "\t", "\u00a0", "\u2007", "\u2009", "\u202f", "(")  # what a mark opens with, looked at first
# The words of a date's phrase that may stand between it and its lunar mark, with no clause break: a year's word, yearly
# or this year's, the next or the last ("ngày 15/8 năm nay âm lịch", "ngày 10/3 hằng năm (âm lịch)", "on 15/8 every year
# (lunar calendar)", "ngày 10/3 năm ngoái âm lịch"); after another word a mark is the clause's ("ngày 2/9 tỉnh tổ chức lễ
# âm lịch").
_IN_DATE_PHRASE = (
    r"(?:" + _YEARLY + r"|(?:n[ăa]m" + _S1 + r"(?:nay|t[ớo]i|sau|ngo[áa]i|tr[ưu][ớo]c)|(?:this|next|last)" + _S1 + r"year)"
    r"(?!\w))" + _S1
)
_MARK_OPENERS_TEXT = "".join(sorted(_MARK_OPENERS))
_LUNAR_MARK = re.compile(
    r"(?=[" + _MARK_OPENERS_TEXT + r"])" + _SS + r"(?:" + _IN_DATE_PHRASE + r")?"
    + r"(?:\(" + _SS + r"(?-i:AL)" + _SS + r"\)|(?:\(" + _SS + r")?(?=[âaltoibn"
    + "".join(sorted({name[0] for name in _LUNAR_FESTIVALS})) + r"])"
    r"(?:(?:(?:t[íi]nh" + _S1 + r")?theo|(?:of|in|on|by|according" + _S1 + r"to)" + _S1 + r"the)" + _S1 + r")?"
    r"(?:[âa]m" + _S1 + r"l[ịi]ch|l[ịi]ch" + _S1 + r"[âa]m(?!" + _S1 + _marked_or_not(_AM_OPENS) + r"(?!\w))"
    r"|(?-i:ÂL)|lunar(?:" + _S1 + r"calendar|" + _SS + r"\))"
    r"|(?P<named>n[ăa]m" + _S1 + _marked_or_not(_HEAVENLY_STEMS) + _S1 + _marked_or_not(_EARTHLY_BRANCHES)
    + r"|(?P<festival>" + _FESTIVAL_NAME + r"))))(?!\w)",
    re.IGNORECASE,
)
# What joins a lunar date to the end of its range, which is lunar too ("từ ngày 10/3 âm lịch đến ngày 12/3", "from March
# 10 (lunar calendar) to March 12"): a dash or a range's word, not a list's (the next date may be another calendar's:
# "ngày 10/3 âm lịch và ngày 2/9"), maybe after the mark's closing bracket, not after a comma, which closes the mark's
# clause ("ngày 10/3 âm lịch, đến ngày 2/9 tỉnh ...", by 2 September); a solar mark after the end keeps it ("đến ngày
# 19/4 dương lịch", "to April 19 (solar calendar)").
_LUNAR_RANGE_JOIN = _LazyPattern(r"(?:" + _SS + r"\))?" + _join("-–—", _RANGE_ONLY_WORDS, after_a_comma=False), _FLAGS)
_SOLAR_MARK = _LazyPattern(
    _SS + r"(?:\(" + _SS + r")?(?:theo" + _S1 + r")?(?:d[ưu][ơo]ng" + _S1 + r"l[ịi]ch|l[ịi]ch" + _S1 + r"d[ưu][ơo]ng"
    r"|(?:(?:of|in|on|by)" + _S1 + r"the" + _S1 + r")?solar" + _S1 + r"calendar|(?-i:DL))(?!\w)",
    _FLAGS,
)
# (a year's name or a festival's after a date whose year is written names that year or that day, a Gregorian date's
# twin: "Ngày 10/2/2024 (năm Giáp Thìn)", "Ngày 10/2/2024 (Tết Nguyên đán)"; a lunar date gives its year by the name
# alone, "ngày 14/12 năm Nhâm Dần")
_WRITTEN_YEAR = re.compile(r"\d{4}")

# What may surround a header on its line.
# A time zone that ends a header: "(GMT+7)", "UTC+07:00", "+07:00" (a bare offset only with a sign and hh:mm),
# or a zone's name alone, "GMT", "(UTC)", "ICT" (`_ZONE_NAMES`).
_ZONE_OFFSET = r"(?P<sign>[+\-])(?P<h>\d{1,2})(?::?(?P<mi>\d{2}))?"
# A zone's name alone right after the time or the date (spaces and a bracket between): after a bar it is a tail's
# word ("16:00 | UTC", a university's initials).
_NAMED_ZONE = r"(?<=[\p{L}\p{N}.][ \t\u00a0]*+\(?[ \t]*+)(?P<name>GMT|UTC|ICT)"
_HEADER_ZONE = _LazyPattern(
    r"[ \t\u00a0]*(?:\([ \t]*(?:(?:GMT|UTC)[ \t]*" + _ZONE_OFFSET + r"|" + _NAMED_ZONE + r")[ \t]*\)"
    r"|(?<!\p{L})(?:(?:GMT|UTC)[ \t]*" + _ZONE_OFFSET + r"|" + _NAMED_ZONE + r")"
    r"|(?P<sign>\+)(?P<h>\d{2}):(?P<mi>\d{2}))[ \t\u00a0]*$",
    regex.IGNORECASE,
)
# A zone named without an offset: its offset, as "+hh".
_ZONE_NAMES = {"gmt": "+00", "utc": "+00", "ict": "+07"}  # ICT: Indochina Time, Vietnam's own
# What may lead a header before its date: a label ("Cập nhật:", "Ngày đăng:", "Updated:", "Posted on"), its time
# ("16:00, Thứ 4, Ngày 05/01/2022"), or both ("Cập nhật lúc 16:00 ngày 05/01/2022").
_HEADER_LEAD = _LazyPattern(
    r"(?:(?:c[ậa]p" + _S1 + r"nh[ậa]t|ng[àa]y" + _S1 + r"[đd][ăa]ng|[đd][ăa]ng" + _S1 + r"ng[àa]y|updated|posted|published)"
    r"(?:" + _S1 + r"(?:l[úu]c|v[àa]o|on|at))?" + _SS + r":?" + _SS + r")?"
    r"(?:(?P<time>\d{1,2}[:h]\d{2}(?:" + _SS + r"(?:SA|CH|AM|PM))?)" + _SS + r"[,|\-–]?" + _SS + r")?",
    _FLAGS,
)
_HEADER_ZONE_CHARS = 24  # a zone and the spaces around it: searched for in a header's last characters only
_HEADER_EDGE = " \t\r\n\u00a0\u2007\u2009\u202f,;|-–—:."
# Where a header's tail may begin: a bar, or a dash between spaces, within a header's length of the start.
_HEADER_HEAD_CHARS = 100
_HEADER_TAIL = _LazyPattern(r"\s*(?:[|·]|\s(?:--?|[–—])\s)")
# A date of numbers alone, the year last; what an American portal's header has: an English weekday first, a
# 12-hour clock.
_NUMERIC_DATE = _LazyPattern(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
_ENGLISH_WEEKDAY_OPENING = _LazyPattern(r"[\s,.]*(?:" + "|".join(_EN_WEEKDAY_WORDS) + r")\b", regex.IGNORECASE)
_TWELVE_HOUR_CLOCK = _LazyPattern(r"\d\s*[AaPp]\.?[Mm]\b")
# Fast path for the usual portal header: "Thứ 4, Ngày 05/01/2022, 16:00".
_HEADER_FAST = _LazyPattern(r"[ \t]*Thứ ([2-7]), Ngày (\d{1,2})/(\d{1,2})/(\d{4})(?:, (\d{1,2}):(\d\d)(?::(\d\d))?)?[ \t]*")


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# The Vietnamese weekdays without their marks ("thu2", "thuhai", "chunhat"); apart from `WEEKDAYS`, whose ASCII
# keys are the English weekdays.
_UNMARKED_WEEKDAYS = {_without_marks(key): index for key, index in WEEKDAYS.items() if not key.isascii()}


def _weekday_index(written: str) -> int | None:
    key = "".join(written.casefold().split()).rstrip(".")
    return WEEKDAYS.get(key, _UNMARKED_WEEKDAYS.get(key))


def _infer_year(month: int, day: int, ref: datetime.date, cue: int | str | None = None) -> datetime.date | None:
    """The date month/day in ref.year-1, ref.year or ref.year+1 nearest to ref (earlier one on a tie); with
    a ``cue`` (`_YEAR_CUES`), the nearest on or ``"before"`` ref, on or ``"after"`` it (``"soon"``: after it
    within `_SOON_DAYS`, else the nearest), or in ref's year plus the cue's offset.

    >>> ref = datetime.date(2022, 3, 1)
    >>> [_infer_year(10, 1, ref, cue).isoformat() for cue in (None, "before", "after", "soon", -1, 0, 1)]
    ['2021-10-01', '2021-10-01', '2022-10-01', '2022-10-01', '2021-10-01', '2022-10-01', '2023-10-01']
    >>> _infer_year(2, 25, ref, "soon").isoformat()  # 2023-02-25 is too far ahead: came to
    '2022-02-25'
    """
    if cue == "soon":
        after = _infer_year(month, day, ref, "after")
        return after if after is not None and (after - ref).days <= _SOON_DAYS else _infer_year(month, day, ref)
    best: tuple[int, datetime.date] | None = None
    years = (ref.year - 1, ref.year, ref.year + 1) if cue is None or isinstance(cue, str) else (ref.year + cue,)
    for year in years:
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if (cue == "before" and candidate > ref) or (cue == "after" and candidate < ref):
            continue
        distance = abs((candidate - ref).days)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def _vietnamese_cue(
    m: regex.Match[str], s: str, g_date: int, date_text: str, sep: str | None, day_text: str, month_text: str,
    ngay: str | None, thang: str | None, wd: str | None, after: int | None,
) -> str | None:
    """How a year-less Vietnamese date is written and cued as one, None where it is not: a bare d/m with "/" or "-"
    and no spaces, after "ngày", a cue (`_CUE_BEFORE`; "beside" for yesterday's or tomorrow's: "hôm qua (4/1)") or a
    date that ends at ``after`` (`_follows_date`), or after "từ", from ("from": a date only where it borrows a year,
    `_build`: "từ 5/1 đến 10/1/2022", not "tăng từ 1/3 đến 1/2 diện tích"); "d tháng m" after "ngày" or a weekday
    ("5 tháng 1" alone may be a duration), or as a range's last day after its first days' "ngày" or a bare "từ"
    (`_range_cued`: "ngày 1-2 tháng 3"; after "từ" placed as a date, "Từ 15 đến 17 tháng 3,", not "từ 3 đến 6 tháng 2
    mũi"; not before "lần", a frequency: `_TIMES_AFTER`); no "d-m" before "tháng" and a number
    (`_MONTH_NAMED_AFTER`: "ngày 1-2 tháng 13" is no 1 February)."""
    if thang is not None:
        if ngay is not None or wd is not None:
            return "written"
        # (not a frequency, "định kỳ từ 3 đến 6 tháng 1 lần", once every 3 to 6 months)
        at, end = m.start(g_date), m.end(g_date)
        return "written" if _range_cued(s, at, end) and not _TIMES_AFTER.match(s, end) else None
    if len(date_text) != len(day_text) + len(month_text) + 1:
        return None
    if _MONTH_NAMED_AFTER.match(s, m.end(g_date), m.end(g_date) + _CUE_WINDOW) is not None:
        return None  # "ngày 1-2 tháng 3": days of the month "tháng" names (a range's, `_range_cued`), no day and month
    dotted = sep == "."  # (a decimal's or a number's form too: "ngay 1.5 triệu", immediately 1.5 million)
    at, end = m.start(g_date), m.end(g_date)
    if ngay is not None:
        return "written" if not dotted or _dotted_day_stands(s, ngay, end) else None
    cue = _CUE_BEFORE.search(s, max(0, at - _CUE_WINDOW), at)
    if cue is not None and not _cue_word_stands(s, cue):
        cue = None
    if dotted:  # "Sáng 14.3,", "Từ 15.3 đến 17.3.2022,"; not "Tối 2.5 triệu người xem", "từ 1.5 đến 2.5 triệu"
        word = None if cue is None or cue.group("bracket") else cue.group("word")
        if word is not None:
            return "written" if _dotted_day_stands(s, word, end) else None
        cued = _dotted_cued(s, after, at, end, int(day_text), int(month_text))
        return "written" if _dotted_date_placed(s, cued, end) else None
    # (a holiday's noun before it cues it as a date before it would: "dịp lễ 2/9", not "dịp 1/3 số hộ")
    follows = _follows_date(s, after, at, end, int(day_text), int(month_text))
    holiday = None if follows or cue is not None else _holiday_day(s, at, end, int(day_text), int(month_text))
    joined = follows or holiday is not None
    # (after "on" or "vào", a yearly clause's day: "every year on 2/9 and 1/1"; a day after them or a list's first day
    # that a calendar's mark follows: "on 10/3, 11/3 (solar calendar)", `_lead_or_list_marked`)
    yearly = cue is None and not joined and (_yearly_days(s, at, end) or _lead_or_list_marked(s, at, end))
    if cue is None and not joined and not yearly:  # "từ 5/1 đến …", from … to (no bare comma: "từ 2/3, …"; not "tăng từ 2/3 …")
        ranged = _YEAR_KEEPER_JOIN.match(s, end, end + _GLUED_REACH) if _after_from(s, at) else None
        if ranged is None:
            return None
        return "written" if _range_of_days(s, ranged.end(), int(day_text), int(month_text)) else "from"
    # (an end for the patterns after the date: without one, `regex` looks for their letters to the text's end)
    unmarked = cue is not None and cue.group("word") is not None and cue.group("word").isascii()
    # (a part of a count is no more than its whole: "vao sang 10/3 du an khoi cong" is a date, the project its subject;
    # not "of" a yearly word, the days' year: "on 2/9 and 1/1 of every year"; a time of day's word with its marks is a
    # sure cue, "Sáng 5/12 dự án cầu … khởi công": a Vietnamese lead's date, a fraction never follows it; nor a holiday's
    # own day after its name, "National Day 2/9 families hang flags")
    if (
        holiday != "own" and (joined or yearly or cue.group("range") or unmarked) and int(day_text) <= int(month_text)
        and _FRACTION_OF.match(s, end, end + _CUE_WINDOW) and not _YEARLY_AFTER.match(s, end, end + _GLUED_REACH)
    ):
        return None  # a range's, a list's or an unmarked word's date that a count follows: "từ ngày 1/3 đến 2/3 số xã"
    # (joined to a date, a "d-m" before a unit of time is a count's range, "ngày 15/3 và 1-2 ngày sau"; after its own
    # cue a date: "ngày 15-3 năm nay", this year's; "Sáng 20-11 Ngày Nhà giáo")
    if (cue is None or cue.group("range")) and _counts_time(s, end, sep, int(day_text), int(month_text)):
        return None
    if cue is None:
        return "written"
    if cue.group("bracket") and not _CLOSING.match(s, end, end + _CUE_WINDOW):
        return None  # "năm nay (2/3 kế hoạch)": no ")"
    return "beside" if cue.group("beside") else "written"


def _holiday_day(s: str, at: int, end: int, day: int, month: int) -> str | None:
    """How the d/m ``day``/``month`` from ``at`` to ``end`` is a holiday's day, None where it is none: "own" after a
    Gregorian holiday's name whose own day it is, whatever follows, a count's noun too (`_HOLIDAY_DAYS`: "Quốc tế Thiếu
    nhi 1/6 các em vui chơi", "National Day 2/9 families hang flags"), "cued" after a holiday's noun (`_HOLIDAY_BEFORE`)
    or a holiday's name and before the clause's end, a place's or a time's word (`_placed_after`) or a list's or a
    range's join and a digit (`_LIST_GOES_ON`); not before another word, the noun of what a fraction is a share of
    ("dịp Tết 2/3 công nhân", "Giáng sinh 2/3 gia đình", "Christmas 1/2 of the shops").

    >>> samples = ("dịp lễ 2/9, tỉnh", "nghỉ lễ 30/4 - 1/5 tỉnh", "dịp Tết 2/3 công nhân", "hội 2/9.", "Giáng sinh 2/3 nhà",
    ...            "Giáng sinh 24/12.", "National Day 2/9 families")
    >>> [_holiday_day(s, *(m := regex.search("([0-9]+)/([0-9]+)", s)).span(), *map(int, m.groups())) for s in samples]
    ['cued', 'cued', None, None, None, 'cued', 'own']
    """
    name = _holiday_name_before(s, at)
    if name is not None and (day, month) in _HOLIDAY_DAYS.get(name, ()):
        return "own"
    if name is None and _HOLIDAY_BEFORE.search(s, max(0, at - _CUE_WINDOW), at) is None:
        return None
    return "cued" if _placed_after(s, end) or _joined_to_a_day(s, end, day, month) else None


def _joined_to_a_day(s: str, end: int, day: int, month: int) -> bool:
    """Whether a list's or a range's join and a date follow the d/m ``day`` / ``month`` that ends at ``end``
    (`_LIST_GOES_ON`) and the two are days: one of them more than a whole, or the last, a bare d/m, a later day of the
    first's month (a holiday's break: "nghỉ lễ 1/9 - 4/9 người dân"; `_later_that_month`) or placed as a date
    (`_placed_after`); two no more than a whole before another word are shares, as after "từ" (`_range_of_days`),
    spaced or glued ("Dịp Tết 2/3 - 3/4 công nhân", two thirds to three quarters of the workers; "nghỉ lễ 30/4 - 1/5
    tỉnh", "Dịp Tết 2/3 - 3/4 tại tỉnh" days).

    >>> samples = ("30/4 - 1/5 tỉnh", "02/3 - 3/4 công nhân", "02/3–3/4 công nhân", "02/3 - 3/4 tại tỉnh", "02/3 và ngày 3/4",
    ...            "01/9 - 4/9 người dân", "02/9 - 1/9 người dân")
    >>> [_joined_to_a_day(s, 4, int(s[:2]), int(s[3])) for s in samples]
    [True, False, False, True, True, True, False]
    """
    joined = _LIST_GOES_ON.match(s, end, end + _GLUED_REACH)
    if joined is None:
        return False
    last = _bare_dm_at(s, joined.end())
    return (
        last is None or day > month or last[1] or _later_that_month(s, joined.end(), day, month)
        or _placed_after(s, last[0])
    )


def _later_that_month(s: str, at: int, day: int, month: int) -> bool:
    """Whether the bare d/m at ``at`` is a later day of ``month`` than ``day``: two shares' months are their
    denominators, which a list or a range of shares changes ("2/3 - 3/4", "1/2 và 2/3"), where a short break's days
    keep theirs ("1/9 - 4/9", "1/5 - 3/5").

    >>> [_later_that_month(s, 6, 1, 9) for s in ("1/9 - 4/9", "1/9 - 3/4", "1/9 - 1/9")]
    [True, False, False]
    """
    last = _BARE_DM_AT.match(s, at)
    return last is not None and int(last.group("m")) == month and int(last.group("d")) > day


def _holiday_name_before(s: str, at: int) -> str | None:
    """The name, its spaces made one, of the holiday right before ``at`` (`_HOLIDAY_NAME_BEFORE`: a Gregorian holiday's
    of `_HOLIDAY_DAYS` or a lunar festival's), if any.

    >>> [_holiday_name_before(s, len(s)) for s in ("mừng Giáng\u00a0sinh ", "nghỉ Tết Nguyên đán ", "Women’s Day (", "ở ")]
    ['giáng sinh', 'tết nguyên đán', "women's day", None]
    """
    named = _HOLIDAY_NAME_BEFORE.search(s, _spaced_start(s, at, _HOLIDAY_REACH), at)
    return None if named is None else " ".join(named.group("name").casefold().replace("’", "'").split())


def _spaced_start(s: str, at: int, reach: int) -> int:
    """The start of the ``reach`` characters of ``s`` before ``at``, each run of spaces among them counted as one: a
    name's words may be parted by the doubled spaces of a dump ("Revolutionary  Press  Day  (21/6)").

    >>> s = "On Revolutionary  Press  Day  (21/6)"
    >>> s[_spaced_start(s, s.index("21"), 25) :]
    'Revolutionary  Press  Day  (21/6)'
    """
    start = max(0, at - reach)
    while start > 0:
        # (the runs within it, the edges' left to the reach's slack; a split and a join cost a third of a `regex`
        # search, on every bare d/m's look-back)
        window = s[start:at].strip()
        wider = max(0, at - reach - (len(window) - len(" ".join(window.split()))))
        if wider >= start:
            break
        start = wider
    return start


def _dotted_day_stands(s: str, word: str, end: int) -> bool:
    """Whether a year-less d.m that ends at ``end`` after ``word``, "ngày" or a time of day's or a weekday's word, is a
    date: the word with its marks (or one that has none to lose, "khuya": `_DAY_PART_WORDS`), no unit or count after the
    d.m (`_DECIMAL_UNIT_AFTER`): "Ngày 1.5 là ngày Quốc tế Lao động", "Khuya 14.3,"; not "Mỗi ngày 1.5 tấn rác", "ngay
    1.5 ty" (immediately 1.5 billion).

    >>> [_dotted_day_stands(s, s.split()[0], s.index(".") + 2) for s in ("Ngày 1.5 là", "Tối 2.5 triệu", "ngay 1.5 là")]
    [True, False, False]
    """
    marked = not word.isascii() or word.casefold() in _DAY_PART_WORDS
    return marked and _DECIMAL_UNIT_AFTER.match(s, end, end + _CUE_WINDOW) is None


def _dotted_date_placed(s: str, cued: bool, end: int) -> bool:
    """Whether a year-less d.m that ends at ``end``, ``cued`` (`_dotted_cued`: after "từ" or a d.m date), is a date: the
    clause's end, a word that places it or gives its time (`_PLACE_OR_TIME_AFTER`) or its weekday in brackets
    (`_WEEKDAY_AFTER`) follows, or a range's join and a d.m dated or that one of them follows (`_DOTTED_RANGE_END`: "và
    15.3 đến chiều 17.3,", "Từ 15.3 đến 17.3.2022 hội chợ"); not a count's word, as after a decimal ("từ 1.5 đến 2.5
    triệu").

    >>> samples = ("và 14.3, hội", "và 1.5 tấn", "và 15.3 đến chiều 17.3 tại", "từ 1.5 đến 2.5 triệu")
    >>> [_dotted_date_placed(s, True, s.index(".") + 2) for s in samples]
    [True, False, True, False]
    """
    if not cued:
        return False
    if _placed_after(s, end) or _WEEKDAY_AFTER.match(s, end, end + _WEEKDAY_AFTER_REACH) is not None:
        return True
    last = _DOTTED_RANGE_END.match(s, end, end + _GLUED_REACH)
    return last is not None and (last.group("year") is not None or _placed_after(s, last.end()))


def _placed_after(s: str, end: int) -> bool:
    """Whether the clause's end or a place's or a time's word follows ``end`` (`_PLACE_OR_TIME_AFTER`)."""
    return _placing(s, end) is not None


def _placing(s: str, end: int) -> regex.Match[str] | None:
    """The clause's end or the place's or the time's word (its group "word") that follows ``end``, if any."""
    return _PLACE_OR_TIME_AFTER.match(s, end, end + _CUE_WINDOW)


# A range's join and its last date, a d.m, after a d.m (`_dotted_date_placed`: "Sáng 15.3 đến chiều 17.3", "từ 15.3 đến
# ngày 17.3.2022"); dated, the one last date that makes a d.m after a bare "từ" a date (`_dotted_cued`: two year-less d.m
# after "từ" are as often decimals, "Giá từ 1.5 đến 2.5.", "Từ 6.5 đến 7.5, tăng trưởng").
_DOTTED_LAST = _YEAR_KEEPER_JOIN.pattern + r"(?:ng[àa]y" + _S1 + r")?\d{1,2}\.\d{1,2}"
_DOTTED_RANGE_END = _LazyPattern(_DOTTED_LAST + r"(?P<year>\.\d{4})?(?!\d|\.\d)", _FLAGS)
_DOTTED_DATED_END = _LazyPattern(_DOTTED_LAST + r"\.\d{4}(?!\d)", _FLAGS)
# A d.m date that ends where a list's or a range's join starts (`_dotted_cued`: a writer keeps one form in a list, so
# "ngày 15.3 và 16.3" is two dates, "ngày 15/3 và 1.5" a date and a decimal).
_DOTTED_DATE_BEFORE = _LazyPattern(r"\d\.\d{1,2}(?:\.\d{4})?\Z")


def _dotted_cued(s: str, after: int | None, at: int, end: int, day: int, month: int) -> bool:
    """Whether a year-less d.m (``day`` . ``month``) from ``at`` to ``end`` with no day's word before it
    (`_dotted_day_stands`) is cued as a date may be (`_dotted_date_placed` asks what follows): after "từ" (not
    after a verb of amount, `_after_from`, nor a noun of scores, `_scored_subject`) before a join and a dated d.m
    (`_DOTTED_DATED_END`: "Từ 15.3 đến 17.3.2022", not "Giá từ 1.5 đến 2.5.") or after a range's or a list's join to a
    d.m date that ends at ``after`` (`_follows_date`, `_DOTTED_DATE_BEFORE`: "ngày 15.3 và 16.3", not "ngày 15/3 và 1.5").

    >>> samples = ("Từ 15.3 đến 17.3.2022", "Tỷ lệ từ 15.3 đến 17.3.2022", "Từ 15.3 đến 17.3,")
    >>> [_dotted_cued(s, None, s.index("1"), s.index("1") + 4, 15, 3) for s in samples]
    [True, False, False]
    """
    if _after_from(s, at):
        return not _scored_subject(s, at) and _DOTTED_DATED_END.match(s, end, end + _GLUED_REACH) is not None
    dotted_before = after is not None and _DOTTED_DATE_BEFORE.search(s, max(0, after - _GLUED_REACH), after) is not None
    return dotted_before and _follows_date(s, after, at, end, day, month)


# A range's last date, a bare d/m, after the join that follows its first (`_bare_dm_at`).
_BARE_DM_AT = _LazyPattern(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?!\d|/\d)")


def _bare_dm_at(s: str, at: int) -> tuple[int, bool] | None:
    """Where a bare d/m at ``at`` ends and whether it is more than a whole (its day above its month, no share); None
    where none stands there (`_range_of_days`, `_from_led`).

    >>> _bare_dm_at("17/3 tại", 0), _bare_dm_at("5/10.", 0), _bare_dm_at("5/10/2022", 0)
    ((4, True), (4, False), None)
    """
    last = _BARE_DM_AT.match(s, at)
    return None if last is None else (last.end(), int(last.group("d")) > int(last.group("m")))


def _range_of_days(s: str, at: int, day: int, month: int) -> bool:
    """Whether a bare d/m (``day`` / ``month``) after "từ" and its range's join, before ``at``, ranges over days to a bare
    d/m at ``at``: one of the two is more than a whole ("từ 15/3 đến 17/3", "từ 30/12 - 2/1"); two that are no more
    than a whole are shares, whatever follows ("từ 1/3 đến 1/2", a third to a half).

    >>> [_range_of_days(s, 9, int(s[3]), int(s[5])) for s in ("từ 5/3 - 17/3", "từ 1/3 - 1/2 số", "từ 1/3 - 1/2/2022")]
    [True, False, False]
    """
    last = _bare_dm_at(s, at)
    return last is not None and (day > month or last[1])


def _counts_time(s: str, end: int, sep: str, day: int, month: int) -> bool:
    """Whether a year-less "d-m", or a "d/m" no more than a whole (``day`` up to ``month``), that ends at ``end`` counts
    time: a "d-m" before a unit of time (`_COUNT_UNIT_AFTER`: "1-2 ngày sau", "2-3 tuần"), a "d/m" before one and a word
    that places the time from another (`_COUNT_UNIT_AWAY`: "1/2 ngày sau", half a day later).

    >>> [_counts_time(s, 3, s[1], 1, 2) for s in ("1/2 ngày sau", "1-2 ngày", "1/2 ngày", "1/2 days later", "1/2 năm sau")]
    [True, True, False, True, False]
    """
    if sep == "-":
        return _COUNT_UNIT_AFTER.match(s, end) is not None
    # (not before a year's cue: "và 2/3 năm trước" is 2 March last year, as "và 20/3 năm trước" is 20 March)
    return day <= month and _COUNT_UNIT_AWAY.match(s, end) is not None and _YEAR_CUE_AFTER.match(s, end) is None


def _range_cued(s: str, at: int, end: int) -> bool:
    """Whether a range's or a list's first day or date after "ngày" and its join stand right before the last date from
    ``at`` to ``end`` (`_CUE_BEFORE`'s "range"), whose "ngày" is the last day's too: "ngày 1-2 tháng 3" is the 1st and the
    2nd of March (the last read alone, "2 tháng 3" may be a duration; the range unread, "ngày 1-2" read 1 February); or a
    first day after "từ", from, not after a verb of amount (`_FROM_DAY_JOINED`, `_after_from`), the last not before a
    word that counts what each month holds (`_PER_MONTH_COUNT_AFTER`: "Từ 15 đến 17 tháng 3 đoàn về"; not "tăng từ 1 đến
    2 tháng 3", nor "từ 3 đến 6 tháng 2 mũi", two doses every 3 to 6 months).

    >>> _range_cued("ngày 1 - 2 tháng 3", 9, 18), _range_cued("số ngày 1 - 2 tháng 3", 13, 22)
    (True, False)
    >>> [_range_cued(s, s.index("đến") + 4, len(s) - 4) for s in ("Từ 15 đến 17 tháng 3 tại", "tăng từ 1 đến 2 tháng 3 tại")]
    [True, False]
    >>> _range_cued("từ 3 đến 6 tháng 2 mũi", 9, 18), _range_cued("trong 2 tháng 3", 6, 15)
    (False, False)
    >>> _range_cued("từ 20 - 22 tháng 3 đoàn về", 8, 19)
    True
    """
    window = max(0, at - _CUE_WINDOW)
    cue = _CUE_BEFORE.search(s, window, at)
    if cue is not None and cue.group("range") is not None:
        return True
    first = _FROM_DAY_JOINED.search(s, window, at)
    return first is not None and _after_from(s, first.start()) and _PER_MONTH_COUNT_AFTER.match(s, end) is None


# A range's first day after "từ" and its join, right before its last "d tháng m" ("Từ 15 đến 17 tháng 3": `_range_cued`).
_FROM_DAY_JOINED = _LazyPattern(r"(?<![\w/.])\d{1,2}" + _SS + _RANGE_JOIN_VI + _SS + r"\Z", _FLAGS)


def _cue_word_stands(s: str, cue: regex.Match[str]) -> bool:
    """Whether a cue before a date (`_CUE_BEFORE`) stands as one: its word with its marks, or one without them where a
    word with them would stand (`_NOT_A_CUE_AFTER`).

    >>> [_cue_word_stands(s, _CUE_BEFORE.search(s)) for s in ("Doi chieu ", "vao chieu ", "Mr. Chieu ", "Mr. Chiều ")]
    [False, True, False, True]
    """
    word = cue.group("word")
    if word is None or not word.isascii():
        return True
    at = cue.start("word")
    return _NOT_A_CUE_AFTER.search(s, max(0, at - _CUE_WINDOW), at) is None


def _follows_date(s: str, after: int | None, at: int, end: int, day: int, month: int) -> bool:
    """Whether the bare d/m from ``at`` to ``end`` (``day`` / ``month``) follows a date that ends at ``after`` across
    what joins a range's or a list's dates in Vietnamese (`_DATES_JOIN`); across a bare comma only where the list goes
    on after it (`_LIST_GOES_ON`: "các ngày 3/1, 5/1 và 7/1/2021"; not "Ngày 5/1, 2/3 diện tích lúa bị ngập", two
    thirds), and not where it ends in a fraction of a count (`_FRACTIONS_ON`: "Đến ngày 31/12, 3/4 và 2/3 số xã").

    Where the list is of days after "ngày" that rise to the bare d/m's day, it is one across a bare comma too
    (`_days_rise_to`: "Hội nghị ngày 3, 5, 7/1 tại tỉnh", "ngày 3, 5, 7/8 tại tỉnh"; not "Ngày 5, 2/3 diện tích"); after
    "on", across "and" too (`_ENGLISH_LIST_JOIN`: "on 3, 5 and 7/1").

    >>> _follows_date("ngày 3/1, 5/1 và 7/1", 8, 10, 13, 5, 1), _follows_date("Ngày 5/1, 2/3 diện tích", 8, 10, 13, 2, 3)
    (True, False)
    >>> _follows_date("ngày 3, 5, 7/1 tại tỉnh", 9, 11, 14, 7, 1), _follows_date("ngày 4, 5, 1/2 tại", 9, 11, 14, 1, 2)
    (True, False)
    >>> _follows_date("ngày 3, 5, 7/8 tại tỉnh", 9, 11, 14, 7, 8), _follows_date("ngày 3, 5, 7/8 số hộ", 9, 11, 14, 7, 8)
    (True, False)
    >>> _follows_date("ngày 1, 2/3 trên tổng số hộ", 6, 8, 11, 2, 3)
    False
    >>> _follows_date("on 3, 5 and 7/1", 7, 12, 15, 7, 1), _follows_date("on January 5 and 4-3", 12, 17, 20, 4, 3)
    (True, False)

    A calendar's mark after it or the list it goes on to names it a date (`_list_marked`: "ngày 10/3, 11/3 âm lịch",
    "on 10/3, 11/3 and 12/3 (solar calendar)").
    """
    if after is None:
        return False
    # (a night's day into the next morning: "Dem 14 rang sang 15/3", whose unmarked "sang" cues nothing)
    if (join := _DATES_JOIN.fullmatch(s, after, at) or _INTO_DAWN_JOIN.fullmatch(s, after, at)) is None:
        return _ENGLISH_LIST_JOIN.fullmatch(s, after, at) is not None and (
            _days_rise_to(s, after, end, day, month) or _slashed_pair(s, after, at, end)
        )
    if join.group().strip() != ",":
        return True
    goes_on = (
        _days_rise_to(s, after, end, day, month)
        or _LIST_GOES_ON.match(s, end, end + _GLUED_REACH) is not None
        or _ENGLISH_LIST_GOES_ON.match(s, end, end + _GLUED_REACH) is not None
        or _list_marked(s, end)
    )
    return goes_on and _FRACTIONS_ON.match(s, end, end + _GLUED_REACH) is None


# A d/m date, its year maybe written, that ends where an English list's join starts (`_slashed_pair`).
_SLASHED_DATE_BEFORE = _LazyPattern(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?\Z")
_SLASHED_REACH = len("31/12/2022")


def _slashed_pair(s: str, after: int, at: int, end: int) -> bool:
    """Whether the bare d/m from ``at`` to ``end`` and the date that ends at ``after`` are both written with "/": a
    writer keeps one form in a list, so "National Day 2/9 and 3/9" is two dates; a score after a date is written with a
    dash, "won on January 5 and 4-3".

    >>> _slashed_pair("on 2/9 and 3/9", 6, 11, 14), _slashed_pair("on January 5 and 4-3", 12, 17, 20)
    (True, False)
    """
    return "/" in s[at:end] and _SLASHED_DATE_BEFORE.search(s, max(0, after - _SLASHED_REACH), after) is not None


# A list's bare d/m after a bare d/m (`_LISTED_DM_JOIN`), walked to its end within a reach (linear on a long list).
_LISTED_DMS = _LazyPattern(r"(?:" + _LISTED_DM_JOIN + _BARE_DM + r")*+", _FLAGS)


def _list_marked(s: str, end: int) -> bool:
    """Whether a calendar's mark (`_calendar_marked`) follows the bare d/m that ends at ``end`` or the list of bare d/m
    it opens: a date, as in Vietnamese after "ngày", in English after "on" ("on 10/3, 11/3 (solar calendar)", "vào 10/3
    và 11/3 dương lịch"); a lunar one `_solar` drops.

    >>> [_list_marked(s, 4) for s in ("10/3, 11/3 (solar calendar)", "10/3 âm lịch", "10/3, 11/3 số hộ")]
    [True, True, False]
    """
    return _calendar_marked(s, _listed_end(s, end))


def _listed_end(s: str, end: int) -> int:
    """Where the list of bare d/m (`_LISTED_DMS`) that the bare d/m ending at ``end`` opens ends (``end`` for none).

    >>> _listed_end("10/3, 11/3 (DL)", 4), _listed_end("10/3 (DL)", 4)
    (10, 4)
    """
    return _LISTED_DMS.match(s, end, end + _GLUED_REACH).end()


# The nouns a share's or a numbered unit's d/m follows: a rate or a ratio, a zone, a unit below the commune (a hamlet, a
# quarter, a residents' group), a team, a class, a room, a lot, a house's or an alley's number ("Tỷ lệ 2/3, 3/4 (DL)",
# "Khu 2/3, 3/4 dương lịch", "Tổ 2/3, 3/4", "Ấp 2/3", "Ratio 2/3, 3/4 (solar calendar)", "Hẻm 2/3"): numbering, no date's
# lead, whatever mark follows (a look behind matched at the number). The Vietnamese with the marks or without, but for a
# bare form that is an English word a date may follow: "tổ" is no "to" ("moved to 2/3, 3/4 (solar calendar)").
_SHARE_LEADS_VI = (
    "tỷ lệ", "tỉ lệ", "tỷ số", "tỉ số", "khu", "phân khu", "khu phố", "tiểu khu", "ấp", "thôn", "xóm", "bản", "tổ", "đội",
    "lớp", "phòng", "lô", "số", "số nhà", "hẻm", "ngõ", "ngách", "kiệt",
)  # fmt: skip
_SHARE_LEADS_EN = ("ratio", "rate", "share", "zone", "hamlet", "quarter", "group", "team", "class", "room", "lot", "no.",
                   "alley", "lane")
_ENGLISH_BARE_FORMS = frozenset({"to", "so", "ban"})  # ("tổ", "số", "bản" without their marks)
_SHARE_LEAD = _LazyPattern(
    r"(?<=(?<!\w)" + _alt([*_forms(_SHARE_LEADS_VI, _ENGLISH_BARE_FORMS), *_SHARE_LEADS_EN])
    + _S1 + r")",
    _FLAGS,
)


def _lead_or_list_marked(s: str, at: int, end: int) -> bool:
    """Whether the bare d/m from ``at`` to ``end``, after "on" or "vào" (`_YEARLY_DAYS_LEAD`) or opening a list of bare
    d/m, has a calendar's mark after it or the list (`_calendar_marked`); a lone d/m without a lead may be a share or a
    zone's number, whatever mark follows: "Tỷ lệ 2/3 (DL) đạt", "(DL)" short for "du lịch" too, "Khu 2/3 dương lịch".

    >>> [_lead_or_list_marked(s, 3, 7) for s in ("on 10/3 (DL)", "Lễ 10/3, 11/3 (DL)", "Tổ 10/3 dương lịch")]
    [True, True, False]
    >>> _lead_or_list_marked("Khu 2/3, 3/4 (DL)", 4, 7), _lead_or_list_marked("Tỷ lệ 2/3 (DL)", 6, 9)
    (False, False)
    >>> _lead_or_list_marked("Ratio 2/3, 3/4 (solar calendar)", 6, 9), _lead_or_list_marked("Ap 2/3, 3/4 (DL)", 3, 6)
    (False, False)
    """
    if _SHARE_LEAD.match(s, at) is not None:
        return False
    last = _listed_end(s, end)
    return (last > end or _YEARLY_DAYS_LEAD.match(s, at) is not None) and _calendar_marked(s, last)


def _calendar_marked(s: str, end: int) -> bool:
    """Whether a calendar's mark, lunar (`_LUNAR_MARK`) or solar (`_SOLAR_MARK`), follows the date that ends at ``end``.

    >>> [_calendar_marked(s, 4) for s in ("11/3 âm lịch", "11/3 (dương lịch)", "11/3 diện tích")]
    [True, True, False]
    """
    if not s.startswith(_MARK_OPENERS, end):
        return False
    return _LUNAR_MARK.match(s, end) is not None or _SOLAR_MARK.match(s, end, end + _GLUED_REACH) is not None


# A list's days after "ngày" or "on" ("các ngày 3, 5" before ", 7/1"), searched for with endpos = where they end.
_LISTED_DAYS = _LazyPattern(r"(?<!\w)(?:ng[àa]y|on)" + _S1 + r"(?P<day>\d{1,2})" + _MORE_DAYS + r"\Z", _FLAGS)
# What follows a date and not a fraction, which a count follows ("ngày 3, 5, 7/8 số hộ"): the clause's end (a line's
# too), or a word that places it or gives its time ("ngày 3, 5, 7/8 tại tỉnh", "ở", "lúc", "vào lúc", "trên địa bàn",
# "năm nay", "vừa qua"), with the marks or without; not such a word before a count, the whole of which the fraction is
# a part ("ngày 1, 2/3 trên tổng số hộ", two thirds of all households; "trên số xã").
# ("năm", year, only before a number or a word that names the year, "năm nay", "năm 2022", "năm học" (the school
# year): "12 tháng 2 năm." is a length of stay, "từ 6 đến 12 tháng 2 năm", 6 to 12 months for 2 years)
_PLACE_OR_TIME_WORDS = ("tại", "ở", "lúc", "vào", "trên", "vừa", "at")
_YEAR_NAMED_BY = ("nay", "ngoái", "trước", "sau", "tới", "học")
_YEAR_NAM = r"n[ăa]m(?=" + _S1 + r"(?:\d|" + _marked_or_not(_YEAR_NAMED_BY) + r"(?!\w)))"
_PLACE_OR_TIME_AFTER = _LazyPattern(
    _SS + r"(?:[,.;:!?)\r\n]|\Z|(?P<word>" + _marked_or_not(_PLACE_OR_TIME_WORDS) + r"|" + _YEAR_NAM + r")"
    + r"(?!\w)(?!(?:" + _S1 + r"t[ổo]ng)?" + _OF_A_COUNT + r"))",
    _FLAGS,
)
# The words that count what a month holds, after "từ a đến b tháng n": a frequency, "từ 3 đến 6 tháng 2 mũi" (two doses
# every 3 to 6 months), "tháng 2 đợt", "tháng 1 ngày", "tháng 1 buổi", or a length, "từ 6 đến 12 tháng 2 năm" ("năm" not
# before a number or a year's word, "tháng 5 năm nay"); before another word, the clause's subject, the range is of days:
# "Từ 15 đến 17 tháng 3 đoàn công tác của tỉnh làm việc tại Nhật Bản" (`_range_cued`).
_PER_MONTH_COUNTS = (
    "lần", "mũi", "liều", "đợt", "kỳ", "kì", "buổi", "lượt", "chuyến", "khóa", "khoá", "cữ", "bữa", "ngày", "tuần",
)  # fmt: skip
_PER_MONTH_COUNT_AFTER = _LazyPattern(
    _S1 + r"(?:" + _marked_or_not(_PER_MONTH_COUNTS) + r"|(?!" + _YEAR_NAM + r")n[ăa]m)(?!\w)",
    _FLAGS,
)


def _days_rise_to(s: str, after: int, end: int, day: int, month: int) -> bool:
    """Whether the text before ``after`` ends in a list of days after "ngày" or "on" that rise, each above the one before, to
    ``day``, and the d/m ``day`` / ``month`` that ends at ``end`` is no fraction: its day above its month, or a place's
    or a time's word or the clause's end after it (`_PLACE_OR_TIME_AFTER`). A count's fractions do not rise, "ngày 4, 5,
    1/2"; "ngày 1, 2/3 diện tích" is on the 1st, two thirds of the area; "ngày 3, 5, 7/8 tại tỉnh" is a list of dates."""
    if day <= month and not _placed_after(s, end):
        return False
    days = _LISTED_DAYS.search(s, max(0, after - _GLUED_REACH), after)
    if days is None:
        return False
    numbers = [*map(int, days.captures("day")), day]
    return all(earlier < later for earlier, later in zip(numbers, numbers[1:], strict=False))


def _yearless_date(
    m: regex.Match[str], s: str, g_date: int, month: int, day: int, ref: datetime.date | None,
    lenders: dict[int, DateMatch | None] | None, kept: DateMatch | None, named_only: bool,
) -> tuple[datetime.date, bool] | None:
    """The date of a year-less day and month, and whether its year is inferred (from ``ref``) rather than written
    near it: in the year of a date after it that lends one (`_year_lender`, its year inferred where the lender's is);
    else the one its year's cue names (`_YEAR_CUE_AFTER`, against ``ref``); else that of ``kept``, a dated date joined
    before it (`_kept_year`); else, unless ``named_only``, the nearest to ``ref``. None
    where there is none."""
    lender = _year_lender(s, m.end(), ref, lenders)
    if lender is not None and _month_day(lender) != (month, day):
        lent = _year_beside(month, day, lender, before=True)
        return (lent, lender.year_inferred) if lent is not None else None
    cue_at = m.end(g_date)
    year_cue = _YEAR_CUE_AFTER.match(s, cue_at, cue_at + _GLUED_REACH)
    if year_cue and year_cue.lastgroup == "soon" and _FROM_BEFORE.search(s, max(0, m.start() - _CUE_WINDOW), m.start()):
        year_cue = None  # "từ ngày 1/3 tới ngày 5/3 sẽ …": from … to
    if year_cue is None and kept is not None and _month_day(kept) != (month, day):
        the_date = _year_beside(month, day, kept, before=False)
        return (the_date, False) if the_date is not None else None
    if ref is None or (named_only and year_cue is None):
        return None
    found = _infer_year(month, day, ref, _YEAR_CUES[year_cue.lastgroup] if year_cue else None)
    return (found, True) if found is not None else None


def _year_lender(s: str, at: int, ref: datetime.date | None, lenders: dict[int, DateMatch | None] | None) -> DateMatch | None:
    """The date whose year is named that a year-less date ending at ``at`` borrows its year from: the date joined
    after it (`_YEAR_LENDER_JOIN`), with its year written or named by a cue, or borrowed so in turn from the date joined
    after it, down a list of any length, or the first date of a range joined after it (`_joined_date`); None where there
    is none, or no ``lenders``. A list is walked once, left to right, and read back right to left: ``lenders`` keeps each
    date's lender by where the date ends.

    >>> _year_lender("30/3 - 2/4/2022", 4, None, {}).text, _year_lender("30/3, 2 people", 4, None, {})
    ('2/4/2022', None)
    >>> _year_lender("ngày 3/1, 5/1, 7/1, 9/1 và 11/1/2021", 8, None, {}).value
    '2021-01-05'
    >>> _year_lender("ngày 28/3 và ngày 2/4-5/4/2021", 9, None, {}).text
    'ngày 2/4'
    """
    if lenders is None:
        return None
    if at in lenders:
        return lenders[at]
    joined: list[tuple[int, regex.Match[str], _Kit]] = []  # where each date before ends, the date joined, its kit
    end = at
    while (date := _joined_date(s, end, ref)) is not None:
        if isinstance(date, DateMatch):  # a range's first date, its year named
            lenders[end] = date
            break
        joined.append((end, *date))
        end = date[0].end()
        if date[0].group("y") is not None or date[0].group("d") is None or end in lenders:
            break  # a date that asks for no year (it has one, or is a month), or one whose lender is known
    else:
        lenders[end] = None
    for before, m, kit in reversed(joined):
        lenders[before] = _build(m, s, ref, kit, lenders, after=before, named_only=True)
    return lenders[at]


def _joined_date(s: str, end: int, ref: datetime.date | None) -> tuple[regex.Match[str], _Kit] | DateMatch | None:
    """The match of the one date that may start right after what joins it (`_YEAR_LENDER_JOIN`) to a date ending at
    ``end``, and its kit; or, where a range opens there whose year is written or named by a cue after it, its first date,
    read as the scan reads a range (`_read_range`, in a window of the text, the range alone: "ngày 2/4-5/4/2021", "ngày 28
    - 30/3/2021"); None where none does."""
    join = _YEAR_LENDER_JOIN.match(s, end, end + _GLUED_REACH)
    if join is None:
        return None
    start = join.end()
    window = s[start : start + _GLUED_REACH]
    low = _lower(window)
    if (kit_name := _start_kit(low, 0)) is None:
        return None
    if (opening := _range_opening(low, 0, kit_name)) is not None and (dates := _read_range(window, opening, ref, None, True)[0]):
        return dates[0]
    if (m := (kit := _kit(kit_name))[0].match(s, start, **_time_limit(s))) is None:
        return None
    return m, kit


def _year_beside(month: int, day: int, other: DateMatch, before: bool) -> datetime.date | None:
    """The date month/day in the year of the dated ``other`` date it comes ``before`` (or after), in the year before
    (or after) where the order asks it; None where there is none (29 February).

    >>> _year_beside(12, 30, parse_date("2/1/2023"), True), _year_beside(1, 2, parse_date("30/12/2021"), False)
    (datetime.date(2022, 12, 30), datetime.date(2022, 1, 2))
    """
    year, other_month = int(other.value[:4]), int(other.value[5:7])
    if other.precision == "month":  # "30/3 - tháng 4/2022": the month's end, or its start
        other_day = 31 if before else 1
    else:
        other_day = int(other.value[8:10])
    if before and (month, day) > (other_month, other_day):
        year -= 1
    elif not before and (month, day) < (other_month, other_day):
        year += 1
    try:
        return datetime.date(year, month, day) if MIN_YEAR <= year <= MAX_YEAR else None
    except ValueError:
        return None


def _month_day(found: DateMatch) -> tuple[int, int | None]:
    """A date's month and day (None at month precision)."""
    return int(found.value[5:7]), None if found.precision == "month" else int(found.value[8:10])


def _clock(text: str, period: str | None) -> tuple[int, int, int | None] | None:
    """(hour, minute, second or None) of a written time, or None when it is not a valid time."""
    if len(text) in (4, 5) and text[-3] == ":" and text.isascii():  # the common H:MM / HH:MM, without the regex
        hour_text, minute_text, second_text, ap = text[:-3], text[-2:], None, None
    else:
        m = _CLOCK.fullmatch(text, **_time_limit(text))
        if m is None:
            return None
        hour_text, minute_text, second_text, ap = m.groups()
    hour = int(hour_text)
    minute = int(minute_text) if minute_text else 0
    second = int(second_text) if second_text else None
    if ap:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap[0] in "pPC" else 0)
    elif period:
        if period.casefold() not in _PERIODS:  # matched case-insensitively: "ſ" is an "s" there, not in lower()
            return None
        keep, add = _PERIODS[period.casefold()]
        if hour in add:
            hour += 12
        elif hour not in keep:
            return None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None
    return hour, minute, second


def _tz_offset(text: str) -> datetime.timezone:
    if text.upper() == "Z":
        return datetime.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) > 2 else 0)
    return datetime.timezone(sign * datetime.timedelta(minutes=minutes))


def _format_time(day: datetime.date, hms: tuple[int, int, int | None]) -> str:
    hour, minute, second = hms
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second or 0:02d}+07:00"


def _build(
    m: regex.Match[str], s: str, ref: datetime.date | None, kit: _Kit, lenders: dict[int, DateMatch | None] | None = None,
    kept: DateMatch | None = None, after: int | None = None, named_only: bool = False,
) -> DateMatch | None:
    """Turn one raw match of kit's pattern into a DateMatch, or None when it is not a valid, reportable date. A
    year-less one is dated by `_yearless_date`: it may borrow the year of a date after it (``lenders``: `_year_lender`),
    keep that of a dated date joined before it (``kept``: `_kept_year`), be cued by a date that ends at ``after``, and
    with ``named_only`` takes no year nearest ``ref``."""
    _, pick, g_date, g_ngay = kit
    (date_text, year_text, sep, month_text, day_text, time_text, tz, period, kvn, ptime, pper, wd, ngay, thang, mname,
     wdbr) = pick(m.groups() + (None,))
    if mname is not None:
        key = mname.rstrip(".").casefold()  # matched case-insensitively: "1ſep" (a long s) is September's
        if key not in MONTHS:
            return None
        month = MONTHS[key]
        if mname[0].islower() and (key in _AMBIGUOUS_LOWER_MONTHS or key not in _FULL_MONTHS or year_text is None):
            return None
    else:
        month = int(month_text)
    if not 1 <= month <= 12:
        return None

    if day_text is None:  # month precision (tháng 1/2022, July 2021)
        year = int(year_text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        start, end = m.span(g_date)
        return DateMatch(s[start:end], f"{year:04d}-{month:02d}", "month", None, False, (start, end))

    day = int(day_text)
    inferred = year_text is None
    if inferred:
        cue = "written" if kvn is None else _vietnamese_cue(
            m, s, g_date, date_text, sep, day_text, month_text, ngay, thang, wd, after
        )
        if cue == "from" and _year_lender(s, m.end(), ref, lenders) is None:
            return None  # "tăng từ 1/3 đến 1/2 diện tích": a fraction, unless the range's end names its year
        dated = None if cue is None else _yearless_date(m, s, g_date, month, day, ref, lenders, kept, named_only)
        if dated is None or (cue == "beside" and (ref is None or abs((dated[0] - ref).days) > _BESIDE_DAYS)):
            return None
        the_date, inferred = dated
    else:
        year = int(year_text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        try:
            the_date = datetime.date(year, month, day)
        except ValueError:
            return None

    start, end = m.span()
    if wd is not None and _ordinal_weekday(s, *m.span("wd")):  # "Kỳ họp thứ Ba (10/1/2022)": the date alone
        wd, start = None, m.start(g_ngay) if ngay is not None else m.start(g_date)
        end = end if wdbr is None else m.start("wdclose")
    precision = "day"
    value = the_date.isoformat()
    before = False
    if time_text is None and ptime is not None:
        time_text, period, before = ptime, pper, True
    if time_text is not None:
        hms = _clock(time_text, period)
        if hms is None:  # not a valid time: report the date alone
            if before:
                start = m.start(g_ngay) if ngay is not None else m.start(g_date)
            else:
                end = m.end(g_date)
        else:
            precision = "minute" if hms[2] is None else "second"
            if tz is not None:
                stamp = datetime.datetime(
                    the_date.year, the_date.month, the_date.day, hms[0], hms[1], hms[2] or 0, tzinfo=_tz_offset(tz)
                ).astimezone(VN_TZ)
                the_date = stamp.date()
                hms = (stamp.hour, stamp.minute, hms[2] if hms[2] is None else stamp.second)
            value = _format_time(the_date, hms)

    if wd is None and s.find("(", end, end + _WEEKDAY_AFTER_GAP) >= 0:
        after = _WEEKDAY_AFTER.match(s, end, end + _WEEKDAY_AFTER_REACH)
        wd, end = (after.group("wd"), after.end()) if after is not None else (None, end)
    weekday_ok: bool | None = None
    if wd is not None:
        index = _weekday_index(wd)
        weekday_ok = index == the_date.weekday() if index is not None else None
    return DateMatch(s[start:end], value, precision, weekday_ok, inferred, (start, end))


_VI_WEEKDAY = _LazyPattern(_WD_VI, _FLAGS)
# A weekday alone in brackets right after its date, as the Vietnamese portal writes it: "Sáng 5/1 (thứ Năm)", "5/1/2023
# (thứ Năm)", "January 5, 2023 (Thursday)"; checked as one before it is (not "(thứ Năm và thứ Sáu)", "(lần thứ 2)").
# Looked for in `_build` where a bracket follows the date, maybe after a few spaces of any kind ("5/1/2023  (thứ Năm)",
# a tab, a thin space: `str.find` within `_WEEKDAY_AFTER_GAP`), not by the kits' patterns, whose optional group tried
# after every date cost `find_dates` 1 to 1.5 %.
_WEEKDAY_AFTER = _LazyPattern(_SS + r"\(" + _SS + r"(?P<wd>" + _WD_VI + r"|" + _WD_EN + r")" + _SS + r"\)", _FLAGS)
_WEEKDAY_AFTER_GAP = 4  # the bracket after at most three spaces
_WEEKDAY_AFTER_REACH = 24  # the bracket, a weekday's longest name ("Wednesday", "Chủ nhật") and spaces
_WORD_BEFORE = _LazyPattern(r"\w" + _S1 + r"\Z", _FLAGS)
_WEEKDAY_LEAD_BEFORE = _LazyPattern(_WEEKDAY_LEAD + r"\Z", _FLAGS)


def _ordinal_weekday(s: str, start: int, end: int) -> bool:
    """Whether the weekday written from ``start`` to ``end`` is an ordinal or a name's: a Vietnamese one after a word,
    but for a word that makes it a weekday (`_WEEKDAY_LEAD`); an English one that ends a lunar festival's name
    (`_FESTIVAL_ENDING`: "Tết Trung thu 15/8", "Nhân dịp Trung Thu (15/8)").

    >>> [_ordinal_weekday(s, s.index("thứ"), len(s)) for s in ("Kỳ họp thứ Ba", "lần thứ 2", "vào thứ Ba", "Sáng thứ 3")]
    [True, True, False, False]
    >>> [_ordinal_weekday(s, s.index("thứ"), len(s)) for s in ("UBND tỉnh họp thứ Tư", "phiên họp thứ Tư")]
    [False, True]
    >>> _ordinal_weekday("Ngày làm việc thứ hai", 14, 21), _ordinal_weekday("Tết Trung thu", 10, 13)
    (True, True)
    """
    if _VI_WEEKDAY.fullmatch(s, start, end) is None:
        return _FESTIVAL_ENDING.search(s, _spaced_start(s, end, _FESTIVAL_REACH), end) is not None
    window = max(0, start - _CUE_WINDOW)
    return _WORD_BEFORE.search(s, window, start) is not None and _WEEKDAY_LEAD_BEFORE.search(s, window, start) is None


def _solar(s: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The ``dates`` of ``s`` but those a lunar mark follows (`_LUNAR_MARK`), each with the dates joined before it in its
    range or list (`_LISTED_JOIN`): "ngày 1 và 15/3 âm lịch" has none; a year's name marks no date whose year is written
    (`_WRITTEN_YEAR`: "Ngày 10/2/2024 (năm Giáp Thìn)" stays). (The mark is looked for after each date, where a
    space or a bracket follows it, `str.startswith`: on the body blocks of 3,000 generated pages 0.7 ms, where a look for
    its words in each text cost 10, a comprehension over the dates 1.8.)

    >>> s = "Hội chợ ngày 1 và 15/3 âm lịch; ngày 2/9 và 1/1 (dương lịch)"
    >>> [d.text for d in _solar(s, list(_read_dates(s, datetime.date(2023, 6, 1))))]
    ['ngày 2/9', '1/1']
    """
    left_out: set[int] = set()
    for index, found in enumerate(dates):
        if _festival_before(s, found):  # "Tết Đoan ngọ mùng 5/5": the date and those joined after it
            left_out.update(_joined_run(s, dates, index, 1))
            continue
        end = found.span[1]
        mark = _LUNAR_MARK.match(s, end) if s.startswith(_MARK_OPENERS, end) else None
        if mark is None or (mark.group("named") is not None and _WRITTEN_YEAR.search(found.text) is not None):
            continue
        if mark.group("festival") is not None and not _festival_day(mark.group("festival"), found):
            continue  # "ngày 22/1 (Tết Nguyên đán)": the festival's Gregorian day
        left_out.update(_joined_run(s, dates, index, -1))
        if index + 1 < len(dates) and _lunar_range_end(s, mark.end(), dates[index + 1]):
            left_out.add(index + 1)
    return [found for index, found in enumerate(dates) if index not in left_out] if left_out else dates


def _festival_before(s: str, found: DateMatch) -> bool:
    """Whether a lunar festival's name stands right before the date ``found`` (`_FESTIVAL_BEFORE`), whose year is not
    written (a festival's Gregorian day), and that may be the festival's lunar day (`_festival_day`).

    >>> samples = ("Giỗ Tổ Hùng Vương mùng 10/3", "Quốc khánh mùng 2/9", "Tết Nguyên đán 10/2/2024", "Tết Nguyên đán ngày 22/1")
    >>> [_festival_before(s, next(_read_dates(s, datetime.date(2023, 1, 1)))) for s in samples]
    [True, False, False, False]
    """
    start = found.span[0]
    # (the name's words may be parted by any of the spaces a mark opens with: "Tết Đoan\u00a0ngọ mùng 5/5"; its whole
    # reach, the runs of spaces counted once, measured only where a name's last word ends the head)
    head = s[max(0, start - _FESTIVAL_REACH) : start].rstrip(_MARK_OPENERS_TEXT)
    if head[max(map(head.rfind, _MARK_OPENERS)) + 1 :].casefold() not in _FESTIVAL_LAST_WORDS:
        return False
    festival = _FESTIVAL_BEFORE.match(s, _spaced_start(s, start, _FESTIVAL_REACH), start)
    return (
        festival is not None
        and _WRITTEN_YEAR.search(found.text) is None
        and _festival_day(festival.group("festival"), found)
    )


def _festival_day(name: str, found: DateMatch) -> bool:
    """Whether the date ``found`` may be the lunar day of the festival ``name`` and is none of its Gregorian days
    (`_FESTIVAL_DAYS`; a date that names no day may be either, and is taken as lunar).

    >>> s = "Tết Nguyên đán mùng 2/1 và ngày 22/1"
    >>> [_festival_day("Tết  Nguyên đán", d) for d in _read_dates(s, datetime.date(2023, 1, 1))]
    [True, False]
    """
    if found.precision != "day":
        return True
    month, day = int(found.value[5:7]), int(found.value[8:10])
    windows = _festival_windows(name)
    return any(first <= day <= last and lunar_month in (None, month) for lunar_month, first, last in windows)


def _festival_windows(name: str) -> tuple[tuple[int | None, int, int], ...]:
    """The lunar days the festival ``name`` may fall on (`_FESTIVAL_DAYS`), a Rằm named with its month its 15th alone
    (`_LUNAR_MONTHS`).

    >>> _festival_windows("Rằm tháng  Bảy"), _festival_windows("rằm tháng 8"), _festival_windows("Tết Đoan ngọ")
    (((7, 15, 15),), ((8, 15, 15),), ((5, 1, 27),))
    """
    words = name.casefold().replace("’", "'").split()
    if len(words) > 2 and words[1] in ("tháng", "thang"):
        month = " ".join(words[2:])
        return ((int(month) if month.isdigit() else _LUNAR_MONTHS[month], 15, 15),)
    return _FESTIVAL_DAYS[" ".join(words)]


def _joined_run(s: str, dates: list[DateMatch], index: int, step: int) -> list[int]:
    """The index of ``dates``' date at ``index`` and of those joined to it in its range or list (`_LISTED_JOIN`), walking
    back (``step`` -1) or on (1)."""
    run = [index]
    while 0 <= index + step < len(dates):
        first, second = sorted((dates[index], dates[index + step]), key=lambda found: found.span)
        if _LISTED_JOIN.fullmatch(s, first.span[1], second.span[0]) is None:
            break
        index += step
        run.append(index)
    return run


def _lunar_range_end(s: str, mark_end: int, following: DateMatch) -> bool:
    """Whether the date ``following`` a lunar mark that ends at ``mark_end`` ends its date's range, lunar too
    (`_LUNAR_RANGE_JOIN`), no solar mark after it (`_SOLAR_MARK`).

    >>> s = "từ ngày 10/3 âm lịch đến ngày 12/3; từ ngày 1/1 (ÂL) đến ngày 5/2 dương lịch"
    >>> dates = list(_read_dates(s, datetime.date(2023, 6, 1)))
    >>> _lunar_range_end(s, 20, dates[1]), _lunar_range_end(s, 51, dates[3])
    (True, False)
    """
    return (
        _LUNAR_RANGE_JOIN.fullmatch(s, mark_end, following.span[0]) is not None
        and _SOLAR_MARK.match(s, following.span[1], following.span[1] + _GLUED_REACH) is None
    )


def _read_dates(s: str, ref: datetime.date | None) -> Iterator[DateMatch]:
    """Valid dates left to right; after a (valid or rejected) match, scanning resumes at its end. A year-less date
    may borrow the year of a date after it (`_year_lender`), or keep that of the date before it (`_yearless_date`)."""
    digits_end = _digits_end(s)
    if digits_end is None:  # every date has a digit: a text without one costs one scan
        return
    low = _lower(s)
    start_num = _scans(low).number
    # The next digit-led and word-led starts; the nearer is tried, and each is looked for again once
    # the scan has passed it.
    number, word = start_num.search(low), _word_start(low, 0, digits_end)
    lenders: dict[int, DateMatch | None] = {}  # each year-less date's lender, by where the date ends
    last = None  # the last date found
    while number is not None or word is not None:
        if word is None or (number is not None and number.start() < word[0]):
            start, kit_name = number.start(), "num"  # type: ignore[union-attr]
        else:
            start, kit_name = word[0], _WORD_KITS[word[1]]
        opening = _range_opening(low, start, kit_name)
        found, kept = None, _kept_year(s, last, start)
        if opening is not None:  # the range's dates; or, with no last date, read as no range
            dates, pos = _read_range(s, opening, ref, lenders, kept=kept)
            yield from dates
            found = dates[-1] if dates else None
        if found is None:
            found, pos = _read_at(s, start, _kit(kit_name), ref, lenders, kept, None if last is None else last.span[1])
            if found is not None:
                yield found
        last = found or last
        if number is not None and number.start() < pos:
            number = start_num.search(low, pos)
        if word is not None and word[0] < pos:
            word = _word_start(low, pos, digits_end)


def _read_at(
    s: str, start: int, kit: _Kit, ref: datetime.date | None, lenders: dict[int, DateMatch | None] | None,
    kept: DateMatch | None = None, after: int | None = None, named_only: bool = False,
) -> tuple[DateMatch | None, int]:
    """The date ``kit`` reads at ``start`` (`_build`), if any, and where the scan goes on."""
    m = kit[0].match(s, start, **_time_limit(s))
    if m is None:
        return None, start + 1
    return _build(m, s, ref, kit, lenders, kept, after, named_only), max(m.end(), start + 1)


def _kept_year(s: str, earlier: DateMatch | None, begin: int) -> DateMatch | None:
    """The ``earlier`` date, read right before a date or range that begins at ``begin``, where a year-less date there
    keeps its year (`_yearless_date`): its year written, and joined to it (`_YEAR_KEEPER_JOIN`); None otherwise.

    >>> s, t = "ngày 5/1/2022 và ngày 10 - 12/1", "ngày 5/1 và ngày 10 - 12/1"
    >>> _kept_year(s, parse_date(s), 17).text, _kept_year(t, parse_date(t, datetime.date(2022, 1, 1)), 12)
    ('ngày 5/1/2022', None)
    """
    if earlier is None or earlier.year_inferred or _YEAR_KEEPER_JOIN.fullmatch(s, earlier.span[1], begin) is None:
        return None
    return earlier


def _range_opening(low: str, start: int, kit_name: str) -> regex.Match[str] | None:
    """The opening of a range (`_NUMBER_RANGE_OPENING`, `_MONTH_RANGE_OPENING`, `_WEEKDAY_RANGE_OPENING`,
    `_RANGE_OPENING`) where a date of the kit
    ``kit_name`` may start in a lower-cased text, within `_GLUED_REACH` of it (a list of days runs on through ", 1, 1,
    …")."""
    if kit_name == "num":
        opening = _NUMBER_RANGE_OPENING.match(low, start, start + _GLUED_REACH)
        if opening is None:
            return _HOLIDAY_GLUED_OPENING.match(low, start, start + _GLUED_REACH)
    elif kit_name == "month":
        opening = _MONTH_RANGE_OPENING.match(low, start, start + _GLUED_REACH)
    elif kit_name == "wd":
        opening = _WEEKDAY_RANGE_OPENING.match(low, start, start + _GLUED_REACH)
    else:
        return _RANGE_OPENING.match(low, start, start + _GLUED_REACH) if low.startswith(_RANGE_NGAY, start) else None
    if opening is None or (opening.group("led") is not None and not _led(low, opening)):
        return None
    from_led = kit_name == "num" and opening.group("from_led") is not None
    return None if from_led and not _from_led(low, start, opening.end()) else opening


def _led(low: str, opening: regex.Match[str]) -> bool:
    """Whether a year-less English range's opening whose last day asks for a lead has one: "from" or "between" before
    it (`_RANGE_LEAD`), or a hyphen glued to its days ("Jan. 3-5"); or a list's or a spaced dash's last day placed as a
    date is (`_placed_last_day`). The lead is looked for here, where such an opening has matched, not by a look behind
    that each opening tried at each start (1 % of `find_dates`' time).

    >>> [_led(s, _MONTH_RANGE_OPENING.match(s, 5)) for s in ("from january 3 to 5", "rose january 3 to 5")]
    [True, False]
    """
    start = opening.start()
    return (
        _RANGE_LEAD_BEFORE.search(low, max(0, start - _CUE_WINDOW), start) is not None
        or _GLUED_DASH.search(low, start, opening.end()) is not None
        or _after_from(low, start)
        or _placed_last_day(low, opening)
    )


# What joins a month-first list's or range's last day to its first days with no lead: a list's word or a spaced dash
# ("On January 3 and 4,", "January 10, 11 and 12 at", "On May 1 - 3,"), not "to", an amount's rise ("rose on June 5 to
# 25."); a day's number after a month's name and a day.
_UNLED_JOIN = _LazyPattern(
    _ORDINAL + _SS + r"(?:" + _RANGE_DASH + r"|" + _after_a_comma_too(_ENGLISH_LIST_WORD) + r")" + _SS, _FLAGS
)
_DAY_AT = _LazyPattern(r"\d{1,2}" + _ORDINAL)
_ORDINAL_AT = _LazyPattern(_ORDINAL + r"(?!\w)|", _FLAGS)  # (an English day's ordinal, or nothing)
# (in English a place's "in" or a bracket after the last day places it as "at" does, "On May 1 – 3 in Thu Dau Mot",
# "On May 1 - 3 (Thu Dau Mot)"; not "in" before a number, a share's "8 in 10": "On May 5 and 8 in 10 workers")
_ENGLISH_PLACE_AFTER = _LazyPattern(_SS + r"(?:\(|in(?!\w)(?!" + _SS + r"\d))", _FLAGS)


def _placed_last_day(low: str, opening: regex.Match[str]) -> bool:
    """Whether a month-first opening joins its last day, a day alone, to its first days by a list's word or a spaced
    dash (`_UNLED_JOIN`), and that day stands where a date does: the clause's end, a place's or a time's word
    (`_placed_after`, in English "in" or a bracket too: `_ENGLISH_PLACE_AFTER`) or a year's cue (`_YEAR_CUE_AFTER`) after
    it ("On January 3 and 4,", "(January 20 – 26)", "on January 3 and 4 next year", "On May 1 – 3 in Thu Dau Mot"; not
    "On May 5 - 8 people were rescued").

    >>> samples = ("on may 1 - 3,", "on may 5 - 8 men", "on may 5 to 8.", "on may 1 - 3 in tdm", "on may 5 and 8 in 10")
    >>> [_placed_last_day(s, _MONTH_RANGE_OPENING.match(s, 3)) for s in samples]
    [True, False, False, True, False]
    """
    if "mname" not in opening.re.groupindex or _UNLED_JOIN.fullmatch(low, opening.spans("day")[-1][1], opening.end()) is None:
        return False
    day = _DAY_AT.match(low, opening.end())
    return day is not None and (
        _placed_after(low, day.end())
        or _ENGLISH_PLACE_AFTER.match(low, day.end()) is not None
        or _YEAR_CUE_AFTER.match(low, day.end(), day.end() + _GLUED_REACH) is not None
    )


def _from_led(low: str, start: int, at: int) -> bool:
    """Whether "từ" (from) stands right before a range's first day at ``start`` of a lower-cased text, not after a verb
    of amount (`_FROM_BEFORE`, `_AMOUNT_FROM`), and the range's last date at ``at`` is no fraction of a count: a bare
    d/m no more than a whole only before the clause's end or a place's or a time's word (`_PLACE_OR_TIME_AFTER`), and
    not after a noun of scores or counts (`_scored_subject`: "Điểm trung bình môn từ 7 đến 9/10.").
    "từ 15 đến 17/3" is a range of days, "tăng từ 1 đến 2/3" of shares, "từ 3 đến 5/10 học sinh" of pupils.

    >>> samples = ("từ 15 đến 17/3", "tăng từ 15 đến 17/3", "khoảng 15 đến 17/3", "từ 3 đến 5/10 học sinh", "từ 3 đến 5/10.")
    >>> [_from_led(s, s.index(" ", s.index(" đến") - 3) + 1, s.index("đến ") + 4) for s in samples]
    [True, False, False, False, True]
    """
    if not _after_from(low, start):
        return False
    last = _bare_dm_at(low, at)
    if last is None or last[1]:
        return True
    placed = _placing(low, last[0])
    return placed is not None and not _scored_subject(low, start, placed.group("word") is not None)


def _after_from(s: str, start: int) -> bool:
    """Whether "từ" (from) stands right before ``start``, not after a verb of amount (`_FROM_BEFORE`, `_AMOUNT_FROM`).

    >>> [_after_from(s, len(s)) for s in ("Hội chợ từ ", "Giá tăng từ ", "Từ sáng ")]
    [True, False, True]
    """
    window = max(0, start - _CUE_WINDOW)
    return _FROM_BEFORE.search(s, window, start) is not None and _AMOUNT_FROM.search(s, window, start) is None


def _scored_subject(s: str, start: int, placed: bool = False) -> bool:
    """Whether a noun of scores, rates or counts (`_SCORED_SUBJECT_BEFORE`) stands before the "từ" that stands right
    before ``start``: what the range after it gives are scores or shares ("Điểm trung bình môn từ 7 đến 9/10"); not one
    that names a place too where the range is ``placed`` by a place's or a time's word after it ("Điểm tiêm từ 3 đến
    5/10 tại …").

    >>> [_scored_subject(s, len(s)) for s in ("Điểm trung bình môn từ ", "Thời điểm từ ", "Hội chợ từ ")]
    [True, False, False]
    >>> _scored_subject("Điểm tiêm từ ", 13, placed=True), _scored_subject("Số ca từ ", 9, placed=True)
    (False, True)
    """
    scored = _SCORED_SUBJECT_BEFORE.search(s, max(0, start - _SCORED_REACH), start)
    return scored is not None and not (placed and scored.group("place") is not None)


def _read_range(
    s: str, opening: regex.Match[str], ref: datetime.date | None, lenders: dict[int, DateMatch | None] | None,
    named_only: bool = False, kept: DateMatch | None = None,
) -> tuple[list[DateMatch], int]:
    """The dates of a range whose opening matched, its first day or date and its last date, and where the scan goes on;
    none without a last date. The last date is read in place, or in a window of the text from the range's start: after
    the month's name that it shares with the first day, or with an en dash for the hyphen it is glued to ("ngày
    10-12/3", "ngày 30/3-2/4/2022": "12/3" after "10-" is no date to the kit). A first date with its month is read in
    that window as before a spaced dash; a first day alone by `_range_first_days`. The last date follows the first
    days or date, which cue it as a date before it would (`_follows_date`: "ngày 3, 4, 5, 6, 7 và 8/1", however long),
    but for days counted ("số ngày 3 - 5/10"). Without ``lenders`` the range borrows no year from a date after it; with
    ``named_only`` its year is one written or named by a cue (`_build`), or none is read.

    >>> [d.text for d in find_dates("từ ngày 10-12/3/2022 lúc 8:00; January 10-12, 2022; ngày 30/3-2/4/2022")]
    ['ngày 10', '12/3/2022 lúc 8:00', 'January 10', '12, 2022', 'ngày 30/3', '2/4/2022']
    """
    start = opening.end()
    count = _COUNT_OF_DAYS.search(s, max(0, opening.start() - _CUE_WINDOW), opening.start())
    counted = count is not None
    month_named, first_dated = "mname" in opening.re.groupindex, _first_dated(opening)
    if month_named and opening.group("last_month") is None:  # the kit reads the month's name and the last day
        prefix, kit, at = s[opening.start("mname") : opening.end("mname")] + " ", _kit("month"), 0
    elif s[start - 1] == "-":  # the kit reads the last date after the range's start and an en dash
        # (from a count's "số" on, which tells the last date's cue too: "số ngày 1-2/3" is no date)
        lead = count.start() if count is not None else opening.start("lead" if _holiday_glued(opening) else 0)
        prefix, kit, at = s[lead : start - 1] + "–", _kit("num"), start - lead
    else:  # the last date is read in place
        prefix, kit, at = None, _kit("month" if month_named else "num"), start
    if prefix is None:
        text, shift, last_lenders = s, 0, lenders
        after = None if counted else opening.end("month" if first_dated else "day")
    else:
        text, shift, last_lenders = prefix + s[start : start + _GLUED_REACH], start - len(prefix), None if lenders is None else {}
        after = None if counted else at - 1
    last, end = _read_at(text, at, kit, ref, last_lenders, kept, after, named_only)
    end = max(end + shift, start + 1)
    if last is None:
        return [], end
    last = _moved(last, s, max(last.span[0] + shift, start), last.span[1] + shift)
    if (first_dated or month_named and opening.group("last_month") is not None) and _yearly_list(s, opening, last):
        return [], end  # "ngày 2/9 và 1/1 hằng năm": each date read alone
    if first_dated:
        firsts = [
            _moved(date, s, date.span[0] + shift, date.span[1] + shift)
            for date in _first_date(text, opening, shift, last, ref, kept, named_only)
        ]
        if not firsts and _holiday_glued(opening):
            return [], end  # the holiday's noun cued the first date alone, the last through it: "Tết 2/3-3/4 công nhân"
    elif not (firsts := _range_first_days(s, opening, last, counted)) and month_named:
        return [], end  # "March 30 - 2, 2022", "Jan. 30 - January 2": no range in the month named (the first date is read alone)
    elif firsts:
        last = _without_weekday_after(last)  # "ngày 5-6/1/2023 (thứ Năm)": the bracket follows the days together
    return [*firsts, last], end


def _without_weekday_after(found: DateMatch) -> DateMatch:
    """``found`` without a weekday in brackets after it (`_WEEKDAY_AFTER`): the last date of a range or a list whose
    first days share its month, which the bracket follows together ("ngày 5-6/1/2023 (thứ Năm)", "January 5-6, 2023
    (Thursday)"), is not checked against it, as a weekday before a bracketed range is not.

    >>> _without_weekday_after(parse_date("6/1/2023 (thứ Năm)"))
    DateMatch(text='6/1/2023', value='2023-01-06', precision='day', weekday_ok=None, year_inferred=False, span=(0, 8))
    """
    bracket = found.text.rfind("(")
    if bracket < 0:
        return found
    cut = len(found.text[:bracket].rstrip())
    if _WEEKDAY_AFTER.fullmatch(found.text, cut) is None:
        return found
    return replace(found, text=found.text[:cut], weekday_ok=None, span=(found.span[0], found.span[0] + cut))


def _yearly_list(s: str, opening: regex.Match[str], last: DateMatch) -> bool:
    """Whether a range's opening whose first date names its month joins it to the ``last`` date by a list's word, and
    the days recur each year (`_YEARLY_AFTER`, `_YEARLY_BEFORE`): no range, each date read alone.

    >>> s = "vào ngày 2/9 và 1/1 hằng năm"
    >>> last = find_dates(s, datetime.date(2022, 7, 1))[-1]
    >>> _yearly_list(s, _RANGE_OPENING.match(s, 4), last), _yearly_list(s[:19], _RANGE_OPENING.match(s, 4), last)
    (True, False)
    """
    join_at = opening.end("month") if _first_dated(opening) else opening.spans("day")[-1][1]
    return _LIST_WORD.search(s, join_at, opening.end()) is not None and (
        _YEARLY_AFTER.match(s, last.span[1]) is not None or _yearly_before(s, opening.start())
    )


def _yearly_before(s: str, at: int) -> bool:
    """Whether a yearly word before ``at`` makes the days there recur each year (`_YEARLY_BEFORE`).

    >>> [_yearly_before(s, len(s)) for s in ("Hằng năm tỉnh treo cờ vào ", "Tỉnh treo cờ hằng năm vào ", "Tổng kết hằng năm ")]
    [True, True, False]
    """
    return _YEARLY_BEFORE.search(s, max(0, at - _GLUED_REACH), at) is not None


def _yearly_days(s: str, at: int, end: int) -> bool:
    """Whether the bare d/m from ``at`` to ``end`` is one of days after "on" or "vào" that recur each year, a yearly
    word before them or after the last (`_YEARLY_DAYS_LEAD`, `_YEARLY_DAYS_AFTER`): "every year on 2/9 and 1/1", "on 2/9
    and 1/1 every year", a date where "on 2/3 of the area" is none.

    >>> [_yearly_days(s, s.index("1/1"), s.index("1/1") + 3) for s in ("every year on 2/9 and 1/1", "on 1/1 each year")]
    [True, True]
    >>> _yearly_days("every year, 2/9 and 1/1", 18, 21), _yearly_days("on 2/9 and 1/1", 11, 14)
    (False, False)
    """
    lead = _YEARLY_DAYS_LEAD.match(s, at)
    return lead is not None and (
        _yearly_before(s, lead.start("days")) or _YEARLY_DAYS_AFTER.match(s, end, end + _GLUED_REACH) is not None
    )


def _first_dated(opening: regex.Match[str]) -> bool:
    """Whether a range's opening is a first date with its month ("ngày 30/12 - ", "ngày 30/12-"), not days alone."""
    return (_RANGE_OPENING.made(opening) and opening.group("month") is not None) or _holiday_glued(opening)


def _holiday_glued(opening: regex.Match[str]) -> bool:
    """Whether a range's opening is a first date glued to the last after a holiday's noun (`_HOLIDAY_GLUED_OPENING`)."""
    return _HOLIDAY_GLUED_OPENING.made(opening)


def _first_date(
    text: str, opening: regex.Match[str], shift: int, last: DateMatch, ref: datetime.date | None, kept: DateMatch | None,
    named_only: bool,
) -> list[DateMatch]:
    """A range's first date with its month (`_first_dated`), read in ``text`` (the text, or a window of it that starts
    ``shift`` characters into the text after it) with ``last`` for its lender: it lies before the last, in its year or
    the one before, however the last's year was read ("ngày 30/12/2021 và ngày 30/12-2/1", 2 January kept 2022 from
    2021's 30 December, the 30th was no date; a year-less "ngày 30/12 - 2/1" against a ref halfway through 2022 read
    30 December 2022 and 2 January 2022, each the nearest).

    >>> [d.value for d in find_dates("ngày 30/12 - 2/1; từ ngày 30/12 đến ngày 2/1", datetime.date(2022, 7, 1))]
    ['2021-12-30', '2022-01-02', '2021-12-30', '2022-01-02']
    """
    lenders: dict[int, DateMatch | None] = {opening.end("month") - shift: last}
    kit = _kit("num" if _holiday_glued(opening) else "vi")  # ("lễ 30/4": the noun before cues the date, `_holiday_day`)
    first = _read_at(text, opening.start() - shift, kit, ref, lenders, kept, named_only=named_only)[0]
    return [] if first is None else [first]


def _moved(found: DateMatch, s: str, start: int, end: int) -> DateMatch:
    """A date read in a window of ``s``, its text and span those of ``s`` from ``start`` to ``end``."""
    return replace(found, text=s[start:end], span=(start, end))


def _range_first_days(s: str, opening: regex.Match[str], last: DateMatch, counted: bool) -> list[DateMatch]:
    """The first days of a range or a list ("ngày 10 - 12/3/2022": the 10th; "ngày 3, 5 và 7/1": the 3rd and the 5th)
    in the month and year of its ``last`` date, or, for a day after the last one's where the opening names no month, in
    the month before, for a range of at most `_MONTH_END_RANGE_DAYS` ("ngày 30 - 2/4/2022": 30 March; "ngày 28 -
    3/1/2023": 28 December 2022), or in the month the opening names where the last date names another ("March 30, 31
    and April 2, 2022"); none where a day is neither, or the days are ``counted`` ("số ngày 3 - 5/10"), or a night's day
    is not the eve of the morning's (`_NIGHT_INTO_MORNING`: "Đêm 30 rạng sáng 1/4" is no night).

    >>> [d.value for d in find_dates("Hội chợ diễn ra từ ngày 10 - 12/3/2022, ngày 28 - 3/1/2023.")]
    ['2022-03-10', '2022-03-12', '2022-12-28', '2023-01-03']
    >>> [d.value for d in find_dates("from December 30, 31 and January 2, 2022")]
    ['2021-12-30', '2021-12-31', '2022-01-02']
    """
    if last.precision == "month" or counted:
        return []
    spans = opening.spans("day")
    month = MONTHS.get(opening.group("mname").rstrip(".").casefold()) if "mname" in opening.re.groupindex else None
    firsts = []
    for day, (start, day_end) in zip(opening.captures("day"), [(opening.start(), spans[0][1]), *spans[1:]], strict=True):
        end = _ORDINAL_AT.match(s, day_end).end()  # its ordinal too, as a date alone: "May 1st - 3rd"
        the_date = _first_day(int(day), last, month)
        if the_date is None:
            return []
        weekday_ok = _range_weekday_ok(opening, the_date) if not firsts else None
        firsts.append(DateMatch(s[start:end], the_date.isoformat(), "day", weekday_ok, last.year_inferred, (start, end)))
    if "night" in opening.re.groupindex and opening.group("night") is not None and not _eve_of(firsts[-1], last):
        return []
    return firsts


def _eve_of(night: DateMatch, morning: DateMatch) -> bool:
    """Whether the date ``night`` is the day before the date ``morning``."""
    before = datetime.date.fromisoformat(morning.value[:10]) - datetime.timedelta(days=1)
    return night.value[:10] == before.isoformat()


def _range_weekday_ok(opening: regex.Match[str], first: datetime.date) -> bool | None:
    """Whether the weekday written before a range's ``first`` day (`_WEEKDAY_RANGE_OPENING`) is its; None without one.

    >>> _range_weekday_ok(_WEEKDAY_RANGE_OPENING.match("friday, january 3 to 5"), datetime.date(2020, 1, 3))
    True
    """
    if "wd" not in opening.re.groupindex:
        return None
    return _weekday_index(opening.group("wd")) == first.weekday()


def _first_day(day: int, last: DateMatch, month: int | None) -> datetime.date | None:
    """The date of a range's first ``day`` before its ``last`` date, in the ``month`` its opening names if it names one
    (`_range_first_days`); None where there is none."""
    last_date = datetime.date.fromisoformat(last.value[:10])
    if month in (None, last_date.month) and 1 <= day < last_date.day:
        return last_date.replace(day=day)
    if month == last_date.month:
        return None  # "March 30 - 2, 2022": the month named is the first day's
    the_date = _year_beside(month or last_date.month - 1 or 12, day, last, before=True)
    if the_date is None or (month is None and (last_date - the_date).days > _MONTH_END_RANGE_DAYS):
        return None  # no such day ("ngày 30 - 2/3"), or a long range with its first month left out: a slip
    return the_date


def _as_date(ref: datetime.date | None, function: str) -> datetime.date | None:
    if ref is None or type(ref) is datetime.date:
        return ref
    if not isinstance(ref, datetime.date):  # as `_refuse_no_text`: a clear error, not one from deep inside
        kind = type(ref).__name__
        raise TypeError(f"{function} takes a datetime.date as ref, not {kind} (datetime.date.fromisoformat reads a str)")
    return datetime.date(ref.year, ref.month, ref.day)  # a datetime: drop the time


def _nfc_text(text: str, function: str) -> str:
    """``text`` in NFC, or `_refuse_no_text`'s error naming ``function`` for one that is no str (nothing asked of a str).

    >>> _nfc_text("Ngày 05/01", "find_dates") == "Ngày 05/01"
    True
    """
    try:
        return _nfc(text)
    except TypeError:
        _refuse_no_text(text, function)
        raise


def _refuse_no_text(text: object, function: str) -> None:
    """A TypeError naming ``function`` when ``text`` is no str, where a pattern or `unicodedata` deep inside raised
    one that named neither. Called where such an error is caught: a test of every call cost a page 3 µs.

    >>> _refuse_no_text(b"05/01/2022", "parse_date")
    Traceback (most recent call last):
    TypeError: parse_date takes a str, not bytes (decode it first)
    """
    if isinstance(text, str):
        return
    hint = " (decode it first)" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{function} takes a str, not {type(text).__name__}{hint}")


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def parse_date(text: str, ref: datetime.date | None = None) -> DateMatch | None:
    """The first date in ``text`` (a header line, a phrase, an argument); None when there is none.

    >>> parse_date("Cập nhật lúc 16:00 ngày 05/01/2022").value
    '2022-01-05T16:00:00+07:00'
    >>> parse_date("December 30", ref=datetime.date(2022, 1, 5)).value
    '2021-12-30'
    >>> parse_date("24/7") is None
    True
    >>> parse_date("Thứ 4, Ngày 05/01/2022, 16:00 (GMT+9)").value  # a zone that ends the text, as in a header
    '2022-01-05T14:00:00+07:00'
    """
    s = _nfc_text(text, "parse_date")
    found = next(iter(_solar_dates(s, _as_date(ref, "parse_date"))), None)
    if found is None:
        return None
    zone = _header_zone(s)
    if zone is None or zone.start() < found.span[1] or s[found.span[1]:zone.start()].strip():
        return found  # no zone, or one the date read itself (ISO), or one after other words
    return _in_zone(found, zone) or found


def find_dates(text: str, ref: datetime.date | None = None) -> list[DateMatch]:
    """Every non-overlapping date mention in a body paragraph, left to right.

    >>> [d.value for d in find_dates("On November 01, 2021, in the 2021-2025 period (TOP7, 24/7, 4.0)")]
    ['2021-11-01']
    >>> [d.value for d in find_dates("signed in July 2017; on the afternoon of September 10",
    ...                              ref=datetime.date(2020, 9, 14))]
    ['2017-07', '2020-09-10']
    """
    return _solar_dates(_nfc_text(text, "find_dates"), _as_date(ref, "find_dates"))


def _solar_dates(s: str, ref: datetime.date | None) -> list[DateMatch]:
    """The dates `_read_dates` reads in an NFC text, but those of the lunar calendar (`_solar`)."""
    found = list(_read_dates(s, ref))
    return _solar(s, found) if found else found  # (no call for a text without a date, most blocks)


def parse_header(line: str) -> DateMatch | None:
    """A portal date header such as ``Thứ 4, Ngày 05/01/2022, 16:00``; None when the line is anything else.

    The whole line must be the header: optional weekday, optional ``Ngày``, a dated date, optional time,
    and nothing else but separators.  Year-less dates are never headers.

    >>> parse_header("Thứ 4, Ngày 05/01/2022, 16:00")
    DateMatch(text='Thứ 4, Ngày 05/01/2022, 16:00', value='2022-01-05T16:00:00+07:00', precision='minute', \
weekday_ok=True, year_inferred=False, span=(0, 29))
    >>> parse_header("16/05/2019 | Nguyen Trang") is None
    True
    """
    try:
        fast = _HEADER_FAST.fullmatch(line, **_time_limit(line))
    except TypeError:
        _refuse_no_text(line, "parse_header")
        raise
    if fast is not None:
        hit = _header_fast(fast)
        if hit is not None:
            return hit
    line = _nfc(line)  # (the spans of a tail's cut are the composed line's)
    return _plain_header(line) or _led_header(line)


def _plain_header(line: str) -> DateMatch | None:
    """`parse_header` of a composed line that opens with its date or weekday."""
    found = _header_with_tail(line)
    if found is not None and found.weekday_ok is not False:
        return found
    return _month_first(line, found) or found


def _led_header(line: str) -> DateMatch | None:
    """A header led by a label or by its time (`_HEADER_LEAD`): "Cập nhật: 05/01/2022 16:00", "16:00, Thứ 4, Ngày
    05/01/2022", "Cập nhật lúc 16:00 ngày 05/01/2022"; the whole line is its text.

    >>> [parse_header(line).value for line in ("16:00, Thứ 4, Ngày 05/01/2022", "Updated: January 5, 2022 4:00 PM")]
    ['2022-01-05T16:00:00+07:00', '2022-01-05T16:00:00+07:00']
    """
    lead = _HEADER_LEAD.match(line, **_time_limit(line))
    if lead is None or lead.end() in (0, len(line)):  # (no lead: the plain reading, `parse_header`'s first, was it)
        return None
    time, rest = lead.group("time"), line[lead.end() :]
    found = _plain_header(rest)
    if found is not None and time:  # the day's, at the lead's time, read in the zone after the date if any
        hms = _clock(time, None)
        if found.precision != "day" or hms is None:
            return None
        found = replace(found, value=_format_time(datetime.date.fromisoformat(found.value), hms), precision="minute")
        zone = _header_zone(rest)
        found = _in_zone(found, zone) if zone else found
    return replace(found, text=line, span=(0, len(line))) if found else None


def _header_with_tail(line: str) -> DateMatch | None:
    """`_whole_header` of the line, or of its longest part before a bar or a spaced dash that names a weekday:
    a header with a tail ("… | Print", "… - Cập nhật 10:30", updated; not a byline, "16/05/2019 | Nguyen Trang")."""
    found = _whole_header(line)
    if found is not None:
        return found
    tails = list(_HEADER_TAIL.finditer(line, 0, _HEADER_HEAD_CHARS))  # (a header is short)
    if not tails:
        return None
    # The marks read as commas, in as many characters ("Thứ 4, 05/01/2022 · 16:00" has its time).
    commas = _HEADER_TAIL.sub(lambda mark: "," + " " * (len(mark.group()) - 1), line[:_HEADER_HEAD_CHARS])
    for end in (len(line), *(tail.start() for tail in reversed(tails))):
        found = _whole_header(commas[:end] if end <= _HEADER_HEAD_CHARS else commas + line[_HEADER_HEAD_CHARS:end])
        if found is not None and (end == len(line) or found.weekday_ok is not None):
            return replace(found, text=line[found.span[0] : found.span[1]])
    return None


def _month_first(line: str, day_first: DateMatch | None) -> DateMatch | None:
    """A header's date read month first, as a portal in American English writes it, in a header with an English
    weekday or a 12-hour clock: when that reading alone is a date ("1/13/2022 4:00 PM"), or, in a header with
    both, when its weekday is that reading's and not the day-first one's ("Wednesday, 1/5/2022 4:00 PM"); None
    otherwise (the portals write the day first, and a wrong weekday is a wrong weekday: "Wednesday, 5/1/2022").

    >>> _month_first("Wednesday, 1/5/2022 4:00 PM", parse_header("Wednesday, 1/5/2022")).value
    '2022-01-05T16:00:00+07:00'
    """
    numbers = _NUMERIC_DATE.search(line, **_time_limit(line))
    if numbers is None:
        return None
    cues = (_ENGLISH_WEEKDAY_OPENING.match(line, **_time_limit(line)) is not None) + (
        _TWELVE_HOUR_CLOCK.search(line, numbers.end(), **_time_limit(line)) is not None
    )
    if cues < (1 if day_first is None else 2):
        return None
    first, separator, second, year = numbers.groups()
    swapped = f"{line[: numbers.start()]}{second}{separator}{first}{separator}{year}{line[numbers.end():]}"
    found = _header_with_tail(swapped)
    if found is None or (day_first is not None and found.weekday_ok is not True):
        return None
    return replace(found, text=line[found.span[0] : found.span[1]])


def _whole_header(s: str) -> DateMatch | None:
    """`parse_header` of a line (composed: `parse_header` composes it once) that is a header and nothing else,
    the day written before the month."""
    zone = _header_zone(s)
    start, end = 0, zone.start() if zone else len(s)
    while start < end and s[start] in _HEADER_EDGE:
        start += 1
    while end > start and s[end - 1] in _HEADER_EDGE:
        end -= 1
    if start == end:
        return None
    kit_name = _start_kit(_lower(s), start)
    if kit_name is None:
        return None
    kit = _kit(kit_name)
    m = kit[0].match(s, start, end, **_time_limit(s))
    if m is None or m.end() != end:
        return None
    found = _build(m, s, None, kit)
    if found is None or found.span != (start, end):
        return None
    return _in_zone(found, zone) if zone else found


def _header_zone(s: str) -> regex.Match[str] | None:
    """The zone that ends a header, if any: looked for only where its last characters hold a "+" or a zone's name."""
    tail = s[-_HEADER_ZONE_CHARS:]
    folded = tail.casefold()
    if "+" not in tail and not any(name in folded for name in _ZONE_NAMES):
        return None
    return _HEADER_ZONE.search(s, max(0, len(s) - _HEADER_ZONE_CHARS), **_time_limit(s))


def _in_zone(found: DateMatch, zone: regex.Match[str]) -> DateMatch | None:
    """A header whose time is followed by a zone: the time read in that zone, converted to Vietnam time
    (a date alone stays as it is); None for a zone that is none (``GMT+25``).

    >>> parse_header("Thứ 4, Ngày 05/01/2022, 16:00 GMT").value, parse_header("Thứ 4, Ngày 05/01/2022, 16:00 (ICT)").value
    ('2022-01-05T23:00:00+07:00', '2022-01-05T16:00:00+07:00')
    """
    offset = _ZONE_NAMES[zone.group("name").casefold()] if zone.group("name") else f"{zone.group('sign')}{zone.group('h')}"
    hours, minutes = int(offset[1:]), int(zone.group("mi") or 0)
    if hours > 14 or minutes > 59:
        return None
    if "T" not in found.value:
        return found
    written = _tz_offset(f"{offset[0]}{hours:02d}{minutes:02d}")
    moment = datetime.datetime.fromisoformat(found.value).replace(tzinfo=written).astimezone(VN_TZ)
    return replace(found, value=moment.isoformat())


def _header_fast(m: regex.Match[str]) -> DateMatch | None:
    wd, day, month, year, hour, minute, second = m.groups()
    try:
        the_date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= the_date.year <= MAX_YEAR:
        return None
    start = m.start(1) - 4  # "Thứ "
    if hour is None:
        value, precision, end = the_date.isoformat(), "day", m.end(4)
    else:
        hms = (int(hour), int(minute), None if second is None else int(second))
        if hms[0] > 23 or hms[1] > 59 or (hms[2] or 0) > 59:
            return None
        value, precision = _format_time(the_date, hms), "minute" if second is None else "second"
        end = m.end(7) if second is not None else m.end(6)
    return DateMatch(m.string[start:end], value, precision, int(wd) - 2 == the_date.weekday(), False, (start, end))
