"""Questions that ask what an article is about ("What is this article about?", "tl;dr",
"Summarise it"): answered by the article's lead, its first sentences, which in news say who
did what, where and when. No sentence is written: the lead is the article's own summary.
"""

from __future__ import annotations

import re

OVERVIEW = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but)\W+)?(?:"
    r"what(?:['’]s|\s+is|\s+was)\s+(?:(?:this|the|that)\s+(?:article|story|piece|report|news)"
    r"|this)\s+(?:all\s+)?about"
    r"|(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:give\s+(?:me|us)\s+)?(?:a\s+)?"
    r"(?:summary|summari[sz]e)(?:\s+(?:it|this|that|the\s+(?:article|story)))?"
    r"|tl\W?dr|(?:what(?:['’]s|\s+is)\s+)?the\s+gist|(?:what\s+are\s+)?the\s+main\s+points"
    r")(?:\W+please)?\W*$",
    re.IGNORECASE,
)
LEAD_SENTENCES = 3
"""Sentences of the lead: news puts the who, what, where and when in the first two or three."""
CAPTION = re.compile(
    r",\s*(?:left|right|centre|center|second (?:from )?(?:left|right)|top|bottom|front|rear)\s*,"
    r"|\((?:left|right|centre|center|L|R)\)",
    re.IGNORECASE,
)
"""How a photo caption points at the people in its picture ("Jens Stoltenberg, right, meets
Ahmet Davutoglu ..."): a page's caption often comes before the article's first sentence."""


def asks_for_overview(question: str) -> bool:
    """Whether ``question`` asks only what an article is about, in one of the usual ways."""
    return OVERVIEW.match(question.strip()) is not None


def is_caption(sentence: str) -> bool:
    """Whether ``sentence`` is a photo caption (``CAPTION``), which is no part of the lead."""
    return CAPTION.search(sentence) is not None
