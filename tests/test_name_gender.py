"""The gender a first name goes with, from the bundled model's first-layer vectors."""

from __future__ import annotations

import pytest

from article_qa.name_gender import first_name_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Linda", "f"), ("Margaret", "f"), ("Thomas", "m"), ("Carl", "m")],
)
def test_a_first_name_given_to_one_sex_tells_it(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Jordan", "Robin", "Morgan", "Xqzwv"])
def test_a_name_given_to_both_or_unknown_tells_nothing(name: str) -> None:
    assert first_name_gender(name) is None
