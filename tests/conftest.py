"""Shared paths and helpers: the sample pages, the gold labels and the CLI runner."""

from __future__ import annotations

import csv
import datetime
import functools
import importlib.util
import json
import os
import pathlib
import random
import re
import sys
import unicodedata
from types import ModuleType

import pytest
from click.testing import CliRunner
from hypothesis import settings

from bdtools.cli import cli

# Tests read pages without their marks as the variations write them (one definition for both).
from bdtools.variants import without_marks as without_marks

REPO = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
GOLD = pathlib.Path(os.environ.get("BDTOOLS_GOLD", REPO.parent / "shared" / "gold" / "seed_lines.tsv"))
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

# Property tests assert behaviour, not time (a benchmark script measures that): no per-example deadline,
# which a stall of this shared machine overran (300 ms for an example that takes 1 ms).
settings.register_profile("bdtools", deadline=None)
settings.load_profile("bdtools")


def credits_of(**named: str) -> dict[str, str | None]:
    """A record's ``credits`` that name these people: every credit field present, the others null."""
    from bdtools.records import CREDIT_KEYS

    assert set(named) <= set(CREDIT_KEYS)
    return {key: named.get(key) for key in CREDIT_KEYS}


def load_script(name: str) -> ModuleType:
    """A module of scripts/ by file name (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def sample_text(name_prefix: str) -> str:
    """The text of the sample whose file name starts with ``name_prefix``."""
    path = next(path for path in SAMPLE_FILES if path.name.startswith(name_prefix))
    return path.read_text(encoding="utf-8")


_SPACING_MARKS = "\u0302\u0306\u031b"  # â ê ô, ă, ơ ư: precomposed in Windows-1258; tone marks are not


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed where the code page has them, tones combining."""
    encoded = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            encoded += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            head = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _SPACING_MARKS))
            encoded += head.encode("cp1258") + "".join(m for m in marks if m not in _SPACING_MARKS).encode("cp1258")
    return bytes(encoded)


def gallery_text(name_prefix: str, intro: str) -> str:
    """A photo gallery made of a sample article: its own header, title, captions and footer, and for a body one
    short intro line where its body began, each caption below it after two blank lines (where the image was)."""
    from bdtools.pipeline import process

    text = sample_text(name_prefix)
    lines = text.split("\n")
    record = process({"id": "0" * 16, "text": text})
    footer = next(entry["line"] for entry in record["ui"] if entry["role"] == "views")
    captions = [line for block in record["blocks"] if block["role"] == "caption" for line in ("", "", block["text"])]
    return "\n".join([*lines[: record["blocks"][0]["line"] - 1], intro, *captions, "", *lines[footer - 1 :]])


# A dated listing's item as portals lay it out: its title, date and teaser on lines of their own, in some order,
# blank lines between or not; and the role each part takes.
DATED_ITEM_LAYOUTS = ["{title}\n{date}\n{teaser}", "{date}\n{title}\n{teaser}", "{title}\n{teaser}\n{date}",
                      "{title}\n{date}\n\n{teaser}"]
DATED_ITEM_ROLES = {"title": "listing_title", "date": "listing_date", "teaser": "listing_item"}


def listed_article(name_prefix: str) -> dict[str, str]:
    """A sample article as a dated listing shows it: its title, its header's date and its tagged lead (the teaser)."""
    lines = sample_text(name_prefix).split("\n")
    date = re.search(r"\d\d/\d\d/\d{4}", lines[0])
    assert date is not None
    teaser = next(line.strip() for line in lines if re.match(r"(PORTAL|BEGIC)", line))
    return {"title": lines[1], "date": date.group(), "teaser": teaser}


def dated_listing(layout: str, items: list[dict[str, str]], header: str = "News - Smart City", between: str = "\n\n") -> str:
    """A listing page of these items, each laid out so (`DATED_ITEM_LAYOUTS`)."""
    return header + "\n\n" + between.join(layout.format(**item) for item in items) + "\n"


def dated_item_roles(layout: str, items: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (role, text) of each part of the items, in page order."""
    return [(DATED_ITEM_ROLES[part], item[part]) for item in items for part in re.findall(r"\{(\w+)\}", layout)]


def recrawl_of(page: str) -> str:
    """The page crawled again: another view count."""
    return re.sub(r"(Views:\s*)\d+", r"\g<1>1555", page, count=1)


def edit_words(text: str, share: float, seed: int) -> str:
    """Delete a share of the words of the body's long lines: a lightly edited, shorter copy."""
    rng = random.Random(seed)

    def edit(line: str) -> str:
        if len(line) < 200:
            return line
        words = line.split(" ")
        gone = set(rng.sample(range(len(words)), int(len(words) * share)))
        return " ".join(word for index, word in enumerate(words) if index not in gone)

    return "\n".join(edit(line) for line in text.split("\n"))


def chained_copies() -> dict[str, str]:
    """A page, an edited copy of it, an edited copy of that (Jaccard 0.86 with the first copy, an estimate of 0.74 with
    the page) and the second copy's recrawl, by file name."""
    page = sample_text("001")
    first = edit_words(page, 0.025, seed=3)
    second = edit_words(first, 0.025, seed=13)
    return {"a_page.txt": page, "b_copy.txt": first, "c_copy_of_copy.txt": second, "d_recrawl.txt": recrawl_of(second)}


def teaser_page(article: str, time: str | None = None, words_out: tuple[str, ...] = ()) -> str:
    """A short page of the article's header, title and lead alone, above its footer: published at ``time``
    of its day (None: the article's), with the ``words_out`` of the lead left out (a word and the space before it)."""
    lines = article.split("\n")
    lead = next(line for line in lines if re.match(r"(PORTAL|BEGIC)", line))
    for word in words_out:
        lead = lead.replace(" " + word, "", 1)
    footer = next(index for index, line in enumerate(lines) if line.startswith("Lượt người xem"))
    page = "\n".join([*lines[:3], "", lead, "", *lines[footer:]])
    return page if time is None else re.sub(r", \d\d:\d\d$", f", {time}", page, count=1, flags=re.M)


def ui_readings(record: dict) -> list[tuple]:
    """Each UI line's role, language and gloss, and its segments' languages and glosses."""
    return [
        (item["role"], item["lang"], item["gloss"], [(segment["lang"], segment["gloss"]) for segment in item["segments"]])
        for item in record["ui"]
    ]


def bare(text: str | None) -> str | None:
    """A record's string, or its null, without the Vietnamese marks."""
    return text and without_marks(text)


def twin_readings(record: dict) -> dict:
    """What a page that lost its marks must read as its marked twin does, the marked strings without their marks."""
    return {
        "page": (record["kind"], record["lang"], record["published"], record["views"], bare(record["agency"]),
                 record["byline"] and bare(record["byline"]["author"]),
                 {field: bare(name) for field, name in (record["credits"] or {}).items()},
                 [warning["code"] for warning in record["warnings"]]),
        "blocks": [(block["line"], block["role"], block["lang"], bare(block["text"])) for block in record["blocks"]],
        "ui": [(item["line"], item["role"], bare(item["text"])) for item in record["ui"]],
        "ui_languages": ui_readings(record),
        "dates": [(date["line"], bare(date["text"]), date["value"]) for date in record["dates"]],
    }


def cut_crawl(page: str, share: float) -> str:
    """The page as a crawl cut short dumps it: up to the body word at ``share`` of the words from the lead to the
    footer, cut in the middle of that word, in a paragraph (a line of 20 words or more) that goes on after it, and
    nothing after it (the footer neither, its view count with it)."""
    lines = page.split("\n")
    start = next(index for index, line in enumerate(lines) if re.match(r"(PORTAL|BEGIC)", line))
    end = next(index for index, line in enumerate(lines) if line.startswith("Lượt người xem"))
    words = [(index, word) for index in range(start, end) for word in re.finditer(r"\S+", lines[index])]
    index, word = next((index, word) for index, word in words[round(share * len(words)):]
                       if len(lines[index].split()) >= 20 and len(word[0]) >= 4 and word.end() < len(lines[index]))
    return "\n".join([*lines[:index], lines[index][: word.start() + len(word[0]) // 2]])


def footer_cut(page: str) -> str:
    """The page as a crawl cut inside its footer dumps it: its whole body, and its footer up to a third of the line
    under the share line (`Manage Permi`), where the dump ends (a ``truncated`` warning; the footer is there)."""
    lines = page.split("\n")
    cut = next(index for index, line in enumerate(lines) if line.startswith("Lượt người xem")) + 2
    return "\n".join([*lines[:cut], lines[cut][: len(lines[cut]) // 3]])


def paragraph_cut(page: str) -> str:
    """The page as a crawl cut just above its footer dumps it: its whole body and nothing after it (a ``no_footer``
    warning, no ``truncated`` when its last line ends a sentence)."""
    lines = page.split("\n")
    footer = next(index for index, line in enumerate(lines) if line.startswith("Lượt người xem"))
    return "\n".join(lines[:footer]).rstrip()


def after_a_paragraph(page: str, index: int) -> str:
    """The page as a crawl cut after its ``index``-th paragraph (a line of over 60 words) dumps it."""
    lines = page.split("\n")
    end = [number for number, line in enumerate(lines) if len(line.split()) > 60][index]
    return "\n".join(lines[: end + 1])


def lead_edited(page: str, every: int = 8) -> str:
    """The page as an earlier version of it: every ``every``-th word of its lead paragraph from the third on ends in
    an "s" (the lead is no longer the one that a crawl of the new version cut after it repeats)."""
    lines = page.split("\n")
    lead = next(index for index, line in enumerate(lines) if re.match(r"(PORTAL|BEGIC)", line))
    words = lines[lead].split(" ")
    lines[lead] = " ".join(word if number < 3 or number % every else word + "s" for number, word in enumerate(words))
    return "\n".join(lines)


HEADER_DAY = re.compile(r"[^,\n]+, Ngày (\d\d/\d\d/\d{4}), ")


def a_day_earlier(page: str) -> str:
    """The page with the date of its header a day earlier, and the weekday of that date."""
    return days_later(page, -1)


def days_later(page: str, days: int) -> str:
    """The page with the date of its header ``days`` later, and the weekday of that date."""
    return on_day(page, header_day(page) + datetime.timedelta(days=days))


def header_day(page: str) -> datetime.date:
    """The date of the page's header."""
    header = HEADER_DAY.match(page)
    assert header is not None
    return datetime.datetime.strptime(header[1], "%d/%m/%Y").date()


def on_day(page: str, day: datetime.date) -> str:
    """The page with ``day`` the date of its header, and the weekday of that date."""
    from bdtools.variants import WEEKDAY_NAMES

    header = HEADER_DAY.match(page)
    assert header is not None
    return page.replace(header[0], f"{WEEKDAY_NAMES[day.weekday()][0]}, Ngày {day:%d/%m/%Y}, ", 1)


def write_variations(folder: pathlib.Path) -> None:
    """One page file for each sample and each variation of the page family that applies to it."""
    from bdtools.variants import VARIATIONS, render, rough_labels, vary

    for sample in SAMPLE_FILES:
        page = rough_labels(sample.read_text(encoding="utf-8"))
        for name in VARIATIONS:
            varied = vary(page, name, 1)
            if varied is not None:
                (folder / f"{sample.stem}-{name}.txt").write_text(render(varied), encoding="utf-8", newline="")


def family_pages(left_out: tuple[str, ...], generated: int, seed: int) -> dict[str, str]:
    """The seeds, each variation of them that applies (`bdtools.variants`) but those ``left_out``, and the pages of a
    corpus of ``generated`` pages that make_corpus builds with ``seed``, by name."""
    from bdtools.variants import VARIATIONS, render, rough_labels, vary

    found = {sample.stem: sample.read_text(encoding="utf-8") for sample in SAMPLE_FILES}
    for sample in SAMPLE_FILES:
        labelled = rough_labels(found[sample.stem])
        for name in [name for name in VARIATIONS if name not in left_out]:
            varied = vary(labelled, name, 1)
            if varied is not None:
                found[f"{sample.stem}-{name}"] = render(varied)
    make_corpus = load_script("make_corpus")
    for number, page in enumerate(make_corpus.build(generated, seed, make_corpus.load_source())):
        found[f"generated-{number}-{page.kind}"] = page.text
    return found


@functools.cache
def explain_rows(runner: CliRunner, path: pathlib.Path) -> dict[int, tuple[str, str, str]]:
    """`bdtools explain` of the page at ``path``: (role, language, text) by line number."""
    result = runner.invoke(cli, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    rows = {}
    for row in result.output.splitlines():
        line, role, lang, text = row.split("\t", 3)
        rows[int(line)] = (role, lang, text)
    return rows


def load_gold() -> dict[tuple[str, int], dict[str, str]]:
    """The human labels, keyed by (file name, line number)."""
    with GOLD.open(encoding="utf-8", newline="") as stream:
        return {(row["file"], int(row["line"])): row for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)}


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """Run the test from the repository root, so that `samples/` paths are as a user types them."""
    monkeypatch.chdir(REPO)
    return REPO


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def lead_of(text: str) -> str:
    """The page's lead paragraph: the body line that opens with the agency tag."""
    return next(line for line in text.split("\n") if re.match(r"(PORTAL|BEGIC)", line))


def two_holders(article: str, other: str) -> list[dict[str, str]]:
    """Three runs: a crawl of ``article`` cut after its lead and earlier versions (their leads edited) of ``article``
    and of ``other`` opened with ``article``'s lead; the two new versions, each `near` of its earlier one and each
    holding the cut crawl whole; a recrawl of the cut crawl."""
    same_lead = other.replace(lead_of(other), lead_of(article), 1)
    cut = after_a_paragraph(article, 0)
    return [{"c.txt": cut, "r.txt": lead_edited(article), "q.txt": lead_edited(same_lead)},
            {"a.txt": article, "y.txt": same_lead}, {"c2.txt": cut + "\r\n"}]


def near_copy_holds_more(article: str, other: str, other_remembered: bool = True) -> list[dict[str, str]]:
    """Three runs: a crawl of ``article`` cut after its lead and (``other_remembered``) an earlier version (its lead
    edited) of ``other`` opened with ``article``'s lead; an earlier version of ``article`` (its lead edited, the run's
    story), ``article`` (`near` of it, holding the cut crawl whole) and ``other``'s new version, opened with
    ``article``'s lead edited lightly (`near` of its earlier version if remembered, else a story of its own, holding
    about 0.94 of the cut crawl); a recrawl of the cut crawl."""
    lightly = lead_of(lead_edited(article, 40))
    edited = other.replace(lead_of(other), lightly, 1)
    first = {"c.txt": after_a_paragraph(article, 0)} | ({"q.txt": lead_edited(edited)} if other_remembered else {})
    return [first, {"p.txt": lead_edited(article), "a.txt": article, "x.txt": edited},
            {"c2.txt": after_a_paragraph(article, 0) + "\r\n"}]


# The story first in canonical order: the other article's earlier version (dated 14/09/2020, before this one's
# 05/01/2022), or this one's earlier version when it was published before that (the new version republished it).
REPUBLISHED = {"the other's story first": ("q.txt", None),
               "this one's story first": ("r.txt", ("Thứ 4, Ngày 05/01/2022", "Thứ 2, Ngày 06/01/2020"))}


# Short bodies of one template (a notice, a gallery's intro, a meeting's lead) with numbers of their own: two pages
# share the template's shingles in a row and nothing more (a Jaccard of 0.5 or less). Their sketches are runs of a
# few values, on which the estimate of such a pair can lie far above the threshold (0.95 to 0.98).
SHORT_TEMPLATES = [
    "The provincial People's Committee met on {n} {m}",
    "Một số hình ảnh tại buổi lễ {n} {m}",
    "Thông báo tuyển dụng viên chức số {n} năm {m}",
]


def short_template_pages(folder: pathlib.Path, template: str, pages: int = 300) -> pathlib.Path:
    """A JSONL file of ``pages`` records whose text is ``template`` with numbers of their own."""
    path = folder / "short.jsonl"
    lines = [json.dumps({"text": template.format(n=n, m=7 * n + 3)}, ensure_ascii=False) for n in range(pages)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# The portal's short notices: a lead that is most of the body, one short paragraph under it (English portal, and the
# Vietnamese one), as the portal's template lays them out.
SHORT_NOTICE = (
    "{header}\n{title}\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n\n{lead}\n\n{rest}\n\n"
    "Lượt người xem:  Views:   44\nChia sẻ:\nManage PermissionsManage Permissions\n"
)
SHORT_NOTICES = {
    "english": {
        "header": "Thứ 2, Ngày 15/08/2022, 15:45", "title": "Over 2,000 young volunteers join Green Summer campaign",
        "lead": "PORTAL - On the morning of August 14, the Provincial Youth Union closed the 2022 Green Summer Volunteer "
                "Campaign, with the participation of more than 2,000 students and young workers.",
        "rest": "During the campaign, volunteers repaired 12 km of rural roads, built 5 charity houses and taught English "
                "to 1,500 children."},
    "vietnamese": {
        "header": "Thứ 4, Ngày 12/01/2022, 10:00", "title": "Bình Dương tổ chức hội nghị xúc tiến đầu tư năm 2022",
        "lead": "CỔNG TTĐT - Sáng ngày 11/1, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư năm 2022 với sự tham dự của hơn "
                "300 doanh nghiệp trong và ngoài nước.",
        "rest": "Hội nghị đã trao giấy chứng nhận đầu tư cho 12 dự án."},
}


# Vietnamese syllables enough that random runs of them share no shingle by chance (22 initials, 25 rhymes).
SYLLABLES = [initial + rhyme for initial in "b c d đ g h k l m n ph qu s t th tr v x ch kh ng nh".split()
             for rhyme in "a à á ạ an ang anh ao ăn âm ân ê ên i in inh o ô ơ ong ông u ư ương uyên".split()]


def pages_opening_alike(opening: str, count: int, paragraphs: int, seed: int = 0) -> list[str]:
    """``count`` pages of the portal's notice template whose leads all start with ``opening`` (a boilerplate lead
    key: "Thực hiện Kế hoạch số …"), then words of their own: short notices (``paragraphs`` 1) or articles (10)."""
    rng = random.Random(seed)

    def words(number: int) -> str:
        return " ".join(rng.choice(SYLLABLES) for _ in range(number))

    return [SHORT_NOTICE.format(header="Thứ 4, Ngày 12/01/2022, 10:00", title=f"Thông báo {words(6)}",
                                lead=f"{opening} {words(20)}.", rest="\n\n".join(f"{words(40)}." for _ in range(paragraphs)))
            for _ in range(count)]


def short_notice_pages(notice: str) -> dict[str, str]:
    """A short notice, a listing whose first item repeats its whole lead (the other: an article's lead that the run
    lacks), and a page of that lead alone (a short page that is the notice less its last paragraph: an edited copy,
    no teaser)."""
    parts = SHORT_NOTICES[notice]
    page = SHORT_NOTICE.format(**parts)
    header = "News - Youth" if notice == "english" else "Tin tức - Sự kiện"
    listing = f"{header}\n\n{parts['lead']}\n\n{lead_of(sample_text('003'))}\n"
    return {"a.txt": page, "l.txt": listing, "p.txt": page.replace(f"\n\n{parts['rest']}", "")}
