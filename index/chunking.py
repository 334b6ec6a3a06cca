"""Cut an article into paragraphs, passages and sentences that keep exact character offsets.

* A **paragraph** is a block of text between blank lines, numbered from 1.
* A **passage** is what dense and lexical retrieval rank: a whole paragraph, or, for a long
  paragraph, a piece of it cut by langchain's ``RecursiveCharacterTextSplitter``.
* A **sentence** is what an answer cites: a span inside one paragraph (pysbd finds the
  boundaries, and two spaces after a full stop or a semicolon between two clauses are one
  too; a boundary inside an open quotation is removed, so a quoted statement stays whole).

For every span, ``document.text[start:end] == span.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pysbd
from langchain_text_splitters import RecursiveCharacterTextSplitter

from article_qa.dates import MONTH_NAMES, WEEKDAY_NAMES
from article_qa.titles import TITLE_ABBREVIATIONS
from index.corpus import SENTENCE_END, Document

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
SEGMENT_CHARS = 4000
ABBREVIATIONS = [*TITLE_ABBREVIATIONS, "St", "Jr", "Sr", "No", "vs"]
SPACED_SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{a}\.)" for a in ABBREVIATIONS) + r"(?<=[.!?”\"’'])[ \t]{2,}(?=[“\"]?[A-Z])"
)
"""A sentence end followed by two spaces or more, which pysbd misses after a closing quote
(‘... “an artist first.”  He worked ...’): typists' two spaces end a sentence."""
LIST_NUMBER = re.compile(r"(\d+\.)(?:\s+|$)")
"""A number and a full stop opening a piece of pysbd's, which takes it for a list item's."""
CLAUSE_BREAK = re.compile(r"(?<=;)[ \t]+(?=[A-Z][a-z])")
"""A semicolon before a capitalised word: two clauses, often two speakers ("Quirin denied it;
Redouane claimed ..."), each cited on its own."""
CLAUSE_WORDS = 5
TRANSLATION_BREAK = re.compile(
    r"(?:(?<=[.?!])|(?<=[.?!][”\"’]))[ \t]+(?=\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language:)"
)
"""A sentence end before a translation Wikinews gives of it ("... their relatives.\"
((fr))French language: ‍Paris pleure ..."): the original is a sentence of its own, not the end
of the English one. A gloss inside a sentence ("the Law and Justice Party ((pl))Polish
language: ‍Prawo i Sprawiedliwość publicly declared ...") follows no sentence end and stays."""
PARENTHESIS_THEN_LOWER = re.compile(r"\([^()]*\)\s+[a-z]")
"""A piece opening with a parenthesis a lower-case word follows, which goes on with the
sentence before it: pysbd cuts "HDT Védelmi Ipari Kft. (HDT Limited) acquired ..." after
"Kft."."""
QUOTATION_THEN_COMMA = re.compile(r"(?:,|\[,\])[”\"’']\s*$")
"""A quotation closed after a comma: its attribution follows ('"... heal us[,]" she said')."""
CLOCK_TIME_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
"""A sentence piece that ends with a clock time's "a.m." or "p.m.", its full stop no end."""
TIME_ZONE = re.compile(r"(?:[A-Z]{1,3}T|UTC)\b")
"""A time zone's abbreviation opening a piece ("EST", "GMT", "AEST", "UTC"): the time before
it goes on, though pysbd cut the sentence after "a.m."."""
DAY_NAMED = re.compile(rf"(?:{WEEKDAY_NAMES}|(?:{MONTH_NAMES})\.?\s+\d)\b", re.IGNORECASE)
"""A day named opening a piece ("Saturday and 4 a.m. Sunday", "June 3"): the clock time
before it goes on, though pysbd cut the sentence after "p.m."."""
TITLE_ABBREVIATED = re.compile(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)})\.$")
"""A piece ending with a title's abbreviation ("Cllr.", "Det. Insp."), whose name follows in
the next: pysbd does not know them all."""
OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"


@dataclass(frozen=True)
class Span:
    """A verbatim piece of a document: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int
    paragraph: int


def paragraphs(document: Document) -> list[Span]:
    """Blocks of the body separated by blank lines, stripped of surrounding white space."""
    spans: list[Span] = []
    body_start = document.body_start
    cursor = body_start
    pieces = [*PARAGRAPH_BREAK.finditer(document.text, body_start), None]
    for match in pieces:
        end = match.start() if match else len(document.text)
        _append_stripped(spans, document.text, cursor, end, len(spans) + 1)
        if match:
            cursor = match.end()
    return spans


def passages(document: Document, chunk_size: int, chunk_overlap: int) -> list[Span]:
    """Paragraphs, with any paragraph longer than ``chunk_size`` split into overlapping pieces."""
    result: list[Span] = []
    for paragraph in paragraphs(document):
        if len(paragraph.text) <= chunk_size:
            result.append(paragraph)
            continue
        splitter = _splitter(chunk_size, min(chunk_overlap, chunk_size // 2))
        for piece in splitter.create_documents([paragraph.text]):
            offset = int(piece.metadata["start_index"])
            start = paragraph.start + offset
            end = start + len(piece.page_content)
            if document.text[start:end] != piece.page_content:  # the splitter lost its place
                start = document.text.find(piece.page_content, paragraph.start, paragraph.end)
                end = start + len(piece.page_content)
            if start >= paragraph.start:
                result.append(Span(piece.page_content, start, end, paragraph.paragraph))
    return result


def sentences(document: Document) -> list[Span]:
    """Sentences of every paragraph, with quotations kept whole."""
    result: list[Span] = []
    for paragraph in paragraphs(document):
        result.extend(_paragraph_sentences(document.text, paragraph))
    return result


def _paragraph_sentences(text: str, paragraph: Span) -> list[Span]:
    boundaries: list[tuple[int, int]] = []
    cursor = paragraph.start
    segments = _segments(paragraph.text)
    if "".join("".join(segments).split()) != "".join(paragraph.text.split()):
        # pysbd changed or left out text ("6.3 ± 0.7 M☉." came back as "."): the paragraph
        # is cut only where two spaces end a sentence, or at a semicolon between clauses
        segments = []
        boundaries = _cut(text, paragraph.start, paragraph.end)
    for segment in segments:
        piece = segment.strip()
        if not piece:
            continue
        start = text.find(piece, cursor, paragraph.end)
        if start < 0:  # pysbd changed the text: one sentence for the paragraph
            return [paragraph]
        cursor = start + len(piece)
        boundaries.extend(_cut(text, start, cursor))
    merged: list[tuple[int, int]] = []
    for start, end in boundaries:
        number = LIST_NUMBER.match(text, start, end)
        if (
            merged
            and number
            and SENTENCE_END.search(text[merged[-1][0] : merged[-1][1]]) is None
            and "\n" not in text[merged[-1][1] : start]
        ):
            # the number that ends the sentence before, which pysbd took for a list item's
            # ("... those around CentOS Linux" / "7.  That's what happened ..."); not a list
            # item's number opening a line
            merged[-1] = (merged[-1][0], number.end(1))
            start = number.end()
            if start >= end:
                continue
        if merged and (
            inside_open_quote(text[merged[-1][0] : merged[-1][1]])
            or _continues(text[merged[-1][0] : merged[-1][1]], text[start:end])
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [Span(text[s:e], s, e, paragraph.paragraph) for s, e in merged]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``text[start:end]`` cut where two spaces follow a full stop, and at its one
    semicolon between two clauses of ``CLAUSE_WORDS`` words or more (several semicolons make a
    list: "Roe, 34; Berg, 45; and Lee, 12")."""
    cuts = [m.span() for m in SPACED_SENTENCE_END.finditer(text, start, end)]
    cuts += [m.span() for m in TRANSLATION_BREAK.finditer(text, start, end)]
    clauses = [m.span() for m in CLAUSE_BREAK.finditer(text, start, end)]
    if text.count(";", start, end) > 1:
        clauses = []  # several semicolons make a list
    breaks = sorted(cuts + clauses)
    pieces: list[tuple[int, int]] = []
    begin = start
    for number, (at, after) in enumerate(breaks):
        if (at, after) in clauses:
            rest = breaks[number + 1][0] if number + 1 < len(breaks) else end
            if min(_word_count(text[begin:at]), _word_count(text[after:rest])) < CLAUSE_WORDS:
                continue
        pieces.append((begin, at))
        begin = after
    pieces.append((begin, end))
    return pieces


def _word_count(text: str) -> int:
    return len(text.split())


def _segments(text: str) -> list[str]:
    """pysbd's sentences of ``text``, fed to it in pieces of at most ``SEGMENT_CHARS``.

    pysbd's time grows with the square of an unpunctuated stretch (a 100 KB paragraph takes
    half a minute), so a long paragraph is first cut at line ends or sentence ends.
    """
    if len(text) <= SEGMENT_CHARS:
        return list(_segmenter().segment(text))
    segments: list[str] = []
    begin = 0
    while begin < len(text):
        end = min(len(text), begin + SEGMENT_CHARS)
        if end < len(text):
            window = text[begin:end]
            cut = max(
                window.rfind("\n"), window.rfind(". "), window.rfind("? "), window.rfind("! ")
            )
            if cut <= 0:
                cut = window.rfind(" ")
            if cut > 0:
                end = begin + cut + 1
        segments.extend(_segmenter().segment(text[begin:end]))
        begin = end
    return segments


def _continues(sentence: str, piece: str) -> bool:
    """Whether ``piece`` goes on with ``sentence`` rather than starting one: it opens with a
    lower-case word where ``sentence`` does not end like one ("And basically it was a system" /
    "of oppression."), or with a parenthesis a lower-case word follows, or ``sentence`` is a
    quotation closed after a comma, whose attribution ``piece`` is ('"... heal us[,]" Crystal
    Roe told the paper.'), or a time zone or a day after a clock time (``TIME_ZONE``,
    ``DAY_NAMED``: "between 10 p.m. Saturday and 4 a.m. Sunday"). A lower-case
    word after a full stop may begin a sentence ("youtube-dl does not support those.")."""
    if PARENTHESIS_THEN_LOWER.match(piece) or QUOTATION_THEN_COMMA.search(sentence):
        return True
    if TITLE_ABBREVIATED.search(sentence):
        return True  # "Cllr." / "Ashworth said ..."
    if CLOCK_TIME_END.search(sentence) and (TIME_ZONE.match(piece) or DAY_NAMED.match(piece)):
        return True  # "... at 5:30 a.m." / "EST, a bat flew in": the time's zone or day
    return piece[:1].islower() and SENTENCE_END.search(sentence) is None


def inside_open_quote(text: str) -> bool:
    """True when a curly or straight double quotation opened in ``text`` is still open."""
    opened = sum(text.count(q) for q in OPENING_QUOTES)
    closed = sum(text.count(q) for q in CLOSING_QUOTES)
    if opened or closed:
        return opened > closed
    return text.count('"') % 2 == 1


def _append_stripped(spans: list[Span], text: str, start: int, end: int, number: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    begin = start + (len(chunk) - len(chunk.lstrip()))
    spans.append(Span(stripped, begin, begin + len(stripped), number))


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


@cache
def _splitter(chunk_size: int, chunk_overlap: int) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        add_start_index=True,
        separators=["\n", ". ", "? ", "! ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
