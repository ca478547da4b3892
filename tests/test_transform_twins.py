"""Twins: a page and a transform of it that must read the same (line ends, Unicode forms, mojibake, byte order
marks, spaces, hard wraps), over the seeds, their variations and generated pages.

A twin gives the records of its page but for what rightly records the transform, each named in its `Twin`: the
record's ``id`` and ``source`` (the bytes differ), the read stage's ``mojibake`` warning, the no-break spaces a
template line keeps in its text, and a hard-wrapped paragraph's line breaks and line numbers.
"""

from __future__ import annotations

import codecs
import functools
import re
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from bdtools.ingest import page_record
from bdtools.pipeline import process, run
from bdtools.variants import mojibake_text

from conftest import SAMPLE_FILES, family_pages

GENERATED_PAGES = 60  # make_corpus's mix of every kind of page, listings and teaser pages among them
GENERATED_SEED = 7
# Widths a crawler wraps at (60 columns: a first piece under 50 characters was read as a caption, "From the above
# vision, Binh Duong together with", and a line that a word in capitals and a dash open after a sentence's end as a
# tagged lead, "… space." / "WTA - Tampere and …"; 68 and 88: a dash opening a wrapped line under a first line
# without a comma).
WRAP_WIDTHS = (60, 65, 68, 72, 80, 88, 100)
# The template's lines, whose spaces a dump may write as no-break spaces.
TEMPLATE_ROLES = frozenset({"date_header", "font_size_widget", "byline", "views", "share", "sp_action", "sp_field",
                            "content_type", "audit", "related_header", "listing_header", "more_link", "pager"})
# The variations that are twins' transforms: a twin of one would be a transform of a transform ("\r\r\n").
TRANSFORM_VARIATIONS = ("crlf", "nfd", "mojibake")
# The names a record reads from its template's lines: a no-break space in them is read as a space.
NAMES = ("category", "content_type")
# Spaces and tabs a dump may leave at a line's end.
TRAILING = (" ", "\t", "  ", " \t")


@functools.cache
def pages() -> dict[str, str]:
    """The seeds, each variation of them that applies (`bdtools.variants`) and a generated corpus's pages."""
    return family_pages(TRANSFORM_VARIATIONS, GENERATED_PAGES, GENERATED_SEED)


def read(raw: bytes) -> dict:
    """A page file's record after every page stage."""
    return process(page_record(raw, "page.txt"))


@functools.cache
def original(name: str) -> dict:
    """The record of the page ``name`` of `pages`, read from its UTF-8 bytes."""
    return read(pages()[name].encode("utf-8"))


def reading(record: dict) -> dict:
    """What a twin must give as its page does: the record but its ``id`` and ``source``, which name the bytes."""
    return {key: value for key, value in record.items() if key not in ("id", "source")}


def strings_mapped(value, change: Callable[[str], str], line: Callable[[int], int] = lambda number: number):
    """``value`` (a record's JSON data) with every string changed by ``change`` and every ``line`` number by ``line``."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [strings_mapped(item, change, line) for item in value]
    if isinstance(value, dict):
        return {key: line(item) if key == "line" and isinstance(item, int) else strings_mapped(item, change, line)
                for key, item in value.items()}
    return value


def template_spaces_no_break(text: str, record: dict) -> str:
    """The page with every space of its template's lines (`TEMPLATE_ROLES`, as its reading found them) a no-break space."""
    lines = text.split("\n")
    for entry in record["ui"]:
        if entry["role"] in TEMPLATE_ROLES:
            lines[entry["line"] - 1] = lines[entry["line"] - 1].replace(" ", "\u00a0")
    return "\n".join(lines)


def trailing_spaces(text: str) -> str:
    """Every non-empty line with spaces or tabs after it, in turn."""
    return "\n".join(line + TRAILING[number % len(TRAILING)] if line else line for number, line in enumerate(text.split("\n")))


def hard_wrapped(text: str, record: dict, width: int) -> tuple[str, list[int]]:
    """The page with every body paragraph longer than ``width`` wrapped at it (as textwrap does), and the line
    number on the page of each of its lines."""
    paragraphs = {block["line"] for block in record["blocks"] if block["role"] == "body"}
    lines: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        pieces = (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                  if number in paragraphs and len(line) > width else [line])
        lines += pieces
        numbers += [number] * len(pieces)
    return "\n".join(lines), numbers


@dataclass(frozen=True)
class Twin:
    """A transform of a page's text (given its reading) into a file's bytes, the readings, the page's and the
    twin's, as they must be equal (`reading` but for what rightly records the transform), and the pages it makes
    twins of (by their reading)."""

    make: Callable[[str, dict], bytes]
    readings: Callable[[str, dict, dict], tuple[dict, dict]] = lambda text, page, twin: (reading(page), reading(twin))
    applies: Callable[[dict], bool] = lambda page: True


def with_mojibake_warning(text: str, page: dict, twin: dict) -> tuple[dict, dict]:
    """The twin read with the ``mojibake`` warning of the read stage, which the page has not."""
    warning = {"stage": "read", "code": "mojibake", "message": "mojibake was repaired", "line": None}
    return {**reading(page), "warnings": [warning, *page["warnings"]]}, reading(twin)


def no_break_spaces_as_spaces(text: str, page: dict, twin: dict) -> tuple[dict, dict]:
    """Both read with their no-break spaces as spaces: a template line keeps them in its text (``ui``, a segment's,
    ``published_raw``, the byline's ``date_raw``), as written; but the names read from those lines (`NAMES`, the
    byline's author) as they are, which must be the page's."""
    def spaced(value: str) -> str:
        return value.replace("\u00a0", " ")
    readings = []
    for record in (page, twin):
        mapped = {**strings_mapped(reading(record), spaced), **{key: record[key] for key in NAMES}}
        if record["byline"] is not None:
            mapped["byline"] = {**mapped["byline"], "author": record["byline"]["author"]}
        readings.append(mapped)
    return readings[0], readings[1]


def unwrapped(width: int, text: str, page: dict, twin: dict) -> tuple[dict, dict]:
    """The twin read with its paragraphs' line breaks as spaces (a wrapped paragraph's block keeps them, and so the
    body text) and its line numbers as the page's; both with their runs of spaces as one, as a wrap breaking a line at
    two spaces leaves none ("The  collaboration" broken there is "The" / "collaboration")."""
    numbers = hard_wrapped(text, page, width)[1]
    def spaced(value: str) -> str:
        return re.sub(r" {2,}", " ", value)
    def joined(value: str) -> str:
        return spaced(re.sub(r"(?<!\n)\n(?!\n)", " ", value))
    return strings_mapped(reading(page), spaced), strings_mapped(reading(twin), joined, lambda number: numbers[number - 1])


def wrappable(page: dict) -> bool:
    """An article whose body has three blocks or more: DESIGN's unwrapping reads a line that ends a sentence as its
    paragraph's end in a body with fewer than two blank-line breaks (a body of one paragraph wrapped is a body of
    one-line paragraphs without blank lines), so such a page is no twin of its wrapped dump."""
    return page["kind"] == "article" and len(page["blocks"]) >= 3


TWINS: dict[str, Twin] = {
    "CRLF": Twin(lambda text, page: text.replace("\n", "\r\n").encode("utf-8")),
    "CR": Twin(lambda text, page: text.replace("\n", "\r").encode("utf-8")),
    "NFD": Twin(lambda text, page: unicodedata.normalize("NFD", text).encode("utf-8")),
    "UTF-8 read as Windows-1252": Twin(lambda text, page: mojibake_text(text).encode("utf-8"), with_mojibake_warning),
    "UTF-8 read as Latin-1": Twin(lambda text, page: text.encode("utf-8").decode("latin-1").encode("utf-8"),
                                  with_mojibake_warning),
    "UTF-8 read as Windows-1252 twice": Twin(lambda text, page: mojibake_text(mojibake_text(text)).encode("utf-8"),
                                             with_mojibake_warning),
    "UTF-8 with BOM": Twin(lambda text, page: codecs.BOM_UTF8 + text.encode("utf-8")),
    "UTF-16 with BOM": Twin(lambda text, page: text.encode("utf-16")),
    "UTF-16 big-endian with BOM": Twin(lambda text, page: codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
    "trailing spaces and tabs": Twin(lambda text, page: trailing_spaces(text).encode("utf-8")),
    "no-break spaces in the template's lines": Twin(
        lambda text, page: template_spaces_no_break(text, page).encode("utf-8"), no_break_spaces_as_spaces),
    **{f"body paragraphs hard-wrapped at {width}": Twin(
        functools.partial(lambda width, text, page: hard_wrapped(text, page, width)[0].encode("utf-8"), width),
        functools.partial(unwrapped, width), wrappable) for width in WRAP_WIDTHS},
}


def differences(name: str, twin: Twin) -> list[tuple[str, list[str]]]:
    """Each page whose twin reads otherwise, with the fields that differ."""
    found = []
    for page_name, text in pages().items():
        page = original(page_name)
        if not twin.applies(page):
            continue
        raw = twin.make(text, page)
        if raw == text.encode("utf-8"):  # (an ASCII page has no mojibake, a page without template lines no spaces in them)
            continue
        expected, got = twin.readings(text, page, read(raw))
        if expected != got:
            found.append((page_name, sorted(key for key in expected.keys() | got.keys() if expected.get(key) != got.get(key))))
    return found


def test_the_twins_cover_the_family():
    """Seeds, variations and generated pages of each kind, so that a twin failing on any of them shows here."""
    kinds = {original(name)["kind"] for name in pages()}
    assert {"article", "listing", "unknown"} <= kinds
    assert sum(wrappable(original(name)) for name in pages()) >= 50
    # (a twin that left the bytes of its pages as they are, a role renamed or a width no paragraph passes, would
    # compare nothing and pass: each changes most pages)
    changed = {name: sum(twin.applies(original(page)) and twin.make(text, original(page)) != text.encode("utf-8")
                         for page, text in pages().items()) for name, twin in TWINS.items()}
    assert {name: count for name, count in changed.items() if count < 50} == {}


@pytest.mark.parametrize("name", TWINS)
def test_every_page_reads_as_its_twin(name):
    """CRLF and CR line ends, NFD, UTF-8 read as Windows-1252 or Latin-1 (once or twice), a byte order mark, UTF-16,
    spaces and tabs after lines, no-break spaces in the template's lines (the widget, views, content type and audit
    lines were unknown), body paragraphs hard-wrapped at `WRAP_WIDTHS` (a wrapped piece of under 50 characters above a
    long word, a sentence's last number opening a wrapped line, "November" / "5. The …", and a date broken by the
    wrap, "April" / "25th", read otherwise; a dash opening a wrapped line after a first line without a comma, "… of
    science" / "- technology …", "(Government - Enterprise" / "– Institutions …", an item's line cut before a
    capital, read otherwise at 65 to 88 columns)."""
    assert differences(name, TWINS[name]) == []


def test_twins_are_exact_copies_of_their_seed(tmp_path):
    """`bdtools run` over the seeds and every twin of them: a seed and its twins are one cluster of exact copies
    (the canonical one may be a twin: the smallest id of equals), and each twin reads as its seed does."""
    paths = []
    for sample in SAMPLE_FILES:
        text = sample.read_text(encoding="utf-8")
        twins = [(name, twin) for name, twin in TWINS.items() if twin.applies(original(sample.stem))]
        for number, (name, twin) in enumerate([("seed", None), *twins]):
            path = tmp_path / f"{sample.stem}-{number:02d}.txt"
            path.write_bytes(text.encode("utf-8") if twin is None else twin.make(text, original(sample.stem)))
            paths.append((sample.stem, name, path))
    records = {record["source"]["path"]: record for record in run([str(path) for _, _, path in paths])}
    seeds = {stem: records[str(path)] for stem, name, path in paths if name == "seed"}
    for stem, seed in seeds.items():
        family = [records[str(path)]["dup"] for of, _, path in paths if of == stem]
        assert sorted(dup["status"] for dup in family) == ["exact"] * (len(family) - 1) + ["unique"], stem
        assert {dup["cluster"] for dup in family} == {seed["dup"]["cluster"]}, stem
    for stem, name, path in paths:
        if name != "seed":
            expected, got = TWINS[name].readings(pages()[stem], seeds[stem], records[str(path)])
            assert without_dup(expected) == without_dup(got), (stem, name)


def without_dup(reading_: dict) -> dict:
    """A reading without dedup's decision (a twin's is ``exact``, its seed's ``unique``) nor the version."""
    return {key: value for key, value in reading_.items() if key not in ("dup", "bdtools_version")}


@pytest.mark.parametrize("width", (60, *WRAP_WIDTHS))
def test_a_bare_paragraph_page_reads_as_its_wrapped_twin(width):
    """A page that is one bare paragraph (a teaser page: no header, footer or listing header), hard-wrapped: each
    wrapped line was a body block of its own, and a first line that ends unterminated was read as a listing's
    category header (kind 'listing')."""
    teasers = [name for name in pages() if name.endswith("-teaser")]
    assert teasers
    wrapped = {name: read("\n".join(textwrap.wrap(pages()[name], width)).encode("utf-8")) for name in teasers}
    assert [(record["kind"], len(record["blocks"])) for record in wrapped.values()] == [
        (original(name)["kind"], len(original(name)["blocks"])) for name in teasers]
