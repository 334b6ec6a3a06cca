"""Text folding and tokenizing shared by lexical search, speaker matching and evaluation.

Folding makes "Davutoğlu", "DAVUTOGLU" and "Davutoglu" the same word, and curly quotes the
same as straight ones, so that a question typed on any keyboard matches the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import Stemmer
from anyascii import anyascii
from bm25s.stopwords import STOPWORDS_EN
from breame.spelling import get_american_spelling

QUOTED = re.compile(r"[“«][^”»]*[”»]?|\"[^\"]*\"?")
"""A quotation in a text, its marks included (an unclosed one runs to the end): what the
indexer reads as someone's words, and retrieval as no narration."""
WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(
    "what which who whom whose when where why how did does do is was were are been be has have "
    "had about from by its his her their there than also would could should can may might will "
    "shall s".split()
)


POSSESSIVE = re.compile(r"['’]s$")


QUESTION_END = re.compile(r"\?[\"”’')\]]*\s*$")
"""The end of a sentence that asks a question: "?", then any closing quotes or brackets."""


def is_question(sentence: str) -> bool:
    """Whether ``sentence`` asks a question ("Why did you decide to run?", '... he asked, "Why?"').
    One holds no answer, whatever number, place or "why" it names: an interviewer's question
    printed without its reply answers nothing."""
    return bool(QUESTION_END.search(sentence))


def without_possessive(text: str) -> str:
    """``text`` without the "'s" that ends it ("Elon Musk's": "Elon Musk")."""
    return POSSESSIVE.sub("", text)


def fold(text: str) -> str:
    """Lower-case ASCII transliteration: diacritics dropped, curly quotes straightened."""
    return anyascii(text).lower()


def fold_spaces(text: str) -> str:
    """``fold`` plus runs of white space collapsed to one space (for comparing excerpts)."""
    return " ".join(fold(text).split())


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def american(word: str) -> str:
    """``word`` (folded) in American spelling when it is a British one ("criticised",
    "labour", "centre", "travelled"; breame's list of words spelled two ways), so that lexical
    search finds either in an article written with the other."""
    return str(get_american_spelling(word))


def tokens(text: str) -> list[str]:
    """Stemmed content words of ``text`` for BM25 (stop words dropped, British spellings read
    as American ones)."""
    return list(_stemmer().stemWords([american(w) for w in _content_words(text)]))


def written_words(text: str) -> dict[str, str]:
    """Each stemmed content word of ``text`` (as ``tokens`` gives it) with the word as written,
    folded: "died" for "die", so that a word's meaning can be looked up."""
    words = _content_words(text)
    return dict(zip(_stemmer().stemWords([american(w) for w in words]), words, strict=True))


def singular_forms(word: str) -> set[str]:
    """``word`` (lower case) and what it would be in the singular were it a plural ("boxes":
    boxes, boxe, box; "agencies": ..., agency). Two words with a form in common are one noun,
    in the singular or the plural ("floods", "flood")."""
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


NEGATED_PARTICIPLE = re.compile(r"^un([a-z]{2,}ed)$")
"""A past participle "un-" negates: "unvaccinated", "unharmed", "unarmed", "unidentified";
not a word that only starts with "un" ("under", "unions", "unrest", "unanimous")."""


def negated_words(written: Iterable[str]) -> frozenset[str]:
    """The stems of the participles that ``written`` (content words as written, folded) negate
    by "un-" (``NEGATED_PARTICIPLE``): "vaccin" for "unvaccinated", "harm" for "unharmed".
    "Were the dead vaccinated?" is answered by "the fatalities were all unvaccinated"."""
    bases = [m[1] for m in map(NEGATED_PARTICIPLE.match, written) if m]
    return frozenset(_stemmer().stemWords([american(b) for b in bases if b not in STOPWORDS]))


def _content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(fold(text)) if w not in STOPWORDS]
