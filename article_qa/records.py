"""The records of an index generation, typed: what ``index/`` writes and ``retrieval/`` reads.

An article is stored as one ``DocumentRecord``, the ``PassageRecord`` s retrieval ranks and the
``SentenceRecord`` s answers cite, each passage and sentence with its embedding. ``RecordStore``
is all the indexer and retrieval know of where records live; ``article_qa.chroma_records`` lays
them out in a Chroma collection, and the tests keep them in memory.

Every record names its article (doc_id), the article's file (source), the file whose text the
offsets refer to (text_path: source itself, or a saved copy of the text extracted from an HTML
file) and its title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol

import numpy as np

from article_qa.embedding import Vectors

Name = tuple[str, str]
"""A named entity found at index time: (spaCy label, text), e.g. ("PERSON", "Patrick Crusius")."""

Speaker = tuple[str, tuple[str, ...]]
"""A person a statement is attributed to: (full name, other ways the article refers to them)."""

Gender = tuple[str, str]
"""A person and the gender an article's pronouns give them: (full name, "m" or "f")."""

Kind = Literal["document", "passage", "sentence"]
DOCUMENT: Kind = "document"
PASSAGE: Kind = "passage"
SENTENCE: Kind = "sentence"

DOCUMENT_FIELDS = ("url", "published", "outlet", "author")
"""The front-matter fields a document record keeps."""


@dataclass(frozen=True)
class DocumentRecord:
    """One per article (id: the doc_id); what decides whether an article must be indexed again."""

    doc_id: str
    source: str
    text_path: str
    title: str
    content_hash: str
    fingerprint: str
    """What else the records depend on: format, model, chunking (``index.builder``)."""
    vector_space: str | None
    """What made the vectors (``article_qa.embedding.VectorSpace``); None in an index written
    before it was recorded."""
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    genders: tuple[Gender, ...] = ()
    """The people whose gender the article's own pronouns tell ("he said", "her team")."""

    kind: ClassVar[Kind] = DOCUMENT

    @property
    def id(self) -> str:
        return self.doc_id

    @property
    def text(self) -> str:
        """A document record's text is the article's title."""
        return self.title


@dataclass(frozen=True)
class Position:
    """Where a passage or sentence is in its article's text."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class PassageRecord:
    """What retrieval ranks (id ``<doc_id>#p<n>``); embedded as ``embedding_text``."""

    id: str
    doc_id: str
    source: str
    text_path: str
    title: str
    text: str
    position: Position

    kind: ClassVar[Kind] = PASSAGE


@dataclass(frozen=True)
class SentenceRecord:
    """What answers cite (id ``<doc_id>#s<n>``); embedded as ``embedding_text``."""

    id: str
    doc_id: str
    source: str
    text_path: str
    title: str
    text: str
    position: Position
    gap: str = ""
    """The white space up to the next sentence of the same paragraph, so that neighbouring
    sentences can be joined verbatim."""
    speaker: str | None = None
    """Who the sentence quotes or reports, for a statement attributed to someone."""
    speaker_aliases: tuple[str, ...] = ()
    direct_quote: bool = False
    """Whether the sentence quotes the speaker's words (False for reported speech)."""
    joint_speakers: tuple[Speaker, ...] = ()
    """Others whose words the sentence reports beside ``speaker``'s: "Durbin and Schiff both
    said ...", "Roe said ..., and Berg told reporters ..."."""
    names: tuple[Name, ...] = ()
    """The named entities the sentence holds, for answer types."""
    according_to: str | None = None
    """The source the sentence gives for what it reports when no person says it: a body, a
    group, a document or someone unnamed ("the Emergencies Ministry", "local officials")."""
    refers_to: tuple[str, ...] = ()
    """The people the sentence speaks of by a pronoun only, by their full names: "He was fined
    US$86,000" is about Joel Smithers. For search; the sentence's text stays as written."""

    kind: ClassVar[Kind] = SENTENCE


Record = DocumentRecord | PassageRecord | SentenceRecord
Unit = PassageRecord | SentenceRecord
"""A record with a place in the text and an embedding of its own."""


def passage_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#p{number}"


def sentence_id(doc_id: str, number: int) -> str:
    return f"{doc_id}#s{number}"


def embedding_text(title: str, text: str) -> str:
    """What gets embedded for a passage or sentence: the title gives a unit its context."""
    return f"{title}\n{text}"


@dataclass(frozen=True)
class Hit:
    """A nearest neighbour: a record's id and its cosine distance to the query vector."""

    id: str
    distance: float


@dataclass(frozen=True)
class VectorRows:
    """Stored embeddings: row ``i`` of ``matrix`` belongs to record ``ids[i]``."""

    ids: tuple[str, ...]
    matrix: Vectors


@dataclass(frozen=True)
class Stored:
    """Records with their embeddings (row ``i`` of ``vectors`` is ``records[i]``'s)."""

    records: tuple[Record, ...]
    vectors: Vectors


def no_vectors(dimensions: int = 0) -> Vectors:
    return np.zeros((0, dimensions), dtype=np.float32)


class RecordStore(Protocol):
    """The records of one index generation and their embeddings."""

    def add(self, records: Sequence[Record], vectors: Vectors) -> None:
        """Store ``records`` (new ids), row ``i`` of ``vectors`` being ``records[i]``'s."""
        ...

    def get(self, ids: Sequence[str]) -> list[Record]:
        """The records ``ids`` that exist (in no promised order)."""
        ...

    def vectors(self, ids: Sequence[str]) -> VectorRows:
        """The embeddings of the records ``ids`` that exist (in no promised order)."""
        ...

    def documents(self) -> list[DocumentRecord]:
        """Every document record."""
        ...

    def records_of(self, doc_ids: Sequence[str]) -> Stored:
        """Every record of the articles ``doc_ids``, embeddings included (to copy them)."""
        ...

    def all_records(self) -> list[Record]:
        """Every record, without embeddings."""
        ...

    def nearest(self, vector: Vectors, k: int, kind: Kind | None = None) -> list[Hit]:
        """The ``k`` records (of ``kind``, or any) nearest to ``vector``, nearest first.

        A filter on ``kind`` may cost a scan of every record's metadata (Chroma)."""
        ...

    def count(self) -> int:
        """How many records there are."""
        ...


def reading_order(records: Sequence[Record]) -> tuple[list[PassageRecord], list[SentenceRecord]]:
    """The passages and the sentences of ``records``, each in article order (by doc_id, then
    offset): the order retrieval numbers them in, and the saved lexical indexes follow."""
    passages = [r for r in records if isinstance(r, PassageRecord)]
    sentences = [r for r in records if isinstance(r, SentenceRecord)]
    passages.sort(key=lambda r: (r.doc_id, r.position.start))
    sentences.sort(key=lambda r: (r.doc_id, r.position.start))
    return passages, sentences
