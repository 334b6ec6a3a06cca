"""Which kind of answer a question asks for, and which sentences hold one."""

from __future__ import annotations

import pytest

from retrieval.answer_types import AnswerType, expected_type, holds


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people died in the fire?", AnswerType.NUMBER),
        ("How much did the deal cost?", AnswerType.NUMBER),
        ("When did the shutdown begin?", AnswerType.TIME),
        ("On what date was the bill signed?", AnswerType.TIME),
        ("By what year should the pipeline be built?", AnswerType.TIME),
        ("Who owned the boat?", None),
        ("Why did the company cut power?", None),
    ],
)
def test_the_question_says_what_kind_of_answer_it_wants(
    question: str, kind: AnswerType | None
) -> None:
    assert expected_type(question) is kind


def test_numbers_in_digits_and_words() -> None:
    assert holds("At least seventeen people died.", AnswerType.NUMBER)
    assert holds("The pipeline is 2000 km long.", AnswerType.NUMBER)
    assert not holds("Olympiad participants complete a theory test.", AnswerType.NUMBER)


def test_times_as_dates_years_and_relative_days() -> None:
    assert holds("The lockdown started on December 22, last year.", AnswerType.TIME)
    assert holds("It should be built by 2025.", AnswerType.TIME)
    assert holds("Police arrived yesterday.", AnswerType.TIME)
    assert not holds("The pipeline capacity is large.", AnswerType.TIME)
