"""Stand-ins for the store and the model, so retrieval and indexing can be tested in milliseconds.

* ``MemoryRecordStore`` keeps a generation's records in a dict and finds nearest neighbours by
  brute force: the ``RecordStore`` protocol without Chroma.
* ``HashEmbedder`` makes deterministic unit vectors without a model: every word (as
  ``article_qa.textnorm.tokens`` stems it) gets a vector seeded by its hash, and a text is the
  normalised sum of its words' vectors, so texts sharing words are close, as with a real model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from article_qa.embedding import Vectors
from article_qa.records import (
    DocumentRecord,
    Hit,
    Kind,
    Record,
    Stored,
    VectorRows,
    no_vectors,
)
from article_qa.textnorm import tokens


class MemoryRecordStore:
    """A ``RecordStore`` in memory: records in the order added, exact cosine distances."""

    def __init__(self) -> None:
        self._records: dict[str, Record] = {}
        self._vectors: dict[str, Vectors] = {}

    def add(self, records: Sequence[Record], vectors: Vectors) -> None:
        if len(records) != len(vectors):
            raise ValueError(f"{len(records)} records but {len(vectors)} vectors")
        ids = [r.id for r in records]
        taken = [i for i in ids if i in self._records] or sorted(
            {i for i in ids if ids.count(i) > 1}
        )
        if taken:
            raise ValueError(f"records already stored: {taken[:3]}")
        for record, vector in zip(records, vectors, strict=True):
            self._records[record.id] = record
            self._vectors[record.id] = np.array(vector, dtype=np.float32)

    def get(self, ids: Sequence[str]) -> list[Record]:
        return [self._records[i] for i in dict.fromkeys(ids) if i in self._records]

    def vectors(self, ids: Sequence[str]) -> VectorRows:
        found = tuple(i for i in dict.fromkeys(ids) if i in self._records)
        return VectorRows(found, self._matrix(found))

    def documents(self) -> list[DocumentRecord]:
        return [r for r in self._records.values() if isinstance(r, DocumentRecord)]

    def records_of(self, doc_ids: Sequence[str]) -> Stored:
        wanted = set(doc_ids)
        found = tuple(r for r in self._records.values() if r.doc_id in wanted)
        return Stored(found, self._matrix([r.id for r in found]))

    def all_records(self) -> list[Record]:
        return list(self._records.values())

    def nearest(self, vector: Vectors, k: int, kind: Kind | None = None) -> list[Hit]:
        ids = [i for i, r in self._records.items() if kind is None or r.kind == kind]
        if not ids or k <= 0:
            return []
        matrix = self._matrix(ids)
        norms = np.linalg.norm(matrix, axis=1) * float(np.linalg.norm(vector))
        distances = 1.0 - (matrix @ vector) / np.where(norms > 0, norms, 1.0)
        order = np.argsort(distances, kind="stable")[:k]
        return [Hit(ids[n], float(distances[n])) for n in order]

    def count(self) -> int:
        return len(self._records)

    def _matrix(self, ids: Sequence[str]) -> Vectors:
        if not ids:
            return no_vectors(self._dimensions())
        return np.stack([self._vectors[i] for i in ids])

    def _dimensions(self) -> int:
        return next((len(v) for v in self._vectors.values()), 0)


class HashEmbedder:
    """A deterministic stand-in for the model (see the module's docstring)."""

    def __init__(self, dimensions: int = 64) -> None:
        self.dimensions = dimensions
        self.name = "hash"
        self.vector_space = f"hash-words-{dimensions}"

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = [self._text(text) for text in texts]
        return np.stack(rows) if rows else no_vectors(self.dimensions)

    def _text(self, text: str) -> Vectors:
        words = tokens(text) or [text]
        total = np.sum([self._word(w) for w in words], axis=0)
        norm = float(np.linalg.norm(total))
        return (total / norm if norm else self._word(text)).astype(np.float32)

    def _word(self, word: str) -> Vectors:
        seed = int.from_bytes(hashlib.sha256(word.encode("utf-8")).digest()[:8], "big")
        vector = np.random.default_rng(seed).standard_normal(self.dimensions)
        return (vector / np.linalg.norm(vector)).astype(np.float32)
