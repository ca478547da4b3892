"""Twins across the portals: each form of a page of the English portal and its twin on the Vietnamese-language
portal, built from the same parts, must read alike.

A twin gives its English page's reading but for what rightly tells the portals apart, each stated here: the
language (``vi`` where English gave ``en``, `lang_of`), the glosses the Vietnamese labels have and English ones
need not, the agency's tag as written (each portal's own: ``PORTAL`` / ``TTĐT``, `TAG_PAIRS`) and the names, which
the English portal writes without their marks ("Mai Xuan" / "Mai Xuân"; compared without them).
"""

from __future__ import annotations

import functools

import pytest

from bdtools.pipeline import process

from conftest import bare, twin_readings, without_marks

# The English portal's template names its form's fields and actions in Vietnamese too: the footer is one on both.
SHAREPOINT_FORM = (
    "Manage PermissionsManage Permissions\nVersion HistoryVersion History\n\n"
    "Tiêu đề\n\nNội dung\n\nNgày xuất bản\n\nTin nổi bật(Time)\n\nTác giả\n\nApproval Status\n\n"
    "Content Type: Tin Tức Mở Rộng\nCreated at by\nLast modified at by\n"
)
ARTICLE = (
    "{header}\n{title}\nCỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n{byline}\n\n{lead}\n\n{heading}\n\n"
    "{paragraph}\n\n\n{caption}\n\n{closing}\n\n{related}{credit}\n{footer}\n" + SHAREPOINT_FORM
)
LISTING = "{listing_header}\n\n{first_item}\n\n{second_item}\n\n{more}\n{pager}\n"

# The parts of an article, each as the English portal writes it and as its Vietnamese twin does.
ARTICLE_PARTS: dict[str, tuple[str, str]] = {
    "header": ("Thứ 4, Ngày 05/01/2022, 16:00",) * 2,
    "title": ("Binh Duong reviews the building of its smart city in 2021",
              "Bình Dương tổng kết công tác xây dựng thành phố thông minh năm 2021"),
    "byline": ("05/01/2022 | Nguyen Trang", "05/01/2022 | Nguyễn Trang"),
    "lead": ("PORTAL - On the afternoon of January 4, at the Provincial Convention and Exhibition Center, the Executive "
             "Board of Binh Duong Smart City held a conference to review its work in 2021 and set out its tasks for 2022.",
             "TTĐT - Chiều 4/1, tại Trung tâm Hội nghị và Triển lãm tỉnh, Ban Điều hành Đề án thành phố thông minh Bình "
             "Dương tổ chức hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022."),
    "heading": ("Outstanding results", "Kết quả nổi bật"),
    "paragraph": ("In 2021, the province was honoured by the Intelligent Community Forum (ICF) as one of the seven "
                  "intelligent communities of the world, and the number of its enterprises rose to more than 55,000.",
                  "Năm 2021, tỉnh được Diễn đàn Cộng đồng thông minh (ICF) vinh danh là một trong bảy cộng đồng thông "
                  "minh tiêu biểu của thế giới, số doanh nghiệp trên địa bàn tỉnh tăng lên hơn 55.000."),
    "caption": ("Delegates attend the conference. Photo: Minh Duy", "Các đại biểu dự hội nghị. Ảnh: Minh Duy"),
    "closing": ("At the conference, the delegates discussed the plan to build the digital government, digital economy "
                "and digital society of the province in the period of 2021-2025.",
                "Tại hội nghị, các đại biểu đã thảo luận kế hoạch xây dựng chính quyền số, kinh tế số và xã hội số của "
                "tỉnh giai đoạn 2021-2025."),
    "related": ("", ""),
    "credit": ("Reported by Mai Xuan", "Tin: Mai Xuân"),
    "footer": ("Lượt người xem:  Views:   57\nChia sẻ:",) * 2,
}
LISTING_PARTS: dict[str, tuple[str, str]] = {
    "listing_header": ("News - Smart City", "Tin tức - Thành phố thông minh"),
    "first_item": ("PORTAL - On the afternoon of January 4, the Executive Board of Binh Duong Smart City held a "
                   "conference to review its work in 2021.",
                   "TTĐT - Chiều 4/1, Ban Điều hành Đề án thành phố thông minh Bình Dương tổ chức hội nghị tổng kết "
                   "công tác năm 2021."),
    "second_item": ("PORTAL - The Intelligent Community Forum has named the world's Smart21 Communities of 2022, "
                    "Binh Duong among them.",
                    "TTĐT - Diễn đàn Cộng đồng thông minh vừa công bố danh sách 21 cộng đồng thông minh của thế giới "
                    "năm 2022, trong đó có Bình Dương."),
    "more": ("Read more", "Xem tiếp"),
    "pager": ("1 2 3 4 5 Next »", "1 2 3 4 5 Tiếp »"),
}
# A dated listing's item: the article's title, its date, then its teaser (the `LISTING_PARTS` item at "{}").
DATED_ITEMS = {
    "first_item": tuple(title + "\n05/01/2022\n{}" for title in ARTICLE_PARTS["title"]),
    "second_item": ("Binh Duong among the Smart21 Communities of 2022\n04/02/2022\n{}",
                    "Bình Dương vào danh sách Smart21 năm 2022\n04/02/2022\n{}"),
}



def tagged(english: str, vietnamese: str) -> dict[str, tuple[str, str]]:
    """The lead of each language with these tags in place of its portal's own."""
    return {"lead": (ARTICLE_PARTS["lead"][0].replace("PORTAL - ", english, 1),
                     ARTICLE_PARTS["lead"][1].replace("TTĐT - ", vietnamese, 1))}


# Each form the page parser knows, by the parts it changes: (English, Vietnamese).
ARTICLE_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "the portal's header and byline": {},
    "an English header, a Vietnamese one": {
        "header": ("Wednesday, January 5, 2022 4:00 PM", "Thứ Tư, ngày 05/01/2022, 16:00")},
    "a header of a day before its month": {"header": ("Wed, 5 January 2022, 16:00", "Thứ 4, 5/1/2022, 16:00")},
    "a header of a date, a time and a zone": {"header": ("05/01/2022 16:00 (GMT+7)",) * 2},
    "a header after its label": {
        "header": ("Updated: 16:00, Wednesday, 05/01/2022", "Cập nhật: 16:00, Thứ 4, 05/01/2022")},
    "a byline of an English date": {"byline": ("January 5, 2022 | Nguyen Trang", "05/01/2022 | Nguyễn Trang")},
    "a byline of its author first": {"byline": ("Nguyen Trang | 5 Jan 2022", "Nguyễn Trang | 05/01/2022")},
    "a byline of a date alone": {"byline": ("05/01/2022",) * 2},
    "no byline": {"byline": ("", "")},
    "a tag of the province's centre": tagged("BEGIC - ", "(BDO) - "),
    "a tag against its sentence": tagged("PORTAL-", "TTĐT-"),
    "a bracketed tag without a dash": tagged("(PORTAL) ", "(TTĐT) "),
    "the portal's name as its tag": tagged("PORTAL - ", "CỔNG TTĐT - "),
    "the portal's name as its tag in brackets": tagged("(PORTAL) - ", "(CTTĐT) - "),
    "a radio's tag": tagged("BTV - ", "BTV - "),
    "a news agency's tag in brackets": tagged("(VNA) - ", "(TTXVN) - "),
    "a paper's tag": tagged("BDK - ", "BDK - "),
    "a numbered heading in capitals": {"heading": ("I. OUTSTANDING RESULTS", "I. KẾT QUẢ NỔI BẬT")},
    "a heading of a question": {"heading": ("What is next for the smart city?", "Thành phố thông minh sẽ đi về đâu?")},
    "a caption by its cue": {"caption": ("Overview of the conference", "Quang cảnh hội nghị")},
    "a caption with its credit after a dash": {
        "caption": ("Delegates attend the conference - Photo: Minh Duy", "Các đại biểu dự hội nghị - Ảnh: Minh Duy")},
    "a caption with its credit in brackets": {
        "caption": ("Delegates attend the conference (Photo: Minh Duy)", "Các đại biểu dự hội nghị (Ảnh: Minh Duy)")},
    "a caption's credit on a line of its own": {
        "caption": ("Overview of the conference\nPhoto: Minh Duy", "Quang cảnh hội nghị\nẢnh: Minh Duy")},
    "a credit of news and photos": {"credit": ("News and photos: Mai Xuan", "Tin, ảnh: Mai Xuân")},
    "a credit of a reporter and a translator": {
        "credit": ("Reported by Mai Xuan - Translated by Nguyen Trang", "Tin: Mai Xuân - Lược dịch: Nguyễn Trang")},
    "a credit by": {"credit": ("By Mai Xuan", "Bài: Mai Xuân")},
    "a credit of story and photos": {"credit": ("Story and photos: Mai Xuan", "Bài và ảnh: Mai Xuân")},
    "a credit of two reporters": {"credit": ("Reported by Mai Xuan and Hong Phuc", "Tin: Mai Xuân và Hồng Phúc")},
    "a source": {"credit": ("Source: baobinhduong.vn", "Nguồn: baobinhduong.vn")},
    "a source after according to": {"credit": ("According to baobinhduong.vn", "Theo baobinhduong.vn")},
    "a compiled sign-off": {"credit": ("Mai Xuan - Compiled", "Mai Xuân - Tổng hợp")},
    "compiled by the newsroom": {"credit": ("Compiled by PV", "Tổng hợp: PV")},
    "compiled from a source": {"credit": ("PV - Compiled (from baobinhduong.vn)", "PV - Tổng hợp (theo baobinhduong.vn)")},
    "a sign-off of names alone": {"credit": ("Mai Xuan", "Mai Xuân")},
    "a sign-off in a place's name that people bear": {"credit": ("Ha Nam", "Hà Nam")},
    "a sign-off of a given name spelt as a sentence's word": {"credit": ("Van Duoc", "Văn Được")},
    "a sign-off of a given name after a middle name": {"credit": ("Van Tin", "Văn Tín")},
    "a heading opening with a middle name's word": {"credit": ("New Spring", "Xuân Mới")},
    "a heading of a noun no name ends as": {"credit": ("Export Turnover", "Kim Ngạch Xuất Khẩu")},
    "a heading right above a picture": {"credit": ("Rural Areas\nnong-thon.jpg", "Nông Thôn\nnong-thon.jpg")},
    "a source's figures after according to": {
        "credit": ("According to statistics of the General Statistics Office", "Theo Thống Kê Của Cục Thống Kê")},
    "related news": {"related": (
        "Related news\nBinh Duong reviews the work of its youth union in 2021 (05/01/2022)\n"
        "The youth road model is launched (03/01/2022)\n\n",
        "Tin liên quan\nBình Dương tổng kết công tác Đoàn năm 2021 (05/01/2022)\n"
        "Ra mắt mô hình \"Tuyến đường thanh niên\" (03/01/2022)\n\n")},
    "other news": {"related": (
        "Other news\nBinh Duong reviews the work of its youth union in 2021 (05/01/2022)\n\n",
        "Các tin khác\nBình Dương tổng kết công tác Đoàn năm 2021 (05/01/2022)\n\n")},
    "a footer of English labels, a Vietnamese one of its own": {
        "footer": ("Views: 57\nShare:", "Lượt xem: 57\nChia sẻ:")},
    "a date with its year": {"paragraph": (
        "On January 5, 2022, the province was honoured by the Intelligent Community Forum (ICF) as one of the "
        "seven intelligent communities of the world.",
        "Ngày 5/1/2022, tỉnh được Diễn đàn Cộng đồng thông minh (ICF) vinh danh là một trong bảy cộng đồng thông "
        "minh tiêu biểu của thế giới.")},
    "a date of a day before its month": {"paragraph": (
        "On 30 December 2021, the province was honoured by the Intelligent Community Forum (ICF) as one of the "
        "seven intelligent communities of the world.",
        "Ngày 30/12/2021, tỉnh được Diễn đàn Cộng đồng thông minh (ICF) vinh danh là một trong bảy cộng đồng thông "
        "minh tiêu biểu của thế giới.")},
    "a range of days": {"paragraph": (
        "The fair takes place from 3 to 5 January at the Provincial Convention and Exhibition Center, with more than "
        "500 booths of enterprises.",
        "Hội chợ diễn ra từ ngày 3 đến 5/1 tại Trung tâm Hội nghị và Triển lãm tỉnh, với hơn 500 gian hàng của các "
        "doanh nghiệp.")},
    "a range of days across months": {"paragraph": (
        "The Youth Month takes place from January 10 to February 10, 2022, with more than 200 volunteer activities "
        "across the province.",
        "Tháng Thanh niên diễn ra từ ngày 10/1 đến ngày 10/2/2022, với hơn 200 hoạt động tình nguyện trên địa bàn "
        "tỉnh.")},
    "a month of a year": {"paragraph": (
        "In March 2022, the province will open the first phase of its digital government platform to people and "
        "enterprises.",
        "Tháng 3/2022, tỉnh sẽ đưa vào vận hành giai đoạn 1 nền tảng chính quyền số phục vụ người dân và doanh "
        "nghiệp.")},
    "a paragraph quoting an English sentence": {"paragraph": (
        "Mr. Jan Kodde stressed: “Binh Duong is one of the most dynamic regions in Southeast Asia”.",
        "Ông Jan Kodde nhấn mạnh: “Binh Duong is one of the most dynamic regions in Southeast Asia”.")},
    "a paragraph quoting a Vietnamese slogan": {"paragraph": (
        "The slogan “Bình Dương – điểm đến của nhà đầu tư” was chosen for the investment promotion conference of 2021.",
        "Khẩu hiệu “Bình Dương – điểm đến của nhà đầu tư” được chọn cho hội nghị xúc tiến đầu tư năm 2021.")},
    "a heading of English loanwords": {"heading": ("Smart City and Startup", "Smart City và Startup")},
}
LISTING_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "a listing of teasers": {},
    "a listing of dated items": {part: (en.format(LISTING_PARTS[part][0]), vi.format(LISTING_PARTS[part][1]))
                                 for part, (en, vi) in DATED_ITEMS.items()},
    "a pager of words": {"pager": ("« Previous | Next »", "« Trang trước | Trang sau »")},
    "a page count": {"pager": ("Page 1 of 25", "Trang 1/25")},
    "a more link with its arrow": {"more": ("Read more »", "Xem tiếp »")},
}
# The tags each portal writes for one agency: the English portal's and the Vietnamese one's.
TAG_PAIRS = {("PORTAL", "TTĐT"), ("PORTAL", "CỔNG TTĐT"), ("PORTAL", "CTTĐT"),
             ("BEGIC", "BDO"), ("BTV", "BTV"), ("VNA", "TTXVN"), ("BDK", "BDK")}


def page(template: str, parts: dict[str, tuple[str, str]], form: dict[str, tuple[str, str]], side: int) -> str:
    """The page of ``template`` in one language (0 English, 1 Vietnamese): its parts, as the form changes them."""
    return template.format(**{name: pair[side] for name, pair in {**parts, **form}.items()})


@functools.cache
def read(text: str) -> dict:
    return process({"id": "0" * 16, "text": text})


def lang_of(lang: str) -> str:
    """The language a twin's line must have where the English page's line, written otherwise, has ``lang``."""
    return "vi" if lang == "en" else lang


def same_lines(english: str, vietnamese: str) -> frozenset[int]:
    """The numbers of the lines the twins write alike (the template's): their languages are alike too."""
    pairs = zip(english.split("\n"), vietnamese.split("\n"), strict=True)  # (a twin's parts have their page's lines)
    return frozenset(number for number, (left, right) in enumerate(pairs, 1) if left == right)


def portal_reading(record: dict, same: frozenset[int] = frozenset(), english: bool = False) -> dict:
    """What a page and its twin must read alike: every role, language, credit, date and warning (on the English
    page, the languages of the lines the twin writes otherwise, but those of ``same``, as the twin's: `lang_of`;
    names without their marks; whether a line has an agency's tag, whose pair `TAG_PAIRS` checks)."""
    def lang(value: str, line: int | None = None) -> str:
        return lang_of(value) if english and line not in same else value
    return {
        "page": (record["kind"], lang(record["lang"]), record["published"], record["views"],
                 record["byline"] and (record["byline"]["date"], bare(record["byline"]["author"])),
                 {field: bare(name) for field, name in (record["credits"] or {}).items()},
                 [warning["code"] for warning in record["warnings"]], record["category"] is not None),
        "blocks": [(block["line"], block["role"], lang(block["lang"], block["line"]), block["agency"] is not None)
                   for block in record["blocks"]],
        "ui": [(item["line"], item["role"], lang(item["lang"], item["line"]),
                [lang(segment["lang"], item["line"]) for segment in item["segments"]]) for item in record["ui"]],
        "dates": [(date["line"], date["value"], date["year_inferred"]) for date in record["dates"]],
    }


def twins(template: str, parts: dict[str, tuple[str, str]], forms: dict[str, dict[str, tuple[str, str]]]):
    return [pytest.param(page(template, parts, form, 0), page(template, parts, form, 1), id=name)
            for name, form in forms.items()]


ALL_TWINS = twins(ARTICLE, ARTICLE_PARTS, ARTICLE_FORMS) + twins(LISTING, LISTING_PARTS, LISTING_FORMS)


@pytest.mark.parametrize(("english", "vietnamese"), ALL_TWINS)
def test_a_vietnamese_twin_reads_as_its_english_page(english, vietnamese):
    english_record, vietnamese_record = read(english), read(vietnamese)
    assert english_record["lang"] == "en" and vietnamese_record["lang"] == "vi"
    assert portal_reading(vietnamese_record) == portal_reading(english_record, same_lines(english, vietnamese), True)
    tags = {(english_block["agency"], vietnamese_block["agency"])
            for english_block, vietnamese_block in zip(english_record["blocks"], vietnamese_record["blocks"], strict=True)
            if english_block["agency"] is not None}
    assert tags <= TAG_PAIRS


@pytest.mark.parametrize(("english", "vietnamese"), ALL_TWINS)
def test_a_vietnamese_twin_that_lost_its_marks_reads_as_the_twin(english, vietnamese):
    assert twin_readings(read(without_marks(vietnamese))) == twin_readings(read(vietnamese))


def test_the_twins_cover_the_template_s_roles():
    """Every role the brief of this family names, on the English pages and so on their twins; and no form leaves
    its pages as the first form's (it would compare nothing new)."""
    roles = {entry["role"] for twin in ALL_TWINS for entry in read(twin.values[0])["blocks"] + read(twin.values[0])["ui"]}
    assert roles >= {"date_header", "title", "font_size_widget", "byline", "body", "heading", "caption", "credit",
                     "related_header", "related_title", "views", "share", "sp_action", "sp_field", "content_type",
                     "audit", "listing_header", "listing_title", "listing_date", "listing_item", "more_link", "pager"}
    pages = [twin.values for twin in ALL_TWINS]
    assert len(set(pages)) == len(pages)
