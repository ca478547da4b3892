"""Pages of the Vietnamese-language and Japanese-language sister portals, which share the template."""

from __future__ import annotations

import pytest

from bdtools.pipeline import run
from bdtools.separate import ui_language

from conftest import credits_of, twin_readings, ui_readings, without_marks

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



# The footer's share label, actions and form, as the portal's article pages dump them.
PORTAL_FOOTER_FORM = (
    'Chia sẻ:\n'
    'Manage PermissionsManage Permissions\n'
    'Version HistoryVersion History\n'
    '\n'
    'Tiêu đề\n'
    '\n'
    'Nội dung\n'
    '\n'
)
# Vietnamese-portal pages as its crawls dump them: a fair's article (byline, a caption that ends in its picture's
# credit, a heading, a credit line), a youth month's (a Sunday's header, dates after cue words, a caption cue, a
# heading in capitals, related news with their dates, a sign-off), a dated listing with its controls.
FAIR_ARTICLE = (
    'Thứ 2, Ngày 14/03/2022, 10:15\n'
    'Bình Dương: Khai mạc Hội chợ triển lãm quốc tế đồ gỗ và mỹ nghệ năm 2022\n'
    'Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n'
    '14/03/2022 | Hồng Phúc\n'
    '\n'
    '(BDO) Sáng 13/3, tại Trung tâm Hội nghị và Triển lãm tỉnh, Sở Công Thương phối hợp Hiệp hội Chế biến gỗ tỉnh khai '
    'mạc Hội chợ triển lãm quốc tế đồ gỗ và mỹ nghệ năm 2022. Hội chợ diễn ra đến hết ngày 16/3 với hơn 500 gian hàng.\n'
    '\n'
    'Các đại biểu cắt băng khai mạc hội chợ. Ảnh: Minh Duy\n'
    '\n'
    'Phát biểu tại lễ khai mạc, ông Nguyễn Thanh Trúc, Phó Chủ tịch UBND tỉnh cho biết, ngành chế biến gỗ là một trong '
    'những ngành công nghiệp chủ lực của tỉnh, kim ngạch xuất khẩu năm 2021 đạt hơn 5 tỷ USD.\n'
    '\n'
    'Nhiều hoạt động bên lề\n'
    '\n'
    'Trong khuôn khổ hội chợ, ban tổ chức sẽ tổ chức các hội thảo chuyên đề, kết nối giao thương giữa doanh nghiệp trong '
    'và ngoài nước.\n'
    '\n'
    'Tin, ảnh: Minh Duy\n'
    'Lượt người xem:  Views:   342\n'
    + PORTAL_FOOTER_FORM +
    'Content Type: Tin Tức Mở Rộng\n'
    'Created at by\n'
    'Last modified at by\n'
)
YOUTH_MONTH_ARTICLE = (
    'Chủ nhật, Ngày 09/01/2022, 08:00\n'
    'Thủ Dầu Một: Ra quân Tháng Thanh niên năm 2022\n'
    'Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n'
    '\n'
    '(BDO) Chiều ngày 8/1, Thành đoàn Thủ Dầu Một tổ chức lễ ra quân Tháng Thanh niên năm 2022 với chủ đề "Tuổi trẻ Thủ '
    'Dầu Một xung kích, tình nguyện vì cộng đồng". Hôm qua (7/1), các cơ sở Đoàn đã đồng loạt ra quân dọn vệ sinh môi '
    'trường.\n'
    '\n'
    'Quang cảnh buổi lễ ra quân\n'
    '\n'
    'Dịp này, Thành đoàn trao 50 phần quà cho thanh niên có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng. Tháng '
    'Thanh niên diễn ra từ ngày 10/1 đến ngày 10/2/2022.\n'
    '\n'
    'I. KẾT QUẢ NỔI BẬT\n'
    '\n'
    'Năm 2021, Thành đoàn đã tổ chức hơn 200 hoạt động tình nguyện, thu hút trên 10.000 lượt đoàn viên tham gia.\n'
    '\n'
    'Đoàn viên thanh niên trồng cây xanh tại phường Phú Lợi – Ảnh: Hồng Phúc\n'
    '\n'
    'Tin liên quan\n'
    'Bình Dương tổng kết công tác Đoàn năm 2021 (05/01/2022)\n'
    'Ra mắt mô hình "Tuyến đường thanh niên" (03/01/2022)\n'
    '\n'
    'Minh Duy - Tổng hợp\n'
    'Lượt người xem:  Views:   1.205\n'
    + PORTAL_FOOTER_FORM +
    'Ngày xuất bản\n'
    '\n'
    'Tin nổi bật(Time)\n'
    '\n'
    'Content Type: Tin Tức Mở Rộng\n'
    'Created at by\n'
    'Last modified at by\n'
)
DATED_LISTING = (
    'Tin tức - Sự kiện\n'
    '\n'
    'Bình Dương khởi công dự án đường Vành đai 3\n'
    'Thứ 3, 04/01/2022\n'
    '(BDO) Sáng 4/1, UBND tỉnh Bình Dương tổ chức lễ khởi công dự án đường Vành đai 3 đoạn qua địa bàn tỉnh.\n'
    '\n'
    'Hội nghị tổng kết công tác năm 2021\n'
    'Thứ 2, 03/01/2022\n'
    '(BDO) Chiều 3/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.\n'
    '\n'
    'Xem tiếp\n'
    '1 2 3 4 5 Tiếp »\n'
)


# A Saturday's article: a caption by its cue, a credit line under a picture's place, dates after cue words and a
# year's cue, a sign-off that notes the article was compiled.
SATURDAY_ARTICLE = (
    "Thứ Bảy, Ngày 19/03/2022, 20:30\n"
    "Dĩ An: Đêm hội văn hóa các dân tộc năm 2022\n"
    "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
    "\n"
    "(BDO) Tối 19/3, UBND thành phố Dĩ An tổ chức đêm hội văn hóa các dân tộc. Chương trình năm ngoái diễn ra ngày "
    "1/7 năm ngoái với hơn 2.000 khán giả; năm nay 2/3 số tiết mục là mới.\n"
    "\n"
    "\n"
    "Quang cảnh đêm hội\n"
    "Ảnh: Hồng Phúc\n"
    "\n"
    "Hôm qua (18/3), ban tổ chức đã tổng duyệt chương trình tại Trung tâm Văn hóa thành phố.\n"
    "\n"
    "Minh Duy - Tổng hợp\n"
    "Lượt người xem:  Views:   87\n"
    "Chia sẻ:\n"
)


# The same pages as other crawls write them: the old spelling of Saturday, a listing's pager by words alone.
OLD_SPELLING_SATURDAY_ARTICLE = SATURDAY_ARTICLE.replace("Thứ Bảy", "Thứ Bẩy")
WORDED_PAGER_LISTING = DATED_LISTING.replace("1 2 3 4 5 Tiếp »", "Tiếp »\nĐầu | Trước | 1 | 2 | Sau | Cuối")


@pytest.mark.parametrize("page", [VIETNAMESE_PAGE, FAIR_ARTICLE, YOUTH_MONTH_ARTICLE, SATURDAY_ARTICLE, DATED_LISTING,
                                  OLD_SPELLING_SATURDAY_ARTICLE, WORDED_PAGER_LISTING])
def test_every_vietnamese_page_that_lost_its_marks_reads_as_its_marked_twin(tmp_path, page):
    """Kind, published date, roles, languages, glosses, credits, agency, byline, views, dates and warnings of a page
    whose marks a crawl lost are its marked twin's: "Chu nhat, Ngay 09/01/2022" was no header, "Sang 13/3" and
    "Hom qua (7/1)" no dates, "Tin lien quan" and its titles body lines (their dates the body's), a caption ending
    ". Anh: Minh Duy" a heading (and one ending "– Anh: Hong Phuc", whose dash is no letter of Vietnamese), "Minh Duy
    - Tong hop" no sign-off, "Xem tiep", "1 2 3 4 5 Tiep »", "Tiep »", "Dau | Truoc | 1 | 2 | Sau | Cuoi" listing items
    (and then English, the template's language, where the marked controls are Vietnamese)."""
    assert twin_readings(run_page(tmp_path, without_marks(page))) == twin_readings(run_page(tmp_path, page))


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


@pytest.mark.parametrize(("role", "text", "lang"), [
    ("pager", "Đầu | Trước | 1 | 2 | Sau | Cuối", "vi"), ("pager", "Dau | Truoc | 1 | 2 | Sau | Cuoi", "vi"),
    ("more_link", "Xem tiếp »", "vi"), ("more_link", "Xem tiep", "vi"), ("pager", "1 2 3 4 5 Tiep »", "vi"),
    ("pager", "Trang 1/25", "vi"), ("more_link", "Read more", "en"), ("pager", "« Previous 1 2 3 Next »", "en"),
    ("pager", "Page 1 of 25", "en"), ("pager", "(1 - 10 / 245)", "none"), ("pager", "1 2 3 »", "none"),
])
def test_a_listing_controls_language_is_its_words_with_their_marks_or_without(role, text, lang):
    """On a page of either language, one language for the line ("Sau", after, was an English segment) and Vietnamese
    words that lost their marks no English."""
    assert ui_language(role, text, "en")[0] == ui_language(role, text, "vi")[0] == lang


@pytest.mark.parametrize(("role", "text", "page_lang", "lang"), [
    ("views", "Luot xem: 57", "vi", "vi"), ("views", "Luot nguoi xem: 1.205", "en", "vi"), ("views", "Lượt xem: 57", "vi", "vi"),
    ("views", "Views: 57", "vi", "en"),
    ("listing_title", "Binh Duong vao danh sach Smart21 nam 2022", "vi", "vi"),
    ("listing_title", "Thu Dau Mot: Ra quan Thang Thanh nien 2022", "vi", "vi"),
    ("listing_title", "Binh Duong among the Smart21 Communities of 2022", "vi", "en"),
])
def test_a_views_line_and_a_listing_title_that_lost_their_marks_are_vietnamese(role, text, page_lang, lang):
    """A views label with its count ("Luot xem: 57", the label's language: the tables know it) and a listing item's
    title, which the page's authors wrote (the page's language where its words do not tell: a title, not the
    template's English), were English without their marks."""
    assert ui_language(role, text, page_lang)[0] == lang
