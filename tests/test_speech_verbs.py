"""Which verbs report what a person said (``index.attribution``), on small made-up articles."""

from __future__ import annotations

import pytest

from tests.helpers import attributed_in, said_by_in

OPENING = "Storm Ana reached the coast of Port Vale on Friday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor, Linda Ochoa, advised residents to stay indoors until Monday.",
        '"Storms are a myth," quipped harbour master Sam Peel at the launch.',
        "Senator Paul Ruiz demanded an explanation from the utility.",
        "The governor, Omar Diaz, attributed the flooding to a broken dam.",
        "Governor Ada Moss likened the new law to a blank cheque.",
        'Mayor Ben Lee referred to the plan as "a disaster".',
        'Governor Ada Moss hailed the rescue as "a miracle".',
        "Councillor Jim Hale spoke about the cost of the repairs.",
        "Councillor Jim Hale recalled pulling a child from the water.",
        "Coach Ann Lee issued a statement saying the team would not travel.",
        "Mayor Eva Ross held a press conference claiming the bridge was safe.",
        "Judge Rosa Vance clarified in the proceedings that her sentencing decisions were not "
        "connected to or impacted by the sentence Lee received in a separate case.",
        'In a later speech, Senator Paul Ruiz assailed the budget as "the worst in living memory".',
        "On Thursday, Mayor Ana Vey called for an inquiry into the flooding.",
        "Mayor Ana Vey has called for the harbour master to resign.",
        "Harbour master Sam Peel reported that two boats had sunk.",
    ],
)
def test_a_verb_of_speech_makes_a_statement(sentence: str) -> None:
    assert attributed_in(OPENING + sentence + "\n")[sentence] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        'Sam Peel, reportedly often referred to as "the harbour king", had been mending a fence.',
        'Sam Peel was often referred to as "the harbour king".',
        "Councillor Jim Hale spoke with reporters about the storm on Friday.",
        "Councillor Jim Hale called a meeting of the flood committee.",
        "Harbour master Sam Peel was reported missing on Saturday.",
        "Harbour master Sam Peel reported for duty at dawn.",
        'Councillor Jim Hale used the old school as a "shelter" during the storm.',
        # a purpose clause the parser hangs on "declared" as its complement
        "On Monday, lawyers from nine towns filed a combined lawsuit against the state of "
        "emergency President Ada Moss declared last Friday so she could fund a wall on the border.",
    ],
)
def test_what_only_looks_like_speech_is_no_statement(sentence: str) -> None:
    assert attributed_in(OPENING + sentence + "\n")[sentence] is None


def test_a_person_a_speaking_group_names_as_its_example_speaks() -> None:
    sentence = "Several mayors, including Rosa Diaz, criticised the storm budget."
    assert attributed_in(OPENING + sentence + "\n")[sentence] == "Rosa Diaz"


def test_every_person_a_speaking_group_names_as_its_examples_speaks() -> None:
    sentence = 'Commentators such as Rosa Diaz and Tom Brandt described the plan as "flat".'
    assert said_by_in(OPENING + sentence + "\n")[sentence] == ("Rosa Diaz", "Tom Brandt")
    sentence = (
        "Both Mayor Ana Vey and some councillors, such as Tom Brandt, have expressed support "
        "for the plan."
    )
    assert said_by_in(OPENING + sentence + "\n")[sentence] == ("Ana Vey", "Tom Brandt")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to official statements, Dan Hale, now working from home, will keep his post.",
        "Dan Hale continued working from home on Saturday.",
    ],
)
def test_a_person_beside_an_unnamed_source_or_going_on_with_a_task_says_nothing(
    sentence: str,
) -> None:
    text = "Governor Dan Hale tested positive on Friday.\n\n" + sentence + "\n"
    assert attributed_in(text)[sentence] is None


def test_a_sentence_opening_with_its_reporting_verb_quotes_the_person_named_next() -> None:
    sentence = 'Remarked harbour scientist Tierra Curry, "This is good news for the town."'
    assert attributed_in(OPENING + sentence + "\n")[sentence] == "Tierra Curry"


def test_a_speech_noun_with_its_content_reports_its_owners_words() -> None:
    text = (
        "Mayor Dan Hale lost the election on Sunday.\n\n"
        "Hale continued his claims about postal voting causing fraud.\n\n"
        "Hale's speech was held in the town hall.\n\n"
        "Hale's claims of fraud have gained no ground in the courts.\n"
    )
    said = attributed_in(text)
    assert said["Hale continued his claims about postal voting causing fraud."] == "Dan Hale"
    assert said["Hale's speech was held in the town hall."] is None
    assert said["Hale's claims of fraud have gained no ground in the courts."] is None


def test_informing_is_speech_and_a_number_is_no_clause_subject() -> None:
    informed = "Coach Mia Hart informed the club she would not return."
    amassed = "According to the league, Mia Hart has amassed 1,217 pledged votes so far."
    said = attributed_in(OPENING + informed + "\n\n" + amassed + "\n")
    assert said[informed] == "Mia Hart"
    assert said[amassed] is None
