"""Page parser leftovers of session 24's reviews and hunt (page17): each a family of real lines that read wrong."""

from __future__ import annotations

import unicodedata

import pytest

from bdtools.parsers.page import parse_page, sign_off_credits

DATE_LINE = "Thứ 4, Ngày 05/01/2022, 16:00"
TITLE = "Binh Duong attracts more investment in the first quarter"
WIDGET = "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)"
HEADER = [DATE_LINE, TITLE, WIDGET]
EN_LEAD = ("PORTAL - In the first quarter of 2022, Binh Duong attracted more than 1 billion USD of foreign investment, up "
           "20 percent over the same period last year.")
EN_BODY = "The province continues to improve its business environment and support enterprises."
VIEWS = "Lượt người xem:  Views:   1280"
NOTE = "Ghi rõ nguồn Cổng thông tin điện tử tỉnh Bình Dương khi phát hành lại thông tin từ website này."
BARE_NOTE = "Ghi ro nguon Cong thong tin dien tu tinh Binh Duong khi phat hanh lai thong tin tu website nay."
EN_NOTE = "Please cite the Binh Duong Provincial Portal when republishing information from this website."
ACTIONS = ["Manage PermissionsManage Permissions", "Content Type: Tin tức", "Created at by"]


def _roles(lines: list[str], newline: str = "\n", form: str = "NFC") -> list[str]:
    return [line.role for line in parse_page(unicodedata.normalize(form, newline.join(lines))).lines]


@pytest.mark.parametrize("note", [NOTE, BARE_NOTE, EN_NOTE])
@pytest.mark.parametrize(("share", "again"), [
    # the views line doubled under the share bar, or the views count alone after it
    ("Chia sẻ:", [VIEWS]), ("Share:", [VIEWS]), ("Chia sẻ:", ["Lượt người xem:  Views:", "1280"]),
    # the share bar doubled after the actions (control: no views line again, read so before)
    ("Chia sẻ:", [ACTIONS[0], "Chia sẻ:"]),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_footer_line_again_further_down_leaves_the_note_under_the_views_line_the_footer_s(note, share, again, newline):
    # (review of _footer_again) the views line, the portal's note, the share bar, then a footer line again: the run's
    # line again made the views line a stray one (nav) and the note the body's last paragraph
    page = parse_page(newline.join([*HEADER, EN_LEAD, EN_BODY, VIEWS, note, share, *again, *ACTIONS]))
    assert [line.role for line in page.lines][3:8] == ["body", "body", "views", "unknown", "share"]
    assert page.views == 1280


@pytest.mark.parametrize(("middle", "roles"), [
    # (near misses) a stray line amid the body, the last paragraph under it, then the footer from its head (a views
    # line, or the share bar again): the paragraph is the body
    (["Chia sẻ:", EN_BODY, VIEWS, "Chia sẻ:"], ["nav", "body", "views", "share"]),
    ([VIEWS, EN_BODY, VIEWS, "Chia sẻ:"], ["nav", "body", "views", "share"]),
    (["Chia sẻ:", EN_BODY, "Chia sẻ:"], ["nav", "body", "share", "sp_action"]),
    (["Share:", EN_BODY, "Share:"], ["nav", "body", "share", "sp_action"]),
])
def test_a_stray_footer_line_amid_the_body_with_the_footer_s_head_under_the_paragraph_stays_stray(middle, roles):
    assert _roles([*HEADER, EN_LEAD, *middle, *ACTIONS])[4:8] == roles


VI_BODY = "Chùa được xây dựng vào năm 1741, trải qua nhiều lần trùng tu, hiện còn giữ được nhiều hiện vật quý."


@pytest.mark.parametrize("caption", [
    # (review) a short caption, its credit wrapped inside the bracket on the lines under it
    ["Quang cảnh hội nghị", "(Ảnh: Minh", "Duy)"], ["Quang canh hoi nghi", "(Anh: Minh", "Duy)"],
    ["Delegates at the booth", "(Photo: Minh", "Duy)"], ["Quang cảnh hội nghị", "(Ảnh:", "Minh Duy)"],
    ["Quang cảnh hội nghị tại Trung tâm Hội nghị và Triển lãm tỉnh", "(Ảnh: Minh", "Duy)"],
    # the caption and the credit's label on a line, the names under it
    ["Đại biểu tham quan (Ảnh:", "Minh Duy)"], ["Dai bieu tham quan (Anh:", "Minh Duy)"],
    ["Delegates at the booth (Photo:", "Minh Duy)"],
])
@pytest.mark.parametrize("body", [EN_BODY, VI_BODY])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_caption_wrapped_inside_its_credit_is_caption_and_names_the_photographer(caption, body, newline):
    page = parse_page(newline.join([*HEADER, EN_LEAD, body, "", *caption, "", body, VIEWS, *ACTIONS]))
    captions = [line for line in page.lines if 7 <= line.number < 7 + len(caption)]  # (a long one joins its wrap)
    assert ("\n".join(line.text for line in captions), {line.role for line in captions}) == ("\n".join(caption),
                                                                                          {"caption"})
    assert page.credits == {"photographer": "Minh Duy"}


@pytest.mark.parametrize(("lines", "roles"), [
    # (near misses) the name Anh in brackets on a line with marks, no credit; a line under the open bracket that
    # closes none
    (["Gặp gỡ chị Lan (Anh: Minh", "Duy)"], ["heading", "heading"]),
    (["Quang cảnh hội nghị (Ảnh: Minh", "Duy"], ["caption", "caption"]),
    # a credit in brackets whole on its line stays a credit line
    (["Quang cảnh hội nghị", "(Ảnh: Minh Duy)"], ["caption", "credit"]),
])
def test_a_line_near_a_wrapped_picture_credit_keeps_its_role(lines, roles):
    page = parse_page("\n".join([*HEADER, EN_LEAD, EN_BODY, "", *lines, "", EN_BODY, VIEWS, *ACTIONS]))
    assert [line.role for line in page.lines if line.text in lines] == roles


BYLINE = "05/01/2022 | Nguyen Trang"


@pytest.mark.parametrize(("line", "role"), [
    # the portal's menu on one line, in capitals, marked or not, either portal's: nav above the date line
    ("TIN TỨC", "nav"), ("TIN TUC", "nav"), ("TIN TỨC - SỰ KIỆN", "nav"), ("THỂ THAO", "nav"), ("THE THAO", "nav"),
    ("GIỚI THIỆU", "nav"), ("HOME NEWS INVESTMENT", "nav"), ("Culture Sports Tourism", "nav"), ("NEWS AND EVENTS", "nav"),
    ("TIN TỨC ENGLISH", "nav"), ("NEWS TIẾNG VIỆT", "nav"),
    # (review) a title in capitals whose words only the other language's menu spells without marks ("thể" "the"),
    # or with a number, which no menu item has: the title
    ("THE NEWS", "title"), ("The News", "title"), ("EVENTS 2023", "title"), ("Events 2023", "title"),
    ("KINH TẾ 2023", "title"), ("SO DO THE NEWS", "title"),
    # (controls) titles in capitals with other words
    ("BÌNH DƯƠNG THU HÚT ĐẦU TƯ", "title"), ("DU LỊCH BÌNH DƯƠNG", "title"),
])
def test_a_line_of_menu_words_above_the_date_line_is_nav_and_a_title_in_capitals_the_title(line, role):
    page = parse_page("\n".join([line, DATE_LINE, WIDGET, BYLINE, EN_LEAD, EN_BODY, VIEWS, *ACTIONS]))
    assert (page.lines[0].role, page.title) == (role, line if role == "title" else None)


@pytest.mark.parametrize(("sign_off", "credits"), [
    # (review) a translator's note alone in brackets after the names, the page given to parse_page unnormalised (NFD,
    # not through clean's NFC): the translator's, as in NFC
    ("Mai Xuân (dịch)", {"translator": "Mai Xuân"}), ("Mai Xuân (Dịch)", {"translator": "Mai Xuân"}),
    ("Hoàng Anh (lược dịch)", {"translator": "Hoàng Anh"}), ("Mai Xuân (biên dịch)", {"translator": "Mai Xuân"}),
    ("Hoàng Anh [người dịch]", {"translator": "Hoàng Anh"}),
    # (controls) without marks, and in English
    ("Hoang Anh (dich)", {"translator": "Hoang Anh"}), ("Nguyen Trang (translated)", {"translator": "Nguyen Trang"}),
])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_translator_s_note_after_the_names_reads_alike_in_either_normal_form(sign_off, credits, form):
    page = parse_page(unicodedata.normalize(form, "\n".join([*HEADER, EN_LEAD, EN_BODY, sign_off, VIEWS, *ACTIONS])))
    assert {field: unicodedata.normalize("NFC", names) for field, names in (page.credits or {}).items()} == credits


VI_LEAD = "TTĐT - Sáng 14/3, Sở Lao động - Thương binh và Xã hội tổ chức hội nghị triển khai nhiệm vụ năm 2023."
VI_PARAGRAPH = "Hội nghị thống nhất nhiều giải pháp trọng tâm."
VI_ARTICLE = [DATE_LINE, "Hội nghị triển khai nhiệm vụ năm 2023", WIDGET, "", VI_LEAD, "", VI_PARAGRAPH, ""]


@pytest.mark.parametrize(("sign_off", "credits"), [
    # (hunt 24, item 5) the newsroom's post before the names, marked or not, in full or its initials
    ("CTV Văn Thắng", {"reporter": "Văn Thắng"}), ("CTV Van Thang", {"reporter": "Van Thang"}),
    ("PV Minh Duy", {"reporter": "Minh Duy"}), ("Phóng viên Hồng Phúc", {"reporter": "Hồng Phúc"}),
    ("Cộng tác viên Văn Thắng", {"reporter": "Văn Thắng"}), ("Nhóm PV Hồng Phúc", {"reporter": "Hồng Phúc"}),
    ("BBT Minh Duy", {"editor": "Minh Duy"}),
    # the post's initials with full stops, spaced or not
    ("P. V", {"reporter": "P. V"}), ("P.V", {"reporter": "P.V"}), ("C. T. V", {"reporter": "C. T. V"}),
    # (controls) the post alone
    ("CTV", {"reporter": "CTV"}), ("PV", {"reporter": "PV"}),
])
@pytest.mark.parametrize("footer", [[VIEWS, *ACTIONS], []])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_sign_off_with_the_newsroom_s_post_is_a_credit(sign_off, credits, footer, newline):
    page = parse_page(newline.join([*VI_ARTICLE, sign_off, "", *footer]))
    assert ([line.role for line in page.lines if line.text == sign_off], page.credits) == (["credit"], credits)
    assert "truncated" not in {code for code, *_ in page.warnings}


@pytest.mark.parametrize("line", [
    # (near misses) a company whose name opens with the post's letters, a board that is no newsroom's
    "PV Power tăng trưởng", "PV Gas", "Ban Quản lý dự án",
])
def test_a_line_that_opens_with_a_post_s_letters_and_names_no_one_is_no_credit(line):
    page = parse_page("\n".join([*VI_ARTICLE, line, "", VIEWS, *ACTIONS]))
    assert ([line_.role for line_ in page.lines if line_.text == line], page.credits) == (["heading"], None)


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_sign_off_names_no_one(text):
    # (the post-before-names reading, _names_after_a_post, read the first word of a text that had none: IndexError)
    assert sign_off_credits(text) is None


JA_LEAD = "PORTAL - 1月7日午後、ビンズオン省人民委員会はスマートシティ推進会議を開催しました。"
JA_BODY = ["会議では、2022年の重点課題について議論が行われました。", "参加者は新しい計画について意見を交換しましたか？"]
VI_ITEMS = ["- Tăng cường công tác tuyên truyền về chuyển đổi số;", "- Đẩy mạnh cải cách hành chính;"]


@pytest.mark.parametrize(("lead", "body"), [
    # (review of _SENTENCE_ENDS) a stray share bar amid the body, the body going on under it in sentences that end as
    # the Japanese portal's do, or in a list's items that end in a semicolon: nav over body, as an English body's
    (JA_LEAD, JA_BODY), (JA_LEAD, JA_BODY[:1]), (VI_LEAD, VI_ITEMS), (VI_LEAD, VI_ITEMS[:1]),
    (EN_LEAD, [EN_BODY]), (EN_LEAD, [EN_BODY, EN_BODY]),
])
@pytest.mark.parametrize("share", ["Chia sẻ:", "Share:"])
def test_the_body_under_a_stray_share_bar_goes_on_whatever_ends_its_sentences(lead, body, share):
    # (one paragraph alone under the run reads so where the footer has the share bar again: `_footer_again`)
    page = parse_page("\n".join([*HEADER, lead, share, *body, VIEWS, share, *ACTIONS]))
    roles = [line.role for line in page.lines][3:]
    assert roles[: 4 + len(body)] == ["body", "nav", *["body"] * len(body), "views", "share"]


@pytest.mark.parametrize("under", [["Tin liên quan:", "Bình Dương thu hút hơn 2 tỷ USD vốn FDI"], ["Related news:"]])
def test_a_related_heading_under_the_share_bar_leaves_it_the_footer(under):
    # (near miss) a colon ends a label or a related-news heading, no sentence: the share bar stays the footer's
    page = parse_page("\n".join([*HEADER, EN_LEAD, EN_BODY, VIEWS, "Chia sẻ:", *under, *ACTIONS]))
    assert [line.role for line in page.lines][5:7] == ["views", "share"]


@pytest.mark.parametrize("date", ["(20/07/2023)", "20/07/2023", "(20/07/2023 08:30)", "(2023-07-20)",
                                  "Cập nhật: 20/07/2023", "Updated: 20/07/2023"])
@pytest.mark.parametrize(("heading", "titles"), [
    ("Các tin khác", ["Ra mắt mô hình Chi đoàn số tại Thành phố Thủ Dầu Một", "Tuyên dương 100 thanh niên tiêu biểu"]),
    ("Related news:", ["Binh Duong attracts over 2 billion USD of FDI", "Investment promotion in Korea"]),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_related_item_s_date_on_its_own_line_is_its_date_in_every_form_a_listing_s_is(date, heading, titles, newline):
    # (hunt 24, item 8) a related item's date in brackets was a related_title, where a listing's is a listing_date
    page = parse_page(newline.join([*VI_ARTICLE, "Minh Duy", "", heading, titles[0], date, titles[1], date, "", VIEWS,
                                    *ACTIONS]))
    roles = [line.role for line in page.lines if line.text in (heading, *titles, date)]
    assert roles == ["related_header", "related_title", "related_date", "related_title", "related_date"]


def test_a_related_title_that_ends_in_its_date_stays_a_title():
    # (near miss) the date in brackets after the title's words, on its line
    title = "Ra mắt mô hình Chi đoàn số tại Thành phố Thủ Dầu Một (20/07/2023)"
    page = parse_page("\n".join([*VI_ARTICLE, "Minh Duy", "", "Các tin khác", title, "", VIEWS, *ACTIONS]))
    assert [line.role for line in page.lines if line.text == title] == ["related_title"]
