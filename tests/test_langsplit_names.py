"""English lines of the English portal that spell Vietnamese names with their marks, and the Vietnamese lines like them.

A line whose words in Vietnamese spelling are all capitalised (names) is English when its other words are English
enough: no Vietnamese syllable's shape, one at least in lower case (Title Case and capitals leave it to the
Vietnamese letters), no fewer than its lower-case words that may be Vietnamese syllables. It needs no English
function word (`visits`, `signs`, `speaks` were no evidence, and the lines read Vietnamese). One that names Vietnamese
things in lower case (dishes, arts) is English when an English function word outside titles frames them and no
Vietnamese function word joins them: a Vietnamese sentence quoting an English phrase has its grammar in Vietnamese,
and a Vietnamese heading borrowing an English phrase whole opens with Vietnamese, the phrase's `of the` joining a name.
A line in capitals shows no name: it is read in lower case, where only the frame tells English.
The pages that hold such lines: test_edge_pages.py.
"""

from __future__ import annotations

import pytest

from bdtools.parsers.langsplit import content_language, line_language

ENGLISH_NAMING = [
    # The reviewer's lines (repro 08a, 08b).
    "Mr. Nguyễn Văn Lợi visits Thủ Dầu Một City",
    "Thủ Dầu Một University signs cooperation agreement",
    "Comrade Nguyễn Văn Lợi speaks",
    "Delegates visit Bình Dương Industrial Park",
    # More of the family: captions and headings naming people and places, no function word.
    "Nguyễn Văn Lợi speaks",
    "Chairman Võ Văn Minh receives Korean investors",
    "Mr. Võ Văn Minh presents gifts",
    "Delegates meet Bình Dương leaders",
    "Đồng Nai, Bình Dương sign agreement",
    "Ms. Nguyễn Thị Hồng visits Bình Dương Museum",
    "Becamex IDC welcomes Thủ Dầu Một University students",
    "Mr. Lợi talks to Ms. Hà",  # `to` may be a Vietnamese syllable: one English word is enough beside it
    "Mr. Nguyễn Văn Lợi (middle) speaks",
    "Provincial leaders inspect Bàu Bàng Industrial Park, Bắc Tân Uyên",
    "Thủ Dầu Một City: delegates inspect flood prevention works",
    # Vietnamese things named in lower case, dishes, arts and crafts (culture and food pages), in an English frame of
    # function words (enhunt langsplit-1: the marked words' share made them Vietnamese, and they left the text)
    "The festival features đờn ca tài tử and lacquer painting.",
    "Bánh bèo, bánh bò and bánh tét are sold at the Thủ Dầu Một market.",
    "Bánh bèo, bánh bò, bánh tét and bánh canh are sold at the market.",
    "Đờn ca tài tử performance at the festival",
    "Visitors can taste bánh xèo, bánh khọt and hủ tiếu at the food stalls.",
    "Young people in áo dài take photos at the flower street.",
    "A plate of cơm tấm costs about 30,000 VND in Thủ Dầu Một.",
    "Artisans of Tương Bình Hiệp village still make sơn mài by hand.",
    "Many families wrap bánh tét and cook thịt kho for the Tết holiday.",
    # In capitals (a headline, a banner): no word shows a name, the frame alone tells (readthrough 2, B3)
    "THE FESTIVAL FEATURES ĐỜN CA TÀI TỬ AND LACQUER PAINTING.",
    "BÁNH BÈO, BÁNH BÒ AND BÁNH TÉT ARE SOLD AT THE MARKET.",
    "MR. NGUYỄN VĂN LỢI AND MR. VÕ VĂN MINH VISITED THE INDUSTRIAL PARK.",
    'THE FESTIVAL "HƯƠNG SẮC BÌNH DƯƠNG" ATTRACTED THOUSANDS OF VISITORS.',
    # Opened by the Vietnamese thing: English function words of its own beside an `of the` joint
    "Đờn ca tài tử performance of the troupe at the festival",
    # A dish of several words joined by a Vietnamese function word inside it, between English words on a line English
    # opens: the dish's joint, not the line's grammar (it read Vietnamese; lang6 2)
    "The delegation enjoyed bánh mì với pa tê at the market.",
    "Tourists enjoyed cơm tấm với sườn nướng at the night market.",
    "Visitors ordered bún bò và chả giò at the stalls of the festival.",
    "THE DELEGATION ENJOYED BÁNH MÌ VỚI PA TÊ AT THE MARKET.",
    # Lower-case English words spelled as Vietnamese syllables without their marks (`to`, `in`, `up`, `long`, `run`) beside
    # names joined by `và`: they are no Vietnamese words of the line (they outnumbered the English; review of lang6 1)
    "Dong Nai và Binh Duong to link up on transport in the long run",
    "Ben Cat và Bau Bang set up a long chain in the region",
    "Ben Cat và Bau Bang to team up on the long run",
    "Di An và Thuan An to set up a bus route in the long run",
    "Dong Nai và Binh Duong to link up on transport in the long run\r",
    "Đồng Nai và Bình Dương to link up on transport in the long run",  # (the names with their marks)
    # A Vietnamese name that an English function word follows is no English title's words: the word is the prose's own,
    # which frames the dish the line names (`from`, `of` read as a title's, and the line Vietnamese by its marks; lang8 1)
    "Ms. Nguyễn Thị Cúc from Cù Lao Thạnh Hội village sells bánh mì.",
    "Ms. Nguyễn Thị Hồng of Tân Phước Khánh ward makes bánh bèo every morning.",
    "Mr. Võ Văn Minh from Tân Uyên cooks bún bò at his stall.",
    # A `và` joining two capitalised names is a list of names, no Vietnamese prose, where the line has words of its own
    # beside them (on a Vietnamese page they read Vietnamese by `_speaks_vietnamese`; lang8 2)
    "Di An và Thuan An to set up a long bus route",
    "Binh Duong và Dong Nai team up to run a bus route",
    "Ben Cat và Bau Bang to set up a bus route",
    # an unmarked Vietnamese name before `from` (lang8, item 4: English already, in line_language and `bdtools explain`)
    "Nguyen Van Hai from the Department of Industry said the province will grow.",
    "Nguyen Van Hai from Sở Công Thương said the province will grow.",
    # the same with the names' marks: the joint in lower case was a word in Vietnamese spelling no name is, and the
    # marked words' share made the line Vietnamese (lang8, item 3)
    "Bình Dương và Đồng Nai team up to build the ring road",
    "Thủ Dầu Một và Dĩ An join the network of smart cities",
    "Bình Dương, Đồng Nai và Bà Rịa - Vũng Tàu sign a deal on the ring road",
    # without a function word, English words enough once the list's `và` is no word to count (review of lang8: it was
    # counted a Vietnamese syllable against them)
    "Bình Dương và Đồng Nai to build ring road",
    "Thủ Dầu Một và Dĩ An to open ring road\r",
    # A dish that opens the line, its short parts joined by `và`, `với`, English of its own after it: the dish's joint, as
    # on a line English opens (the joint read as the line's grammar; lang8 3)
    "Bánh mì với pa tê is sold at the market.",
    "Bún bò và chả giò are served at the night market.",
    "Cơm tấm với sườn nướng is a favourite breakfast of the workers.",
    "Đờn ca tài tử is a performance of the south.",  # (no joint: its `of the` read as a borrowed phrase's, a heading's)
    # the same with the other English auxiliaries, modal or `do` (the table had `can`, `should` alone; review of lang8 3)
    "Bánh xèo với rau sống could be found at the night market.",
    "Cơm tấm với sườn nướng must be tried at the market.",
    "Bún bò và chả giò might be sold out by noon.",
    "Cơm tấm với sườn nướng does well at the market.",
    "Bánh mì với pa tê did well at the food festival.",
]

VIETNAMESE = [
    # Title Case and capitals: no lower-case word, the Vietnamese letters decide as before.
    "Thủ Dầu Một Phát Triển Đô Thị",
    # names a `và` joins beside Vietnamese prose, or in a Title Case heading: the names are no English prose
    "Bình Dương và Đồng Nai hợp tác xây dựng đường vành đai",
    "Bình Dương Và Đồng Nai Hợp Tác Phát Triển",
    "THỦ DẦU MỘT PHÁT TRIỂN ĐÔ THỊ",
    "Bình Dương Đạt Top 7 Smart City",
    "BÌNH DƯƠNG ĐẠT TOP 7 SMART CITY",
    "Hội Nghị Xúc Tiến Đầu Tư Tại Bình An",
    "Bình Dương Industrial Park",  # a name alone: no lower-case word to tell it
    # Sentence case: lower-case words in Vietnamese spelling.
    "Hội nghị trực tuyến về Smart City",
    "Tỉnh Bình Dương đạt TOP 7 ICF",
    "Đồng chí Nguyễn Văn Lợi phát biểu",
    "Startup Bình Dương gọi vốn",
    # Lower-case words that may be Vietnamese syllables, written without their marks, loanwords, units.
    "Giá than Bình Dương",
    "Giá than Bình Dương qua video",
    "Giá than Bình Dương km 2",
    "Bình Dương hosts hoi nghi",  # one English word, two that may be Vietnamese
    # A lower-case gloss in brackets or quotes is no English prose.
    'Chuyển Đổi Số "digital transformation"',
    # Nor a loanword Vietnamese writes in lower case, nor a web address's pieces.
    "Lễ Hội Đường Hoa Xuân livestream",
    "Khởi Nghiệp Đổi Mới Sáng Tạo hackathon",
    "Cổng Thông Tin Điện Tử Tỉnh Bình Dương www.binhduong.gov.vn",
    "Nguồn: Báo Bình Dương - baobinhduong.vn",
    # An English phrase in lower case with an English function word, in a Vietnamese sentence: its grammar is
    # Vietnamese (và, của, cho, tại), and an English title's function words are the title's
    "Chương trình có sự tham gia của các chuyên gia về internet of things và trí tuệ nhân tạo.",
    "Doanh nghiệp đầu tư vào công nghệ internet of things tại khu công nghiệp.",
    "Trường áp dụng mô hình learning by doing cho sinh viên năm nhất.",
    "Tỉnh đẩy mạnh mô hình work from home và học trực tuyến trong mùa dịch.",
    "Người dân nói it was the best festival of the year sau lễ hội.",
    "Thủ Dầu Một nhận giải Smart Communities of the Year",
    "Bánh tét Bình Dương vào Top 10 Vietnamese Specialties of the Year",
    # A Vietnamese heading or caption has often no Vietnamese function word: an English phrase borrowed whole holds
    # one English function word ("internet of things"), English prose framing Vietnamese things two or more
    "Hội thảo internet of things",
    "Tuyển dụng nhân sự marketing and sales",
    "Giải pháp big data for chính quyền số",
    "Mô hình learning by doing ở trường",
    "Hội thảo internet of things\r",
    # Vietnamese prepositions of way and company hold such a sentence's grammar as và, của, tại do
    "Người lao động làm việc part of the time qua mạng.",
    "Sinh viên thực tập on the job cùng doanh nghiệp.",
    # and `ở`, a word of one letter that the word list left out (they read English; lang6 1)
    "Người lao động làm việc part of the time ở nhà.",
    "Sinh viên thực tập on the job ở doanh nghiệp.",
    # the English words that are syllables without marks (`_ENGLISH_SYLLABLES`: `hang`, `bang`, `do`, `long`, `no`) are
    # Vietnamese ones too: beside such a line's other syllables they leave it Vietnamese (review of lang6 1's table)
    "Cong nhan ở Di An hang ngay di lam bang xe bus",
    "Hoc sinh ở Ben Cat do long nhiet tinh cua thay co",
    "Nguoi dan ở Thu Dau Mot no luc set up startup",
    # A Vietnamese sentence borrowing an English phrase, its marked words under the share: the frame's function word
    # (cho) is its grammar (it read English; lang6 3), as are those English wraps on a line Vietnamese opens
    "Trao giải cuộc thi best of the best cho sinh viên",
    "Phát động cuộc thi the voice of the school cho học sinh",
    "TRAO GIẢI CUỘC THI BEST OF THE BEST CHO SINH VIÊN",
    "Bình Dương tổ chức forum on smart city với sự tham gia của nhiều chuyên gia về digital technology",
    # A Vietnamese clause between two English phrases: its `được`, `và` are its grammar, no dish's joint (joints are
    # `và`, `với` between a name's short parts; they read English; review of lang6 2)
    "Startup of the year Bình Dương được trao giải tại lễ vinh danh for young entrepreneurs",
    # `và` in a Vietnamese clause that opens the line is its grammar, English after it or not (lang8 3 left it so)
    "Bánh mì với pa tê được bán ở chợ Thủ Dầu Một",
    "Sinh viên và giảng viên tham gia the hackathon of the year",
    "Doanh nghiệp tuyển dụng và đào tạo nhân sự for the sales team",
    # `can` opens a Vietnamese verb too (`can thiệp`), read English: the clause before it is no dish's name (review of lang8 3)
    "Nhà nước và doanh nghiệp can thiệp thị trường",
    "Chính quyền với người dân can thiệp sớm",
    # An English title's function word right after a Vietnamese name, in a Vietnamese heading that borrows the title
    # whole: the heading stays Vietnamese, its Vietnamese words its own (the word is read as prose's; review of lang8 1)
    "Triển lãm Bình Dương in Motion",
    "Chương trình Thủ Dầu Một of Tomorrow",
    "Lễ trao giải Thủ Dầu Một in Motion cho doanh nghiệp",
    "Internet of things giúp doanh nghiệp tăng năng suất và giảm chi phí in the new normal",
    # A Vietnamese heading opening the line and borrowing an English `X of the Y` phrase whole: `of the` joins a
    # name's parts (as in a title), no English frame's own function words (readthrough 2, B3)
    "Cuộc thi khởi nghiệp startup of the year for students",
    "Ngày hội tuyển sinh open day of the university",
    "Khai mạc triển lãm art of the street năm 2023",
    "Phát động phong trào think out of the box",
    "Becamex phát động phong trào think out of the box",
    "CUỘC THI KHỞI NGHIỆP STARTUP OF THE YEAR FOR STUDENTS",
    "HỘI THẢO INTERNET OF THINGS",
    "THỦ DẦU MỘT NHẬN GIẢI SMART COMMUNITIES OF THE YEAR",
    "NGƯỜI DÂN NÓI IT WAS THE BEST FESTIVAL OF THE YEAR SAU LỄ HỘI.",
]


@pytest.mark.parametrize("line", ENGLISH_NAMING)
def test_an_english_line_naming_vietnamese_people_and_places_is_english(line):
    assert line_language(line) == ("en", ())
    assert content_language(line, default="en") == "en"
    assert content_language(line, default="vi") == "en"


@pytest.mark.parametrize("line", VIETNAMESE)
def test_a_vietnamese_line_with_names_or_english_words_stays_vietnamese(line):
    assert line_language(line) == ("vi", ())
    assert content_language(line, default="en") == "vi"


@pytest.mark.parametrize("line", ["Nguồn: baobinhduong.vn", "Liên Hệ: sokhcn@binhduong.gov.vn", "Xem Thêm: https://binhduong.gov.vn/tin"])
def test_a_vietnamese_label_before_a_web_address_stays_mixed(line):
    """A web or mail address's pieces ("baobinhduong", "gov") are no English words of the line's prose."""
    lang, segments = line_language(line)
    assert lang == "mixed" and segments[0][1] == "vi"


@pytest.mark.parametrize("line", ["Thành Phố Thông Minh (smart city)", "Chuyển Đổi Số (digital transformation)"])
def test_a_vietnamese_title_case_heading_glossed_in_lower_case_is_glossed_not_english(line):
    """The gloss is a segment of its own: the line is `mixed`, its Vietnamese part Vietnamese."""
    lang, segments = line_language(line)
    assert lang == "mixed" and segments[0][1] == "vi"
    assert content_language(line, default="vi") == "vi"
