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


def asks_for_overview(question: str) -> bool:
    """Whether ``question`` asks only what an article is about, in one of the usual ways."""
    return OVERVIEW.match(question.strip()) is not None
