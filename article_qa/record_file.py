"""A generation's records saved in one file beside it, so that a reader opens an index without
reading every record back out of Chroma.

Reading all records from Chroma costs a reader about a second and over 200 MB at 300 articles
(the store loads its segments to serve the request); reading this file costs a tenth of that.
The indexer writes it into the generation's folder before the generation is complete, so it is
swapped in with it. It is a cache: when it is missing (server mode, an older index) or does
not read back whole, the reader falls back on Chroma.

Format: JSON lines, a header ``{"records": N}`` and then one ``[id, document, metadata]`` per
record in Chroma's own layout (``article_qa.chroma_records``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from article_qa.chroma_records import decode, encode
from article_qa.embedding import Vectors
from article_qa.records import DocumentRecord, Hit, Kind, Record, RecordStore, Stored, VectorRows

RECORD_FILE = "records.jsonl"


def save_records(path: Path, records: Sequence[Record]) -> None:
    """Write ``records`` to ``path`` (atomically: a crash leaves no half file)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    with temporary.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"records": len(records)}) + "\n")
        for record in records:
            out.write(json.dumps(encode(record), ensure_ascii=False) + "\n")
    temporary.replace(path)


def load_records(path: Path) -> list[Record] | None:
    """The records saved in ``path``; None when it is missing, damaged or cut short."""
    try:
        with path.open(encoding="utf-8") as lines:
            expected = int(json.loads(next(lines))["records"])
            records: list[Record] = []
            for line in lines:
                id_, document, metadata = json.loads(line)
                record = decode(str(id_), document, metadata)
                if record is not None:
                    records.append(record)
                expected -= 1
    except (OSError, ValueError, TypeError, KeyError, StopIteration):
        return None
    return records if expected == 0 else None


class FileBackedRecords:
    """A ``RecordStore`` whose ``all_records`` comes from the generation's record file when
    there is a sound one; everything else goes to the store itself."""

    def __init__(self, inner: RecordStore, path: Path) -> None:
        self.inner = inner
        self.path = path

    def all_records(self) -> list[Record]:
        saved = load_records(self.path)
        return saved if saved is not None else self.inner.all_records()

    def add(self, records: Sequence[Record], vectors: Vectors) -> None:
        self.inner.add(records, vectors)

    def get(self, ids: Sequence[str]) -> list[Record]:
        return self.inner.get(ids)

    def vectors(self, ids: Sequence[str]) -> VectorRows:
        return self.inner.vectors(ids)

    def documents(self) -> list[DocumentRecord]:
        return self.inner.documents()

    def records_of(self, doc_ids: Sequence[str]) -> Stored:
        return self.inner.records_of(doc_ids)

    def nearest(self, vector: Vectors, k: int, kind: Kind | None = None) -> list[Hit]:
        return self.inner.nearest(vector, k, kind)

    def count(self) -> int:
        return self.inner.count()
