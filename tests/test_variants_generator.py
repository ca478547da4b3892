"""The page-variation generator (bdtools.variants) itself: labels stay aligned, seeds are deterministic,
and each variation does what its name says. Tests of the parser on the variants live elsewhere."""

from __future__ import annotations

import collections
import csv
import datetime
import functools
import re
import unicodedata
from collections.abc import Callable

import ftfy
import pytest

from bdtools.variants import VARIATIONS, LabelledLine, LabelledPage, label_rows, load_labelled_samples, render, vary

from conftest import GOLD, SAMPLE_FILES, SAMPLES, load_gold, load_script

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="the gold file lives in ../shared/")

SEED = 1
SAMPLE_NAMES = [path.name for path in SAMPLE_FILES]
CASES = [(name, sample) for name in VARIATIONS for sample in SAMPLE_NAMES]

ROLES = {"date_header", "title", "font_size_widget", "byline", "body", "heading", "caption", "credit", "views", "share",
         "sp_action", "sp_field", "content_type", "audit", "listing_header", "listing_item", "nav", "image_file"}
LANGS = {"vi", "en", "mixed", "none"}
FOOTER = {"views", "share", "sp_action", "sp_field", "content_type", "audit"}
HEADER = {"nav", "date_header", "title", "font_size_widget", "byline"}
# Written here again, not imported, so that a wrong table in the module cannot pass its own test.
WEEKDAYS = {"thứ 2": 0, "thứ 3": 1, "thứ 4": 2, "thứ 5": 3, "thứ 6": 4, "thứ 7": 5, "chủ nhật": 6}
HEADER_RE = re.compile(r"(?P<weekday>Thứ [2-7]|Chủ [nN]hật), Ngày (?P<date>\d\d/\d\d/\d{4}), (?P<hour>\d\d):(?P<minute>\d\d)")
TAG_RE = re.compile(r"^\s*(?:PORTAL|Portal|BEGIC)\s?[-–]\s*")
TAGS = ("PORTAL - ", "PORTAL – ", "PORTAL- ", "Portal – ", "BEGIC - ", "BEGIC – ", "")
IMAGE_RE = re.compile(r"[\w .-]+\.(?:jpe?g|png)", re.IGNORECASE)
DATE_RE = re.compile(r"\d\d/\d\d/\d{4}")
CREDIT_RE = re.compile(r"\s*Reported by [A-Z][\w ]+ [-–]\s*Translated by [A-Z][\w ]+")
CATEGORY_RE = re.compile(r"News(?: - [A-Z][\w ]+)*")
ELLIPSES = ("…", "...")
# Variations whose output does not depend on the seed.
SEEDLESS = {"nav_line", "no_title", "no_blank_after_widget", "byline_date_only", "footer_time_space", "crlf", "nfd",
            "mojibake", "teaser_no_tag"}


@functools.cache
def pages() -> dict[str, LabelledPage]:
    return load_labelled_samples(SAMPLES, GOLD)


@functools.cache
def variant(name: str, sample: str, seed: int = SEED) -> tuple[LabelledLine, ...] | None:
    varied = vary(pages()[sample], name, seed)
    return None if varied is None else tuple(varied)


# --- helpers of the checks ------------------------------------------------------------------------

def roles(page: LabelledPage) -> list[str]:
    return [line.role for line in page]


def texts(page: LabelledPage, *wanted: str) -> list[str]:
    return [line.text for line in page if line.role in wanted]


def index(page: LabelledPage, role: str) -> int:
    (found,) = [number for number, line in enumerate(page) if line.role == role]
    return found


def nonblank(page: LabelledPage, *but: str) -> list[LabelledLine]:
    return [line for line in page if line.text.strip() and line.role not in but]


def differing(original: LabelledPage, varied: LabelledPage) -> list[int]:
    assert len(original) == len(varied)
    return [number for number, (old, new) in enumerate(zip(original, varied, strict=True)) if old != new]


def has(page: LabelledPage, role: str) -> bool:
    return role in roles(page)


def is_listing(page: LabelledPage) -> bool:
    return has(page, "listing_item")


def is_article(page: LabelledPage) -> bool:
    return has(page, "date_header")


def blank_after_widget(page: LabelledPage) -> bool:
    widget = index(page, "font_size_widget") if has(page, "font_size_widget") else None
    return widget is not None and not page[widget + 1].text.strip()


# Which pages each variation applies to, said from the page's structure.
APPLIES: dict[str, Callable[[LabelledPage], bool]] = {
    "nav_line": is_article,
    "no_title": lambda page: has(page, "title"),
    "no_blank_after_widget": blank_after_widget,
    "byline_diacritics": lambda page: has(page, "byline"),
    "byline_date_only": lambda page: has(page, "byline"),
    "add_byline": lambda page: is_article(page) and not has(page, "byline"),
    "header_weekday": is_article,
    "title_ending": lambda page: has(page, "title"),
    "header_order": lambda page: is_article(page) and sum(
        role in {"title", "font_size_widget", "byline"} for role in roles(page)[index(page, "date_header") + 1:][:2]
    ) == 2,
    "header_form": is_article,
    "credit_form": is_article,
    "naming_paragraph": is_article,
    "views_thousands": is_article,
    "lead_tag": is_article,
    "image_file_line": lambda page: has(page, "caption"),
    "fused_image_caption": lambda page: has(page, "caption"),
    "credit_line": is_article,
    "long_paragraph": is_article,
    "cut_mid_paragraph": is_article,
    "cut_in_footer": is_article,
    "begin_mid_body": is_article,
    "footer_shuffled": is_article,
    "footer_time_space": is_article,
    "crlf": lambda page: len(page) > 1,
    "nfd": lambda page: not unicodedata.is_normalized("NFD", render(page)),
    "mojibake": lambda page: not render(page).isascii(),
    "duplicate_view_count": is_article,
    "listing_category": is_listing,
    "teaser_no_tag": is_listing,
    "teaser_ellipsis": is_listing,
    "listing_hard_wrapped": is_listing,
    "listing_flattened_table": is_listing,
}


# --- the effect of each variation: check(original, varied) ---------------------------------------

def check_nav_line(original: LabelledPage, varied: LabelledPage) -> None:
    assert varied[0] == LabelledLine("nav", "en", "News")
    assert varied[1:] == original


def check_no_title(original: LabelledPage, varied: LabelledPage) -> None:
    assert not has(varied, "title")
    assert varied[index(varied, "date_header") + 1].role == "font_size_widget"
    assert [line for line in original if line.role != "title"] == varied


def check_no_blank_after_widget(original: LabelledPage, varied: LabelledPage) -> None:
    assert varied[index(varied, "font_size_widget") + 1].text.strip()
    assert len(varied) == len(original) - 1
    assert nonblank(varied) == nonblank(original)


def check_byline_diacritics(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert varied[changed].role == "byline"
    date, author = varied[changed].text.split(" | ")
    assert DATE_RE.fullmatch(date) and original[changed].text.startswith(date)
    assert not author.isascii()


def check_byline_date_only(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert varied[changed].role == "byline" and varied[changed].lang == "none"
    assert DATE_RE.fullmatch(varied[changed].text)
    assert original[changed].text.startswith(varied[changed].text + " |")


def check_add_byline(original: LabelledPage, varied: LabelledPage) -> None:
    byline = index(varied, "byline")
    assert varied[byline - 1].role == "font_size_widget"
    assert not varied[byline + 1].text.strip()
    assert varied[byline].lang == "none"
    date, author = varied[byline].text.split(" | ")
    assert HEADER_RE.match(varied[index(varied, "date_header")].text)["date"] == date
    assert author.strip()
    assert nonblank(varied, "byline") == nonblank(original)


def check_header(text: str) -> datetime.datetime:
    match = HEADER_RE.fullmatch(text)
    assert match, text
    moment = datetime.datetime.strptime(f"{match['date']} {match['hour']}:{match['minute']}", "%d/%m/%Y %H:%M")
    assert WEEKDAYS[match["weekday"].casefold()] == moment.weekday(), text
    assert datetime.datetime(2011, 1, 1) <= moment <= datetime.datetime.now(), text
    return moment


def check_header_weekday(original: LabelledPage, varied: LabelledPage) -> None:
    header = index(varied, "date_header")
    moment = check_header(varied[header].text)
    assert HEADER_RE.match(original[header].text)["date"] != f"{moment:%d/%m/%Y}"
    changed = set(differing(original, varied))
    if has(varied, "byline"):
        assert varied[index(varied, "byline")].text.startswith(f"{moment:%d/%m/%Y}")
        changed.discard(index(varied, "byline"))
    assert changed == {header}


def check_title_ending(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert varied[changed].role == "title" and varied[changed].text.startswith(original[changed].text.rstrip())
    assert re.search(r"(?:[?!…]|\.\.\.|Co\., Ltd\.)$", varied[changed].text)


def check_header_order(original: LabelledPage, varied: LabelledPage) -> None:
    header = index(varied, "date_header")
    end = header + 1
    while original[end].role in {"title", "font_size_widget", "byline"}:
        end += 1
    block = slice(header + 1, end)
    assert differing(original, varied) and set(differing(original, varied)) <= set(range(header + 1, end))
    assert sorted(varied[block], key=str) == sorted(original[block], key=str)
    order = roles(varied)[block]
    assert "byline" not in order or order.index("title") < order.index("byline")


# The header forms' dates and times, read here again: (day, month, year, hour, minute), a 12-hour clock's
# SA / CH or AM / PM, with the language of each form's words.
HEADER_FORM_RES = (
    (re.compile(r"(?:(?:Thứ [2-7]|Chủ [nN]hật), )?Ngày (\d\d)/(\d\d)/(\d{4}), (\d\d?):(\d\d)(?: (SA|CH)| \(GMT\+7\)| \+07:00)?"),
     "vi"),
    (re.compile(r"(?:Thứ [2-7]|Chủ [nN]hật), ngày (\d\d?) tháng (\d\d?) năm (\d{4}), (\d\d):(\d\d)()"), "vi"),
    (re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)/(\d\d)/(\d{4}), (\d\d):(\d\d)()"), "en"),
    (re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?P<month>[A-Z][a-z]+) (\d\d?), (\d{4}) (\d\d?):(\d\d) (AM|PM)"),
     "en"),
    (re.compile(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)()"), "none"),
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def check_header_form(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    header = varied[changed]
    match, lang = next((match, lang) for pattern, lang in HEADER_FORM_RES if (match := pattern.fullmatch(header.text)))
    assert header.role == "date_header" and header.lang == lang
    if match.re.groupindex:  # "January 5, 2022": the month's name, then the day
        month, day, year, hour, minute, meridiem = match.groups()
        month = str(MONTH_NAMES.index(month) + 1)
    else:
        day, month, year, hour, minute, meridiem = match.groups()
    hour = int(hour) % 12 + (12 if meridiem in ("CH", "PM") else 0) if meridiem else int(hour)
    written = datetime.datetime(int(year), int(month), int(day), hour, int(minute))
    assert written == check_header(original[changed].text)
    if lang == "en":
        assert header.text.startswith(written.strftime("%A"))


# The credit forms' fields, read here again from the line.
CREDIT_FORM_RE = re.compile(r"(Photo:|Photos by|Translated by:|Written by [A-Z][\w ]+ \| Photos by|Ảnh:|Tin, ảnh:) \w[\w ]+")


def check_credit_form(original: LabelledPage, varied: LabelledPage) -> None:
    credit = index(varied, "credit")
    assert CREDIT_FORM_RE.fullmatch(varied[credit].text)
    assert varied[credit].lang == ("en" if varied[credit].text.isascii() else "vi")
    assert nonblank(varied, "credit") == nonblank(original, "credit")


def check_naming_paragraph(original: LabelledPage, varied: LabelledPage) -> None:
    added = [line for line in nonblank(varied) if line not in nonblank(original)]
    assert len(added) == 1 and (added[0].role, added[0].lang) == ("body", "en")
    assert sum(1 for word in added[0].text.split() if not word.isascii()) >= 2  # names in Vietnamese spelling
    assert nonblank(varied, "body") == nonblank(original, "body")


def check_views_thousands(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    old, new = original[changed].text, varied[changed].text
    count = re.search(r"(\d{1,2})[ \u00a0,.](\d{3})$", new)
    assert varied[changed].role == "views" and count and int(count[1]) >= 1
    assert old[: old.rindex(re.search(r"\d+$", old)[0])] == new[: count.start()]


def check_lead_tag(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert changed == roles(original).index("body")
    old, new = original[changed].text, varied[changed].text
    rest = TAG_RE.sub("", old, count=1)
    assert new != old and new.endswith(rest)
    assert new[: len(new) - len(rest)] in TAGS


def check_image_file_line(original: LabelledPage, varied: LabelledPage) -> None:
    image = index(varied, "image_file")
    line = varied[image]
    assert line.lang == "none"
    assert IMAGE_RE.fullmatch(line.text.rstrip(" "))
    assert not varied[image - 1].text.strip() and not varied[image - 2].text.strip()
    assert next(after for after in varied[image + 1:] if after.text.strip()).role == "caption"
    assert nonblank(varied, "image_file") == nonblank(original)


def check_fused_image_caption(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    caption = original[changed].text.strip()
    fused = varied[changed]
    assert fused.role == "caption"
    assert fused.text.endswith(caption)
    assert IMAGE_RE.fullmatch(fused.text[: -len(caption)])


def check_credit_line(original: LabelledPage, varied: LabelledPage) -> None:
    credit = index(varied, "credit")
    assert varied[credit].lang == "en"
    assert CREDIT_RE.fullmatch(varied[credit].text)
    footer = min(number for number, line in enumerate(varied) if line.role in FOOTER)
    content = max(number for number, line in enumerate(varied) if line.role in {"body", "caption", "heading"})
    assert content < credit < footer
    assert nonblank(varied, "credit") == nonblank(original, "credit")


def check_long_paragraph(original: LabelledPage, varied: LabelledPage) -> None:
    assert " ".join(texts(varied, "body")).split() == " ".join(texts(original, "body")).split()
    assert len(texts(varied, "body")) < len(texts(original, "body"))
    assert max(map(len, texts(varied, "body"))) > max(map(len, texts(original, "body")))
    assert nonblank(varied, "body") == nonblank(original, "body")


def check_cut_mid_paragraph(original: LabelledPage, varied: LabelledPage) -> None:
    cut = varied[-1]
    whole = original[len(varied) - 1]
    assert varied[:-1] == original[: len(varied) - 1]
    assert cut.role == whole.role == "body" and cut.lang == whole.lang
    assert whole.text.startswith(cut.text) and len(cut.text) < len(whole.text)
    assert cut.text[-1].isalpha() and whole.text[len(cut.text)].isalpha()


def check_cut_in_footer(original: LabelledPage, varied: LabelledPage) -> None:
    cut = varied[-1]
    whole = original[len(varied) - 1]
    assert varied[:-1] == original[: len(varied) - 1]
    assert cut.role == whole.role and cut.role in FOOTER
    assert whole.text.startswith(cut.text) and len(cut.text.strip()) < len(whole.text.strip())
    assert cut.text.strip() and not cut.text[-1].isspace()


def check_begin_mid_body(original: LabelledPage, varied: LabelledPage) -> None:
    assert varied == original[-len(varied):]
    assert varied[0].role == "body"
    assert not HEADER & set(roles(varied))


def check_footer_shuffled(original: LabelledPage, varied: LabelledPage) -> None:
    before, after = texts(original, "sp_field"), texts(varied, "sp_field")
    assert len(after) < len(before)
    assert not collections.Counter(after) - collections.Counter(before)
    assert after != [text for text in before if text in after]
    assert nonblank(varied, "sp_field") == nonblank(original, "sp_field")


def check_footer_time_space(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    old, new = original[changed].text, varied[changed].text
    assert varied[changed].role == "sp_field" and "(Time)" in new
    assert {old.replace(" (Time)", "(Time)"), new.replace(" (Time)", "(Time)")} == {old.replace(" (Time)", "(Time)")}
    assert old.count(" (Time)") != new.count(" (Time)")


def same_labels(original: LabelledPage, varied: LabelledPage) -> None:
    assert [(line.role, line.lang) for line in varied] == [(line.role, line.lang) for line in original]


def check_crlf(original: LabelledPage, varied: LabelledPage) -> None:
    same_labels(original, varied)
    assert render(varied) == render(original, "\r\n")
    assert render(varied).split("\r\n") == [line.text for line in original]


def check_nfd(original: LabelledPage, varied: LabelledPage) -> None:
    same_labels(original, varied)
    assert render(varied) != render(original)
    assert unicodedata.normalize("NFC", render(varied)) == render(original)


def check_mojibake(original: LabelledPage, varied: LabelledPage) -> None:
    same_labels(original, varied)
    document = render(varied)
    assert document != render(original)
    assert ftfy.fix_encoding(document) == render(original)
    # as bdtools.ingest repairs it: over the whole document
    config = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC")
    assert ftfy.fix_and_explain(document, config).text == render(original)


def check_duplicate_view_count(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert varied[changed].role == "views"
    old, new = original[changed].text, varied[changed].text
    old_count, new_count = re.search(r"\d+$", old)[0], re.search(r"\d+$", new)[0]
    assert old_count != new_count
    assert old[: -len(old_count)] == new[: -len(new_count)]


def check_listing_category(original: LabelledPage, varied: LabelledPage) -> None:
    (changed,) = differing(original, varied)
    assert varied[changed].role == "listing_header" and varied[changed].lang == "en"
    assert CATEGORY_RE.fullmatch(varied[changed].text)


def check_teaser_no_tag(original: LabelledPage, varied: LabelledPage) -> None:
    assert not any(TAG_RE.match(text) for text in texts(varied, "listing_item"))
    assert texts(varied, "listing_item") == [TAG_RE.sub("", text, count=1) for text in texts(original, "listing_item")]
    same_labels(original, varied)


def check_teaser_ellipsis(original: LabelledPage, varied: LabelledPage) -> None:
    same_labels(original, varied)
    for old, new in zip(texts(original, "listing_item"), texts(varied, "listing_item"), strict=True):
        if new == old:
            continue
        assert new.endswith(ELLIPSES), new
        kept = new.rstrip(".… ")
        assert old.strip().startswith(kept) and len(new) < len(old.strip())


def check_listing_hard_wrapped(original: LabelledPage, varied: LabelledPage) -> None:
    items = texts(varied, "listing_item")
    assert len(items) > len(texts(original, "listing_item"))
    assert all(len(text) <= 80 for text in items)
    paragraphs: list[list[str]] = []
    previous = ""
    for line in varied:
        if line.role == "listing_item":
            if previous == "listing_item":
                paragraphs[-1].append(line.text)
            else:
                paragraphs.append([line.text])
        previous = line.role
    assert [" ".join(lines).split() for lines in paragraphs] == [text.split() for text in texts(original, "listing_item")]
    assert nonblank(varied, "listing_item") == nonblank(original, "listing_item")


def check_listing_flattened_table(original: LabelledPage, varied: LabelledPage) -> None:
    (table,) = [line for line in varied if line.role == "listing_item"]
    assert table.lang == "en"
    assert table.text.startswith("| ") and table.text.endswith("|")
    cells = [cell.strip() for cell in table.text[1:-1].split("|")]
    for text in texts(original, "listing_item"):
        assert text.strip() in cells
        title = cells[cells.index(text.strip()) - 1]
        assert title and cells[cells.index(text.strip()) - 2] == title
    assert nonblank(varied, "listing_item") == nonblank(original, "listing_item")


EFFECTS: dict[str, Callable[[LabelledPage, LabelledPage], None]] = {
    name: globals()[f"check_{name}"] for name in VARIATIONS if f"check_{name}" in globals()
}


# --- tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_a_sample_loads_as_written_with_the_gold_labels(sample):
    page = pages()[sample]
    assert render(page) == (SAMPLES / sample).read_bytes().decode("utf-8")
    gold = [(name, line, row["role"], row["lang"], row["text"]) for (name, line), row in sorted(load_gold().items())
            if name == sample]
    assert label_rows(sample, page) == gold


def test_every_variation_has_a_check_and_an_applicability_rule():
    assert set(EFFECTS) == set(VARIATIONS) == set(APPLIES)


@pytest.mark.parametrize(("name", "sample"), CASES)
def test_applies_exactly_where_it_should(name, sample):
    assert (variant(name, sample) is not None) == APPLIES[name](pages()[sample])


@pytest.mark.parametrize(("name", "sample"), CASES)
def test_labels_stay_aligned_with_lines(name, sample):
    varied = variant(name, sample)
    if varied is None:
        return
    assert len(render(list(varied)).split("\n")) == len(varied)
    for line in varied:
        assert "\n" not in line.text and "\r" not in line.text.rstrip("\r")
        if line.text.strip():
            assert line.role in ROLES and line.lang in LANGS, line
        else:
            assert (line.role, line.lang) == ("", ""), line


@pytest.mark.parametrize(("name", "sample"), CASES)
def test_each_variation_does_what_it_says(name, sample):
    varied = variant(name, sample)
    if varied is None:
        return
    EFFECTS[name](pages()[sample], list(varied))


@pytest.mark.parametrize(("name", "sample"), CASES)
def test_deterministic_for_a_seed_and_input_untouched(name, sample):
    page = pages()[sample]
    copy = list(page)
    assert vary(page, name, SEED) == vary(page, name, SEED)
    assert page == copy


@pytest.mark.parametrize("name", sorted(set(VARIATIONS) - SEEDLESS))
def test_other_seeds_give_other_members_of_the_family(name):
    samples = [sample for sample in SAMPLE_NAMES if variant(name, sample) is not None]
    assert any(len({variant(name, sample, seed) for seed in range(8)}) > 1 for sample in samples)


@pytest.mark.parametrize("first", list(VARIATIONS))
def test_two_variations_in_a_row_keep_the_labels_aligned(first):
    for sample in SAMPLE_NAMES:
        once = variant(first, sample)
        if once is None:
            continue
        for second in VARIATIONS:
            twice = vary(list(once), second, SEED + 1)
            if twice is None:
                continue
            assert len(render(twice).split("\n")) == len(twice)
            assert all(bool(line.text.strip()) == bool(line.role) for line in twice), (sample, first, second)


def test_header_weekday_over_many_seeds():
    sample = next(sample for sample in SAMPLE_NAMES if is_article(pages()[sample]))
    headers = []
    for seed in range(300):
        varied = list(variant("header_weekday", sample, seed))
        headers.append(varied[index(varied, "date_header")].text)
        check_header(headers[-1])
    minutes = {header[-2:] for header in headers}
    assert "00" in minutes and len(minutes) > 10
    assert {"Chủ nhật", "Chủ Nhật"} <= {header.split(",")[0] for header in headers}
    assert len({HEADER_RE.match(header)["date"][-4:] for header in headers}) > 10


def test_unknown_variation_is_an_error():
    with pytest.raises(ValueError, match="unknown variation"):
        vary(pages()[SAMPLE_NAMES[0]], "no_such_variation", SEED)


def test_make_variants_writes_pages_and_labels_that_agree(tmp_path):
    assert load_script("make_variants").main(["--seed", str(SEED), "-o", str(tmp_path), "--gold", str(GOLD)]) == 0
    expected = {f"{sample[:-4]}__{name}.txt" for name, sample in CASES if variant(name, sample) is not None}
    assert {path.name for path in tmp_path.glob("*.txt")} == expected
    with (tmp_path / "labels.tsv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    by_file = collections.defaultdict(dict)
    for row in rows:
        by_file[row["file"]][int(row["line"])] = row
    assert set(by_file) == expected
    for name in expected:
        lines = (tmp_path / name).read_bytes().decode("utf-8").split("\n")
        assert {number for number, line in enumerate(lines, 1) if line.strip()} == set(by_file[name])
        for number, row in by_file[name].items():
            assert row["text"] == lines[number - 1].strip()
            assert row["role"] in ROLES and row["lang"] in LANGS
    crlf_page = next(name for name in expected if name.endswith("__crlf.txt"))
    assert b"\r\n" in (tmp_path / crlf_page).read_bytes()
