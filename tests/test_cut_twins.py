"""Cut twins: a page and the same page as a crawl cut short dumps it, ending anywhere (after a line, in the middle
of a line between words, in the middle of a word), over the seeds and generated pages.

What a cut page must read as its whole page does, the cut being past it: each of the header's readings (a cut inside
the header too); the roles and languages of the lines well before the cut (a line's role may depend on the line or
two under it); the body text up to the cut (a prefix of the whole's); the kind, from the first body line on. A cut in
the body says so (`no_footer`, and `truncated` mid-word); a cut in the footer reads the body whole. Every non-empty
line of a cut page has a role, and no entry names a line the cut page has not. Under `run`, an article cut in its body
(inside a line or after one) is `near` of its whole page. Each exception is named where it is made, with its reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bdtools.ingest import page_record
from bdtools.parsers.page import FOOTER_ANCHORS
from bdtools.pipeline import process, run

from conftest import family_pages

GENERATED_PAGES = 40  # make_corpus's mix: articles, exact and near copies, listings and teaser pages
GENERATED_SEED = 11
# The header's readings, each with the roles of the lines it is read from: a cut past those lines keeps it.
HEADER_FIELDS = {"title": ("title",), "category": ("listing_header",), "published_raw": ("date_header",),
                 "published": ("date_header",), "byline": ("byline",)}
# A line's role may hang on the lines under it (a title on the widget under it, a heading on the longer line
# under it, a sign-off on being the body's last line): the cut page's last lines are read without them.
LAST_LINES_READ_ALONE = 2
# The variations that cut the page already: a cut of one is a cut page cut again.
CUT_VARIATIONS = ("cut_mid_paragraph", "cut_in_footer")


@functools.cache
def pages() -> dict[str, str]:
    """The seeds, each variation of them that applies (`bdtools.variants`) and a generated corpus's pages."""
    return family_pages(CUT_VARIATIONS, GENERATED_PAGES, GENERATED_SEED)


def read(text: str) -> tuple[str, dict]:
    """A page file's text as the read stage gives it (mojibake repaired, NFC) and its record after every page stage."""
    record = page_record(text.encode("utf-8"), "page.txt")
    return record["text"], process(record)


@functools.cache
def whole(name: str) -> dict:
    """The record of the whole page ``name`` of `pages`."""
    return read(pages()[name])[1]


@dataclass(frozen=True)
class Cut:
    """A page cut short: its text, the number of the line it ends in, and how it ends there."""

    text: str
    line: int
    how: str  # "line end", "between words" or "mid-word"


def cuts(text: str) -> Iterator[Cut]:
    """The page cut after each non-empty line, and in each such line of two words or more between its middle words
    and in the middle of its middle word (of two letters or more)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        head = lines[:index]
        yield Cut("\n".join([*head, line]), index + 1, "line end")
        words = list(re.finditer(r"\S+", line))
        if len(words) >= 2:
            middle = words[len(words) // 2]
            yield Cut("\n".join([*head, line[: middle.start()].rstrip()]), index + 1, "between words")
            if len(middle[0]) >= 2:
                yield Cut("\n".join([*head, line[: middle.start() + len(middle[0]) // 2]]), index + 1, "mid-word")


def entries(record: dict) -> list[dict]:
    """The record's ui and block entries, in line order."""
    return sorted([*record["ui"], *record["blocks"]], key=lambda entry: entry["line"])


def physical_lines(entry: dict) -> range:
    """The line numbers an entry covers (a hard-wrapped paragraph's text keeps its line breaks)."""
    return range(entry["line"], entry["line"] + entry["text"].count("\n") + 1)


def line_readings(record: dict) -> dict[int, list[tuple[str, str | None]]]:
    """The role and language of each entry on each line (a line may hold two entries: an image file and its caption)."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    for entry in entries(record):
        for number in physical_lines(entry):
            found.setdefault(number, []).append((entry["role"], entry["lang"]))
    return found


def first_body_line(record: dict) -> int | None:
    """The number of the first content line."""
    return min((block["line"] for block in record["blocks"]), default=None)


def footer_line(record: dict) -> int | None:
    """The number of the footer's first line (its first anchor after the body's first line)."""
    first = first_body_line(record) or 0
    anchors = [entry["line"] for entry in record["ui"] if entry["role"] in FOOTER_ANCHORS and entry["line"] > first]
    return min(anchors, default=None)


def codes(record: dict) -> set[str]:
    """The codes of the record's warnings."""
    return {warning["code"] for warning in record["warnings"]}


def accounting_problems(text: str, record: dict) -> list[str]:
    """Lines of the page's ``text`` that no entry of its record covers, and entries that name a line it has not or a
    text not on it."""
    lines = text.split("\n")
    nonempty = {number for number, line in enumerate(lines, start=1) if line.strip()}
    covered = {number for entry in entries(record) for number in physical_lines(entry)}
    problems = [f"line {number} has no role" for number in sorted(nonempty - covered)]
    problems += [f"line {number} is invented" for number in sorted(covered - nonempty)]
    for entry in entries(record):
        for number, piece in zip(physical_lines(entry), entry["text"].split("\n"), strict=True):
            if number in nonempty and piece.strip() not in lines[number - 1]:
                problems.append(f"line {number}'s entry {piece!r} is not on it")
    return problems


def reading_problems(name: str, cut: Cut) -> list[str]:
    """What the cut page reads otherwise than its whole page, where it must read alike."""
    page, (text, record) = whole(name), read(cut.text)
    problems = accounting_problems(text, record)
    if not has_header(page):
        return problems
    problems += header_problems(page, record, cut) + line_problems(page, record)
    first = first_body_line(page)
    if first is not None and cut.line >= first:
        problems += body_problems(page, record, cut)
    return problems


def has_header(record: dict) -> bool:
    """Whether the page has a header (an article's date line or font-size widget, a listing's category line). The
    exception: a page that begins mid-body and is cut in it is paragraphs alone, which nothing tells from a listing
    or a bare teaser page (`begin_mid_body`, `long_paragraph`): only its lines are checked (`accounting_problems`)."""
    return any(entry["role"] in ("date_header", "font_size_widget", "listing_header") for entry in record["ui"])


def header_problems(page: dict, record: dict, cut: Cut) -> list[str]:
    """The header's readings that differ, the cut being past the lines each is read from (a line at the cut's end
    may be anything: a title is one by the widget under it, a category line alone a bare teaser)."""
    return [f"{field} differs" for field, roles in HEADER_FIELDS.items()
            if cut.line > max((entry["line"] for entry in page["ui"] if entry["role"] in roles), default=cut.line)
            and record[field] != page[field]]


def line_problems(page: dict, record: dict) -> list[str]:
    """The lines well before the cut (all but `LAST_LINES_READ_ALONE`) whose roles or languages differ."""
    readings, cut_readings = line_readings(page), line_readings(record)
    return [f"line {number} reads {cut_readings[number]} not {readings[number]}"
            for number in sorted(cut_readings)[:-LAST_LINES_READ_ALONE] if cut_readings[number] != readings[number]]


def body_problems(page: dict, record: dict, cut: Cut) -> list[str]:
    """The body text, kind and warnings, the cut being in the body (past its first line) or in the footer. A listing
    has no footer: cut, it reads as a shorter listing, and no warning may say it is cut."""
    problems = []
    if not page["text"].startswith(text_above(record, cut.line)):
        problems.append("body text is no prefix of the whole's")
    if record["kind"] != page["kind"] and cut.line > first_body_line(page):
        problems.append(f"kind {record['kind']} not {page['kind']}")
    footer = footer_line(page)
    if footer is None:
        return problems
    if cut.line < footer:
        expected = {"no_footer", "truncated"} if cut.how == "mid-word" and ends_in_a_block(record, cut.line) else {"no_footer"}
        problems += [f"no {code} warning" for code in sorted(expected - codes(record))]
    else:
        if record["text"] != page["text"]:
            problems.append("footer cut: body is not whole")
        if "no_footer" in codes(record):
            problems.append("footer cut: no_footer warning")
    return problems


def ends_in_a_block(record: dict, line: int) -> bool:
    """Whether the cut's line is content: only a paragraph says it was cut mid-word (`truncated`, it has no end mark); a
    credit or byline cut in a name reads as one (`Reported by Mai Xu`)."""
    return any(line in physical_lines(block) for block in record["blocks"])


def text_above(record: dict, line: int) -> str:
    """The record's body text but for the block on the cut's line: a cut page's unterminated last line is a paragraph
    cut short (DESIGN, `truncated`), so a caption or heading there is body text."""
    last = record["blocks"][-1] if record["blocks"] else None
    if last is not None and last["line"] == line and record["text"].endswith(last["text"]):
        return record["text"][: -len(last["text"])].rstrip("\n")
    return record["text"]


def all_problems() -> dict[tuple[str, int, str], list[str]]:
    """Every cut of every page that reads otherwise than it must, with what differs."""
    found = {}
    for name, text in pages().items():
        for cut in cuts(text):
            problems = reading_problems(name, cut)
            if problems:
                found[(name, cut.line, cut.how)] = problems
    return found


def test_the_cuts_cover_the_family():
    """Articles, listings and bare teaser pages, cut in the header, the body and the footer, many cut pages read
    `truncated`: a family that left out a kind or a place would pass without testing it."""
    assert {whole(name)["kind"] for name in pages()} >= {"article", "listing", "unknown"}
    places = {"header": 0, "body": 0, "footer": 0, "truncated": 0}
    for name, text in pages().items():
        page = whole(name)
        first, footer = first_body_line(page) or 0, footer_line(page)
        for cut in cuts(text):
            place = "header" if cut.line < first else "footer" if footer is not None and cut.line >= footer else "body"
            places[place] += 1
            places["truncated"] += cut.how == "mid-word" and place == "body" and "truncated" in codes(read(cut.text)[1])
    assert min(places.values()) >= 500, places


def test_every_cut_page_reads_as_its_whole_page_up_to_the_cut():
    """Each page of the family cut after each line, and in each line between words and in a word. A dump that lost
    its date line (or begins at the title) and is cut above its footer was read as a listing (its widget a listing
    title), not the article its widget says it is."""
    assert all_problems() == {}


def cut_crawls(name: str, how: tuple[str, ...]) -> list[Cut]:
    """The page's cuts in its body, in a paragraph or other content line, that end ``how``."""
    page = whole(name)
    first, footer = first_body_line(page), footer_line(page)
    return [cut for cut in cuts(pages()[name]) if cut.how in how and first is not None and footer is not None
            and first <= cut.line < footer and ends_in_a_block(read(cut.text)[1], cut.line)]


def near_copies(tmp_path, name: str, crawls: list[Cut]) -> dict[str, dict]:
    """``dup`` of each cut crawl of the page, by its cut, after `run` over the whole page and the crawls."""
    whole_path = tmp_path / f"{name}.txt"
    whole_path.write_text(pages()[name], encoding="utf-8")
    paths = {}
    for cut in crawls:
        path = tmp_path / f"{name}-cut-{cut.line:03d}-{cut.how.replace(' ', '-')}.txt"
        path.write_text(cut.text, encoding="utf-8")
        paths[str(path)] = cut
    records = {record["source"]["path"]: record for record in run([str(whole_path), *paths])}
    story = records[str(whole_path)]["id"]
    return {f"{cut.line} {cut.how}": (records[path]["dup"]["status"], records[path]["dup"]["of"] == story)
            for path, cut in paths.items()}


# The seeds' articles and generated ones (an edited copy among them).
ARTICLES = ("001_b5f1e6c3974f0a2e", "002_c57f6a351f2965d6", "003_790eb7187b08f3fc", "004_1d0961e87c14cec6",
            "generated-0-distinct", "generated-8-distinct", "generated-16-distinct", "generated-33-distinct-edit")


@pytest.mark.parametrize("name", ARTICLES)
def test_a_page_cut_in_its_body_is_a_near_copy_of_its_whole_page(tmp_path, name):
    """README: a page cut short in a line of its body (``no_footer``, and ``truncated`` unless the cut follows a word
    that ends a sentence, such as `Mr.`) is ``near`` of its whole article, however short, cut in the lead too."""
    crawls = cut_crawls(name, ("between words", "mid-word"))
    assert len(crawls) >= 10
    assert set(near_copies(tmp_path, name, crawls).values()) == {("near", True)}


@pytest.mark.parametrize("name", ARTICLES)
def test_a_page_cut_after_a_paragraph_is_a_near_copy_of_its_whole_page(tmp_path, name):
    """README: an article cut after a line of its body has ``no_footer`` but no ``truncated`` when the line ends a
    sentence; it is cut short all the same (`dedup.FOOTED_KINDS`), ``near`` of its whole article. It was a whole
    page: ``teaser`` of its article when short, else ``unique``, and the story of the pages cut further down. The
    one cut after the body's last line holds the whole body: it is ``exact`` of the article, which stays the story
    (it was the other way round where the cut page's id was the smaller)."""
    crawls = cut_crawls(name, ("line end",))
    assert len(crawls) >= 3
    body = whole(name)["text"]
    expected = {f"{cut.line} {cut.how}": ("exact" if read(cut.text)[1]["text"] == body else "near", True) for cut in crawls}
    assert sorted(expected.values()).count(("exact", True)) == 1
    assert near_copies(tmp_path, name, crawls) == expected
