"""Questions in the reader's own words: a word of the article stands in for a word of the
question ("killed" for "died"), while a question about something else is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_qa.word_vectors import load_word_vectors
from retrieval.answer_types import auxiliary_words, kind_words
from retrieval.engine import Engine
from retrieval.tuning import Thresholds
from tests.helpers import engine_over, engine_over_articles

ARTICLE = """Bus overturns near Lyon

A bus carrying pilgrims overturned on a mountain road near Lyon on Sunday, killing seven.
Twenty-three passengers were injured, four of them seriously.

The driver's father told reporters his son had complained about the brakes.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("bus"), "bus.txt", ARTICLE)


def test_words_used_alike_are_near_and_unrelated_ones_are_not() -> None:
    vectors = load_word_vectors("bundled:all-MiniLM-L6-v2")
    near = Thresholds().near_word
    assert vectors.closest("dad", ["budget", "father"])[0] == "father"
    assert vectors.near_words({"die": "died"}, ["killing", "road"], near) == {"die": {"killing"}}
    assert vectors.closest("bread", ["bus", "pilgrims", "brakes", "road"])[1] < near
    assert vectors.closest("salaheddin", ["father"]) == ("", 0.0)  # no one-piece vector


def test_the_words_naming_the_kind_of_answer_are_not_what_the_question_is_about() -> None:
    assert kind_words("How many people died?") == {"mani", "peopl"}
    assert kind_words("Which street was it on?") == {"street"}
    assert kind_words("What did the police say?") == set()


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("How many people died?", "killing seven"),
        ("How many were hurt?", "were injured"),
        ("What did his dad say?", "The driver's father told reporters"),
    ],
)
def test_a_question_in_other_words_is_answered(
    engine: Engine, question: str, evidence: str
) -> None:
    answer = engine.answer(question, k=3)
    assert not answer.refused, answer.reason
    assert any(evidence in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Who won the Super Bowl?",
        "How do I bake sourdough bread?",
        "What is photosynthesis?",
        "what did baker say?",  # a surname typed in lower case is still a name
    ],
)
def test_a_question_about_something_else_is_still_refused(engine: Engine, question: str) -> None:
    assert engine.answer(question, k=3).refused


BUS_CRASH = (
    "Bus Hits Rail Bridge in Winchester\n\n"
    "Three children were taken to hospital after a school bus crashed into a railway bridge "
    "in Winchester, England, on Thursday.\n\n"
    "Two Canadian exchange students were among the passengers, police said.\n\n"
    "The capital of the county, Winchester has about 45,000 residents.\n\n"
    "The bus company said the driver had worked for it for twelve years.\n"
)


def test_a_question_naming_what_the_article_never_does_needs_more_relevance(
    tmp_path: Path,
) -> None:
    engine = engine_over(tmp_path, "bus.txt", BUS_CRASH)
    # shares "capital" and "residents" with the article, but Oman is not in it
    oman = engine.answer("How many residents does the capital of Oman have?")
    assert oman.refused and oman.reason is not None and "Oman" in oman.reason
    # another form of a name it uses, or a misspelt one, is still answered
    assert not engine.answer("How many Canadians were on the bus?").refused
    assert not engine.answer("When did the bus crash in Winchster?").refused


def test_a_relation_word_the_article_only_starts_a_longer_word_with_is_read_as_a_role(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "lyon.txt",
        "Bus overturns near Lyon\n\n"
        "A bus overturned near Lyon on Sunday. At that moment the road was icy.\n\n"
        "The driver's mother, Claire Vidal, said her son had complained about the brakes.\n\n"
        "The mayor, Paul Roux, said the road would be closed until Friday.\n",
    )
    searcher = engine._searcher
    assert searcher is not None
    assert searcher._in_role_words("the driver's mom") == "the driver's mother"  # not "moment"
    answer = engine.answer("How did the driver's mom react?", k=3)
    assert [c.speaker for c in answer.citations] == ["Claire Vidal"]


def test_the_get_of_a_passive_need_not_be_in_the_article(tmp_path: Path) -> None:
    fire = (
        "Fire closes Harwick airport car park\n\nA fire was reported in a parking structure at "
        "Harwick airport on Tuesday. The airport was quickly closed to air traffic.\n\nThe "
        "closure also led to the town's mayor, Ana Ruiz, being stranded after a visit to an oil "
        "field. Ruiz posted online asking for places to eat on the drive home.\n"
    )
    engine = engine_over_articles(tmp_path, {"fire.txt": fire, "bus.txt": ARTICLE})
    assert auxiliary_words("Who got stranded?") == {"got"}
    assert auxiliary_words("What did she get?") == set()  # no passive: a word of its own
    answer = engine.answer("Who got stranded?")
    assert not answer.refused
    assert "stranded" in answer.citations[0].quote
