"""The names a corpus holds (``article_qa.corpus_names``), from made-up sentences and their
entities as the recogniser might read them."""

from __future__ import annotations

from article_qa.corpus_names import corpus_name, find_corpus_names


def test_a_name_has_the_label_the_recogniser_gives_it_most_often() -> None:
    names = find_corpus_names(
        [
            ("The mayor told Wikinews the bridge would reopen.", [("PERSON", "Wikinews")]),
            ("Wikinews asked the council for a comment.", [("ORG", "Wikinews")]),
            ("Wikinews reported the vote on Monday.", [("ORG", "Wikinews")]),
        ]
    )
    assert corpus_name("wikinews", names) == (("wikinews",), "Wikinews", "ORG")


def test_a_word_the_corpus_also_writes_in_lower_case_is_no_name() -> None:
    names = find_corpus_names(
        [("State media said the State would pay.", [("ORG", "State")]), ("The state paid.", [])]
    )
    assert corpus_name("state", names) is None
