"""Whom and what a question names, and whether the corpus knows it (no model needed)."""

from __future__ import annotations

from collections.abc import Callable

from retrieval.question_names import thing_identified, unknown_name


def mentions(*words: str) -> Callable[[str], bool]:
    """``Snapshot.mentions_word`` of a corpus of ``words``: does one of them start so?"""
    return lambda prefix: any(word.startswith(prefix) for word in words)


def test_a_name_the_corpus_never_uses_is_unknown() -> None:
    corpus = mentions("chess", "world", "championship", "won", "canada")
    assert unknown_name("What is the capital of Oman?", corpus) == "Oman"
    assert unknown_name("How many Canadians were there?", corpus) is None  # Canada's


def test_a_name_is_unknown_when_one_of_its_words_is() -> None:
    corpus = mentions("chess", "world", "championship", "won")
    assert unknown_name("Who won the 2018 World Cup?", corpus) == "World Cup"
    assert unknown_name("Who won the World Championship?", corpus) is None
    assert unknown_name("Who played in the Super Bowl?", mentions("super", "played")) == (
        "Super Bowl"
    )


def test_initials_are_unknown_unless_the_corpus_writes_or_spells_them_out() -> None:
    corpus = mentions("internal", "revenue", "service", "audit", "nato")
    irs = {"irs"}.__contains__  # the Internal Revenue Service, spelt out
    assert unknown_name("When did the IRS audit him?", corpus, irs) is None
    assert unknown_name("When did the FBI audit him?", corpus, irs) == "FBI"
    assert unknown_name("When did NATO meet?", corpus) is None  # written as it is


def test_the_topic_words_of_a_question_are_its_nouns_names_and_numbers() -> None:
    from retrieval.question_names import topic_words

    # the kind of answer asked for ("How many people", "Which journal") and the verbs are not
    # what it is about
    assert topic_words("How many people lost their lives?") == ["lives"]
    assert topic_words("Which journal put out the study?") == ["study"]
    assert topic_words("Who won the 2019 Super Bowl?") == ["2019", "super", "bowl"]


def test_the_thing_a_question_asks_the_identity_of_is_its_noun_after_the() -> None:
    assert thing_identified("What is the capital city of Australia?") == {"capital", "city"}
    assert thing_identified("What's the weather in London tomorrow?") == {"weather"}
    assert thing_identified("Who was the first President of the United States?") == {"president"}
    assert thing_identified("What did the mayor say?") == frozenset()
    assert thing_identified("How many people died?") == frozenset()
