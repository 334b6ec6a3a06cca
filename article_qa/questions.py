"""A question as it will be asked: checked and cleaned before anything is loaded.

Shared by the engine and the front ends, so that ``article-qa ask ""`` is refused at once,
before the model and the index load, with the same words the engine would use.
"""

from __future__ import annotations

import unicodedata

from article_qa.errors import QuestionError


def checked_question(question: str, limit: int) -> str:
    """``question`` with invisible, control and undecodable characters removed and white space
    folded; a QuestionError when nothing is left or it is longer than ``limit`` characters."""
    # Undecodable bytes reach us as lone surrogates: make them U+FFFD, which any encoder takes.
    question = question.encode("utf-8", "replace").decode("utf-8")
    # Byte-order marks, zero-width spaces and direction marks (Cf) carry no words; control
    # characters (Cc: BEL, backspace, escape) would act on a terminal when printed back.
    question = "".join(_visible(c) for c in question)
    cleaned = " ".join(question.split())
    if not cleaned:
        raise QuestionError("the question is empty: ask something about the article")
    if len(cleaned) > limit:
        raise QuestionError(
            f"the question is {len(cleaned):,} characters long; the limit is {limit:,}: "
            "ask a shorter question"
        )
    return cleaned


def _visible(character: str) -> str:
    category = unicodedata.category(character)
    if category == "Cf":
        return ""  # "Davu\u200btoglu" is "Davutoglu"
    if category == "Cc" and not character.isspace():
        return " "
    return character
