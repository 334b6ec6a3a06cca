"""A sentence that reports two people's words ("Brook and Vale both said ...") answers what
either of them said, shown as said by the one asked about; on a small made-up article."""

from __future__ import annotations

import pytest

from retrieval import Engine
from tests.helpers import engine_over

ARTICLE = """Senators reject the border plan

Senator Ada Brook and Representative Tom Vale met the governor on Monday.

Brook and Vale both called the plan "dead on arrival" after the meeting.

The governor said she would present a new budget in March.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("joint"), "plan.txt", ARTICLE)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [("What did Vale say about the plan?", "Tom Vale"), ("What did Ada Brook say?", "Ada Brook")],
)
def test_each_speaker_of_a_joint_statement_is_cited_for_it(
    engine: Engine, question: str, speaker: str
) -> None:
    answer = engine.answer(question, k=3)
    assert answer.extras["speakers"] == [speaker]
    (first, *_) = answer.citations
    assert "dead on arrival" in first.quote
    assert first.speaker == speaker
