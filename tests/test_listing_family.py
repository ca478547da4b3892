"""Listing family: listing pages built from the articles of a family (the seeds' and a generated corpus's), each
article an item (its title, its date as a listing writes it, its lead or the lead's first sentence as its teaser,
with or without the agency tag, cut with `…` or `...`), in every listing shape the parser knows.

What must hold: every item's title, date and teaser read as such, line by line, the item's date the article's, the
page a `listing`, its controls controls, no item's text lost or joined to another's; an item reads the same
whatever its neighbours (the items reordered, one removed); under dedup (batch and `--streaming`) each teaser is
its article's (`of`) when the article is in the run, before or after the listing, and nobody's when it is absent
or when the teaser is no lead; the same listing crawled twice is a copy. Each exception is named where it is made,
with its reason.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest

from bdtools.dedup import dedup
from bdtools.ingest import page_record
from bdtools.parsers.page import listing_control, strip_agency_tag
from bdtools.pipeline import process
from bdtools.variants import WEEKDAY_NAMES

from conftest import SAMPLE_FILES, load_script, without_marks

GENERATED_PAGES = 70  # make_corpus's mix: 42 distinct articles among them
GENERATED_SEED = 5
ITEMS_PER_LISTING = 6
# Shapes of an item: its parts on lines of their own, in this order (a blank line where "" stands).
LAYOUTS = {
    "teaser": ("teaser",),
    "title/teaser": ("title", "teaser"),
    "title/date/teaser": ("title", "date", "teaser"),
    "date/title/teaser": ("date", "title", "teaser"),
    "title/teaser/date": ("title", "teaser", "date"),
    "title/date//teaser": ("title", "date", "", "teaser"),
    "teaser/date": ("teaser", "date"),
}
ROLES = {"title": "listing_title", "date": "listing_date", "teaser": "listing_item"}
# Items apart: a blank line or a line break alone.
BETWEEN = {"blank line": 1, "line break": 0}
HEADERS = ("News - Smart City", "Tin tức - Sự kiện", "News", "Tin tức", "News - Investment")
# A link to the story under each item, a pager under the list, or both, with the role each takes.
MORE_LINKS = ("Xem tiếp", "Read more", "Xem tiếp »", "Xem thêm")
PAGERS = ("1 2 3 Tiếp »", "« Trang trước 1 2 3 Trang sau »", "(1 - 10 / 245)", "Next", "Next »", "1 2 3 4 5 Next »", "Tiếp",
          "Tiếp theo »", "Next page", "« Previous", "Trang sau", "Tiếp theo", "Previous page")
CONTROLS = ("none", "more links", "pager", "both")


@dataclass(frozen=True)
class Article:
    """An article of the family: its page and what a listing shows of it."""

    name: str
    text: str
    title: str
    header: str  # its date line
    byline: str | None
    published: str  # ISO date
    lead: str
    other_paragraph: str  # a body paragraph that is no lead


@dataclass(frozen=True)
class Item:
    """A listing's item: its parts as the listing writes them, the article it repeats (its place in `articles`) and
    that article's date."""

    title: str
    date: str
    teaser: str
    story: int
    published: str


def _article(name: str, text: str) -> Article:
    record = read(text, name)
    lines = text.split("\n")
    header = next(entry for entry in record["ui"] if entry["role"] == "date_header")
    byline = next((entry for entry in record["ui"] if entry["role"] == "byline"), None)
    body = [block["text"] for block in record["blocks"] if block["role"] == "body" and "\n" not in block["text"]]
    return Article(name, text, record["title"], lines[header["line"] - 1].strip(),
                   None if byline is None else lines[byline["line"] - 1].strip(), record["published"][:10],
                   body[0], max(body[1:], key=len))


@functools.cache
def articles() -> tuple[Article, ...]:
    """The seeds' articles and a generated corpus's distinct ones."""
    make_corpus = load_script("make_corpus")
    pages = [(path.stem, path.read_text(encoding="utf-8")) for path in SAMPLE_FILES if not path.stem.startswith("000")]
    pages += [(f"generated-{number}", page.text) for number, page in
              enumerate(make_corpus.build(GENERATED_PAGES, GENERATED_SEED, make_corpus.load_source()))
              if page.kind == "distinct"]
    return tuple(_article(name, text) for name, text in pages)


def read(text: str, name: str = "listing.txt") -> dict:
    """A page file's record after every page stage."""
    return process(page_record(text.encode("utf-8"), name))


# --- the items ---------------------------------------------------------------------------------------------------

# A sentence's end before a capital, after no title's abbreviation ("Mr. Mai Hung Dung").
_FIRST_SENTENCE = re.compile(r"^.*?(?<!Mr|Ms|Dr)(?<!Mrs)[.!?](?=\s+[A-Z])")


def first_sentence(text: str) -> str:
    """A lead's first sentence (the lead itself when it has one)."""
    found = _FIRST_SENTENCE.match(text)
    return found[0] if found else text


def cut(text: str, end: int, ellipsis: str, mid_word: bool) -> str:
    """A teaser cut at the word at character ``end``, at the word's end or in it, an ellipsis after it."""
    space = text.rfind(" ", 0, end)
    word_end = re.match(r"\S+", text[space + 1:])
    assert word_end is not None
    return text[: space + 1 + (len(word_end[0]) // 2 if mid_word else len(word_end[0]))].rstrip(" ,;:-–") + ellipsis


def share(text: str) -> int:
    """Where a listing cuts a long teaser: at about 60 % of the lead."""
    return len(text) * 3 // 5


# A teaser cut short (`SHORT_TEASER_CHARS`): a dozen words, the word it cut one shingle of about ten.
SHORT_TEASER_CHARS = 80
TEASERS = {
    "lead": lambda lead: lead,
    "lead untagged": strip_agency_tag,
    "first sentence": first_sentence,
    "first sentence untagged": lambda lead: strip_agency_tag(first_sentence(lead)),
    "cut …": lambda lead: cut(lead, share(lead), "…", False),
    "cut ...": lambda lead: cut(lead, share(lead), "...", False),
    "cut mid-word …": lambda lead: cut(lead, share(lead), "…", True),
    "cut mid-word ...": lambda lead: cut(lead, share(lead), "...", True),
    "cut short mid-word …": lambda lead: cut(lead, SHORT_TEASER_CHARS, "…", True),
    "cut short mid-word ...": lambda lead: cut(lead, SHORT_TEASER_CHARS, "...", True),
    "cut short mid-word  ...": lambda lead: cut(lead, SHORT_TEASER_CHARS, " ...", True),
}


def _day_month_year(article: Article) -> str:
    """The article's date as the portal writes it: 16/05/2019."""
    return datetime.date.fromisoformat(article.published).strftime("%d/%m/%Y")


def _weekday_date(article: Article) -> str:
    """The article's date after its weekday as the portal names it: Thứ 5, 16/05/2019."""
    return f"{WEEKDAY_NAMES[datetime.date.fromisoformat(article.published).weekday()][0]}, {_day_month_year(article)}"


# The item's date in the forms a listing writes it: the article's header line and byline as they are, the date
# alone, with a time, a weekday, a label, in brackets, ISO.
DATES = {
    "header": lambda article: article.header,
    "byline": lambda article: article.byline or article.header,
    "date": _day_month_year,
    "date and time": lambda article: _day_month_year(article) + " 08:30",
    "weekday": _weekday_date,
    "label": lambda article: "Cập nhật: " + _day_month_year(article),
    "brackets": lambda article: f"({_day_month_year(article)})",
    "iso": lambda article: article.published,
}


def item(index: int, date_form: str, shift: int = 0) -> Item:
    """The item of article ``index``, its date in ``date_form`` (`DATES`), its teaser's form drawn in turn (``shift``
    turns them on), so that the family meets every form in every shape."""
    article = articles()[index]
    teaser = list(TEASERS.values())[(index + shift) % len(TEASERS)]
    return Item(article.title, DATES[date_form](article), teaser(article.lead), index, article.published)


def chunks(shift: int = 0) -> list[list[Item]]:
    """Every article's item, in listings of `ITEMS_PER_LISTING`, each listing's dates in one form (a portal writes
    its listing's dates alike), drawn in turn."""
    starts = range(0, len(articles()), ITEMS_PER_LISTING)
    return [[item(index, list(DATES)[(number + shift) % len(DATES)], shift)
             for index in range(start, min(start + ITEMS_PER_LISTING, len(articles())))]
            for number, start in enumerate(starts)]


# --- the listing pages -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """A listing's shape: its items' layout, what parts them, its header and controls."""

    layout: str
    between: str
    header: str
    controls: str
    wrap: int | None = None  # the width its teasers are hard-wrapped at

    def __str__(self) -> str:
        wrapped = f", wrapped at {self.wrap}" if self.wrap else ""
        return f"{self.layout}, {self.between}, {self.header}, {self.controls}{wrapped}"


@dataclass(frozen=True)
class Listing:
    """A listing page's text and what each of its non-empty lines must read (role, text), by line number; the
    line numbers of each item's parts."""

    text: str
    expected: dict[int, tuple[str, str]]
    item_lines: tuple[tuple[int, ...], ...]


def listing(shape: Shape, items: list[Item], cut_short: bool = False) -> Listing:
    """The listing page of ``items`` in ``shape``; ``cut_short``: its dump ends in the last item's teaser, in a word
    (the parts after the teaser and the controls lost with it)."""
    lines, expected, item_lines = [shape.header, ""], {1: ("listing_header", shape.header)}, []
    for number, listed in enumerate(items):
        if number:
            lines += [""] * BETWEEN[shape.between]
        parts = []
        for part in LAYOUTS[shape.layout]:
            if not part:
                lines.append("")
                continue
            text = getattr(listed, part)
            if cut_short and number == len(items) - 1 and part == "teaser":
                text = text[: len(text) // 2].rstrip()
                text = text if text[-1].isalnum() else text[:-1]  # in a word, as a dump cut mid-line ends
            if part == "teaser" and shape.wrap:
                text = "\n".join(textwrap.wrap(text, shape.wrap, break_long_words=False, break_on_hyphens=False))
            parts.append(len(lines) + 1)
            expected[len(lines) + 1] = (ROLES[part], text)
            lines += text.split("\n")
            if cut_short and number == len(items) - 1 and part == "teaser":
                break
        item_lines.append(tuple(parts))
        if shape.controls in ("more links", "both") and not (cut_short and number == len(items) - 1):
            lines.append(MORE_LINKS[number % len(MORE_LINKS)])
            expected[len(lines)] = ("more_link", lines[-1])
    if shape.controls in ("pager", "both") and not cut_short:
        lines += [""] * BETWEEN[shape.between] + [pager(items)]
        expected[len(lines)] = ("pager", lines[-1])
    return Listing("\n".join(lines) + ("" if cut_short else "\n"), expected, tuple(item_lines))


def pager(items: list[Item]) -> str:
    """The pager under the listing of ``items``, drawn by its first item's article: the family meets every pager."""
    return PAGERS[items[0].story % len(PAGERS)]


def readings(record: dict) -> dict[int, tuple[str, str]]:
    """Each entry of a record (role, text) by its line; a line of two entries, or an entry over lines, is listed
    as such (a joined or split item)."""
    found: dict[int, tuple[str, str]] = {}
    for entry in [*record["ui"], *record["blocks"]]:
        key = entry["line"] if entry["line"] not in found else (entry["line"], len(found))
        found[key] = (entry["role"], entry["text"])
    return found


def reading_problems(page: Listing, record: dict, items: list[Item]) -> list[str]:
    """What the listing reads otherwise than it must: its kind, each line's role and text, each item's date."""
    problems = [] if record["kind"] == "listing" else [f"kind {record['kind']}"]
    found = readings(record)
    problems += [f"line {line}: {found.get(line)} not {reading}" for line, reading in page.expected.items()
                 if found.get(line) != reading]
    problems += [f"entry {line}: {reading} not expected" for line, reading in found.items() if line not in page.expected]
    values = {date["line"]: date["value"][:10] for date in record["dates"]}
    for listed, lines in zip(items, page.item_lines, strict=True):
        problems += [f"line {line}: date {values.get(line)} not {listed.published}" for line in lines
                     if page.expected[line][0] == "listing_date" and values.get(line) != listed.published]
    return problems


SHAPES = [Shape(layout, between, HEADERS[number % len(HEADERS)], CONTROLS[number % len(CONTROLS)])
          for number, (layout, between) in enumerate(itertools.product(LAYOUTS, BETWEEN))]


def test_the_family_meets_every_form_in_every_shape():
    """Every teaser form and every date form in both turns of the family's listings, each form a teaser or date of its
    own, some articles with a byline, a teaser long enough for a lead key: a family that left a form out, or whose
    forms came to one, would pass without testing it."""
    assert len(articles()) >= 40
    for shift in range(2):
        listed = [listed for items in chunks(shift) for listed in items]
        assert {listed.teaser[-1] for listed in listed} >= {".", "…"} and sum(listed.teaser.endswith("...") for listed in listed)
        assert len({listed.date[:3] for listed in listed}) > 5
    for article in articles():
        cuts = {form(article.lead) for name, form in TEASERS.items() if name.startswith("cut")}
        assert len(cuts) == len([name for name in TEASERS if name.startswith("cut")]) and article.lead not in cuts
        assert len({form(article) for form in DATES.values()}) == len(DATES) - (article.byline is None), article.name
        assert len(strip_agency_tag(cut(article.lead, SHORT_TEASER_CHARS, "…", True)).split()) > 8, article.name
    assert sum(article.byline is not None for article in articles()) >= 10
    assert sum(first_sentence(article.lead) != article.lead for article in articles()) >= 30


def family_listings(one_item: bool) -> Iterator[tuple[tuple[int, int], list[Item]]]:
    """The family's listings' items, in both turns of the forms, by (turn, listing's number), or, ``one_item``, each
    item alone by (turn, its article)."""
    for shift in range(2):
        for number, items in enumerate(chunks(shift)):
            if one_item:
                yield from (((shift, listed.story), [listed]) for listed in items)
            else:
                yield (shift, number), items


def shape_problems(shape: Shape, one_item: bool = False, cut_short: bool = False) -> dict[tuple[int, int], list[str]]:
    """What each listing of the family in ``shape`` reads otherwise than it must (`reading_problems`)."""
    found = {}
    for key, items in family_listings(one_item):
        page = listing(shape, items, cut_short)
        if problems := reading_problems(page, read(page.text), items):
            found[key] = problems
    return found


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_every_item_reads_as_its_parts(shape):
    """Every item of every listing of the family: its title a `listing_title`, its date a `listing_date` dated as
    its article, its teaser a `listing_item` whole and alone, the controls controls, the page a listing."""
    assert shape_problems(shape) == {}


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_a_listing_of_one_item_reads_as_its_item(shape):
    """Each article alone in a listing (its date in each form in turn): the page a listing, its item read as in a
    longer listing."""
    assert shape_problems(shape, one_item=True) == {}


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_a_listing_cut_short_reads_as_its_items_up_to_the_cut(shape):
    """A listing whose dump ends in its last item's teaser, in a word: the items above read whole, the cut teaser
    an item of its own."""
    assert shape_problems(shape, cut_short=True) == {}


# Teasers hard-wrapped as a crawler wraps them (`bdtools.variants.WRAP_WIDTHS`).
WRAP_WIDTH = 72
# Under its title, a hard-wrapped untagged teaser stands apart by its lines' width (`_heads_wrapped_lines`): the title
# is longer than they reach, so short that their first word would have fitted on it, or they open a sentence.
WRAPPED_SHAPES = [replace(shape, wrap=WRAP_WIDTH) for shape in SHAPES]


@pytest.mark.parametrize("shape", WRAPPED_SHAPES, ids=str)
def test_a_hard_wrapped_teaser_reads_as_one_item(shape):
    """The family's listings with their teasers hard-wrapped: each teaser one `listing_item` whose text keeps its line
    breaks, the other parts as unwrapped, in listings of one item and cut short too."""
    assert [shape_problems(shape, **case) for case in ({}, {"one_item": True}, {"cut_short": True})] == [{}, {}, {}]


# The Vietnamese portal's listings: its items built from the words of its leads (who, what, about what, where, the
# part of the day), its teasers tagged as its newsrooms tag them ("TTĐT - ", "CỔNG TTĐT - ", "(BDO) - ", "(BDO) ") or
# untagged.
VI_SUBJECTS = ("UBND tỉnh", "Ban Chỉ đạo xây dựng thành phố thông minh", "Sở Kế hoạch và Đầu tư", "Becamex IDC",
               "Thành phố Thủ Dầu Một", "Sở Thông tin và Truyền thông", "Hội Nông dân tỉnh")
VI_ACTIONS = ("họp rà soát kế hoạch", "tiếp đoàn công tác", "ký kết hợp tác", "khánh thành dự án", "tổng kết năm")
VI_TOPICS = ("thành phố thông minh", "chuyển đổi số", "khu công nghiệp công nghệ cao", "giáo dục thông minh",
             "giao thông công cộng", "chính quyền số")
VI_PLACES = ("Trung tâm Hội nghị và Triển lãm tỉnh", "Trung tâm Hành chính tỉnh", "Nhà Văn hóa thành phố Dĩ An",
             "Khu công nghiệp Bàu Bàng")
VI_DAY_PARTS = ("Sáng", "Chiều", "Ngày", "Tối")
VI_TAGS = ("TTĐT - ", "(BDO) - ", "(BDO) ", "", "CỔNG TTĐT - ", "(CTTĐT) - ", "CONG TTDT - ")
VI_SECOND_SENTENCES = (
    "Hội nghị đã thống nhất các nhiệm vụ trọng tâm trong thời gian tới, tập trung phát triển hạ tầng số và nguồn nhân "
    "lực chất lượng cao cho tỉnh.",
    "Theo báo cáo, trong năm qua tỉnh đã đạt nhiều kết quả quan trọng, thu hút đầu tư tăng mạnh so với cùng kỳ.",
)
VI_ITEMS = 12
# A Vietnamese listing's dates: the weekday and date ("Thứ 5, 16/05/2019"), as an article's header, the date alone.
VI_DATES = ("{weekday}, {day:%d/%m/%Y}", "{weekday}, Ngày {day:%d/%m/%Y}, 08:30", "{day:%d/%m/%Y}")


def vietnamese_items(date_form: str) -> list[Item]:
    """The Vietnamese family's items, their dates in ``date_form`` (`VI_DATES`), each part drawn in turn."""
    found = []
    for number in range(VI_ITEMS):
        day = datetime.date(2019, 5, 16) + datetime.timedelta(days=37 * number)
        what = (f"{VI_SUBJECTS[number % len(VI_SUBJECTS)]} {VI_ACTIONS[number % len(VI_ACTIONS)]} về "
                f"{VI_TOPICS[number % len(VI_TOPICS)]}")
        lead = (f"{VI_TAGS[number % len(VI_TAGS)]}{VI_DAY_PARTS[number % len(VI_DAY_PARTS)]} {day.day}/{day.month}, tại "
                f"{VI_PLACES[number % len(VI_PLACES)]}, {what}. {VI_SECOND_SENTENCES[number % len(VI_SECOND_SENTENCES)]}")
        weekday = WEEKDAY_NAMES[day.weekday()][0]
        found.append(Item(what, date_form.format(weekday=weekday, day=day), lead, number, day.isoformat()))
    return found


@pytest.mark.parametrize("wrap", [None, WRAP_WIDTH], ids=["unwrapped", "wrapped"])
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_a_vietnamese_listing_reads_as_its_parts(shape, wrap):
    """The Vietnamese portal's listings under `Tin tức - Sự kiện`, in every shape, each teaser form (`TEASERS`), whole
    and cut short, their teasers hard-wrapped or not: every part reads as in an English listing. A cut-short untagged
    teaser under its title and date ("Tối 26/6, tại Khu công nghiệp Bàu Bàng, Thành phố Thủ Dầu Một") went on the
    title, one item."""
    shape = replace(shape, header="Tin tức - Sự kiện", wrap=wrap)
    found = {}
    for number, date_form in enumerate(VI_DATES):
        items = vietnamese_items(date_form)
        for (name, form), cut_short in itertools.product(TEASERS.items(), (False, True)):
            listed = [replace(each, teaser=form(each.teaser)) for each in items[number::len(VI_DATES)]]
            page = listing(shape, listed, cut_short)
            if problems := reading_problems(page, read(page.text), listed):
                found[(date_form, name, cut_short)] = problems
    assert found == {}


def item_readings(page: Listing, record: dict) -> list[tuple]:
    """Each item's reading: its parts' (role, text) and their dates' values, item by item."""
    found, values = readings(record), {date["line"]: date["value"] for date in record["dates"]}
    return [tuple((found.get(line), values.get(line)) for line in lines) for lines in page.item_lines]


def neighbour_problems(shape: Shape, items: list[Item], order: list[int]) -> list[str]:
    """The items of ``order`` (positions in ``items``) that read otherwise in their listing than in the whole one."""
    whole = item_readings(page := listing(shape, items), read(page.text))
    other = item_readings(page := listing(shape, [items[position] for position in order]), read(page.text))
    return [f"item {position}: {reading} not {whole[position]}" for position, reading in zip(order, other, strict=True)
            if reading != whole[position]]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_an_items_reading_does_not_depend_on_its_neighbours(shape):
    """The items of each listing reversed, and each item left out in turn: every other item reads as it did."""
    found = {}
    for shift in range(2):
        for number, items in enumerate(chunks(shift)):
            positions = list(range(len(items)))
            orders = [positions[::-1]] + ([positions[:gone] + positions[gone + 1:] for gone in positions] if not shift else [])
            for order in orders:
                if problems := neighbour_problems(shape, items, order):
                    found[(shift, number, tuple(order))] = problems
    assert found == {}


# --- dedup -------------------------------------------------------------------------------------------------------

# Shapes whose teasers dedup reads: undated, dated above and under, items apart or not, with controls.
DEDUP_SHAPES = [shape for shape in SHAPES if (shape.layout, shape.between) in
                (("teaser", "blank line"), ("title/date/teaser", "line break"), ("teaser/date", "line break"))]
MODES = {"batch": False, "streaming": True}


@functools.cache
def article_records() -> tuple[dict, ...]:
    """The family's articles' records, each from its own file."""
    return tuple(read(article.text, f"{article.name}.txt") for article in articles())


def listing_records(shape: Shape, teaser: str | None = None) -> list[tuple[dict, list[Item]]]:
    """The family's listings in ``shape`` (both turns of the forms), each with its items; ``teaser``: each item's
    teaser that article's paragraph instead (`Article`'s field)."""
    found = []
    for shift in range(2):
        for number, items in enumerate(chunks(shift)):
            if teaser is not None:
                items = [Item(listed.title, listed.date, getattr(articles()[listed.story], teaser), listed.story,
                              listed.published) for listed in items]
            found.append((read(listing(shape, items).text, f"listing-{shift}-{number}.txt"), items))
    return found


def links(records: list[dict], streaming: bool) -> dict[str, list[str | None]]:
    """Each listing's items' ``of`` after dedup over ``records``, by listing id."""
    return {record["id"]: [block["of"] for block in record["blocks"] if block["role"] == "listing_item"]
            for record in dedup(records, streaming=streaming) if record["kind"] == "listing"}


@pytest.mark.parametrize("listings_first", [False, True], ids=["articles first", "listings first"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", DEDUP_SHAPES, ids=str)
def test_each_teaser_links_to_its_article_before_or_after_the_listing(shape, mode, listings_first):
    """Each item's teaser is its article's (``of``: the article's id), the articles before the listings or after
    them, whatever the teaser's form. The exception: ``--streaming`` decides each page as it comes (README: first seen
    wins, for `tail -f`), so a listing that comes before its articles has its line written when they come: its items
    link to nothing."""
    listings = listing_records(shape)
    ids = [record["id"] for record in article_records()]
    unseen = MODES[mode] and listings_first
    expected = {record["id"]: [None if unseen else ids[listed.story] for listed in items] for record, items in listings}
    listed = [record for record, _ in listings]
    assert links([*listed, *article_records()] if listings_first else [*article_records(), *listed], MODES[mode]) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", DEDUP_SHAPES, ids=str)
def test_a_teaser_links_to_nothing_without_its_article_or_when_it_is_no_lead(shape, mode):
    """The listings alone, and with the articles but each teaser another paragraph of its article than the lead: no
    item is anybody's."""
    alone = [record for record, _ in listing_records(shape)]
    others = [record for record, _ in listing_records(shape, "other_paragraph")]
    for records in (alone, [*article_records(), *others]):
        assert set(itertools.chain(*links(records, MODES[mode]).values())) == {None}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", DEDUP_SHAPES, ids=str)
def test_a_listing_crawled_twice_is_a_copy(shape, mode):
    """A listing crawled again: its pager's count differs (a listing has no view count), and it is an ``exact`` copy;
    one teaser edited (a word left out), and it is a ``near`` copy of the story, the longer. Their items link as the
    first crawl's. The exception: a crawl with a newer item on top that pushed the last one out is no copy (over 12
    items of the family, Jaccard 0.79, under the 0.8 threshold; not asserted): a listing's page changes by its items,
    and each item links to its article all the same."""
    items = chunks()[1]
    first = listing(replace(shape, controls="pager"), items).text
    again = first.replace(pager(items), "(1 - 10 / 246)")
    edited = first.replace(items[2].teaser, re.sub(r" \w+", "", items[2].teaser, count=1))
    assert len({first, again, edited}) == 3
    records = [*article_records(), read(first, "first.txt"), read(again, "again.txt"), read(edited, "edited.txt")]
    decided = {record["source"]["path"]: record for record in dedup(records, streaming=MODES[mode])}
    crawls = [decided[name] for name in ("first.txt", "again.txt", "edited.txt")]
    story = next(record["id"] for record in crawls if record["dup"]["status"] == "unique")
    assert sorted((record["dup"]["status"], record["dup"]["of"]) for record in crawls) == [
        ("exact", story), ("near", story), ("unique", None)]
    assert crawls[2]["dup"]["status"] == "near"
    assert [block["of"] for block in crawls[1]["blocks"]] == [block["of"] for block in crawls[0]["blocks"]] == [
        article_records()[listed.story]["id"] for listed in items]


# --- headlines and teasers cut short -----------------------------------------------------------------------------

def portal_items() -> dict[str, list[Item]]:
    """The family's items by portal: the English one's, the Vietnamese one's with their marks and without (a dump that
    lost them)."""
    vietnamese = vietnamese_items(VI_DATES[0])
    unmarked = [replace(each, title=without_marks(each.title), teaser=without_marks(each.teaser)) for each in vietnamese]
    return {"en": [listed for items in chunks() for listed in items], "vi": vietnamese, "vi unmarked": unmarked}


# A teaser the listing cut short mid-word with no mark, or with one, as it stands above its more link (the family's
# `TEASERS` cut with a mark; a portal's cut may leave none).
CUT_ABOVE_LINK = {
    "mid-word": lambda lead: cut(lead, share(lead), "", True),
    "short mid-word": lambda lead: cut(lead, SHORT_TEASER_CHARS, "", True),
    "short mid-word ...": TEASERS["cut short mid-word ..."],
}
# A lone item's teaser cut as above, or right after its first comma (`In the first 10 months of 2023,`).
LONE_ITEM_CUTS = {**CUT_ABOVE_LINK, "at the first comma": lambda lead: lead[: lead.index(",") + 1], "as listed": str}
MORE_LINK_SHAPES = [Shape(layout, "line break", header, "more links", wrap) for layout in ("title/teaser", "teaser")
                    for header in ("News - Smart City", "Tin tức - Sự kiện", "Tin tuc - Su kien") for wrap in (None, WRAP_WIDTH)]


@pytest.mark.parametrize("form", CUT_ABOVE_LINK)
@pytest.mark.parametrize("shape", MORE_LINK_SHAPES, ids=str)
def test_a_teaser_cut_short_above_its_more_link_is_its_items_teaser(shape, form):
    """A teaser cut short (mid-word or with `...`), hard-wrapped or not, right above its more link (`Xem tiếp`, `Read
    more`, `Xem thêm`): its wrapped lines and its title were a run of headlines, three `listing_title`s closed by the
    link (`... Head of the Provincial` / `Smart Ci`). The line above a more link is the teaser the link goes on: title,
    teaser, more link, in the English and the Vietnamese portal's listings (with the marks and without), untagged (a
    tag opens a teaser anyway)."""
    found = {}
    for lang, family in portal_items().items():
        for start in range(0, len(family), ITEMS_PER_LISTING):
            listed = [replace(each, teaser=CUT_ABOVE_LINK[form](strip_agency_tag(each.teaser)))
                      for each in family[start:start + ITEMS_PER_LISTING]]
            page = listing(shape, listed)
            if problems := reading_problems(page, read(page.text), listed):
                found[(lang, start)] = problems
    assert found == {}


def family_titles() -> dict[str, list[str]]:
    """The family's titles by portal (`portal_items`), shortest first, that a listing of headlines may hold (a title
    line's length at most, `_MAX_WRAPPED_CHARS`), each once: neighbours of like lengths, as three a wrapper could have
    made."""
    return {lang: sorted({listed.title for listed in items if len(listed.title) <= 100}, key=len)
            for lang, items in portal_items().items()}


HEADLINE_CONTROLS = {"none": [], "pager": ["1 2 3 Tiếp »"], "more link and pager": ["Xem thêm", "Next page"]}
# Listings of headlines: their controls and how many titles. At the page's end (no control) four or more: a dump cut
# short in a title's hard-wrapped teaser ends in title-shaped lines too (`_headlines`). Above a more link, three or
# more: two lines there are a lone item's title and its teaser cut short, the link goes on the line above it
# (`test_a_listings_only_item_above_its_more_link_keeps_its_teaser`).
HEADLINE_RUNS = [(controls, run) for controls in HEADLINE_CONTROLS for run in (2, 3, 4)
                 if run > {"none": 3, "pager": 1, "more link and pager": 2}[controls]]


@pytest.mark.parametrize(("controls", "run"), HEADLINE_RUNS, ids=lambda value: str(value))
@pytest.mark.parametrize("lang", ["en", "vi", "vi unmarked"])
def test_a_listing_of_the_familys_headlines_reads_each_as_a_title(lang, controls, run):
    """Listings of headlines alone (titles, no teasers, one line break apart), the family's titles of like lengths
    side by side: three whose lengths fit one wrap width were joined as one wrapped teaser, and two alone under the
    header read as a title and its teaser. Each line is a `listing_title`, whatever their lengths: a wrapped teaser's
    lines are a sentence's pieces (a clause's comma, a phrase cut mid-way), a headline is a whole phrase."""
    header = {"en": "News - Smart City", "vi": "Tin tức - Sự kiện", "vi unmarked": "Tin tuc - Su kien"}[lang]
    titles, found = family_titles()[lang], {}
    for start in range(0, len(titles) - run + 1, run):
        listed = titles[start:start + run]
        record = read("\n".join([header, "", *listed, *HEADLINE_CONTROLS[controls]]) + "\n")
        expected = [("listing_title", title) for title in listed] + [
            (listing_control(control), control) for control in HEADLINE_CONTROLS[controls]]
        if (entries := [(entry["role"], entry["text"]) for entry in record["ui"][1:]]) != expected:
            found[tuple(listed)] = entries
    assert found == {}


@pytest.mark.parametrize("lang", ["en", "vi", "vi unmarked"])
def test_a_listing_of_headlines_dates_each_item_by_the_date_closing_its_title(lang):
    """Archive listings of headlines write each item's date in brackets after its title, as others write it on a line
    of its own (`listing_date`, whose date is in `dates`): such a title's date is its item's, in `dates` on its line
    (they gave none); a date a title names otherwise is the story's, as an article title's, and stays out."""
    header = {"en": "News - Smart City", "vi": "Tin tức - Sự kiện", "vi unmarked": "Tin tuc - Su kien"}[lang]
    titles = family_titles()[lang][:4]
    days = ["05/01/2022", "14/03/2022", "16/06/2022 15:30", "2022-07-01"]
    listed = [f"{title} ({day})" for title, day in zip(titles, days, strict=True)]
    named = {"en": "Binh Duong prepares the fair of 15/3/2022 (10/03/2022)",
             "vi": "Bình Dương chuẩn bị hội chợ ngày 15/3/2022 (10/03/2022)",
             "vi unmarked": "Binh Duong chuan bi hoi cho ngay 15/3/2022 (10/03/2022)"}[lang]
    record = read("\n".join([header, "", *listed, named, "", "1 2 3 Tiếp »"]) + "\n")
    assert [(entry["role"], entry["line"]) for entry in record["ui"][1:6]] == [("listing_title", line) for line in range(3, 8)]
    assert [(date["line"], date["value"][:10]) for date in record["dates"]] == [
        (3, "2022-01-05"), (4, "2022-03-14"), (5, "2022-06-16"), (6, "2022-07-01"), (7, "2022-03-10")]



@pytest.mark.parametrize("tail", ["(2022)", "(số 5/2022)", "(15 - 17/3/2022)", "(14/03/2022 - 18/03/2022)"])
def test_a_listing_title_closing_with_a_year_a_number_or_a_range_gives_no_item_date(tail):
    """A bracket closing a title that is no item date's form (a year, a document's number, a range) is the story's."""
    titles = family_titles()["vi"][:3]
    record = read("\n".join(["Tin tức - Sự kiện", "", *(f"{title} {tail}" for title in titles), "", "1 2 3 Tiếp »"]) + "\n")
    assert [entry["role"] for entry in record["ui"][1:4]] == ["listing_title"] * 3
    assert record["dates"] == []


def test_an_article_title_closing_with_a_bracketed_date_gives_no_item_date():
    """Only a listing's title gives its item's date: an article's title, however it ends, is no listing item."""
    record = read("Thứ 4, Ngày 05/01/2022, 16:00\nKhởi công dự án đường Vành đai 3 (14/03/2022)\n"
                  "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n\nBÌNH DƯƠNG - Sáng 5/1, UBND tỉnh tổ chức lễ "
                  "khởi công dự án đường Vành đai 3 đoạn qua tỉnh Bình Dương.\n", "article.txt")
    assert record["kind"] == "article"
    assert [(date["line"], date["value"][:10]) for date in record["dates"]] == [(5, "2022-01-05")]

def lone_item_problems(lang: str, form: str, controls: list[str],
                       items: list[tuple[str, str]] | None = None) -> dict[str, tuple]:
    """The portal's items (or ``items``, title and lead), each a listing's only item (its title and its teaser cut
    short in ``form``) above ``controls``, where its title is no `listing_title` alone or its teaser left the text
    (every item: the portal's leads open in many ways)."""
    header = {"en": "News - Smart City", "vi": "Tin tức - Sự kiện", "vi unmarked": "Tin tuc - Su kien"}[lang]
    found = {}
    for title, lead in items or [(listed.title, listed.teaser) for listed in portal_items()[lang]]:
        teaser = LONE_ITEM_CUTS[form](strip_agency_tag(lead))
        record = read("\n".join([header, "", title, teaser, *controls]) + "\n")
        titles = [entry["text"] for entry in record["ui"] if entry["role"] == "listing_title"]
        if titles != [title] or teaser not in record["text"]:
            found[title] = (titles, record["text"])
    return found


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("form", CUT_ABOVE_LINK)
@pytest.mark.parametrize("lang", ["en", "vi", "vi unmarked"])
def test_a_listings_only_item_above_its_more_link_keeps_its_teaser(lang, form, more_link):
    """A listing's only item (a pager's last page), its title and its teaser cut short, above its more link: the two
    lines read as two headlines (`_closes_headlines`, a listing of two titles) and the teaser left the text. The line
    above a more link is the teaser the link goes on: the title is a `listing_title`, the teaser stays text."""
    assert lone_item_problems(lang, form, [more_link, "« 1 2 3"]) == {}


# Pagers under a listing's last page, with no more link above them.
LONE_ITEM_PAGERS = ("« 1 2 3", "Trang 1 2 3", "1 2 3 Tiếp »", "Next »", "(1 - 10 / 245)")


@pytest.mark.parametrize("pager", LONE_ITEM_PAGERS)
@pytest.mark.parametrize("form", CUT_ABOVE_LINK)
@pytest.mark.parametrize("lang", ["en", "vi", "vi unmarked"])
def test_a_listings_only_item_above_its_pager_keeps_its_teaser(lang, form, pager):
    """A listing's only item, its title and its teaser cut short with no mark (mid-word, at 80 characters), right above
    the pager: the two lines read as two headlines alone (`_closes_headlines`) and the teaser left the text. A teaser
    cut short still opens as a lead does ("In the morning of September 17, Nguyen H", "Sáng 16/5, tại …"), as no
    headline does: the title is a `listing_title`, the teaser stays text."""
    assert lone_item_problems(lang, form, [pager]) == {}


# Leads that open with a place, a time or a circumstance a comma closes ("Tại Hội nghị … năm 2023, Phó Chủ tịch …",
# "Trong năm 2023, …", "According to the plan, …"), the portals' other openings than the family's day: a lone item's
# teaser cut short with them above a pager read as a second headline.
LEAD_PHRASE_ITEMS = {
    "en": [("Binh Duong attracts over 2 billion USD of FDI",
            "At the Investment Promotion Conference 2023, Vice Chairman of the Provincial People's Committee Nguyen "
            "Van Danh said the province had attracted over 2 billion USD of foreign direct investment."),
           ("Digital transformation scheme to be carried out",
            "According to the plan, the Provincial People's Committee will carry out the digital transformation "
            "scheme at all departments and localities in the second quarter of 2024."),
           ("Smart city projects speed up",
            "During the conference, Vice Chairman Nguyen Van Danh said that the province would speed up its smart "
            "city projects in the coming years."),
           ("Export turnover grows strongly",
            "Following the recovery of orders, the export turnover of Binh Duong province reached over 20 billion USD, "
            "up 8 percent over the same period."),
           ("FDI into Binh Duong rises",
            "In the first 10 months of 2023, Binh Duong attracted over 2 billion USD of foreign direct investment, up 15 "
            "percent over the same period.")],
    "vi": [("Bình Dương thu hút hơn 2 tỷ USD vốn FDI",
            "Tại Hội nghị xúc tiến đầu tư năm 2023, Phó Chủ tịch UBND tỉnh Nguyễn Văn Dành cho biết tỉnh đã thu hút "
            "hơn 2 tỷ USD vốn đầu tư trực tiếp nước ngoài."),
           ("Kết quả thu hút đầu tư năm 2023",
            "Trong năm 2023, tỉnh Bình Dương đã thu hút hơn 2 tỷ USD vốn đầu tư trực tiếp nước ngoài, tăng 15% so "
            "với cùng kỳ năm trước."),
           ("UBND tỉnh triển khai đề án chuyển đổi số",
            "Theo kế hoạch, UBND tỉnh sẽ triển khai đề án chuyển đổi số tại các sở, ngành và địa phương trong quý II "
            "năm 2024."),
           ("Bình Dương xây dựng thành phố thông minh",
            "Với mục tiêu trở thành thành phố thông minh, Bình Dương đang tích cực triển khai các dự án chuyển đổi số "
            "trên toàn tỉnh."),
           ("Bình Dương ký kết hợp tác với doanh nghiệp Hàn Quốc",
            "Sau hai ngày làm việc, đoàn doanh nghiệp Hàn Quốc đã ký kết nhiều thỏa thuận hợp tác đầu tư với tỉnh "
            "Bình Dương."),
           ("Xuất khẩu của tỉnh tăng trưởng mạnh",
            "Từ đầu năm đến nay, kim ngạch xuất khẩu của tỉnh Bình Dương đạt hơn 20 tỷ USD, tăng 8% so với cùng kỳ."),
           # (the English table's twins: "Thanks to …", "Despite …", "Under the chairmanship of …")
           ("Môi trường đầu tư của tỉnh được cải thiện",
            "Nhờ cải thiện môi trường đầu tư, tỉnh Bình Dương đã thu hút hơn 2 tỷ USD vốn đầu tư trực tiếp nước ngoài "
            "trong năm 2023."),
           ("Bình Dương vẫn thu hút mạnh vốn FDI",
            "Mặc dù kinh tế thế giới gặp nhiều khó khăn, tỉnh Bình Dương vẫn thu hút hơn 2 tỷ USD vốn đầu tư trực "
            "tiếp nước ngoài."),
           ("Hội nghị bàn giải pháp phát triển công nghiệp",
            "Dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Nguyễn Văn Dành, hội nghị đã bàn nhiều giải pháp phát triển "
            "công nghiệp của tỉnh.")],
}
LEAD_PHRASE_ITEMS["vi unmarked"] = [(without_marks(title), without_marks(lead)) for title, lead in LEAD_PHRASE_ITEMS["vi"]]
# A lone item's controls: a pager alone, or its more link above one.
LONE_ITEM_CONTROLS = [[pager] for pager in LONE_ITEM_PAGERS] + [[more_link, "« 1 2 3"] for more_link in MORE_LINKS]


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("form", CUT_ABOVE_LINK)
@pytest.mark.parametrize("lang", LEAD_PHRASE_ITEMS)
def test_a_lone_items_teaser_opening_with_a_lead_phrase_stays_its_teaser(lang, form, controls):
    """A listing's only item whose lead opens with a place, a time or a circumstance a comma closes (`Tại …, …`,
    `Trong năm 2023, …`, `Theo kế hoạch, …`, `Với …, …`, `According to the plan, …`), its teaser cut short, above a
    pager or a more link: the teaser read as a second headline and left the text (a pager), or the title read as
    its first wrapped line (a more link). Such an opening opens a lead as no wrapped line or headline does: the title
    is a `listing_title`, the teaser stays text."""
    assert lone_item_problems(lang, form, controls, LEAD_PHRASE_ITEMS[lang]) == {}


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("lang", LEAD_PHRASE_ITEMS)
def test_a_lone_items_teaser_cut_at_its_lead_phrases_comma_stays_its_teaser(lang, controls):
    """The same items, each teaser cut right after its lead phrase's comma (`In the first 10 months of 2023,`,
    `Trong năm 2023,`, `According to the plan,`), above a pager or a more link: with no word after the comma the
    teaser opened no lead, and it read as a second headline or the title's wrapped line. The comma that closes a lead's
    phrase ends the line where the listing cut it: the title is a `listing_title`, the teaser stays text."""
    assert lone_item_problems(lang, "at the first comma", controls, LEAD_PHRASE_ITEMS[lang]) == {}


# A lone item's teaser that opens like no lead (its subject first), cut short at a word's end where a headline never
# ends: before its noun or verb (`of`, `the`, `have`, `của`, `đã`), its holder's name (`Mr`, `Phó`) or its number's
# unit (`billion`, `tỷ`). Above a pager it read as a second headline, or the two lines as one wrapped teaser.
CUT_SHORT_ITEMS = {
    "en": [("Binh Duong attracts FDI", "Binh Duong's industrial parks have attracted over 2 billion USD of"),
           ("Binh Duong attracts FDI", "Industrial parks across the province have attracted over 2 billion"),
           ("Exports grow strongly", "Export turnover of Binh Duong province in the first ten months of the"),
           ("Smart city projects speed up", "Industrial parks across Binh Duong province have"),
           ("Delegation of Japan visits Binh Duong", "The delegation was received by Vice Chairman of the province Mr"),
           ("Delegation of Japan visits Binh Duong", "The delegation was received by Vice Chairman of the province Mr.")],
    "vi": [("Bình Dương thu hút vốn FDI", "Các khu công nghiệp của tỉnh đã thu hút hơn 2 tỷ"),
           ("Bình Dương thu hút vốn FDI", "Các khu công nghiệp của tỉnh đã"),
           ("Bình Dương thu hút vốn FDI", "Các khu công nghiệp của tỉnh thu hút hơn 2 tỉ"),
           ("Xuất khẩu của tỉnh tăng trưởng mạnh", "Kim ngạch xuất khẩu của tỉnh Bình Dương trong 10 tháng đầu năm của"),
           ("Đoàn doanh nghiệp Nhật Bản thăm Bình Dương", "Đoàn doanh nghiệp Nhật Bản được Phó")],
}


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("lang", CUT_SHORT_ITEMS)
def test_a_lone_items_teaser_cut_where_no_headline_ends_stays_its_teaser(lang, controls):
    """A listing's only item whose teaser opens like no lead, cut short where a headline never ends (`… USD of`, `…
    hơn 2 tỷ`, `… của tỉnh đã`), above a pager or a more link: the teaser read as a second headline or went on its
    title. A headline is whole: the title is a `listing_title`, the teaser stays text. (Without the marks, `da`, `ty`,
    `cua` end headlines too, `da giày`, `công ty`: no such end tells a cut there.)"""
    assert lone_item_problems(lang, "as listed", controls, CUT_SHORT_ITEMS[lang]) == {}


# A lone item's title of 50 characters or more (as long as a wrapped line) over its teaser cut short where no headline
# ends: the title is no wrapped piece above it where the teaser is longer than the title with its first word (a wrapper
# would have put the word on it), or where the teaser opens a subject as only a sentence does (`Các …`). The teaser
# went on its title, one item, no title.
LONG_TITLE_CUT_ITEMS = {
    "en": [("Binh Duong attracts over 2 billion USD of FDI in ten months",
            "Binh Duong's industrial parks have attracted over 2 billion USD of"),
           ("Smart city projects of the province speed up in 2023",
            "Industrial parks across the province have attracted over 2 billion"),
           ("Export turnover of the province grows strongly in 2023",
            "Export turnover of Binh Duong province in the first ten months of the")],
    "vi": [("Bình Dương thu hút hơn 2 tỷ USD vốn FDI trong 10 tháng đầu năm", "Các khu công nghiệp của tỉnh đã"),
           ("Ban Chỉ đạo xây dựng thành phố thông minh tiếp đoàn công tác",
            "Các khu công nghiệp của tỉnh đã thu hút hơn 2 tỷ"),
           ("Bình Dương đón đoàn doanh nghiệp Nhật Bản đến tìm hiểu đầu tư",
            "Kim ngạch xuất khẩu của tỉnh Bình Dương trong 10 tháng đầu năm của")],
}


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("lang", LONG_TITLE_CUT_ITEMS)
def test_a_lone_items_teaser_cut_short_under_a_long_title_stays_its_teaser(lang, controls):
    """A listing's only item, its title as long as a wrapped line, its teaser cut short where no headline ends, above a
    pager or a more link: the two lines were one item, no title. The title is a `listing_title`, the teaser stays
    text."""
    assert lone_item_problems(lang, "as listed", controls, LONG_TITLE_CUT_ITEMS[lang]) == {}


# Where nothing tells a long title from a wrapped teaser's first line (the teaser shorter than the title with its first
# word, opening with a noun), the two lines stay one item: the title's words stay in the text, as a teaser's read as a
# title would not (the cheaper error for a search index).
UNTOLD_LONG_TITLE_ITEMS = {
    "en": ("Binh Duong attracts over 2 billion USD of FDI in ten months", "Industrial parks across Binh Duong province have"),
    "vi": ("Bình Dương thu hút hơn 2 tỷ USD vốn FDI trong 10 tháng đầu năm", "Đoàn doanh nghiệp Nhật Bản được Phó"),
}


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("lang", UNTOLD_LONG_TITLE_ITEMS)
def test_a_long_title_nothing_tells_from_a_wrapped_line_stays_in_the_text(lang, controls):
    """A lone item's long title over a short teaser cut short that opens with a noun: one `listing_item` of both lines,
    nothing left out of the text."""
    title, teaser = UNTOLD_LONG_TITLE_ITEMS[lang]
    header = {"en": "News - Smart City", "vi": "Tin tức - Sự kiện"}[lang]
    record = read("\n".join([header, "", title, teaser, *controls]) + "\n")
    assert [(block["role"], block["text"]) for block in record["blocks"]] == [("listing_item", f"{title}\n{teaser}")]


# A lone item's teaser above its more link that opens like no lead and ends where a headline may (its subject first,
# whole words), under a title that is no wrapped piece above it: shorter than a wrapped line, or so short that the
# teaser's first word would have fitted on it. The two lines were one item, no title. (Above a pager alone such two
# are headlines: `test_a_listing_of_the_familys_headlines_reads_each_as_a_title`.)
NO_LEAD_ITEMS = {
    "en": [("Binh Duong: exports rise, imports fall", "Becamex IDC launches a new industrial park in Bau Bang"),
           ("Smart city plan approved by the province", "Becamex IDC launches digital transformation in public transport"),
           ("Binh Duong attracts over 2 billion USD of FDI in ten months",
            "Becamex IDC launches a new high-tech industrial park in Bau Bang district")],
    "vi": [("Bình Dương: xuất khẩu tăng, nhập khẩu giảm", "Becamex IDC khởi động dự án khu công nghiệp mới tại Bàu Bàng"),
           ("Đề án thành phố thông minh được phê duyệt",
            "Ban Chỉ đạo xây dựng thành phố thông minh tiếp đoàn công tác Nhật Bản"),
           ("Bình Dương thu hút hơn 2 tỷ USD vốn FDI trong 10 tháng đầu năm",
            "Becamex IDC khởi động dự án khu công nghiệp công nghệ cao mới tại huyện Bàu Bàng")],
}
NO_LEAD_ITEMS["vi unmarked"] = [(without_marks(title), without_marks(teaser)) for title, teaser in NO_LEAD_ITEMS["vi"]]


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("lang", NO_LEAD_ITEMS)
def test_a_lone_items_teaser_opening_as_no_lead_above_its_more_link_stays_its_teaser(lang, more_link):
    """A listing's only item above its more link, its teaser opening like no lead (`Becamex IDC launches …`): the link
    goes on the line above it, a teaser, and its title is no wrapped piece above it. The title is a `listing_title`,
    the teaser stays text."""
    assert lone_item_problems(lang, "as listed", [more_link, "« 1 2 3"], NO_LEAD_ITEMS[lang]) == {}


# A lone item's teaser alone, its first two lines wrapped by a tool that counts bytes (GNU fmt: a Vietnamese line of
# many marks is short in characters, so its second line may be longer than the first with its first word), the first
# opening a lead as a headline does not (its phrase's comma on it or on the next line): no title above its teaser.
WRAPPED_LEAD_LINES = {
    "vi": [("Nhờ cải thiện môi trường đầu tư, tỉnh Bình", "Dương đã thu hút hơn 2 tỷ USD vốn đầu tư trực"),
           ("Dưới sự chủ trì của Phó Chủ tịch UBND tỉnh", "Nguyễn Văn Dành, hội nghị đã bàn nhiều giải pháp"),
           ("Tại Hội nghị xúc tiến đầu tư năm 2023, Phó", "Chủ tịch UBND tỉnh Nguyễn Văn Dành cho biết tỉnh"),
           ("Với mục tiêu trở thành thành phố thông minh, Bình", "Dương đang tích cực triển khai các dự án chuyển"),
           ("Từ đầu năm đến nay, kim ngạch xuất khẩu của tỉnh", "Bình Dương đạt hơn 20 tỷ USD, tăng 8% so với cùng kỳ."),
           ("Sáng 5/9, Bí thư Tỉnh ủy Nguyễn Văn Lợi chủ trì buổi làm việc với đoàn khảo sát",
            "Các thành viên đoàn đã đánh giá cao những kết quả mà tỉnh đã")],
    "en": [("According to the plan, the Provincial People's Committee",
            "will carry out the digital transformation scheme at all"),
           ("On the afternoon of September 05, Secretary Nguyen Van",
            "Loi chaired a working session with the survey team of ICF"),
           ("August 8, at the Binh Duong Innovation Center, Do Thanh Dat - Standing",
            "Vice Chairman of the Provincial People's Committee attended a workshop with")],
}


# Above a pager alone, most such two lines still read as two headlines (older); these did not before `_wraps_above`
# (a second line as long as the first with its first word, GNU fmt at 80 columns in English, or opening with `Các`).
WRAPPED_LEAD_LINES_OVER_PAGERS = {
    "vi": [("Từ đầu năm đến nay, kim ngạch xuất khẩu của tỉnh", "Bình Dương đạt hơn 20 tỷ USD, tăng 8% so với cùng kỳ."),
           ("Sáng 5/9, Bí thư Tỉnh ủy Nguyễn Văn Lợi chủ trì buổi làm việc với đoàn khảo sát",
            "Các thành viên đoàn đã đánh giá cao những kết quả mà tỉnh đã")],
    "en": [("August 8, at the Binh Duong Innovation Center, Do Thanh Dat - Standing",
            "Vice Chairman of the Provincial People's Committee attended a workshop with")],
}


def wrapped_lead_problems(lang: str, controls: list[str], rows: list[tuple[str, str]]) -> dict[str, list]:
    """Each of ``rows`` (a teaser's two wrapped lines) a listing's only item above ``controls``, where it is not one
    `listing_item` of both lines."""
    header = {"en": "News - Smart City", "vi": "Tin tức - Sự kiện"}[lang]
    found = {}
    for first, second in rows:
        record = read("\n".join([header, "", first, second, *controls]) + "\n")
        items = [(block["role"], block["text"]) for block in record["blocks"]]
        if items != [("listing_item", f"{first}\n{second}")]:
            found[first] = items
    return found


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("lang", WRAPPED_LEAD_LINES)
def test_a_lone_teasers_wrapped_lines_opening_a_lead_stay_one_item(lang, more_link):
    """`Nhờ cải thiện môi trường đầu tư, tỉnh Bình` / `Dương đã thu hút …` above a more link: one `listing_item` of
    both lines, no `listing_title` (the first line opens a lead, no headline)."""
    assert wrapped_lead_problems(lang, [more_link, "« 1 2 3"], WRAPPED_LEAD_LINES[lang]) == {}


@pytest.mark.parametrize("pager", LONE_ITEM_PAGERS)
@pytest.mark.parametrize("lang", WRAPPED_LEAD_LINES_OVER_PAGERS)
def test_a_lone_teasers_wrapped_lines_opening_a_lead_stay_one_item_over_a_pager(lang, pager):
    """`Từ đầu năm đến nay, … của tỉnh` / `Bình Dương đạt …` above a pager: one `listing_item`, no `listing_title`."""
    assert wrapped_lead_problems(lang, [pager], WRAPPED_LEAD_LINES_OVER_PAGERS[lang]) == {}


# A lone item's title that asks or exclaims, over its teaser cut short (where no headline ends, or right after its lead
# phrase's comma): no `listing_title` where no other item had one, the question read as the teaser's first sentence.
QUESTION_TITLES = {
    "en": ["Why invest in Binh Duong?", "Binh Duong joins the Smart21 communities!"],
    "vi": ["Vì sao nên đầu tư vào Bình Dương?", "Bình Dương gia nhập cộng đồng Smart21!"],
}
QUESTION_TITLES["vi unmarked"] = [without_marks(title) for title in QUESTION_TITLES["vi"]]


@pytest.mark.parametrize("controls", LONE_ITEM_CONTROLS, ids=" / ".join)
@pytest.mark.parametrize("lang", QUESTION_TITLES)
def test_a_lone_items_question_over_its_teaser_cut_short_is_its_title(lang, controls):
    """`Why invest in Binh Duong?` over `Industrial parks across Binh Duong province have` or `In the first 10 months of
    2023,`, above a pager or a more link: the two lines were one item. A question on a line of its own, no wrapped
    piece, right under the listing's header over a teaser cut short is its title: a `listing_title`, the teaser stays
    text. (Without the marks, only the lead phrase tells a cut: `CUT_SHORT_ITEMS`.)"""
    cut = [(question, teaser) for question in QUESTION_TITLES[lang] for _, teaser in CUT_SHORT_ITEMS.get(lang, [])
           if not teaser.endswith(".")]  # ("… Mr." ends as a sentence does: a question over it may be its first)
    leads = [(question, lead) for question in QUESTION_TITLES[lang] for _, lead in LEAD_PHRASE_ITEMS[lang]]
    found = {form: lone_item_problems(lang, form, controls, items)
             for form, items in (("as listed", cut), ("at the first comma", leads)) if items}
    assert found == dict.fromkeys(found, {})


# Two headlines alone above a pager, the second opening with a lead's word that opens no lead here: a question ("Tại
# sao …", why) or the given name "Tai" before a comma.
HEADLINES_WITH_LEAD_WORDS = {
    "en": ["Binh Duong attracts investors", "Tai Nguyen, Becamex engineer, wins national innovation award"],
    "vi": ["Bình Dương thu hút nhà đầu tư", "Tại sao Bình Dương, Đồng Nai dẫn đầu thu hút FDI?"],
    "vi unmarked": ["Binh Duong thu hut nha dau tu", "Tai sao Binh Duong, Dong Nai dan dau thu hut FDI?"],
    # Headlines in Title Case: a year or a function word before the comma, every word after it in capitals.
    "en title case": ["Binh Duong Attracts Investors", "Under The New Plan, Binh Duong Builds 10 Industrial Parks"],
    "vi title case": ["Bình Dương Thu Hút Nhà Đầu Tư", "Năm 2023, Một Năm Nhìn Lại"],
    "vi unmarked title case": ["Binh Duong Thu Hut Nha Dau Tu", "Nam 2023, Mot Nam Nhin Lai"],
}


@pytest.mark.parametrize("pager", LONE_ITEM_PAGERS)
@pytest.mark.parametrize("lang", HEADLINES_WITH_LEAD_WORDS)
def test_two_headlines_alone_whose_second_opens_with_a_lead_word_are_titles(lang, pager):
    """`Tại sao …` (why), the name `Tai` and a headline in Title Case (`Năm 2023, Một Năm Nhìn Lại`) open no lead: two
    headlines alone above a pager are two `listing_title`s."""
    header = {"en": "News - Investment", "vi": "Tin tức - Sự kiện", "vi unmarked": "Tin tuc - Su kien"}[
        lang.removesuffix(" title case")]
    titles = HEADLINES_WITH_LEAD_WORDS[lang]
    record = read("\n".join([header, "", *titles, pager]) + "\n")
    assert [entry["text"] for entry in record["ui"] if entry["role"] == "listing_title"] == titles


# Two headlines alone above a pager, the second opening as a lead does (`In 2023, …`, `Năm 2024, …`) but asking or
# exclaiming, as a headline may and a teaser cut short does not: they read as a title and its teaser.
LEAD_SHAPED_HEADLINES = {
    "en": ["Smart city plan approved by the province", "In 2023, where will Binh Duong's FDI come from?"],
    "en exclaims": ["Binh Duong joins the Smart21", "In 2023, Binh Duong attracts over 2 billion USD of FDI!"],
    "vi": ["Bình Dương thu hút nhà đầu tư", "Năm 2024, Bình Dương sẽ thu hút vốn FDI ra sao?"],
}
LEAD_SHAPED_HEADLINES["vi unmarked"] = [without_marks(title) for title in LEAD_SHAPED_HEADLINES["vi"]]


@pytest.mark.parametrize("pager", LONE_ITEM_PAGERS)
@pytest.mark.parametrize("case", LEAD_SHAPED_HEADLINES)
def test_two_headlines_alone_whose_second_opens_as_a_lead_and_asks_are_titles(case, pager):
    """Two headlines alone above a pager, the second opening as a lead does and ending in `?` or `!`: a teaser cut
    short ends mid-sentence, so both are `listing_title`s. (One that ends otherwise still reads as the first's teaser,
    the cheaper error: `_closes_headlines`.)"""
    titles = LEAD_SHAPED_HEADLINES[case]
    assert headline_titles(titles, case.removesuffix(" exclaims"), pager) == titles


# Headlines with an abbreviation's full stop inside (`TP.`, `TX.`: city, town), no sentence's end: a run of them above
# a more link read as a teaser cut short (`_ends_a_teaser`, `_is_prose_piece`).
ABBREVIATED_HEADLINES = {
    "vi": ["Bình Dương đón đoàn doanh nghiệp Nhật Bản",
           "TP. Thủ Dầu Một tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023",
           "Bình Dương phát động phong trào thi đua năm 2024"],
    "vi unmarked": ["Binh Duong don doan doanh nghiep Nhat Ban",
                    "TX. Tan Uyen to chuc hoi nghi tong ket cong tac chuyen doi so nam 2023",
                    "Binh Duong phat dong phong trao thi dua nam 2024"],
}


def headline_titles(titles: list[str], lang: str, more_link: str) -> list[str]:
    """The `listing_title`s of a listing of ``titles`` alone above ``more_link``, under ``lang``'s category header."""
    header = {"en": "News - Investment", "vi": "Tin tức - Sự kiện", "vi unmarked": "Tin tuc - Su kien"}[lang]
    record = read("\n".join([header, "", *titles, more_link]) + "\n")
    return [entry["text"] for entry in record["ui"] if entry["role"] == "listing_title"]


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("lang", ABBREVIATED_HEADLINES)
def test_headlines_with_an_abbreviation_above_a_more_link_are_titles(lang, more_link):
    """Three headlines above a more link, one holding a town's abbreviation (`TP. Thủ Dầu Một …`): its full stop is no
    sentence's end, the run is no teaser's wrapped lines, each line is a `listing_title`."""
    titles = ABBREVIATED_HEADLINES[lang]
    assert headline_titles(titles, lang, more_link) == titles


# Headlines whose subject is two names, a comma between ("Binh Duong, Japan strengthen …"), as a portal writes two
# parties' meeting: a run of them above a more link read as a teaser cut short (`_ends_a_teaser`: a clause's comma).
COMMA_HEADLINES = {
    "en": ["Why invest in Binh Duong?",
           "Binh Duong, Japan strengthen cooperation in high-tech industrial development",
           "Becamex IDC launches digital transformation program"],
    "vi": ["Vì sao nên đầu tư vào Bình Dương?",
           "Bình Dương, Nhật Bản tăng cường hợp tác phát triển công nghiệp công nghệ cao",
           "Becamex IDC khởi động chương trình chuyển đổi số"],
    "vi unmarked": ["Vi sao nen dau tu vao Binh Duong?",
                    "Binh Duong, Nhat Ban tang cuong hop tac phat trien cong nghiep cong nghe cao",
                    "Becamex IDC khoi dong chuong trinh chuyen doi so"],
}


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("lang", COMMA_HEADLINES)
def test_headlines_with_two_parties_above_a_more_link_are_titles(lang, more_link):
    """Three headlines above a more link, one naming two parties with a comma between (`Binh Duong, Japan strengthen
    …`): the comma joins the names, no clause; the run is no teaser's wrapped lines, each line is a `listing_title`."""
    titles = COMMA_HEADLINES[lang]
    assert headline_titles(titles, lang, more_link) == titles


# Headlines that join two clauses with a comma before a word in lower case (`Binh Duong: exports rise, imports fall`), of
# like lengths but all shorter than a wrapped line (`_wrapped_piece`): a run of them above a control read as one
# paragraph's wrapped lines (`_wraps_alike`: a clause's comma), no title.
CLAUSE_COMMA_HEADLINES = {
    "en": ["Binh Duong: exports rise, imports fall", "Smart city plan approved by the province", "Why invest in Binh Duong?"],
    "vi": ["Bình Dương: xuất khẩu tăng, nhập khẩu giảm", "Đề án thành phố thông minh được phê duyệt",
           "Vì sao nên đầu tư vào Bình Dương?"],
}
CLAUSE_COMMA_HEADLINES["vi unmarked"] = [without_marks(title) for title in CLAUSE_COMMA_HEADLINES["vi"]]


@pytest.mark.parametrize("control", MORE_LINKS + LONE_ITEM_PAGERS)
@pytest.mark.parametrize("lang", CLAUSE_COMMA_HEADLINES)
def test_short_headlines_with_a_clauses_comma_above_a_control_are_titles(lang, control):
    """Three headlines above a more link or a pager, one joining two clauses with a comma (`exports rise, imports
    fall`), each shorter than a wrapped line is: lines a wrapper broke are longer, the run is no teaser's wrapped lines,
    each line is a `listing_title`."""
    titles = CLAUSE_COMMA_HEADLINES[lang]
    assert headline_titles(titles, lang, control) == titles


# Headlines that end in a word a teaser cut short may end in (`_CUT_TEASER_ENDS`): a number's magnitude (`USD 2
# billion`, `2,7 triệu`: population), `be` after `to`, `will` a noun, `được` after its verb (`đạt được`, achieved). A
# run of three or more headlines is no lone item's title and cut teaser: each line is a `listing_title`.
HEADLINES_ENDING_LIKE_A_CUT_TEASER = {
    "en": ["Binh Duong attracts over USD 2 billion", "Smart city plan approved by the province",
           "Binh Duong population reaches 3 million"],
    "en words": ["Why Binh Duong is the place to be", "Smart city plan approved by the province",
                 "Digital transformation needs political will"],
    "vi": ["Dân số Bình Dương vượt 2,7 triệu", "Chuyển đổi số: những kết quả đạt được",
           "Vì sao nên đầu tư vào Bình Dương?"],
}


@pytest.mark.parametrize("control", MORE_LINKS + LONE_ITEM_PAGERS)
@pytest.mark.parametrize("case", HEADLINES_ENDING_LIKE_A_CUT_TEASER)
def test_headlines_ending_like_a_cut_teaser_above_a_control_are_titles(case, control):
    """Three headlines above a more link or a pager, ending in a number's magnitude, `to be`, `political will` or
    `đạt được`: headlines do end so, and a run of three is no lone item's title and cut teaser."""
    titles = HEADLINES_ENDING_LIKE_A_CUT_TEASER[case]
    assert headline_titles(titles, case.removesuffix(" words"), control) == titles


# A lone item's lead hard-wrapped and cut short above its more link, its first piece's only comma before a word in
# capitals but after a place in lower case or a lead's opening words ("At provincial … Center, Mr. …", "Tại Trung tâm
# … tỉnh, Phó Chủ tịch …"): a clause's comma, no headline's two parties (`_CLAUSE_BREAK`), as the gold file's leads.
LEAD_PIECES_WITH_A_CAPITAL_AFTER_A_COMMA = {
    "en place in lower case": ("Smart City Executive Board meets",
                               "At provincial Convention and Exhibition Center, Mr. Mai Hung Dung, Standing",
                               "Vice Chairm"),
    "en after the": ("Binh Duong welcomes Japanese delegation",
                     "At the Provincial Administrative Center, Vice Chairman Nguyen Van Danh received",
                     "Japanese Deleg"),
    "vi": ("Bình Dương tiếp đoàn doanh nghiệp Nhật Bản",
           "Tại Trung tâm Hành chính tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Văn Dành tiếp đoàn",
           "Nhật Bả"),
    "vi unmarked": ("Binh Duong tiep doan doanh nghiep Nhat Ban",
                    "Tai Trung tam Hanh chinh tinh, Pho Chu tich UBND tinh Nguyen Van Danh tiep doan",
                    "Nhat Ba"),
}


@pytest.mark.parametrize("more_link", MORE_LINKS)
@pytest.mark.parametrize("case", LEAD_PIECES_WITH_A_CAPITAL_AFTER_A_COMMA)
def test_a_lead_piece_with_a_capital_after_its_comma_above_a_more_link_stays_a_teaser(case, more_link):
    """A lone item's title, its lead's first wrapped piece (a comma before a word in capitals, after words in lower
    case) and the piece cut short, above a more link: the title is the only `listing_title`, the lead stays text."""
    title, piece, cut_piece = LEAD_PIECES_WITH_A_CAPITAL_AFTER_A_COMMA[case]
    lang = "vi unmarked" if case == "vi unmarked" else case[:2]
    record_titles = headline_titles([title, piece, cut_piece], lang, more_link)
    assert record_titles == [title]


# A lone item's title and its teaser, both without the Vietnamese marks (the English portal's, a Vietnamese one that lost
# them), the teaser a whole sentence or cut with an ellipsis, lines ended by LF or CRLF: probed for two headlines read
# where a title and its teaser stand (none were; a teaser with no end mark at all still is: nothing in two lines tells
# it from a second headline, `_closes_headlines`).
UNMARKED_LONE_ITEMS = {
    "en": ("Smart city plan approved", "Provincial leaders approved the smart city plan of the province on Monday"),
    "en long title": ("Binh Duong welcomes smart city plan in smart health care",
                      "Becamex IDC launches a new industrial park in Bau Bang district of the province"),
    "vi unmarked": ("Binh Duong thu hut nha dau tu",
                    "Tinh Binh Duong da thu hut hon 2 ty USD von dau tu truc tiep nuoc ngoai trong 10 thang"),
}


@pytest.mark.parametrize("eol", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("end", [".", "…", "..."])
@pytest.mark.parametrize("controls", [["« 1 2 3"], ["Xem tiếp"], ["Xem tiep"], ["Next »"], ["(1 - 10 / 245)"]], ids=" / ".join)
@pytest.mark.parametrize("case", UNMARKED_LONE_ITEMS)
def test_a_lone_unmarked_items_title_and_ended_teaser_read_apart(case, controls, end, eol):
    """Title, teaser ended by a full stop or an ellipsis, then a pager or a more link: one `listing_title`, the teaser
    one `listing_item`, whatever ends the lines."""
    title, teaser = UNMARKED_LONE_ITEMS[case]
    record = read(eol.join(["News - Smart City", "", title, teaser + end, *controls]) + eol)
    assert [entry["text"] for entry in record["ui"] if entry["role"] == "listing_title"] == [title]
    assert [(block["role"], block["text"]) for block in record["blocks"]] == [("listing_item", teaser + end)]
