"""Text on a news page that is not the article: it is kept out of the index.

* a sentence the article already had (a photo caption printed twice, a repeated pull quote);
* photo credits ("(Courtesy of NATO)", "(AP Photo/...)");
* newsletter, sign-up, sharing and "read more" lines, and "author picture" placeholders.

The byline and an author's biography are kept: they answer "who wrote this?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from article_qa.textnorm import fold_spaces
from index.chunking import Span

PROMOTION = re.compile(
    r"\b(?:sign[ -]?up|subscribe|unsubscribe|newsletters?|daily (?:e-?mail|headlines)|"
    r"all rights reserved|advertisement|author picture|click here|follow us|share this|"
    r"read more|related (?:stories|articles)|download (?:the|our) app)\b",
    re.IGNORECASE,
)
PHOTO_CREDIT = re.compile(
    r"^\(?(?:courtesy of|photo(?: by)?|credit|image|ap photo|reuters|getty images)\b"
    r"[^.]{0,80}\)?\.?$",
    re.IGNORECASE,
)
PROMOTION_SHORT = 80
"""A promotion phrase marks a sentence this short, or one that opens with it; a longer
sentence that merely says "subscribe" somewhere is article text."""


def boilerplate_sentences(sentences: Sequence[Span]) -> set[int]:
    """Numbers of the sentences (of one document) that are not part of the article."""
    found: set[int] = set()
    seen: set[str] = set()
    for number, sentence in enumerate(sentences):
        key = fold_spaces(sentence.text)
        promotion = PROMOTION.search(sentence.text)
        if key in seen and len(key) > 20:
            found.add(number)
        elif promotion and (len(sentence.text) <= PROMOTION_SHORT or promotion.start() == 0):
            found.add(number)
        elif PHOTO_CREDIT.match(sentence.text):
            found.add(number)
        seen.add(key)
    return found
