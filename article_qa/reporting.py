"""The verbs that report speech, as words: shared by the indexer (which parses sentences to
find who said what) and retrieval (which looks at a sentence's words only)."""

from __future__ import annotations

import re

REPORTING = frozenset(
    """say tell state explain warn insist argue write declare assert claim announce acknowledge
    stress emphasize emphasise reply respond remark comment urge predict admit concede tweet add
    note ask observe suggest recall maintain confirm deny allege testify mention describe caution
    conclude complain estimate reiterate agree continue call pledge promise vow underline
    criticise criticize praise condemn denounce characterize characterise accuse express
    highlight reveal indicate point quote recommend blame thank apologise apologize lament
    disagree encourage credit affirm reaffirm reassert advise quip joke demand liken attribute
    hail laud refer speak talk inform clarify""".split()
)
"""Reporting verbs, by lemma: the class of English verbs that introduce what someone said."""


def _past_forms(lemma: str) -> set[str]:
    """A verb's regular past tense, spelt every way English may ("noted", "replied",
    "remarked"; "quipped", "admitted", both with and without the doubled consonant)."""
    if lemma.endswith("e"):
        return {lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied"}
    return {lemma + "ed", lemma + lemma[-1] + "ed"}


PAST_REPORTING = frozenset(
    {form for lemma in REPORTING for form in _past_forms(lemma)}
    | {"said", "told", "wrote", "spoke", "thought"}
)
"""The past tenses of the reporting verbs, the irregular ones too, as words."""


QUOTE_MARKS = frozenset('“”"«»')
"""The marks that open or close a quotation."""
SPEECH_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(PAST_REPORTING)) + r"|says|tells|according to)\b"
    r"|[" + "".join(sorted(QUOTE_MARKS)) + r"]",
    re.IGNORECASE,
)


def reports_speech(text: str) -> bool:
    """``text`` quotes someone or reports what they said, by its words alone: a quotation
    mark, a reporting verb in the past ("said", "warned"), "says" or "according to"."""
    return bool(SPEECH_CUE.search(text))
