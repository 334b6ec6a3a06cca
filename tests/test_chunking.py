"""Cutting articles: every span is verbatim at its offsets; quotations stay whole."""

from __future__ import annotations

from pathlib import Path

from index.boilerplate import boilerplate_sentences
from index.chunking import paragraphs, passages, sentences
from index.corpus import Document, read_document
from tests.helpers import BUNDLED_ARTICLE


def document(text: str) -> Document:
    return Document(doc_id="t", source=Path("t.txt"), title="T", text=text)


def test_spans_are_verbatim_in_the_bundled_article() -> None:
    doc = read_document(BUNDLED_ARTICLE, "nato")
    for span in paragraphs(doc) + passages(doc, 300, 50) + sentences(doc):
        assert doc.text[span.start : span.end] == span.text


def test_paragraphs_are_numbered_from_one() -> None:
    doc = document("First para.\n\n\nSecond para, line one\nline two.\n\n  Third.  ")
    found = paragraphs(doc)
    assert [p.paragraph for p in found] == [1, 2, 3]
    assert found[2].text == "Third."


def test_long_paragraph_is_split_into_overlapping_passages() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(80))
    doc = document(text)
    found = passages(doc, chunk_size=200, chunk_overlap=40)
    assert len(found) > 5
    assert all(len(p.text) <= 200 for p in found)
    assert all(doc.text[p.start : p.end] == p.text for p in found)
    assert all(p.paragraph == 1 for p in found)


def test_a_quotation_with_two_sentences_is_one_sentence() -> None:
    doc = document("He said: “We are ready. We will talk.” Then he left.")
    found = [s.text for s in sentences(doc)]
    assert found == ["He said: “We are ready. We will talk.”", "Then he left."]


def test_a_quotation_closed_after_a_comma_goes_on_with_its_attribution() -> None:
    doc = document(
        '"Bringing the buffalo back here is going to heal us[,]" Ana Roe of the tribal office '
        "told those gathered. The herd grazed."
    )
    found = [s.text for s in sentences(doc)]
    assert found == [
        '"Bringing the buffalo back here is going to heal us[,]" Ana Roe of the tribal office '
        "told those gathered.",
        "The herd grazed.",
    ]


def test_a_time_zone_after_a_clock_time_goes_on_with_its_sentence() -> None:
    doc = document(
        "At around 5:30 a.m. EST, a bat entered the bedroom. The family called police at "
        "6 a.m. Officers came."
    )
    found = [s.text for s in sentences(doc)]
    assert found == [
        "At around 5:30 a.m. EST, a bat entered the bedroom.",
        "The family called police at 6 a.m.",
        "Officers came.",
    ]


def test_a_day_after_a_clock_time_goes_on_with_its_sentence() -> None:
    doc = document(
        "Rain fell between 10 p.m. Saturday and 4 a.m. Sunday, the most ever. The shop "
        "closed at 10 p.m. Police arrived later."
    )
    found = [s.text for s in sentences(doc)]
    assert found == [
        "Rain fell between 10 p.m. Saturday and 4 a.m. Sunday, the most ever.",
        "The shop closed at 10 p.m.",
        "Police arrived later.",
    ]


def test_a_title_abbreviated_goes_on_with_the_name_after_it() -> None:
    doc = document("Cllr. Ashworth said the plan would pass. Det. Insp. Ruth Mabey agreed.")
    assert [s.text for s in sentences(doc)] == [
        "Cllr. Ashworth said the plan would pass.",
        "Det. Insp. Ruth Mabey agreed.",
    ]


def test_no_text_is_lost_where_the_sentence_splitter_drops_some() -> None:
    text = (
        "The system is 15 million years old.  The inner star has a mass of at least "
        "6.3 ± 0.7 M☉.  The black hole has an estimated mass of 5.0 ± 0.4 M☉.  Roe said so."
    )
    found = [s.text for s in sentences(document(text))]
    assert found == [
        "The system is 15 million years old.",
        "The inner star has a mass of at least 6.3 ± 0.7 M☉.",
        "The black hole has an estimated mass of 5.0 ± 0.4 M☉.",
        "Roe said so.",
    ]


def test_two_spaces_after_a_full_stop_end_a_sentence_even_after_a_quotation() -> None:
    doc = document(
        'Berg told the paper she was "an artist first."  She worked as a draftsman. '
        'Mr.  Roe said, "We will stay.  We have no choice."  Then he left.'
    )
    found = [s.text for s in sentences(doc)]
    assert found == [
        'Berg told the paper she was "an artist first."',
        "She worked as a draftsman.",
        'Mr.  Roe said, "We will stay.  We have no choice."',  # a title; a quotation whole
        "Then he left.",
    ]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences(doc))


def test_a_number_that_ends_a_sentence_stays_in_it() -> None:
    doc = document(
        "If the dates around RHEL 7 shift, then so will those around CentOS Linux 7.  That's "
        "what happened with CentOS Linux 8.  The board decided it."
    )
    found = [s.text for s in sentences(doc)]
    assert found == [
        "If the dates around RHEL 7 shift, then so will those around CentOS Linux 7.",
        "That's what happened with CentOS Linux 8.",
        "The board decided it.",
    ]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences(doc))
    # a list's numbers, each opening a line, stay with their items
    notes = document("Notes\n1. Unofficial results\n2. Relative to seats at dissolution")
    assert [s.text for s in sentences(notes)][-1].startswith("2.")


def test_one_semicolon_between_two_clauses_ends_a_sentence_a_list_is_one() -> None:
    doc = document(
        "Quirin denied any sexual activity at all; Redouane consistently claimed it was "
        "consensual. The victims were Jane Roe, 34; Tom Berg, 45; and Ann Lee, 12. It rained; "
        "Roe left."
    )
    assert [s.text for s in sentences(doc)] == [
        "Quirin denied any sexual activity at all;",
        "Redouane consistently claimed it was consensual.",
        "The victims were Jane Roe, 34; Tom Berg, 45; and Ann Lee, 12.",
        "It rained; Roe left.",  # clauses too short to stand alone
    ]


def test_front_matter_is_not_indexed_but_offsets_stay_file_offsets(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: A story\nurl: https://example.org/s\n---\nBody text here.\n")
    doc = read_document(path, "story")
    assert doc.title == "A story" and doc.url == "https://example.org/s"
    (only,) = paragraphs(doc)
    assert only.text == "Body text here."
    assert doc.text[only.start : only.end] == only.text


def _left_out(text: str) -> list[str]:
    spans = sentences(Document(doc_id="t", source=Path("t.txt"), title="T", text=text))
    return [spans[n].text for n in sorted(boilerplate_sentences(spans))]


def test_the_original_of_a_translated_quotation_is_left_out_of_an_english_article() -> None:
    text = (
        "Student wins olympiad\n\n"
        "Anna Orlova won the olympiad in Tyumen on Friday.\n\n"
        'Orlova said: "I give my victory to my mother."\n\n'
        "Я отдаю свою победу маме.\n\n"
        "The prize is a year of free tuition.\n"
    )
    assert _left_out(text) == ["Я отдаю свою победу маме."]


def test_an_original_wikinews_marks_after_a_quotation_is_a_sentence_of_its_own() -> None:
    quotation = (
        'The mayor, Ana Ruiz, wrote: "Lyon is mourning tonight. Our thoughts are with the '
        'families."'
    )
    original = "((fr))French language: \u200dLyon pleure ce soir."
    text = f"Lyon mourns\n\n{quotation} {original}\n\nThe market reopens on Monday.\n"
    assert [s.text for s in sentences(document(text))][1:3] == [quotation, original]


def test_a_gloss_inside_a_sentence_stays_in_it() -> None:
    text = (
        "Party leader speaks\n\nOn Sunday, the leader of the Law and Justice Party ((pl))Polish "
        "language: \u200dPrawo i Sprawiedliwość promised stricter punishments.\n"
    )
    assert len(sentences(document(text))) == 2  # the title, and the sentence whole
    assert _left_out(text) == []


def test_an_article_written_in_another_script_keeps_its_sentences() -> None:
    text = "Студентка выиграла олимпиаду\n\nАнна Орлова выиграла олимпиаду в Тюмени в пятницу.\n"
    assert _left_out(text) == []


def test_a_piece_that_goes_on_with_the_sentence_before_it_is_not_a_sentence() -> None:
    deal = (
        "On October 29, the state firm Vaskó Ipari Kft. (Vasko Limited) acquired the "
        "Austrian maker Brenner Werke."
    )
    broken = "Her book described a system\nof oppression."  # a line break inside a sentence
    text = f"Deal\n\n{deal} Brenner confirmed it.\n\n{broken}\n"
    cited = [s.text for s in sentences(document(text))]
    assert deal in cited
    assert broken in cited


def test_a_lower_case_name_after_a_full_stop_begins_a_sentence() -> None:
    text = "Tools\n\nThe site blocks downloads. youtube-dl does not support those.\n"
    assert [s.text for s in sentences(document(text))][1:] == [
        "The site blocks downloads.",
        "youtube-dl does not support those.",
    ]


def test_a_caption_ending_with_its_pictures_credit_is_left_out() -> None:
    text = (
        "Fans flock to Kelm\n\n"
        "Thousands of fans came to Kelm on Saturday.\n\n"
        "Feline fans Image: Jane Doe.\n\n"
        "Ivan Roe in 2016  (Image: Kelm Police)\n\n"
        "Ana RuizImage: Ruiz for Mayor.\n\n"
        "The organisers said the image: of the town had changed.\n\n"
        "The cut applies to Universal Credit: claimants will lose £20 a week.\n\n"
        "Two groups lose most from the change to Tax Credits: parents and carers.\n"
    )
    assert _left_out(text) == [
        "Feline fans Image: Jane Doe.",
        "Ivan Roe in 2016  (Image: Kelm Police)",
        "Ana RuizImage: Ruiz for Mayor.",
    ]
