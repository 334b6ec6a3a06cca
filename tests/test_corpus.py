"""Reading plain-text articles: headline and dateline are metadata, not cited text."""

from __future__ import annotations

from pathlib import Path

from index.chunking import sentences
from index.corpus import read_document

WIRE = """\
Flood closes Ashford ring road

Monday, April 8, 2019

Flooding closed the ring road in Ashford on Monday.

Repairs will take a week.
"""


def test_a_headline_becomes_the_title_and_a_dateline_the_published_date(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(WIRE, encoding="utf-8")
    document = read_document(path, "flood")
    assert document.title == "Flood closes Ashford ring road"
    assert document.metadata["published"] == "Monday, April 8, 2019"
    cited = [span.text for span in sentences(document)]
    assert cited == [
        "Flooding closed the ring road in Ashford on Monday.",
        "Repairs will take a week.",
    ]
    assert all(document.text[s.start : s.end] == s.text for s in sentences(document))


def test_a_dateline_on_a_line_of_its_own_is_the_published_date_too(tmp_path: Path) -> None:
    path = tmp_path / "rally.txt"
    # a no-break space after the date, and the text on the very next line
    path.write_text(
        "Rally held in Minsk\n\nMonday, August 3, 2020\u00a0\nThousands gathered on Thursday."
        "\n\nThe police watched.\n",
        encoding="utf-8",
    )
    document = read_document(path, "rally")
    assert document.metadata["published"] == "Monday, August 3, 2020"
    assert [s.text for s in sentences(document)] == [
        "Thousands gathered on Thursday.",
        "The police watched.",
    ]


def test_a_headline_may_end_with_a_quoted_word(tmp_path: Path) -> None:
    path = tmp_path / "airline.txt"
    path.write_text(
        "Germany bans airline, citing 'security'\n\nWednesday, January 23, 2019\n\n"
        "Germany banned the airline on Monday.\n",
        encoding="utf-8",
    )
    document = read_document(path, "airline")
    assert document.title == "Germany bans airline, citing 'security'"
    assert [s.text for s in sentences(document)] == ["Germany banned the airline on Monday."]
    # a quotation closed after a full stop ends a sentence: text, not a headline
    path.write_text('He said "we will win."\n\nThe vote is on Monday.\n', encoding="utf-8")
    assert [s.text for s in sentences(read_document(path, "win"))][0] == 'He said "we will win."'


def test_a_first_line_that_ends_like_a_sentence_is_text(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The council met on Monday.\n\nIt agreed a budget.\n", encoding="utf-8")
    document = read_document(path, "plain")
    assert [s.text for s in sentences(document)][0] == "The council met on Monday."
    assert "published" not in document.metadata
