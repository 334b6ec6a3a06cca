"""The layout of records in the Chroma collection: written by ``index/``, read by ``retrieval/``.

Every record has a ``kind`` and the fields below in its metadata. Chroma metadata holds only
scalars, so lists (speaker aliases) are stored joined with ``ALIAS_SEPARATOR``; a field with no
value is left out rather than stored as null.

* ``document`` (id ``<doc_id>``): one per article; its text is the title. Fields: doc_id,
  source, title, content_hash, and any front-matter field (url, published, outlet, author).
* ``passage`` (id ``<doc_id>#p<n>``): what retrieval ranks. Fields: doc_id, source, title,
  paragraph, start, end. Embedded as ``title + "\\n" + text``.
* ``sentence`` (id ``<doc_id>#s<n>``): what answers cite. Fields: doc_id, source, title,
  paragraph, start, end, gap (the white space up to the next sentence of the same paragraph,
  so that neighbouring sentences can be joined verbatim), and, for a statement attributed to
  someone, speaker and speaker_aliases.
"""

from __future__ import annotations

KIND = "kind"
DOCUMENT = "document"
PASSAGE = "passage"
SENTENCE = "sentence"

ALIAS_SEPARATOR = "|"
DOCUMENT_FIELDS = ("url", "published", "outlet", "author")


def passage_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#p{number}"


def sentence_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#s{number}"


def embedding_text(title: str, text: str) -> str:
    """What gets embedded for a passage or sentence: the title gives a unit its context."""
    return f"{title}\n{text}"
