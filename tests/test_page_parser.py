"""The page template, line by line: table-driven over real lines of the portal's pages."""

from __future__ import annotations

import itertools
import textwrap

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.dedup import normalised_body
from bdtools.parsers import page
from bdtools.parsers.page import (
    CREDIT_FIELDS,
    agency_tag,
    cut_template_role,
    listing_control,
    parse_byline,
    parse_credits,
    parse_page,
    strip_agency_tag,
    template_role,
)
from bdtools.pipeline import process
from bdtools.records import CREDIT_KEYS

from conftest import DATED_ITEM_LAYOUTS, SAMPLE_FILES, dated_item_roles, dated_listing, listed_article, sample_text

TEMPLATE_LINES = [
    ("Thứ 4, Ngày 05/01/2022, 16:00", "date_header"),
    ("Chủ nhật, Ngày 09/01/2022, 08:30", "date_header"),
    ("Chủ Nhật, Ngày 9/1/2022, 8:05", "date_header"),
    ("Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)", "font_size_widget"),
    ("Lượt người xem:  Views:   1280", "views"),
    ("Lượt người xem: 15", "views"),
    ("Chia sẻ:", "share"),
    ("Manage PermissionsManage Permissions", "sp_action"),
    ("Version HistoryVersion History", "sp_action"),
    ("Tin nổi bật(Time)", "sp_field"),
    ("Tin nổi bật (Time)", "sp_field"),
    ("Số lượt người đọc", "sp_field"),
    ("Approval Status", "sp_field"),
    ("Content Type: Tin Tức Mở Rộng", "content_type"),
    ("Created at by", "audit"),
    ("Last modified at by", "audit"),
    ("Last modified at 05/01/2022 16:00 by Admin", "audit"),
    ("Binh Duong is honored in TOP7 by ICF", None),
    ("Thứ trưởng Bộ Công Thương phát biểu", None),
    ("Views of the new park", None),
    ("Last modified at 5/1/2022 4:00 PM by BD\\admin", "audit"),
    ("Created at 05/01/2022 16:00 by Nguyen Trang", "audit"),
    ("Lượt người xem:  Views:   1 280", "views"),
    ("Lượt người xem:  Views:   1\u00a0280", "views"),
    ("Ngày 14/09/2020, 11:00", "date_header"),
    ("Thứ Hai, ngày 14 tháng 9 năm 2020", "date_header"),
    ("Ngày 14/09/2020, UBND tỉnh tổ chức hội nghị tổng kết", None),
    # A dump may write the template's spaces as no-break spaces: the widget, views, content type and audit lines
    # were unknown, the footer started no earlier than its share line (the widget a body heading).
    ("Cỡ\u00a0chữ:\u00a0Font\u00a0size:\u00a0Giảm\u00a0(A-)\u00a0Mặc\u00a0định\u00a0(A)\u00a0Tăng\u00a0(A+)", "font_size_widget"),
    ("Lượt\u00a0người\u00a0xem:\u00a0\u00a0Views:\u00a0\u00a0\u00a01280", "views"),
    ("Content\u00a0Type:\u00a0Tin\u00a0Tức\u00a0Mở\u00a0Rộng", "content_type"),
    ("Last\u00a0modified\u00a0at\u00a0by", "audit"),
    # ... or a no-break space beside a space (HTML's "&nbsp; "): one space between a label's words was still asked.
    ("Cỡ\u00a0 chữ: Font\u00a0 size: Giảm (A-) Mặc\u00a0 định (A) Tăng (A+)", "font_size_widget"),
    ("Lượt\u00a0 người\u00a0 xem: Views: 1280", "views"),
    ("Lượt  xem: 1280", "views"),
    ("Content\u00a0 Type: Tin Tức Mở Rộng", "content_type"),
    ("Last\u00a0 modified at by", "audit"),
    ("Last\u00a0modified\u00a0at a cost of 5 billion VND by the province", None),
]


@pytest.mark.parametrize(("line", "role"), TEMPLATE_LINES)
def test_template_role(line, role):
    assert template_role(line) == role


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("PORTAL - From the results", "PORTAL"),
        ("PORTAL – From the results", "PORTAL"),
        ("PORTAL- On the afternoon", "PORTAL"),
        ("Portal – On the afternoon", "PORTAL"),
        ("BEGIC -\u00a0Afternoon of March 14th", "BEGIC"),
        ("BEGIC – Late June 27", "BEGIC"),
        ("TTĐT - Chiều 5/1, tại Trung tâm", "TTĐT"),
        ("TTDT-Chieu 5/1, tai Trung tam", "TTDT"),  # "TTĐT-Chiều" as a dump that lost the marks writes it (was none)
        # the Vietnamese portal's name as its tag, two words, marked or not (was none: the tag stayed in the lead)
        ("CỔNG TTĐT - Chiều 4/1, tại Trung tâm", "CỔNG TTĐT"),
        ("Cổng TTĐT – Sáng 6/4, Văn phòng Đề án", "CỔNG TTĐT"),
        ("CỔNG TTĐT-Chiều 4/1, tại Trung tâm", "CỔNG TTĐT"),
        ("CONG TTDT - Chieu 4/1, tai Trung tam", "CONG TTDT"),
        # (readthrough B7) any case, with the marks or without, one pattern (were no tag)
        ("CỔNG TTDT - Chiều 4/1, tại Trung tâm", "CỔNG TTDT"), ("Cổng ttđt - Sáng 6/4, Văn phòng Đề án", "CỔNG TTĐT"),
        ("Cong ttdt - Sang 6/4, Van phong", "CONG TTDT"), ("Cổng TTDT-Chiều 4/1, tại Trung tâm", "CỔNG TTDT"),
        ("Cổng thông tin - Chiều 4/1", None),
        ("CTTĐT - Sáng 5/1, UBND tỉnh họp", "CTTĐT"),
        ("Cổng thông tin - Bình Dương", None),
        ("Mr. Mai Hung Dung - Standing Vice Chairman", None),
        ("As an economic breakthrough motivation role", None),
    ],
)
def test_agency_tag(line, tag):
    assert agency_tag(line) == tag
    assert strip_agency_tag(line) == (line[len(tag):].lstrip("-– \u00a0") if tag else line)


@pytest.mark.parametrize(
    ("line", "tag", "rest"),
    [
        ("(PORTAL) - On the afternoon of January 5", "PORTAL", "On the afternoon of January 5"),
        ("(BDO) Sáng 5-1, tại Trung tâm Hội nghị", "BDO", "Sáng 5-1, tại Trung tâm Hội nghị"),
        ("(TTĐT)-Chiều 5/1, UBND tỉnh họp", "TTĐT", "Chiều 5/1, UBND tỉnh họp"),
        ("(TTDT) Chieu 5/1, UBND tinh hop", "TTDT", "Chieu 5/1, UBND tinh hop"),  # without the marks (was none)
        ("(QDND) - Sang 5/1, Bo Quoc phong", "QDND", "Sang 5/1, Bo Quoc phong"),
        ("(CTTĐT) - Chiều 4/1, tại Trung tâm", "CTTĐT", "Chiều 4/1, tại Trung tâm"),  # the portal's (was none)
        ("(CTTDT) Chieu 4/1, tai Trung tam", "CTTDT", "Chieu 4/1, tai Trung tam"),
        ("(CỔNG TTĐT) - Chiều 4/1, tại Trung tâm", "CỔNG TTĐT", "Chiều 4/1, tại Trung tâm"),
        ("(Cổng ttđt) - Chiều 4/1, tại Trung tâm", "CỔNG TTĐT", "Chiều 4/1, tại Trung tâm"),  # (readthrough B7)
        ("(VNA) – The Prime Minister", "VNA", "The Prime Minister"),
        ("(VIDEO) Lễ hội đường phố", None, "(VIDEO) Lễ hội đường phố"),  # the story's kind, no agency
        ("(Ảnh minh họa) Sáng 5-1", None, "(Ảnh minh họa) Sáng 5-1"),
        ("(ICF) is a forum", None, "(ICF) is a forum"),  # no dash, no sentence's capital after it
        # Only an agency's or a paper's tag (a table): not a flag, a numeral, a glossary's abbreviation, a forum.
        ("(AUDIO) Bản tin thời sự tối 4-1", None, "(AUDIO) Bản tin thời sự tối 4-1"),
        ("(MỚI) Bình Dương công bố chỉ số", None, "(MỚI) Bình Dương công bố chỉ số"),
        ("(II) Nhiệm vụ trọng tâm năm 2024", None, "(II) Nhiệm vụ trọng tâm năm 2024"),
        ("(UBND) Ủy ban nhân dân", None, "(UBND) Ủy ban nhân dân"),
        ("(ICF) Lãnh đạo Diễn đàn thăm Trung tâm", None, "(ICF) Lãnh đạo Diễn đàn thăm Trung tâm"),
    ],
)
def test_agency_tag_in_brackets(line: str, tag: str | None, rest: str) -> None:
    assert (agency_tag(line), strip_agency_tag(line)) == (tag, rest)


def test_a_bracketed_tag_is_the_pages_agency_and_leaves_the_fingerprint() -> None:
    """"(PORTAL) - On …" gave no agency, and its copy with "PORTAL - " was a near duplicate, not an exact one."""
    text = sample_text("004")
    bracketed = process({"id": "0" * 16, "text": text.replace("PORTAL - ", "(PORTAL) - ", 1)})
    plain = process({"id": "1" * 16, "text": text})
    assert bracketed["agency"] == plain["agency"] == "PORTAL"
    assert normalised_body(bracketed) == normalised_body(plain)


VI_ARTICLE = ("Thứ 4, Ngày 05/01/2022, 16:00\nBình Dương tổng kết công tác xây dựng thành phố thông minh năm 2021\n"
              "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n05/01/2022 | Nguyễn Trang\n\n"
              "CỔNG TTĐT - Chiều 4/1, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Điều hành Đề án thành phố thông minh "
              "tổ chức hội nghị tổng kết công tác năm 2021.\n\nNhiều kết quả nổi bật\n\nNăm 2021, tỉnh được Diễn đàn "
              "Cộng đồng thông minh vinh danh.\n\nLượt người xem:  Views:   57\nChia sẻ:\n")


@pytest.mark.parametrize(("written", "agency"), [("TTĐT - ", "TTĐT"), ("(CTTĐT) - ", "CTTĐT"), ("CONG TTDT - ", "CONG TTDT"),
                                                 ("", None)])
def test_the_vietnamese_portals_name_as_its_tag_is_the_agency_and_leaves_the_fingerprint(written, agency) -> None:
    """"CỔNG TTĐT - Chiều 4/1, …" gave no agency, and its recrawl written "TTĐT - " or untagged was near, not exact."""
    portal = process({"id": "0" * 16, "text": VI_ARTICLE})
    recrawl = process({"id": "1" * 16, "text": VI_ARTICLE.replace("CỔNG TTĐT - ", written, 1)})
    assert (portal["agency"], recrawl["agency"]) == ("CỔNG TTĐT", agency)
    assert normalised_body(portal) == normalised_body(recrawl)


@given(
    st.sampled_from(["PORTAL", "Portal", "BEGIC", "TTĐT", "(BDO)", "(VIDEO)", "Mr.", "A", "ab", ""]),
    st.sampled_from([" - ", "- ", " –", "-", " "]),
    st.text(max_size=12),
)
@settings(max_examples=300, deadline=None)
def test_stripping_a_tag_removes_what_the_agency_pattern_matches_at_the_start(tag: str, dash: str, rest: str) -> None:
    line = tag + dash + rest
    assert strip_agency_tag(line) == page._AGENCY.sub("", line, count=1)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Reported by Mai Xuan - Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
        ("Reported by Mai Xuân – Translated by Nguyễn Trang", {"reporter": "Mai Xuân", "translator": "Nguyễn Trang"}),
        ("Written by Hoang Vu | Photos by Minh Duy", {"reporter": "Hoang Vu", "photographer": "Minh Duy"}),
        ("Translated by Nguyen Trang", {"translator": "Nguyen Trang"}),
        # Field words as nouns (they were a heading or body): "Translator:", "Reporter:" ("Thực hiện:", made by, is
        # no field word: it heads an agenda as well, "Thực hiện: Chuyển Đổi Số").
        ("Translator: Nguyen Trang", {"translator": "Nguyen Trang"}),
        ("Reporter: Mai Xuan - Photographer: Minh Duy", {"reporter": "Mai Xuan", "photographer": "Minh Duy"}),
        ("Editor: Thanh Tâm", {"editor": "Thanh Tâm"}),
        ("Reporter: What are your plans for 2022?", None),  # an interview's question
        # Parts as sentences (the names ran on into the next part's words, and the line was a heading).
        ("Reported by Mai Xuan. Translated by Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
        ("Tin: Hồng Phúc. Ảnh: Minh Duy", {"reporter": "Hồng Phúc", "photographer": "Minh Duy"}),
        ("Reported by Mai Xuan. The plan was approved by the board", None),
        ("Photo: N. Thạch", {"photographer": "N. Thạch"}),
        # A story's word beside a picture's names both (the line was a caption); alone it labels a title.
        ("News and photos: Hong Phuc", {"reporter": "Hong Phuc", "photographer": "Hong Phuc"}),
        ("Story and photos by Minh Duy", {"reporter": "Minh Duy", "photographer": "Minh Duy"}),
        ("Reported and translated by Nguyen Trang", {"reporter": "Nguyen Trang", "translator": "Nguyen Trang"}),
        ("News: Binh Duong Attracts Investors", None),
        ("News and photos: Binh Duong Spring Festival", None),  # an event's title, no person
        ("Reported and photographed by Mai Xuan", {"reporter": "Mai Xuan", "photographer": "Mai Xuan"}),
        ("Text: Hong Phuc", None),
        # (English hunt 5) a story's word alone beside another credit part names the writer (was a caption, the
        # reporter lost); alone, or before no person's name, still none
        ("Story: Mai Xuan - Photo: Hong Phuc", {"reporter": "Mai Xuan", "photographer": "Hong Phuc"}),
        ("Photo: Hong Phuc - Story: Mai Xuan", {"photographer": "Hong Phuc", "reporter": "Mai Xuan"}),
        ("Text: Mai Xuan, Photos: Hong Phuc", {"reporter": "Mai Xuan", "photographer": "Hong Phuc"}),
        ("News: Binh Duong Spring Festival - Photo: Hong Phuc", None),
        ("Story: Mai Xuan - Translated by Hoang Anh", {"reporter": "Mai Xuan", "translator": "Hoang Anh"}),
        # (readthrough 3, B9) "dịch", "người dịch" (translated, translator) as "lược dịch" and "biên dịch" are (were none);
        # alone, "dịch" (an epidemic too) before no person's name still none
        ("Dịch: Hoàng Anh", {"translator": "Hoàng Anh"}), ("Người dịch: Hoàng Anh", {"translator": "Hoàng Anh"}),
        ("Dich: Hoang Anh", {"translator": "Hoang Anh"}),
        ("Bài: Mai Xuân - Dịch: Hoàng Anh", {"reporter": "Mai Xuân", "translator": "Hoàng Anh"}),
        ("Dịch: Diễn Biến Mới Tại Bình Dương", None), ("Dịch: tình hình mới", None),
        # (English hunt 6) a credit part of its own in brackets at the line's end leaves the names before it (was in them)
        ("Translated by Hoang Anh (Source: Binh Duong Newspaper)", {"translator": "Hoang Anh", "source": "Binh Duong Newspaper"}),
        ("Reported by Mai Xuan (Photo: Hong Phuc)", {"reporter": "Mai Xuan", "photographer": "Hong Phuc"}),
        ("Photo: Hong Phuc (Binh Duong newspaper)", {"photographer": "Hong Phuc (Binh Duong newspaper)"}),
        # "By" and a person's names alone: the reporter (it was a heading); not a sentence, a heading, a place.
        ("By Mai Xuan", {"reporter": "Mai Xuan"}),
        ("By Hồng Phúc - Photo: Minh Duy", {"reporter": "Hồng Phúc", "photographer": "Minh Duy"}),
        ("By Nguyen Trang and Mai Xuan", {"reporter": "Nguyen Trang, Mai Xuan"}),
        ("By 2030, Binh Duong will be a smart city.", None),
        ("By The Numbers", None),
        ("By Train", None),
        ("By Binh Duong Province", None),
        # Compiled: by the newsroom's people, or from sources (English twins of "Tổng hợp:", and sources joined, were none).
        ("Compiled by PV", {"reporter": "PV"}), ("Compiled by Minh Duy", {"reporter": "Minh Duy"}),
        ("Compiled: VNA", {"source": "VNA"}), ("Compiled: VNA and VnExpress", {"source": "VNA and VnExpress"}),
        ("Tổng hợp: TTXVN và VnExpress", {"source": "TTXVN và VnExpress"}),
        ("Tổng hợp: TTXVN và Hồng Phúc", None),  # a source and a person: no source's name
        ("Compiled by the Department of Planning and Investment", None),
        # joined names that are no two sources: the newsroom's post, or a heading's words in Title Case (were a source)
        ("Tổng hợp: PV và TTXVN", None), ("Compiled: Results and Tasks", None), ("Tổng hợp: Results and Tasks", None),
        ("Tổng hợp: Báo Bình Dương và TTXVN", {"source": "Báo Bình Dương và TTXVN"}),
        # Vietnamese field words as a dump that lost the marks writes them (the lines were headings); "Theo"'s English twin.
        ("Bai: Mai Xuan", {"reporter": "Mai Xuan"}), ("Nguon: baobinhduong.vn", {"source": "baobinhduong.vn"}),
        ("Tin: Mai Xuan - Luoc dich: Nguyen Trang", {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}),
        ("Tong hop: PV", {"reporter": "PV"}), ("Tong hop: TTXVN", {"source": "TTXVN"}),
        ("Do hoa: Minh Duy", {"photographer": "Minh Duy"}),
        ("Anh - Anh: Minh Duy", None),  # (names Anh, then opens the photographer's part, as with the marks)
        ("According to VNA", {"source": "VNA"}), ("According to baobinhduong.vn", {"source": "baobinhduong.vn"}),
        ("According to the report, in 2020, the Covid-19 epidemic has affected all areas of social life.", None),
        ("According to Mr. Nguyen Van Loi, the plan is ready.", None),
        # "và" (and) joining field words or names, as a dump that lost the marks writes it (the lines were headings).
        ("Bai va anh: Mai Xuan", {"reporter": "Mai Xuan", "photographer": "Mai Xuan"}),
        ("Tin: Mai Xuan va Hong Phuc", {"reporter": "Mai Xuan, Hong Phuc"}),
        ("Anh: Mai Xuan va CTV", {"photographer": "Mai Xuan, CTV"}),
        ("Tong hop: TTXVN va VnExpress", {"source": "TTXVN va VnExpress"}), ("Tong hop: PV va TTXVN", None),
        ("Tin: Ket qua va nhiem vu", None), ("Anh: Dai bieu va lanh dao tinh", None),  # (describe, as with the marks)
        # one name after "Tổng hợp:" is a source when it bears a source's mark (an agency's name, an acronym), people
        # when in names' shape, else neither: a section's name (was two reporters), a phrase (was a source)
        ("Tổng hợp: Reuters", {"source": "Reuters"}), ("Compiled: AFP", {"source": "AFP"}),
        ("Tổng hợp: Kinh Tế và Xã Hội", None), ("Tổng hợp: Smart City", None), ("Compiled: Digital Economy", None),
        # a newspaper or news agency as Vietnamese and English pages name it: Xinhua in Vietnamese (was a reporter),
        # an English paper by its paper's word, news sites, the Internet (were a source before fda0def, then none)
        ("Tổng hợp: Tân Hoa Xã", {"source": "Tân Hoa Xã"}), ("Theo TTXVN, Tân Hoa Xã", {"source": "TTXVN, Tân Hoa Xã"}),
        ("Compiled: Vietnam News", {"source": "Vietnam News"}), ("Tổng hợp: The Straits Times", {"source": "The Straits Times"}),
        ("Compiled: The Guardian", {"source": "The Guardian"}), ("Tổng hợp: Vietnamplus", {"source": "Vietnamplus"}),
        ("Tổng hợp: Bnews", {"source": "Bnews"}), ("Tổng hợp: Internet", {"source": "Internet"}),
        ("Compiled: Smart City Plans", None), ("Tổng hợp: Digital Transformation News and Events", None),
        # a press word in lower case before the paper's, magazine's, portal's or station's name (were none); "báo cáo",
        # the report, and a clause after the name stay none
        ("Theo báo Tuổi Trẻ", {"source": "báo Tuổi Trẻ"}), ("Nguồn: báo Tuổi Trẻ", {"source": "báo Tuổi Trẻ"}),
        ("Theo báo Bình Dương", {"source": "báo Bình Dương"}), ("Theo tạp chí Kinh tế", {"source": "tạp chí Kinh tế"}),
        ("Theo đài VOV", {"source": "đài VOV"}), ("Theo cổng TTĐT tỉnh", {"source": "cổng TTĐT tỉnh"}),
        ("Theo bao Tuoi Tre", {"source": "bao Tuoi Tre"}), ("Nguồn: TTXVN, báo Tuổi Trẻ", {"source": "TTXVN, báo Tuổi Trẻ"}),
        ("Ảnh: báo Tuổi Trẻ", {"photographer": "báo Tuổi Trẻ"}), ("Tổng hợp: báo Tuổi Trẻ", {"source": "báo Tuổi Trẻ"}),
        ("Theo báo cáo, năm nay tỉnh tăng trưởng 8%.", None), ("Theo báo cáo của Sở Kế hoạch và Đầu tư", None),
        # the report capitalised, marked or not, as its twin in lower case (were sources); the newspaper stays one
        ("Theo Bao cao cua So", None), ("Theo Bao Cao Cua So Tai Chinh", None), ("Theo Báo Cáo Của Sở Tài Chính", None),
        ("According to Bao cao cua So Tai chinh", None), ("Theo Bao Binh Duong", {"source": "Bao Binh Duong"}),
        # the report's family, an official document (a plan, a decision, a notice, a forecast, …), capitalised, marked
        # or not, in either language (were sources); the news agency and a department stay sources
        ("Theo Kế hoạch số 12/KH-UBND", None), ("Theo Ke Hoach Cua Tinh", None), ("Theo Quyết Định Số 1234/QĐ-UBND", None),
        ("Theo Thông báo của UBND tỉnh", None), ("Theo Thong Bao Cua UBND Tinh", None), ("Theo Dự báo", None),
        ("Theo Nghị quyết số 12", None), ("Theo Chỉ Thị Số 5", None), ("Theo Cong Van So 12", None),
        ("According to Decision No. 1234/QD-UBND", None), ("According to Plan No. 12/KH-UBND", None),
        ("Theo Thông tấn xã Việt Nam", {"source": "Thông tấn xã Việt Nam"}),
        ("According to Planning and Investment Department", {"source": "Planning and Investment Department"}),
        ("According to Plan International", {"source": "Plan International"}), ("Theo KẾ HOẠCH SỐ 12", None),
        ("Theo báo Bình Dương, tỉnh đã thu hút 2 tỷ USD vốn FDI.", None), ("Theo TTXVN, báo cáo cho thấy", None),
        # a gate or a memorial pictured, as their capitalised twins ("Ảnh: Đài Tưởng niệm …") are (were photographers)
        ("Ảnh: đài Tưởng niệm Liệt sĩ tỉnh", None), ("Ảnh: dai Tuong niem Liet si", None),
        ("Ảnh: cổng Trường Đại học Thủ Dầu Một", None), ("Ảnh: cổng Chào Bình Dương", None),
        ("Ảnh: đài PT-TH Bình Dương", {"photographer": "đài PT-TH Bình Dương"}),
        ("Theo đài Truyền hình Việt Nam", {"source": "đài Truyền hình Việt Nam"}),
        # names joined by "và" of which one is a place's too: two people (were one name with its joiner)
        ("Tin: Mai Xuân và Hà Nam", {"reporter": "Mai Xuân, Hà Nam"}),
        ("Ảnh: Hà Nam và Minh Duy", {"photographer": "Hà Nam, Minh Duy"}),
        # a function word as a dump that lost the marks writes it ("Các", "của") is no name's (were people); a
        # syllable that a name has stays a name's ("Nhung", "Du An")
        ("Tong hop: Cac Du An Lon", None), ("Video: Cac Du An Lon", None), ("Video: Ky Niem Cua Thanh Pho", None),
        ("Tong hop: Nhung Tran", {"reporter": "Nhung Tran"}), ("Video: Du An", {"photographer": "Du An"}),
        # both twins of the table's words: "trên", "dưới" with their marks; "moi", "voi", "nhin" (mới, với, nhìn)
        # without them (a photographer or a reporter each)
        ("Video: Trên Địa Bàn Tỉnh", None), ("Video: Dưới Tán Cây", None), ("Tong hop: Dien Mao Moi", None),
        ("Video: Song Voi Lu", None), ("Video: Nhin Ve Phia Truoc", None),
        # a name whose last word no given name is (`_NOT_GIVEN_NAMES`) is a video's title; but "By", a joiner between
        # names, tell people's names ("Thanh Tra", Thanh Trà without marks, "Le Van Ban" were no credit, names apart)
        ("Video: Kim Ngạch Xuất Khẩu", None), ("Video: Văn Cao", {"photographer": "Văn Cao"}),
        ("By Thanh Tra", {"reporter": "Thanh Tra"}), ("By Le Van Ban", {"reporter": "Le Van Ban"}),
        ("Photo by Hong Phuc and Thanh Tra", {"photographer": "Hong Phuc, Thanh Tra"}),
        ("Ảnh: Minh Duy và Văn Cao", {"photographer": "Minh Duy, Văn Cao"}),
    ],
)
def test_credits(line, credits):
    assert parse_credits(line) == credits


def test_every_credit_field_is_a_key_of_the_records_credits():
    assert set(CREDIT_FIELDS.values()) == set(CREDIT_KEYS)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("16/05/2019 | Nguyen Trang", {"date_raw": "16/05/2019", "author": "Nguyen Trang"}),
        ("16/05/2019 | Nguyễn Trang", {"date_raw": "16/05/2019", "author": "Nguyễn Trang"}),
        ("1/5/2019", {"date_raw": "1/5/2019", "author": None}),
        ("Nguyen Trang", None),
        ("Nguyen Trang | 14/09/2020", {"date_raw": "14/09/2020", "author": "Nguyen Trang"}),
        ("14/09/2020 11:00 | Nguyen Trang", {"date_raw": "14/09/2020 11:00", "author": "Nguyen Trang"}),
        ("14-09-2020 | Nguyen Trang", {"date_raw": "14-09-2020", "author": "Nguyen Trang"}),
        ("14.09.2020 | Nguyen Trang", {"date_raw": "14.09.2020", "author": "Nguyen Trang"}),
        ("14/09/2020 |", {"date_raw": "14/09/2020", "author": None}),
        ("14/9/20 | Nguyen Trang", {"date_raw": "14/9/20", "author": "Nguyen Trang"}),
        ("Binh Duong | Smart City", None),
        # the date header's own label before the byline's date, marked or not; its English twins
        ("Ngày 05/01/2022 | Nguyễn Trang", {"date_raw": "05/01/2022", "author": "Nguyễn Trang"}),
        ("Ngay 05/01/2022 | Nguyen Trang", {"date_raw": "05/01/2022", "author": "Nguyen Trang"}),
        ("Ngày đăng: 05/01/2022 10:30 | Nguyễn Trang", {"date_raw": "05/01/2022 10:30", "author": "Nguyễn Trang"}),
        ("Date: 16/05/2019 | Nguyen Trang", {"date_raw": "16/05/2019", "author": "Nguyen Trang"}),
        ("Posted on May 16, 2019 | Nguyen Trang", {"date_raw": "May 16, 2019", "author": "Nguyen Trang"}),
        ("Nguyễn Trang | Ngày 05/01/2022", {"date_raw": "05/01/2022", "author": "Nguyễn Trang"}),
        ("Ngày 05/01/2022", None),  # a date header's form, no byline
        ("Ngày hội việc làm | Thông báo", None),
        # the time before the date ("Cập nhật lúc 10:30 05/01/2022"), a 12-hour clock on either side
        ("Cập nhật lúc 10:30 05/01/2022 | Nguyễn Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cap nhat luc 10:30 05/01/2022 | Nguyen Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyen Trang"}),
        ("Cập nhật: 10:30, 05/01/2022 | Nguyễn Trang", {"date_raw": "10:30, 05/01/2022", "author": "Nguyễn Trang"}),
        ("Updated at 10:30 05/01/2022 | Nguyen Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyen Trang"}),
        ("Updated at 10:30 AM May 16, 2019 | Nguyen Trang", {"date_raw": "10:30 AM May 16, 2019", "author": "Nguyen Trang"}),
        ("10:30 05/01/2022 | Nguyễn Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyễn Trang"}),
        ("Nguyễn Trang | Cập nhật lúc 10:30 05/01/2022", {"date_raw": "10:30 05/01/2022", "author": "Nguyễn Trang"}),
        ("Updated at 05/01/2022 4:30 PM | Nguyen Trang", {"date_raw": "05/01/2022 4:30 PM", "author": "Nguyen Trang"}),
        ("Cập nhật lúc 10:30 05/01/2022", None),  # a header led by its label, no byline
        ("10:30 | Thông báo", None),
        # (readthrough 3, B6) the clock in words, "ngày" or "lúc"/"at" between clock and date, "Đăng lúc" for a label
        # (were no bylines, the line a heading): the date as the line gives it, clock first or last
        ("Cập nhật lúc 10:30 ngày 05/01/2022 | Nguyễn Trang", {"date_raw": "10:30 ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cập nhật lúc 10 giờ 30 ngày 05/01/2022 | Nguyễn Trang",
         {"date_raw": "10 giờ 30 ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cập nhật lúc 10 giờ 30 05/01/2022 | Nguyễn Trang", {"date_raw": "10 giờ 30 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cập nhật lúc 10 giờ 30 phút, ngày 05/01/2022 | Nguyễn Trang",
         {"date_raw": "10 giờ 30 phút, ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cập nhật lúc 10 giờ ngày 05/01/2022 | Nguyễn Trang", {"date_raw": "10 giờ ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cap nhat luc 10h ngay 05/01/2022 | Nguyen Trang", {"date_raw": "10h ngay 05/01/2022", "author": "Nguyen Trang"}),
        ("Đăng lúc 10:30 05/01/2022 | Nguyễn Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyễn Trang"}),
        ("Dang luc 10:30 05/01/2022 | Nguyen Trang", {"date_raw": "10:30 05/01/2022", "author": "Nguyen Trang"}),
        ("Ngày đăng: 05/01/2022 | Nguyễn Trang", {"date_raw": "05/01/2022", "author": "Nguyễn Trang"}),
        ("05/01/2022 lúc 10 giờ 30 | Nguyễn Trang", {"date_raw": "05/01/2022 lúc 10 giờ 30", "author": "Nguyễn Trang"}),
        ("Posted on May 16, 2019 at 10:30 AM | Nguyen Trang",
         {"date_raw": "May 16, 2019 at 10:30 AM", "author": "Nguyen Trang"}),
        ("Nguyễn Trang | Đăng lúc 10 giờ 30 ngày 05/01/2022",
         {"date_raw": "10 giờ 30 ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("Cập nhật lúc 10 giờ 30 ngày 05/01/2022", None),  # no bar: a header's form
        ("10 giờ | Thông báo", None), ("Đăng ký 05/01/2022 | Thông báo", None),
        # (review of B6) the clock in words with a dump's doubled spaces (was no byline)
        ("Cập nhật lúc 10  giờ  30  phút ngày 05/01/2022 | Nguyễn Trang",
         {"date_raw": "10  giờ  30  phút ngày 05/01/2022", "author": "Nguyễn Trang"}),
        ("05/01/2022 lúc 10  giờ | Nguyễn Trang", {"date_raw": "05/01/2022 lúc 10  giờ", "author": "Nguyễn Trang"}),
    ],
)
def test_byline(line, byline):
    assert parse_byline(line) == byline


def roles(text: str) -> list[str]:
    return [line.role for line in parse_page(text).lines]


HEAD = "Thứ 2, Ngày 14/09/2020, 11:00\nA title of the article\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
FOOT = "\nLượt người xem:  Views:   25\nChia sẻ:\nManage PermissionsManage Permissions\n\nTin liên quan\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\nPORTAL - The lead sentence.\n\nA heading line\n\nBody paragraph.\n", ["body", "heading", "body"]),
        ("\nLead.\n\n\nDelegates take a souvenir photo\n\nNext.\n", ["body", "caption", "body"]),
        ("\nLead.\n\nOverview of the conference\n\nNext.\n", ["body", "caption", "body"]),
        ("\nLead.\n\n\nFirst photo caption\n\nSecond caption of the pair\n\nNext.\n", ["body", "caption", "caption", "body"]),
        ("\nLead.\n\nMr. A (left) greets Mr. B at the airport\n\nNext.\n", ["body", "caption", "body"]),
        ("\nLead.\n\nReported by Mai Xuan - Translated by Nguyen Trang\n", ["body", "credit"]),
        ("\nLead.\n\nNext.\n\nBy Mai Xuan\n", ["body", "body", "credit"]),
        ("\nLead.\n\nOverview of the meeting\n\nNews and photos: Hong Phuc\n", ["body", "caption", "credit"]),
        ("\nLead.\n\nhoi nghi 2.jpg  \n\nNext.\n", ["body", "image_file", "body"]),
    ],
)
def test_body_roles(body, expected):
    page_roles = roles(HEAD + body + FOOT)
    assert page_roles[:3] == ["date_header", "title", "font_size_widget"]
    assert page_roles[3:-4] == expected
    assert page_roles[-4:] == ["views", "share", "sp_action", "sp_field"]


def test_stray_nav_line_above_the_header():
    page = parse_page("News\n" + HEAD + "\nLead.\n" + FOOT)
    assert [line.role for line in page.lines][:3] == ["nav", "date_header", "title"]


def test_page_without_title():
    page = parse_page("Thứ 2, Ngày 14/09/2020, 11:00\nCỡ chữ: Font size: Giảm (A-)\nLead paragraph.\n" + FOOT)
    assert page.title is None
    assert [code for code, _, _ in page.warnings] == ["no_title"]


def test_unknown_footer_line_is_kept_with_a_warning():
    page = parse_page(HEAD + "\nLead.\n" + FOOT + "Some new label\n")
    assert page.lines[-1].role == "unknown"
    assert [code for code, _, _ in page.warnings] == ["unknown_line"]


def test_listing_category_and_items():
    page = parse_page("News - Smart City\n\nBEGIC - One.\n\nBEGIC - Two.\n\nThree without a tag.")
    assert (page.kind, page.category, page.agency) == ("listing", "Smart City", "BEGIC")
    assert [line.role for line in page.lines] == ["listing_header"] + ["listing_item"] * 3


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Manage PermissionsManage Permiss", "sp_action"),
        ("Version HistoryVer", "sp_action"),
        ("Lượt người xem:  Vie", "views"),
        ("Tin nổi b", "sp_field"),
        ("Content Ty", "content_type"),
        ("Last modified", "audit"),
        ("Tin nổi bật(Time", "sp_field"),  # a field's label cut in its bracket
        ("Tin nổi bật (", "sp_field"),
        ("Binh Duong (Vie", None),
        ("Manage PermissionsManage Permissions", None),
        ("Binh Duong", None),
        ("Man", None),
    ],
)
def test_cut_template_role(line, role):
    assert cut_template_role(line) == role


def warning_codes(page) -> list[str]:
    return [code for code, _, _ in page.warnings]


def test_dump_cut_inside_the_footer():
    page = parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   25\nChia sẻ:\nManage PermissionsManage Permiss")
    assert [line.role for line in page.lines][-2:] == ["share", "sp_action"]
    assert warning_codes(page) == ["truncated"]


@pytest.mark.parametrize(("end", "role"), [("Tin nổi bật(Time", "sp_field"), ("Content Type: Tin Tức Mở Rộn", "content_type")])
def test_dump_cut_in_a_field_s_bracket_or_a_content_type_s_name(end, role):
    """Cut there, the last line was `unknown` (or a content type with no warning) and the page not `truncated`."""
    page = parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   25\nChia sẻ:\nManage PermissionsManage Permissions\n" + end)
    assert (page.lines[-1].role, warning_codes(page)) == (role, ["truncated"])


def test_a_content_type_s_name_is_read_with_its_no_break_spaces_as_spaces():
    """"Content Type: Tin\xa0Tức\xa0Mở\xa0Rộng" is the content type "Tin Tức Mở Rộng" (it was no content type at all)."""
    content_type = "Content Type: Tin Tức Mở Rộng".replace(" ", "\u00a0")
    page = parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   25\nChia sẻ:\n" + content_type + "\n")
    assert (page.content_type, warning_codes(page)) == ("Tin Tức Mở Rộng", [])


def test_a_category_and_a_byline_author_are_read_with_their_no_break_spaces_as_spaces():
    """"News - Smart\xa0City" and "16/05/2019 | Nguyen\xa0Trang" kept the no-break space in the category and the
    author, where the content type's name read it as a space: a twin of the page was another category, author."""
    listing = parse_page("News - Smart City\n\nBEGIC - One.\n\nBEGIC - Two.".replace(" ", "\u00a0"))
    article = process({"id": "0" * 16, "text": sample_text("002").replace("Nguyen Trang", "Nguyen\u00a0 Trang")})
    assert (listing.category, article["byline"]["author"]) == ("Smart City", "Nguyen Trang")


def test_a_content_type_named_in_full_is_no_cut():
    page = parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   25\nChia sẻ:\nContent Type: Tin Tức Mở Rộng")
    assert warning_codes(page) == []


def test_dump_cut_mid_paragraph():
    page = parse_page(HEAD + "\nPORTAL - The lead.\n\nA paragraph that the crawler cut in the mid")
    assert [line.role for line in page.lines][-2:] == ["body", "body"]
    assert warning_codes(page) == ["no_footer", "truncated"]


def test_dump_that_begins_mid_body():
    page = parse_page("the second half of a paragraph.\n\nAnother paragraph.\n" + FOOT)
    assert page.kind == "article"
    assert [line.role for line in page.lines][:2] == ["body", "body"]
    assert warning_codes(page) == ["no_header"]


def test_fused_file_name_goes_to_ui_and_the_caption_stays_content():
    page = parse_page(HEAD + "\nLead.\n\n\nanh 1.jpgDelegates visit the park\n\nNext.\n" + FOOT)
    pieces = [(line.number, line.role, line.text) for line in page.lines if line.number == 8]
    assert pieces == [(8, "image_file", "anh 1.jpg"), (8, "caption", "Delegates visit the park")]


def test_other_list_view_with_field_labels_and_a_doubled_title():
    text = "About usAbout us\nTóm tắt\nBinh Duong is a province in the Southeast region.\nNội dung\n" \
        "It borders Ho Chi Minh City.\nPhân loại\nIntroduction\n" + FOOT
    page = parse_page(text)
    assert (page.kind, page.title) == ("other", "About us")
    assert [line.role for line in page.lines][:7] == ["title", "sp_field", "body", "sp_field", "body", "sp_field", "heading"]


def test_hard_wrapped_listing_items_are_joined():
    text = (
        "News\n\nBEGIC - Afternoon of March 14th, at the provincial Convention and\n"
        "Exhibition Center, a meeting was held.\n\nPORTAL - Another teaser that fits one line.\n"
    )
    page = parse_page(text)
    items = [line for line in page.lines if line.role == "listing_item"]
    assert [(item.number, item.text.count("\n")) for item in items] == [(3, 1), (6, 0)]
    assert page.agency is None and page.category == "News"


def test_flattened_table_listing():
    text = "News - Smart City\n| Smart city plan | Smart city plan | PORTAL - The plan was approved. | | | " \
        "Forum opens | Forum opens | BEGIC - The forum opened on Monday. |\n"
    page = parse_page(text)
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_title", "Smart city plan"), ("listing_item", "PORTAL - The plan was approved."),
        ("listing_title", "Forum opens"), ("listing_item", "BEGIC - The forum opened on Monday."),
    ]


TEMPLATE_PIECES = ["Thứ 4, Ngày 05/01/2022, 16:00", "Wednesday,", "05/01/2022", "16:00", "Chủ nhật", "Cỡ chữ:",
                   "Font size:", "Lượt người xem:", "Views:", "1280",
                   "Content Type:", "Tin Tức", "Created at", "by", "Last modified", " ", "\t", "x", "(A-)"]


@given(st.lists(st.sampled_from(TEMPLATE_PIECES), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_one_template_pattern_reads_like_the_five(pieces: list[str]) -> None:
    """`_pattern_role` reads the five template patterns as two: the first that matches gives the role."""
    text = " ".join(pieces)
    first = next((role for pattern, role in page._TEMPLATE_PATTERNS if pattern.match(text)), None)
    assert page._pattern_role(text) == first


def complete_cut_by_every_string(text: str) -> tuple[str, str] | None:
    """`complete_cut` as defined: a form field's label before a bracket that the text ends in; else the first footer
    string, in the table's order, that the folded text is a strict prefix of."""
    if len(text) > page._MAX_LABEL_CHARS or len(folded := page.label_key(text)) < page._MIN_CUT_CHARS:
        return None
    head, bracket, rest = folded.rpartition("(")
    head = regex.sub(r"\s+\Z", "", head)  # (the spaces of `regex`, as `label_key` reads them: not U+001C-U+001F)
    if bracket and ")" not in rest and len(rest) <= 20 and head:
        label = page.LABELS.get(head)
        return (head, label.role) if label is not None and label.role == "sp_field" else None
    return next(((string, role) for string, role in page._FOOTER_STRINGS if string.startswith(folded) and string != folded), None)


@given(st.sampled_from([string for string, _ in page._FOOTER_STRINGS]), st.integers(0, 60), st.booleans(), st.text(max_size=6))
@settings(max_examples=500, deadline=None)
def test_a_cut_line_is_completed_as_by_reading_every_footer_string(string: str, cut: int, upper: bool, tail: str) -> None:
    for text in (string[:cut], string[:cut].upper() if upper else string[:cut].title(), string[:cut] + tail, tail):
        assert page.complete_cut.__wrapped__(text) == complete_cut_by_every_string(text)


# Lines of the family that are no template line, though they begin like one (a probe of variations found them).
@pytest.mark.parametrize(
    "line",
    [
        "Created at a cost of VND 2 trillion, the park was designed by Becamex IDC.",
        "Last modified at the request of investors, the plan was approved by the Provincial People's Committee.",
    ],
)
def test_body_sentences_that_begin_like_the_audit_line_stay_body(line):
    assert template_role(line) is None
    assert roles(HEAD + "\nPORTAL - The lead.\n\n" + line + "\n\nThe last paragraph.\n" + FOOT)[3:6] == ["body"] * 3


def test_views_with_a_space_between_thousands():
    assert parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   1\u00a0280\nChia sẻ:\n").views == 1280


@pytest.mark.parametrize(("count", "views"), [("9223372036854775807", 2**63 - 1), ("9223372036854775808", None),
                                              ("1" * 30, None), ("1" * 60, None), ("1" * 5000, None), ("0" * 30 + "25", 25),
                                              ("-5", None), ("- 5", None), ("−5", None), ("", None)])
def test_a_views_count_no_64_bit_column_holds_is_none_and_the_line_stays_the_views(count, views):
    page = parse_page(HEAD + "\nLead.\n\nLượt người xem:  Views:   " + count + "\nChia sẻ:\n")
    assert (page.views, [line.role for line in page.lines][-2:]) == (views, ["views", "share"])


@pytest.mark.parametrize(
    ("line", "credits", "role"),
    [
        ("Translated by: Nguyen Trang", {"translator": "Nguyen Trang"}, "credit"),
        ("Photo: Hong Phuc", {"photographer": "Hong Phuc"}, "credit"),
        ("Ảnh: Hồng Phúc", {"photographer": "Hồng Phúc"}, "credit"),
        ("Tin, ảnh: Minh Duy", {"reporter": "Minh Duy", "photographer": "Minh Duy"}, "credit"),
        ("Written by 20 experts over two years, the master plan was approved by the province.", None, "body"),
        ("Edited by the board in 2020, the report was published.", None, "body"),
        ("Source: VNA", {"source": "VNA"}, "credit"),
        ("Photo: Overview of the conference", None, "caption"),
        ("Ảnh: Quang cảnh hội nghị", None, "caption"),  # its cue, as "Overview of" is
        ("Photo by Hong Phuc.", {"photographer": "Hong Phuc"}, "credit"),
        ("Photos: VNA", {"photographer": "VNA"}, "credit"),
    ],
)
def test_credit_lines_are_credit_parts_only(line, credits, role):
    assert parse_credits(line) == credits
    page = parse_page(HEAD + "\nPORTAL - The lead.\n\n" + line + "\n\nNext.\n" + FOOT)
    assert ([piece.role for piece in page.lines][4], page.credits) == (role, credits)


@pytest.mark.parametrize(
    "title",
    [
        "Why is Binh Duong a smart city?",
        "Binh Duong works with Samsung Electronics Co., Ltd.",
        "Smart city: the next step!",
        "Binh Duong and the road ahead…",
    ],
)
def test_titles_that_end_in_punctuation(title):
    page = parse_page(HEAD.replace("A title of the article", title) + "16/05/2019 | Nguyen Trang\n\nPORTAL - The lead.\n" + FOOT)
    assert (page.title, page.agency, page.byline["author"]) == (title, "PORTAL", "Nguyen Trang")
    assert [line.role for line in page.lines][:5] == ["date_header", "title", "font_size_widget", "byline", "body"]


def test_a_question_is_a_title_without_a_widget_after_it_but_a_lead_is_not():
    question = parse_page("Thứ 2, Ngày 14/09/2020, 11:00\nWhy is Binh Duong a smart city?\n\nPORTAL - The lead.\n" + FOOT)
    lead = parse_page("Thứ 2, Ngày 14/09/2020, 11:00\nPORTAL - Is it a smart city?\n\nMore.\n" + FOOT)
    assert question.title == "Why is Binh Duong a smart city?"
    assert lead.title is None and lead.agency == "PORTAL"


@pytest.mark.parametrize(
    "header",
    [
        "Thứ 2, Ngày 14/09/2020, 11:00\nA title\n16/05/2019 | Nguyen Trang\nCỡ chữ: Font size: Giảm (A-)\n",
        "Thứ 2, Ngày 14/09/2020, 11:00\nCỡ chữ: Font size: Giảm (A-)\nA title\n16/05/2019 | Nguyen Trang\n",
    ],
)
def test_header_lines_in_another_order(header):
    page = parse_page(header + "\nPORTAL - The lead.\n" + FOOT)
    assert (page.title, page.byline["author"], page.agency) == ("A title", "Nguyen Trang", "PORTAL")
    assert sorted(line.role for line in page.lines[:4]) == ["byline", "date_header", "font_size_widget", "title"]
    assert page.warnings == []


def test_a_page_without_its_date_line_still_has_its_title_widget_and_byline():
    page = parse_page("A title\nCỡ chữ: Font size: Giảm (A-)\n16/05/2019 | Nguyen Trang\n\nPORTAL - The lead.\n" + FOOT)
    assert [line.role for line in page.lines][:4] == ["title", "font_size_widget", "byline", "body"]
    assert (page.title, warning_codes(page)) == ("A title", ["no_header"])


@pytest.mark.parametrize("above", ["", "BEGIC – Thứ 5, Ngày 16/05/2019, 15:00\n"])
def test_a_page_without_its_date_line_cut_short_is_still_an_article(above):
    """A dump that lost its date line (or begins at the title) and is cut above its footer keeps the widget, an
    article's: it was a listing, its title a listing_title, the widget and byline listing items or dates."""
    title = "Binh Duong Smart City Scheme – Last episodes: Positioning Binh Duong brand in the international arena"
    page = parse_page(above + "\n".join([
        title, "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)", "16/05/2019 | Nguyen Trang", "",
        "BEGIC - Recently, Binh Duong Smart City Scheme has achieved fundamental results.", "",
        "Expanding international relations", "", "The goal of Binh Duong is to build an international im"]))
    assert (page.kind, page.title, page.byline["author"]) == ("article", title, "Nguyen Trang")
    assert [line.role for line in page.lines] == ["nav"] * bool(above) + [
        "title", "font_size_widget", "byline", "body", "heading", "body"]
    assert warning_codes(page) == ["no_header", "no_footer", "truncated"]


# The footer's first lines, each of which a dump may carry anywhere: cut at its head, or an extractor's share bar first.
FOOTER_FIRST_LINES = ["Chia sẻ:", "Share:", "Lượt người xem:  Views:   389", "Content Type: Tin Tức Mở Rộng",
                      "Manage PermissionsManage Permissions", "Version HistoryVersion History"]


def entries_per_line(page) -> dict[int, int]:
    """How many of the page's entries stand on each line (a hard-wrapped entry on each of its lines)."""
    counts: dict[int, int] = {}
    for line in page.lines:
        for number in range(line.number, line.number + line.text.count("\n") + 1):
            counts[number] = counts.get(number, 0) + 1
    return counts


@pytest.mark.parametrize(("text", "expected"), [
    # a dump cut at its head, only its footer left: line 1 was both a list view's title and the action
    ("Manage PermissionsManage Permissions\nVersion HistoryVersion History", ["sp_action", "sp_action"]),
    ("Version HistoryVersion History\nManage PermissionsManage Permissions", ["sp_action", "sp_action"]),
    # a footer line above a page's title and widget with no date line: the header was read twice, the body unknown
    ("Chia sẻ:\nA title of the story\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n16/05/2019 | Nguyen Trang\n\n"
     "BEGIC - Body text here.", ["nav", "title", "font_size_widget", "byline", "body"]),
    ("Share:\nA title of the story\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n16/05/2019 | Nguyen Trang\n\n"
     "PORTAL - Body text here.", ["nav", "title", "font_size_widget", "byline", "body"]),
    ("Lượt người xem:  Views:   25\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
     "05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.",
     ["nav", "title", "font_size_widget", "byline", "body"]),
    ("Content Type: Tin Tức Mở Rộng\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-)\n05/01/2022 | Hồng Phúc\n\n"
     "Sáng 6/4, tỉnh tổ chức họp báo.", ["nav", "title", "font_size_widget", "byline", "body"]),
    # two footer lines there (a share bar and the views count, or the content type): the body was unknown
    ("Chia sẻ:\nLượt người xem:  Views:   12\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
     "05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.",
     ["nav", "nav", "title", "font_size_widget", "byline", "body"]),
    ("Share:\nContent Type: News\nA title of the story\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
     "16/05/2019 | Nguyen Trang\n\nBEGIC - Body text here.", ["nav", "nav", "title", "font_size_widget", "byline", "body"]),
    # under the date line, or between the header's fields
    ("Thứ 4, Ngày 05/01/2022, 16:00\nChia sẻ:\nLượt người xem:  Views:   12\nBình Dương họp báo\n"
     "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.",
     ["date_header", "nav", "nav", "title", "font_size_widget", "byline", "body"]),
    ("Thứ 5, Ngày 16/05/2019, 15:00\nA title of the story\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\nShare:\n"
     "Content Type: News\n16/05/2019 | Nguyen Trang\n\nBEGIC - Body text here.",
     ["date_header", "title", "font_size_widget", "nav", "nav", "byline", "body"]),
    # the footer of a page cut above it stays the footer: no field under it
    ("Thứ 4, Ngày 05/01/2022, 16:00\nChia sẻ:\nLượt người xem:  Views:   12", ["date_header", "share", "views"]),
])
def test_a_footer_line_at_the_head_of_a_page_is_one_entry(text, expected):
    page = parse_page(text)
    assert [line.role for line in page.lines] == expected
    assert page.title == (page.lines[expected.index("title")].text if "title" in expected else None)


WIDGET = "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)"
EN_TITLE = "Thu Dau Mot University opens admission for 2022 academic year"
EN_LEAD = "PORTAL - Thu Dau Mot University will recruit 4,500 students for the 2022 academic year in 39 majors."


@pytest.mark.parametrize(("lines", "expected"), [
    # (English hunt 4) a byline read before the title: the title was a heading, the title null
    (["Thứ 7, Ngày 12/03/2022, 08:15", "12/03/2022 | Hoang Anh", EN_TITLE, WIDGET, "", EN_LEAD],
     ["date_header", "byline", "title", "font_size_widget", "body"]),
    (["Thứ 7, Ngày 12/03/2022, 08:15", "12/03/2022 | Hoang Anh", WIDGET, EN_TITLE, "", EN_LEAD],
     ["date_header", "byline", "font_size_widget", "title", "body"]),
    (["Thứ 7, Ngày 12/03/2022, 08:15", "12/03/2022 | Hoang Anh", EN_TITLE, "", EN_LEAD],
     ["date_header", "byline", "title", "body"]),
    # (English hunt 10) the title above the date line (an extractor put the h1 first): it was nav, the title null
    ([EN_TITLE, "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "", EN_LEAD],
     ["title", "date_header", "font_size_widget", "byline", "body"]),
    (["Trang chủ", EN_TITLE, "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "", EN_LEAD],
     ["nav", "title", "date_header", "font_size_widget", "byline", "body"]),
    # a breadcrumb or a section there stays nav, and so does any line above a header with its own title
    (["Trang chủ > Tin tức > Giáo dục và đào tạo của tỉnh", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["nav", "date_header", "font_size_widget", "byline", "body"]),
    (["CCHC - Cải cách hành chính", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "", EN_LEAD],
     ["nav", "date_header", "font_size_widget", "byline", "body"]),
    # a section's path of three parts or more, dashes between, has words enough: nav too (was the title)
    (["News - Smart City - Investment - Trade and Tourism - Events", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["nav", "date_header", "font_size_widget", "byline", "body"]),
    (["Tin tức – Sự kiện – Chính trị – Kinh tế", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "",
      EN_LEAD], ["nav", "date_header", "font_size_widget", "byline", "body"]),
    # (readthrough 2, B2) a menu on one line, a path with other separators or unspaced dashes: nav (were the title)
    *[([nav, "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "", EN_LEAD],
       ["nav", "date_header", "font_size_widget", "byline", "body"]) for nav in (
        "Home News Investment Tourism Culture Society Contact", "Trang chủ Tin tức Sự kiện Kinh tế Xã hội Văn hóa",
        "Trang chủ › Tin tức › Kinh tế › Đầu tư vào khu công nghiệp mới",
        "Trang chủ · Tin tức · Sự kiện · Kinh tế · Xã hội",
        "Tin tức • Sự kiện • Chính trị • Kinh tế • Văn hóa",
        "Tin tức-Sự kiện-Chính trị-Kinh tế-Văn hóa-Xã hội",
        "Home → News → Investment → Industrial parks news",
    )],
    # (readthrough 3, B4) the portal's or a site's banner above the date line of a page with no title line: nav, no
    # title (was the title, its no_title warning lost)
    *[([banner, "Thứ 4, Ngày 05/01/2022, 16:00", WIDGET, "05/01/2022 | Nguyễn Trang", "", EN_LEAD],
       ["nav", "date_header", "font_size_widget", "byline", "body"]) for banner in (
        "Cổng thông tin điện tử tỉnh Bình Dương", "Welcome to Binh Duong Province Electronic Information Portal",
        "Binh Duong Provincial Electronic Information Portal", "Trang thông tin điện tử Sở Y tế tỉnh Bình Dương",
        "Đang xem: Tin tức sự kiện trong tỉnh Bình Dương", "BINH DUONG PROVINCE ELECTRONIC INFORMATION PORTAL",
    )],
    # ... a title of two parts is one, with an unspaced dash too, and one opening with "Home"
    (["Home prices rise in the new urban areas of Thu Dau Mot city", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["title", "date_header", "font_size_widget", "byline", "body"]),
    (["Hợp tác Bình Dương-Singapore trong phát triển khu công nghiệp xanh", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["title", "date_header", "font_size_widget", "byline", "body"]),
    (["Binh Duong Smart City Scheme – Last episodes: Positioning Binh Duong brand", "Thứ 7, Ngày 12/03/2022, 08:15",
      WIDGET, "12/03/2022 | Hoang Anh", "", EN_LEAD], ["title", "date_header", "font_size_widget", "byline", "body"]),
    (["Binh Duong launches a new online portal for investors", "Thứ 7, Ngày 12/03/2022, 08:15", WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["title", "date_header", "font_size_widget", "byline", "body"]),
    (["Education news of Thu Dau Mot city and the province", "Thứ 7, Ngày 12/03/2022, 08:15", EN_TITLE, WIDGET,
      "12/03/2022 | Hoang Anh", "", EN_LEAD], ["nav", "date_header", "title", "font_size_widget", "byline", "body"]),
    # under a byline with a blank line between, the body's first heading is no title
    (["Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", "", "Admission plan for 2022", "", EN_LEAD],
     ["date_header", "font_size_widget", "byline", "heading", "body"]),
    # (readthrough 3, B5) ... nor, with no blank lines in the dump, a heading the body's first line does not follow:
    # a heading under a heading (was the title, no_title lost); the title above its lead stays
    (["Thứ 4, Ngày 05/01/2022, 16:00", WIDGET, "05/01/2022 | Nguyễn Trang", "Nhiều kết quả nổi bật",
      "Kết quả nổi bật năm 2021", "Năm 2021, tỉnh được Diễn đàn Cộng đồng thông minh (ICF) vinh danh."],
     ["date_header", "font_size_widget", "byline", "heading", "heading", "body"]),
    (["Thứ 7, Ngày 12/03/2022, 08:15", WIDGET, "12/03/2022 | Hoang Anh", EN_TITLE, EN_LEAD],
     ["date_header", "font_size_widget", "byline", "title", "body"]),
])
def test_the_title_in_another_place_of_the_header(lines, expected):
    page = parse_page("\n".join(lines))
    assert [line.role for line in page.lines] == expected
    assert page.title == (page.lines[expected.index("title")].text if "title" in expected else None)


@pytest.mark.parametrize(("text", "truncated"), [
    # (English hunt 13) a dump cut inside its title: no warning told it
    ("Thứ 4, Ngày 07/09/2022, 10:30\nBinh Duong receives 500 billion VND inv", True),
    ("Thứ 4, Ngày 07/09/2022, 10:30\nBinh Duong receives 500 billion VND investment\n", True),
    ("Thứ 4, Ngày 07/09/2022, 10:30\nBinh Duong receives investment\n\n" + EN_LEAD, False),
])
def test_a_dump_that_ends_at_its_title_is_truncated(text, truncated):
    page = parse_page(text)
    assert (("truncated" in [code for code, *_ in page.warnings]), page.title is not None) == (truncated, True)


@pytest.mark.parametrize("text, views, content_type", [
    # (review) the views count and content type read off footer lines put above or among the header's fields (nav)
    ("Lượt người xem:  Views:   12\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
     "05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.", 12, None),
    ("Chia sẻ:\nLượt người xem:  Views:   1280\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n"
     "05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.", 1280, None),
    ("Thứ 4, Ngày 05/01/2022, 16:00\nChia sẻ:\nLượt xem: 93\nBình Dương họp báo\n"
     "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n05/01/2022 | Hồng Phúc\n\nCỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.",
     93, None),
    ("Thứ 5, Ngày 16/05/2019, 15:00\nA title of the story\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\nShare:\n"
     "Content Type: News\n16/05/2019 | Nguyen Trang\n\nBEGIC - Body text here.", None, "News"),
    # the footer's own count wins over one put in the header
    ("Lượt xem: 5\nBình Dương họp báo\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n05/01/2022 | Hồng Phúc\n\n"
     "CỔNG TTĐT - Sáng 6/4, tỉnh tổ chức họp báo.\n\nLượt người xem:  Views:   12\nChia sẻ:", 12, None),
])
def test_footer_fields_put_in_the_header_are_still_read(text, views, content_type):
    page = parse_page(text)
    assert (page.views, page.content_type) == (views, content_type)
    assert page.title is not None


VN_HEADER = ["Thứ 4, Ngày 05/01/2022, 16:00", "Bình Dương tổng kết công tác xây dựng thành phố thông minh năm 2021", WIDGET]
VN_BYLINE = "05/01/2022 | Nguyễn Trang"
VN_LEAD = ("CỔNG TTĐT - Chiều 4/1, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Điều hành Đề án thành phố thông minh "
           "Bình Dương tổ chức hội nghị tổng kết công tác năm 2021.")
EN_HEADER = ["Thứ 7, Ngày 12/03/2022, 08:15", EN_TITLE, WIDGET]
EN_BYLINE = "12/03/2022 | Hoang Anh"
PAGE_FOOT = ["", "Minh Hải", "", "Chia sẻ:", "Manage PermissionsManage Permissions", "Version HistoryVersion History"]
HEADER_FIELDS = ["date_header", "title", "font_size_widget"]
VN_PARAGRAPH = "Năm 2022, tỉnh tiếp tục triển khai các nhiệm vụ trọng tâm của Đề án thành phố thông minh Bình Dương."
EN_PARAGRAPH = "The university also opens two new majors, data science and logistics, for the coming academic year."
# Each footer anchor an extractor may leave alone in a page's header or body, and the views count it gives.
STRAY_LABELS = [("Chia sẻ:", None), ("Share:", None), ("Lượt người xem:  Views:   12", 12), ("Views: 389", 389),
                ("Content Type: News", None), ("Manage PermissionsManage Permissions", None),
                ("Version HistoryVersion History", None), ("Last modified at 05/01/2022 16:00 by Nguyễn Trang", None)]


@pytest.mark.parametrize(("lines", "expected", "views"), [
    # (readthrough 3, B1) a views line with its count on the next line among the header's fields: nav, its count read
    # (the bare count ended the footer run there, so no field followed it: the whole article was footer, unknown)
    ([*VN_HEADER, "Lượt người xem:  Views:", "12", "Chia sẻ:", VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "nav", "nav", "nav", "byline", "body"], 12),
    ([*VN_HEADER, "Lượt người xem:", "Views:", "93", VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "nav", "nav", "nav", "byline", "body"], 93),
    ([*EN_HEADER, "Share:", "Views:", "1 280", EN_BYLINE, "", EN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "nav", "nav", "nav", "byline", "body"], 1280),
    # ... between the title and the widget of a page whose date line is lost
    ([VN_HEADER[1], "Lượt người xem:  Views:", "12", WIDGET, VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     ["title", "nav", "nav", "font_size_widget", "byline", "body"], 12),
    # (readthrough 3, B2) footer lines right under the byline, the header's last field, the body under them: nav, the
    # count read (no field could follow them: the whole article was footer, unknown)
    ([*VN_HEADER, VN_BYLINE, "Lượt người xem:  Views:   12", "", VN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "nav", "body"], 12),
    ([*VN_HEADER, VN_BYLINE, "Chia sẻ:", "Lượt người xem:  Views:   12", "", VN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "nav", "nav", "body"], 12),
    ([*VN_HEADER, VN_BYLINE, "Lượt người xem:  Views:", "12", "", VN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "nav", "nav", "body"], 12),
    ([*EN_HEADER, EN_BYLINE, "Share:", "", EN_LEAD, *PAGE_FOOT], [*HEADER_FIELDS, "byline", "nav", "body"], None),
    ([*EN_HEADER, EN_BYLINE, "Views: 389", "Share:", "", EN_LEAD, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "nav", "nav", "body"], 389),
    # ... and with no byline, under the widget, the header's last field there
    ([*EN_HEADER, "Views: 389", "", EN_LEAD, *PAGE_FOOT], [*HEADER_FIELDS, "nav", "body"], 389),
    # a page cut short under its byline: its footer starts there, nothing of the body under it
    ([*VN_HEADER, VN_BYLINE, "Lượt người xem:  Views:   12", "Chia sẻ:", "Manage PermissionsManage Permissions"],
     [*HEADER_FIELDS, "byline", "views", "share", "sp_action"], 12),
    ([*VN_HEADER, VN_BYLINE, "Lượt người xem:  Views:   12", "Chia sẻ:", "", "Tiêu đề", "", "Hình ảnh"],
     [*HEADER_FIELDS, "byline", "views", "share", "sp_field", "sp_field"], 12),
    # (readthrough 3, B3) a views line above the date line: nav, its count read (it was lost), a split one's too
    (["Lượt người xem:  Views:   12", "Chia sẻ:", *VN_HEADER, VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     ["nav", "nav", *HEADER_FIELDS, "byline", "body"], 12),
    (["Lượt người xem:  Views:", "12", *VN_HEADER, VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     ["nav", "nav", *HEADER_FIELDS, "byline", "body"], 12),
    (["Lượt người xem:  Views:", "12", *VN_HEADER[1:], VN_BYLINE, "", VN_LEAD, *PAGE_FOOT],
     ["nav", "nav", "title", "font_size_widget", "byline", "body"], 12),
    # (review of B2) a page with no footer at all under such a run (cut, or rendered without the SharePoint footer):
    # the run is nav, the body its own (the run was the footer, every paragraph `unknown`, the text empty)
    ([*VN_HEADER, "Chia sẻ:", "", VN_LEAD, "", VN_PARAGRAPH], [*HEADER_FIELDS, "nav", "body", "body"], None),
    *[([*EN_HEADER, EN_BYLINE, label, "", EN_LEAD, "", EN_PARAGRAPH], [*HEADER_FIELDS, "byline", "nav", "body", "body"], views)
      for label, views in STRAY_LABELS],
    ([*VN_HEADER, VN_BYLINE, "Lượt người xem:", "Views:", "93", "", VN_LEAD, "", VN_PARAGRAPH],
     [*HEADER_FIELDS, "byline", "nav", "nav", "nav", "body"], 93),
    # ... and as a paragraph of its own in the middle of the body, the real footer further down: nav, its count read
    # (it started the footer: every paragraph under it was `unknown`)
    *[([*EN_HEADER, EN_BYLINE, "", EN_LEAD, "", label, "", EN_PARAGRAPH, "", EN_LEAD, *PAGE_FOOT],
       [*HEADER_FIELDS, "byline", "body", "nav", "body", "body", "credit"], views) for label, views in STRAY_LABELS],
    ([*VN_HEADER, VN_BYLINE, "", VN_LEAD, "", "Lượt người xem:  Views:", "12", "", VN_PARAGRAPH, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "body", "nav", "nav", "body", "credit"], 12),
    ([*VN_HEADER, VN_BYLINE, "", VN_LEAD, "Chia sẻ:", "Lượt người xem:  Views:   12", VN_PARAGRAPH, *PAGE_FOOT],
     [*HEADER_FIELDS, "byline", "body", "nav", "nav", "body", "credit"], 12),
])
def test_footer_lines_in_or_above_the_header_are_nav_and_give_their_fields(lines, expected, views):
    page = parse_page("\n".join(lines))
    assert [line.role for line in page.lines][: len(expected)] == expected
    assert page.views == views
    assert not [code for code, *_ in page.warnings if code == "unknown_line"]


# The header's four fields, as each is written (their roles in `HEADER_ORDER_ROLES`).
VN_HEADER_FIELDS = ("Thứ 4, Ngày 05/01/2022, 16:00", VN_HEADER[1], WIDGET, VN_BYLINE)
EN_HEADER_FIELDS = ("Thứ 7, Ngày 12/03/2022, 08:15", EN_TITLE, WIDGET, EN_BYLINE)
HEADER_ORDER_ROLES = ("date_header", "title", "font_size_widget", "byline")


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))), ids=lambda order: "".join(map(str, order)))
@pytest.mark.parametrize(("fields", "lead", "nav"), [(VN_HEADER_FIELDS, VN_LEAD, []), (EN_HEADER_FIELDS, EN_LEAD, []),
                                                     (EN_HEADER_FIELDS, EN_LEAD, ["Trang chủ > Tin tức > Giáo dục"])])
def test_the_header_s_fields_in_any_order_around_the_date_line(order, fields, lead, nav):
    # (hunt 2, perm/) the date line under the byline was a heading (`no_header`, no date), the title under the byline
    # then a heading too; a title or byline above the date line was nav (`no_title`, the author lost)
    page = parse_page("\n".join([*nav, *[fields[index] for index in order], "", lead, *PAGE_FOOT]))
    assert [line.role for line in page.lines][: len(nav) + 5] == ["nav"] * len(nav) + [
        HEADER_ORDER_ROLES[index] for index in order] + ["body"]
    assert (page.title, page.byline["author"]) == (fields[1], fields[3].split(" | ")[1])
    assert not {"no_header", "no_title"} & {code for code, *_ in page.warnings}


@pytest.mark.parametrize(("above", "role"), [
    # (hunt 2) a short title above the date line was nav, `no_title`: a title is told from navigation by its tables
    ("Bình Dương họp báo", "title"), ("Binh Duong welcomes Korean investors", "title"),
    ("Why invest in Binh Duong?", "title"), ("Kinh tế Bình Dương tăng tốc", "title"),
    # navigation there stays nav: the home page's label alone, the listing word, a section, an agency's section
    ("Trang chủ", "nav"), ("Home", "nav"), ("Tin tức", "nav"), ("News", "nav"), ("Tin tức - Sự kiện", "nav"),
    ("News - Smart City", "nav"), ("CCHC - Cải cách hành chính", "nav"), ("Bạn đang ở:", "nav"),
    # (review of hunt 2) a section's name alone, the portal's sections in Vietnamese and English (the last part of a
    # breadcrumb on lines of its own), was the title since the seven-word rule went: nav, `no_title`, as before
    *[(section, "nav") for section in ("Kinh tế", "Xã hội", "Văn hóa - Xã hội", "Văn hoá – Xã hội", "Thời sự", "Giáo dục",
                                       "Y tế", "Economy", "Society", "Culture - Sports", "Investment", "News - Events")],
])
def test_a_short_line_above_the_date_line_is_the_title_unless_it_navigates(above, role):
    page = parse_page("\n".join([above, "Thứ 4, Ngày 05/01/2022, 16:00", WIDGET, VN_BYLINE, "", VN_LEAD, *PAGE_FOOT]))
    assert [line.role for line in page.lines][:5] == [role, "date_header", "font_size_widget", "byline", "body"]
    assert page.title == (above if role == "title" else None)


@pytest.mark.parametrize("nav", [["Trang chủ", "Tin tức", "Kinh tế"], ["Home", "News", "Economy"], ["Trang chủ", "Xã hội"]])
@pytest.mark.parametrize("above", [[VN_BYLINE], [WIDGET], [WIDGET, VN_BYLINE], [VN_BYLINE, WIDGET]])
def test_a_section_s_name_above_the_header_s_fields_is_no_title_where_the_title_stands_under_the_date_line(nav, above):
    # (review of hunt 2) a breadcrumb on lines of their own above a byline or the widget above the date line: its last
    # section ("Kinh tế") was read as the title, the page's title under the date line a caption
    under = [field for field in (WIDGET, VN_BYLINE) if field not in above]
    page = parse_page("\n".join([*nav, *above, VN_HEADER[0], VN_HEADER[1], *under, "", VN_LEAD, *PAGE_FOOT]))
    role = {WIDGET: "font_size_widget", VN_BYLINE: "byline"}
    assert [line.role for line in page.lines][: len(nav) + 5] == ["nav"] * len(nav) + [role[field] for field in above] + [
        "date_header", "title", *[role[field] for field in under], "body"]
    assert (page.title, page.byline["author"]) == (VN_HEADER[1], "Nguyễn Trang")


@pytest.mark.parametrize("nav", [["Trang chủ", "Tin tức", "Kinh tế"], ["Home", "News", "Economy"],
                                 ["Bạn đang ở:", "Trang chủ", "Tin tức", "Kinh tế"]])
@pytest.mark.parametrize("order", list(itertools.permutations(range(1, 4))), ids=lambda order: "".join(map(str, order)))
def test_the_date_line_under_three_nav_lines_and_the_three_fields_is_the_header(nav, order):
    # (review of hunt 2) the date line, the page's seventh line or lower, was past `_header_line`'s search of six: no
    # header (`no_header`, the date line a heading, `published` lost)
    page = parse_page("\n".join([*nav, *[VN_HEADER_FIELDS[index] for index in order], VN_HEADER_FIELDS[0], "", VN_LEAD,
                                 *PAGE_FOOT]))
    assert [line.role for line in page.lines][: len(nav) + 5] == ["nav"] * len(nav) + [
        HEADER_ORDER_ROLES[index] for index in order] + ["date_header", "body"]
    assert (page.title, page.byline["author"]) == (VN_HEADER_FIELDS[1], "Nguyễn Trang")
    assert not {"no_header", "no_title"} & {code for code, *_ in page.warnings}


@pytest.mark.parametrize("clock", ["10:30 05/01/2022", "05/01/2022 10:30", "10h30 05/01/2022", "05/01/2022 lúc 10:30"])
@pytest.mark.parametrize("place", [1, 2, 3])
def test_a_clock_and_date_among_the_header_s_fields_is_a_second_date_line(clock, place):
    # (hunt 2) a bare clock and date under the date line was a byline with no author: the page's byline a heading, or
    # the title lost under it
    # (a date line of the template's own form right under the date line stays a second `date_header`, as before)
    fields = list(VN_HEADER_FIELDS)
    page = parse_page("\n".join([*fields[:place], clock, *fields[place:], "", VN_LEAD, *PAGE_FOOT]))
    second = "date_header" if place == 1 and template_role(clock) == "date_header" else "nav"
    roles = [*HEADER_ORDER_ROLES[:place], second, *HEADER_ORDER_ROLES[place:], "body"]
    assert [line.role for line in page.lines][:6] == roles
    assert (page.title, page.byline) == (fields[1], {"date_raw": "05/01/2022", "author": "Nguyễn Trang"})


@pytest.mark.parametrize("clock", ["10:30 05/01/2022", "05/01/2022 10:30", "10h30 05/01/2022", "05/01/2022 lúc 10:30"])
@pytest.mark.parametrize("place", [2, 3])
def test_a_clock_and_date_alone_is_the_byline_where_no_author_s_byline_stands_among_the_fields(clock, place):
    # (review of hunt 2) the page's only byline, a date and clock with no author, was `nav`: the byline lost
    page = parse_page("\n".join([*VN_HEADER[:place], clock, *VN_HEADER[place:], "", VN_LEAD, *PAGE_FOOT]))
    roles = [*HEADER_FIELDS[:place], "byline", *HEADER_FIELDS[place:], "body"]
    assert [line.role for line in page.lines][:5] == roles
    assert (page.title, page.byline) == (VN_HEADER[1], {"date_raw": clock, "author": None})


@pytest.mark.parametrize("after", ['Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.',
                                   "Binh Duong Smart City Office reviews the results of 2023 and sets tasks for the year ahead"])
def test_the_footer_right_under_the_byline_of_a_page_without_body_stays_the_footer(after):
    # (review of B2) the portal's note or a related title under the views count, the share bar under it, on a page whose
    # body did not render: the views line was nav and the note the body (prose, with the footer further down)
    page = parse_page("\n".join([*VN_HEADER, VN_BYLINE, "Lượt người xem:  Views:   25", after, *PAGE_FOOT[3:]]))
    assert [line.role for line in page.lines][3:6] == ["byline", "views", "unknown"]
    assert page.views == 25


RELATED_TITLES = ["Bình Dương thu hút hơn 2 tỷ USD vốn FDI", "Hội nghị xúc tiến đầu tư tại Hàn Quốc"]


@pytest.mark.parametrize(("share", "related"), [
    ("Chia sẻ:", ["Các tin khác:", *RELATED_TITLES]),
    ("Chia sẻ:", ["Tin liên quan:", *RELATED_TITLES]),
    ("Share:", ["Related news:", "Binh Duong attracts over 2 billion USD of FDI", "Investment promotion in Korea"]),
    ("Share:", ["Other news:", "Why invest in Binh Duong?", "Binh Duong attracts over 2 billion USD of FDI"]),
    # related titles with no heading, the first a question, the SharePoint footer under them
    ("Chia sẻ:", ["Vì sao doanh nghiệp chưa mặn mà với chuyển đổi số?", RELATED_TITLES[0], *PAGE_FOOT[4:]]),
    ("Share:", ["Why are firms slow to go digital?", "Binh Duong attracts over 2 billion USD of FDI", *PAGE_FOOT[4:]]),
    ("Share:", ["Why are firms slow to go digital?", "What does the smart city bring to Binh Duong?"]),
    # the portal's note under the share bar, a related heading under it (the note was the body going on)
    ("Chia sẻ:", ['Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.', "Các tin khác:",
                 *RELATED_TITLES]),
    # (control) the heading without its colon read so before
    ("Chia sẻ:", ["Các tin khác", *RELATED_TITLES]),
])
def test_a_related_block_under_the_views_and_share_lines_leaves_them_the_footer(share, related):
    # (readthrough 4, B1) a related-news heading ends in a colon and a related title may end in "?": each was taken
    # for the body going on under a stray run, so the views and share lines were no footer: views None, the sign-off
    # a heading and no credit
    page = parse_page("\n".join([*VN_HEADER, VN_BYLINE, "", VN_LEAD, "", VN_PARAGRAPH, "", "Minh Hải", "",
                                 "Lượt người xem:  Views:   345", share, *related]))
    roles = {line.text: line.role for line in page.lines}
    assert (page.views, page.credits) == (345, {"reporter": "Minh Hải"})
    assert (roles["Minh Hải"], roles["Lượt người xem:  Views:   345"], roles[share]) == ("credit", "views", "share")
    assert [line.text for line in page.lines if line.role == "body"] == [VN_LEAD, VN_PARAGRAPH]


@pytest.mark.parametrize("label", [label for label, _ in STRAY_LABELS])
def test_a_footer_line_amid_teasers_with_no_footer_is_nav_and_no_item(label):
    # (review) a category page's teasers with a stray footer line among them and no footer: the teasers under it were
    # `unknown` (it opened the footer), and it must not become a listing's item either
    teasers = ["BEGIC - Afternoon of March 14th, at provincial Convention and Exhibition Center, the board met.",
               "BEGIC - In November 21st, 2016, Binh Duong People's Committee approved the Smart City Program.",
               "BEGIC - Late June 27, Binh Duong provincial People's Committee met the Finnish Embassy in Viet Nam."]
    page = parse_page("\n\n".join(["News - Smart City", teasers[0], label, *teasers[1:]]))
    assert [line.role for line in page.lines if line.text == label] == ["nav"]
    assert [line.text for line in page.lines if line.role in ("body", "listing_item")] == teasers
    assert not [code for code, *_ in page.warnings if code == "unknown_line"]


# One footer line, or two together (a share bar and the views count or content type, as an extractor puts them).
FOOTER_RUNS = [[line] for line in FOOTER_FIRST_LINES] + [list(pair) for pair in itertools.pairwise(FOOTER_FIRST_LINES)]
HEADER_ROLES = ("nav", "date_header", "title", "font_size_widget", "byline")


def sample_lines(path, dated: bool) -> list[str]:
    """A sample page's lines, without its date line when not ``dated``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if dated or template_role(line.strip()) != "date_header"]


@pytest.mark.parametrize("footer_run", FOOTER_RUNS, ids=" / ".join)
@pytest.mark.parametrize("dated", [True, False], ids=["with_date_line", "date_line_lost"])
def test_a_footer_line_anywhere_on_a_page_leaves_each_line_one_entry(footer_run, dated):
    """Every page shape the samples give (with or without its date line) with footer lines moved to each position."""
    for path in SAMPLE_FILES:
        lines = sample_lines(path, dated)
        for position in range(len(lines) + 1):
            moved = [*lines[:position], *footer_run, *lines[position:]]
            counts = entries_per_line(parse_page("\n".join(moved)))
            expected = {number: 1 for number, line in enumerate(moved, start=1) if line.strip()}
            assert counts == expected, (path.name, position)


@pytest.mark.parametrize("footer_run", FOOTER_RUNS, ids=" / ".join)
@pytest.mark.parametrize("dated", [True, False], ids=["with_date_line", "date_line_lost"])
def test_footer_lines_above_or_among_the_header_s_fields_are_nav(footer_run, dated):
    """Footer lines put above the title, widget or byline of a sample article (under its date line too) are nav, and
    every other line keeps its role: the header was read up to them and the body was unknown."""
    for path in SAMPLE_FILES:
        lines = sample_lines(path, dated)
        page_roles = roles("\n".join(lines))
        if "font_size_widget" not in page_roles:
            continue  # (a listing)
        header = next(index for index, role in enumerate(page_roles) if role not in HEADER_ROLES)
        for position in range(1 if dated else 0, header):
            moved = [*lines[:position], *footer_run, *lines[position:]]
            expected = [*page_roles[:position], *["nav"] * len(footer_run), *page_roles[position:]]
            assert roles("\n".join(moved)) == expected, (path.name, position)


def test_the_widget_stays_template_wherever_it_stands():
    page_roles = roles("Thứ 2, Ngày 14/09/2020, 11:00\nA title\n\nPORTAL - The lead.\n\nCỡ chữ: Font size: Giảm (A-)\n" + FOOT)
    assert page_roles[:4] == ["date_header", "title", "body", "font_size_widget"]


def test_listing_teasers_on_consecutive_lines_are_one_item_each():
    page = parse_page("News - Smart City\n\nPORTAL - One thing happened.\nBEGIC - Another thing happened.\nPORTAL- A third.")
    assert [(line.role, line.text[:6]) for line in page.lines[1:]] == [
        ("listing_item", "PORTAL"), ("listing_item", "BEGIC "), ("listing_item", "PORTAL"),
    ]
    assert page.agency is None  # two agencies


@pytest.mark.parametrize("tag", ["CỔNG TTĐT - ", "(CTTĐT) - ", "CONG TTDT - "])
def test_hard_wrapped_vietnamese_teasers_on_consecutive_lines_are_one_item_each(tag):
    """The Vietnamese portal's name as its teasers' tag: a teaser under another's full stop opened no lead, one item."""
    text = (f"Tin tức - Thành phố thông minh\n\n{tag}Chiều 4/1, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Điều hành\n"
            "Đề án thành phố thông minh Bình Dương tổ chức hội nghị tổng kết công tác năm\n"
            "2021 và triển khai nhiệm vụ năm 2022 với sự tham dự của lãnh đạo các sở, ngành.\n"
            f"{tag}Diễn đàn Cộng đồng thông minh vừa công bố danh sách 21 cộng đồng\n"
            "thông minh của thế giới năm 2022, trong đó có Bình Dương và nhiều thành phố.\n\nXem tiếp")
    page = parse_page(text)
    assert [(line.number, line.role) for line in page.lines] == [
        (1, "listing_header"), (3, "listing_item"), (6, "listing_item"), (9, "more_link")]
    assert page.agency == agency_tag(tag + "x")


def test_listing_teasers_without_their_full_stops_on_consecutive_lines_are_one_item_each():
    """The listing sample with its teasers on consecutive lines, none ending in a full stop: one item held them all."""
    header, *paragraphs = sample_text("000").split("\n\n")
    teasers = [paragraph.strip().rstrip(".") for paragraph in paragraphs]
    page = parse_page(header + "\n\n" + "\n".join(teasers))
    assert [(line.role, line.text) for line in page.lines[1:]] == [("listing_item", teaser) for teaser in teasers]


def test_a_listing_title_right_above_its_teaser_is_a_title_and_hard_wrapped_teasers_stay_joined():
    page = parse_page("News - Smart City\n\nA title of the story\nPORTAL - The teaser of the story,\nwrapped here.\n\n"
                      "An untagged teaser, hard\nwrapped.")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_title", "A title of the story"),
        ("listing_item", "PORTAL - The teaser of the story,\nwrapped here."),
        ("listing_item", "An untagged teaser, hard\nwrapped."),
    ]


@pytest.mark.parametrize("title", ["Smart city plan", "Provincial People's Committee discusses investment in logistics chains"])
@pytest.mark.parametrize("teaser", ["At Tan Uyen Town Administrative Center on May 3, the board met the investors...",
                                    "On the evening of March 23, the province met investors from Japan.",
                                    "Binh Duong province met investors from Japan and Korea…",
                                    "Sáng 3/5, UBND tỉnh làm việc với các nhà đầu tư Nhật Bản.",
                                    "On May 3, the province met investors from Japan."])
@pytest.mark.parametrize("dated", [False, True])
def test_a_title_above_a_short_untagged_teaser_stays_apart(title, teaser, dated):
    """A short untagged teaser (one line of at most 100 characters) under its title went on the title, one item, the
    title lost: now it opens the item's teaser where the title is too short to be a wrapped piece above it, a date
    stands between, or it opens a sentence ("At …", "On the …"). A title long enough to be a wrapped piece above a line
    that opens with a name stays joined to it (a hard-wrapped teaser, as in the next test's case)."""
    item = f"{title}\n16/05/2019\n{teaser}" if dated else f"{title}\n{teaser}"
    page = parse_page(f"News - Smart City\n\n{item}\n\nForum opens\nBEGIC - The forum opened on Monday in the city.")
    parts = [("listing_title", title), ("listing_date", "16/05/2019"), ("listing_item", teaser)]
    expected = parts if dated else [parts[0], parts[2]]
    if not dated and len(title) >= 50 and teaser.startswith("Binh"):
        expected = [("listing_item", f"{title}\n{teaser}")]
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        *expected, ("listing_title", "Forum opens"), ("listing_item", "BEGIC - The forum opened on Monday in the city.")]


@pytest.mark.parametrize("teasers", [
    ("Binh Duong attracts FDI in the first quarter", "The province welcomes Japanese investors.", "The fair opens on Monday."),
    ("The province welcomes Japanese investors.", "Binh Duong attracts FDI in the first quarter", "Why invest in Binh Duong?"),
    ("Bình Dương thu hút vốn FDI trong quý I", "Tỉnh tiếp đoàn nhà đầu tư Nhật Bản.", "Hội chợ khai mạc sáng thứ Hai."),
])
@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_short_unterminated_teaser_dated_under_it_is_no_title(teasers, spacing):
    """Review of `_heads_its_teaser`: in a listing that dates each teaser under it, a short teaser without its full
    stop took the next item's teaser, across its own date, for its own: the teaser a `listing_title`, the next item's
    teaser dated twice. A teaser with its own date under it is no title's (title / date / teaser has none)."""
    dates = ["16/05/2019", "17/05/2019", "18/05/2019"]
    items = list(zip(teasers, dates, strict=True))
    page = parse_page("News - Investment\n\n" + spacing.join(f"{teaser}\n{date}" for teaser, date in items))
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        (role, text) for teaser, date in items for role, text in (("listing_item", teaser), ("listing_date", date))]


@pytest.mark.parametrize("lines", [("The province held a meeting with investors from Japan", "Korea and China on Tuesday."),
                                   ("Binh Duong signs a cooperation agreement with", "The Connected Places Catapult."),
                                   ("The delegation was welcomed by the Vice Chairman, Mr. Nguyen Van", "Sang, and the board.")])
def test_a_hard_wrapped_untagged_teaser_stays_one_item(lines):
    """Its first line is a title line's shape: the line under it, a name's capitals, goes on it."""
    page = parse_page("News - Smart City\n\n" + "\n".join(lines) + "\n\nBEGIC - Another teaser of the listing.")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_item", "\n".join(lines)), ("listing_item", "BEGIC - Another teaser of the listing.")]


HEADLINES = {
    "en": ["Smart city plan approved by the province", "Why invest in Binh Duong?",
           "Binh Duong joins the Smart21 communities", "Becamex IDC launches digital transformation in public transport",
           "Provincial leaders welcomed the ICF team to survey the construction of Binh Duong Smart City"],
    "vi": ["Bình Dương phát triển thành phố thông minh", "Vì sao nên đầu tư vào Bình Dương?",
           "Becamex IDC khánh thành khu công nghiệp mới", "UBND tỉnh tiếp đoàn công tác Hàn Quốc"],
}


@pytest.mark.parametrize("controls", [[], ["Tiếp theo »"], ["Xem thêm", "1 2 3 Next »"]])
@pytest.mark.parametrize("lang", HEADLINES)
def test_a_listing_of_headlines_alone_reads_each_as_a_title(lang, controls):
    """Titles with no teasers, one line break apart, were a mix of items: the first a title, the rest joined into one
    item, as a wrapped teaser. Each is a `listing_title`, none joined: no two in a row wrap alike, none ends mid-phrase,
    a blank line, a control or the page's end under the last."""
    header = "News - Smart City" if lang == "en" else "Tin tức - Sự kiện"
    page = parse_page("\n".join([header, "", *HEADLINES[lang], *controls]) + "\n")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        *(("listing_title", title) for title in HEADLINES[lang]), *((listing_control(text), text) for text in controls)]


@pytest.mark.parametrize("lines", [
    ["Phê duyệt đề án thành phố thông minh",
     "UBND tỉnh vừa phê duyệt Đề án xây dựng thành phố thông minh của tỉnh",
     "Bình Dương giai đoạn 2021 - 2025, tầm nhìn đến năm 2030 với nhiều"],
    ["Smart city plan approved", "The Provincial People's Committee approved the Smart City Scheme of",
     "Binh Duong Province for the period 2021 - 2025, with a vision to 2030"],
])
def test_a_teaser_cut_short_in_its_wrapped_lines_is_no_headlines(lines):
    """A dump cut short inside a hard-wrapped untagged teaser under its title, its wrapped lines opening in a name
    ("Bình Dương …"): the three lines were headlines, three `listing_title`s, and the teaser left the text (review).
    The page's end under a run tells nothing of its last line, cut short: the title heads its teaser."""
    page = parse_page("\n".join(["Tin tức - Sự kiện", "", *lines]) + "\n")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_title", lines[0]), ("listing_item", "\n".join(lines[1:]))]


def test_a_news_line_above_the_listing_header_is_nav():
    page = parse_page("News\nNews - Smart City\n\nPORTAL - One thing happened.")
    assert (page.kind, page.category) == ("listing", "Smart City")
    assert [line.role for line in page.lines] == ["nav", "listing_header", "listing_item"]


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_listings_controls_are_ui_each_on_its_line(spacing):
    """"Read more" under each teaser and the page links under the list were items (content, in `text`), and with
    no blank line around them "Read more" was joined into the teaser before it; so was a lone "Next"."""
    teasers = ["PORTAL - On January 7, the bridge was opened to traffic.", "BEGIC - Tin tức về cầu Bạch Đằng 2 đã thông xe."]
    controls = ["Xem tiếp »", "« Trang trước 1 2 3 Trang sau »", "(1 - 10 / 245)", "Next"]
    body = spacing.join([teasers[0], "Read more", teasers[1], *controls])
    page = parse_page("News - Investment\n\n" + body)
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_item", teasers[0]), ("more_link", "Read more"), ("listing_item", teasers[1]), ("more_link", "Xem tiếp »"),
        ("pager", "« Trang trước 1 2 3 Trang sau »"), ("pager", "(1 - 10 / 245)"), ("pager", "Next")]
    record = process({"id": "0" * 16, "text": "News - Investment\n\n" + body})
    assert "Read more" not in record["text"] and [item["role"] for item in record["ui"][1:]] == ["more_link"] * 2 + ["pager"] * 3


CONTROLLED_LISTINGS = {
    "vi": ("Tin tức - Kinh tế", ["TTĐT - Trong quý I/2022, kim ngạch xuất khẩu của tỉnh ước đạt 8,2 tỷ USD.",
                                "TTĐT - UBND tỉnh vừa có văn bản chỉ đạo tăng cường quản lý kinh doanh xăng dầu."]),
    "en": ("News - Investment", ["PORTAL - In the first quarter, the province's exports reached 8.2 billion USD.",
                                 "BEGIC - The Provincial People's Committee directed tighter control of petrol trading."]),
}


@pytest.mark.parametrize(("lang", "more", "pager"), [
    ("vi", ["[Xem tiếp]", "(Xem tiếp)"], "Trang: 1 2 3 4 5"),
    ("vi", ["[Xem thêm »]", "[Chi tiết]"], "Hiển thị 1 - 10 / 245 tin"),
    ("en", ["[Read more]", "(Read more)"], "Page: 1 2 3"),
    ("en", ["(View more)", "[See more »]"], "Showing 1 - 10 / 245 news"),
    ("vi", ["[Xem tiếp]", "(Xem tiếp)"], "Hiển thị 11 - 20 / 245 kết quả"),  # (review) each twin of the English nouns
    ("en", ["[Read more]", "(Read more)"], "Showing 11 to 20 of 245 entries"),
    # a link of one word in brackets: the brackets tell it, as an arrow does ("Details", "More" alone are no link)
    ("vi", ["(Chi tiết)", "(Xem thêm)"], "Trang: 1 2 3 4 5"),
    ("en", ["(Details)", "(More)"], "Page: 1 2 3"),
    ("en", ["[Details]", "[More]"], "Showing 1 - 10 / 245 news"),
])
def test_a_bracketed_more_link_and_a_labelled_pager_are_controls(lang, more, pager):
    """Some skins bracket the link to the story ("[Xem tiếp]", "(Read more)") and label the page list ("Trang: 1 2 3",
    "Page: 1 2 3") or count the items in words ("Hiển thị 1 - 10 / 245 tin"): the link was joined into the teaser above
    it and the pager was a listing item, both in `text`."""
    header, teasers = CONTROLLED_LISTINGS[lang]
    body = "\n".join([teasers[0], more[0], "", teasers[1], more[1], "", pager])
    page = parse_page(f"{header}\n\n{body}")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_item", teasers[0]), ("more_link", more[0]), ("listing_item", teasers[1]), ("more_link", more[1]),
        ("pager", pager)]


def test_a_listing_item_that_is_a_year_or_a_word_like_more_is_no_control():
    """Nor is a cut teaser's ellipsis wrapped onto a line of its own: it stays in its teaser."""
    page = parse_page("News - Archive\n\n2022\n\nPORTAL - More investment came in 2022.\n\nMore investment for the province"
                      "\n\nBEGIC - The province met investors from Japan, Korea and\n...")
    assert [line.role for line in page.lines[1:]] == ["listing_item"] * 4 and page.lines[-1].text.endswith("and\n...")


@pytest.mark.parametrize("line", ["Previous | Next", "Đầu | Trước | 1 | 2 | Sau | Cuối", "Sau »", "Tiếp »", "1 2",
                                  "(1 - 10 / 2021)", "Trang 2/15", "Page 2 of 10", "« 1 2 3 »", "Next", "Previous", "Tiếp",
                                  "Tiep", "Trước", "Truoc", "Tiếp theo", "Tiếp theo »", "Tiep theo", "Next page", "Next page »",
                                  "Previous page", "« Previous page", "Trang sau", "Trang trước", "« Previous", "Kế tiếp",
                                  "Kế tiếp »", "Ke tiep", "Trang kế tiếp", "« Trước | Kế tiếp »",
                                  "Trang: 1 2 3 4 5", "Trang : 1 2 3 Tiếp »", "Page: 1 2 3", "Pages: 1 2 3 »",
                                  "Hiển thị 1 - 10 / 245 tin", "Hien thi 11 - 20 / 245 tin", "Hiển thị 1 - 10 trên 245 bài",
                                  "Showing 1 - 10 / 245 news", "Showing 11 - 20 of 245 results", "Showing 1-10 of 245",
                                  # (review) the twins of "results", "items", the range in words, a labelled count, "Page: 12"
                                  "Hiển thị 1 - 10 / 245 kết quả", "Hien thi 1 - 10 / 245 ket qua", "Hiển thị 1 - 10 / 245 mục",
                                  "Hiển thị 1 - 10 / 245 văn bản", "Showing 1 - 10 of 245 entries",
                                  "Showing 1 - 10 of 245 documents", "Showing 1 to 10 of 245 entries",
                                  "Hiển thị 1 đến 10 trên 245 mục", "Trang: 2/15", "Page: 2 of 10", "Page: 12", "Pages: 12",
                                  # (readthrough B7) a compound noun, a full stop after the count (were no control)
                                  "Hiển thị 1 - 10 / 245 tin tức", "Hiển thị 1 - 10 / 245 bài viết",
                                  "Hien thi 1 - 10 / 245 tin tuc", "Hiển thị 1 - 10 / 245 tin.",
                                  "Showing 1 - 10 of 245 articles", "Showing 1 to 10 of 245 entries."])
def test_the_usual_page_links_are_a_pager(line):
    """A link to the next or previous page alone, capitalised ("Next", "Tiếp"), was a listing item: content, in `text`;
    so was the Vietnamese twin of "Previous", "Trước" (review), and a link of two words, "Tiếp theo", "Next page", and
    its twin "Kế tiếp" (review)."""
    assert listing_control(line) == "pager"


@pytest.mark.parametrize("last", ["more ...", "first", "20-25/11", "(3-5/2023)", "trước …", "12", "(1 - 6/2023)", "16/05/2019",
                                  "next", "tiếp", "Sau", "Last", "trước", "next page", "tiếp theo",
                                  "kế tiếp", "(more)", "[xem tiếp]", "Page: 2022", "Showing 1 - 6/2023"])
def test_a_wrapped_teasers_last_line_is_no_control(last):
    """A teaser's last words wrapped onto a line of their own, or an item's dates, stay in the item."""
    page = parse_page(f"News - Investment\n\nBEGIC - The fair draws investors, worth\n{last}\n\nPORTAL - Second item.")
    assert [line.role for line in page.lines[1:]] == ["listing_item"] * 2 and page.lines[1].text.endswith(last)


def test_a_doubled_table_cell_is_a_title_whatever_its_length_or_ending():
    long_title = "Binh Duong Smart City Scheme – Last episodes: Positioning Binh Duong brand in the international arena"
    cells = [long_title, long_title, "BEGIC - Lead one.", "Why is it smart?", "Why is it smart?", "PORTAL - Lead two."]
    page = parse_page("News - Smart City\n\n| " + " | ".join(cells) + " |")
    assert [(line.role, line.text[:8]) for line in page.lines[1:]] == [
        ("listing_title", "Binh Duo"), ("listing_item", "BEGIC - "), ("listing_title", "Why is i"), ("listing_item", "PORTAL -"),
    ]


# Regressions a third probe found in the fixes above.
@pytest.mark.parametrize("lead", ["Why does Binh Duong build a smart city?", "Binh Duong and the road ahead…"])
def test_an_untagged_lead_after_the_widget_is_no_title_whatever_its_ending(lead):
    page = parse_page("Thứ 2, Ngày 14/09/2020, 11:00\nCỡ chữ: Font size: Giảm (A-)\n" + lead + "\n\nMore.\n" + FOOT)
    assert page.title is None and warning_codes(page) == ["no_title"]
    assert [line.role for line in page.lines][2] == "body"


def test_a_long_lead_ending_in_a_question_right_after_the_header_is_body():
    lead = "Why " + "does the province keep building the smart city project with its partners " * 3 + "?"
    page = parse_page("Thứ 2, Ngày 14/09/2020, 11:00\n" + lead + "\n\nMore.\n" + FOOT)
    assert page.title is None and [line.role for line in page.lines][1] == "body"


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Reported by Mai Xuan and Hong Phuc", {"reporter": "Mai Xuan, Hong Phuc"}),  # two names, apart as by a comma
        ("Tin, ảnh: Mai Xuân và Hồng Phúc", {"reporter": "Mai Xuân, Hồng Phúc", "photographer": "Mai Xuân, Hồng Phúc"}),
        ("Ảnh: Minh Duy (Sở Kế hoạch và Đầu tư)", {"photographer": "Minh Duy (Sở Kế hoạch và Đầu tư)"}),  # a note's "và"
        ("Ảnh: Hồng Phúc và CTV", {"photographer": "Hồng Phúc, CTV"}),  # a person's name and the newsroom's post
        ("Photo: Ernst & Young", {"photographer": "Ernst & Young"}),  # a firm's name, no people's
        ("Photo: Johnson & Johnson", {"photographer": "Johnson & Johnson"}),
        ("Photo: Smith and Wesson", {"photographer": "Smith and Wesson"}),
        ("Reported by mai xuan - translated by nguyen trang", {"reporter": "mai xuan", "translator": "nguyen trang"}),
        ("Reported by Mai Xuan - Translated by Nguyen Trang (BDO)", {"reporter": "Mai Xuan", "translator": "Nguyen Trang (BDO)"}),
        ("Reported by Mai Xuan, Hong Phuc - Translated by Kim Ha", {"reporter": "Mai Xuan, Hong Phuc", "translator": "Kim Ha"}),
        ("Tin, ảnh: Thanh Hằng - Văn Tâm", {"reporter": "Thanh Hằng, Văn Tâm", "photographer": "Thanh Hằng, Văn Tâm"}),
        ("Ảnh: Hồng Phúc (Báo Bình Dương)", {"photographer": "Hồng Phúc (Báo Bình Dương)"}),
        ("REPORTED BY MAI XUAN", {"reporter": "MAI XUAN"}),
    ],
)
def test_credit_lines_with_several_names_or_written_loosely(line, credits):
    page = parse_page(HEAD + "\nPORTAL - The lead.\n\n" + line + "\n" + FOOT)
    assert ([piece.role for piece in page.lines][4], page.credits) == ("credit", credits)


@pytest.mark.parametrize("line", ["Font size of the new portal was increased for older readers.",
                                  "Cỡ chữ trên giao diện mới được tăng lên cho người cao tuổi."])
def test_a_body_sentence_that_begins_like_the_widget_stays_body(line):
    assert template_role(line) is None
    assert roles(HEAD + "\nPORTAL - The lead.\n\n" + line + "\n" + FOOT)[4] == "body"


def test_a_hard_wrapped_teaser_whose_line_begins_like_a_tag_stays_one_item():
    page = parse_page("News - Smart City\n\nBEGIC - From the above vision, Binh Duong with partners from\n"
                      "WTA - Korea and experts from Singapore built the project.\n\nBEGIC - Another teaser.")
    assert [line.role for line in page.lines] == ["listing_header", "listing_item", "listing_item"]
    assert page.agency == "BEGIC"


@pytest.mark.parametrize("tag", ["BEGIC", "TTXVN", "BDT"])
def test_wrapped_teasers_of_one_tag_without_blank_lines_stay_apart(tag):
    """A tag after a sentence's end opens a lead when the portals write it or it opened the paragraph above (another
    portal's teasers, "BDT - "); a word in capitals before a dash opens a sentence ("WTA - Tampere …") there."""
    teasers = [f"{tag} - Chiều 10/9, tại Trung tâm Hội nghị tỉnh, ông Mai Hùng Dũng chủ trì cuộc họp\n"
               "Ban Chỉ đạo xây dựng thành phố thông minh của tỉnh Bình Dương năm nay.",
               f"{tag} - Sáng 11/9, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác\n"
               "cải cách hành chính của tỉnh trong năm 2020 tại Trung tâm Hành chính tỉnh."]
    assert [line.text for line in parse_page("\n".join(teasers)).lines] == teasers


def test_titled_and_untagged_teasers_on_consecutive_lines_are_told_apart():
    teaser = "The province held a meeting on the smart city project with its international partners and experts in the city."
    page = parse_page(f"News - Smart City\n\nFirst title\n{teaser}\nSecond title\nAnother {teaser.lower()}\n{teaser}")
    assert [(line.role, line.text[:12]) for line in page.lines[1:]] == [
        ("listing_title", "First title"), ("listing_item", teaser[:12]), ("listing_title", "Second title"),
        ("listing_item", "Another the "), ("listing_item", teaser[:12]),
    ]


# Regressions a fourth probe found in the mends above.
@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Reported by Nguyen Van An", {"reporter": "Nguyen Van An"}),
        ("Photo: To Lam", {"photographer": "To Lam"}),
        ("Photo: delegates", None),
        ("Written by hand", None),
        ("Reported by local media", None),
    ],
)
def test_names_may_be_an_or_to_and_a_lone_lower_case_name_is_a_description(line, credits):
    assert parse_credits(line) == credits


def test_a_blank_separated_listing_keeps_a_teaser_wrapped_after_a_sentence_whole():
    first = "PORTAL - On the afternoon of September 10, the Standing Vice Chairman chaired the meeting of the board."
    rest = "The meeting is online connected to members of the Steering Committee at the broadcast in Eindhoven city."
    page = parse_page(f"News - Smart City\n\n{first}\n{rest}\n\nBEGIC - Another teaser of the listing.")
    assert [line.text for line in page.lines[1:]] == [f"{first}\n{rest}", "BEGIC - Another teaser of the listing."]


def test_a_tag_whose_teaser_wrapped_to_the_next_line_is_no_title():
    page = parse_page("News - Smart City\n\nPORTAL -\nFrom the results of 20 years, Binh Duong has implemented the project.")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        ("listing_item", "PORTAL -\nFrom the results of 20 years, Binh Duong has implemented the project."),
    ]
    assert page.agency == "PORTAL"


# Regressions a fifth probe found.
@pytest.mark.parametrize(
    "line", ["PHOTO: DELEGATES AT THE CONFERENCE", "Photo: The Delegates At The Meeting", "Reported By The Way"]
)
def test_a_description_in_capitals_is_no_credit(line):
    assert parse_credits(line) is None


def test_bare_tags_on_consecutive_lines_open_their_teasers():
    page = parse_page("News - Smart City\n\nPORTAL -\nThe first teaser ends here.\nBEGIC -\nThe second teaser ends here.")
    first, second = "PORTAL -\nThe first teaser ends here.", "BEGIC -\nThe second teaser ends here."
    assert [line.text for line in page.lines[1:]] == [first, second]
    assert page.agency is None


@pytest.mark.parametrize("name", ["Nguyen The Anh", "Than Duc Huong", "Nguyen Van Can", "Ton That On", "Nguyen Van Be"])
def test_vietnamese_names_without_marks_that_spell_function_words_are_names(name):
    assert parse_credits(f"Photo: {name}") == {"photographer": name}


@pytest.mark.parametrize(
    "line", ["Photo: On The Way Home", "PHOTO: ON THE WAY HOME", "Photo: Be On Time", "Photo: Can Tho City Than Ever"]
)
def test_a_title_case_description_that_begins_with_a_function_word_is_no_credit(line):
    assert parse_credits(line) is None


def test_a_news_line_above_a_category_line_too_long_for_a_header_keeps_every_line():
    long_category = "News - " + " ".join(["word"] * 14)
    page = parse_page(f"News\n{long_category}\n\nPORTAL - One thing happened.")
    assert [line.text for line in page.lines] == ["News", long_category, "PORTAL - One thing happened."]


@given(st.text(alphabet=st.sampled_from("-–•+(IVXab1)2. \tđ"), max_size=8))
def test_the_first_character_test_of_an_item_keeps_every_item(text):
    """`_item_mark` looks at a line's first characters before its pattern: the look never loses a match."""
    assert (page._item_mark(text) is not None) == (page._ITEM_MARK.match(text) is not None)


BYLINE_FORMS = ["16/05/2019 | Nguyen Trang", "Nguyen Trang | 14/09/2020", "14-09-2020 11:00 | Mai Xuan", "16/05/2019",
                "January 5, 2022 | Nguyen Trang", "5 Jan 2022 | Nguyen Trang", "Nguyen Trang | Jan 5, 2022", "14/9/20 | x"]


def test_the_byline_s_quick_refusal_refuses_no_byline():
    """`parse_byline` refuses a line without a bar that opens with no date before it runs its pattern: the
    same answer as the pattern's, on the byline forms and every line of the samples."""
    texts = BYLINE_FORMS + [line.strip() for path in SAMPLE_FILES for line in path.read_text("utf-8").splitlines()]
    for text in texts:
        match = page._BYLINE.match(text)
        expected = {"date_raw": match.group("date"), "author": match.group("author") or None} if match else None
        assert page.parse_byline(text) == expected, text
    assert sum(page.parse_byline(text) is not None for text in texts) >= len(BYLINE_FORMS)


def test_a_page_s_credits_are_its_own_though_the_body_s_credit_lines_are_cached():
    """The body's credits come from a cache of `parse_credits` (`_body_credits`): a page's dict is never one of
    the cache's, and another page with the same credit line reads what the first read."""
    text = "Thứ 4, Ngày 05/01/2022\nA title\n\nPORTAL - Lead.\n\nReported by Mai Xuan - Translated by Nguyen Trang\n\nChia sẻ:"
    first = parse_page(text)
    assert first.credits == {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}
    first.credits["reporter"] = "changed"
    assert parse_page(text).credits == {"reporter": "Mai Xuan", "translator": "Nguyen Trang"}


@pytest.mark.parametrize("date", ["Ngày 14/09/2020, 11:00", "Thứ 5, 16/05/2019"])
def test_a_date_line_right_under_the_listing_header_as_the_page_s_last_line_is_read(date):
    """"News - Smart City" / a date line, the page's end: `_titles` asked for the title under the date (IndexError)."""
    page = parse_page(f"News - Smart City\n{date}")
    assert [line.number for line in page.lines] == [1, 2]


PAGE_PIECES = [line for path in SAMPLE_FILES[:6] for line in path.read_text(encoding="utf-8").splitlines()] + [
    line for line, _ in TEMPLATE_LINES
] + ["", "", "Tin liên quan", "Manage Permiss", "Lượt người x"]


@given(st.lists(st.sampled_from(PAGE_PIECES), max_size=40))
@settings(max_examples=300)
def test_every_line_of_a_page_leaves_with_a_role(pieces):
    """Lines carry the role the template gives them from the start (`_nonempty_lines`, "" for none): none leaves
    without a role, and the footer's lines leave with the template's."""
    parsed = parse_page("\n".join(pieces))
    assert all(isinstance(line.role, str) and line.role for line in parsed.lines)
    footer = [line for line in parsed.lines if line.role in page.FOOTER_ANCHORS]
    assert all(template_role(line.text) in (line.role, None) for line in footer)


# Dated listings: an item's title, date and teaser on lines of their own.
DATED_ITEMS = ["002", "003", "004"]


@pytest.mark.parametrize(("layout", "between"), [(layout, "\n\n") for layout in DATED_ITEM_LAYOUTS]
                         + [(layout, "\n") for layout in DATED_ITEM_LAYOUTS if "\n\n" not in layout])
def test_a_dated_listings_title_date_and_teaser_each_take_their_role(layout, between):
    """A title above a date line and its teaser was one item, the date and title in it (the teaser unlinked); a
    date above the title was the title, and the next item merged; a title apart from its teaser was an item.
    Items apart or not (a listing without blank lines keeps its items' parts together too)."""
    items = [listed_article(name) for name in DATED_ITEMS]
    page = parse_page(dated_listing(layout, items, between=between))
    assert (page.kind, page.category, page.agency) == ("listing", "Smart City", None)
    assert [(line.role, line.text) for line in page.lines[1:]] == dated_item_roles(layout, items)


@pytest.mark.parametrize("form", ["{date} 15:00", "Cập nhật: {date} 15:00", "Ngày {date}", "Thứ 5, {date}", "Cập nhật: {date}",
                                  "Updated: {date}", "Ngày đăng: {date}", "({date})", "{date} | Nguyen Trang"])
def test_an_items_date_in_a_header_form_is_its_listing_date(form):
    items = [dict(listed_article(name), date=form.format(date=listed_article(name)["date"])) for name in DATED_ITEMS]
    page = parse_page(dated_listing(DATED_ITEM_LAYOUTS[0], items))
    assert [(line.role, line.text) for line in page.lines[1:]] == dated_item_roles(DATED_ITEM_LAYOUTS[0], items)


@pytest.mark.parametrize(("layout", "between"), [("{title}\n{teaser}\n{date}", "\n\n"), ("{title}\n{teaser}\n{date}", "\n"),
                                                 ("{title}\n{date}\n{teaser}", "\n"), ("{date}\n{title}\n{teaser}", "\n")])
@pytest.mark.parametrize("wrap", [None, 50, 66, 72, 78, 90, 100])
@pytest.mark.parametrize("count", [3, 1])
def test_a_teaser_without_its_full_stop_leaves_the_items_date_and_the_next_item_apart(layout, between, wrap, count):
    """A teaser that does not end in a full stop, on one line or hard-wrapped, took the date line under it, and,
    items apart by a line break alone, every item after it; a wrapped one whose last line left no room for the date
    (at 50 or 78 characters: one of the three) took it still, where the listing dates its items, and so it did in a
    listing of one item (at 50, 66, 100); under a teaser below its own title and date, the next item's title, whose
    first word would not have fitted on the teaser's last line, went on the teaser (at 66, 90, 100)."""
    items = [listed_article(name) for name in DATED_ITEMS][:count]
    for item in items:
        teaser = item["teaser"].rstrip(".")
        item["teaser"] = teaser if wrap is None else "\n".join(textwrap.wrap(teaser, wrap))
    page = parse_page(dated_listing(layout, items, between=between))
    assert [(line.role, line.text) for line in page.lines[1:]] == dated_item_roles(layout, items)


WRAPPED_OPENING = ["BEGIC - On the afternoon of March 14, the Executive Board of Binh Duong",
                   "Smart City met the investors from Japan and Korea at the provincial"]
VIETNAMESE_OPENING = ["TTĐT - Chiều 14/3, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Chỉ",
                      "đạo xây dựng thành phố thông minh Bình Dương họp rà soát kế hoạch"]


@pytest.mark.parametrize("layout", ["{title}\n{teaser}\n{date}", "{teaser}\n{date}"])
@pytest.mark.parametrize(("teaser", "dated"), [
    ([*WRAPPED_OPENING, "Convention and Exhibition Center to review the plan of the year"], True),
    ([*VIETNAMESE_OPENING, "năm 2019 và chuẩn bị cho Diễn đàn Hợp tác kinh tế châu Á Horasis"], True),
    ([*WRAPPED_OPENING, "Convention and Exhibition Center; the next meeting will be held on"], False),
    ([*VIETNAMESE_OPENING, "năm 2019; hội nghị các nhà đầu tư sẽ được tổ chức vào ngày"], False),
    ([*WRAPPED_OPENING, "Convention and Exhibition Center; the next meeting is scheduled for"], False),
    ([*WRAPPED_OPENING, "Convention and Exhibition Center; the registration is open through"], False),
    ([*VIETNAMESE_OPENING, "năm 2019; chương trình ưu đãi cho các nhà đầu tư kéo dài đến hết"], False),
])
def test_a_lone_date_under_a_wrapped_teaser_goes_on_it_only_after_a_word_a_date_follows(layout, teaser, dated):
    """In a listing of one item, a date alone under its wrapped teaser's full last line (the date would not have
    fitted on it) was the teaser's last words: it is the item's date, but after a word that a date follows in a
    sentence ("… held on" / "16/05/2019", "… vào ngày" / "16/05/2019")."""
    item = dict(listed_article("002"), teaser="\n".join(teaser))
    page = parse_page(dated_listing(layout, [item]))
    expected = dated_item_roles(layout, [item])
    if not dated:
        expected = [*expected[:-2], ("listing_item", item["teaser"] + "\n" + item["date"])]
    assert [(line.role, line.text) for line in page.lines[1:]] == expected


@pytest.mark.parametrize("between", ["\n\n", "\n"])
@pytest.mark.parametrize("layout", ["{title}\n{teaser}\n{date}", "{teaser}\n{date}", "{date}\n{teaser}"])
def test_a_short_teaser_without_its_full_stop_in_a_dated_listing_leaves_its_date(layout, between):
    """A teaser on one line short enough to be a wrapped piece (at most 100 characters), without its full stop, took
    the item's date under it as its wrapped end: not in a listing that dates its items."""
    items = [listed_article(name) for name in DATED_ITEMS]
    for item in items:
        item["teaser"] = textwrap.shorten(item["teaser"].rstrip("."), 90, placeholder="")
    page = parse_page(dated_listing(layout, items, between=between))
    assert [(line.role, line.text) for line in page.lines[1:]] == dated_item_roles(layout, items)


@pytest.mark.parametrize("layout", ["{title}\n{teaser}", *DATED_ITEM_LAYOUTS])
@pytest.mark.parametrize("title", ["Why does Binh Duong build a smart city?", "Binh Duong joins the Smart21 communities!"])
def test_a_question_or_exclamation_above_a_teaser_in_a_titled_listing_is_its_title(layout, title):
    """A listing title that asks or exclaims was an item (content, in `text`), its teaser an item of its own. Not so a
    hard-wrapped teaser whose first line ends in a question, nor a question above a teaser where no item has a title:
    a teaser's first sentence, maybe."""
    items = [listed_article(name) for name in DATED_ITEMS]
    items[1]["title"] = title
    question = "Why does Binh Duong keep building its smart city with its partners?"
    wrapped = textwrap.wrap(f"{question} {strip_agency_tag(items[2]['teaser'])}", 69)
    assert wrapped[0] == question
    page = parse_page(dated_listing(layout, items) + "\n" + "\n".join(wrapped) + "\n")
    assert [(line.role, line.text) for line in page.lines[1:]] == [
        *dated_item_roles(layout, items), ("listing_item", "\n".join(wrapped))]
    teaser = f"{question}\n{strip_agency_tag(items[2]['teaser'])}"
    untitled = parse_page(f"News - Smart City\n\n{teaser}\n\n{items[0]['teaser']}\n")
    assert [line.text for line in untitled.lines[1:] if line.role == "listing_item"] == [teaser, items[0]["teaser"]]


@pytest.mark.parametrize("apart", ["Tháng 12/2021", "More investment for the province"])
def test_a_line_apart_above_a_teaser_is_no_title(apart):
    """An archive's month heading, a short teaser, with a blank line under it: an item (its date in `dates`), not the
    next teaser's title (it had left the text, its date with it)."""
    teaser = listed_article("003")["teaser"]
    page = parse_page(f"Tin tức - Sự kiện\n\n{apart}\n\n{teaser}\n")
    assert [(line.role, line.text) for line in page.lines[1:]] == [("listing_item", apart), ("listing_item", teaser)]
