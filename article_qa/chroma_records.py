"""How records are laid out in a Chroma collection, and ``ChromaRecordStore``, which keeps them.

This is the only module that builds or reads Chroma's ids, documents and metadatas; the rest
of the project sees ``article_qa.records``. (``article_qa.store`` opens the collections; this
module gets one and never imports chromadb itself.)

Every record's metadata holds its ``kind`` and the fields of its record type. Chroma metadata
holds only scalars, so tuples are stored joined: speaker aliases with ``ALIAS_SEPARATOR``, names
with ``encode_names``; a field with no value is left out rather than stored as null.

* ``document`` (id ``<doc_id>``): its Chroma document is the title. Fields: doc_id, source,
  text_path, title, any front-matter field (url, published, outlet, author), content_hash,
  fingerprint, vector_space.
* ``passage`` (id ``<doc_id>#p<n>``): its Chroma document is the passage's text. Fields: doc_id,
  source, text_path, title, paragraph, start, end.
* ``sentence`` (id ``<doc_id>#s<n>``): as a passage, plus gap; for a statement attributed to
  someone, speaker, speaker_aliases and direct_quote, and joint_speakers (JSON) when it reports
  others' words with theirs; and names, when the sentence holds any.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Literal, Protocol, TypedDict

import numpy as np
import numpy.typing as npt

from article_qa.embedding import Vectors
from article_qa.records import (
    DOCUMENT,
    DOCUMENT_FIELDS,
    PASSAGE,
    SENTENCE,
    DocumentRecord,
    Hit,
    Kind,
    Name,
    PassageRecord,
    Position,
    Record,
    SentenceRecord,
    Stored,
    VectorRows,
    no_vectors,
)

KIND = "kind"
ALIAS_SEPARATOR = "|"
LABEL_SEPARATOR = "="
PAGE = 5000
"""Records read in one request when reading them all."""
IDS_PER_REQUEST = 1000
"""Ids asked for in one request: a request for tens of thousands at once fails in Chroma's
SQLite ("too many SQL variables", seen for a speaker quoted in thousands of articles)."""

Scalar = str | int | float | bool
Metadata = Mapping[str, Scalar]
Where = dict[str, str | dict[str, list[str]]]
Include = list[Literal["documents", "embeddings", "metadatas", "distances"]]


class GetResult(TypedDict):
    """What ``Collection.get`` returns, as far as this module reads it."""

    ids: list[str]
    documents: list[str] | None
    metadatas: list[Metadata] | None
    embeddings: npt.ArrayLike | None


class QueryResult(TypedDict):
    """What ``Collection.query`` returns, as far as this module reads it."""

    ids: list[list[str]]
    distances: list[list[float]] | None


class ChromaCollection(Protocol):
    """The part of a chromadb ``Collection`` that ``ChromaRecordStore`` uses."""

    def add(
        self,
        ids: list[str],
        embeddings: Vectors,
        metadatas: list[Metadata],
        documents: list[str],
    ) -> None: ...

    def get(
        self,
        ids: list[str] | None = None,
        where: Where | None = None,
        limit: int | None = None,
        offset: int | None = None,
        include: Include = ...,
    ) -> GetResult: ...

    def query(
        self,
        query_embeddings: list[list[float]],
        n_results: int = 10,
        where: Where | None = None,
        include: Include = ...,
    ) -> QueryResult: ...

    def count(self) -> int: ...


# -- the layout ---------------------------------------------------------------------------


def encode(record: Record) -> tuple[str, str, dict[str, Scalar]]:
    """A record as Chroma's (id, document, metadata)."""
    metadata: dict[str, Scalar] = {
        KIND: record.kind,
        "doc_id": record.doc_id,
        "source": record.source,
        "text_path": record.text_path,
        "title": record.title,
    }
    if isinstance(record, DocumentRecord):
        for name in DOCUMENT_FIELDS:
            value = getattr(record, name)
            if value is not None:
                metadata[name] = value
        metadata["content_hash"] = record.content_hash
        metadata["fingerprint"] = record.fingerprint
        if record.vector_space is not None:
            metadata["vector_space"] = record.vector_space
        if record.genders:
            metadata["genders"] = json.dumps(record.genders, ensure_ascii=False)
        return record.id, record.text, metadata
    metadata |= {
        "paragraph": record.position.paragraph,
        "start": record.position.start,
        "end": record.position.end,
    }
    if isinstance(record, SentenceRecord):
        metadata["gap"] = record.gap
        if record.speaker is not None:
            metadata["speaker"] = record.speaker
            metadata["speaker_aliases"] = ALIAS_SEPARATOR.join(record.speaker_aliases)
            metadata["direct_quote"] = record.direct_quote
        if record.joint_speakers:
            metadata["joint_speakers"] = json.dumps(record.joint_speakers, ensure_ascii=False)
        if record.names:
            metadata["names"] = encode_names(record.names)
        if record.according_to is not None:
            metadata["according_to"] = record.according_to
        if record.refers_to:
            metadata["refers_to"] = ALIAS_SEPARATOR.join(record.refers_to)
    return record.id, record.text, metadata


def decode(id_: str, document: str | None, metadata: Metadata) -> Record | None:
    """The record Chroma holds as (id, document, metadata); None for a kind this version does
    not know. ``document`` may be left out for a document record (its title is in metadata)."""
    kind = metadata.get(KIND)
    doc_id = str(metadata["doc_id"])
    source = str(metadata["source"])
    text_path = str(metadata.get("text_path") or source)
    title = str(metadata["title"])
    if kind == DOCUMENT:
        return DocumentRecord(
            doc_id=doc_id,
            source=source,
            text_path=text_path,
            title=title,
            content_hash=str(metadata.get("content_hash", "")),
            fingerprint=str(metadata.get("fingerprint", "")),
            vector_space=_optional(metadata, "vector_space"),
            url=_optional(metadata, "url"),
            published=_optional(metadata, "published"),
            outlet=_optional(metadata, "outlet"),
            author=_optional(metadata, "author"),
            genders=tuple(
                (str(name), str(gender))
                for name, gender in json.loads(str(metadata.get("genders") or "[]"))
            ),
        )
    if kind not in (PASSAGE, SENTENCE):
        return None
    position = Position(
        paragraph=int(metadata["paragraph"]),
        start=int(metadata["start"]),
        end=int(metadata["end"]),
    )
    text = document or ""
    if kind == PASSAGE:
        return PassageRecord(id_, doc_id, source, text_path, title, text, position)
    aliases = str(metadata.get("speaker_aliases") or "")
    meant = str(metadata.get("refers_to") or "")
    return SentenceRecord(
        id_,
        doc_id,
        source,
        text_path,
        title,
        text,
        position,
        gap=str(metadata.get("gap", "")),
        speaker=_optional(metadata, "speaker"),
        speaker_aliases=tuple(a for a in aliases.split(ALIAS_SEPARATOR) if a),
        direct_quote=bool(metadata.get("direct_quote", False)),
        joint_speakers=tuple(
            (str(name), tuple(str(a) for a in aliases))
            for name, aliases in json.loads(str(metadata.get("joint_speakers") or "[]"))
        ),
        names=decode_names(str(metadata.get("names") or "")),
        according_to=_optional(metadata, "according_to"),
        refers_to=tuple(name for name in meant.split(ALIAS_SEPARATOR) if name),
    )


def _optional(metadata: Metadata, name: str) -> str | None:
    value = metadata.get(name)
    return None if value is None else str(value)


def encode_names(names: tuple[Name, ...]) -> str:
    """``names`` as one metadata string: "GPE=El Paso|PERSON=Dee Margo"."""
    return ALIAS_SEPARATOR.join(
        f"{label}{LABEL_SEPARATOR}{text.replace(ALIAS_SEPARATOR, ' ')}" for label, text in names
    )


def decode_names(encoded: str) -> tuple[Name, ...]:
    """The inverse of ``encode_names``."""
    pairs = (part.partition(LABEL_SEPARATOR) for part in encoded.split(ALIAS_SEPARATOR) if part)
    return tuple((label, text) for label, _, text in pairs)


# -- the store ------------------------------------------------------------------------------


class ChromaRecordStore:
    """A ``RecordStore`` over one Chroma collection (embedded or on a server)."""

    def __init__(self, collection: ChromaCollection, batch_size: Callable[[], int]) -> None:
        """``batch_size`` tells how many records Chroma takes in one request (asked once, on
        the first write)."""
        self.collection = collection
        self._batch_size = batch_size
        self._batch: int | None = None

    def add(self, records: Sequence[Record], vectors: Vectors) -> None:
        if len(records) != len(vectors):
            raise ValueError(f"{len(records)} records but {len(vectors)} vectors")
        if self._batch is None:
            self._batch = self._batch_size()
        encoded = [encode(r) for r in records]
        for begin in range(0, len(encoded), self._batch):
            chunk = encoded[begin : begin + self._batch]
            self.collection.add(
                ids=[id_ for id_, _, _ in chunk],
                documents=[document for _, document, _ in chunk],
                embeddings=vectors[begin : begin + self._batch],
                metadatas=[metadata for _, _, metadata in chunk],
            )

    def get(self, ids: Sequence[str]) -> list[Record]:
        records: list[Record] = []
        for chunk in _requests(ids):
            records += _records(self.collection.get(ids=chunk, include=["documents", "metadatas"]))
        return records

    def vectors(self, ids: Sequence[str]) -> VectorRows:
        if not ids:
            return VectorRows((), no_vectors())
        found_ids: list[str] = []
        matrices = []
        for chunk in _requests(ids):
            found = self.collection.get(ids=chunk, include=["embeddings"])
            if found["ids"]:
                found_ids += found["ids"]
                matrices.append(_matrix(found))
        return VectorRows(tuple(found_ids), np.concatenate(matrices) if matrices else no_vectors())

    def documents(self) -> list[DocumentRecord]:
        found = self.collection.get(where={KIND: DOCUMENT}, include=["metadatas"])
        return [r for r in _records(found) if isinstance(r, DocumentRecord)]

    def records_of(self, doc_ids: Sequence[str]) -> Stored:
        found = self.collection.get(
            where={"doc_id": {"$in": list(doc_ids)}},
            include=["embeddings", "documents", "metadatas"],
        )
        records = _decoded(found)
        return Stored(tuple(r for r, _ in records), _matrix(found)[[n for _, n in records]])

    def all_records(self) -> list[Record]:
        records: list[Record] = []
        offset = 0
        while True:
            page = self.collection.get(
                include=["documents", "metadatas"], limit=PAGE, offset=offset
            )
            records.extend(_records(page))
            if len(page["ids"]) < PAGE:
                return records
            offset += PAGE

    def nearest(self, vector: Vectors, k: int, kind: Kind | None = None) -> list[Hit]:
        result = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=k,
            where=None if kind is None else {KIND: kind},
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = (result["distances"] or [[]])[0]
        return [Hit(i, float(d)) for i, d in zip(ids, distances, strict=True)]

    def count(self) -> int:
        return self.collection.count()


def _decoded(found: GetResult) -> list[tuple[Record, int]]:
    """The records of a ``get`` with their row numbers (a kind this version does not know is
    left out)."""
    documents: Sequence[str | None] = found["documents"] or [None] * len(found["ids"])
    metadatas = found["metadatas"] or []
    decoded: list[tuple[Record, int]] = []
    for number, (id_, document, metadata) in enumerate(
        zip(found["ids"], documents, metadatas, strict=True)
    ):
        record = decode(id_, document, metadata)
        if record is not None:
            decoded.append((record, number))
    return decoded


def _records(found: GetResult) -> list[Record]:
    return [record for record, _ in _decoded(found)]


def _requests(ids: Sequence[str]) -> Iterator[list[str]]:
    """``ids`` in chunks of at most ``IDS_PER_REQUEST``."""
    for begin in range(0, len(ids), IDS_PER_REQUEST):
        yield list(ids[begin : begin + IDS_PER_REQUEST])


def _matrix(found: GetResult) -> Vectors:
    if not found["ids"] or found["embeddings"] is None:
        return no_vectors()
    return np.asarray(found["embeddings"], dtype=np.float32)
