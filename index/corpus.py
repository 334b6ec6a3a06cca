"""Find article files and read them into ``Document`` values.

An article is a UTF-8 ``.txt``, ``.md`` or ``.html`` file. A text file may start with a
front-matter block::

    ---
    title: NATO chief warns of Russian threat
    url: https://example.org/story
    published: 2015-11-30
    ---

Offsets always refer to the indexed text, so a citation can be checked against it: for a
text file that is the file itself (the front matter is simply left out of the body that gets
indexed); for an HTML file it is the article text extracted from it, which the builder saves
beside the index (``Document.text_path``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from article_qa.dates import MONTH_NAMES, WEEKDAY_NAMES
from article_qa.errors import CorpusError
from index.html import html_to_article

HEADLINE = re.compile(r"\s*(?P<line>[^\n]+)\n[ \t]*\n")
HEADLINE_CHARS = 200
DATELINE = re.compile(
    rf"\s*(?P<line>(?:{WEEKDAY_NAMES},?\s+)?"
    rf"(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}))[^\S\n]*(?:\n[^\S\n]*\n|\n|$)",
    re.IGNORECASE,
)
"""A paragraph or a line that is only a date ("Monday, April 8, 2019", a no-break space after it
or not): when the article was published."""
SENTENCE_END = re.compile(r"[.!?:;][\"”’'»)\]]*$")
"""How a sentence ends: a stop, then any closing quotation marks or brackets ('... win."'). A
closing mark after a word ends none ("..., citing 'security'")."""
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(?P<value>.*?)\s*$")
MAX_ARTICLE_BYTES = 20_000_000


@dataclass(frozen=True)
class Document:
    """One article as indexed: its whole text, and where the body (after front matter) starts."""

    doc_id: str
    source: Path
    title: str
    text: str
    body_start: int = 0
    metadata: dict[str, str] = field(default_factory=dict)
    extracted: bool = False
    """True when ``text`` is not the file itself read as UTF-8 (text extracted from HTML, or
    decoded from UTF-16/32): the builder then saves it beside the index."""

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def url(self) -> str | None:
        return self.metadata.get("url")


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into a sorted list of article files; reject missing paths."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
            )
            if not found:
                raise CorpusError(
                    f"no .txt, .md or .html articles in {path}: "
                    "add some or point [corpus].paths elsewhere"
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise CorpusError(f"corpus path {path} does not exist: fix [corpus].paths or the PATH")
    if not files:
        raise CorpusError("no corpus paths given: set [corpus].paths or pass PATH to index")
    return sorted({f.resolve() for f in files})


def read_document(path: Path, doc_id: str) -> Document:
    """Read one article strictly: text with something in it, or a CorpusError.

    UTF-8 is expected; a byte-order mark may say UTF-16 or UTF-32 instead (the indexed text is
    then saved as UTF-8 beside the index, like an HTML article's). PDF, Office and image files
    are refused by their content, whatever their name."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise CorpusError(
                f"{path} is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for one "
                "article: split it or leave it out"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from None
    kind = binary_kind(raw)
    if kind is not None:
        raise CorpusError(f"{path} is {kind}, not a text article: convert it to text first")
    text = _decoded(path, raw)
    if path.suffix.lower() in HTML_SUFFIXES:
        body, found = html_to_article(text, str(path))
        return Document(
            doc_id=doc_id,
            source=path,
            title=found.get("title") or title_from_body(path, body),
            text=body,
            metadata=found,
            extracted=True,
        )
    metadata, body_start = parse_front_matter(text)
    if not text[body_start:].strip():
        raise CorpusError(f"{path} is empty: add the article's text or remove the file")
    opening = headline(text, body_start)
    if opening is not None and text[opening[1] :].strip():
        heading, body_start = opening
        title = metadata.get("title") or heading
    else:
        title = metadata.get("title") or title_from_body(path, text[body_start:])
    dateline = DATELINE.match(text, body_start)
    if dateline is not None and text[dateline.end() :].strip():
        metadata.setdefault("published", dateline.group("line").strip())
        body_start = dateline.end()
    return Document(
        doc_id=doc_id,
        source=path,
        title=title,
        text=text,
        body_start=body_start,
        metadata=metadata,
        # Offsets must hold in a UTF-8 copy when the file itself is another encoding.
        extracted=not raw.startswith(text.encode("utf-8")),
    )


BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (such as a .docx, .odt or .epub file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
"""How common non-text files begin, whatever their name."""
TEXT_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def binary_kind(raw: bytes) -> str | None:
    """What a file is when its first bytes say it is not text (a PDF, an Office file ...)."""
    return next((kind for magic, kind in BINARY_SIGNATURES if raw.startswith(magic)), None)


def _decoded(path: Path, raw: bytes) -> str:
    """The text of an article file: UTF-8, or UTF-16/32 when a byte-order mark says so."""
    encoding = next((name for bom, name in TEXT_BOMS if raw.startswith(bom)), "utf-8")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path} is not valid {encoding.upper()} (byte {exc.start}): convert it to UTF-8, "
            "e.g. with iconv"
        ) from None
    if "\x00" in text:
        raise CorpusError(f"{path} is not a text file (it holds NUL bytes): leave it out")
    return text.removeprefix("\ufeff")


def read_corpus(paths: Iterable[Path]) -> list[Document]:
    """Read every article under ``paths``; all are checked before anything is indexed."""
    files = find_article_files(paths)
    ids = unique_doc_ids(files)
    return [read_document(path, ids[path]) for path in files]


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Return the front-matter fields and the offset where the body begins."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group("block").splitlines():
        parsed = FRONT_MATTER_LINE.match(line)
        if parsed:
            fields[parsed.group("key").lower()] = parsed.group("value").strip("\"'")
    return fields, match.end()


def headline(text: str, body_start: int) -> tuple[str, int] | None:
    """The article's headline and where the text after it begins, if it opens with one.

    A headline is a first paragraph of one line, at most ``HEADLINE_CHARS`` long, that does not
    end like a sentence ("Bystanders foil knife attack on London Bridge"), or a Markdown
    heading. It becomes the title (unless front matter gives one) and is not cited as text:
    the title already goes with every passage. A dateline after it ("Monday, April 8, 2019")
    becomes the ``published`` field the same way (``DATELINE``).
    """
    match = HEADLINE.match(text, body_start)
    if match is None:
        return None
    line = match.group("line").strip().lstrip("#").strip()
    ends_sentence = bool(SENTENCE_END.search(line)) and not match.group("line").startswith("#")
    if not line or len(line) > HEADLINE_CHARS or ends_sentence:
        return None
    return line, match.end()


def title_from_body(path: Path, body: str) -> str:
    """A Markdown heading if the file starts with one, else the file name made readable."""
    first_line = body.strip().splitlines()[0]
    if path.suffix.lower() == ".md" and first_line.startswith("#"):
        return first_line.lstrip("#").strip()
    words = re.sub(r"[_\-]+", " ", path.stem)
    words = re.sub(r"\s*\d{4}\s+\d{1,2}\s+\d{1,2}$", "", words).strip()
    return " ".join(w[:1].upper() + w[1:] for w in words.split()) or path.stem


def unique_doc_ids(files: list[Path]) -> dict[Path, str]:
    """Stable ids from file names; a name used twice gets a short hash of its path."""
    slugs = {
        path: re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._") or "article"
        for path in files
    }
    uses = Counter(slugs.values())
    return {
        path: slug
        if uses[slug] == 1
        else f"{slug}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
        for path, slug in slugs.items()
    }
