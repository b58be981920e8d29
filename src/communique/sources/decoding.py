"""Bytes to text, or a one-line reason why the bytes are not a story.

Decoding policy: a UTF-8 BOM, UTF-16 or UTF-32 BOM is honoured; otherwise the bytes must be
UTF-8. Bytes that are not UTF-8 are read as Windows-1252 when that clearly gives Western
European text (accented letters inside words, typographic quotes and dashes; under 5% of the
characters, or at most 8), else in the charset an HTML page declares in its first 1024 bytes
(`<meta charset>` or `http-equiv` Content-Type, the HTML standard's prescan; Latin-1 and ASCII
labels read as Windows-1252, as browsers do), else in the legacy 8-bit encoding
charset-normalizer finds when that gives letters (at least 90% of the non-ASCII characters); the article then
carries a note saying so. Anything else is refused with "not valid UTF-8 (byte 0xff at offset
123)".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field


class SourceProblem(Exception):
    """An input that cannot be read; ``str(exc)`` is the one-line reason."""


# Magic numbers of common non-text files: (offset, bytes, what it looks like).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive, e.g. .docx/.xlsx/.epub"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (8, b"DUCK", "DuckDB database"),
    (0, b"PAR1", "Parquet file"),
    (0, b"ARROW1", "Arrow file"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document (.doc/.xls)"),
    (0, b"OggS", "Ogg audio/video"),
    (0, b"ID3", "MP3 audio"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (4, b"ftyp", "MP4/QuickTime video"),
    (0, b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (0, b"wOFF", "web font"),
    (0, b"wOF2", "web font"),
    (0, b"\xca\xfe\xba\xbe", "Java class file"),
    (0, b"MZ\x90\x00", "Windows executable"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Characters a Windows-1252 reading of real Western European text produces.
_CP1252_LETTERS = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüœšžßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒŠŽ")
_CP1252_PUNCT = set("‘’‚“”„–—…«»°¡¿·•€£")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def human_size(n: float) -> str:
    """'52.4 MB', '20 MB', '3.5 KB', '500 bytes' (decimal units, as disks and HTTP count)."""
    if n >= 1e6:
        return f"{n / 1e6:.1f} MB".replace(".0 MB", " MB")
    if n >= 1e3:
        return f"{n / 1e3:.1f} KB".replace(".0 KB", " KB")
    return f"{int(n)} bytes"


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def sniff_binary(data: bytes) -> str | None:
    """What a non-text file looks like ("PNG image"), or None when it may be text."""
    for offset, magic, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return what
    if b"\x00" in data[:8192]:
        return "contains NUL bytes"
    return None


def _binary_reason(what: str) -> str:
    if what.startswith("contains"):
        return f"binary file, not text ({what})"
    return f"binary file, not text (looks like {what})"


def _clearly_cp1252(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` when it is unmistakably text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [(i, c) for i, c in enumerate(text) if ord(c) > 127]
    if not non_ascii or len(non_ascii) > max(8, 0.05 * len(text)):
        return None
    for i, c in non_ascii:
        if c in _CP1252_PUNCT:
            continue
        if c not in _CP1252_LETTERS:
            return None
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        # An accented letter sits inside a word: next to a plain or accented letter.
        if not (
            (before.isascii() and before.isalpha())
            or (after.isascii() and after.isalpha())
            or before in _CP1252_LETTERS
            or after in _CP1252_LETTERS
        ):
            return None
    return text


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode a story's bytes (see the module docstring) or raise SourceProblem.

    ``declared`` is an encoding named by the transport (an HTTP charset), tried first.
    """
    if not data:
        raise SourceProblem("empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceProblem(f"not valid {name} ({exc.reason})") from None
            return _checked(Decoded(text, codec))
    what = sniff_binary(data)
    if what:
        raise SourceProblem(_binary_reason(what))
    if declared:
        try:
            return _checked(Decoded(data.decode(declared), declared.lower()))
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        reason = f"not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start})"
    text = _clearly_cp1252(data)
    if text is not None:
        return _checked(Decoded(text, "cp1252", [f"decoded as Windows-1252: {reason}"]))
    meta = _meta_charset(data)
    if meta is not None:
        try:
            text = data.decode(meta)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None:
            note = f"decoded as {meta} (declared by the page's meta charset): {reason}"
            return _checked(Decoded(text, meta, [note]))
    legacy = _legacy_8bit(data)
    if legacy is None:
        raise SourceProblem(reason)
    text, encoding = legacy
    return _checked(Decoded(text, encoding, [f"decoded as {encoding} (detected): {reason}"]))


_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE
)
# Labels browsers read as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}


def _meta_charset(data: bytes) -> str | None:
    """The legacy codec an HTML page names in a meta tag in its first 1024 bytes, or None
    (UTF-8 and the UTF-16/32 labels are left to the other rules)."""
    match = _META_CHARSET.search(data[:1024])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf", "mbcs")):
        return None
    return name


def _legacy_8bit(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when charset-normalizer reads ``data`` as a one-byte legacy encoding
    (Latin-1, Windows-125x, KOI8-R...) whose non-ASCII characters are letters."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii") or "16" in best.encoding:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if len(text) != len(data):  # multi-byte encodings are not "legacy 8-bit"
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in non_ascii)
    if not non_ascii or letters < 0.9 * len(non_ascii):
        return None
    return text, best.encoding


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise SourceProblem("empty file (only whitespace)")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(3, 0.01 * min(len(text), 100_000)):
        raise SourceProblem("binary file, not text (many control characters)")
    if text.startswith("\ufeff"):
        decoded.text = text[1:]
    return decoded
