"""Reading plain-text articles: headline and dateline are metadata, not cited text."""

from __future__ import annotations

from pathlib import Path

from index.chunking import sentences
from index.corpus import Document, read_document

WIRE = """\
Flood closes Ashford ring road

Monday, April 8, 2019

Flooding closed the ring road in Ashford on Monday.

Repairs will take a week.
"""


def plain_article(folder: Path, text: str) -> Document:
    """``text`` saved as a plain-text article in ``folder`` and read back."""
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "article")


def cited(document: Document) -> list[str]:
    return [span.text for span in sentences(document)]


def test_a_headline_becomes_the_title_and_a_dateline_the_published_date(tmp_path: Path) -> None:
    document = plain_article(tmp_path, WIRE)
    assert document.title == "Flood closes Ashford ring road"
    assert document.metadata["published"] == "Monday, April 8, 2019"
    assert cited(document) == [
        "Flooding closed the ring road in Ashford on Monday.",
        "Repairs will take a week.",
    ]
    assert all(document.text[s.start : s.end] == s.text for s in sentences(document))


def test_a_dateline_on_a_line_of_its_own_is_the_published_date_too(tmp_path: Path) -> None:
    # a no-break space after the date, and the text on the very next line
    document = plain_article(
        tmp_path,
        "Rally held in Minsk\n\nMonday, August 3, 2020\u00a0\nThousands gathered on Thursday."
        "\n\nThe police watched.\n",
    )
    assert document.metadata["published"] == "Monday, August 3, 2020"
    assert cited(document) == ["Thousands gathered on Thursday.", "The police watched."]


def test_a_headline_may_end_with_a_quoted_word(tmp_path: Path) -> None:
    document = plain_article(
        tmp_path,
        "Germany bans airline, citing 'security'\n\nWednesday, January 23, 2019\n\n"
        "Germany banned the airline on Monday.\n",
    )
    assert document.title == "Germany bans airline, citing 'security'"
    assert cited(document) == ["Germany banned the airline on Monday."]
    # a quotation closed after a full stop ends a sentence: text, not a headline
    quoted = plain_article(tmp_path, 'He said "we will win."\n\nThe vote is on Monday.\n')
    assert cited(quoted)[0] == 'He said "we will win."'


def test_a_first_line_that_ends_like_a_sentence_is_text(tmp_path: Path) -> None:
    document = plain_article(tmp_path, "The council met on Monday.\n\nIt agreed a budget.\n")
    assert cited(document)[0] == "The council met on Monday."
    assert "published" not in document.metadata
