"""vndate finds date starts with two patterns (digit-led, word-led); they must find what one pattern did."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bdtools.parsers import vndate

from conftest import REPO, SAMPLE_FILES

# The single pattern the two replaced: digit-led starts, or a date word at a word start with a digit soon after.
ONE_PATTERN = re.compile(
    vndate._GENERAL_SCANS.number.pattern
    + r"|(?<!\w)(?=[a-zđ])(?:"
    + r"(?P<wd>(?:" + "|".join(vndate._EN_WEEKDAY_WORDS) + r")\b)"
    + r"|(?P<vi>(?:thứ|ch[ủu]|cn|t[2-7]|th[áa]ng|ng[àa]y|m[ùồuo]ng)(?![^\W\d_]))"
    + r"|(?P<month>(?:" + "|".join(vndate._EN_MONTH_WORDS) + r")\b))"
    + r"(?=[^\d\n]{0,40}\d)"
)


def starts_by_one_pattern(low: str) -> list[tuple[int, str]]:
    found, pos = [], 0
    while (match := ONE_PATTERN.search(low, pos)) is not None:
        found.append((match.start(), match.lastgroup or "num"))
        pos = match.start() + 1
    return found


def starts_by_two_patterns(low: str) -> list[tuple[int, str]]:
    return [(at, kit) for at in range(len(low)) if (kit := vndate._start_kit(low, at)) is not None]


PIECES = [*vndate._EN_WEEKDAY_WORDS, *vndate._EN_MONTH_WORDS, *vndate._VI_DATE_WORDS, "1", "12", "05/01/2022",
          "16h30", " ", ", ", "\n", "x", "thứ 4", "ngày 5 tháng 1", "-", "/", "of ", "th", "5th", "đ", "a1", "4:00 pm",
          " of the second quarter, as planned ", " words between a date word and its digit ", "t22"]


@given(st.lists(st.sampled_from(PIECES), max_size=12))
@settings(max_examples=500, deadline=None)
def test_two_patterns_find_the_starts_one_pattern_found(pieces: list[str]) -> None:
    low = vndate._lower("".join(pieces))
    assert starts_by_two_patterns(low) == starts_by_one_pattern(low)


def test_same_starts_on_every_sample_line_and_date_case() -> None:
    lines = [line for path in SAMPLE_FILES for line in path.read_text(encoding="utf-8").splitlines()]
    cases = (REPO / "tests" / "data" / "date_cases.tsv").read_text(encoding="utf-8").splitlines()
    lines += [case.split("\t")[1] for case in cases if case and not case.startswith("#")]
    assert len(lines) > 300
    for line in lines:
        low = vndate._lower(line)
        assert starts_by_two_patterns(low) == starts_by_one_pattern(low), line


@given(st.lists(st.sampled_from(PIECES), max_size=16))
@example(["x ", "september", " of the second quarter, as planned ", "5"])  # 35 characters from the word to its digit
@settings(max_examples=500, deadline=None)
def test_the_next_word_start_from_any_point_is_the_one_pattern_finds(pieces: list[str]) -> None:
    """`_word_start` skips to a little before the next digit (`_WORD_REACH`): from every point it finds
    the first word-led start one pattern finds there or after it."""
    low = vndate._lower("".join(pieces))
    word_starts = [at for at, kit in starts_by_one_pattern(low) if kit != "num"]
    for pos in range(len(low) + 1):
        found = vndate._word_start(low, pos)
        assert (found[0] if found else None) == next((at for at in word_starts if at >= pos), None), (low, pos)


ASCII_PIECES = [piece for piece in PIECES if piece.isascii()] + ["0", "9", "\t", "_", "a.m.", "2nd", "x1/2"]


@given(st.lists(st.sampled_from(ASCII_PIECES), max_size=16))
@settings(max_examples=500, deadline=None)
def test_ascii_text_is_scanned_as_the_general_scans_scan_it(pieces: list[str]) -> None:
    """ASCII text takes scans with [0-9] and an explicit non-word class: they find every digit, digit-led
    start and date word that the general scans (\\d, \\W) find there."""
    low = "".join(pieces)
    for ascii_scan, general_scan in zip(vndate._ASCII_SCANS, vndate._GENERAL_SCANS, strict=True):
        assert [match.span() for match in ascii_scan.finditer(low)] == [match.span() for match in general_scan.finditer(low)]
