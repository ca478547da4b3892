"""Pages of the Vietnamese-language and Japanese-language sister portals, which share the template."""

from __future__ import annotations

from bdtools.pipeline import run

from conftest import credits_of, ui_readings, without_marks

FOOTER = (
    "\n\nLượt người xem:  Views:   57\nChia sẻ:\nManage PermissionsManage Permissions\nVersion HistoryVersion History\n\n"
    "Tiêu đề\n\nNội dung\n\nNgày xuất bản\n\nTin nổi bật(Time)\n\nTác giả\n\nApproval Status\n\n"
    "Content Type: Tin Tức Mở Rộng\nCreated at by\nLast modified at by\n"
)

VIETNAMESE_PAGE = (
    "Thứ 6, Ngày 07/01/2022, 09:30\n"
    "Bình Dương tổng kết công tác xây dựng thành phố thông minh năm 2021\n"
    "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
    "07/01/2022 | Nguyễn Trang\n\n"
    "TTĐT - Chiều 6/1, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Điều hành Đề án thành phố thông minh "
    "Bình Dương tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
    "Kết quả nổi bật\n\n"
    "Năm 2021, tỉnh tiếp tục được Diễn đàn Cộng đồng thông minh (ICF) vinh danh trong nhóm 7 cộng đồng "
    "thông minh tiêu biểu của thế giới.\n\n\n"
    "Quang cảnh hội nghị\n"
    + FOOTER
)

JAPANESE_PAGE = (
    "Thứ 2, Ngày 10/01/2022, 14:00\n"
    "ビンズオン省、スマートシティ推進会議を開催\n"
    "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n\n"
    "PORTAL - 1月7日午後、ビンズオン省人民委員会はスマートシティ推進会議を開催しました。\n\n"
    "会議では、2022年の重点課題について議論が行われました。\n\n\n"
    "会議の様子\n"
    + FOOTER
)


def run_page(tmp_path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (record,) = run([str(path)])
    return record


def roles_by_line(record: dict) -> dict[int, tuple[str, str]]:
    return {entry["line"]: (entry["role"], entry["lang"]) for entry in record["blocks"] + record["ui"]}


def test_vietnamese_page_body_is_vi_and_labels_are_told_apart_by_role(tmp_path):
    record = run_page(tmp_path, VIETNAMESE_PAGE)
    assert (record["kind"], record["lang"], record["agency"], record["views"]) == ("article", "vi", "TTĐT", 57)
    assert record["published"] == "2022-01-07T09:30:00+07:00" and not record["warnings"]
    assert record["byline"]["author"] == "Nguyễn Trang" and record["byline"]["date"] == "2022-01-07"
    roles = roles_by_line(record)
    assert roles[2] == ("title", "vi")
    assert roles[6] == ("body", "vi") and roles[8] == ("heading", "vi") and roles[13] == ("caption", "vi")
    labels = {entry["text"]: entry for entry in record["ui"]}
    assert labels["Tiêu đề"]["role"] == "sp_field" and labels["Tiêu đề"]["gloss"] == "Title"
    assert labels["Nội dung"]["role"] == "sp_field" and labels["Nội dung"]["lang"] == "vi"
    assert record["text"].startswith("TTĐT - Chiều 6/1") and "Nội dung" not in record["text"]
    assert [d["value"] for d in record["dates"]] == ["2022-01-06"]


def test_a_vietnamese_page_that_lost_its_marks_reads_as_the_page_with_them(tmp_path):
    """Some crawls write Vietnamese without its marks: the body of such a page, plain ASCII with "to chuc",
    "the gioi", "du an" (English function words to a word list), was English, and so the page; its template's
    Vietnamese labels were English, without their glosses ("Chia se:", "Tieu de", "Luot nguoi xem:" in the views line)."""
    original, record = run_page(tmp_path, VIETNAMESE_PAGE), run_page(tmp_path, without_marks(VIETNAMESE_PAGE))
    assert record["lang"] == "vi" and record["text"] == without_marks(original["text"])
    assert [(block["role"], block["lang"]) for block in record["blocks"]] == [
        (block["role"], block["lang"]) for block in original["blocks"]
    ]
    assert roles_by_line(record)[2] == ("title", "vi")
    assert ui_readings(record) == ui_readings(original)  # "Chia se:" Vietnamese, glossed "Share:", as "Chia sẻ:" is



def test_japanese_page_body_is_ja(tmp_path):
    record = run_page(tmp_path, JAPANESE_PAGE)
    assert (record["kind"], record["lang"], record["title"]) == ("article", "ja", "ビンズオン省、スマートシティ推進会議を開催")
    roles = roles_by_line(record)
    assert roles[2] == ("title", "ja") and roles[5] == ("body", "ja") and roles[7] == ("body", "ja")
    assert roles[10] == ("caption", "ja")
    assert {entry["role"] for entry in record["ui"]} >= {"views", "share", "sp_action", "sp_field", "content_type", "audit"}
    assert "Tiêu đề" not in record["text"]


def test_japanese_body_dates_are_read(tmp_path):
    """"1月7日" (read against the header's date), "2022年3月": no date of a Japanese body was read."""
    page = JAPANESE_PAGE.replace("2022年の重点課題", "2022年3月から12月まで、2021年12月30日までの重点課題", 1)
    record = run_page(tmp_path, page)
    assert [(d["text"], d["value"], d["year_inferred"]) for d in record["dates"]] == [
        ("1月7日", "2022-01-07", True), ("2022年3月", "2022-03", False), ("2021年12月30日", "2021-12-30", False),
    ]


def run_pages(tmp_path, pages: dict[str, str]) -> dict[str, dict]:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {record["source"]["path"].rsplit("/", 1)[-1]: record for record in run([str(tmp_path / name) for name in pages])}


def test_japanese_copies_are_near_duplicates_and_a_japanese_teaser_is_linked(tmp_path):
    """Japanese is written without spaces: each Han or kana character is a word of the fingerprints."""
    edited = JAPANESE_PAGE.replace("議論が行われました", "議論がなされました")
    listing = "News - Smart City\n\nPORTAL - 1月7日午後、ビンズオン省人民委員会はスマートシティ推進会議を開催…"
    records = run_pages(tmp_path, {"a.txt": JAPANESE_PAGE, "b.txt": edited, "list.txt": listing})
    article, copy, teasers = records["a.txt"], records["b.txt"], records["list.txt"]
    assert {article["dup"]["status"], copy["dup"]["status"]} == {"unique", "near"}
    assert article["dup"]["cluster"] == copy["dup"]["cluster"]
    (item,) = [block for block in teasers["blocks"] if block["role"] == "listing_item"]
    assert item["of"] == article["dup"]["cluster"]


def test_a_vietnamese_dated_listings_teaser_is_linked_to_its_article(tmp_path):
    """The Vietnamese portal's listing: a title, its date and a ``TTĐT - `` teaser on lines of their own."""
    title, lead = VIETNAMESE_PAGE.split("\n")[1], next(line for line in VIETNAMESE_PAGE.split("\n") if line.startswith("TTĐT"))
    listing = (f"Tin tức - Sự kiện\n\n{title}\n07/01/2022\n{lead}\n\n"
               "Bình Dương: Thu ngân sách tháng 1 đạt hơn 8.000 tỷ đồng\n04/02/2022\n"
               "TTĐT - Theo Cục Thuế tỉnh, tổng thu ngân sách nhà nước trên địa bàn tỉnh trong tháng 1 đạt hơn 8.000 tỷ đồng.\n\n"
               "1 2 3 4 5 Tiếp »\n")
    for name, text in {"a.txt": VIETNAMESE_PAGE, "list.txt": listing}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    records = {record["source"]["path"].rsplit("/", 1)[-1]: record for record in run([str(tmp_path)])}
    article, page = records["a.txt"], records["list.txt"]
    assert (page["kind"], page["category"], page["agency"], page["lang"]) == ("listing", "Sự kiện", "TTĐT", "vi")
    assert [(block["line"], block["of"]) for block in page["blocks"]] == [(5, article["id"]), (9, None)]
    assert [(entry["role"], entry["line"], entry["lang"]) for entry in page["ui"]] == [
        ("listing_header", 1, "vi"), ("listing_title", 3, "vi"), ("listing_date", 4, "none"),
        ("listing_title", 7, "vi"), ("listing_date", 8, "none"), ("pager", 11, "vi")]
    assert [(found["line"], found["value"]) for found in page["dates"] if found["line"] in (4, 8)] == [
        (4, "2022-01-07"), (8, "2022-02-04")]


def test_a_vietnamese_credit_line_is_read_and_vietnamese(tmp_path):
    page = VIETNAMESE_PAGE.replace("Quang cảnh hội nghị\n", "Quang cảnh hội nghị\n\nTin: Hồng Phúc - Ảnh: Minh Duy\n")
    record = run_page(tmp_path, page)
    (credit,) = [entry for entry in record["ui"] if entry["role"] == "credit"]
    assert (credit["lang"], credit["segments"]) == ("vi", [])
    assert record["credits"] == credits_of(reporter="Hồng Phúc", photographer="Minh Duy")
