from retrieval.pronouns import PERSON, SUBJECT_PERSON, THING_OR_GROUP, pronoun_pattern


def test_a_pronoun_pattern_finds_whole_words_in_any_case() -> None:
    person = pronoun_pattern(PERSON)
    assert [m.group(0) for m in person.finditer("Her brother said HIS words were hers")] == [
        "Her",
        "HIS",
        "hers",
    ]
    assert person.search("The shepherd then left") is None  # "he" inside words is no pronoun


def test_the_subject_pronouns_are_person_pronouns_and_no_thing_is_a_person() -> None:
    assert SUBJECT_PERSON <= PERSON
    assert not PERSON & THING_OR_GROUP
    assert pronoun_pattern(THING_OR_GROUP).search("What did they say?") is not None
