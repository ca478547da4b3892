"""Lines between header and footer in forms the seeds do not show (a probe of the page family wrote them):
lists, tables, addresses, headings marked by numbers or capitals, Vietnamese captions, body headings
spelt like footer labels, navigation above the header, a title that opens like a header, hyphenated
words at a lead's start, photo descriptions. Each page is a sample with lines put in or replaced."""

from __future__ import annotations

import textwrap

import pytest

from bdtools.parsers.page import _MAX_TITLE_CHARS, caption_credits, parse_page, sign_off_credits
from bdtools.pipeline import process

from conftest import credits_of, sample_text

ARTICLE = sample_text("003")  # header, six body paragraphs, the caption "Overview of the meeting", the footer
LAST_PARAGRAPH = "At conclusion of the meeting"
CAPTION = "Overview of the meeting"


def with_lines(lines: list[str], before: str = LAST_PARAGRAPH, page: str = ARTICLE) -> str:
    """The page with ``lines`` (a blank line after the last) put in above the line that starts with ``before``."""
    place = page.index("\n" + before) + 1
    return page[:place] + "\n".join(lines) + "\n\n" + page[place:]


def roles_of(page: str, texts: list[str]) -> list[str]:
    """The role of the first line of each of ``texts`` (as one page line, stripped)."""
    by_text: dict[str, str] = {}
    for line in parse_page(page).lines:
        by_text.setdefault(line.text, line.role)
    return [by_text[text] for text in texts]


def roles_of_lines(page: str, texts: list[str]) -> list[str]:
    """The role of the entry each of ``texts`` stands in, one line of a hard-wrapped entry too."""
    by_text = {text: line.role for line in parse_page(page).lines for text in line.text.split("\n")}
    return [by_text[text] for text in texts]


def test_list_items_and_table_rows_are_body_and_in_the_text():
    items = [
        "The plan sets these tasks:",
        "- Completing the provincial data center",
        "- Digitizing land records, business records and civil status records",
        "• Training digital skills for officials",
        "a) Upgrade the provincial integration platform",
        "(b) Complete the shared database on population",
    ]
    numbered = ["Three targets follow:", "", "1. 100% of administrative procedures are provided online",
                "2. 80% of records are processed online, with results returned digitally", "3. Every commune has a team"]
    table = ["Indicator\t2020\t2021", "GRDP (%)\t2.92\t2.89", "| Export | 29.5 | 32.2 |"]
    page = with_lines(items + [""] + numbered + [""] + table)
    texts = [line for line in items + numbered + table if line]
    assert roles_of(page, texts) == ["body"] * len(texts)
    record = process({"id": "0" * 16, "text": page})
    assert all(text in record["text"] for text in texts)


@pytest.mark.parametrize("heading", ["OUTSTANDING RESULTS", "DIGITAL GOVERNMENT", "2. Digital government", "II. KẾT QUẢ NỔI BẬT"])
def test_headings_marked_by_number_or_capitals_are_headings_after_a_caption_too(heading):
    page = ARTICLE.replace(CAPTION + "\n", f"{CAPTION}\n\n{heading}\n", 1)
    assert roles_of(page, [CAPTION, heading]) == ["caption", "heading"]


@pytest.mark.parametrize("line", ["ICF", "GRDP (%)", "PHOTO: OVERVIEW OF THE CONFERENCE", "ẢNH MINH HỌA"])
def test_an_acronym_alone_or_a_caption_in_capitals_is_not_marked_as_a_heading(line):
    page = ARTICLE.replace(CAPTION + "\n", f"{CAPTION}\n\n{line}\n", 1)
    assert roles_of(page, [line]) == ["caption"]  # a line under a caption, as the seeds' second captions


@pytest.mark.parametrize("caption", [
    "Quang cảnh cuộc họp", "Ảnh minh họa", "(Ảnh minh hoạ)", "Quang canh hoi nghi",
    "Đồng chí Nguyễn Văn Lợi (thứ 2 từ trái sang) trao quà", "Ông John Jung (giữa) phát biểu", "Các đại biểu chụp ảnh lưu niệm",
])
def test_vietnamese_captions_are_told_by_their_cues(caption):
    page = ARTICLE.replace(CAPTION, caption, 1)
    assert roles_of(page, [caption]) == ["caption"]
    assert caption not in process({"id": "0" * 16, "text": page})["text"]


@pytest.mark.parametrize("line", [
    "https://dichvucong.binhduong.gov.vn", "www.binhduong.gov.vn", "sotttt@binhduong.gov.vn", "(Continued)", "(Còn nữa)",
])
def test_addresses_and_notes_are_body(line):
    page = with_lines(["The portal is at the address:", line])
    assert roles_of(page, ["The portal is at the address:", line]) == ["body", "body"]


@pytest.mark.parametrize(("line", "role"), [
    ("Delegates at the signing ceremony:", "caption"),  # in the caption's place: a caption, whatever its ending
    ("TTĐT - Chiều 10/9, UBND tỉnh họp về Đề án Thành phố thông minh.", "body"),  # a lead there: no caption
    ("The board met on Monday. It set the tasks of the smart city project for 2022.", "body"),  # two sentences
    ("Mr. John Jung (middle) speaks at the meeting.", "caption"),  # "Mr." ends no sentence
    ("Đoàn viên thanh niên trồng cây xanh trên tuyến đường", "caption"),
    ("Youth union members plant trees along the road", "caption"),
    # (review) in capitals or after a bullet, right under the file name too
    ("ĐOÀN VIÊN THANH NIÊN TRỒNG CÂY XANH TRÊN TUYẾN ĐƯỜNG", "caption"),
    ("YOUTH UNION MEMBERS PLANT TREES ALONG THE ROAD", "caption"),
    ("- Đoàn viên thanh niên trồng cây xanh trên tuyến đường", "caption"),
    ("- Youth union members plant trees along the road", "caption"),
    ("II. KẾT QUẢ ĐẠT ĐƯỢC", "heading"),  # numbered: a heading anywhere
    # (readthrough B4) a paragraph of one sentence that opens as a lead does, longer than a heading (was a caption)
    ("Theo Thị đoàn Bến Cát, tuyến đường dài hơn 1 km được lắp đặt hệ thống đèn chiếu sáng, trồng hoa và cây xanh hai "
     "bên đường.", "body"),
    ("In 2021, the youth union planted more than 5,000 trees along the new road through Thu Dau Mot city.", "body"),
    # but a caption that describes the picture, or has a cue, whatever it opens with
    ("At the ceremony, Provincial leaders present gifts to policy families in An Binh commune, Phu Giao district.",
     "caption"),
    ("Tại buổi lễ, quang cảnh tuyến đường thanh niên dài hơn 1 km với hệ thống đèn chiếu sáng, hoa và cây xanh.",
     "caption"),
    # (readthrough 2, B7) the Vietnamese twin of a scene, people and what they do there (were body)
    ("Chiều 4/1, lãnh đạo tỉnh trao quà cho công nhân có hoàn cảnh khó khăn tại Khu công nghiệp VSIP.", "caption"),
    ("Sáng 6/4, Phó Chủ tịch UBND tỉnh Nguyễn Văn Lộc thăm hỏi gia đình chính sách tại xã An Bình, huyện Phú Giáo.",
     "caption"),
    ("Theo Ban tổ chức, các đại biểu tham quan gian hàng của doanh nghiệp tại hội chợ triển lãm năm 2023.", "caption"),
])
# The caption's place: two blank lines (where the dump left the picture), or right under the picture's file name.
@pytest.mark.parametrize("place", [["", ""], ["", "tuyen-duong.jpg"], ["", "", "photo.jpg"], ["", "IMG_0123.JPG"]])
def test_what_stands_in_the_captions_place(line, role, place):
    """A caption right under an image file's name was a heading (fused to the name it was a caption)."""
    page = with_lines([*place, line])
    assert roles_of(page, [line]) == [role]


@pytest.mark.parametrize("lines", [
    # (review) a caption wrapped onto a long second line that goes on in lower case and ends a sentence: was a heading
    ["Provincial leaders present gifts to policy families", "in An Binh commune, Phu Giao district on the occasion of the "
     "Lunar New Year 2022."],
    ["Lãnh đạo tỉnh thăm hỏi gia đình chính sách", "tại xã An Bình, huyện Phú Giáo nhân dịp Tết Nguyên đán Nhâm Dần năm 2022."],
])
@pytest.mark.parametrize("place", [["", ""], ["", "tuyen-duong.jpg"], ["", "IMG_0123.JPG"]])
@pytest.mark.parametrize("portal", ["en", "vi"])
def test_a_caption_going_on_in_lower_case_heads_nothing(lines, place, portal):
    """Only a line that opens a sentence is a paragraph a heading in the caption's place stands over."""
    page = with_lines([*place, *lines]) if portal == "en" else with_lines([*place, *lines], "Minh Hải", VIETNAMESE_PAGE)
    assert roles_of_lines(page, lines)[0] == "caption"


@pytest.mark.parametrize(("lines", "expected"), [
    # a caption wrapped onto two lines: both captions (on the English portal the second was a heading under a file name)
    (["Đoàn viên thanh niên trồng cây xanh trên tuyến đường", "Quốc lộ 13 đoạn qua thành phố Thủ Dầu Một"], ["caption"] * 2),
    (["Youth union members plant trees along the road", "National Highway 13 through Thu Dau Mot city"], ["caption"] * 2),
    # (review) its second line ending in a full stop, no longer than a heading (was body, in the text)
    (["Youth union members plant trees along the road", "National Highway 13 through Thu Dau Mot city."], ["caption"] * 2),
    (["Delegates visit the exhibition", "Binh Duong Smart City Operation Center."], ["caption"] * 2),
    # a heading with its paragraph right under it, no blank line between (a caption has one under it): was a caption
    (["Kết quả đạt được", "Trong năm 2021, toàn tỉnh đã trồng được hơn 50.000 cây xanh trên các tuyến đường, công viên và "
      "khu dân cư."], ["heading", "body"]),
    (["Outstanding results", "In 2021, the province planted more than 50,000 trees along roads, in parks and residential "
      "areas."], ["heading", "body"]),
    # a caption that names people doing something, its paragraph right under it: the seeds' (was a heading)
    (["Provincial Party Secretary Nguyen Van Loi speaks at the reception", "The Secretary of the Provincial Party "
      "Committee acknowledged and gratefully thanked the ICF's orientations."], ["caption", "body"]),
    # a caption and its credit; a caption with a cue over a paragraph stays one
    (["Đoàn viên thanh niên trồng cây xanh", "Ảnh: Hồng Phúc"], ["caption", "credit"]),
    (["Overview of the meeting", "In 2021, the province planted more than 50,000 trees along roads, in parks and residential "
      "areas."], ["caption", "body"]),
])
@pytest.mark.parametrize("place", [["", ""], ["", "tuyen-duong.jpg"], ["", "", "photo.jpg"], ["", "IMG_0123.JPG"]])
@pytest.mark.parametrize("portal", ["en", "vi"])
def test_two_lines_in_the_captions_place(lines, expected, place, portal):
    """A second line chained under a caption in the caption's place: a caption wrapped onto two lines, or a heading
    and its paragraph (a caption whose first line is a wrapped piece's is one entry, a caption: `_unwrapped`); on an
    English-portal article and a Vietnamese-portal one, above its sign-off."""
    page = with_lines([*place, *lines]) if portal == "en" else with_lines([*place, *lines], "Minh Hải", VIETNAMESE_PAGE)
    assert roles_of_lines(page, lines) == expected


@pytest.mark.parametrize("line", ["Q: What are the highlights of 2021?", "Hỏi: Xin ông cho biết kết quả năm 2021?"])
def test_an_interview_question_is_body(line):
    assert roles_of(with_lines([line], before="In the coming time"), [line]) == ["body"]


@pytest.mark.parametrize("heading", ["Workflows", "Chia sẻ", "Version History"])
def test_a_body_heading_spelt_like_a_footer_label_leaves_the_rest_of_the_body_in_place(heading):
    page = with_lines([heading], before="In the coming time")
    parsed = parse_page(page)
    assert roles_of(page, [heading]) == ["heading"]
    body = [line.role for line in parsed.lines if line.text.startswith(("In the coming time", LAST_PARAGRAPH))]
    assert body == ["body", "body"]
    assert [code for code, *_ in parsed.warnings] == []
    assert parsed.views == 25 and parsed.content_type == "Tin Tức Mở Rộng"


def test_a_footer_line_no_prose_follows_still_starts_the_footer():
    """Share buttons written out after "Chia sẻ:" are no body: the footer starts where it did."""
    page = ARTICLE.replace("Chia sẻ:\n", "Chia sẻ:\nFacebook\nZalo\n", 1)
    roles = dict((line.text, line.role) for line in parse_page(page).lines)
    assert (roles["Chia sẻ:"], roles["Facebook"], roles["Zalo"]) == ("share", "unknown", "unknown")


@pytest.mark.parametrize("nav", [["Trang chủ"], ["Trang chủ", "Tin tức - Sự kiện", "Thành phố thông minh"],
                                 ["Home", "News", "Smart City", "Events", "Binh Duong"]])
def test_navigation_lines_above_the_header(nav):
    parsed = parse_page("\n".join(nav) + "\n" + ARTICLE)
    assert [line.role for line in parsed.lines[: len(nav) + 2]] == ["nav"] * len(nav) + ["date_header", "title"]
    assert parsed.title == "Promote construction of Binh Duong Smart City in the period of 2021-2026"
    assert parsed.byline == {"date_raw": "14/09/2020", "author": "Nguyen Trang"}


SITE_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Đầu tư", "Du lịch", "Thủ tục hành chính", "Văn bản",
             "Liên hệ", "Sơ đồ cổng"]


@pytest.mark.parametrize("menu", [SITE_MENU, SITE_MENU * 4])
def test_a_site_menu_longer_than_five_lines_above_a_framed_header(menu):
    """A dump that keeps the site's menu (a line an item): past five lines above it, the header was not looked
    for, and the page lost its date, title and byline (menu, header, title and byline read as headings)."""
    parsed = parse_page("\n".join(menu) + "\n" + ARTICLE)
    assert [line.role for line in parsed.lines[: len(menu) + 2]] == ["nav"] * len(menu) + ["date_header", "title"]
    assert parsed.byline == {"date_raw": "14/09/2020", "author": "Nguyen Trang"}


def test_a_date_line_under_six_lines_without_the_widget_is_no_header():
    """Beyond the first lines, only the widget under it makes a date line the page's header."""
    unframed = "\n".join(SITE_MENU) + "\n" + "\n".join(line for line in ARTICLE.splitlines() if "Font size" not in line)
    assert "date_header" not in [line.role for line in parse_page(unframed).lines]


def test_a_title_that_opens_like_a_header_is_the_title():
    title = "Thứ Hai, 14/9/2020: Bình Dương ghi nhận 12 ca mắc mới"
    page = ARTICLE.replace("Promote construction of Binh Duong Smart City in the period of 2021-2026", title, 1)
    record = process({"id": "0" * 16, "text": page})
    assert (record["title"], record["published"], record["byline"]["date"]) == (title, "2020-09-14T11:00:00+07:00", "2020-09-14")


@pytest.mark.parametrize("lead", ["COVID-19 did not stop the meeting: on the afternoon of September 10, the board met.",
                                  "EU-funded projects were reviewed on the afternoon of September 10."])
def test_a_hyphenated_word_that_opens_the_lead_is_no_agency_tag(lead):
    page = ARTICLE.replace(ARTICLE.splitlines()[5], lead, 1)
    assert parse_page(page).agency is None


def test_a_listing_teaser_that_opens_with_a_hyphenated_word_leaves_the_listing_its_agency():
    teasers = ["TTĐT - Chiều 10/9, Ban Điều hành họp về Đề án.", "COVID-19 đã ảnh hưởng đến mọi lĩnh vực.",
               "TTĐT - Sáng 12/9, tỉnh tiếp đoàn ICF."]
    assert parse_page("Tin tức - Thành phố thông minh\n\n" + "\n\n".join(teasers)).agency == "TTĐT"


@pytest.mark.parametrize("line", ["Photo: Delegates and ICF leaders", "Photo: Provincial Party Secretary Nguyen Van Loi speaks"])
def test_a_photo_description_is_a_caption_not_a_credit(line):
    page = ARTICLE.replace(CAPTION, line, 1)
    parsed = parse_page(page)
    assert roles_of(page, [line]) == ["caption"] and parsed.credits is None


@pytest.mark.parametrize(("line", "photographer"), [
    ("Ông Võ Văn Minh, Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị. Ảnh: H.P", "H.P"),
    ("Đại biểu tham dự hội nghị - Ảnh: Hồng Phúc", "Hồng Phúc"),
    ("Delegates visit the Smart Operation Center (Photo: Minh Duy)", "Minh Duy"),
])
def test_a_caption_that_ends_in_its_pictures_credit(line, photographer):
    """The standard caption of Vietnamese news: it was body or a heading (in the text), its credit not read."""
    page = with_lines([line], before="In the coming time")
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [line]) == ["caption"] and record["credits"] == credits_of(photographer=photographer)
    assert line not in record["text"]


@pytest.mark.parametrize("credit", ["Photo: Hong Phuc", "Ảnh: Hồng Phúc"])
def test_a_short_line_right_above_a_pictures_credit_is_its_caption(credit):
    """It was a heading, in the text; with a blank line between, a topic stays one (a scene, people doing something,
    is a caption there too: `_describes_a_scene`)."""
    caption, topic = "Delegates attend the launching ceremony", "The launching ceremony of the year"
    page = with_lines([caption + "\n" + credit], before="In the coming time")
    assert roles_of(page, [caption, credit]) == ["caption", "credit"]
    topic_page = with_lines([topic + "\n" + credit], before="In the coming time")
    assert roles_of(topic_page, [topic, credit]) == ["caption", "credit"]
    apart = with_lines([topic, "", credit], before="In the coming time")
    assert roles_of(apart, [topic, credit]) == ["heading", "credit"]
    apart = with_lines([caption, "", credit], before="In the coming time")
    assert roles_of(apart, [caption, credit]) == ["caption", "credit"]


def test_caption_credits_are_joined_and_a_credit_line_names_the_photographer_first():
    captions = ["Ông Võ Văn Minh phát biểu. Ảnh: Hồng Phúc", "", "Đại biểu dự họp - Ảnh: Minh Duy", "",
                "Quang cảnh hội nghị - Ảnh: Hồng Phúc"]
    assert parse_page(with_lines(captions, before="In the coming time")).credits == {"photographer": "Hồng Phúc, Minh Duy"}
    credited = with_lines([*captions, "", "Ảnh: Thanh Tâm"], before="In the coming time")
    assert parse_page(credited).credits == {"photographer": "Thanh Tâm"}


@pytest.mark.parametrize(("lines", "role"), [
    (["- Giải Nhất: tác phẩm “Mùa vàng” - Ảnh: Nguyễn Văn Hùng", "- Giải Nhì: tác phẩm “Lúa” - Ảnh: Trần Minh"], "body"),
    (["PV: Xin ông cho biết kế hoạch của tỉnh - Ảnh: Hồng Phúc", "Ông Minh: Tỉnh sẽ tập trung vào chuyển đổi số."], "body"),
    (["Chúc mừng năm mới 2022", "Bài, ảnh: Minh Duy"], "heading"),  # a credit line that names more than the picture's
])
def test_list_items_interview_turns_and_headings_above_an_article_s_credit_are_no_captions(lines, role):
    page = with_lines(lines, before="In the coming time")
    assert roles_of(page, lines[:1]) == [role]


def test_a_bar_ends_a_trailing_picture_credit():
    """The names ran across a bar: "H.P, Share" was the photographer."""
    assert caption_credits("Toàn cảnh - Photo: H.P | Share") is None
    assert caption_credits("Toàn cảnh hội nghị - Photo: H.P") == {"photographer": "H.P"}


@pytest.mark.parametrize("line", ["The delegates meet Ms. Anh: Nguyen Thi Lan", "An interview with Mr. Anh: Tran Van Mai"])
def test_a_title_s_full_stop_before_anh_ends_no_caption(line):
    """Without the marks "Anh:" may be "Ảnh:" (the picture's), after a sentence's full stop; after "Ms." it is a
    name: the name after it was read as a photographer (a review of the pages without their marks)."""
    assert caption_credits(line) is None
    assert caption_credits("Cac dai bieu cat bang khai mac. Anh: Minh Duy") == {"photographer": "Minh Duy"}


@pytest.mark.parametrize("line", ["Kết quả năm 2021 - Ảnh hưởng: lớn", "Năm 2021 tỉnh hoàn thành 95% chỉ tiêu. Ảnh hưởng: lớn"])
def test_a_line_with_a_colon_near_its_end_is_no_captioned_picture(line):
    page = with_lines([line], before="In the coming time")
    assert roles_of(page, [line]) != ["caption"] and parse_page(page).credits is None


def test_a_photo_credit_with_names_and_a_joiner_is_still_a_credit():
    page = ARTICLE.replace(CAPTION, "Photo: Hong Phuc and Minh Duy", 1)
    assert process({"id": "0" * 16, "text": page})["credits"] == credits_of(photographer="Hong Phuc, Minh Duy")


def test_a_credit_written_without_the_marks():
    page = ARTICLE.replace(CAPTION, "Tin, anh: Mai Xuan", 1)
    assert process({"id": "0" * 16, "text": page})["credits"] == credits_of(reporter="Mai Xuan", photographer="Mai Xuan")


def test_a_page_of_the_footer_alone_is_no_list_view():
    footer = ARTICLE[ARTICLE.index("Lượt người xem"):]
    parsed = parse_page(footer)
    assert parsed.kind == "article" and [code for code, *_ in parsed.warnings] == ["no_header"]
    assert parsed.views == 25


@pytest.mark.parametrize(("line", "role"), [
    ("Solid foundation, new successes", "heading"),
    ("Vượt khó, tăng trưởng ấn tượng", "heading"),
    ("Why an innovation startup ecosystem?", "heading"),
    ("Vì sao Bình Dương được vinh danh?", "heading"),
    ("From the success of Horasis 2018, Binh Duong hosts the event", "caption"),  # a comma and more words: a caption
    ("What will the province do to attract more investors in high technology in 2022?", "body"),  # a long question
])
def test_short_headings_with_a_comma_or_a_question_mark(line, role):
    page = with_lines([line], before="In the coming time")
    assert roles_of(page, [line]) == [role]


@pytest.mark.parametrize(("line", "role"), [
    # people and what the picture shows them doing (`_describes_a_scene`): the gold file's captions, and the English
    # hunt's, with one blank line above and no cue (were headings)
    ("Provincial Party Secretary Nguyen Van Loi speaks at the reception", "caption"),
    ("Provincial leaders discuss with ICF leaders", "caption"),
    ("Students at Eastern International University research and develop ST", "caption"),
    ("Delegates perform the groundbreaking ceremony", "caption"),
    ("Mr. Võ Văn Minh talks with workers at Kumho Tire Company", "caption"),
    ("Workers take part in a tug of war at the festival", "caption"),
    ("Leaders of the Provincial People's Committee present investment certificates to investors", "caption"),
    # a topic: the gold file's headings, and verbs that name no one doing them
    ("Solid foundation for new successes", "heading"), ("Building an innovation startup ecosystem", "heading"),
    ("Expanding international relations", "heading"), ("Set a new vision for Binh Duong", "heading"),
    ("Trade talks with Korea", "heading"), ("Support for workers who visit the city", "heading"),
    ("Kết quả đạt được", "heading"),
    # a scene's verb used as a noun, after a possessive, an article or a preposition: a topic (were captions)
    ("The President's visit to Japan", "heading"), ("Deputy Prime Minister’s working visit to Binh Duong", "heading"),
    ("Students' research projects", "heading"), ("People's Committee work plan for 2024", "heading"),
    ("Leaders of the delegation on a working visit", "heading"), ("Investors' tour of the industrial parks", "heading"),
    # ... but a verb after a plural subject or a name stays one (captions)
    ("Leaders of the two provinces sign the agreement", "caption"), ("Workers' representatives visit the factory", "caption"),
    # (readthrough 2, B1) the verb only right after the people phrase (a title, names, brackets, "of the …", "at …"):
    # a verb's form further on is a topic's noun (were captions)
    ("Head office work plan for 2024", "heading"), ("Students and the annual research programme", "heading"),
    ("Staff training plan and tourism work", "heading"),
    # ... and the people phrase's kinds, a verb with a comma after it (the gate's words)
    ("Mr. Nguyen Van Loi (middle) speaks at the ceremony", "caption"),
    ("Students of Thu Dau Mot University take part in the contest", "caption"),
    ("Provincial leaders visit, encourage workers at the factory", "caption"),
])
def test_a_caption_under_one_blank_line_describes_a_scene(line, role):
    """A short unterminated line with one blank line above and below and no cue: a caption when it names people doing
    something, as the seeds' captions do, a heading when it names a topic."""
    page = with_lines([line], before="In the coming time")
    assert roles_of(page, [line]) == [role]



@pytest.mark.parametrize("heading", ["Toàn cảnh kinh tế Bình Dương năm 2023", "Bức tranh toàn cảnh về chuyển đổi số"])
def test_a_heading_that_names_an_overview_is_no_caption(heading):
    assert roles_of(with_lines([heading], before="In the coming time"), [heading]) == ["heading"]


def test_field_labels_of_a_display_form_in_an_article_stay_field_labels():
    """A footer without views or share line, its fields each above a value: a label is no heading."""
    form = ["Tóm tắt", "", "The Executive Board reviewed the results of the smart city project in 2020 and set tasks.",
            "", "Nội dung", "", "The full text of the article is published on the provincial portal for readers."]
    page = ARTICLE[: ARTICLE.index("Lượt người xem")] + "\n".join(form) + "\n"
    assert roles_of(page, ["Tóm tắt", "Nội dung"]) == ["sp_field", "sp_field"]


def test_a_listing_whose_item_titles_stand_right_above_their_dates_stays_a_listing():
    items = ["Binh Duong Smart City Office reviews 2023 results", "Thứ 5, 14/03/2019",
             "BEGIC - Afternoon of March 14th, the board met on the implementation plan of the scheme.",
             "Provincial leaders welcomed the ICF team", "Thứ 2, 18/09/2023",
             "PORTAL - On the afternoon of September 05, the Provincial Party Secretary chaired a working session."]
    parsed = parse_page("News - Smart City\n\n" + "\n".join(items))
    assert parsed.kind == "listing" and parsed.category == "Smart City"


def test_a_listing_whose_items_carry_dates_stays_a_listing():
    """A dated item below the third line, a teaser above it: no page header (lines above one are navigation)."""
    items = ["Binh Duong Smart City Office reviews 2023 results",
             "BEGIC - Afternoon of March 14th, the board met on the implementation plan of the scheme.", "Thứ 5, 14/03/2019",
             "Provincial leaders welcomed the ICF team",
             "PORTAL - On the afternoon of September 05, the Provincial Party Secretary chaired a working session.",
             "Thứ 2, 18/09/2023"]
    parsed = parse_page("News - Smart City\n\n" + "\n".join(items))
    assert parsed.kind == "listing" and parsed.category == "Smart City"


@pytest.mark.parametrize("after", ["Ghi rõ nguồn \"Cổng Thông tin điện tử tỉnh\" khi phát hành lại thông tin từ website này.",
                                   "Binh Duong Smart City Office reviews the results of 2023 and sets tasks for the year ahead"])
def test_a_views_line_with_prose_after_it_still_starts_the_footer(after):
    page = ARTICLE.replace("Chia sẻ:\n", after + "\nChia sẻ:\n", 1)
    parsed = parse_page(page)
    assert parsed.views == 25 and roles_of(page, [after]) == ["unknown"]


@pytest.mark.parametrize(("lead", "tag"), [("PORTAL-On the afternoon of September 10, the board met.", "PORTAL"),
                                           ("BEGIC–Recently, the scheme achieved results.", "BEGIC"),
                                           ("TTĐT-Chiều 10/9, Ban Điều hành họp.", "TTĐT"),
                                           ("EU-Vietnam Free Trade Agreement brings new chances to the province.", None),
                                           ("ASEAN-Japan cooperation was discussed at the meeting.", None)])
def test_a_tag_written_without_spaces_is_still_a_tag(lead, tag):
    assert parse_page(ARTICLE.replace(ARTICLE.splitlines()[5], lead, 1)).agency == tag


def test_numbered_headings_and_their_sub_headings_are_headings():
    lines = ["II. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về kinh tế", "", "GRDP tăng 2,89% so với năm 2020.", "",
             "Kết quả cụ thể như sau:", "", "2. Về xã hội", "", "Tỉnh đã chi hơn 5.000 tỷ đồng hỗ trợ người dân.", "",
             "a) Giáo dục", "", "Các trường học đã mở cửa trở lại.", "", "III. Giải pháp", "IV. Kiến nghị"]
    headings = ["II. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về kinh tế", "2. Về xã hội", "a) Giáo dục", "III. Giải pháp", "IV. Kiến nghị"]
    assert roles_of(with_lines(lines), headings) == ["heading"] * len(headings)


@pytest.mark.parametrize("caption", ["ĐẠI BIỂU THAM QUAN GIAN HÀNG TRIỂN LÃM", "- Delegates attend the conference",
                                     "• Overview of the meeting"])
def test_a_caption_in_capitals_or_after_a_bullet_in_the_captions_place_is_a_caption(caption):
    page = ARTICLE.replace("\n" + CAPTION + "\n", "\n\n" + caption + "\n", 1)  # two blank lines before it
    assert roles_of(page, [caption]) == ["caption"]


@pytest.mark.parametrize(("line", "named"), [
    ("Photo: Binh Duong newspaper", {"photographer": "Binh Duong newspaper"}),
    ("Photo: Becamex IDC archives", {"photographer": "Becamex IDC archives"}),
    ("Reported by Mai Xuan, Binh Duong newspaper", {"reporter": "Mai Xuan, Binh Duong newspaper"}),
    ("(Ảnh: Hồng Phúc)", {"photographer": "Hồng Phúc"}),
    ("(Photo: VNA)", {"photographer": "VNA"}),
    ("Ảnh: Hồng Phúc và Mai Xuân", {"photographer": "Hồng Phúc, Mai Xuân"}),
    ("Source: VNA", {"source": "VNA"}),
    ("Nguồn: Báo Bình Dương", {"source": "Báo Bình Dương"}),
    ("Theo TTXVN", {"source": "TTXVN"}),
    ("(Theo Báo Bình Dương)", {"source": "Báo Bình Dương"}),
    ("Nguồn: Cục Thống kê tỉnh Bình Dương", {"source": "Cục Thống kê tỉnh Bình Dương"}),
    ("Source: Ministry of Planning and Investment", {"source": "Ministry of Planning and Investment"}),
    ("(Nguồn: baobinhduong.vn)", {"source": "baobinhduong.vn"}),
    ("Nguồn: TTXVN - Ảnh: Minh Duy", {"source": "TTXVN", "photographer": "Minh Duy"}),
    ("Photo: Courtesy of Becamex IDC", {"photographer": "Becamex IDC"}),
    ("Photo courtesy of Binh Duong Newspaper", {"photographer": "Binh Duong Newspaper"}),
    ("Photo: Courtesy of the Ministry of Health", {"photographer": "Ministry of Health"}),
    ("(Theo TTXVN/Vietnam+)", {"source": "TTXVN/Vietnam+"}),
    ("Theo baobinhduong.vn", {"source": "baobinhduong.vn"}),
    ("Nguồn: https://baobinhduong.vn/binh-duong-don-doan-icf-a123.html",
     {"source": "https://baobinhduong.vn/binh-duong-don-doan-icf-a123.html"}),
    ("Tin/ảnh: Mai Xuân", {"reporter": "Mai Xuân", "photographer": "Mai Xuân"}),
    ("Tin - ảnh: Mai Xuân", {"reporter": "Mai Xuân", "photographer": "Mai Xuân"}),
    ("Nguồn: Cục Hàng không Việt Nam", {"source": "Cục Hàng không Việt Nam"}),
    ("Nguồn: Cục Thống kê tỉnh Bình Dương, năm 2021", {"source": "Cục Thống kê tỉnh Bình Dương, năm 2021"}),
    ("Tin: Minh Duy - Lược dịch: Nguyễn Trang", {"reporter": "Minh Duy", "translator": "Nguyễn Trang"}),
    ("Reported by: Mai Xuan - Translated by: Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
    ("Photo: Courtesy of The Connected Places Catapult", {"photographer": "The Connected Places Catapult"}),
    ("Ảnh: Cổng TTĐT tỉnh", {"photographer": "Cổng TTĐT tỉnh"}),
    ("Tin, ảnh: Trung tâm Truyền thông tỉnh", {"reporter": "Trung tâm Truyền thông tỉnh",
                                               "photographer": "Trung tâm Truyền thông tỉnh"}),
    ("Ảnh: Sở Y tế cung cấp", {"photographer": "Sở Y tế"}),
    ("Ảnh: Ban tổ chức cung cấp - Tin: Minh Duy", {"photographer": "Ban tổ chức", "reporter": "Minh Duy"}),
    ("Ảnh: tư liệu", {"photographer": "tư liệu"}),
    ("Photo: internet", {"photographer": "internet"}),
    ("Video: Minh Duy", {"photographer": "Minh Duy"}), ("Video clip: Minh Duy", {"photographer": "Minh Duy"}),
    ("Đồ họa: Thanh Tâm", {"photographer": "Thanh Tâm"}),
    ("Bài, ảnh: Minh Duy - Video: Hồng Phúc", {"reporter": "Minh Duy", "photographer": "Minh Duy, Hồng Phúc"}),
    ("Photo/Video: Minh Duy", {"photographer": "Minh Duy"}),
    ("Nguồn: TTXVN, VnExpress", {"source": "TTXVN, VnExpress"}),
    ("Theo TTXVN, baobinhduong.vn", {"source": "TTXVN, baobinhduong.vn"}),
    ("Tin: Hồng Phúc - Anh - Ảnh: Minh Duy", {"reporter": "Hồng Phúc, Anh", "photographer": "Minh Duy"}),  # Anh names
    ("Tin, anh: Mai Xuan – BDO", {"reporter": "Mai Xuan, BDO", "photographer": "Mai Xuan, BDO"}),
    ("Tin, anh:\u00a0Mai Xuân", {"reporter": "Mai Xuân", "photographer": "Mai Xuân"}),
    ("Ảnh: CDC Bình Dương cung cấp", {"photographer": "CDC Bình Dương"}),
    ("Ảnh: do Ban tổ chức cung cấp", {"photographer": "Ban tổ chức"}),
    ("Nguồn: TTXVN, Reuters, AFP", {"source": "TTXVN, Reuters, AFP"}),
    ("Nguồn: Công ty cung cấp nước sạch", {"source": "Công ty cung cấp nước sạch"}),  # a water supply company
    ("Video: Minh Duy - Hồng Phúc", {"photographer": "Minh Duy, Hồng Phúc"}),
    ("Ảnh: Sở Y tế", {"photographer": "Sở Y tế"}), ("Ảnh: Ban Tổ chức", {"photographer": "Ban Tổ chức"}),
    ("Ảnh: Trung tâm Truyền thông tỉnh", {"photographer": "Trung tâm Truyền thông tỉnh"}),
    ("Đồ họa: TTXVN", {"photographer": "TTXVN"}), ("Video: Minh Duy - BTV", {"photographer": "Minh Duy, BTV"}),
    ("Theo TTXVN, Tuổi Trẻ", {"source": "TTXVN, Tuổi Trẻ"}), ("Nguồn: Bộ Công an", {"source": "Bộ Công an"}),
    ("Ảnh: Công an tỉnh cung cấp", {"photographer": "Công an tỉnh"}),
    ("Ảnh: Sở Thông tin và Truyền thông cung cấp", {"photographer": "Sở Thông tin và Truyền thông"}),
    ("Ảnh: Gia đình nạn nhân cung cấp", {"photographer": "Gia đình nạn nhân"}),
    ("Ảnh: Bộ Giáo dục và Đào tạo", {"photographer": "Bộ Giáo dục và Đào tạo"}),
    ("Theo TTXVN, Bộ Y tế", {"source": "TTXVN, Bộ Y tế"}),
    ("Theo TTXVN, Trung tâm Kiểm soát bệnh tật", {"source": "TTXVN, Trung tâm Kiểm soát bệnh tật"}),
    ("Ảnh: Ủy ban nhân dân tỉnh", {"photographer": "Ủy ban nhân dân tỉnh"}),  # the name's lower-case words, one word
    ("Ảnh: Uỷ ban nhân dân huyện Dầu Tiếng", {"photographer": "Uỷ ban nhân dân huyện Dầu Tiếng"}),  # the old spelling
    ("Ảnh: Cổng Thông tin điện tử tỉnh", {"photographer": "Cổng Thông tin điện tử tỉnh"}),
    ("Ảnh: Sở Nông nghiệp và Phát triển nông thôn", {"photographer": "Sở Nông nghiệp và Phát triển nông thôn"}),
    ("Ảnh: Hội đồng nhân dân tỉnh", {"photographer": "Hội đồng nhân dân tỉnh"}),
    ("Ảnh: Ban Quản lý các khu công nghiệp tỉnh", {"photographer": "Ban Quản lý các khu công nghiệp tỉnh"}),
    ("Theo Cổng TTĐT tỉnh, Ban Quản lý các khu công nghiệp", {"source": "Cổng TTĐT tỉnh, Ban Quản lý các khu công nghiệp"}),
    ("Ảnh: Đài PT-TH Bình Dương", {"photographer": "Đài PT-TH Bình Dương"}),  # a hyphen in a word: no two names
    ("Ảnh: Minh Duy-Hồng Phúc", {"photographer": "Minh Duy, Hồng Phúc"}),  # people's names, apart
    ("Ảnh: Đài Phát thanh - Truyền hình Bình Dương", {"photographer": "Đài Phát thanh - Truyền hình Bình Dương"}),
    ("Nguồn: Sở Lao động - Thương binh và Xã hội", {"source": "Sở Lao động - Thương binh và Xã hội"}),  # one body's name
    ("Tin: Sở Y tế - Ảnh: Minh Duy", {"reporter": "Sở Y tế", "photographer": "Minh Duy"}),
    ("Ảnh: Sở GD-ĐT", {"photographer": "Sở GD-ĐT"}), ("Ảnh: Sở Giáo dục - Đào tạo", {"photographer": "Sở Giáo dục - Đào tạo"}),
    ("Ảnh: Ủy ban nhân dân huyện Bàu Bàng", {"photographer": "Ủy ban nhân dân huyện Bàu Bàng"}),
    # A hyphen between names, even one an organisation's name may open with ("Trường"), parts them:
    ("Ảnh: Trường Giang-Minh Duy", {"photographer": "Trường Giang, Minh Duy"}),
    ("Tin: Báo Bình Dương-Ảnh: Minh Duy", {"reporter": "Báo Bình Dương", "photographer": "Minh Duy"}),
    ("Ảnh: Trường THPT Bình Phú-Minh Duy", {"photographer": "Trường THPT Bình Phú, Minh Duy"}),
    # A body's name with its official comma, a station's English name and a spaced dash of abbreviations are one name:
    ("Ảnh: Sở Văn hóa, Thể thao và Du lịch", {"photographer": "Sở Văn hóa, Thể thao và Du lịch"}),
    ("Nguồn: Bộ Văn hóa, Thể thao và Du lịch", {"source": "Bộ Văn hóa, Thể thao và Du lịch"}),
    ("Photo: Binh Duong Radio - Television", {"photographer": "Binh Duong Radio - Television"}),
    ("Ảnh: Đài PT - TH Bình Dương", {"photographer": "Đài PT - TH Bình Dương"}),
    ("Photo: Binh Duong Radio - Minh Duy", {"photographer": "Binh Duong Radio, Minh Duy"}),  # two names still
    ("Nguồn: Sở Lao động, Thương binh và Xã hội", {"source": "Sở Lao động, Thương binh và Xã hội"}),
    ("Ảnh: Đài Truyền thanh - Truyền hình huyện Dầu Tiếng", {"photographer": "Đài Truyền thanh - Truyền hình huyện Dầu Tiếng"}),
    ("Ảnh: Đài PT - Minh Duy", {"photographer": "Đài PT, Minh Duy"}),  # no field's abbreviation after the dash
    # An archive with the agency it came from; three field words:
    ("Ảnh: Tư liệu/TTXVN", {"photographer": "Tư liệu/TTXVN"}), ("Ảnh: TTXVN/Tư liệu", {"photographer": "TTXVN/Tư liệu"}),
    ("Ảnh, video clip: Minh Duy", {"photographer": "Minh Duy"}),
    ("Nguồn: Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương",  # eleven words
     {"source": "Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương"}),
    # More than ten words with the year of the figures, or a name so long without a dash, shaped as a body's name:
    ("Nguồn: Sở Kế hoạch và Đầu tư tỉnh Bình Dương, năm 2022", {"source": "Sở Kế hoạch và Đầu tư tỉnh Bình Dương, năm 2022"}),
    ("Nguồn: Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương, năm 2022",
     {"source": "Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương, năm 2022"}),
    ("Nguồn: Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Dương",
     {"source": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Dương"}),
    ("Tin, ảnh - bài: Hồng Phúc", {"reporter": "Hồng Phúc", "photographer": "Hồng Phúc"}),
    # compiled from a source, not by a reporter of that name; a source of two people's names joined by "và"
    ("Tổng hợp: TTXVN", {"source": "TTXVN"}), ("Tổng hợp: TTXVN, VnExpress", {"source": "TTXVN, VnExpress"}),
    ("Tổng hợp: Báo Bình Dương", {"source": "Báo Bình Dương"}), ("Theo Mai Xuân và Hồng Phúc", {"source": "Mai Xuân, Hồng Phúc"}),
    # one organisation's name in capitalised words, "và" inside it: no people's names to list apart
    ("Theo Sở Tài Nguyên và Môi Trường", {"source": "Sở Tài Nguyên và Môi Trường"}),
    ("Nguồn: Ban Quản Lý và Phát Triển Đô Thị", {"source": "Ban Quản Lý và Phát Triển Đô Thị"}),
])
def test_credits_that_name_an_organisation_or_stand_in_brackets(line, named):
    page = ARTICLE.replace(CAPTION, line, 1)
    assert process({"id": "0" * 16, "text": page})["credits"] == credits_of(**named)


@pytest.mark.parametrize("second", ["Thứ Hai, ngày 14 tháng 9 năm 2020", "Thứ 2, 14/09/2020 (GMT+7)",
                                    "Thứ Hai, 14/9/2020 lúc 10 giờ 30 phút", "Thứ 2, 14/09/2020 - Cập nhật 10:30"])
def test_a_second_date_alone_after_the_header_is_no_title(second):
    parsed = parse_page(ARTICLE.replace("\n", "\n" + second + "\n", 1))
    assert parsed.title == "Promote construction of Binh Duong Smart City in the period of 2021-2026"


def test_a_heading_after_a_second_caption_is_a_heading():
    """Only a caption in the caption's place (or with a cue) may have a second caption after it."""
    page = ARTICLE.replace(CAPTION + "\n", f"{CAPTION}\n\nLeaders discuss with ICF leaders\n\nPriorities for 2022\n", 1)
    lines = [CAPTION, "Leaders discuss with ICF leaders", "Priorities for 2022"]
    assert roles_of(page, lines) == ["caption", "caption", "heading"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_list_items_with_blank_lines_between_are_body(separator):
    items = ["1. Completing the provincial data center", "2. Digitizing land records and business records in every district",
             "3. Training digital skills for officials", "- Expanding cashless payment", "- Building smart schools"]
    page = with_lines([separator.join(items[:3]), "", separator.join(items[3:])])
    assert roles_of(page, items) == ["body"] * len(items)


def test_the_share_line_with_its_colon_and_a_long_line_after_it_starts_the_footer():
    related = "Binh Duong Smart City Office reviews the results of 2023 and sets tasks for the year ahead"
    page = ARTICLE.replace("Lượt người xem:  Views:   25\n", "", 1).replace("Chia sẻ:\n", "Chia sẻ:\n" + related + "\n", 1)
    assert "Chia sẻ:" in page
    assert roles_of(page, ["Chia sẻ:", related]) == ["share", "unknown"]


@pytest.mark.parametrize("later", ["", "Nội dung\n\n"])  # a body heading spelt like a field label after it too
def test_a_label_heading_in_a_dump_cut_before_its_footer(later):
    page = with_lines(["Workflows"], before="In the coming time")
    page = page[: page.index("Lượt người xem")].replace("\n" + LAST_PARAGRAPH, "\n" + later + LAST_PARAGRAPH, 1)
    parsed = parse_page(page)
    assert roles_of(page, ["Workflows"]) == ["heading"]
    after = [line.role for line in parsed.lines if line.text.startswith(("In the coming time", LAST_PARAGRAPH))]
    assert after == ["body", "body"]
    assert "no_footer" in [code for code, *_ in parsed.warnings]


@pytest.mark.parametrize("nav", [["Bạn đang ở:", "Trang chủ", "Tin tức"], ["CCHC - Cải cách hành chính", "Tin tức", "Sự kiện"]])
def test_breadcrumbs_that_end_in_a_colon_or_look_tagged_are_navigation(nav):
    parsed = parse_page("\n".join(nav) + "\n" + ARTICLE)
    assert [line.role for line in parsed.lines[: len(nav) + 2]] == ["nav"] * len(nav) + ["date_header", "title"]


def test_navigation_above_a_page_without_its_date_line():
    page = "Trang chủ\nTin tức\nThành phố thông minh\n" + ARTICLE.split("\n", 1)[1]  # no date line
    parsed = parse_page(page)
    assert parsed.title == "Promote construction of Binh Duong Smart City in the period of 2021-2026"
    assert [line.role for line in parsed.lines[:3]] == ["nav"] * 3 and parsed.byline is not None


def test_a_second_date_line_under_the_header_leaves_the_title_and_byline_theirs():
    parsed = parse_page(ARTICLE.replace("\n", "\nThứ Hai, ngày 14 tháng 9 năm 2020\n", 1))
    assert parsed.title == "Promote construction of Binh Duong Smart City in the period of 2021-2026"
    assert parsed.byline == {"date_raw": "14/09/2020", "author": "Nguyen Trang"}


@pytest.mark.parametrize("line", ["Photo: Leaders visit Binh Duong province", "Photo: Students visit Thu Dau Mot city"])
def test_a_photo_description_with_an_organisation_word_is_still_a_caption(line):
    page = ARTICLE.replace(CAPTION, line, 1)
    assert roles_of(page, [line]) == ["caption"] and parse_page(page).credits is None


@pytest.mark.parametrize(("line", "role"), [("The board met in 2021. It set the tasks of the year.", "body"),
                                            ("Becamex Corp. Chairman Nguyen Van Hung speaks", "caption")])
def test_sentences_in_the_captions_place_by_their_ends_not_abbreviations(line, role):
    assert roles_of(with_lines(["", "", line]), [line]) == [role]


@pytest.mark.parametrize("line", ["Theo báo cáo, năm 2021 tỉnh tăng trưởng 2,89% so với năm 2020.",
                                  "Theo Bộ trưởng Nguyễn Văn A, năm nay tỉnh sẽ tiếp tục thu hút đầu tư.",
                                  "Source: the provincial statistics office, which counted every household.",
                                  "Nguồn: Cục Thống kê cho biết năm 2021 tỉnh tăng trưởng 2,89% và năm nay sẽ cao hơn.",
                                  "Theo Chủ tịch UBND tỉnh Võ Văn Minh, Bình Dương sẽ tiếp tục thu hút đầu tư.",
                                  "Source: Investors are returning to the province.", "Nguồn: Sở Kế hoạch và Đầu tư cho biết.",
                                  "Theo Bộ Y tế đây là biến thể Omicron.",
                                  # more than ten words from the source on; a dashed field's name, then a sentence:
                                  "Theo Bộ Y tế cả nước ghi nhận 15.000 ca mắc mới ngày 5/9.",
                                  "Theo Sở Kế hoạch và Đầu tư tỉnh vốn FDI tăng so với năm 2021.",
                                  "Theo Sở Lao động, Thương binh và Xã hội tỉnh Bình Dương năm 2022.",
                                  "Theo Đài PT - TH Bình Dương hàng nghìn người dân đổ về Thủ Dầu Một.",
                                  # a body's name of several words, then a verb and a name in capitals:
                                  "Theo Ủy ban nhân dân tỉnh Bình Dương gửi Bộ Công Thương.",
                                  "Theo Ban Quản lý các khu công nghiệp tỉnh Bình Dương dẫn đầu Hàn Quốc."])
def test_a_sentence_that_opens_with_theo_source_or_nguon_is_body(line):
    assert roles_of(with_lines([line], before="In the coming time"), [line]) == ["body"]


@pytest.mark.parametrize("line", [
    "Ảnh: Đài PT - TH Bình Dương tác nghiệp tại hiện trường vụ cháy",
    "Photo: Binh Duong Radio - Television crew films the festival", "Ảnh: Sở GD - ĐT tổ chức hội nghị",
    "Ảnh: Đài PT - TH tỉnh đưa tin", "Ảnh: Văn Hóa, Thể thao phát triển mạnh",
])
def test_a_caption_about_a_body_named_with_a_dash_is_no_credit(line):
    """A name that ends at a dashed field's dash is an organisation's only as organisations' names are."""
    page = ARTICLE.replace(CAPTION, line, 1)
    assert parse_page(page).credits is None and roles_of(page, [line]) != ["credit"]


@pytest.mark.parametrize("line", ["Ảnh: Bộ trưởng phát biểu tại hội nghị", "Ảnh: Hội nghị tổng kết năm 2021",
                                  "Ảnh: Bộ đội giúp dân thu hoạch lúa", "Ảnh: Báo cáo viên trình bày tại lớp học",
                                  "Theo Chủ tịch UBND tỉnh Võ Văn Minh, Bình Dương đạt mức tăng trưởng cao",
                                  "Ảnh: Hội viên Hội Nông dân tham gia tập huấn", "Ảnh: Sở Y tế kiểm tra công tác phòng dịch",
                                  "Ảnh: Công ty Becamex IDC trao học bổng", "Ảnh: Cổng chào tỉnh Bình Dương",
                                  "Ảnh: Sở Xây dựng họp báo", "Ảnh: Người dân nhận nước sạch do công ty cung cấp",
                                  "Video: Binh Duong Innovation Region", "Infographic: Binh Duong FDI Attraction",
                                  "Theo TTXVN, Minh Duy", "Theo BBC, Hà Nội", "Ảnh: Công ty Becamex IDC tặng quà",
                                  "Ảnh: Báo Bình Dương trao quà", "Ảnh: UBND tỉnh Bình Dương tiếp đoàn", "Video: Smart City",
                                  "Video clip: Binh Duong Innovation Region", "Ảnh: Ủy ban nhân dân tỉnh họp phiên thường kỳ",
                                  "Ảnh: Hội đồng nhân dân tỉnh khai mạc kỳ họp", "Ảnh: Uỷ ban nhân dân tỉnh tặng quà",
                                  "Ảnh: Ban Quản lý dự án kiểm tra công trình",
                                  "Ảnh: Đài Phát thanh - Truyền hình Bình Dương đưa tin",
                                  # a body's name, then what it does (only places may follow the name's opening):
                                  "Ảnh: Ủy ban nhân dân tỉnh họp", "Ảnh: Ủy ban nhân dân huyện Bàu Bàng họp",
                                  "Ảnh: Ủy ban nhân dân thị xã Bến Cát khánh thành", "Ảnh: Sở Y tế ra mắt Cổng thông tin điện tử",
                                  "Ảnh: Bộ Công Thương khảo sát khu công nghiệp Bàu Bàng",
                                  "Ảnh: Đài Phát thanh - Truyền hình Bình Dương họp",
                                  "Theo TTXVN, Ủy ban nhân dân tỉnh thu hút vốn", "Nguồn: TTXVN - Truyền hình Quốc hội",
                                  "Theo TTXVN, Bộ Y tế vừa ban hành hướng dẫn mới",
                                  "Theo Báo Bình Dương, Công an huyện Dầu Tiếng khởi tố vụ án"])
def test_a_picture_described_or_a_source_then_a_clause_is_no_credit(line):
    """A credit names an organisation by the words its name opens with ("Cổng", "Sở", "Bộ"), but a minister
    ("Bộ trưởng"), soldiers ("Bộ đội"), a conference ("Hội nghị") and a report ("Báo cáo") describe, and after
    "Ảnh:" alone, which opens captions too, only a short name with no more than two lower-case words in a row
    ("Ảnh: Trung tâm Truyền thông tỉnh", "Ảnh: Sở Y tế cung cấp"); a video's or graphic's credit names people
    in Vietnamese names or in two words at most (not a video's title); after a source, only another source's
    name in capitals follows a comma, no person's or place's."""
    page = ARTICLE.replace(CAPTION, line, 1)
    assert roles_of(page, [line]) != ["credit"] and process({"id": "0" * 16, "text": page})["credits"] is None


RELATED_TITLES = ["Binh Duong welcomes investors from Korea (05/01/2022)", "Why invest in Binh Duong?",
                  "Bình Dương đón đoàn ICF"]


@pytest.mark.parametrize("heading", ["Related news", "Other news:", "Tin liên quan", "Các tin khác", "Tin cùng chuyên mục"])
def test_a_related_news_block_before_the_footer_leaves_the_text(heading):
    """Titles of other articles under their heading, up to the footer: ui, not headings of the text."""
    page = ARTICLE.replace("Lượt người xem", "\n".join([heading, "", *RELATED_TITLES, "", "Lượt người xem"]), 1)
    record = process({"id": "0" * 16, "text": page})
    related = [(entry["role"], entry["text"]) for entry in record["ui"] if entry["role"].startswith("related")]
    assert related == [("related_header", heading)] + [("related_title", title) for title in RELATED_TITLES]
    assert record["text"] == process({"id": "0" * 16, "text": ARTICLE})["text"]
    assert [entry["lang"] for entry in record["ui"] if entry["role"] == "related_title"] == ["en", "en", "vi"]


@pytest.mark.parametrize("heading", ["» Các tin khác", "Tin liên quan >>", "Tin liên quan (3)", "Related stories:"])
@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize("credit", ["", "Tin, ảnh: Mai Xuân"])
def test_related_news_with_marks_dates_and_a_credit_under_it(heading, dated, credit):
    """A heading with marks or a count, each title's date on a line of its own, a credit line under the
    block: the block is still one, and the credit still names its people."""
    titles = [line for title in RELATED_TITLES for line in ([title, "05/01/2022 16:00"] if dated else [title])]
    block = [heading, "", *titles, "", credit] if credit else [heading, "", *titles]
    page = ARTICLE.replace("Lượt người xem", "\n".join([*block, "", "Lượt người xem"]), 1)
    record = process({"id": "0" * 16, "text": page})
    related = [entry["role"] for entry in record["ui"] if entry["role"].startswith("related")]
    assert related == ["related_header"] + (["related_title", "related_date"] * 3 if dated else ["related_title"] * 3)
    original = process({"id": "0" * 16, "text": ARTICLE})
    assert record["text"] == original["text"]
    assert record["credits"] == (credits_of(reporter="Mai Xuân", photographer="Mai Xuân") if credit else original["credits"])


def test_a_related_news_block_in_the_footer_is_the_form_s_value_not_unknown():
    page = ARTICLE.replace("Chia sẻ:\n", "Chia sẻ:\nCác tin khác\n" + "\n".join(RELATED_TITLES) + "\n", 1)
    parsed = parse_page(page)
    assert roles_of(page, ["Các tin khác", *RELATED_TITLES]) == ["related_header"] + ["related_title"] * 3
    assert "unknown_line" not in [code for code, *_ in parsed.warnings]
    assert roles_of(page, ["Tin liên quan"]) == ["sp_field"]  # the form's label, with other labels after it


def test_the_form_s_related_label_written_again_after_the_form_heads_a_block():
    """Below the form (its labels and audit lines), "Tin liên quan" again with titles under it is a block."""
    page = ARTICLE.rstrip("\n") + "\n\nTin liên quan\n" + "\n".join(RELATED_TITLES) + "\n"
    parsed = parse_page(page)
    assert [line.role for line in parsed.lines[-4:]] == ["related_header"] + ["related_title"] * 3
    assert "unknown_line" not in [code for code, *_ in parsed.warnings]


@pytest.mark.parametrize("heading", ["Tin liên quan", "Related news"])
@pytest.mark.parametrize(("sign_off", "credits"), [
    ("Minh Duy - TH", {"reporter": "Minh Duy"}), ("PV", {"reporter": "PV"}), ("Nhóm PV - Tổng hợp", {"reporter": "Nhóm PV"}),
    ("BBT", {"editor": "BBT"}), ("Mai Xuan - Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
    ("Minh Duy (tổng hợp)", {"reporter": "Minh Duy (tổng hợp)"}),  # the bare note in brackets (was a title)
])
@pytest.mark.parametrize("credit", ["", "Ảnh: Hồng Phúc"])
def test_a_sign_off_under_a_related_news_block_is_a_credit_not_a_title(heading, sign_off, credits, credit):
    """A marked sign-off under the block's titles (the newsroom's post, a note that they compiled it, a credit part after
    the names), a credit line under it or not, was read as one more title: the sign-off left the credits."""
    block = [heading, *RELATED_TITLES, sign_off, *([credit] if credit else [])]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(block) + "\n\nLượt người xem", 1)
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [heading, *RELATED_TITLES, sign_off]) == ["related_header"] + ["related_title"] * 3 + ["credit"]
    assert record["credits"] == credits_of(**credits, **({"photographer": "Hồng Phúc"} if credit else {}))
    assert record["text"] == process({"id": "0" * 16, "text": ARTICLE})["text"]


@pytest.mark.parametrize("last", [
    "Smart City Vision", "Bình Dương", "Binh Duong joins the Smart21 communities", "Kinh Tế", "Văn Hóa - Xã Hội",
    "Y Tế - Sức Khỏe", "Đón Tết", "KHAI MẠC HỘI CHỢ", "Thanh Hóa", "Minh Duy", "Mai Xuân và Hồng Phúc",
])
def test_a_headline_under_a_related_news_block_stays_a_title(last):
    """Names alone have a section title's shape in Title Case: under the titles they stay one (a bare sign-off is
    read where real pages put it, above the block)."""
    block = ["Tin liên quan", *RELATED_TITLES, last]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(block) + "\n\nLượt người xem", 1)
    assert roles_of(page, [last]) == ["related_title"] and parse_page(page).credits is None


@pytest.mark.parametrize("after", [
    ["Binh Duong also opened a new industrial park in Bau Bang district this year, the province said."],  # prose
    ["PORTAL - Binh Duong welcomes investors", *RELATED_TITLES],  # a teaser
    [*RELATED_TITLES, "Binh Duong opened a new industrial park in Bau Bang district this year."],  # prose at the end
])
def test_a_related_heading_before_prose_stays_in_the_text(after):
    page = with_lines(["Other news", *after], before="In the coming time")
    assert roles_of(page, ["Other news"]) == ["heading"]
    assert "Other news" in process({"id": "0" * 16, "text": page})["text"]


@pytest.mark.parametrize(("line", "names"), [
    ("Minh Duy", "Minh Duy"), ("NGỌC THẠCH", "NGỌC THẠCH"), ("Phương Lê - Thanh Tâm", "Phương Lê, Thanh Tâm"),
    ("Kim Chi - Như Ý", "Kim Chi, Như Ý"), ("Văn Năm", "Văn Năm"), ("Từ Minh Tâm", "Từ Minh Tâm"),
    ("Minh Duy (tổng hợp)", "Minh Duy (tổng hợp)"), ("Mai Xuan - Nguyen Trang", "Mai Xuan, Nguyen Trang"),
    ("N.Thạch", "N.Thạch"), ("T.T.Hằng - M.DUY", "T.T.Hằng, M.DUY"),  # initials against the name
    ("N. Thạch", "N. Thạch"), ("T.T. Hằng - N. Thạch", "T.T. Hằng, N. Thạch"),  # or a space before a name
    ("Mai Xuân và Hồng Phúc", "Mai Xuân, Hồng Phúc"), ("Mai Xuan and Hong Phuc", "Mai Xuan, Hong Phuc"),  # two names joined
    ("Minh Duy.", "Minh Duy"), ("Mai Xuân và Hồng Phúc.", "Mai Xuân, Hồng Phúc"),  # with a full stop (was body)
    # people of whom one bears a name that a province has too (were a heading: a place in them ruled all out)
    ("Phương Lê - Thái Bình", "Phương Lê, Thái Bình"), ("Hải Dương - Minh Duy", "Hải Dương, Minh Duy"),
    ("Mai Xuân và Hà Nam", "Mai Xuân, Hà Nam"), ("Hà Nam và Mai Xuân", "Hà Nam, Mai Xuân"),  # (were one name, joiner and all)
    # a woman's or a man's name that a city's has but for its marks (were headings)
    ("Mỹ Thơ", "Mỹ Thơ"), ("Nhã Trang", "Nhã Trang"), ("Hà Long", "Hà Long"),
    # a place's name that people bear, marks and all, alone on the last line: it heads nothing there (were headings;
    # "Phú Quốc" was one by 2b5404c's table), with its full stop (was body), without its marks, two such names
    ("Hà Nam", "Hà Nam"), ("Hải Dương", "Hải Dương"), ("Phú Quốc", "Phú Quốc"), ("Thái Bình", "Thái Bình"),
    ("Hà Giang", "Hà Giang"), ("Hòa Bình", "Hòa Bình"), ("Hà Nam.", "Hà Nam"), ("Ha Nam", "Ha Nam"),
    ("Hai Duong", "Hai Duong"), ("Hà Nam - Hải Dương", "Hà Nam, Hải Dương"),
    # a given name spelt as a word of a sentence, with its marks or without (were headings: "được", "duoc", "đến"
    # sat in the table of words no name has)
    ("Văn Được", "Văn Được"), ("Van Duoc", "Van Duoc"), ("Minh Duoc", "Minh Duoc"), ("Văn Đến", "Văn Đến"),
    ("Thị Mừng", "Thị Mừng"), ("Văn Hướng", "Văn Hướng"), ("Văn Tạo", "Văn Tạo"),
    # a given name after a middle name, spelt without its marks as a word no name has (were headings: "tin", "trong"
    # sit in that table, for "Tin Noi Bat" and "Trong Nuoc"), and with its marks
    ("Van Tin", "Van Tin"), ("Van Trong", "Van Trong"), ("Thi Tin", "Thi Tin"), ("Ngoc Trong", "Ngoc Trong"),
    ("Minh Tin.", "Minh Tin"), ("Van Tin - Minh Duy", "Van Tin, Minh Duy"), ("Văn Tín", "Văn Tín"), ("Văn Trọng", "Văn Trọng"),
    ("Thi Lai", "Thi Lai"),
    # given names beside the syllables no given name is (`_NOT_GIVEN_NAMES`), marked or not: "Xuan Bach" is Xuân Bách,
    # so "bach" is none of them, though "Minh Bạch" heads; "Văn Trường", though "Thị Trường" is a section
    ("Thanh Tam", "Thanh Tam"), ("Hong Nhung", "Hong Nhung"), ("Kim Ngan", "Kim Ngan"), ("Kim Ngân", "Kim Ngân"),
    ("Quang Minh", "Quang Minh"), ("Xuan Bach", "Xuan Bach"), ("Văn Trường", "Văn Trường"), ("Van Truong", "Van Truong"),
    ("Minh Kiên", "Minh Kiên"), ("Van Kien", "Van Kien"), ("Van Dong", "Van Dong"),  # Kiên, Đông: not "Sự Kiện", "Hoạt Động"
    # Cao is a given name (Văn Cao, Nguyễn Văn Cao), so "cao" ends names though "Quảng Cáo" heads (were headings)
    ("Văn Cao", "Văn Cao"), ("Nguyễn Văn Cao", "Nguyễn Văn Cao"), ("Quang Cao", "Quang Cao"),
    # two words without marks that name no place or thing of `_UNMARKED_THINGS`: a person's
    ("Nguyen Trang", "Nguyen Trang"), ("Tran Hung", "Tran Hung"), ("Le Vy", "Le Vy"), ("Pham Duy", "Pham Duy"),
    ("Huynh Anh", "Huynh Anh"), ("Vo Tam", "Vo Tam"), ("Thu Ha", "Thu Ha"), ("Anh Thu", "Anh Thu"), ("Bao Ngoc", "Bao Ngoc"),
    ("Phuong Vy", "Phuong Vy"), ("Quynh Nhu", "Quynh Nhu"), ("Khanh Linh", "Khanh Linh"), ("Viet Dung", "Viet Dung"),
    ("Minh Bach", "Minh Bach"), ("NGOC THACH", "NGOC THACH"), ("Thu Ha - Bao Ngoc", "Thu Ha, Bao Ngoc"),
    # pen names whose first word is a common given name, and names in Western order
    ("Duy Linh", "Duy Linh"), ("Son Tung", "Son Tung"), ("Nam Phuong", "Nam Phuong"), ("Tra My", "Tra My"),
    ("Tram Anh", "Tram Anh"), ("Truc Giang", "Truc Giang"), ("Tung Lam", "Tung Lam"), ("HIEU MINH", "HIEU MINH"),
    ("Long Nguyen", "Long Nguyen"), ("Trang Nguyen", "Trang Nguyen"), ("Dung Pham", "Dung Pham"),
    ("Khoi Nguyen - Huy Hoang", "Khoi Nguyen, Huy Hoang"),
    # pen names and Western-order names whose first word is a rarer given name (were headings: a list of the syllables
    # that open names could not hold them all, so only a place's or a thing's pair is refused)
    ("Cat Tuong", "Cat Tuong"), ("Ai Nhu", "Ai Nhu"), ("Sy Trung", "Sy Trung"), ("Kha Vy", "Kha Vy"),
    ("An Nhien", "An Nhien"), ("Lien Huong", "Lien Huong"), ("Tue Minh", "Tue Minh"),
    ("Khoa Nguyen", "Khoa Nguyen"), ("Tai Nguyen", "Tai Nguyen"), ("Loc Nguyen", "Loc Nguyen"),
    ("Han Nguyen", "Han Nguyen"), ("Phat Tran", "Phat Tran"), ("Sang Le", "Sang Le"),
    ("Cat Tuong - Khoa Nguyen", "Cat Tuong, Khoa Nguyen"),
])
def test_names_alone_at_the_body_s_end_are_its_sign_off(line, names):
    """The last line before the footer, after prose, naming people alone is the reporter's sign-off."""
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [line]) == ["credit"] and record["credits"] == credits_of(reporter=names)
    assert record["text"] == process({"id": "0" * 16, "text": ARTICLE})["text"]


@pytest.mark.parametrize("line", ["Hồng Phúc (từ Hà Nội)", "Hong Phuc (from Ha Noi)", "Thu Thao (tu Thu Dau Mot)",
                                  "Minh Duy (từ TP.HCM)"])
def test_a_place_in_brackets_after_the_names_is_no_source(line):
    """"từ"/"from" without a compiled note names where the reporter files from, not a source; after "tổng hợp" /
    "compiled" it is one ("Minh Duy (tổng hợp từ TTXVN)"). Was: source "Hà Nội"."""
    assert "source" not in (sign_off_credits(line) or {})


@pytest.mark.parametrize(("line", "credits"), [
    ("PV", {"reporter": "PV"}), ("Nhóm PV", {"reporter": "Nhóm PV"}), ("NHÓM PHÓNG VIÊN", {"reporter": "NHÓM PHÓNG VIÊN"}),
    ("CTV (tổng hợp)", {"reporter": "CTV (tổng hợp)"}), ("BBT", {"editor": "BBT"}),
    # a note that they compiled it (left out), a word before the post, parts after it
    ("PV - Tổng hợp", {"reporter": "PV"}), ("PV - TH", {"reporter": "PV"}), ("Nhóm PV - Tổng hợp", {"reporter": "Nhóm PV"}),
    ("BBT - tổng hợp", {"editor": "BBT"}), ("Minh Duy - Tổng hợp", {"reporter": "Minh Duy"}),
    ("Tổng hợp: PV", {"reporter": "PV"}), ("Tổng hợp: Minh Duy", {"reporter": "Minh Duy"}),
    ("Theo PV", {"reporter": "PV"}), ("PV - Ảnh: Minh Duy", {"reporter": "PV", "photographer": "Minh Duy"}),
    ("Minh Duy - TH - Ảnh: Hồng Phúc", {"reporter": "Minh Duy", "photographer": "Hồng Phúc"}),
    ("Thanh Hóa - TH", {"reporter": "Thanh Hóa"}), ("Thanh Hóa - Tổng hợp", {"reporter": "Thanh Hóa"}),
    ("Thanh Hóa (tổng hợp)", {"reporter": "Thanh Hóa (tổng hợp)"}),  # the bare note in brackets marks it too (was a heading)
    # the note marks names whose last word no given name is as well (`_NOT_GIVEN_NAMES`: Thanh Trà without marks; were
    # headings)
    ("Thanh Tra - TH", {"reporter": "Thanh Tra"}), ("Thanh Tra (tổng hợp)", {"reporter": "Thanh Tra (tổng hợp)"}),
    ("Van Ban - Compiled", {"reporter": "Van Ban"}), ("Ben Thanh - TH", {"reporter": "Ben Thanh"}),  # (`_UNMARKED_THINGS`)
    ("Tong hop: Nhung Tran", {"reporter": "Nhung Tran"}),  # ("Nhung", a name, though "những" is a function word)
    # the source it was compiled from, in brackets after the note
    ("PV - Tổng hợp (theo TTXVN)", {"reporter": "PV", "source": "TTXVN"}),
    ("Minh Duy - TH (Nguồn: VnExpress)", {"reporter": "Minh Duy", "source": "VnExpress"}),
    ("Tổng hợp: TTXVN", {"source": "TTXVN"}),
    # their English twins (were headings), two sources joined (was a heading), a source the bracketed note names (was
    # kept in the reporter's name), a full stop after the sign-off (was body)
    ("Compiled by PV", {"reporter": "PV"}), ("Compiled: VNA", {"source": "VNA"}),
    ("Minh Duy - Compiled", {"reporter": "Minh Duy"}),
    ("PV - Compiled (from VNA)", {"reporter": "PV", "source": "VNA"}),
    ("Tổng hợp: TTXVN và VnExpress", {"source": "TTXVN và VnExpress"}),
    ("Minh Duy (tổng hợp theo TTXVN)", {"reporter": "Minh Duy", "source": "TTXVN"}),
    ("Minh Duy (Compiled from VNA)", {"reporter": "Minh Duy", "source": "VNA"}),
    ("PV - Tổng hợp.", {"reporter": "PV"}), ("PV.", {"reporter": "PV"}), ("Minh Duy - Compiled.", {"reporter": "Minh Duy"}),
    # a repost's source in brackets after the names, with no note (was kept in the reporter's name, no source)
    ("Thu Thảo (theo baobinhduong.vn)", {"reporter": "Thu Thảo", "source": "baobinhduong.vn"}),
    ("Thanh Hương (Theo Chinhphu.vn)", {"reporter": "Thanh Hương", "source": "Chinhphu.vn"}),
    ("Minh Duy (Nguồn: TTXVN)", {"reporter": "Minh Duy", "source": "TTXVN"}),
    ("Thu Thao (theo baobinhduong.vn)", {"reporter": "Thu Thao", "source": "baobinhduong.vn"}),
    ("Hong Phuc (according to VNA)", {"reporter": "Hong Phuc", "source": "VNA"}),
    ("Thu Thảo (Nguồn: Báo Bình Dương)", {"reporter": "Thu Thảo", "source": "Báo Bình Dương"}),
    ("Hong Phuc (Source: VNA)", {"reporter": "Hong Phuc", "source": "VNA"}),
    ("Thu Thảo (theo baobinhduong.vn) - Ảnh: Minh Duy",
     {"reporter": "Thu Thảo", "source": "baobinhduong.vn", "photographer": "Minh Duy"}),
])
def test_a_sign_off_naming_the_newsroom_s_post(line, credits):
    """"PV" (the paper's reporter), "Nhóm PV" at the body's end: a heading in the text, where it is a sign-off; so
    were "PV - Tổng hợp" (the reporter, compiled) and "Tổng hợp: PV"; "Theo PV" (by our reporter) named PV a source,
    and "PV - Ảnh: …" was a caption, its reporter lost."""
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [line]) == ["credit"] and record["credits"] == credits_of(**credits)
    assert record["text"] == process({"id": "0" * 16, "text": ARTICLE})["text"]


@pytest.mark.parametrize(("line", "credits"), [
    ("Mai Xuan - Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
    ("Minh Duy - Ảnh: Hồng Phúc", {"reporter": "Minh Duy", "photographer": "Hồng Phúc"}),
    ("Mai Xuan - Photo: Hong Phuc", {"reporter": "Mai Xuan", "photographer": "Hong Phuc"}),  # ("photo" cues captions)
    ("Reported by Mai Xuan. Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
    # a translator's part tells an article's credits, whatever the names' shape (were headings, both credits lost:
    # `_NOT_GIVEN_NAMES` holds "tra")
    ("Cat Tuong - Translated by Nguyen Trang", {"reporter": "Cat Tuong", "translator": "Nguyen Trang"}),
    ("Que Chi - Translated by Nguyen Trang", {"reporter": "Que Chi", "translator": "Nguyen Trang"}),
    ("Thanh Tra - Translated by Nguyen Trang", {"reporter": "Thanh Tra", "translator": "Nguyen Trang"}),
    # (English hunt 6) the part in brackets after the names (the translator was in the reporter's name)
    ("Mai Xuan (Translated by Hoang Anh)", {"reporter": "Mai Xuan", "translator": "Hoang Anh"}),
    ("Mai Xuan (Photo: Hong Phuc)", {"reporter": "Mai Xuan", "photographer": "Hong Phuc"}),
    # (readthrough 3, B9) the part in square brackets, the Vietnamese field words (the translator was in the names)
    ("Mai Xuan [Translated by Hoang Anh]", {"reporter": "Mai Xuan", "translator": "Hoang Anh"}),
    ("Mai Xuân (Dịch: Hoàng Anh)", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
    ("Mai Xuân (Người dịch: Hoàng Anh)", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
    ("Mai Xuân - Dịch: Hoàng Anh", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
    ("Mai Xuan - Translated by Hoang Anh (Source: Binh Duong Newspaper)",
     {"reporter": "Mai Xuan", "translator": "Hoang Anh", "source": "Binh Duong Newspaper"}),
])
def test_a_sign_off_with_more_credit_parts_after_its_names(line, credits):
    """The reporters' names, then parts with field words: it was a heading in the text, its credits lost."""
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [line]) == ["credit"] and record["credits"] == credits_of(**credits)


@pytest.mark.parametrize("line", ["Smart City - Photo: Minh Duy", "Ông Hùng phát biểu - Ảnh: Minh Duy"])
def test_a_heading_or_caption_with_a_credit_part_at_the_body_s_end_is_no_sign_off(line):
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    assert "reporter" not in (parse_page(page).credits or {})


@pytest.mark.parametrize("line", ["Smart City Vision", "Kết luận", "Mai Xuan reports", "KẾT LUẬN", "Bình Dương",
                                  "Thu Dau Mot", "GIẢI PHÁP", "LỜI KẾT", "Ý KIẾN CHUYÊN GIA", "CHÚC MỪNG NĂM MỚI",
                                  "Phát Triển Kinh Tế Số", "Ông Nguyễn Văn Hùng", "Theo Tuổi Trẻ - Minh Duy",
                                  "HƯỚNG TỚI TƯƠNG LAI", "NHÌN LẠI NĂM QUA", "Không Gian Sáng Tạo", "B. GIẢI PHÁP",
                                  "TP.HCM", "Cổng chào Bình Dương", "Trung tâm Thương mại", "Hội chợ Xuân", "Sở Y tế tỉnh",
                                  "A. Mở đầu", "C. KẾT LUẬN", "B. Tình Hình Chung", "Q. Bình Thạnh", "C. Xã Hội",
                                  "PV hỏi", "Nhóm PV Báo Bình Dương thực hiện", "Kinh tế - Tổng hợp", "Tổng hợp",
                                  "Tổng hợp: Các Dự Án Lớn", "PV - Hà Nội", "Đài PT - TH",
                                  # a province or city of the country (were the reporter), marked or not; a portal's
                                  # section (its words are names' syllables: were reporters); after "Tổng hợp:", a
                                  # section's name (two reporters) or a phrase with no source's mark (a source)
                                  "Quảng Ninh", "Thanh Hóa", "Quang Ninh", "Nghệ An", "Thừa Thiên Huế", "Kiên Giang",
                                  "Kinh Tế", "Văn Hóa - Xã Hội", "Tổng hợp: Kinh Tế và Xã Hội", "Tổng hợp: Smart City",
                                  "Compiled: Smart City", "Tổng hợp: Quảng Ninh",
                                  # a place written in two, each a place
                                  "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế", "Hà Nội - Hải Phòng",
                                  # cities, regions and other countries, marked or not (were reporters)
                                  "Nha Trang", "Đà Lạt", "Ha Long", "Tây Nguyên", "Đông Nam Bộ", "Miền Tây",
                                  "Hàn Quốc", "Trung Quoc", "Nhật Bản", "Hoa Kỳ", "Thai Lan", "Việt Nam", "Hà Nội - Nha Trang",
                                  "Mỹ Tho", "My Tho", "Hạ Long",
                                  # function words without their marks (were people)
                                  "Tong hop: Cac Du An Lon", "Video: Cac Du An Lon", "Tong hop: Dien Mao Moi",
                                  # a heading that opens with a verb a given name shares ("Văn Được" signs off):
                                  # no name opens with its given name (were reporters after d3aec69)
                                  "Hướng Dẫn", "Hướng Dẫn Thủ Tục", "Tạo Việc Làm", "Tạo Động Lực", "Được Mùa",
                                  "Mừng Xuân", "Mừng Đảng Mừng Xuân", "Đến Hẹn Lại Lên", "Duoc Mua",
                                  # a place people bear as a name beside one no person bears: places
                                  "Hà Nam - Quảng Ninh", "Hai Duong - Nghe An",
                                  # the report ("báo cáo") after "Theo" opens a sentence, capitalised, marked or
                                  # not, as "Theo báo cáo của Sở …" does (were sources)
                                  "Theo Bao cao cua So", "Theo Bao Cao Cua So Tai Chinh", "Theo Báo Cáo Của Sở Tài Chính",
                                  "Theo Báo cáo của Sở Tài chính", "Theo BÁO CÁO CỦA SỞ TÀI CHÍNH",
                                  # so do a paper's figures and findings (were sources), as their lower-case twins do
                                  "Theo Ke Hoach Cua Tinh", "Theo thong ke cua", "Theo thống kê của Cục Thống kê",
                                  "Theo Thống Kê Của Cục Thống Kê", "Theo Thong Ke Cua Cuc Thong Ke", "Theo Ket Qua",
                                  "Theo Kết Quả Khảo Sát", "Theo ket qua", "Theo Danh Gia Cua So", "Theo Đánh giá của Sở",
                                  "Theo đánh giá của Sở", "Theo So Lieu Cua Cuc Thong Ke", "Theo Số Liệu Của Cục Thống Kê",
                                  "Theo SỐ LIỆU CỦA CỤC THỐNG KÊ",
                                  # words no name has opening a line, or a middle name and a word with its marks
                                  "Tin Noi Bat", "Trong Nuoc", "Tin Mới", "Thị Trong", "Van Tin Moi",
                                  # a middle name's word before a word no given name is spelt as ("Xuân Mới", the
                                  # New Spring of Tết, without marks; was the reporter)
                                  "Xuan Moi", "Thi Moi", "Minh Qua", "Van Cho",
                                  # nouns whose last syllable no given name is, marked or not (were reporters)
                                  "Kim Ngạch", "Kim Ngach", "Quảng Cáo", "Minh Bạch", "Văn Bản", "Van Ban",
                                  "Thanh Tra", "Xuất Khẩu", "Xuat Khau", "Dịch Vụ", "Hạ Tầng", "Chính Sách",
                                  "Chinh Sach", "Thủ Tục", "Cải Cách", "Cai Cach", "Doanh Nghiệp", "Doanh Nghiep",
                                  "Sản Xuất", "San Xuat", "Hội Nhập", "Hoi Nhap", "Dự Án", "Tuyển Dụng", "Hiệu Quả",
                                  "Việc Làm", "Nông Thôn", "Nong Thon", "Xuất Nhập Khẩu",
                                  "Sự Kiện", "Hoạt Động", "Phóng Sự", "Lao Động - Việc Làm", "Áo Dài",
                                  "Hi Tech", "Hi-Tech", "Top Ten",  # (the English portal's, in syllables' shape)
                                  # a portal's section and towns (were reporters)
                                  "Thị Trường", "Thi Truong", "Hồng Ngự", "Hong Ngu", "Châu Đốc", "Long Xuyen", "Sa Đéc",
                                  # two words without marks that name a place or a thing (`_UNMARKED_THINGS`), as the
                                  # English portal writes them (were reporters)
                                  "Ao Dai", "AO DAI", "Ben Thanh", "Cu Chi", "Lai Thieu", "Suoi Tien", "Dai Nam",
                                  "Banh Mi", "Com Tam", "Non La", "Gom Su", "Bac Ho", "Chua Ba",
                                  "Lien Hoan", "Toan Canh", "Que Huong", "Son Mai", "Banh Xeo", "Cai Luong",
                                  "Mai Xuan - Ben Thanh", "Ao\u00a0Dai", "Ben\u00a0Thanh",  # (SharePoint's no-break space)
                                  # a source in brackets marks no names as people's, as a compiled note does
                                  "Quảng Ninh (theo VnExpress)", "Kinh Tế (theo TTXVN)", "Ao Dai (according to VNA)"])
def test_a_heading_at_the_body_s_end_is_no_sign_off(line):
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    assert roles_of(page, [line]) == ["heading"] and parse_page(page).credits is None


# A notice of the Vietnamese portal (vnhunt repro page-2 and page-7): the lead, then its closing lines.
VI_NOTICE = ("Thứ 5, Ngày 07/04/2022, 16:40\n{title}\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
             "07/04/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, Sở Thông tin và Truyền thông tổ chức họp báo phát động cuộc "
             "thi sáng kiến năm 2022.\n\n{closing}\n\nLượt người xem:  Views:   389\nChia sẻ:\n")
VI_TITLES = {"article": "Bình Dương phát động cuộc thi sáng kiến thành phố thông minh 2022",
             "notice": "Thông báo phát động cuộc thi sáng kiến thành phố thông minh 2022"}


@pytest.mark.parametrize("kind", VI_TITLES)
@pytest.mark.parametrize("note", ["Xem chi tiết tại file đính kèm", "Hotline: 0274 3822 822",
                                  "Thông tin chi tiết xem tại website: www.binhduongsmartcity.gov.vn",
                                  "Video: Toàn cảnh hội nghị tổng kết", "Xem thêm: Bình Dương tổng kết công tác Đoàn năm 2021",
                                  "“Chúng tôi sẽ đồng hành cùng doanh nghiệp”", "Bình Dương: Khởi sắc nông thôn mới",
                                  "Kết quả nổi bật"])
def test_an_unterminated_closing_line_above_the_sign_off_heads_nothing(note, kind):
    """A heading with only the sign-off under it heads nothing: the body's closing line; the sign-off is the credit
    (both were headings, the name in the text, credits null)."""
    page = VI_NOTICE.format(title=VI_TITLES[kind], closing=f"{note}\n\nHồng Phúc")
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, [note, "Hồng Phúc"]) == ["body", "credit"]
    assert record["credits"] == credits_of(reporter="Hồng Phúc") and not record["text"].endswith("Hồng Phúc")


@pytest.mark.parametrize("note", ["Hotline: 0274 3822 822", "See the attached file for details", "Outstanding results",
                                  "See more: Binh Duong reviews its youth union work in 2021"])
def test_an_unterminated_closing_line_above_the_sign_off_heads_nothing_on_the_english_portal(note):
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{note}\n\nHong Phuc\n\nLượt người xem", 1)
    assert roles_of(page, [note, "Hong Phuc"]) == ["body", "credit"]
    assert parse_page(page).credits == {"reporter": "Hong Phuc"}


# The labels that head a list of people or offices, as an official document or a notice writes them without their
# colon ("Nơi nhận:" / "Sở Y tế", whose colon keeps the item a heading): the line under them is an item, not a sign-off.
@pytest.mark.parametrize("kind", VI_TITLES)
@pytest.mark.parametrize(("label", "item"), [
    ("Nơi nhận", "Sở Y tế"), ("Nơi nhận", "Văn phòng UBND tỉnh"), ("Kính gửi", "Sở Tài chính tỉnh"),
    ("Thông tin liên hệ", "Hồng Phúc"), ("Liên hệ", "Hồng Phúc"), ("Người liên hệ", "Nguyễn Trang"),
    ("Thành phần", "Hồng Phúc"), ("NƠI NHẬN", "Sở Y tế"), ("Noi nhan", "So Y te"), ("Đầu mối liên hệ", "Hồng Phúc"),
])
def test_a_list_s_label_without_its_colon_above_the_last_line_is_no_closing_note(label, item, kind):
    """A heading above the sign-off became the body's closing line and the item under it the credit (was: "Nơi nhận" /
    "Sở Y tế" on a notice gave source "Sở Y tế", the recipient; "Thông tin liên hệ" / "Hồng Phúc" reporter, the contact)."""
    page = VI_NOTICE.format(title=VI_TITLES[kind], closing=f"{label}\n\n{item}")
    assert roles_of(page, [label]) == ["heading"] and parse_page(page).credits is None


@pytest.mark.parametrize(("label", "item"), [("Contact", "Hong Phuc"), ("Contact information", "Mai Xuan"),
                                             ("Contact person", "Nguyen Trang"), ("Participants", "Mai Xuan")])
def test_a_list_s_label_without_its_colon_above_the_last_line_is_no_closing_note_on_the_english_portal(label, item):
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{label}\n\n{item}\n\nLượt người xem", 1)
    assert roles_of(page, [label]) == ["heading"] and parse_page(page).credits is None


# Its twin on the English portal.
EN_NOTICE = ("Thứ 5, Ngày 07/04/2022, 16:40\n{title}\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
             "07/04/2022 | Hong Phuc\n\nPORTAL - On the morning of April 6, the Department of Information and Communications "
             "held a press conference to launch the 2022 initiative contest.\n\n{closing}\n\nLượt người xem:  Views:   389\n"
             "Chia sẻ:\n")
EN_TITLES = {"article": "Binh Duong launches the smart city initiative contest 2022",
             "notice": "Notice on the launch of the smart city initiative contest 2022"}
NOTICES = {"vi": (VI_NOTICE, VI_TITLES), "en": (EN_NOTICE, EN_TITLES)}


@pytest.mark.parametrize(("lang", "office"), [
    ("vi", "Sở Thông tin và Truyền thông"), ("vi", "VP UBND tỉnh"), ("vi", "Văn phòng UBND tỉnh"), ("vi", "Sở Y tế tỉnh."),
    ("vi", "Sở Y tế tỉnh Bình Dương"),
    # (review) the English twins: were headings on a notice too
    ("en", "Binh Duong Department of Health"), ("en", "Department of Information and Communications"),
    ("en", "Office of the Provincial People's Committee"), ("en", "Department of Health."),
])
@pytest.mark.parametrize("note", [False, True], ids=["alone", "under_a_closing_note"])
def test_the_office_that_signs_a_notice_is_its_source(lang, office, note):
    """A notice's last line naming an office is the office that issued it (was a heading, in the text); on an article
    the line heads (`test_a_heading_at_the_body_s_end_is_no_sign_off`)."""
    template, titles = NOTICES[lang]
    closing = ({"vi": "Xem chi tiết tại file đính kèm", "en": "See the attached file for details"}[lang] + "\n\n") * note + office
    page = template.format(title=titles["notice"], closing=closing)
    assert roles_of(page, [office]) == ["credit"]
    assert parse_page(page).credits == {"source": office.rstrip(".")}
    article = template.format(title=titles["article"], closing=closing)
    assert roles_of(article, [office]) != ["credit"] and parse_page(article).credits is None


@pytest.mark.parametrize("line", ["Binh Duong Smart City", "Smart City Development", "Contact", "Hong Phuc and Mai Xuan",
                                  "The department informs residents",
                                  # (review) capitalised, an office's word in them, but not headed by it: were sources
                                  "Guidance of the Department of Health", "Department of Health's Guidance",
                                  "Contact the Office", "Office Hours", "Thank You for the Committee"])
def test_a_notice_s_last_line_naming_no_office_is_no_source(line):
    """On an English notice a last line in the shape of a name but with no office's word is no office's sign-off."""
    page = EN_NOTICE.format(title=EN_TITLES["notice"], closing=line)
    assert "source" not in (parse_page(page).credits or {})


@pytest.mark.parametrize("blank", ["\n", ""])
@pytest.mark.parametrize(("first", "second"), [
    ("Kinh Tế", "Văn Hóa"), ("Nông Thôn", "Việc Làm"), ("Nong Thon", "Viec Lam"),  # sections in Title Case
    ("Hải Dương", "Hà Nam"), ("Hai Duong", "Ha Nam"),  # places that people bear as names too
    ("Kim Ngạch", "Thị Trường"), ("Kim Ngach", "Thi Truong"), ("Thanh Tra", "Hong Ngu"),  # nouns, a section, a town
])
def test_name_shaped_headings_that_head_the_last_paragraphs_stay_headings(first, second, blank):
    """Two lines in names' shape near the body's end, each heading a paragraph: headings, no reporters (a line with a
    paragraph under it heads it; only the last line, which heads nothing, may sign off)."""
    lines = [first, "Tỉnh đã thu hút nhiều dự án đầu tư trong năm nay.", second, "Nhiều lễ hội đã diễn ra trong năm nay."]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + f"\n{blank}".join(lines) + "\n\nLượt người xem", 1)
    assert roles_of(page, [first, second]) == ["heading", "heading"] and parse_page(page).credits is None


@pytest.mark.parametrize("picture", [["photo.jpg"], ["anh-hoi-nghi-1.jpg", "", "Ảnh: Hồng Phúc"], ["IMG_0123.JPG", "photo.png"]])
@pytest.mark.parametrize("line", ["Nông Thôn", "Nong Thon", "Minh Duy", "Ha Nam", "Van Tin"])
def test_a_line_in_names_shape_right_above_a_picture_heads_it_no_sign_off(line, picture):
    """A heading right above an image file's name, no blank line between, at the body's end: it heads the picture
    (the image file was skipped, so it read as the last line: the reporter)."""
    lines = ["Tỉnh sẽ tiếp tục cải thiện môi trường đầu tư cho các doanh nghiệp trong năm tới.", "", line, *picture]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(lines) + "\n\nLượt người xem", 1)
    assert roles_of(page, [line]) == ["heading"] and "reporter" not in (parse_page(page).credits or {})


@pytest.mark.parametrize("lines", [
    ["", "photo.jpg", "", "Minh Duy"], ["", "photo.jpg", "Minh Duy"], ["", "photo.jpg", "photo-2.jpg", "", "Minh Duy"],
    ["", "Minh Duy", "", "photo.jpg"], ["", "Minh Duy", "", "photo.jpg", "Ảnh: Hồng Phúc"],
])
def test_a_sign_off_under_the_last_paragraph_and_a_picture_stays_one(lines):
    """A picture between the last paragraph and the sign-off (it was a heading: it followed no prose), or under the
    sign-off after a blank line."""
    lines = ["Tỉnh sẽ tiếp tục cải thiện môi trường đầu tư cho các doanh nghiệp trong năm tới.", *lines]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(lines) + "\n\nLượt người xem", 1)
    assert roles_of(page, ["Minh Duy"]) == ["credit"] and parse_page(page).credits["reporter"] == "Minh Duy"


@pytest.mark.parametrize(("line", "role", "reporter"), [
    ("Ben Thanh", "caption", None), ("Cu Chi", "caption", None), ("Ao Dai", "caption", None),  # (were the reporter)
    ("Minh Duy", "credit", "Minh Duy"), ("Nguyen Trang", "credit", "Nguyen Trang"),
])
def test_a_photo_essay_s_last_caption_in_names_shape(line, role, reporter):
    """A photo essay's captions, pictures left as blank lines, the last one two words without marks: a place's or a
    thing's name captions its picture; a person's signs the article off."""
    essay = ["", "", "The old market in the heart of the city, seen from Le Loi street", "", "", line]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n".join(essay) + "\n\nLượt người xem", 1)
    assert roles_of(page, [line]) == [role] and (parse_page(page).credits or {}).get("reporter") == reporter


@pytest.mark.parametrize("line", ["Bình Dương.", "Smart City Vision.", "Binh Duong joins Smart21.", "Xin cảm ơn.",
                                  "Compiled by the department.", "Còn nữa...", "Tổng hợp: Các Dự Án Lớn.",
                                  "Quảng Ninh.", "Thanh Hóa.", "Hà Tĩnh.", "Thua Thien Hue.", "Xã Hội.", "Đà Lạt.",
                                  "Han Quoc."])
def test_a_short_sentence_at_the_body_s_end_is_no_sign_off(line):
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\n{line}\n\nLượt người xem", 1)
    assert roles_of(page, [line]) == ["body"] and parse_page(page).credits is None


@pytest.mark.parametrize("names", [["Nguyễn Văn An.", "Trần Thị Bình."], ["Nguyen Van An.", "Tran Thi Binh."]])
@pytest.mark.parametrize("blank", ["\n", ""])
def test_the_last_of_names_listed_with_full_stops_is_no_sign_off(names, blank):
    """A list of people's names, each a line with its full stop, under a sentence: the last is the list's, not the
    reporter's (it was read as the sign-off; without blank lines, the first name is read as the sentence's wrapped
    line, and still the last is no sign-off)."""
    lines = ["The organisers awarded the prizes to the following people.", *names]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + f"\n{blank}".join(lines) + "\n\nLượt người xem", 1)
    assert roles_of(page, names[-1:]) == ["body"] and parse_page(page).credits is None


@pytest.mark.parametrize("names", [["Minh Duy"], ["Minh Duy", "Hồng Phúc"], ["N.Thạch", "T.T.Hằng"], ["PV"]])
@pytest.mark.parametrize("paragraph", [
    ["Tỉnh sẽ tiếp tục cải thiện môi trường đầu tư cho các doanh nghiệp trong năm tới."],
    ["At the meeting, the Executive Board said that the province had hosted the",
     "Innovation Forum with the World Technopolis Association in April 2024."],  # hard-wrapped, its last piece full
    # a sentence that ends in a closing quote or bracket (the names were joined: only a bare full stop was asked)
    ["Ông Lợi nhấn mạnh: “Tỉnh sẽ tiếp tục cải thiện môi trường đầu tư trong năm tới.”"],
    ['The Chairman said: "The province will keep improving its investment climate next year."'],
    ["Tỉnh sẽ tiếp tục cải thiện môi trường đầu tư cho doanh nghiệp (theo kế hoạch năm 2025.)"],
])
def test_a_sign_off_right_under_the_last_paragraph_is_no_wrapped_line_of_it(paragraph, names):
    """Names under the last paragraph without a blank line, a reporter a line: they were joined to the paragraph as
    its wrapped line (it became a caption; of two names the second alone was the reporter)."""
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(paragraph + names) + "\n\nLượt người xem", 1)
    record = process({"id": "0" * 16, "text": page})
    assert roles_of(page, names) == ["credit"] * len(names)
    assert record["credits"] == credits_of(reporter=", ".join(names))
    assert ("body", "\n".join(paragraph)) in [(block["role"], block["text"]) for block in record["blocks"]]


def test_three_names_under_the_last_paragraph_are_a_list_no_sign_off():
    lines = ["The organisers awarded the prizes of the contest to these people.", "Nguyễn Văn An", "Trần Thị Bình",
             "Lê Văn Cường"]
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(lines) + "\n\nLượt người xem", 1)
    assert parse_page(page).credits is None


def test_names_above_more_prose_or_at_a_cut_dump_s_end_are_no_sign_off():
    above = with_lines(["Minh Duy"])
    cut = ARTICLE[: ARTICLE.index("Lượt người xem")].rstrip() + "\n\nMinh Duy\n"
    assert roles_of(above, ["Minh Duy"]) == ["heading"] and parse_page(above).credits is None
    assert parse_page(cut).credits is None


@pytest.mark.parametrize("line", ["PV", "Minh Duy"])
def test_a_list_s_item_under_a_colon_at_the_body_s_end_is_no_sign_off(line):
    """"Thành phần:" (members:) then "PV": the list's item, not the reporter's sign-off."""
    page = ARTICLE.replace("\n\n\nLượt người xem", f"\n\nThành phần tham dự:\n\n{line}\n\nLượt người xem", 1)
    assert parse_page(page).credits is None


@pytest.mark.parametrize("width", [70, 78, 96])
def test_a_hard_wrapped_article_reads_as_its_paragraphs(width):
    """A crawler that wraps each body paragraph at a width (blank lines still between paragraphs): each
    paragraph is one body block, its lines joined by a line break, as a listing's wrapped teasers are.
    (A title wrapped as well is not read: the title's line is the header's second.)"""
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, width)) if len(line) > _MAX_TITLE_CHARS else line for line in ARTICLE.split("\n")
    )
    original, record = (process({"id": "0" * 16, "text": page}) for page in (ARTICLE, wrapped))
    assert [block["role"] for block in record["blocks"]] == [block["role"] for block in original["blocks"]]
    assert [" ".join(block["text"].split()) for block in record["blocks"]] == [
        " ".join(block["text"].split()) for block in original["blocks"]
    ]
    assert (record["agency"], record["title"], record["credits"]) == (original["agency"], original["title"], original["credits"])


@pytest.mark.parametrize("lines", [
    ["Reported by Mai Xuan and Hong Phuc for the provincial portal of Binh Duong", "Translated by Nguyen Trang"],
    ["The plan sets these tasks for the provincial departments and agencies this year:", "- Completing the data center"],
    ["anh-hoi-nghi-tong-ket-de-an-thanh-pho-thong-minh-2021.jpg", "Overview of the meeting in the provincial hall"],
    ["Overview of the meeting at the provincial administrative center in 2021", "16/05/2019 | Nguyen Trang"],
])
def test_lines_without_a_blank_between_that_are_no_wrapped_paragraph_stay_apart(lines):
    parsed = parse_page(with_lines(["\n".join(lines)]))
    assert all(any(line.text == text for line in parsed.lines) for text in lines)


def with_body(body: str) -> str:
    """The sample article with ``body`` between its header lines and its footer, no blank line before it."""
    header, rest = ARTICLE.split("\n\n", 1)
    return header + "\n" + body + "\n\n" + rest[rest.index("Lượt người xem"):]


def test_short_paragraphs_of_a_body_without_blank_lines_stay_apart():
    """A page whose body has no blank line at all: a line that ends a sentence ends its paragraph."""
    paragraphs = ["PORTAL - The provincial board met on Monday to review the smart city plan of the year.",
                  "The meeting was connected online to the partners of the province in Eindhoven city.",
                  "The board set the tasks of 2021 for the departments and the districts of the province."]
    parsed = parse_page(with_body("\n".join(paragraphs)))
    assert [line.text for line in parsed.lines if line.role == "body"] == paragraphs


@pytest.mark.parametrize(("above", "under"), [
    ("Results of the Smart City Project in the period 2016-2020",
     "At the meeting, the Executive Board outlined the results achieved in the implementation."),
    ("Overview of the meeting at the provincial administrative center",
     "The meeting is online connected to members of the Steering Committee in Eindhoven."),
    ("Overview of the meeting at the provincial administrative center in 2021", "anh-hoi-nghi-tong-ket-2021.jpg"),
])
def test_a_line_the_next_line_s_first_word_would_have_fitted_on_is_no_wrapped_piece(above, under):
    """A heading or caption right above a paragraph longer than it, a file name under a caption: not one
    paragraph. (Above a paragraph of one line no longer than it, a heading reads as a wrapped line: the
    two cannot be told apart.)"""
    parsed = parse_page(with_lines([above + "\n" + under]))
    assert {above, under} <= {line.text for line in parsed.lines}


def test_one_image_gap_in_a_body_without_blank_lines_keeps_its_sentences_apart():
    first = ["TTĐT - Chiều 10/9, tại Trung tâm Hội nghị tỉnh, ông Mai Hùng Dũng chủ trì cuộc họp Ban Chỉ đạo.",
             "Theo báo cáo, năm 2020 dịch Covid-19 đã ảnh hưởng đến mọi lĩnh vực của đời sống xã hội trong tỉnh.",
             "Tỉnh sẽ tiếp tục ưu tiên phát triển Khu công nghiệp Khoa học Công nghệ trong giai đoạn tới đây."]
    last = "Kết luận cuộc họp, ông Mai Hùng Dũng đánh giá cao kết quả đạt được của các sở, ngành trong năm qua."
    parsed = parse_page(with_body("\n".join(first) + "\n\n\nQuang cảnh cuộc họp\n" + last))
    assert [line.text for line in parsed.lines if line.role == "body"] == [*first, last]


@pytest.mark.parametrize("after", ["", "Ảnh: Hồng Phúc", "anh-hoi-nghi.jpg"])
def test_a_sign_off_after_a_caption_or_above_a_credit_line(after):
    """Articles end with a photo and its caption, or with a photo credit under the sign-off."""
    tail = ["Overview of the meeting", "", "Minh Duy"] + (["", after] if after else [])
    page = ARTICLE.replace("\n\n\nLượt người xem", "\n\n" + "\n".join(tail) + "\n\nLượt người xem", 1)
    assert roles_of(page, ["Minh Duy"]) == ["credit"] and parse_page(page).credits["reporter"] == "Minh Duy"


@pytest.mark.parametrize(("above", "under"), [
    ("Sharing with Binh Duong Provincial Information Portal on this occasion, Mr. Tran Thanh Liem",
     "- Chairman of the Provincial People's Committee said that the province will go on."),
    ("TTĐT - Sáng 4/1, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết tình hình kinh tế",
     "- xã hội năm 2021 và triển khai nhiệm vụ năm 2022 tại Trung tâm Hành chính tỉnh."),
    ("- Hoàn thiện hạ tầng giao thông kết nối các khu công nghiệp và các khu đô thị",
     "mới của tỉnh trong giai đoạn 2021-2025."),
    # An item's line cut before a capital after a word a sentence goes on after, a comma, or in a bracket (it was a
    # caption or heading of its own).
    ("- Completing the provincial data center of the province together with",
     "Becamex IDC and the partners of the Smart City project in the first half."),
    ("- Hoàn thiện cơ sở dữ liệu dùng chung của tỉnh, kết nối với hệ thống của",
     "Bộ Thông tin và Truyền thông trong năm 2022."),
    ("- The province applied the Triple Helix model (Government, Enterprise and",
     "Institutions/Universities) and achieved impressive initial results."),
    # A dash under a first line without a comma (a heading's shape) opening a word in lower case, or in a bracket
    # the line opened: a wrapped dash (it was a list item under a heading).
    ("Binh Duong aims to attract more investors with high levels of science",
     "- technology and smart technology for its industrial parks."),
    ("The province applied the Triple Helix model (Government - Enterprise",
     "– Institutions/Universities) and achieved impressive initial results."),
])
def test_a_wrapped_line_that_opens_with_a_dash_goes_on_its_sentence(above, under):
    """A dash after a line cut mid-sentence is a wrapped dash, not a list item, and an item's wrapped line
    goes on the item."""
    page = with_lines(["\n".join([above, under])])
    assert [line.text for line in parse_page(page).lines if line.text.startswith(above)] == [above + "\n" + under]


# Paragraphs as a crawler wraps them at 72 columns (Python's textwrap), broken where a rule read a paragraph's end.
WRAPPED_AT_SENTENCE_S_LAST_NUMBER = [  # "5." opened a numbered list
    "At the meeting, Mr. Le Quoc Thao said that the Executive Board would",
    "meet again at the Provincial Event Center on the afternoon of November",
    "5. The delegates then visited the Binh Duong Innovation Center and the",
    "Science and Technology Industrial Park.",
]
WRAPPED_AT_THE_MONTH_BEFORE_1 = [  # "1." after a month's name: the list's first, a heading's
    "The delegates of the Executive Board will meet again on the afternoon of December",
    "1. The delegates then visited the Binh Duong Innovation Center and the",
    "Science and Technology Industrial Park.",
]
WRAPPED_AT_A_DATE_S_MONTH = [  # "ngày 10 tháng" / "1.": a Vietnamese date's month, its number on the next line
    "Hội nghị sơ kết công tác quý I của Ủy ban nhân dân tỉnh được tổ chức vào ngày 10 tháng",
    "1. Các đại biểu đã tham quan Trung tâm Đổi mới sáng tạo tỉnh Bình Dương.",
]
WRAPPED_AT_A_DATE_S_MONTH_AFTER_ITS_DAY = [  # a day's number after "mùng", "sáng" or a sentence's "Ngày": a date too
    ["Theo kế hoạch, đoàn công tác của tỉnh sẽ lên đường sang Hàn Quốc vào sáng mùng 10 tháng",
     "1. Các đại biểu sẽ tham quan Trung tâm Đổi mới sáng tạo quốc gia tại Seoul."],
    ["Hội nghị sơ kết công tác quý I của Ủy ban nhân dân tỉnh được tổ chức vào sáng 10 tháng",
     "1. Các đại biểu đã tham quan Trung tâm Đổi mới sáng tạo tỉnh Bình Dương."],
    ["Kế hoạch được Ủy ban nhân dân tỉnh Bình Dương ban hành và gửi các sở, ngành. Ngày 10 tháng",
     "1. Các đại biểu đã tham quan Trung tâm Đổi mới sáng tạo tỉnh Bình Dương."],
]
WRAPPED_AT_60 = [  # a first piece of 47 characters (under 50): a caption, the paragraph's head out of it
    "From the above vision, Binh Duong together with",
    "international partners from Eindhoven - Netherlands, WTA -",
    "Korea and experts from Singapore collaborated to build a",
    "breakthrough project.",
]
WRAPPED_AT_60_BEFORE_A_WORD_IN_CAPITALS = [  # "WTA - " after a sentence's end opened a tagged lead: a paragraph of its own
    "In 2018, Binh Duong became an official member of the forum.",
    "WTA - Tampere and experts from Israel collaborated to build",
    "a breakthrough project with the province of Binh Duong.",
]
WRAPPED_BEFORE_A_LONG_WORD = [  # a piece of 49 characters was too short to be a wrapped one
    "During the implementation process, the province has successfully applied",
    "the Triple Helix model (Government - Enterprise –",
    "Institutions/Universities) and achieved impressive initial results in",
    "building the Smart City.",
]


@pytest.mark.parametrize("lines", [WRAPPED_AT_SENTENCE_S_LAST_NUMBER, WRAPPED_AT_THE_MONTH_BEFORE_1, WRAPPED_AT_60,
                                   WRAPPED_BEFORE_A_LONG_WORD, WRAPPED_AT_A_DATE_S_MONTH,
                                   WRAPPED_AT_60_BEFORE_A_WORD_IN_CAPITALS, *WRAPPED_AT_A_DATE_S_MONTH_AFTER_ITS_DAY])
def test_a_hard_wrapped_paragraph_is_one_block_wherever_its_wrapper_broke_it(lines):
    """Each was two or three paragraphs; the page read the same unwrapped is the reference."""
    wrapped, unwrapped = (process({"id": "0" * 16, "text": with_lines(body)}) for body in (lines, [" ".join(lines)]))
    paragraph = next(block for block in wrapped["blocks"] if block["text"].startswith(lines[0]))
    assert (paragraph["role"], paragraph["text"]) == ("body", "\n".join(lines))
    assert [block["role"] for block in wrapped["blocks"]] == [block["role"] for block in unwrapped["blocks"]]


@pytest.mark.parametrize("items", [
    ["1. Hoàn thiện hạ tầng giao thông kết nối vùng, các khu công nghiệp tập trung của",
     "Bình Dương, Đồng Nai và Thành phố Hồ Chí Minh theo quy hoạch được phê duyệt",
     "2. Phát triển nguồn nhân lực chất lượng cao phục vụ thành phố thông minh."],
    ["1. Completing the data center of the province together with the partners of",
     "Becamex IDC, Viettel and VNPT in the first half of the year, and the smart",
     "2. Binh Duong joins the World Technopolis Association as a full member."],
])
def test_a_list_s_next_number_under_its_item_s_line_cut_mid_sentence_opens_an_item(items):
    """Under a wrapped item's line that opens with a name (so not on the item) and ends mid-sentence, "2." was read as
    a sentence's last number and joined to that line: the list's second item lost in a paragraph."""
    record = process({"id": "0" * 16, "text": with_lines(items)})
    assert items[2] in [block["text"] for block in record["blocks"]]


def test_a_date_that_a_hard_wrap_broke_is_read():
    """"in April" / "25th, 2024": a date mention between two lines of a wrapped paragraph was not read."""
    lines = ["At the meeting, the Executive Board said that the province had hosted",
             "the Innovation Forum with the World Technopolis Association in April",
             "25th, 2024 with its partners from Korea, Japan and Singapore."]
    record = process({"id": "0" * 16, "text": with_lines(lines)})
    assert ("April 25th, 2024", "2024-04-25") in [(found["text"], found["value"]) for found in record["dates"]]


@pytest.mark.parametrize("lines", [
    ["The province sets these tasks for its departments and districts this year,",
     "1. Completing the data center of the province in the first half of the year.", "2. Binh Duong joined WTA."],
    ["OUTSTANDING RESULTS OF THE SMART CITY PROJECT IN THE PERIOD 2016-2020",
     "- Binh Duong was voted by the Intelligent Community Forum into its Top 7.", "- Binh Duong joined WTA."],
    ["Results of the Smart City Project in the period 2016-2020 and the years ahead",
     "1. Binh Duong was voted by the Intelligent Community Forum into its Top 7.", "2. Binh Duong joined WTA."],
    ["- Digitizing land records, business records and civil status records now",
     "The departments reported on the progress of these tasks at the meeting."],
    ["- Hoàn thiện hạ tầng giao thông kết nối các khu công nghiệp của tỉnh Bình Dương",
     "Tỉnh cũng đề ra các nhiệm vụ về chuyển đổi số cho các sở, ngành trong năm."],
    ["The province sets these tasks for its departments in the first half of December",
     "- Binh Duong joins the World Technopolis Association as a full member.", "- Binh Duong joined WTA."],
    ["Results of the Smart City Project in the period 2016-2020 and the years ahead",
     "1. Binh Duong was voted by the Intelligent Community Forum into its Top 7.", "2. Binh Duong joined WTA."],
    # a verb spelt as a month's name in lower case ("may", "march") is no month's: the "1." under it opens the
    # list (it was read as the sentence's last number)
    ["To speed up the project, the Executive Board of the Smart City Project may",
     "1. Approve the plan of the province for the year.", "2. Assign tasks to the departments."],
    # "tháng" (month), "quý" (quarter) after a count is a length of time, no month's name: the "1." under it opens
    # the list (it was read as a date's month number and joined to the line)
    ["Ủy ban nhân dân tỉnh đề ra các nhiệm vụ trọng tâm cho các sở, ngành trong 6 tháng",
     "1. Nội dung thứ nhất là hoàn thiện hạ tầng giao thông kết nối vùng.", "2. Phát triển nguồn nhân lực."],
    ["Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh Bình Dương hằng tháng",
     "1. Nội dung thứ nhất là hoàn thiện hạ tầng giao thông kết nối vùng.", "2. Phát triển nguồn nhân lực."],
    ["Các sở, ngành báo cáo kết quả thực hiện Chương trình chuyển đổi số của tỉnh mỗi quý",
     "1. Nội dung thứ nhất là hoàn thiện hạ tầng giao thông kết nối vùng.", "2. Phát triển nguồn nhân lực."],
])
def test_a_list_under_a_heading_or_a_paragraph_under_an_item_stays_apart(lines):
    """A heading has no comma: a dash under it opens an item; a line under an item in capitals opens a
    paragraph of its own."""
    parsed = parse_page(with_lines(["\n".join(lines)]))
    assert {line.text for line in parsed.lines} >= set(lines)


@pytest.mark.parametrize("lines", [
    ["Binh Duong was voted into the Top 7 Intelligent Communities of the year 2021.",
     "The province joined the World Technopolis Association as a full member in 2016.",
     "Becamex IDC signed a cooperation agreement with partners from Eindhoven city."],
    ["Tỉnh Bình Dương được bình chọn vào Top 7 cộng đồng thông minh tiêu biểu năm 2021.",
     "Tỉnh đã gia nhập Hiệp hội các Thành phố Khoa học Thế giới vào năm 2016 vừa qua.",
     "Becamex IDC đã ký kết thỏa thuận hợp tác với các đối tác đến từ thành phố Eindhoven."],
])
def test_a_bare_page_of_one_line_sentences_keeps_its_paragraphs(lines):
    """A page without template whose lines are sentences of like lengths, no blank line between and none cut
    mid-sentence: no hard-wrapped paragraph, a block a line (they were joined into one)."""
    page = parse_page("\n".join(lines))
    assert [line.text for line in page.lines] == lines


def test_a_caption_above_a_wrapped_paragraph_stays_a_caption():
    caption = "Overview of the meeting at the provincial administrative center in 2021"
    paragraph = ["The meeting is online connected to members of the Steering Committee at the",
                 "broadcast in Eindhoven city (Netherlands) and Singapore."]
    page = with_lines(["\n".join([caption, *paragraph])])
    assert roles_of(page, [caption, "\n".join(paragraph)]) == ["caption", "body"]


@pytest.mark.parametrize("sample", ["001", "002", "003", "004"])
@pytest.mark.parametrize(("width", "fill"), [(60, 1.0), (72, 1.0), (76, 1.0), (80, 1.0), (88, 1.0), (100, 1.0), (72, 0.93),
                                           (80, 0.93)])
def test_every_sample_hard_wrapped_keeps_its_text(sample, width, fill):
    """Each article wrapped as a crawler would (Python's textwrap; a wrapper that fills lines to 93 % of its
    width, as GNU fmt does): the same text, but for the line breaks (a split paragraph's head became a
    caption and left the text)."""
    page = sample_text(sample)
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, int(width * fill), break_on_hyphens=False)) if len(line) > _MAX_TITLE_CHARS else line
        for line in page.split("\n")
    )
    original, record = (process({"id": "0" * 16, "text": text}) for text in (page, wrapped))
    assert record["text"].split() == original["text"].split()


@pytest.mark.parametrize("line", ["Theo Sở Y tế không ghi nhận ca mắc mới", "Thực hiện: Chuyển Đổi Số", "Nguồn: Hotline, 1900"])
def test_a_short_line_that_opens_like_a_credit_is_no_credit(line):
    """A sentence without its full stop, a heading after a field word no credit has, a number that is no year."""
    page = with_lines([line], before="In the coming time")
    assert roles_of(page, [line]) != ["credit"] and parse_page(page).credits is None
    assert line in [block["text"] for block in process({"id": "0" * 16, "text": page})["blocks"]]


@pytest.mark.parametrize("sample", ["001", "002", "003", "004"])
@pytest.mark.parametrize("width", [60, 72, 80, 90])
def test_a_title_wrapped_over_lines_is_one_title(sample, width):
    """A crawler that wraps long lines wraps the title too: its lines above the widget are one title, not a
    title and headings of the text."""
    page = sample_text(sample)
    title = page.split("\n")[1]
    pieces = textwrap.wrap(title, width, break_on_hyphens=False)
    wrapped = "\n".join("\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) or line for line in page.split("\n"))
    original, record = (process({"id": "0" * 16, "text": text}) for text in (page, wrapped))
    assert record["title"] == original["title"]
    assert [item["text"] for item in record["ui"] if item["role"] == "title"] == pieces


@pytest.mark.parametrize(("title", "under"), [
    ("Chủ tịch UBND tỉnh Võ Văn Minh: Tập trung phục hồi", "đẩy mạnh giải ngân vốn đầu tư công trong năm 2022"),
    ("Chủ tịch UBND tỉnh Võ Văn Minh:", "Tập trung phục hồi kinh tế trong năm 2022"),
])
def test_a_title_broken_mid_sentence_or_after_a_speaker_is_one_title(title, under):
    """On a page whose paragraphs stand on lines of their own, a title broken where a sentence goes on (the
    next line in lower case) or after its speaker's colon is one title."""
    page = "\n".join([sample_text("001").split("\n", 1)[0], title, under, *sample_text("001").split("\n")[2:]])
    assert process({"id": "0" * 16, "text": page})["title"] == f"{title} {under}"


def test_a_byline_under_the_title_is_no_wrapped_title_line():
    header, title, widget, rest = sample_text("002").split("\n", 3)
    byline = "16/05/2019 | Nguyen Trang"
    page = "\n".join([header, title, byline, widget, rest.replace(byline, "", 1)])
    record = process({"id": "0" * 16, "text": page})
    assert record["title"] == title and record["byline"]["author"] == "Nguyen Trang"


@pytest.mark.parametrize("turns", [
    ["Phóng viên: Thưa ông, năm 2022 tỉnh sẽ tập trung vào những nhiệm vụ nào",
     "- Ông Nguyễn Văn Lợi: Trước hết, tỉnh sẽ tập trung phục hồi kinh tế."],
    ["PV: Những nhiệm vụ trọng tâm trong năm tới là gì", "", "Ông Lợi: Tỉnh sẽ tập trung vào chuyển đổi số"],
    ["Phóng viên (PV):Thưa ông, năm 2022 tỉnh sẽ tập trung vào những nhiệm vụ nào",
     "Ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy: Trước hết, tỉnh sẽ tập trung phục hồi kinh tế."],
    ["PV: Thưa ông, năm 2022 tỉnh sẽ tập trung vào những nhiệm vụ nào trong bối cảnh",
     "TS. Nguyễn Văn A: Theo tôi, tỉnh cần tập trung vào hạ tầng giao thông và nhân lực."],
    ["Q: Smart City", "", "A: Yes, the Smart City Project remains a breakthrough program."],
    ["Question: How will the province support enterprises?", "",
     "Answer: Through administrative reform and digital transformation"],
])
def test_an_interview_s_turns_are_paragraphs_of_the_text(turns):
    """A turn opens with its speaker and a colon: a paragraph of its own (not a wrapped line of the question
    above it), in the text though short and unterminated (not a heading or caption) when the interviewer or a
    question's label speaks, or a person next to another turn."""
    page = with_lines(turns)
    texts = [turn for turn in turns if turn]
    assert roles_of(page, texts) == ["body"] * len(texts)
    blocks = [block["text"] for block in process({"id": "0" * 16, "text": page})["blocks"]]
    assert all(text in blocks for text in texts)


@pytest.mark.parametrize(("title", "under"), [
    ("Bình Dương tổng kết công tác năm 2021", "Kinh tế"),  # a short title: no wrapped piece
    ("Binh Duong Smart City Scheme achieves initial results", "Reported by Mai Xuan"),  # a credit
    ("Binh Duong Smart City Scheme achieves initial results", "Ảnh: Minh Duy"),
    ("Binh Duong Smart City Scheme achieves initial results", "(Ảnh minh họa)"),  # a caption's cue
    ("Binh Duong Smart City Scheme achieves initial results in the year", "PORTAL - On the afternoon of September 05, "
     "provincial leaders met the delegation of the Intelligent Community Forum."),  # a lead, longer than the title
    ("Provincial leaders welcomed the ICF team to survey the construction",
     "Provincial leaders welcomed the ICF team to survey the construction"),  # the title twice
])
def test_a_line_under_the_title_that_no_wrapper_made_is_no_title(title, under):
    page = "\n".join([sample_text("001").split("\n", 1)[0], title, under, *sample_text("001").split("\n")[2:]])
    record = process({"id": "0" * 16, "text": page})
    assert record["title"] == title and [item["text"] for item in record["ui"] if item["role"] == "title"] == [title]




@pytest.mark.parametrize("line", ["Ông Võ Văn Minh: Chủ tịch UBND tỉnh phát biểu tại hội nghị",
                                  "Anh Nguyễn Văn A: công nhân Công ty Kumho đang làm việc"])
def test_a_short_line_that_names_a_person_before_a_colon_is_no_turn(line):
    """A person's name and a colon open captions and headings too: a short unterminated one is read as
    such a line, not as an interview's turn."""
    assert roles_of(with_lines([line]), [line]) in (["caption"], ["heading"])


@pytest.mark.parametrize("under", ["Part 2: Positioning Binh Duong brand in the international arena", "Ảnh: Minh Duy",
                                   "Kinh tế tăng trưởng dương dù dịch bệnh"])
def test_a_line_between_the_title_and_the_widget_leaves_the_byline_its_own(under):
    """The portal's header with a subtitle (or a credit) under the title: the widget and the byline under
    them are still read."""
    header, title, widget, byline, rest = sample_text("002").split("\n", 4)
    record = process({"id": "0" * 16, "text": "\n".join([header, title, under, widget, byline, rest])})
    assert record["title"] == title and record["byline"] == {"date_raw": "16/05/2019", "author": "Nguyen Trang",
                                                            "date": "2019-05-16"}


def test_reported_speech_is_no_turn_and_a_paragraph_wrapped_above_it_stays_whole():
    """"Ông X, Giám đốc Sở Y tế cho biết: “…”" reports what a person said: a wrapped paragraph's line goes
    on it; and a caption with a cue before a colon stays a caption."""
    paragraph = ["Tại hội nghị, các đại biểu đã thảo luận về tình hình dịch bệnh trên địa bàn tỉnh trong thời gian",
                 "Ông Nguyễn Hồng Chương, Giám đốc Sở Y tế cho biết: “Tỉnh sẽ tiếp tục tiêm vắc xin.”"]
    caption = "Mr. Mai Hung Dung (middle): Standing Vice Chairman of provincial People's Committee speaks at the meeting"
    page = with_lines(["\n".join(paragraph), "", caption])
    assert roles_of(page, ["\n".join(paragraph), caption]) == ["body", "caption"]


@pytest.mark.parametrize(("under", "read"), [
    ("Ảnh: Minh Duy", {"credits": credits_of(photographer="Minh Duy")}),
    ("PORTAL - On the afternoon of September 05, the board of Binh Duong Smart City met to review the year.",
     {"agency": "PORTAL"}),
    ("IMG_20220105.jpgQuang cảnh hội nghị", {"roles": ["caption", "image_file"]}),
])
def test_a_line_between_the_title_and_the_widget_is_read_as_the_body_reads_it(under, read):
    """Its credits, its agency tag (the body's lead), a file name fused to a caption: as in the body."""
    header, title, widget, byline, rest = sample_text("002").split("\n", 4)
    page = "\n".join([header, title, under, widget, byline, rest.replace("BEGIC -", "", 1)])
    record = process({"id": "0" * 16, "text": page})
    if "credits" in read:
        assert record["credits"]["photographer"] == "Minh Duy"
    if "agency" in read:
        assert record["agency"] == "PORTAL"
    if "roles" in read:
        assert sorted(item["role"] for item in record["blocks"] + record["ui"] if item["line"] == 3) == read["roles"]
    assert record["byline"]["author"] == "Nguyen Trang"


@pytest.mark.parametrize(("title", "under"), [
    ("Provincial leaders welcomed the ICF team to survey the construction of Binh Duong Smart City",
     "Smart City office opens in Eindhoven"),  # a page of short lines: no wrapped width
    ("Provincial leaders welcomed the ICF team to survey the construction of Binh Duong Smart City", "by Nguyen Trang"),
])
def test_a_title_on_a_page_of_short_lines_takes_no_subtitle(title, under):
    short = "\n\n".join(f"Short line {number} of a photo report" + " of the day" * (number % 3) for number in range(6))
    page = "\n".join([sample_text("001").split("\n", 1)[0], title, under, *sample_text("001").split("\n")[2:4], short])
    record = process({"id": "0" * 16, "text": page})
    assert record["title"] == title


@pytest.mark.parametrize("under", ["Binh Duong Smart City Scheme has achieved fundamental results in the last three years."])
def test_an_untagged_sapo_above_the_widget_leaves_the_lead_its_tag(under):
    header, title, widget, byline, rest = sample_text("002").split("\n", 4)
    record = process({"id": "0" * 16, "text": "\n".join([header, title, under, widget, byline, rest])})
    assert record["agency"] == "BEGIC" and record["byline"]["author"] == "Nguyen Trang"


@pytest.mark.parametrize("byline", ["Nguyen Trang | 16/05/2019", "May 16, 2019 | Nguyen Trang"])
def test_a_byline_in_another_form_under_a_subtitle_is_read(byline):
    header, title, widget, _, rest = sample_text("002").split("\n", 4)
    page = "\n".join([header, title, widget, "Expanding international relations", byline, rest])
    assert process({"id": "0" * 16, "text": page})["byline"]["author"] == "Nguyen Trang"


VIETNAMESE_PAGE = "\n".join([
    "Thứ 4, Ngày 05/01/2022, 16:00", "Bình Dương tổng kết công tác xây dựng thành phố thông minh năm 2021",
    "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)", "05/01/2022 | Nguyễn Trang", "",
    "CỔNG TTĐT - Chiều 4/1, Ban Điều hành Đề án thành phố thông minh Bình Dương tổ chức hội nghị tổng kết năm 2021.", "",
    "Minh Hải", "", "Lượt người xem:  Views:   57", "Chia sẻ:",
])


@pytest.mark.parametrize(("page", "byline", "date_raw", "author"), [
    (VIETNAMESE_PAGE, "Ngày 05/01/2022 | Nguyễn Trang", "05/01/2022", "Nguyễn Trang"),
    (VIETNAMESE_PAGE, "Ngay 05/01/2022 | Nguyen Trang", "05/01/2022", "Nguyen Trang"),
    (VIETNAMESE_PAGE, "Ngày đăng: 05/01/2022 | Nguyễn Trang", "05/01/2022", "Nguyễn Trang"),
    (sample_text("002"), "Date: 16/05/2019 | Nguyen Trang", "16/05/2019", "Nguyen Trang"),
    (sample_text("002"), "Posted on 16/05/2019 | Nguyen Trang", "16/05/2019", "Nguyen Trang"),
    # the time before the date
    (VIETNAMESE_PAGE, "Cập nhật lúc 10:30 05/01/2022 | Nguyễn Trang", "10:30 05/01/2022", "Nguyễn Trang"),
    (VIETNAMESE_PAGE, "Cập nhật: 10:30, 05/01/2022 | Nguyễn Trang", "10:30, 05/01/2022", "Nguyễn Trang"),
    (sample_text("002"), "Updated at 10:30 16/05/2019 | Nguyen Trang", "10:30 16/05/2019", "Nguyen Trang"),
    (sample_text("002"), "Updated at 10:30 AM 16/05/2019 | Nguyen Trang", "10:30 AM 16/05/2019", "Nguyen Trang"),
    # (readthrough 3, B6) the clock in words, "ngày" between clock and date, "Đăng lúc" (were a heading, no byline)
    (VIETNAMESE_PAGE, "Cập nhật lúc 10:30 ngày 05/01/2022 | Nguyễn Trang", "10:30 ngày 05/01/2022", "Nguyễn Trang"),
    (VIETNAMESE_PAGE, "Cập nhật lúc 10 giờ 30 ngày 05/01/2022 | Nguyễn Trang", "10 giờ 30 ngày 05/01/2022",
     "Nguyễn Trang"),
    (VIETNAMESE_PAGE, "Đăng lúc 10:30 05/01/2022 | Nguyễn Trang", "10:30 05/01/2022", "Nguyễn Trang"),
])
def test_a_byline_whose_date_has_its_label_is_read(page, byline, date_raw, author):
    """A skin that writes the date header's own label before the byline's date ("Ngày 05/01/2022 | Nguyễn Trang") gave
    a heading in the body and no byline."""
    plain = f"{date_raw} | {author}"
    page = page.replace("05/01/2022 | Nguyễn Trang", plain).replace("16/05/2019 | Nguyen Trang", plain)
    record = process({"id": "0" * 16, "text": page.replace(plain, byline, 1)})
    assert {key: record["byline"][key] for key in ("date_raw", "author")} == {"date_raw": date_raw, "author": author}
    assert record["byline"]["date"] == process({"id": "0" * 16, "text": page})["byline"]["date"]
    assert record["text"] == process({"id": "0" * 16, "text": page})["text"]


@pytest.mark.parametrize(("written", "author", "credits"), [
    ("Mai Xuan - Translated by Hoang Anh", "Mai Xuan", {"translator": "Hoang Anh"}),
    ("Mai Xuan (Translated by Hoang Anh)", "Mai Xuan", {"translator": "Hoang Anh"}),
    ("Mai Xuan - Photo: Hong Phuc", "Mai Xuan", {"photographer": "Hong Phuc"}),
    # (readthrough 3, B8) one credit part with its field words: the reporter's names the author, any other field's
    # the credits (the author was the whole, field words and all); B9's square brackets and Vietnamese twins
    ("Reported by Mai Xuan", "Mai Xuan", {}),
    ("Translated by Hoang Anh", None, {"translator": "Hoang Anh"}),
    ("Bài: Mai Xuân", "Mai Xuân", {}),
    ("Dịch: Hoàng Anh", None, {"translator": "Hoàng Anh"}),
    ("Bài: Mai Xuân - Ảnh: Hồng Phúc", "Mai Xuân", {"photographer": "Hồng Phúc"}),
    ("Mai Xuan [Translated by Hoang Anh]", "Mai Xuan", {"translator": "Hoang Anh"}),
    ("Mai Xuân (Người dịch: Hoàng Anh)", "Mai Xuân", {"translator": "Hoàng Anh"}),
    # (review of B8) a credit part of two words, its field word first (stayed the author, field word and all); names
    # alone, joined by "and"/"và", stay as the line writes them (they were rewritten "Mai Xuan, Hong Phuc")
    ("Bài: PV", "PV", {}),
    ("Ảnh: TTXVN", None, {"photographer": "TTXVN"}),
    ("Mai Xuan and Hong Phuc", "Mai Xuan and Hong Phuc", {}),
    ("Nguyễn Trang và Mai Xuân", "Nguyễn Trang và Mai Xuân", {}),
])
def test_a_byline_s_author_with_more_credit_parts(written, author, credits):
    """(English hunt 8) The author's names, then other credit parts: the author was the whole, the translator lost."""
    page = sample_text("002").replace("16/05/2019 | Nguyen Trang", f"16/05/2019 | {written}", 1)
    record = process({"id": "0" * 16, "text": page})
    assert record["byline"]["author"] == author and record["credits"] == (credits_of(**credits) if credits else None)
    assert record["text"] == process({"id": "0" * 16, "text": sample_text("002")})["text"]


def test_a_title_wrapped_before_theo_and_words_of_its_own_is_one_title():
    lines = ["Bình Dương triển khai xây dựng nông thôn mới", "theo hướng bền vững giai đoạn 2021-2025"]
    page = "\n".join([sample_text("001").split("\n", 1)[0], *lines, *sample_text("001").split("\n")[2:]])
    assert process({"id": "0" * 16, "text": page})["title"] == " ".join(lines)


def test_a_notice_s_subtitle_above_a_body_of_short_lines_stays_apart():
    """A notice's lines are short, and two of them near one length are no wrapped page."""
    page = "\n".join([
        "Thứ 4, Ngày 05/01/2022, 16:00", "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 01",
        "Lịch tiếp công dân tháng 01", "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)", "05/01/2022 | Minh Duy", "",
        "Chủ tịch UBND tỉnh thông báo lịch tiếp công dân định kỳ như sau:", "", "- Thời gian: 8 giờ ngày 15/01/2022.", "",
        "- Địa điểm: Trụ sở Tiếp công dân tỉnh, Trung tâm Hành chính tỉnh.", "",
        "Công dân có nhu cầu liên hệ trước để đăng ký.", "", "Lượt người xem:  Views:   25", "Chia sẻ:",
    ])
    record = process({"id": "0" * 16, "text": page})
    assert record["title"] == "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 01"
    assert record["byline"]["author"] == "Minh Duy"


def test_a_table_row_with_a_date_under_a_line_above_the_widget_is_no_byline():
    header, title, widget, rest = sample_text("001").split("\n", 3)
    page = "\n".join([header, title, widget, "Bảng giá vàng hôm nay", "Giá vàng | 05/01/2022", rest])
    assert process({"id": "0" * 16, "text": page})["byline"] is None
