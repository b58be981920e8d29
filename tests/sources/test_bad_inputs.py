"""Each bad input gives exactly one SourceError with a clear reason; the batch goes on."""

import io

import pytest

from communique.model import Article, SourceError
from communique.sources import iter_articles

GOOD = "Havana, March 3 (PL) -- Cuba condemned the blockade, the foreign ministry said."


def run_with_good(tmp_path, *bad_inputs, **kw):
    """Read the bad inputs between two good stories; return the errors (and check the goods)."""
    first, last = tmp_path / "first.txt", tmp_path / "last.txt"
    first.write_text(GOOD)
    last.write_text(GOOD.replace("Cuba", "Chile"))
    items = list(iter_articles([str(first), *bad_inputs, str(last)], **kw))
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    return items[1:-1]


def only_error(items):
    assert len(items) == 1 and isinstance(items[0], SourceError), items
    return items[0]


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    err = only_error(run_with_good(tmp_path, str(f)))
    assert err.origin == str(f) and err.reason == "empty file"


def test_whitespace_only_file(tmp_path):
    f = tmp_path / "blank.md"
    f.write_text("  \n\n\t\n")
    assert only_error(run_with_good(tmp_path, str(f))).reason.startswith("empty file")


@pytest.mark.parametrize(
    ("name", "data", "looks_like"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30, "ZIP archive"),
        ("pic.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    ],
)
def test_binary_files(tmp_path, name, data, looks_like):
    f = tmp_path / name
    f.write_bytes(data)
    err = only_error(run_with_good(tmp_path, str(f)))
    assert err.reason.startswith("binary file, not text (looks like " + looks_like)


def test_unknown_extension_binary(tmp_path):
    f = tmp_path / "blob.dat"
    f.write_bytes(b"abc\x00\x01\x02\x03def" * 100)
    err = only_error(run_with_good(tmp_path, str(f)))
    assert err.reason == "binary file, not text (contains NUL bytes)"


def test_file_too_large_is_not_read(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # sparse: 50 MiB without writing them
        fh.truncate(50 * 1024 * 1024)
    err = only_error(run_with_good(tmp_path, str(f)))
    assert err.reason == "file too large: 52.4 MB, limit 20 MB"


def test_max_bytes_is_configurable(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(GOOD * 10)
    err = only_error(run_with_good(tmp_path, str(f), max_bytes=500))
    assert err.reason == f"file too large: {len(GOOD) * 10} bytes, limit 500 bytes"


def test_invalid_utf8(tmp_path):
    f = tmp_path / "bad.txt"
    data = b"Cuba and Russia signed an agreement. \xff\xfe\x80 Then more text."
    f.write_bytes(data)
    err = only_error(run_with_good(tmp_path, str(f)))
    offset = data.index(b"\xff")
    assert err.reason == f"not valid UTF-8 (byte 0xff at offset {offset})"


def test_html_without_text(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text(
        "<html><head><title></title><script>var x = 1;</script></head><body><div></div></body></html>"
    )
    err = only_error(run_with_good(tmp_path, str(f)))
    assert err.reason == "no text found in the HTML"


def test_nonexistent_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    err = only_error(run_with_good(tmp_path, missing))
    assert (err.origin, err.reason) == (missing, "no such file")


def test_glob_matching_nothing(tmp_path):
    pattern = str(tmp_path / "stories" / "**" / "*.txt")
    err = only_error(run_with_good(tmp_path, pattern))
    assert (err.origin, err.reason) == (pattern, "no files match")


def test_empty_folder(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    assert only_error(run_with_good(tmp_path, str(d))).reason == "no files in folder"


def test_not_a_feed(tmp_path):
    f = tmp_path / "data.xml"
    f.write_text('<?xml version="1.0"?><config><item>1</item></config>')
    err = only_error(run_with_good(tmp_path, str(f)))
    assert "feed" in err.reason


def test_stdin_empty_and_binary():
    (err,) = iter_articles(["-"], stdin=io.BytesIO(b""))
    assert isinstance(err, SourceError) and err.origin == "stdin" and "empty" in err.reason
    (err,) = iter_articles(["-"], stdin=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert "binary" in err.reason
