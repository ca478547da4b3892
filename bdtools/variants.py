"""Variations of a labelled page: the page family that real crawls bring and the five samples do not show.

A labelled page is every physical line of a dump with its gold role and language. Each variation is a
pure function ``(page, rng) -> page | None`` that rewrites the page into one variation and carries the
labels along, so a test knows the truth for every line of the page it generates. ``None`` means the
variation does not apply to that page (a listing variation on an article, a byline rewrite on a page
without byline, …). Names, tags, dates and file names come from small tables through the rng, so
``vary(page, name, seed)`` is deterministic for a seed and different seeds give other members of
the family.

Line ends and encodings: ``render`` joins the lines with ``newline`` (``\\n`` by default) and adds no
final newline, like the samples. ``crlf`` puts the ``\\r`` at the end of every line's text but the
last, so ``render(page)`` of it is a CRLF document and ``render(page).split("\\n")`` still gives one
line per label; ``nfd`` and ``mojibake`` change the text the same way. These three keep every role
and language: only the text's encoding changes.

This module imports only the standard library.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import itertools
import pathlib
import random
import re
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledLine:
    """One physical line of a page with its gold role and language ('' and '' for a blank line).

    >>> page = label_text("News - Smart City\\n\\nBEGIC - Item.", {1: ("listing_header", "en"), 3: ("listing_item", "en")})
    >>> page[0], page[1] == BLANK
    (LabelledLine(role='listing_header', lang='en', text='News - Smart City'), True)
    """

    role: str
    lang: str
    text: str


LabelledPage = list[LabelledLine]
Variation = Callable[[LabelledPage, random.Random], LabelledPage | None]

BLANK = LabelledLine("", "", "")
FOOTER_ROLES = frozenset({"views", "share", "sp_action", "sp_field", "content_type", "audit"})
HEADER_ROLES = frozenset({"nav", "date_header", "title", "font_size_widget", "byline"})
LISTING_ROLES = frozenset({"listing_header", "listing_item"})

# --- tables of plausible values -------------------------------------------------------------------

NAV_LINE = LabelledLine("nav", "en", "News")

# date.weekday() -> the ways the portal writes that weekday (Thứ 2 = Monday, Chủ nhật = Sunday).
WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("Thứ 2",),
    ("Thứ 3",),
    ("Thứ 4",),
    ("Thứ 5",),
    ("Thứ 6",),
    ("Thứ 7",),
    ("Chủ nhật", "Chủ Nhật"),
)
# A fixed last day rather than date.today(), so that a seed gives the same page on every day.
HEADER_DATES = (datetime.date(2011, 1, 1), datetime.date(2026, 11, 22))
HEADER_HOURS = range(6, 22)

AUTHORS_ASCII = ("Nguyen Trang", "Mai Xuan", "Thanh Tam", "Kim Ha", "Quang Vinh", "Thu Thao", "Hong Nhung", "Minh Duc")
AUTHORS_VI = ("Nguyễn Trang", "Mai Xuân", "Thanh Tâm", "Kim Hà", "Quang Vĩnh", "Thu Thảo", "Hồng Nhung", "Đỗ Minh Đức",
              "Trần Thị Thu Hà", "Lê Quốc Việt")

LEAD_TAGS = ("PORTAL - ", "PORTAL – ", "PORTAL- ", "Portal – ", "BEGIC - ", "BEGIC – ", "")

# How a title may end: a question, an exclamation, a trailing-off, a company's name.
TITLE_ENDINGS = ("?", "!", "…", "...", " with Samsung Electronics Co., Ltd.")

# The date header written otherwise, the same date and time, with its words' language: {weekday}, {day}/{month}/{year},
# {hour}:{minute}; {hour12} {meridiem} for the 12-hour clock (SA / CH: sáng / chiều); a portal in English
# writes {english_weekday}, {english_month} and {am_pm}; a date and time alone have no language.
HEADER_FORMS = (
    ("Ngày {day}/{month}/{year}, {hour}:{minute}", "vi"),
    ("{weekday}, Ngày {day}/{month}/{year}, {hour12}:{minute} {meridiem}", "vi"),
    ("{weekday}, Ngày {day}/{month}/{year}, {hour}:{minute} (GMT+7)", "vi"),
    ("{weekday}, Ngày {day}/{month}/{year}, {hour}:{minute} +07:00", "vi"),
    ("{weekday}, ngày {day_number} tháng {month_number} năm {year}, {hour}:{minute}", "vi"),
    ("{english_weekday}, {day}/{month}/{year}, {hour}:{minute}", "en"),
    ("{english_weekday}, {english_month} {day_number}, {year} {hour12}:{minute} {am_pm}", "en"),
    ("{day}/{month}/{year} {hour}:{minute}", "none"),
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")

# Credit lines of other forms, with the fields each fills: {a} and {b} are names.
CREDIT_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Photo: {a}", ("photographer",)),
    ("Photos by {a}", ("photographer",)),
    ("Translated by: {a}", ("translator",)),
    ("Written by {a} | Photos by {b}", ("reporter", "photographer")),
    ("Ảnh: {a}", ("photographer",)),
    ("Tin, ảnh: {a}", ("reporter", "photographer")),
)

# English sentences that name two people, in Vietnamese spelling ({a}, {b}).
NAMING_SENTENCES = (
    "Attending the meeting were Mr. {a} and Ms. {b}.",
    "Mr. {a} and Mr. {b} attended.",
    "Also present were {a}, {b} and leaders of departments.",
)

# A views count's thousands separated as the portal may write them.
THOUSANDS_SEPARATORS = (" ", "\u00a0", ",", ".")

CREDIT_FORMATS = (
    "Reported by {reporter} - Translated by {translator}",
    "Reported by {reporter} -\u00a0Translated by {translator}",
    "\u00a0Reported by {reporter} -\u00a0Translated by {translator}",
    "Reported by {reporter} – Translated by {translator}",
)

IMAGE_NAME_PATTERNS = ("{stem} {small}{ext}", "{stem}{small}{ext}", "{stem}_{small}{ext}", "IMG_{big:04d}.JPG",
                       "DSC{big:05d}.JPG", "{stem}-{small}{ext}")
IMAGE_STEMS = ("hoi nghi", "anh", "hinh", "toa dam", "le ky ket", "thanh pho thong minh", "smart city", "doan cong tac")
IMAGE_EXTENSIONS = (".jpg", ".jpg", ".JPG", ".jpeg", ".png")
IMAGE_TRAILING_SPACES = ("", "", "", " ", "  ")

LISTING_CATEGORIES = ("News", "News - Smart City", "News - Investment", "News - Culture - Society", "News - Economy",
                      "News - Politics", "News - Foreign Affairs", "News - Education - Health")
ELLIPSES = ("…", "...", " ...", " …")

TITLE_SUBJECTS = ("Binh Duong", "Provincial leaders", "Smart City Executive Board", "Provincial People's Committee",
                  "Becamex IDC", "Thu Dau Mot City", "Department of Science and Technology")
TITLE_VERBS = ("reviews", "discusses", "launches", "promotes", "welcomes", "signs agreement on", "reports on")
TITLE_OBJECTS = ("smart city plan", "innovation ecosystem", "international cooperation", "digital transformation",
                 "investment attraction", "startup programs", "high-tech industrial parks", "e-government services")
# Cells after each item of a flattened listing table: none, or empty image and link cells.
TABLE_EMPTY_CELLS = (0, 0, 1, 2)

LONG_PARAGRAPH_CHARS = 2000
WRAP_WIDTHS = range(64, 77)
TEASER_CUT = range(90, 200)

# --- anchored patterns -----------------------------------------------------------------------------

HEADER_RE = re.compile(r"^(?P<weekday>[^,]+), Ngày (?P<date>\d{1,2}/\d{1,2}/\d{4}), (?P<time>\d{1,2}:\d{2})\s*$")
BYLINE_RE = re.compile(r"^\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})(?:\s*\|\s*(?P<author>.*?))?\s*$")
LEAD_TAG_RE = re.compile(r"^\s*(?:PORTAL|Portal|BEGIC)\s?[-–]\s*")
VIEWS_RE = re.compile(r"(?P<count>\d+)(?P<end>\s*)$")
TIME_FIELD_RE = re.compile(r"^(?P<label>\s*Tin nổi bật)(?P<space>\s*)\(Time\)")

# Windows-1252 leaves five bytes undefined; like ftfy's sloppy-windows-1252 they stay Latin-1.
_CP1252_OVER_LATIN1 = {byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0)
                       if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# Windows-1258 where it differs from Latin-1: its defined bytes (nine of 0x80-0x9F are not, and keep Latin-1's).
_CP1258_OVER_LATIN1 = {byte: char for byte in range(0x80, 0x100) if (char := bytes([byte]).decode("cp1258", "ignore"))}


# --- reading, writing ------------------------------------------------------------------------------

def load_labelled_samples(samples_dir: str | pathlib.Path, gold_path: str | pathlib.Path) -> dict[str, LabelledPage]:
    """Every page of ``samples_dir`` that the gold file labels: file name -> page, blank lines with role ''.

    Raises ValueError when a non-blank line has no label or a label points at a blank line.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = pathlib.Path(folder.name, "a.txt").write_text("News\\n\\nBEGIC - Item.", encoding="utf-8")
    >>> _ = pathlib.Path(folder.name, "b.txt").write_text("Not labelled.", encoding="utf-8")
    >>> gold = pathlib.Path(folder.name, "gold.tsv")
    >>> _ = gold.write_text("file\\tline\\trole\\tlang\\ttext\\n"
    ...                     "a.txt\\t1\\tlisting_header\\ten\\tNews\\n"
    ...                     "a.txt\\t3\\tlisting_item\\ten\\tBEGIC - Item.\\n", encoding="utf-8")
    >>> {name: [line.role for line in page] for name, page in load_labelled_samples(folder.name, gold).items()}
    {'a.txt': ['listing_header', '', 'listing_item']}
    >>> folder.cleanup()
    """
    labels: dict[str, dict[int, tuple[str, str]]] = {}
    with open(gold_path, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            labels.setdefault(row["file"], {})[int(row["line"])] = (row["role"], row["lang"])
    pages = {}
    for path in sorted(pathlib.Path(samples_dir).glob("*.txt")):
        if path.name in labels:
            pages[path.name] = label_text(path.read_bytes().decode("utf-8"), labels[path.name], path.name)
    return pages


def label_text(text: str, labels: dict[int, tuple[str, str]], name: str = "page") -> LabelledPage:
    """Split ``text`` at ``\\n`` and give each line its (role, lang) from ``labels`` (1-based line numbers).

    >>> label_text("News\\n\\nBEGIC - Item.", {1: ("listing_header", "en"), 3: ("listing_item", "en")})[1]
    LabelledLine(role='', lang='', text='')
    """
    page = []
    for number, line in enumerate(text.split("\n"), 1):
        label = labels.get(number)
        if not line.strip():
            if label is not None:
                raise ValueError(f"{name}:{number}: a label for a blank line")
            page.append(LabelledLine("", "", line))
        elif label is None:
            raise ValueError(f"{name}:{number}: no label for {line.strip()[:40]!r}")
        else:
            page.append(LabelledLine(label[0], label[1], line))
    return page


def render(page: LabelledPage, newline: str = "\n") -> str:
    """The page as a dump: lines joined with ``newline``, no final newline (like the samples).

    >>> render([LabelledLine("nav", "en", "News"), BLANK, LabelledLine("body", "en", "Text.")])
    'News\\n\\nText.'
    """
    return newline.join(line.text for line in page)


def label_rows(file_name: str, page: LabelledPage) -> list[tuple[str, int, str, str, str]]:
    """Rows of the gold format (file, line, role, lang, text) for the non-blank lines of ``page``.

    The text is the line as written in the page, stripped, as in the gold file.

    >>> label_rows("a.txt", [LabelledLine("nav", "en", "News "), BLANK, LabelledLine("body", "en", "Text.")])
    [('a.txt', 1, 'nav', 'en', 'News'), ('a.txt', 3, 'body', 'en', 'Text.')]
    """
    return [(file_name, number, line.role, line.lang, line.text.strip())
            for number, line in enumerate(page, 1) if line.text.strip()]


# --- helpers ---------------------------------------------------------------------------------------

def _indices(page: LabelledPage, *roles: str) -> list[int]:
    return [index for index, line in enumerate(page) if line.role in roles]


def _first(page: LabelledPage, role: str) -> int | None:
    found = _indices(page, role)
    return found[0] if found else None


def _with_text(line: LabelledLine, text: str) -> LabelledLine:
    return dataclasses.replace(line, text=text)


def _rewritten(page: LabelledPage, index: int, text: str) -> LabelledPage:
    """The page with line ``index`` holding ``text``, its labels kept."""
    return page[:index] + [_with_text(page[index], text)] + page[index + 1:]


def _is_listing(page: LabelledPage) -> bool:
    return bool(_indices(page, *LISTING_ROLES))


def _footer_start(page: LabelledPage) -> int:
    found = _indices(page, *FOOTER_ROLES)
    return found[0] if found else len(page)


def _header_date(page: LabelledPage) -> str | None:
    index = _first(page, "date_header")
    match = HEADER_RE.match(page[index].text) if index is not None else None
    return match["date"] if match else None


def _image_file_name(rng: random.Random, trailing: bool = True) -> str:
    """A file name as SharePoint leaves it for an image: ``hoi nghi 2.jpg``, ``IMG_0001.JPG``, …"""
    name = rng.choice(IMAGE_NAME_PATTERNS).format(
        stem=rng.choice(IMAGE_STEMS), small=rng.randint(1, 30), big=rng.randint(1, 9999), ext=rng.choice(IMAGE_EXTENSIONS))
    return name + (rng.choice(IMAGE_TRAILING_SPACES) if trailing else "")


def _body_runs(page: LabelledPage) -> list[list[int]]:
    """Runs of body lines separated only by blank lines."""
    runs: list[list[int]] = []
    previous_role = None
    for index, line in enumerate(page):
        if line.role == "body":
            if previous_role == "body":
                runs[-1].append(index)
            else:
                runs.append([index])
        if line.role:
            previous_role = line.role
    return runs


def _without(page: LabelledPage, removed: set[int]) -> LabelledPage:
    return [line for index, line in enumerate(page) if index not in removed]


def without_marks(text: str) -> str:
    """Text as a dump that lost the Vietnamese marks writes it.

    >>> without_marks("Lượt người xem: Đà Nẵng")
    'Luot nguoi xem: Da Nang'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(character for character in decomposed if not unicodedata.combining(character)))


def mojibake_text(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (Latin-1 for its undefined bytes).

    >>> mojibake_text("Chia sẻ:")
    'Chia sáº»:'
    """
    return text.encode("utf-8").decode("latin-1").translate(_CP1252_OVER_LATIN1)


def cp1258_mojibake_text(text: str) -> str:
    """UTF-8 bytes read as Windows-1258 (Latin-1 for its undefined bytes): a Vietnamese Windows reader's mojibake.

    >>> cp1258_mojibake_text("Ngày đăng")
    'NgĂ\xa0y Ä‘Äƒng'
    """
    return text.encode("utf-8").decode("latin-1").translate(_CP1258_OVER_LATIN1)


# --- header ----------------------------------------------------------------------------------------

def nav_line(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A stray ``News`` navigation line above the date header; None without a date header.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00")]
    >>> [line.text for line in nav_line(page, random.Random(1))]
    ['News', 'Thứ 4, Ngày 05/01/2022, 16:00']
    """
    index = _first(page, "date_header")
    if index is None:
        return None
    return page[:index] + [NAV_LINE] + page[index:]


def no_title(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The title line removed, so the date header is followed by the ``Cỡ chữ`` line; None without title.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00"), LabelledLine("title", "en", "A title"),
    ...         LabelledLine("font_size_widget", "vi", "Cỡ chữ: Font size: Giảm (A-)")]
    >>> [line.role for line in no_title(page, random.Random(0))]
    ['date_header', 'font_size_widget']
    >>> no_title(page[:1], random.Random(0)) is None
    True
    """
    index = _first(page, "title")
    if index is None:
        return None
    return page[:index] + page[index + 1:]


def no_blank_after_widget(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The blank line after the font-size widget removed; None when the widget is not followed by one.

    >>> page = [LabelledLine("font_size_widget", "vi", "Cỡ chữ: Font size: Giảm (A-)"), BLANK,
    ...         LabelledLine("body", "en", "Lead.")]
    >>> [line.role for line in no_blank_after_widget(page, random.Random(0))]
    ['font_size_widget', 'body']
    """
    index = _first(page, "font_size_widget")
    if index is None or index + 1 >= len(page) or page[index + 1].text.strip():
        return None
    return page[:index + 1] + page[index + 2:]


def _rewrite_byline(page: LabelledPage, author: str | None) -> LabelledPage | None:
    index = _first(page, "byline")
    match = BYLINE_RE.match(page[index].text) if index is not None else None
    if index is None or match is None:
        return None
    text = f"{match['date']} | {author}" if author else match["date"]
    return _rewritten(page, index, text)


def byline_diacritics(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The byline's author written with Vietnamese diacritics (``16/05/2019 | Nguyễn Trang``); None without byline.

    >>> page = [LabelledLine("byline", "none", "16/05/2019 | Nguyen Trang")]
    >>> byline_diacritics(page, random.Random(0))[0].text.startswith("16/05/2019 | ")
    True
    """
    return _rewrite_byline(page, rng.choice(AUTHORS_VI))


def byline_date_only(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The byline reduced to its date (``16/05/2019``); None without byline.

    >>> byline_date_only([LabelledLine("byline", "none", "16/05/2019 | Nguyen Trang")], random.Random(0))[0].text
    '16/05/2019'
    """
    return _rewrite_byline(page, None)


def add_byline(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A byline (header date | author) after the widget of an article that has none, then a blank line.

    None when the page has a byline already, or no date header or widget.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00"),
    ...         LabelledLine("font_size_widget", "vi", "Cỡ chữ: Font size: Giảm (A-)"), BLANK,
    ...         LabelledLine("body", "en", "Lead.")]
    >>> varied = add_byline(page, random.Random(0))
    >>> [line.role for line in varied], varied[2].text
    (['date_header', 'font_size_widget', 'byline', '', 'body'], '05/01/2022 | Quang Vĩnh')
    """
    widget = _first(page, "font_size_widget")
    date = _header_date(page)
    if _first(page, "byline") is not None or widget is None or date is None:
        return None
    author = rng.choice(AUTHORS_ASCII + AUTHORS_VI)
    added = [LabelledLine("byline", "none", f"{date} | {author}")]
    if widget + 1 < len(page) and page[widget + 1].text.strip():
        added.append(BLANK)
    return page[:widget + 1] + added + page[widget + 1:]


def header_weekday(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The header moved to another date and time with its Vietnamese weekday; a byline on the old date follows.

    The date is between HEADER_DATES, the minutes are often not :00; None without a date header.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00")]
    >>> header_weekday(page, random.Random(3))[0].text != page[0].text
    True
    """
    index = _first(page, "date_header")
    old = _header_date(page)
    if index is None or old is None:
        return None
    first, last = HEADER_DATES
    day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    while f"{day:%d/%m/%Y}" == old:
        day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    minute = 0 if rng.random() < 0.3 else rng.randrange(60)
    header = f"{rng.choice(WEEKDAY_NAMES[day.weekday()])}, Ngày {day:%d/%m/%Y}, {rng.choice(HEADER_HOURS):02d}:{minute:02d}"
    varied = _rewritten(page, index, header)
    byline = _first(varied, "byline")
    if byline is not None and varied[byline].text.strip().startswith(old):
        varied[byline] = _with_text(varied[byline], varied[byline].text.replace(old, f"{day:%d/%m/%Y}", 1))
    return varied


def title_ending(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The title ended with punctuation (``?``, ``!``, ``…``) or a company's ``Co., Ltd.``; None without title.

    >>> title_ending([LabelledLine("title", "en", "Binh Duong Smart City")], random.Random(5))[0].text
    'Binh Duong Smart City with Samsung Electronics Co., Ltd.'
    """
    index = _first(page, "title")
    if index is None:
        return None
    return _rewritten(page, index, page[index].text.rstrip() + rng.choice(TITLE_ENDINGS))


def header_order(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """Title, widget and byline after the date header in another order (the title before the byline).

    None unless the header is followed by at least two of them in a row.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00"), LabelledLine("title", "en", "A title"),
    ...         LabelledLine("font_size_widget", "mixed", "Cỡ chữ: Font size:"), BLANK]
    >>> [line.role for line in header_order(page, random.Random(0))]
    ['date_header', 'font_size_widget', 'title', '']
    """
    header = _first(page, "date_header")
    if header is None:
        return None
    end = header + 1
    while end < len(page) and page[end].role in ("title", "font_size_widget", "byline"):
        end += 1
    block = page[header + 1:end]
    orders = [order for order in itertools.permutations(block) if list(order) != block and _title_before_byline(order)]
    if not orders:
        return None
    return page[:header + 1] + list(rng.choice(orders)) + page[end:]


def _title_before_byline(lines: Sequence[LabelledLine]) -> bool:
    roles = [line.role for line in lines]
    return "title" not in roles or "byline" not in roles or roles.index("title") < roles.index("byline")


def header_form(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The date header in another form of the same date and time, labelled with its words' language
    (`HEADER_FORMS`); None without a header.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00")]
    >>> [header_form(page, random.Random(seed))[0].text for seed in (5, 0, 9)]
    ['Thứ 4, ngày 5 tháng 1 năm 2022, 16:00', 'Wednesday, January 5, 2022 4:00 PM', '05/01/2022 16:00']
    """
    index = _first(page, "date_header")
    match = HEADER_RE.match(page[index].text) if index is not None else None
    if index is None or match is None:
        return None
    day, month, year = match["date"].split("/")
    hour, minute = (int(part) for part in match["time"].split(":"))
    form, lang = rng.choice(HEADER_FORMS)
    header = form.format(
        weekday=match["weekday"], day=day, month=month, year=year, day_number=int(day), month_number=int(month),
        hour=f"{hour:02d}", minute=f"{minute:02d}", hour12=(hour - 1) % 12 + 1, meridiem="SA" if hour < 12 else "CH",
        english_weekday=ENGLISH_WEEKDAYS[datetime.date(int(year), int(month), int(day)).weekday()],
        english_month=ENGLISH_MONTHS[int(month) - 1], am_pm="AM" if hour < 12 else "PM",
    )
    return page[:index] + [LabelledLine("date_header", lang, header)] + page[index + 1:]


# --- body ------------------------------------------------------------------------------------------

def lead_tag(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The lead paragraph's agency tag rewritten (``PORTAL – ``, ``BEGIC- ``, …) or removed; None without body.

    >>> page = [LabelledLine("body", "en", "PORTAL - On the afternoon of May 5, the board met.")]
    >>> lead_tag(page, random.Random(2))[0].text.endswith("On the afternoon of May 5, the board met.")
    True
    """
    index = _first(page, "body")
    if index is None:
        return None
    text = page[index].text
    match = LEAD_TAG_RE.match(text)
    current, rest = (match[0], text[match.end():]) if match else ("", text.lstrip())
    tag = rng.choice([tag for tag in LEAD_TAGS if tag != current])
    return _rewritten(page, index, tag + rest)


def image_file_line(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """An image's file name alone on a line before a caption (role image_file, lang none).

    Two blank lines at least before it, where the image was, and one between it and the caption.
    None without caption.

    >>> page = [LabelledLine("body", "en", "PORTAL - Lead."), BLANK, LabelledLine("caption", "en", "Overview of the meeting")]
    >>> varied = image_file_line(page, random.Random(0))
    >>> [line.role for line in varied], varied[3].text
    (['body', '', '', 'image_file', '', 'caption'], 'IMG_8377.JPG ')
    """
    captions = _indices(page, "caption")
    if not captions:
        return None
    caption = rng.choice(captions)
    start = caption
    while start > 0 and not page[start - 1].text.strip():
        start -= 1
    blanks = [BLANK] * max(caption - start, 2)
    image = LabelledLine("image_file", "none", _image_file_name(rng))
    return page[:start] + blanks + [image, BLANK] + page[caption:]


def fused_image_caption(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A caption prefixed by an image file name with no space (``anh 1.jpgDelegates visit…``), still role caption.

    None without caption.

    >>> fused_image_caption([LabelledLine("caption", "en", "Overview of the meeting")], random.Random(0))
    [LabelledLine(role='caption', lang='en', text='IMG_8377.JPGOverview of the meeting')]
    """
    captions = _indices(page, "caption")
    if not captions:
        return None
    caption = rng.choice(captions)
    fused = _image_file_name(rng, trailing=False) + page[caption].text.lstrip()
    return page[:caption] + [_with_text(page[caption], fused)] + page[caption + 1:]


def credit_line(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A ``Reported by X - Translated by Y`` line (role credit, lang en) rewritten, or added before the footer.

    None on a listing or a page without body.

    >>> page = [LabelledLine("body", "en", "PORTAL - Lead."), BLANK,
    ...         LabelledLine("views", "mixed", "Lượt người xem:  Views:   12")]
    >>> varied = credit_line(page, random.Random(0))
    >>> [line.role for line in varied], varied[2].text
    (['body', '', 'credit', '', 'views'], 'Reported by Hong Nhung – Translated by Minh Duc')
    """
    if _is_listing(page) or _first(page, "body") is None:
        return None
    reporter, translator = rng.sample(AUTHORS_ASCII, 2)
    credit = LabelledLine("credit", "en", rng.choice(CREDIT_FORMATS).format(reporter=reporter, translator=translator))
    existing = _first(page, "credit")
    if existing is not None:
        return page[:existing] + [credit] + page[existing + 1:]
    last = max(index for index in range(_footer_start(page)) if page[index].text.strip())
    return page[:last + 1] + [BLANK, credit] + page[last + 1:]


def credit_form(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A credit line of another form (`CREDIT_FORMS`: ``Photo: X``, ``Ảnh: X``, …) before the footer, or
    in place of the page's; its language is Vietnamese when its words are. None on a listing or a page
    without body.

    >>> page = [LabelledLine("body", "en", "PORTAL - Lead."), BLANK, LabelledLine("views", "mixed", "Views:   12")]
    >>> varied = credit_form(page, random.Random(0))
    >>> [line.role for line in varied], varied[2].text
    (['body', '', 'credit', '', 'views'], 'Written by Hong Nhung | Photos by Nguyen Trang')
    """
    if _is_listing(page) or _first(page, "body") is None:
        return None
    form, _ = rng.choice(CREDIT_FORMS)
    vietnamese = not form.isascii()
    first, second = rng.sample(AUTHORS_VI if vietnamese else AUTHORS_ASCII, 2)
    credit = LabelledLine("credit", "vi" if vietnamese else "en", form.format(a=first, b=second))
    existing = _first(page, "credit")
    if existing is not None:
        return page[:existing] + [credit] + page[existing + 1:]
    last = max(index for index in range(_footer_start(page)) if page[index].text.strip())
    return page[:last + 1] + [BLANK, credit] + page[last + 1:]


def naming_paragraph(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """An English paragraph that names two people in Vietnamese spelling, after the lead (role body, lang en).

    None without an English body paragraph.

    >>> page = [LabelledLine("body", "en", "PORTAL - Lead."), BLANK, LabelledLine("body", "en", "More.")]
    >>> naming_paragraph(page, random.Random(0))[2].text
    'Attending the meeting were Mr. Hồng Nhung and Ms. Lê Quốc Việt.'
    """
    lead = next((index for index, line in enumerate(page) if line.role == "body" and line.lang == "en"), None)
    if lead is None:
        return None
    first, second = rng.sample(AUTHORS_VI, 2)
    sentence = LabelledLine("body", "en", rng.choice(NAMING_SENTENCES).format(a=first, b=second))
    return page[:lead + 1] + [BLANK, sentence] + page[lead + 1:]


def long_paragraph(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """A run of consecutive body paragraphs joined with spaces into one very long paragraph.

    The run is one of those reaching LONG_PARAGRAPH_CHARS, or else the longest; None without two
    body paragraphs in a row.

    >>> page = [LabelledLine("body", "en", "PORTAL - The lead."), BLANK, LabelledLine("body", "en", "Second paragraph.")]
    >>> long_paragraph(page, random.Random(0))
    [LabelledLine(role='body', lang='en', text='PORTAL - The lead. Second paragraph.')]
    >>> long_paragraph(page[:1], random.Random(0)) is None
    True
    """
    runs = [run for run in _body_runs(page) if len(run) > 1]
    if not runs:
        return None

    def length(run: list[int]) -> int:
        return sum(len(page[index].text.strip()) + 1 for index in run)

    long_runs = [run for run in runs if length(run) >= LONG_PARAGRAPH_CHARS]
    run = rng.choice(long_runs) if long_runs else max(runs, key=length)
    joined = " ".join(page[index].text.strip() for index in run)
    varied = page[:run[0]] + [_with_text(page[run[0]], joined)] + page[run[0] + 1:]
    return _without(varied, {index for index in range(run[0] + 1, run[-1] + 1)})


# --- cut dumps -------------------------------------------------------------------------------------

def cut_mid_paragraph(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The dump ends mid-word inside a body paragraph; the cut line keeps role body. None without body.

    >>> page = [LabelledLine("body", "en", "The meeting was held in the afternoon.")]
    >>> cut = cut_mid_paragraph(page, random.Random(0))[0].text
    >>> page[0].text.startswith(cut) and cut[-1].isalpha() and page[0].text[len(cut)].isalpha()
    True
    """
    cuts = [(index, position) for index in _indices(page, "body")
            for position in range(10, len(page[index].text))
            if page[index].text[position - 1].isalpha() and page[index].text[position].isalpha()]
    if not cuts:
        return None
    index, position = rng.choice(cuts)
    return page[:index] + [_with_text(page[index], page[index].text[:position])]


def cut_in_footer(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The dump ends inside a footer string (``Manage PermissionsManage Permiss``), which keeps its role.

    None without sp_action, sp_field or audit lines.

    >>> page = [LabelledLine("sp_action", "en", "Manage PermissionsManage Permissions"), BLANK,
    ...         LabelledLine("sp_field", "vi", "Tiêu đề")]
    >>> cut_in_footer(page, random.Random(5))
    [LabelledLine(role='sp_action', lang='en', text='Manage PermissionsManage Permiss')]
    """
    cuts = []
    for index in _indices(page, "sp_action", "sp_field", "audit"):
        text = page[index].text.rstrip()
        cuts += [(index, position) for position in range(max(3, len(text) // 3), len(text))
                 if not text[position - 1].isspace()]
    if not cuts:
        return None
    index, position = rng.choice(cuts)
    return page[:index] + [_with_text(page[index], page[index].text[:position])]


def begin_mid_body(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The dump starts at a body paragraph: header, title, widget, byline and all earlier lines gone.

    None without body.

    >>> page = [LabelledLine("title", "en", "A title"), BLANK, LabelledLine("body", "en", "PORTAL - Lead."), BLANK,
    ...         LabelledLine("body", "en", "More.")]
    >>> [line.text for line in begin_mid_body(page, random.Random(1))]
    ['PORTAL - Lead.', '', 'More.']
    """
    bodies = _indices(page, "body")
    if not bodies:
        return None
    return page[rng.choice(bodies):]


# --- footer ----------------------------------------------------------------------------------------

def footer_shuffled(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The footer's sp_field lines in another order, some dropped (each with the blank line before it).

    None with fewer than three sp_field lines.

    >>> page = [LabelledLine("sp_action", "en", "Manage PermissionsManage Permissions")]
    >>> for label in ("Tiêu đề", "Hình ảnh", "Tóm tắt", "Nội dung"):
    ...     page += [BLANK, LabelledLine("sp_field", "vi", label)]
    >>> [line.text for line in footer_shuffled(page, random.Random(0))]
    ['Manage PermissionsManage Permissions', '', 'Tóm tắt', '', 'Hình ảnh']
    """
    slots = _indices(page, "sp_field")
    if len(slots) < 3:
        return None
    dropped = set(rng.sample(slots, rng.randint(1, len(slots) // 2)))
    kept = [slot for slot in slots if slot not in dropped]
    order = rng.sample(kept, len(kept))
    if order == kept:
        order[0], order[1] = order[1], order[0]
    varied = list(page)
    for slot, source in zip(kept, order, strict=True):
        varied[slot] = page[source]
    removed = dropped | {slot - 1 for slot in dropped if not page[slot - 1].text.strip()}
    return _without(varied, removed)


def footer_time_space(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """``Tin nổi bật(Time)`` ↔ ``Tin nổi bật (Time)``; None without that field.

    >>> footer_time_space([LabelledLine("sp_field", "mixed", "Tin nổi bật(Time)")], random.Random(0))[0].text
    'Tin nổi bật (Time)'
    """
    for index in _indices(page, "sp_field"):
        match = TIME_FIELD_RE.match(page[index].text)
        if match:
            space = "" if match["space"] else " "
            text = match["label"] + space + page[index].text[match.end("space"):]
            return _rewritten(page, index, text)
    return None


def duplicate_view_count(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The same page with another number in the views line (a re-crawl); None without views line.

    >>> line = LabelledLine("views", "mixed", "Lượt người xem:  Views:   93")
    >>> duplicate_view_count([line], random.Random(0))[0].text.startswith("Lượt người xem:  Views:   ")
    True
    """
    index = _first(page, "views")
    match = VIEWS_RE.search(page[index].text) if index is not None else None
    if index is None or match is None:
        return None
    count = int(match["count"])
    new = rng.choice([value for value in (rng.randint(1, 20000), rng.randint(1, 20000), count + 1) if value != count])
    text = page[index].text[:match.start()] + str(new) + match["end"]
    return _rewritten(page, index, text)


def views_thousands(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The views count at least 1,000 with its thousands apart (``1 280``, ``1\u00a0280``, ``1,280``, ``1.280``).

    None without views line.

    >>> views_thousands([LabelledLine("views", "mixed", "Lượt người xem:  Views:   93")], random.Random(1))[0].text
    'Lượt người xem:  Views:   18 611'
    """
    index = _first(page, "views")
    match = VIEWS_RE.search(page[index].text) if index is not None else None
    if index is None or match is None:
        return None
    count = f"{rng.randint(1000, 99999):,}".replace(",", rng.choice(THOUSANDS_SEPARATORS))
    return _rewritten(page, index, page[index].text[:match.start()] + count + match["end"])


# --- line ends and encodings -----------------------------------------------------------------------

def crlf(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """CRLF line ends: a ``\\r`` at the end of every line's text but the last; render with the default ``\\n``.

    None for a page of one line (no line end to change).

    >>> render(crlf([LabelledLine("nav", "en", "News"), BLANK], random.Random(0)))
    'News\\r\\n'
    """
    if len(page) < 2:
        return None
    return [_with_text(line, line.text + "\r") for line in page[:-1]] + page[-1:]


def nfd(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """Every text NFD-decomposed (a base letter and combining marks); None when NFD changes nothing.

    >>> nfd([LabelledLine("share", "vi", "Chia sẻ:")], random.Random(0))[0].text == "Chia se\\u0309:"
    True
    """
    varied = [_with_text(line, unicodedata.normalize("NFD", line.text)) for line in page]
    return varied if varied != page else None


def mojibake(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The page's UTF-8 bytes read as Windows-1252 (Latin-1 for its five undefined bytes); None for ASCII.

    Each line is converted alone, which gives the same text as the whole document since ``\\n`` is one
    ASCII byte; ftfy repairs it over the whole document (line by line it misses ``Nội dung``).

    >>> mojibake([LabelledLine("share", "vi", "Chia sẻ:"), LabelledLine("nav", "en", "News")], random.Random(0))
    [LabelledLine(role='share', lang='vi', text='Chia sáº»:'), LabelledLine(role='nav', lang='en', text='News')]
    >>> mojibake([LabelledLine("nav", "en", "News")], random.Random(0)) is None
    True
    """
    varied = [_with_text(line, mojibake_text(line.text)) for line in page]
    return varied if varied != page else None


# --- listing ---------------------------------------------------------------------------------------

def listing_category(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The listing header set to another category (``News - Investment``, ``News``, …); None on an article.

    >>> listing_category([LabelledLine("listing_header", "en", "News - Smart City")], random.Random(0))[0].text
    'News - Education - Health'
    """
    index = _first(page, "listing_header")
    if index is None:
        return None
    header = rng.choice([category for category in LISTING_CATEGORIES if category != page[index].text.strip()])
    return _rewritten(page, index, header)


def teaser_no_tag(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """Listing items without their agency tag; None on an article or when no item has a tag.

    >>> item = LabelledLine("listing_item", "en", "BEGIC -\\u00a0Late June 27, the board met.")
    >>> teaser_no_tag([item], random.Random(0))[0].text
    'Late June 27, the board met.'
    """
    items = [index for index in _indices(page, "listing_item") if LEAD_TAG_RE.match(page[index].text)]
    if not items:
        return None
    varied = list(page)
    for index in items:
        varied[index] = _with_text(page[index], LEAD_TAG_RE.sub("", page[index].text, count=1))
    return varied


def teaser_ellipsis(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """Long listing items cut at a word boundary and ended with one ellipsis style (``…``, ``...``).

    None on an article or when no item is long enough.

    >>> item = LabelledLine("listing_item", "en", "BEGIC - Afternoon of March 14th, at provincial Convention and Exhibition "
    ...                     "Center, Mr. Mai Hung Dung, Standing Vice Chairman of provincial People's Committee, chaired the "
    ...                     "Executive Board meeting through Binh Duong Smart City Scheme's Implementation Plan in 2019.")
    >>> teaser_ellipsis([item], random.Random(2))[0].text
    'BEGIC - Afternoon of March 14th, at provincial Convention and Exhibition Center, Mr. Mai Hung Dung…'
    >>> teaser_ellipsis([LabelledLine("listing_item", "en", "BEGIC - A short teaser.")], random.Random(2)) is None
    True
    """
    ellipsis = rng.choice(ELLIPSES)
    varied = list(page)
    cut_any = False
    for index in _indices(page, "listing_item"):
        text = page[index].text.strip()
        space = text.rfind(" ", 0, rng.choice(TEASER_CUT))
        if len(text) > TEASER_CUT.stop and space > 0:
            varied[index] = _with_text(page[index], text[:space].rstrip(" ,;:-–") + ellipsis)
            cut_any = True
    return varied if cut_any else None


def listing_hard_wrapped(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """Every listing item hard-wrapped at about 70 characters on word boundaries; each line stays listing_item.

    None on an article.

    >>> item = LabelledLine("listing_item", "en", "word " * 30)
    >>> [len(line.text) <= 80 for line in listing_hard_wrapped([item], random.Random(0))]
    [True, True, True]
    """
    items = _indices(page, "listing_item")
    if not items:
        return None
    width = rng.choice(WRAP_WIDTHS)
    varied: LabelledPage = []
    for index, line in enumerate(page):
        if index in items:
            wrapped = textwrap.wrap(line.text.strip(), width=width, break_long_words=False, break_on_hyphens=False)
            varied += [_with_text(line, part) for part in wrapped]
        else:
            varied.append(line)
    return varied


def _table_title(rng: random.Random) -> str:
    return f"{rng.choice(TITLE_SUBJECTS)} {rng.choice(TITLE_VERBS)} {rng.choice(TITLE_OBJECTS)}"


def listing_flattened_table(page: LabelledPage, rng: random.Random) -> LabelledPage | None:
    """The whole listing on one line of ``|`` cells: title, title, teaser per item, some empty cells.

    ``| Title | Title | PORTAL - lead | | Title | …|``: the line has role listing_item, lang en; the
    header and what follows the items stay. None on an article.

    >>> page = [LabelledLine("listing_header", "en", "News"), BLANK, LabelledLine("listing_item", "en", "BEGIC - One."), BLANK,
    ...         LabelledLine("listing_item", "en", "BEGIC - Two.")]
    >>> varied = listing_flattened_table(page, random.Random(0))
    >>> [line.role for line in varied], [cell.strip() for cell in varied[-1].text.split("|") if "BEGIC" in cell]
    (['listing_header', '', 'listing_item'], ['BEGIC - One.', 'BEGIC - Two.'])
    """
    items = _indices(page, "listing_item")
    if not items:
        return None
    cells: list[str] = []
    for index in items:
        title = _table_title(rng)
        cells += [title, title, page[index].text.strip()] + [""] * rng.choice(TABLE_EMPTY_CELLS)
    table = "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"
    before = page[:items[0]]
    if before and before[-1].text.strip():
        before.append(BLANK)
    return before + [LabelledLine("listing_item", "en", table)] + page[items[-1] + 1:]


# --- the family ------------------------------------------------------------------------------------

VARIATIONS: dict[str, Variation] = {
    "nav_line": nav_line,
    "no_title": no_title,
    "no_blank_after_widget": no_blank_after_widget,
    "byline_diacritics": byline_diacritics,
    "byline_date_only": byline_date_only,
    "add_byline": add_byline,
    "header_weekday": header_weekday,
    "title_ending": title_ending,
    "header_order": header_order,
    "header_form": header_form,
    "lead_tag": lead_tag,
    "image_file_line": image_file_line,
    "fused_image_caption": fused_image_caption,
    "credit_line": credit_line,
    "credit_form": credit_form,
    "naming_paragraph": naming_paragraph,
    "long_paragraph": long_paragraph,
    "cut_mid_paragraph": cut_mid_paragraph,
    "cut_in_footer": cut_in_footer,
    "begin_mid_body": begin_mid_body,
    "footer_shuffled": footer_shuffled,
    "footer_time_space": footer_time_space,
    "crlf": crlf,
    "nfd": nfd,
    "mojibake": mojibake,
    "duplicate_view_count": duplicate_view_count,
    "views_thousands": views_thousands,
    "listing_category": listing_category,
    "teaser_no_tag": teaser_no_tag,
    "teaser_ellipsis": teaser_ellipsis,
    "listing_hard_wrapped": listing_hard_wrapped,
    "listing_flattened_table": listing_flattened_table,
}


def vary(page: LabelledPage, name: str, seed: int | str) -> LabelledPage | None:
    """The variation ``name`` of ``page`` for ``seed`` (deterministic), or None when it does not apply.

    The rng is seeded with the name and the seed, so each variation has its own stream.

    >>> page = [LabelledLine("date_header", "vi", "Thứ 4, Ngày 05/01/2022, 16:00")]
    >>> vary(page, "header_weekday", 1) == vary(page, "header_weekday", 1)
    True
    >>> vary(page, "listing_category", 1) is None
    True
    """
    if name not in VARIATIONS:
        raise ValueError(f"unknown variation {name!r}; known: {', '.join(VARIATIONS)}")
    return VARIATIONS[name](list(page), random.Random(f"{name}:{seed}"))


# --- unlabelled pages ------------------------------------------------------------------------------

# Footer lines by shape, first match wins; any other non-blank footer line is an sp_field.
ROUGH_FOOTER_ROLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Views:"), "views"),
    (re.compile(r"^Chia sẻ:"), "share"),
    (re.compile(r"^Content Type:"), "content_type"),
    (re.compile(r"^(?:Created|Last modified) at"), "audit"),
    (re.compile(r"^(.+)\1$"), "sp_action"),
)


def _rough_footer_role(text: str) -> str:
    return next((role for pattern, role in ROUGH_FOOTER_ROLES if pattern.search(text)), "sp_field")


def rough_labels(text: str) -> LabelledPage:
    """A page without gold labels, with roles enough for the footer variations: lang is always ''.

    Lines before the views line are ``body``; from the views line on, each non-blank line gets a
    footer role from ROUGH_FOOTER_ROLES (views, share, sp_action, content_type, audit, else sp_field).
    Blank lines have role ''. This lets ``duplicate_view_count`` and ``footer_shuffled`` run on any
    article dump; the roles are not a parse and not fit for scoring a parser.

    >>> [line.role for line in rough_labels("Lead.\\n\\nLượt người xem:  Views:   3\\nChia sẻ:\\n\\nTóm tắt")]
    ['body', '', 'views', 'share', '', 'sp_field']
    """
    page: LabelledPage = []
    in_footer = False
    for line in text.split("\n"):
        in_footer = in_footer or "Views:" in line
        if not line.strip():
            page.append(LabelledLine("", "", line))
        else:
            page.append(LabelledLine(_rough_footer_role(line) if in_footer else "body", "", line))
    return page
