"""The parser on every generated variation of every sample: roles, classes, fields and warnings.

The variations (bdtools/variants.py) carry the gold labels along, so every line of every generated
page has a known role, language and class.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from bdtools.explain import explain_rows
from bdtools.ingest import page_record
from bdtools.parsers.page import CONTENT_ROLES
from bdtools.pipeline import process, through
from bdtools.variants import VARIATIONS, load_labelled_samples, render, vary

from conftest import GOLD, SAMPLES, credits_of

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="the gold file lives in ../shared/")
SEEDS = range(3)
PAGES = load_labelled_samples(SAMPLES, GOLD) if GOLD.exists() else {}
CASES = [
    (name, variation, seed)
    for name in sorted(PAGES)
    for variation in sorted(VARIATIONS)
    for seed in SEEDS
    if vary(PAGES[name], variation, seed) is not None
]


def parsed(page) -> dict:
    return process(page_record(render(page).encode("utf-8"), "variant.txt"))


def line_rows(record: dict) -> dict[int, tuple[str, str]]:
    """(role, lang) per line; a line split in pieces is described by its content piece."""
    rows: dict[int, tuple[str, str]] = {}
    for line, role, lang, _ in explain_rows(record):
        if line not in rows or role in CONTENT_ROLES:
            rows[line] = (role, lang)
    return rows


def content(role: str) -> bool:
    return role in CONTENT_ROLES


@pytest.mark.parametrize(("name", "variation", "seed"), CASES)
def test_every_line_keeps_its_class_and_language(name, variation, seed):
    page = vary(PAGES[name], variation, seed)
    rows = line_rows(through(page_record(render(page).encode("utf-8"), "variant.txt"), "separate"))
    labelled = {number: line for number, line in enumerate(page, start=1) if line.role}
    assert set(rows) == set(labelled)
    for number, line in labelled.items():
        role, lang = rows[number]
        assert content(role) == content(line.role), (number, role, line)
        assert lang == line.lang, (number, lang, line)


def test_roles_agree_on_the_generated_family():
    agree = total = 0
    for name, variation, seed in CASES:
        page = vary(PAGES[name], variation, seed)
        rows = line_rows(through(page_record(render(page).encode("utf-8"), "variant.txt"), "separate"))
        for number, line in enumerate(page, start=1):
            if line.role:
                total += 1
                agree += rows[number][0] == line.role
    assert agree / total >= 0.98


def variant(name: str, variation: str, seed: int = 0) -> dict:
    return parsed(vary(PAGES[name], variation, seed))


def original(name: str) -> dict:
    return parsed(PAGES[name])


def codes(record: dict) -> list[str]:
    return [warning["code"] for warning in record["warnings"]]


ARTICLES = ["001_b5f1e6c3974f0a2e.txt", "002_c57f6a351f2965d6.txt", "003_790eb7187b08f3fc.txt", "004_1d0961e87c14cec6.txt"]
LISTING = "000_2a2882c010271b55.txt"


@pytest.mark.parametrize("name", ARTICLES)
def test_nav_line(name):
    record = variant(name, "nav_line")
    assert record["ui"][0]["role"] == "nav" and record["kind"] == "article" and codes(record) == []
    assert record["published"] == original(name)["published"]


@pytest.mark.parametrize("name", ARTICLES)
def test_no_title(name):
    record = variant(name, "no_title")
    assert record["title"] is None and codes(record) == ["no_title"]
    assert record["published"] == original(name)["published"]


@pytest.mark.parametrize("seed", SEEDS)
def test_header_weekdays_and_times(seed):
    for name in ARTICLES:
        page = vary(PAGES[name], "header_weekday", seed)
        header = next(line.text for line in page if line.role == "date_header")
        day, month, year, hour, minute = map(int, re.search(r"(\d+)/(\d+)/(\d+), (\d+):(\d+)", header).groups())
        record = parsed(page)
        assert record["published"] == f"{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:00+07:00"
        assert "weekday_mismatch" not in codes(record)


@pytest.mark.parametrize("seed", SEEDS)
def test_bylines(seed):
    with_diacritics = variant("002_c57f6a351f2965d6.txt", "byline_diacritics", seed)["byline"]
    assert with_diacritics["date"] == "2019-05-16"
    assert unicodedata.normalize("NFD", with_diacritics["author"]) != with_diacritics["author"]
    assert variant("003_790eb7187b08f3fc.txt", "byline_date_only", seed)["byline"] == {
        "date": "2020-09-14", "date_raw": "14/09/2020", "author": None,
    }
    added = variant("001_b5f1e6c3974f0a2e.txt", "add_byline", seed)["byline"]
    assert added["date"] == "2022-01-05" and added["author"]


@pytest.mark.parametrize("seed", range(8))
def test_lead_tags(seed):
    page = vary(PAGES["003_790eb7187b08f3fc.txt"], "lead_tag", seed)
    lead = next(line.text for line in page if line.role == "body")
    tag = re.match(r"(PORTAL|Portal|BEGIC)\s?[-–]", lead)
    assert parsed(page)["agency"] == (tag.group(1).upper() if tag else None)


@pytest.mark.parametrize("name", ARTICLES)
def test_image_files(name):
    alone = variant(name, "image_file_line")
    assert [(item["lang"], item["gloss"]) for item in alone["ui"] if item["role"] == "image_file"] == [("none", None)]
    fused = variant(name, "fused_image_caption")
    (name_piece,) = [item for item in fused["ui"] if item["role"] == "image_file"]
    caption = next(block for block in fused["blocks"] if block["line"] == name_piece["line"])
    assert caption["role"] == "caption" and re.search(r"\.(jpe?g|png)$", name_piece["text"], re.IGNORECASE)


@pytest.mark.parametrize("name", ARTICLES)
def test_credit_line(name):
    page = vary(PAGES[name], "credit_line", 0)
    credit = next(line.text for line in page if line.role == "credit")
    reporter, translator = re.match(r"\W*Reported by (.+?)\s*[-–]\s*Translated by (.+)", credit).groups()
    assert parsed(page)["credits"] == credits_of(reporter=reporter, translator=translator)


@pytest.mark.parametrize("name", ARTICLES)
def test_cut_dumps(name):
    assert codes(variant(name, "cut_mid_paragraph")) == ["no_footer", "truncated"]
    cut_footer = variant(name, "cut_in_footer")
    assert "truncated" in codes(cut_footer) and "unknown_line" not in codes(cut_footer)
    mid_body = variant(name, "begin_mid_body")
    assert mid_body["kind"] == "article" and codes(mid_body) == ["no_header"] and mid_body["published"] is None


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize("variation", ["footer_shuffled", "footer_time_space", "long_paragraph", "no_blank_after_widget"])
def test_variations_that_change_no_field(name, variation):
    page = vary(PAGES[name], variation, 0)
    if page is None:
        pytest.skip(f"{variation} does not apply to {name}")
    record, before = parsed(page), original(name)
    assert codes(record) == []
    for field in ("kind", "title", "views", "published", "content_type", "agency", "lang"):
        assert record[field] == before[field], field


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize("variation", ["crlf", "nfd", "mojibake"])
def test_encodings_read_like_the_original(name, variation):
    record, before = variant(name, variation), original(name)
    for field in ("kind", "title", "views", "published", "text", "blocks", "ui", "lang", "dates"):
        assert record[field] == before[field], field


@pytest.mark.parametrize("variation", ["listing_category", "teaser_no_tag", "teaser_ellipsis", "listing_hard_wrapped",
                                       "listing_flattened_table"])
def test_listing_forms_give_one_item_per_teaser(variation):
    record = variant(LISTING, variation)
    header = next(line.text for line in vary(PAGES[LISTING], variation, 0) if line.role == "listing_header")
    assert record["kind"] == "listing" and codes(record) == []
    assert record["category"] == (header.split(" - ", 1)[1] if " - " in header else header)
    items = [block for block in record["blocks"] if block["role"] == "listing_item"]
    assert len(items) == 10


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", ARTICLES)
def test_header_variations_keep_the_fields(name, seed):
    before = original(name)
    for variation in ("title_ending", "header_order", "header_form"):
        page = vary(PAGES[name], variation, seed)
        if page is None:
            continue
        record = parsed(page)
        title = next(line.text for line in page if line.role == "title")
        assert codes(record) == [], variation
        assert (record["title"], record["published"], record["agency"]) == (title, before["published"], before["agency"])
        assert record["byline"] == before["byline"] and record["text"] == before["text"], variation


# Credit forms and the fields they name, written here again (not read from bdtools.variants).
CREDIT_FIELDS = {"Photo:": ["photographer"], "Photos by": ["photographer"], "Translated by:": ["translator"],
                 "Ảnh:": ["photographer"], "Tin, ảnh:": ["reporter", "photographer"]}


@pytest.mark.parametrize("seed", range(8))
def test_credit_forms(seed):
    page = vary(PAGES["002_c57f6a351f2965d6.txt"], "credit_form", seed)
    credit = next(line.text for line in page if line.role == "credit")
    if written := re.fullmatch(r"Written by (.+) \| Photos by (.+)", credit):
        expected = credits_of(reporter=written[1], photographer=written[2])
    else:
        prefix, name = next((prefix, credit[len(prefix):].strip()) for prefix in CREDIT_FIELDS if credit.startswith(prefix + " "))
        expected = credits_of(**dict.fromkeys(CREDIT_FIELDS[prefix], name))
    assert parsed(page)["credits"] == expected


@pytest.mark.parametrize("name", ARTICLES)
def test_an_english_paragraph_naming_people_in_vietnamese_spelling_stays_in_the_text(name):
    page = vary(PAGES[name], "naming_paragraph", 0)
    added = next(line.text for line in page if line.role == "body" and not line.text.isascii() and line not in PAGES[name])
    record = parsed(page)
    assert record["lang"] == "en" and added in record["text"]


@pytest.mark.parametrize("seed", SEEDS)
def test_views_with_thousands_apart(seed):
    page = vary(PAGES["001_b5f1e6c3974f0a2e.txt"], "views_thousands", seed)
    views = next(line.text for line in page if line.role == "views")
    assert parsed(page)["views"] == int(re.sub(r"\D", "", views.split("Views:")[1]))
