"""'What is this article about?': the article's lead, from the article the conversation is
about or the only one indexed, else a reply naming the articles; the same reply for a
question that says "it" of several articles and names nothing (real model and index)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from retrieval.overview import asks_for_overview
from tests.helpers import engine_over_articles

EASTPORT = (
    "Eastport ferry resumes\n\n"
    "The Eastport ferry sailed again on Monday after a month of repairs. Mayor Ana Ruiz "
    "thanked the crews.\n\n"
    "The crossing takes forty minutes.\n"
)
WESTPORT = (
    "Westport library reopens\n\n"
    "Westport's library reopened on Saturday in the old customs house. Librarian Tom Berg "
    "said 400 readers came on the first day.\n\n"
    "The reading room holds 12,000 books.\n"
)


@pytest.mark.parametrize(
    "question",
    ["What is this article about?", "what's the story about", "tl;dr", "Summarise it please"],
)
def test_the_usual_ways_of_asking_what_an_article_is_about(question: str) -> None:
    assert asks_for_overview(question)


@pytest.mark.parametrize(
    "question", ["What is the bill about?", "What did he say about it?", "summary of the bill"]
)
def test_a_question_about_a_thing_is_not_one(question: str) -> None:
    assert not asks_for_overview(question)


@pytest.fixture(scope="module")
def two_towns(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return engine_over_articles(
        tmp_path_factory.mktemp("two-towns"), {"east.txt": EASTPORT, "west.txt": WESTPORT}
    )


def test_over_one_article_the_answer_is_its_lead(tmp_path: Path) -> None:
    engine = engine_over_articles(tmp_path, {"east.txt": EASTPORT})
    answer = engine.answer("What is this article about?", k=2)
    assert answer.citations[0].quote.startswith("The Eastport ferry sailed again on Monday")


def test_a_photo_caption_before_the_first_sentence_is_no_part_of_the_lead(tmp_path: Path) -> None:
    captioned = EASTPORT.replace(
        "\n\n", "\n\nMayor Ana Ruiz, left, greets the crew of the ferry in Eastport, Monday.\n\n", 1
    )
    engine = engine_over_articles(tmp_path, {"east.txt": captioned})
    answer = engine.answer("What is this article about?", k=2)
    assert answer.citations[0].quote.startswith("The Eastport ferry sailed again on Monday")
    assert not any("left," in c.quote for c in answer.citations)


def test_over_several_it_is_the_lead_of_the_one_the_conversation_is_about(two_towns: Any) -> None:
    first = two_towns.converse("Who thanked the crews?", k=1)
    reply = two_towns.converse("tl;dr", first.conversation, k=2)
    assert reply.answer.understood_as == "tl;dr"
    assert reply.answer.citations[0].quote.startswith("The Eastport ferry sailed again")


def test_over_several_and_no_conversation_it_says_which_there_are(two_towns: Any) -> None:
    answer = two_towns.answer("What is this article about?", k=2)
    assert answer.refused and not answer.citations
    assert answer.reason is not None
    assert "“Eastport ferry resumes”" in answer.reason
    assert "“Westport library reopens”" in answer.reason


def test_it_of_several_articles_and_no_conversation_asks_which_article(two_towns: Any) -> None:
    # "it" names none of them: the question back says which there are, not "nothing matches"
    answer = two_towns.answer("When did it happen?", k=2)
    assert answer.refused and answer.reason is not None
    assert "“Eastport ferry resumes”" in answer.reason
    assert "“Westport library reopens”" in answer.reason
    # a question that names something none of them tells of is still refused as such
    unknown = two_towns.answer("What is the capital of Oman?", k=2)
    assert unknown.refused and unknown.reason is not None and "Which article" not in unknown.reason
