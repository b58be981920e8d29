"""Page shapes found on bench/stories/pages6, tested on other invented pages: an HTML page in
a legacy one-byte encoding that names it only in a meta tag, with typographic quotes and
symbols that the Windows-1252 guess alone does not accept."""

from __future__ import annotations

from communique.sources.decoding import decode_bytes

_BODY = (
    "<p>Austria\u2019s foreign ministry called in Hungary\u2019s envoy on Monday over a "
    "\u201cdeeply troubling\u201d border incident near Hegyesh\u00e1za \u2013 \u00a9 Donaubote "
    "2026 \u00ae.</p>"
)


def _page(head: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Envoy called in</title></head><body>{_BODY}</body></html>"


def test_http_equiv_windows_1252_is_honoured() -> None:
    page = _page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    decoded = decode_bytes(page.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert "Austria\u2019s" in decoded.text and "\u201cdeeply troubling\u201d" in decoded.text
    assert any("meta charset" in note for note in decoded.notes)


def test_meta_latin1_label_reads_as_windows_1252() -> None:
    # Browsers read an ISO-8859-1 label as Windows-1252, so 0x93/0x94 are curly quotes.
    page = _page('<meta charset="ISO-8859-1">')
    decoded = decode_bytes(page.encode("cp1252"))
    assert "\u201cdeeply troubling\u201d" in decoded.text


def test_valid_utf8_wins_over_a_wrong_meta_label() -> None:
    page = _page('<meta charset="iso-8859-1">')
    decoded = decode_bytes(page.encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert "Hegyesh\u00e1za" in decoded.text
