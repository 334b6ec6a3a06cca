"""Text on a news page that is not the article: it is kept out of the index.

* a sentence the article already had (a photo caption printed twice, a repeated pull quote);
* photo credits ("(Courtesy of NATO)", "(AP Photo/...)") and the captions they end
  ("Protesters at the march. Image: Jane Doe.");
* newsletter, sign-up, sharing and "read more" lines, and "author picture" placeholders;
* a sentence written in another script than most of the article: the original words of a
  quotation the article translates ("После того, как ..."), which no question in the
  article's language is answered by.

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
CAPTION_CREDIT = re.compile(
    r"(?:\s|\(|(?<=[a-z]))(?:Image|Photo|Picture|Credit)s?:\s*"
    r"(?P<credit>[A-Z\u0400-\u04ff][^:£$€]{0,79}?)\)?\.?$"
)
"""A picture's caption ending with its credit ("US fursuiters Image: Jane Doe.", "Sirhan in
2016 (Image: CDCR)", "Jo JorgensenImage: Jo Jorgensen for President."): the page's picture,
not the article's text. The credit reads as a name (a capital first, no money): not
"The cut applies to Universal Credit: claimants will lose £20 a week."."""
CAPTION_LONGEST = 200
"""A sentence longer than this that ends so is article text that happens to."""
PROMOTION_SHORT = 80
"""A promotion phrase marks a sentence this short, or one that opens with it; a longer
sentence that merely says "subscribe" somewhere is article text."""


LATIN_END = 0x250
"""Letters below this code point are Latin (ASCII, Latin-1 and Latin Extended-A/B)."""


def boilerplate_sentences(sentences: Sequence[Span]) -> set[int]:
    """Numbers of the sentences (of one document) that are not part of the article."""
    found: set[int] = set()
    seen: set[str] = set()
    latin = _latin_share("".join(s.text for s in sentences)) > 0.5
    for number, sentence in enumerate(sentences):
        key = fold_spaces(sentence.text)
        promotion = PROMOTION.search(sentence.text)
        if latin and _latin_share(sentence.text) < 0.5:
            found.add(number)  # the original of a translated quotation
        elif key in seen and len(key) > 20:
            found.add(number)
        elif promotion and (len(sentence.text) <= PROMOTION_SHORT or promotion.start() == 0):
            found.add(number)
        elif PHOTO_CREDIT.match(sentence.text):
            found.add(number)
        elif len(sentence.text) <= CAPTION_LONGEST and CAPTION_CREDIT.search(sentence.text):
            found.add(number)
        seen.add(key)
    return found


def _latin_share(text: str) -> float:
    """The share of the letters of ``text`` that are Latin (1.0 when it has none)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(ord(c) < LATIN_END for c in letters) / len(letters)
