"""Write a deterministic synthetic corpus of page dumps with the truth about its duplicates.

Usage::

    .venv/bin/python scripts/make_corpus.py [--pages 20000] [--seed 1] [--cut-recrawls N] -o DIR

Built from the sample pages alone (``samples/*.txt``; no gold file needed). Writes
``DIR/NNN/NNNNNN.txt`` (UTF-8, at most 1000 pages a folder) and ``DIR/truth.jsonl``, one line per page
in path order: ``{"path", "kind", ...}`` with ``kind`` one of

* ``distinct``: a new article in the samples' template. Its body is recombined from the clauses of the
  four sample articles (split at ``,`` and ``;``), with the names, partners, months and numbers of
  each article drawn from tables, and a lead sentence built from slot tables; every distinct article
  has its own date and time. Two distinct articles share few word 4-grams.
* ``exact``: a copy of ``of`` with another view count and, half the time, the footer's fields shuffled.
* ``near``: a copy of ``of`` with a share of its body words deleted or shortened (``edit: words``) or one
  paragraph dropped (``edit: paragraph``), dated the same day or later and never longer, so the
  original stays canonical; ``jaccard`` is the true Jaccard of the two bodies' shingle sets
  (``shingle_hashes(normalise_body(...))`` over body and heading paragraphs, agency tag stripped: what
  dedup fingerprints). An edit whose Jaccard falls below 0.8 is kept, labelled ``distinct-edit``: a
  hard negative that must not be merged with ``of``.
* ``teaser``: a page whose whole text is the lead of ``of`` (at most one per article).
* ``listing``: a ``News - <Category>`` page of teasers; ``items`` gives, per listing item in order, the
  article it repeats (``of``) or null for a teaser of an article not in the corpus; some are cut with an
  ellipsis, some hard-wrapped.
* ``cut`` (only with ``--cut-recrawls N``: N pages more): ``of`` crawled again and cut short, as a crawler's
  dump ends, in the middle of a word of a body paragraph after the lead, with nothing after it (no footer);
  ``share`` is the share of the body's words before the cut.

Mix: 60 % distinct, 15 % exact, 15 % near (with distinct-edit), 5 % listings, 5 % teaser pages. The
same arguments give byte-identical output: one seeded ``random.Random``, no clock, no ``hash()``; the cut
recrawls are drawn last, so that without them a corpus is the one of before they were made.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import pathlib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from bdtools.parsers.fingerprint import normalise_body, shingle_hashes
from bdtools.parsers.page import strip_agency_tag
from bdtools.variants import (
    AUTHORS_ASCII,
    BLANK,
    CREDIT_FORMATS,
    ELLIPSES,
    LISTING_CATEGORIES,
    TITLE_OBJECTS,
    TITLE_SUBJECTS,
    TITLE_VERBS,
    WEEKDAY_NAMES,
    LabelledLine,
    LabelledPage,
    duplicate_view_count,
    footer_shuffled,
    listing_hard_wrapped,
    render,
    rough_labels,
)

REPO = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
PAGES_PER_FOLDER = 1000
NEAR_JACCARD = 0.8

# Share of the pages of each kind; teaser pages take what rounding leaves.
MIX: tuple[tuple[str, float], ...] = (("distinct", 0.60), ("exact", 0.15), ("near", 0.15), ("listing", 0.05))

FIRST_DAY = datetime.date(2011, 1, 1)
DAYS = 5800
HOURS = range(6, 22)
MINUTES = (0, 0, 15, 30, 45)
WIDGET = "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)"

# --- tables ------------------------------------------------------------------------------------------

FAMILY = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Phan")
MIDDLE = ("Van", "Thi", "Hoang", "Minh", "Thanh", "Quoc", "Huu", "Duc", "Ngoc", "Xuan", "Kim", "Thu")
GIVEN = ("Loi", "Dung", "Hung", "Long", "Thao", "Nam", "Liem", "Trang", "Tam", "Vinh", "Phuc", "Khoa", "Hai", "Son",
         "Tuan", "Linh", "Anh", "Binh", "Cuong", "Hieu", "Quang", "Dat", "Nhan", "Tri", "Hoa")
FOREIGN_NAMES = ("John Jung", "Lou Zacharilla", "Robert Bell", "Jan van der Berg", "Kim Min-soo", "Tanaka Hiroshi",
                 "Anna Virtanen", "Peter Schmidt", "Claire Dubois", "Frank-Jürgen Richter")
PARTNERS = ("Eindhoven", "Netherlands", "Oryol", "Singapore", "Korea", "Finland", "Taiwan", "United Kingdom", "France",
            "Japan", "Germany", "Australia", "Belgium", "Denmark", "Israel", "Canada", "Daejeon", "Osaka", "Perth",
            "Brainport", "Sejong", "Tampere", "Lyon", "Munich", "Incheon", "Busan")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")
DAY_PARTS = ("morning", "afternoon", "evening")
VENUES = ("the Provincial Convention and Exhibition Center", "Binh Duong Provincial Administrative Center",
          "Thu Dau Mot City", "the headquarters of the Provincial People's Committee", "Eastern International University",
          "the World Trade Center Binh Duong New City", "Becamex Hotel", "Di An City Cultural House",
          "Thuan An City People's Committee", "VSIP II Industrial Park", "Ben Cat Town Conference Hall",
          "Tan Uyen Town Administrative Center", "Bau Bang District People's Committee", "Thu Dau Mot University",
          "the Binh Duong Innovation Center", "the Science and Technology Industrial Park")
OFFICES = ("Standing Vice Chairman of the Provincial People's Committee", "Provincial Party Secretary",
           "Director of the Department of Science and Technology", "Board of Directors' Chairman of Becamex IDC",
           "Vice Chairwoman of the Provincial People's Council", "Director of the Department of Planning and Investment",
           "Director of the Department of Information and Communications", "Chairman of the Provincial People's Committee",
           "Deputy Secretary of the Provincial Party Committee", "Head of the Provincial Smart City Office",
           "Vice Chairman of the Provincial People's Committee", "Director of the Department of Industry and Trade")
MEETINGS = ("the meeting of the Binh Duong Smart City Executive Board", "a working session with a delegation from {partner}",
            "a conference on {topic}", "a seminar on {topic}", "the signing ceremony of an agreement with {partner}",
            "a workshop with experts from {partner} on {topic}", "a press conference on {topic}",
            "the review of {topic} in {year}")
TOPICS = TITLE_OBJECTS + ("green growth", "logistics and supply chains", "the innovation region", "open data platforms",
                          "smart health care", "smart schools", "public transport", "the 1022 hotline",
                          "vocational training", "waste water treatment", "the digital economy", "land planning")
LEAD_TEMPLATES = (
    "On the {part} of {month} {day}, at {venue}, Mr. {person} - {office} chaired {meeting}.",
    "{month} {day}, at {venue}, {person} - {office} attended {meeting} together with {person2} - {office2}.",
    "In the {part} of {month} {day}, {person} - {office} and {person2} - {office2} led {meeting} at {venue}.",
    "At {venue} on {month} {day}, {office} {person} received {meeting} with {count} delegates from {partner}.",
)
LEAD_TAGS = ("PORTAL - ", "PORTAL – ", "BEGIC - ", "PORTAL- ", "")
REPLACEMENT_WORDS = ("new", "the", "all", "key", "its", "our")

# Words of the samples' bodies that each article redraws: the category, then a pattern of the words.
PEOPLE_IN_SAMPLES = ("Mai Hung Dung", "Nguyen Van Loi", "Tran Thanh Liem", "Tran Van Nam", "Nguyen Hoang Thao",
                     "Nguyen Van Hung", "Nguyen Viet Long", "Pham Minh Chinh", "John Jung")
PARTNERS_IN_SAMPLES = ("Eindhoven", "Netherlands", "Oryol", "Singapore", "Korea", "Finland", "Taiwan", "United Kingdom",
                       "UK", "France", "USA", "Russian Federation")
SUBSTITUTED = re.compile(
    "(?P<person>" + "|".join(PEOPLE_IN_SAMPLES) + ")"
    r"|(?P<partner>\b(?:" + "|".join(PARTNERS_IN_SAMPLES) + r")\b)"
    r"|(?P<month>\b(?:" + "|".join(MONTHS) + r")\b)"
    r"|(?P<year>\b(?:19|20)\d\d\b)"
    r"|(?P<number>(?<![\w.-])\d+(?!\.\d|\w))"
)

TERMINATED = re.compile(r"[.!?\"”]\s*$")
SENTENCE_END = re.compile(r"(?<!\bMr\.)(?<!\bDr\.)(?<!\bMs\.)(?<=[.!?])\s+(?=[A-Z\"“])")
CLAUSE_BREAK = re.compile(r",\s+|;\s+")
BYLINE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}")
MIN_CLAUSE_WORDS = 4
MAX_HEADING_WORDS = 9

# --- the samples --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """What the corpus is built from: body clauses, headings, captions and footers of the sample articles."""

    clauses: tuple[str, ...]
    headings: tuple[str, ...]
    captions: tuple[str, ...]
    footers: tuple[LabelledPage, ...]


def _clauses(paragraph: str) -> list[str]:
    """The clauses of a body paragraph: sentences cut at commas and semicolons, end punctuation removed."""
    clauses = []
    for sentence in SENTENCE_END.split(paragraph.strip()):
        for clause in CLAUSE_BREAK.split(sentence.strip().rstrip(".!?")):
            if len(clause.split()) >= MIN_CLAUSE_WORDS:
                clauses.append(clause.strip())
    return clauses


def _before_body(page: LabelledPage, index: int) -> bool:
    """Whether the next non-blank line after ``index`` is a body paragraph (what makes a short line a heading)."""
    following = next((line.text.strip() for line in page[index + 1:] if line.text.strip()), "")
    return bool(TERMINATED.search(following)) and len(following.split()) > 12


def _article_parts(text: str) -> tuple[list[str], list[str], list[str], LabelledPage]:
    """Clauses, headings, captions and footer of one sample article (header: its first three lines)."""
    page = rough_labels(text.replace("\u00a0", " "))
    views = next(index for index, line in enumerate(page) if line.role == "views")
    clauses, headings, captions = [], [], []
    for index in range(3, views):
        line = page[index].text.strip()
        if not line or BYLINE.match(line) or line.startswith("Reported by"):
            continue
        if TERMINATED.search(line) and len(line.split()) > 12:
            clauses += _clauses(strip_agency_tag(line))
        elif len(line.split()) <= MAX_HEADING_WORDS and _before_body(page, index):
            headings.append(line)
        else:
            captions.append(line)
    return clauses, headings, captions, page[views:]


def load_source(samples_dir: pathlib.Path = SAMPLES) -> Source:
    """The clauses, headings, captions and footers of the article samples (a listing sample is skipped)."""
    clauses: list[str] = []
    headings: list[str] = []
    captions: list[str] = []
    footers: list[LabelledPage] = []
    for path in sorted(samples_dir.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        if "Views:" not in text:
            continue
        parts = _article_parts(text)
        clauses += parts[0]
        headings += parts[1]
        captions += parts[2]
        footers.append(parts[3])
    return Source(tuple(clauses), tuple(headings), tuple(captions), tuple(footers))


# --- articles -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One article page before rendering: paragraphs are (role, text), role body, heading, caption or credit."""

    when: datetime.datetime
    title: str
    author: str | None
    paragraphs: tuple[tuple[str, str], ...]
    footer: LabelledPage

    @property
    def lead(self) -> str:
        return next(text for role, text in self.paragraphs if role == "body")


def person(rng: random.Random) -> str:
    """A Vietnamese name from the family, middle and given name tables."""
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _numbers_like(rng: random.Random, digits: str) -> str:
    return str(rng.randint(1 if len(digits) == 1 else 10 ** (len(digits) - 1), 10 ** len(digits) - 1))


# Per category, how a sample word is redrawn; one article keeps its choice for each sample word.
REDRAW: dict[str, Callable[[random.Random, str], str]] = {
    "person": lambda rng, _: person(rng) if rng.random() < 0.9 else rng.choice(FOREIGN_NAMES),
    "partner": lambda rng, _: rng.choice(PARTNERS),
    "month": lambda rng, _: rng.choice(MONTHS),
    "year": lambda rng, _: str(rng.randint(2005, 2026)),
    "number": _numbers_like,
}


def substituter(rng: random.Random) -> Callable[[str], str]:
    """A function that redraws the names, partners, months, years and numbers of a text, the same way every time."""
    chosen: dict[tuple[str, str], str] = {}

    def redraw(match: re.Match[str]) -> str:
        key = (match.lastgroup or "", match[0])
        if key not in chosen:
            chosen[key] = REDRAW[key[0]](rng, match[0])
        return chosen[key]

    return lambda text: SUBSTITUTED.sub(redraw, text)


def sentence(rng: random.Random, source: Source, substitute: Callable[[str], str]) -> str:
    """Two to four clauses of the samples joined into one sentence."""
    clauses = [substitute(clause) for clause in rng.sample(source.clauses, rng.randint(2, 4))]
    text = ", ".join(clauses)
    return text[0].upper() + text[1:] + "."


def lead(rng: random.Random, source: Source) -> str:
    """A lead paragraph: an agency tag, a sentence from the slot tables, one recombined sentence."""
    substitute = substituter(rng)
    slots = {
        "part": rng.choice(DAY_PARTS), "month": rng.choice(MONTHS), "day": rng.randint(1, 28),
        "venue": rng.choice(VENUES), "person": person(rng), "office": rng.choice(OFFICES), "person2": person(rng),
        "office2": rng.choice(OFFICES), "count": rng.randint(5, 120), "partner": rng.choice(PARTNERS),
    }
    meeting = rng.choice(MEETINGS).format(partner=rng.choice(PARTNERS), topic=rng.choice(TOPICS), year=rng.randint(2011, 2026))
    first = rng.choice(LEAD_TEMPLATES).format(meeting=meeting, **slots)
    return rng.choice(LEAD_TAGS) + first[0].upper() + first[1:] + " " + sentence(rng, source, substitute)


def _title(rng: random.Random) -> str:
    return f"{rng.choice(TITLE_SUBJECTS)} {rng.choice(TITLE_VERBS)} {rng.choice(TITLE_OBJECTS)} in {rng.choice(TOPICS)}"


def article(rng: random.Random, source: Source, when: datetime.datetime) -> Article:
    """A new article: lead, five to nine body paragraphs, up to two headings and captions, maybe a credit."""
    substitute = substituter(rng)
    body = [("body", " ".join(sentence(rng, source, substitute) for _ in range(rng.randint(1, 3))))
            for _ in range(rng.randint(5, 9))]
    for _ in range(rng.randint(0, 2)):
        body.insert(rng.randint(1, len(body)), ("caption", substitute(rng.choice(source.captions))))
    for _ in range(rng.randint(0, 2)):
        # A short line is read as a heading only when a body paragraph follows it.
        before_body = [index for index in range(1, len(body)) if body[index][0] == "body"]
        if before_body:
            body.insert(rng.choice(before_body), ("heading", substitute(rng.choice(source.headings))))
    paragraphs = [("body", lead(rng, source))] + body
    if rng.random() < 0.4:
        reporter, translator = rng.sample(AUTHORS_ASCII, 2)
        paragraphs.append(("credit", rng.choice(CREDIT_FORMATS).format(reporter=reporter, translator=translator)))
    author = rng.choice(AUTHORS_ASCII) if rng.random() < 0.6 else None
    footer = duplicate_view_count(rng.choice(source.footers), rng) or []
    return Article(when, _title(rng), author, tuple(paragraphs), footer)


def header(when: datetime.datetime, rng: random.Random) -> str:
    """The date header with the weekday the portal writes for that date."""
    return f"{rng.choice(WEEKDAY_NAMES[when.weekday()])}, Ngày {when:%d/%m/%Y}, {when:%H:%M}"


# Blank lines the samples leave before a paragraph of each role (two before a caption: the image was there).
BLANKS_BEFORE = {"body": 1, "heading": 1, "caption": 2, "credit": 1}


def render_article(item: Article, rng: random.Random) -> LabelledPage:
    """The article as a page with rough labels (enough for the footer variations)."""
    page = [LabelledLine("date_header", "", header(item.when, rng)), LabelledLine("title", "", item.title),
            LabelledLine("font_size_widget", "", WIDGET)]
    if item.author:
        page.append(LabelledLine("byline", "", f"{item.when:%d/%m/%Y} | {item.author}"))
    for index, (role, text) in enumerate(item.paragraphs):
        page += [BLANK] * (1 if index == 0 else BLANKS_BEFORE[role])
        page.append(LabelledLine(role, "", text))
    return page + [BLANK] + list(item.footer)


def fingerprint_paragraphs(item: Article) -> list[str]:
    """The paragraphs dedup fingerprints: body and headings, agency tag stripped."""
    return [strip_agency_tag(text) for role, text in item.paragraphs if role in ("body", "heading")]


def jaccard(first: Article, second: Article) -> float:
    """True Jaccard of the two bodies' word 4-gram shingle sets."""
    a = set(shingle_hashes(normalise_body(fingerprint_paragraphs(first))))
    b = set(shingle_hashes(normalise_body(fingerprint_paragraphs(second))))
    return len(a & b) / len(a | b) if a | b else 1.0


# --- copies -------------------------------------------------------------------------------------------


def exact_copy(item: Article, rng: random.Random) -> LabelledPage:
    """The same page re-crawled: another view count, half the time the footer fields shuffled."""
    page = render_article(item, rng)
    page = duplicate_view_count(page, rng) or page
    if rng.random() < 0.5:
        page = footer_shuffled(page, rng) or page
    return page


def _edit_words(text: str, rng: random.Random, share: float) -> str:
    """``share`` of the words (never the last one) deleted or replaced by a word no longer than them."""
    words = text.split(" ")
    chosen = set(rng.sample(range(len(words) - 1), max(1, round(share * (len(words) - 1))))) if len(words) > 1 else set()
    edited = []
    for index, word in enumerate(words):
        if index not in chosen:
            edited.append(word)
            continue
        replacement = rng.choice(REPLACEMENT_WORDS)
        if rng.random() < 0.5 and len(replacement) < len(word) and replacement != word.lower():
            edited.append(replacement)
    return " ".join(edited)


def edit_words(item: Article, rng: random.Random) -> Article:
    """A copy with 0.5–4 % of its body words deleted or shortened."""
    share = rng.uniform(0.005, 0.04)
    paragraphs = tuple((role, _edit_words(text, rng, share) if role == "body" else text) for role, text in item.paragraphs)
    return dataclasses.replace(item, paragraphs=paragraphs)


def drop_paragraph(item: Article, rng: random.Random) -> Article:
    """A copy without one of its body paragraphs after the lead."""
    bodies = [index for index, (role, _) in enumerate(item.paragraphs) if role == "body"][1:]
    dropped = rng.choice(bodies)
    return dataclasses.replace(item, paragraphs=item.paragraphs[:dropped] + item.paragraphs[dropped + 1:])


NEAR_EDITS: tuple[tuple[str, Callable[[Article, random.Random], Article], float], ...] = (
    ("words", edit_words, 2 / 3),
    ("paragraph", drop_paragraph, 1 / 3),
)


def near_copy(item: Article, rng: random.Random) -> tuple[Article, str, float]:
    """An edited copy dated the same day or up to a month later; the edit's name and the true Jaccard."""
    name, edit, _ = rng.choices(NEAR_EDITS, weights=[weight for *_, weight in NEAR_EDITS])[0]
    later = datetime.timedelta(days=rng.choice((0, 0, rng.randint(1, 30))))
    footer = duplicate_view_count(list(item.footer), rng) or item.footer
    copy = dataclasses.replace(edit(item, rng), when=item.when + later, footer=footer)
    return copy, name, round(jaccard(item, copy), 4)


def cut_recrawl(item: Article, rng: random.Random) -> tuple[LabelledPage, float]:
    """The article crawled again and cut short, as a crawler's dump ends: in the middle of a word (of four letters
    or more, not a paragraph's last) of a body paragraph after the lead, nothing after it, the footer neither; and
    the share of the body's words (body and headings: what dedup reads) before the cut."""
    read = [len(text.split()) if role in ("body", "heading") else 0 for role, text in item.paragraphs]
    index, position = rng.choice([(index, position) for index, (role, text) in enumerate(item.paragraphs)
                                  if role == "body" and index > 0
                                  for position, word in enumerate(text.split(" ")[:-1]) if len(word) >= 4 and word.isalpha()])
    words = item.paragraphs[index][1].split(" ")
    kept = " ".join([*words[:position], words[position][: len(words[position]) // 2]])
    cut = dataclasses.replace(item, paragraphs=(*item.paragraphs[:index], ("body", kept)), footer=[])
    return render_article(cut, rng)[:-1], round((sum(read[:index]) + position) / sum(read), 4)  # no blank line for a footer


# --- teasers ------------------------------------------------------------------------------------------


def teaser_text(text: str, rng: random.Random) -> str:
    """A listing's teaser of a lead: as it is, without its tag, or cut at a word with an ellipsis."""
    draw = rng.random()
    if draw < 0.3:
        return strip_agency_tag(text)
    if draw < 0.6:
        space = text.rfind(" ", 0, int(len(text) * rng.uniform(0.6, 0.85)))
        return text[:space].rstrip(" ,;:-–") + rng.choice(ELLIPSES)
    return text


def listing(rng: random.Random, leads: list[tuple[str, str]], source: Source) -> tuple[LabelledPage, list[str | None]]:
    """A listing page of six to ten teasers, a fifth of articles not in the corpus; and what each item repeats."""
    items: list[tuple[str, str | None]] = []
    for _ in range(rng.randint(6, 10)):
        if rng.random() < 0.2:
            items.append((lead(rng, source), None))
        else:
            items.append(rng.choice(leads))
    page = [LabelledLine("listing_header", "", rng.choice(LISTING_CATEGORIES[1:]))]
    for text, _ in items:
        page += [BLANK, LabelledLine("listing_item", "", teaser_text(text, rng))]
    if rng.random() < 0.2:
        page = listing_hard_wrapped(page, rng) or page
    return page, [target for _, target in items]


# --- the corpus ---------------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of the corpus: its text and its truth (paths of other pages filled in at the end)."""

    text: str
    kind: str
    of: int | None = None
    fields: dict = dataclasses.field(default_factory=dict)
    items: list[int | None] | None = None


def counts(pages: int) -> dict[str, int]:
    """Pages of each kind for a corpus of ``pages`` pages.

    >>> counts(300)
    {'distinct': 180, 'exact': 45, 'near': 45, 'listing': 15, 'teaser': 15}
    """
    numbers = {kind: round(share * pages) for kind, share in MIX}
    numbers["teaser"] = pages - sum(numbers.values())
    return numbers


def publication_times(rng: random.Random, count: int) -> list[datetime.datetime]:
    """``count`` different publication times between FIRST_DAY and DAYS later."""
    slots = len(HOURS) * len(MINUTES)
    start = datetime.datetime.combine(FIRST_DAY, datetime.time())
    times = []
    for slot in rng.sample(range(DAYS * slots), count):
        day, rest = divmod(slot, slots)
        hour, minute = divmod(rest, len(MINUTES))
        times.append(start + datetime.timedelta(days=day, hours=HOURS[hour], minutes=MINUTES[minute] + minute))
    return times


def build(pages: int, seed: int, source: Source, cut_recrawls: int = 0) -> list[Page]:
    """Every page of the corpus in creation order: the distinct articles first, so that ``of`` is an index; then
    ``cut_recrawls`` cut recrawls more."""
    rng = random.Random(f"corpus:{seed}")
    number = counts(pages)
    articles = [article(rng, source, when) for when in publication_times(rng, number["distinct"])]
    built = [Page(render(render_article(item, rng)), "distinct") for item in articles]
    for original in rng.choices(range(len(articles)), k=number["exact"]):
        built.append(Page(render(exact_copy(articles[original], rng)), "exact", original))
    for original in rng.choices(range(len(articles)), k=number["near"]):
        copy, edit, score = near_copy(articles[original], rng)
        kind = "near" if score >= NEAR_JACCARD else "distinct-edit"
        built.append(Page(render(render_article(copy, rng)), kind, original, {"edit": edit, "jaccard": score}))
    leads = [(item.lead, index) for index, item in enumerate(articles)]
    for _ in range(number["listing"]):
        page, targets = listing(rng, leads, source)
        built.append(Page(render(page), "listing", items=targets))
    for original in rng.sample(range(len(articles)), number["teaser"]):
        built.append(Page(strip_agency_tag(articles[original].lead) if rng.random() < 0.3 else articles[original].lead,
                          "teaser", original))
    for original in rng.choices(range(len(articles)), k=cut_recrawls):
        page, share = cut_recrawl(articles[original], rng)
        built.append(Page(render(page), "cut", original, {"share": share}))
    return built


def page_path(position: int) -> str:
    """The file of the page at ``position``, relative to the corpus folder.

    >>> page_path(1234)
    '001/001234.txt'
    """
    return f"{position // PAGES_PER_FOLDER:03d}/{position:06d}.txt"


def shuffled(built: list[Page], seed: int) -> list[tuple[str, Page, dict]]:
    """The pages in a seeded order with their paths and truth rows (references to articles become paths)."""
    order = random.Random(f"order:{seed}").sample(range(len(built)), len(built))
    path_of = {index: page_path(position) for position, index in enumerate(order)}
    rows = []
    for index in order:
        page = built[index]
        row: dict = {"path": path_of[index], "kind": page.kind}
        if page.of is not None:
            row["of"] = path_of[page.of]
        row.update(page.fields)
        if page.items is not None:
            row["items"] = [None if target is None else path_of[target] for target in page.items]
        rows.append((path_of[index], page, row))
    return rows


def write_corpus(
    pages: int, seed: int, out_dir: pathlib.Path, samples_dir: pathlib.Path = SAMPLES, cut_recrawls: int = 0,
) -> dict[str, int]:
    """Write the pages (and ``cut_recrawls`` more) and truth.jsonl into ``out_dir``; the number of pages of each truth kind."""
    kinds: dict[str, int] = {}
    truth = []
    for path, page, row in shuffled(build(pages, seed, load_source(samples_dir), cut_recrawls), seed):
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.text.encode("utf-8"))
        truth.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        kinds[page.kind] = kinds.get(page.kind, 0) + 1
    (out_dir / "truth.jsonl").write_bytes(("\n".join(truth) + "\n").encode("utf-8"))
    return dict(sorted(kinds.items()))


def non_negative(text: str) -> int:
    """A count given on the command line: a whole number, 0 or more (``--cut-recrawls -3`` added nothing, silently).

    >>> non_negative("250")
    250
    """
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is below 0")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=non_negative, default=20000, help="number of pages (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True, help="directory to write into")
    parser.add_argument("--samples", type=pathlib.Path, default=SAMPLES, help="sample pages (default samples/)")
    parser.add_argument("--cut-recrawls", type=non_negative, default=0, help="cut recrawls of articles to add (default 0)")
    args = parser.parse_args(argv)
    if args.pages < 20:
        parser.error("--pages must be at least 20")
    kinds = write_corpus(args.pages, args.seed, args.output, args.samples, args.cut_recrawls)
    summary = ", ".join(f"{count} {kind}" for kind, count in kinds.items())
    print(f"make_corpus: {sum(kinds.values())} pages in {args.output} ({summary}) and truth.jsonl", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
