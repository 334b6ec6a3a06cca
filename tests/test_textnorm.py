"""Folding: case, diacritics and curly quotes do not change what matches."""

from __future__ import annotations

from article_qa.textnorm import fold, fold_spaces, negated_words, tokens


def test_diacritics_and_case_fold_to_the_same_word() -> None:
    assert fold("Davutoğlu") == fold("DAVUTOGLU") == "davutoglu"
    assert fold("Erdoğan’s") == "erdogan's"
    assert fold("Zoë Ångström") == "zoe angstrom"


def test_tokens_match_across_spellings() -> None:
    assert tokens("What did Davutoğlu say?") == tokens("what did davutoglu say")
    assert "davutoglu" in tokens("Davutoğlu said")


def test_fold_spaces_collapses_white_space() -> None:
    assert fold_spaces("  “Hello”\n\tworld ") == '"hello" world'


def test_british_and_american_spellings_are_one_word() -> None:
    british = tokens("Residents criticised the organisation's labour centre and travelled on.")
    american = tokens("Residents criticized the organization's labor center and traveled on.")
    assert british == american
    assert tokens("a promise") != tokens("a prize")  # a word spelled one way stays as it is


def test_un_negates_a_past_participle() -> None:
    assert negated_words(["unvaccinated", "unharmed", "passengers"]) == {"vaccin", "harm"}
    assert negated_words(["under", "unions", "unrest", "unanimous", "until"]) == frozenset()
