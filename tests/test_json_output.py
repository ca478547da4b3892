"""Output lines come from orjson: the same bytes as the standard encoder would write for our records,
valid JSON that reads back to the record for any JSON data, and the same bytes on stdout and in a file."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.pipeline import run
from bdtools.records import Reject, atomic_output, json_line, ordered

from conftest import REPO, write_variations


def standard_line(record: dict) -> bytes:
    """What `json_line` writes, by the standard encoder: no ASCII escapes but of the three characters some
    readers take for line ends (NEL, U+2028, U+2029), no spaces, schema order."""
    text = json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"))
    for character in "\u0085\u2028\u2029":
        text = text.replace(character, f"\\u{ord(character):04x}")
    return (text + "\n").encode("utf-8")


def test_every_record_of_the_samples_and_their_variations_is_the_standard_encoders_bytes(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write_variations(folder)
    records = list(run([str(REPO / "samples"), str(folder)]))
    assert len(records) > 50
    for record in records:
        assert json_line(record) == standard_line(record)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(st.characters(exclude_categories=["Cs"])),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
@settings(max_examples=300, deadline=None)
def test_any_json_data_without_floats_is_written_as_the_standard_encoder_writes_it(record: dict) -> None:
    assert json_line(record) == standard_line(record)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
@settings(max_examples=300, deadline=None)
def test_a_line_is_one_line_for_every_reader(record: dict) -> None:
    """Python's splitlines and a reader that splits on \\n alone see one line, and it reads back."""
    line = json_line(record)
    assert len(line.decode("utf-8").splitlines()) == 1 and line.count(b"\n") == 1
    assert json.loads(line) == record


def test_a_page_with_line_separators_in_its_lines_is_one_line_a_record(tmp_path):
    page = (REPO / "samples" / "003_790eb7187b08f3fc.txt").read_text(encoding="utf-8")
    page = page.replace("Overview of the meeting", "Overview\u2028of the\u0085meeting\u2029", 1)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bdtools", "run", "-q", str(tmp_path / "page.txt")], cwd=REPO,
                         capture_output=True, check=True).stdout.decode("utf-8")
    (line,) = out.splitlines()
    (block,) = [block for block in json.loads(line)["blocks"] if block["line"] == 12]
    assert block["text"] == "Overview\u2028of the\u0085meeting"  # stripped of the U+2029 at its end, a space


@given(st.dictionaries(st.text(max_size=8), st.floats(allow_nan=False, allow_infinity=False) | st.integers(), max_size=6))
@settings(max_examples=300, deadline=None)
def test_numbers_of_any_size_read_back_as_written(record: dict) -> None:
    line = json_line(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == record


def test_stdout_gets_the_bytes_a_file_gets(tmp_path):
    command = [sys.executable, "-m", "bdtools", "run", "-q", "samples/"]
    to_stdout = subprocess.run(command, cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run([*command, "-o", str(tmp_path / "out.jsonl")], cwd=REPO, check=True)
    assert to_stdout == (tmp_path / "out.jsonl").read_bytes() == (REPO / "tests" / "golden" / "samples.jsonl").read_bytes()


def test_a_text_only_stdout_gets_the_lines_as_text():
    text = io.StringIO()
    with contextlib.redirect_stdout(text), atomic_output("-", binary=True) as stream:
        stream.write(json_line({"title": "Tin tức"}))
    assert text.getvalue() == '{"title":"Tin tức"}\n'


def test_a_reject_line_is_one_line_for_every_reader():
    line = Reject("pages.jsonl", 3, "not JSON", "{\u2028\u0085").to_json()
    assert len(line.splitlines()) == 1 and json.loads(line)["raw"] == "{\u2028\u0085"


def test_records_of_an_earlier_bdtools_with_some_credits_get_every_key(tmp_path):
    """Such records pass the schema check of a stage's input, and `emit` writes every credit key."""
    record = json.loads((REPO / "tests" / "golden" / "samples.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    record["credits"] = {"reporter": "Mai Xuan"}
    (tmp_path / "old.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    finished = subprocess.run([sys.executable, "-m", "bdtools", "emit", str(tmp_path / "old.jsonl")], cwd=REPO,
                              capture_output=True, text=True, check=True)
    assert json.loads(finished.stdout)["credits"] == {"reporter": "Mai Xuan", "translator": None, "photographer": None,
                                                      "editor": None, "source": None}
