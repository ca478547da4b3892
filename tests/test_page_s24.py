"""Page parser findings of session 24's read-through (page15): each a family of real lines that read wrong."""

from __future__ import annotations

import pytest

from bdtools.parsers.page import parse_page

DATE_LINE = "Thứ 4, Ngày 05/01/2022, 16:00"
TITLE = "Binh Duong attracts more investment in the first quarter"
WIDGET = "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)"
EN_LEAD = ("PORTAL - In the first quarter of 2022, Binh Duong attracted more than 1 billion USD of foreign investment, up "
           "20 percent over the same period last year.")
EN_BODY = "The province continues to improve its business environment and support enterprises."
FOOT = ["", "Lượt người xem:  Views:   1280", "Chia sẻ:", "Manage PermissionsManage Permissions"]
LISTING_ITEMS = [
    "", TITLE, "05/01/2022", EN_LEAD,
    "", "Binh Duong welcomes a delegation of Korean investors", "04/01/2022",
    "PORTAL - On January 4, the Provincial People's Committee received a delegation of Korean enterprises.",
]


@pytest.mark.parametrize("section", [
    # a dump that lost the marks, in capitals or not
    "TIN TUC - SU KIEN", "Tin tuc", "Kinh te", "KINH TE", "Van hoa - Xa hoi", "Thoi su", "Y te",
    # joined dashes, a colon or a dash after the name
    "Tin tức-Sự kiện", "NEWS – EVENTS:", "Kinh tế:", "Kinh tế –", "Tin tức:", "Economy:",
])
def test_a_section_s_name_above_the_date_line_is_nav_however_written(section):
    # (no title under the date line: the line above it would be the title if it read as one)
    page = parse_page("\n".join([section, DATE_LINE, WIDGET, "05/01/2022 | Nguyen Trang", "", EN_LEAD, *FOOT]))
    assert (page.lines[0].role, page.title) == ("nav", None)


@pytest.mark.parametrize("title", ["Kinh te Binh Duong tang toc", "Binh Duong welcomes Korean investors"])
def test_a_title_above_the_date_line_that_opens_with_a_section_s_word_stays_the_title(title):
    page = parse_page("\n".join([title, DATE_LINE, WIDGET, "05/01/2022 | Nguyen Trang", "", EN_LEAD, *FOOT]))
    assert (page.lines[0].role, page.title) == ("title", title)


@pytest.mark.parametrize(("header", "category"), [
    ("Tin tức:", "Tin tức"), ("NEWS – EVENTS:", "EVENTS"), ("Kinh tế:", "Kinh tế"), ("TIN TUC - SU KIEN", "SU KIEN"),
    ("Tin tuc", "Tin tuc"), ("News - Smart City", "Smart City"),
])
def test_a_listing_s_header_however_written_heads_the_listing(header, category):
    page = parse_page("\n".join([header, *LISTING_ITEMS]))
    assert (page.kind, page.category) == ("listing", category)
    assert [line.role for line in page.lines] == ["listing_header", *["listing_title", "listing_date", "listing_item"] * 2]


@pytest.mark.parametrize("first", [
    # a sentence after the listing word, or a section's name, is a bare page's first paragraph, no listing's header
    "Tin tức: Bình Dương đón đoàn nhà đầu tư Hàn Quốc.", "News: Binh Duong hosts an investment forum.",
    "TIN TUC: Binh Duong don doan nha dau tu.", "Kinh tế: Bình Dương tăng trưởng 8%.",
])
def test_a_sentence_after_the_listing_word_heads_no_listing(first):
    page = parse_page("\n".join([first, "", EN_LEAD, "", EN_BODY]))
    assert (page.kind, page.category) == ("unknown", None)
    assert [line.role for line in page.lines] == ["body", "body", "body"]


def _article(*lines: str) -> str:
    return "\n".join([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "", EN_BODY, "", *lines, *FOOT])


@pytest.mark.parametrize(("sign_off", "credits"), [
    # a translator's field word alone in brackets after the names: theirs, as a part with the word first would be
    ("Hoàng Anh (dịch)", {"translator": "Hoàng Anh"}), ("Hoang Anh (dich)", {"translator": "Hoang Anh"}),
    ("Hoàng Anh (lược dịch)", {"translator": "Hoàng Anh"}), ("Mai Xuân (biên dịch)", {"translator": "Mai Xuân"}),
    ("Nguyen Trang (translated)", {"translator": "Nguyen Trang"}),
    ("Mai Xuân - Hoàng Anh (dịch)", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
    # the credits' other separators part the names as a dash does; a comma lists them
    ("Mai Xuân | Hoàng Anh (dịch)", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
    ("Mai Xuan; Hoang Anh (translated)", {"reporter": "Mai Xuan", "translator": "Hoang Anh"}),
    ("Mai Xuân, Hoàng Anh (dịch)", {"translator": "Mai Xuân, Hoàng Anh"}),
    # a part with its own field keeps the note: a source's, translated from it, as before
    ("Nguồn: Báo Bình Dương (dịch)", {"source": "Báo Bình Dương (dịch)"}),
    ("Source: Binh Duong Newspaper (translated)", {"source": "Binh Duong Newspaper (translated)"}),
    # the compiled note stays with the names (a reporter's), as before
    ("Minh Duy (tổng hợp)", {"reporter": "Minh Duy (tổng hợp)"}),
])
def test_a_sign_off_with_a_note_in_brackets_names_its_field(sign_off, credits):
    page = parse_page(_article(sign_off))
    assert [line.role for line in page.lines if line.text == sign_off] == ["credit"]
    assert page.credits == credits


@pytest.mark.parametrize("lead", ["Đang", "Tin", "Tin mới", "Hôm nay", "Lúc", "Xem"])
def test_a_byline_whose_date_a_wrong_word_leads_leaves_the_body_and_the_author_alone(lead):
    # (read-through, item 1: did not reproduce) `Đang` reads as the label `Đăng` that lost a mark, a byline with its
    # author; any other word makes the line no byline (its own line, a heading): the body stays the body either way
    byline = f"{lead} 05/01/2022 | Nguyen Trang"
    page = parse_page(_article().replace(WIDGET, f"{WIDGET}\n{byline}"))
    assert [line.role for line in page.lines if line.text in (EN_LEAD, EN_BODY)] == ["body", "body"]
    assert page.byline is None or page.byline["author"] == "Nguyen Trang"


@pytest.mark.parametrize(("above", "role"), [
    # a title in Title Case or in capitals has words no menu has: the title (was nav, the page `no_title`)
    ("Binh Duong Welcomes Investors From Korea", "title"), ("BINH DUONG WELCOMES INVESTORS", "title"),
    ("Smart City Vision 2030", "title"), ("Thu Dau Mot University Opens New Campus", "title"),
    # a menu on one line, the portal's items alone, stays nav (without the marks too)
    ("Home News Investment Tourism Culture Society Contact", "nav"), ("News Investment Tourism", "nav"),
    ("HOME NEWS INVESTMENT", "nav"), ("TIN TUC KINH TE XA HOI", "nav"), ("Giới Thiệu Tin Tức Liên Hệ", "nav"),
])
def test_a_capitalised_line_above_the_date_line_is_a_menu_only_with_the_menu_s_words(above, role):
    page = parse_page("\n".join([above, DATE_LINE, WIDGET, "05/01/2022 | Nguyen Trang", "", EN_LEAD, *FOOT]))
    assert (page.lines[0].role, page.title) == (role, above if role == "title" else None)


HEADING = "Solid foundation for new successes"
VIEWS = "Lượt người xem:  Views:   1280"
SHARE_FOOT = ["", "Chia sẻ:", "Manage PermissionsManage Permissions", "Content Type: Tin tức", "Created at by"]


@pytest.mark.parametrize(("lines", "roles"), [
    # a stray share bar under the widget, one paragraph under it, then the footer with its own share bar
    ([DATE_LINE, TITLE, WIDGET, "Chia sẻ:", "", EN_LEAD, "", VIEWS, *SHARE_FOOT],
     ["date_header", "title", "font_size_widget", "nav", "body", "views", "share", "sp_action", "content_type", "audit"]),
    # a stray views count under the widget, a heading and the tagged lead under it
    ([DATE_LINE, TITLE, WIDGET, VIEWS, "", HEADING, "", EN_LEAD, "", EN_BODY, *SHARE_FOOT],
     ["date_header", "title", "font_size_widget", "nav", "heading", "body", "body", "share", "sp_action",
      "content_type", "audit"]),
    # a stray share bar amid the body, one paragraph under it above the footer
    ([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "Chia sẻ:", EN_BODY, "", VIEWS, *SHARE_FOOT],
     ["date_header", "title", "font_size_widget", "body", "nav", "body", "views", "share", "sp_action", "content_type",
      "audit"]),
    # the footer's own note under its views count stays the footer's (no body under a stray run)
    ([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "", EN_BODY, "", VIEWS,
      "Ghi rõ nguồn Cổng thông tin điện tử tỉnh Bình Dương khi phát hành lại thông tin từ website này.", *SHARE_FOOT],
     ["date_header", "title", "font_size_widget", "body", "body", "views", "unknown", "share", "sp_action",
      "content_type", "audit"]),
    # a footer cut short under its views count and share bar, a related item's title and tagged teaser under it: the
    # lead stands above, so the footer stays the footer and the teaser no body
    ([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "", EN_BODY, "", VIEWS, "Chia sẻ:", "", LISTING_ITEMS[5], LISTING_ITEMS[7]],
     ["date_header", "title", "font_size_widget", "body", "body", "views", "share", "unknown", "unknown"]),
    ([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "", EN_BODY, "", "Chia sẻ:", "", LISTING_ITEMS[7]],
     ["date_header", "title", "font_size_widget", "body", "body", "share", "unknown"]),
])
def test_a_stray_footer_line_over_one_paragraph_or_a_heading_leaves_the_body_the_body(lines, roles):
    assert [line.role for line in parse_page("\n".join(lines)).lines] == roles


@pytest.mark.parametrize("caption", [
    # a caption wrapped inside its credit: the photographer's name whole, one space between its words
    ["Delegates visit the booth of a Korean enterprise (Photo: Minh", "Duy)"],
    ["Quang cảnh hội nghị tại Trung tâm Hội nghị và Triển lãm tỉnh (Ảnh: Minh", "Duy)"],
    ["Delegates visit the booth of a Korean enterprise at the exhibition (Photo:", "Minh Duy)"],
    # under an image file's name, the credit part after the caption, on its line or the next
    ["IMG_2034.jpg", "Delegates visit the booth of a Korean enterprise (Photo: Minh Duy)"],
    ["IMG_2034.jpg", "Delegates visit the booth of a Korean enterprise", "(Photo: Minh Duy)"],
    ["IMG_2034.jpg", "Delegates visit the booth of a Korean enterprise at the", "exhibition (Photo: Minh Duy)"],
])
def test_a_caption_s_credit_names_the_photographer_whole(caption):
    page = parse_page(_article().replace(f"{EN_BODY}\n", f"{EN_BODY}\n\n" + "\n".join(caption) + "\n"))
    assert page.credits == {"photographer": "Minh Duy"}
    assert {line.role for line in page.lines if line.text in caption} <= {"image_file", "caption", "credit"}


VI_LEAD = "TTĐT - Sáng 14/3, Sở Lao động - Thương binh và Xã hội tỉnh tổ chức hội nghị tổng kết công tác năm 2022."
VI_BODY = "Chùa được xây dựng vào năm 1741, trải qua nhiều lần trùng tu, hiện còn giữ được nhiều hiện vật quý."


@pytest.mark.parametrize(("lines", "label", "role"), [
    # (hunt24, item 1) a field's word alone amid the body, prose or a table's cells on both sides: the body's heading
    ([VI_LEAD, "", "Lịch sử", "", VI_BODY], "Lịch sử", "heading"),
    ([VI_LEAD, "", "Nội dung", "", VI_BODY], "Nội dung", "heading"),
    ([VI_LEAD, "", "Tóm tắt", "", VI_BODY], "Tóm tắt", "heading"),
    ([VI_LEAD, "", "STT", "Đối tượng", "Số người", "Số tiền", "1", "Lao động mất việc làm", "12.500", "", VI_BODY],
     "Số tiền", "heading"),
    # a display form's labels, each over its value, stay the form's; so does a label right above the footer
    ([VI_LEAD, "", "Tóm tắt", "", VI_BODY, "", "Nội dung", "", VI_BODY], "Nội dung", "sp_field"),
    ([VI_LEAD, "", VI_BODY, "", "Tác giả"], "Tác giả", "sp_field"),
])
def test_a_field_s_label_amid_the_body_is_the_body_s_own_line(lines, label, role):
    page = parse_page("\n".join([DATE_LINE, TITLE, WIDGET, "", *lines, *FOOT]))
    assert [line.role for line in page.lines if line.text == label][-1:] == [role]


VI_TEASERS = [
    "TTĐT - Sáng 10/3, tại Trung tâm Hành chính tỉnh, UBND tỉnh tổ chức hội nghị đánh giá kết quả cải cách thủ tục hành "
    "chính quý I.",
    "TTĐT - Chiều 13/3, UBND tỉnh Bình Dương phối hợp với UBND tỉnh Đồng Nai tổ chức lễ khởi công cầu Bạch Đằng 2.",
]
EN_TEASERS = [EN_LEAD, LISTING_ITEMS[7]]


@pytest.mark.parametrize("date_line", ["Thứ 2, Ngày 15/05/2023", "Thứ Hai, 15/05/2023", "Monday, 15/05/2023"])
@pytest.mark.parametrize(("header", "category", "teasers"), [
    # (hunt24, item 2) the site's date line over a listing's header and its teasers: nav over a listing
    ("Tin tức - Sự kiện", "Sự kiện", VI_TEASERS), ("Tin tức", "Tin tức", VI_TEASERS),
    ("Tin tuc - Su kien", "Su kien", VI_TEASERS), ("News", "News", EN_TEASERS), ("NEWS - EVENTS", "EVENTS", EN_TEASERS),
])
def test_a_listing_under_the_site_s_date_line_is_a_listing(date_line, header, category, teasers):
    page = parse_page("\n\n".join([f"{date_line}\n{header}", *teasers]))
    assert (page.kind, page.category, page.title) == ("listing", category, None)
    assert [line.role for line in page.lines] == ["nav", "listing_header", "listing_item", "listing_item"]


@pytest.mark.parametrize("lines", [
    # one tagged lead under a breadcrumb's section: an article without its frame, as before
    ["Thứ 2, Ngày 15/05/2023", "Tin tức - Sự kiện", "Bình Dương khởi công cầu Bạch Đằng 2", "", VI_TEASERS[1], "",
     "Dự án có tổng vốn đầu tư hơn 1.000 tỷ đồng."],
    # the article's widget under the section: its header, whatever paragraphs bear a tag
    ["Thứ 2, Ngày 15/05/2023", "Tin tức", TITLE, WIDGET, "", *VI_TEASERS],
])
def test_a_date_line_over_a_section_and_one_article_stays_its_header(lines):
    page = parse_page("\n".join(lines))
    assert (page.kind, page.lines[0].role) == ("article", "date_header")


@pytest.mark.parametrize(("credit", "credits"), [
    # (hunt24, item 3) the writer named by a label, marks or none, with another part too
    ("Tác giả: Ngọc Thư", {"reporter": "Ngọc Thư"}), ("Tac gia: Ngoc Thu", {"reporter": "Ngoc Thu"}),
    ("Phóng viên: Ngọc Thư", {"reporter": "Ngọc Thư"}), ("Người viết: Thanh Hải", {"reporter": "Thanh Hải"}),
    ("Thực hiện: Thanh Hải", {"reporter": "Thanh Hải"}), ("Thực hiện: PV", {"reporter": "PV"}),
    ("Author: Nguyen Trang", {"reporter": "Nguyen Trang"}),
    ("Authors: Mai Xuan and Nguyen Trang", {"reporter": "Mai Xuan, Nguyen Trang"}),
    ("Tác giả: Ngọc Thư - Ảnh: Minh Duy", {"reporter": "Ngọc Thư", "photographer": "Minh Duy"}),
    # (hunt24, item 5) the newsroom's post written with full stops between its initials, alone or with other parts
    ("P.V", {"reporter": "P.V"}), ("P.V.", {"reporter": "P.V"}), ("Nhóm P.V", {"reporter": "Nhóm P.V"}),
    ("C.T.V", {"reporter": "C.T.V"}), ("B.B.T", {"editor": "B.B.T"}),
    ("P.V - Ảnh: Minh Duy", {"reporter": "P.V", "photographer": "Minh Duy"}),
])
def test_a_writer_s_label_or_post_credits_the_writer(credit, credits):
    page = parse_page(_article(credit))
    assert [line.role for line in page.lines if line.text == credit] == ["credit"]
    assert page.credits == credits


@pytest.mark.parametrize("line", ["Thực hiện: Kế hoạch số 12/KH-UBND của UBND tỉnh", "Thực hiện: Ban Chỉ đạo tỉnh"])
def test_made_by_with_no_person_after_it_is_no_credit(line):
    page = parse_page(_article(line))
    assert (page.credits, [entry.role for entry in page.lines if entry.text == line]) == (None, ["heading"])


@pytest.mark.parametrize(("above", "role"), [
    # (hunt24, item 4) a slash beside a digit is a date's or a period's: the title
    ("Sơ kết công tác quý I/2023", "title"), ("Mít tinh kỷ niệm Quốc khánh 2/9", "title"),
    ("Kỷ niệm 93 năm ngày thành lập Đảng (3/2/1930 - 3/2/2023)", "title"), ("Review of Q1/2023 results", "title"),
    ("Triển khai Quyết định số 512/QĐ-UBND của UBND tỉnh", "title"),
    # a slash between words, spaced or not, stays a breadcrumb's
    ("Tin tức / Sự kiện", "nav"), ("Tin tức/Sự kiện", "nav"), ("Home / News / Investment", "nav"),
])
def test_a_slash_above_the_date_line_is_a_breadcrumb_s_only_between_words(above, role):
    page = parse_page("\n".join([above, DATE_LINE, WIDGET, "05/01/2022 | Nguyen Trang", "", EN_LEAD, *FOOT]))
    assert (page.lines[0].role, page.title) == (role, above if role == "title" else None)


@pytest.mark.parametrize("line", ["V.P", "Ph.V"])
def test_initials_that_are_no_post_sign_off_nothing(line):
    assert parse_page(_article(line)).credits is None


def _cut_article(*lines: str) -> str:
    return "\n".join([DATE_LINE, TITLE, WIDGET, "", EN_LEAD, "", EN_BODY, "", *lines])


@pytest.mark.parametrize(("sign_off", "credits"), [
    # (hunt24, item 6) a page with no footer whose last line is a sign-off a mark tells from a cut sentence: the
    # newsroom's post, a compiled note, a credit part after the names; not cut there, read as with the footer
    ("PV", {"reporter": "PV"}), ("Nhóm PV", {"reporter": "Nhóm PV"}), ("P.V", {"reporter": "P.V"}),
    ("PV.", {"reporter": "PV"}), ("BBT", {"editor": "BBT"}), ("PV - Tổng hợp", {"reporter": "PV"}),
    ("Minh Duy - TH", {"reporter": "Minh Duy"}), ("Minh Duy (tổng hợp)", {"reporter": "Minh Duy (tổng hợp)"}),
    ("Mai Xuan - Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
])
def test_a_marked_sign_off_ends_a_page_with_no_footer_uncut(sign_off, credits):
    page = parse_page(_cut_article(sign_off))
    assert (page.lines[-1].role, page.credits) == ("credit", credits)
    assert page.credits == parse_page(_article(sign_off)).credits
    assert [code for code, *_ in page.warnings] == ["no_footer"]


@pytest.mark.parametrize("last", [
    # names alone may be a cut sentence's first words (DESIGN's cautious choice), and so may a section's name or a
    # sentence's piece: the dump ends inside a paragraph
    "Minh Duy", "Kinh Tế", "The province continues to improve its business", "PV của Báo Bình Dương đã",
])
def test_an_unmarked_last_line_of_a_page_with_no_footer_is_cut(last):
    page = parse_page(_cut_article(last))
    assert (page.lines[-1].role, page.credits) == ("body", None)
    assert [code for code, *_ in page.warnings] == ["no_footer", "truncated"]


@pytest.mark.parametrize(("items", "cut"), [
    # (hunt24, item 9) the dump cut inside the last teaser, its others whole: Vietnamese, English, a lone teaser
    ([VI_TEASERS[0], "TTĐT - Tối 15/9, tại Nhà Thiếu nhi tỉnh, Tỉnh đoàn tổ chức chương trình Vui Tết Trung"], True),
    ([EN_TEASERS[0], "PORTAL - On January 4, the Provincial People's Committee received a delegation of"], True),
    (["TTĐT - Tối 15/9, tại Nhà Thiếu nhi tỉnh, Tỉnh đoàn tổ chức chương trình Vui Tết Trung"], True),
    # whole teasers; a teaser the portal cut with its ellipsis; a pager under the last; teasers all cut alike by the
    # portal with no mark; headlines alone, which end no sentence
    (VI_TEASERS, False), (EN_TEASERS, False), ([VI_TEASERS[0], "TTĐT - Tối 15/9, tại Nhà Thiếu nhi tỉnh, Tỉnh đoàn…"], False),
    ([VI_TEASERS[0], "TTĐT - Tối 15/9, tại Nhà Thiếu nhi tỉnh, Tỉnh đoàn tổ chức", "« 1 2 3"], False),
    (["TTĐT - Sáng 10/3, tại Trung tâm Hành chính tỉnh, UBND tỉnh tổ chức",
      "TTĐT - Chiều 13/3, UBND tỉnh Bình Dương phối hợp với UBND tỉnh Đồng Nai"], False),
    (["\n".join(["Smart city plan approved by the province", "Why invest in Binh Duong?",
                 "Binh Duong welcomes a delegation of Korean investors",
                 "Binh Duong attracts more investment in the first quarter"])], False),
])
def test_a_listing_cut_inside_its_last_teaser_is_truncated(items, cut):
    page = parse_page("\n\n".join(["Tin tức - Sự kiện", *items]))
    assert page.kind == "listing"
    assert [code for code, *_ in page.warnings] == (["truncated"] if cut else [])


@pytest.mark.parametrize(("header", "stray", "teasers"), [
    # a share bar or views count that an extractor put right under a listing's header: the listing's nav, its items
    # still items, Vietnamese or English
    ("Tin tức - Sự kiện", ["Chia sẻ:"], VI_TEASERS), ("News - Smart City", ["Chia sẻ:"], EN_TEASERS),
    ("Tin tức", ["Chia sẻ:"], VI_TEASERS), ("News - Smart City", ["Share:"], EN_TEASERS),
    ("News - Smart City", ["Lượt người xem:  Views:   1280", "Chia sẻ:"], EN_TEASERS),
    ("Tin tức - Sự kiện", ["Chia sẻ:"], VI_TEASERS[:1]),
])
def test_a_stray_share_bar_under_a_listing_s_header_is_its_nav(header, stray, teasers):
    page = parse_page("\n\n".join([header, *stray, *teasers]))
    assert page.kind == "listing"
    assert [line.role for line in page.lines] == ["listing_header", *["nav"] * len(stray), *["listing_item"] * len(teasers)]
    assert (page.views, page.warnings) == (1280 if len(stray) > 1 else None, [])


@pytest.mark.parametrize("first", [
    # no listing's header above the share bar: a headless article's heading, as before
    "Binh Duong attracts more investment", "Kinh tế Bình Dương tăng tốc",
])
def test_a_stray_share_bar_under_no_listing_header_leaves_an_article(first):
    page = parse_page("\n\n".join([first, "Chia sẻ:", *EN_TEASERS]))
    assert (page.kind, page.lines[1].role) == ("article", "nav")
