"""The layout of records in the Chroma collection: written by ``index/``, read by ``retrieval/``.

Every record has a ``kind`` and the fields below in its metadata. Chroma metadata holds only
scalars, so lists (speaker aliases) are stored joined with ``ALIAS_SEPARATOR``; a field with no
value is left out rather than stored as null.

Every record has doc_id, source (the article's file), text_path (the file whose text the
offsets refer to: source itself, or a saved copy of the text extracted from an HTML file) and
title.

* ``document`` (id ``<doc_id>``): one per article; its text is the title. Fields:
  content_hash, fingerprint (what else the records depend on: format, model, chunking),
  vector_space (what made the vectors: ``article_qa.embedding.VectorSpace``), and any
  front-matter field (url, published, outlet, author).
* ``passage`` (id ``<doc_id>#p<n>``): what retrieval ranks. Fields: paragraph, start, end.
  Embedded as ``title + "\\n" + text``.
* ``sentence`` (id ``<doc_id>#s<n>``): what answers cite. Fields: paragraph, start, end, gap
  (the white space up to the next sentence of the same paragraph, so that neighbouring
  sentences can be joined verbatim) and, for a statement attributed to someone, speaker,
  speaker_aliases and direct_quote (whether the sentence quotes their words); and names, the
  named entities the sentence holds (``encode_names``), for answer types.
"""

from __future__ import annotations

KIND = "kind"
DOCUMENT = "document"
PASSAGE = "passage"
SENTENCE = "sentence"

VECTOR_SPACE = "vector_space"

ALIAS_SEPARATOR = "|"
NAMES = "names"
LABEL_SEPARATOR = "="

Name = tuple[str, str]
"""A named entity: (spaCy label, text), e.g. ("PERSON", "Patrick Crusius")."""
DOCUMENT_FIELDS = ("url", "published", "outlet", "author")


def passage_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#p{number}"


def sentence_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#s{number}"


def embedding_text(title: str, text: str) -> str:
    """What gets embedded for a passage or sentence: the title gives a unit its context."""
    return f"{title}\n{text}"


def encode_names(names: tuple[Name, ...]) -> str:
    """``names`` as one metadata string: "GPE=El Paso|PERSON=Dee Margo"."""
    return ALIAS_SEPARATOR.join(
        f"{label}{LABEL_SEPARATOR}{text.replace(ALIAS_SEPARATOR, ' ')}" for label, text in names
    )


def decode_names(encoded: str) -> tuple[Name, ...]:
    """The inverse of ``encode_names``."""
    pairs = (part.partition(LABEL_SEPARATOR) for part in encoded.split(ALIAS_SEPARATOR) if part)
    return tuple((label, text) for label, _, text in pairs)
