"""A generation written on top of an older one: only what changed is stored again.

An incremental ``article-qa index`` run does not copy the records of the articles that did not
change. Its generation stores the new and changed articles' records (and those an earlier
incremental run stored) in a collection of its own, and reads every other record from its
*base*, the last generation a full run wrote, which it never modifies. The base's records of
articles changed or removed since are *superseded*: hidden from every read.

So an incremental run costs what changed, and stays crash-safe as a full one is: the base is
read-only, and the new generation becomes live only once complete. When a fifth of the base is
superseded (``COMPACT_SHARE``), the next run writes a new base instead (copying the unchanged
records, as a run without a base does), so that nearest-neighbour queries do not wade through
records nobody can see.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from article_qa.embedding import Vectors
from article_qa.records import (
    DocumentRecord,
    Hit,
    Kind,
    Record,
    RecordStore,
    Stored,
    VectorRows,
    no_vectors,
)

COMPACT_SHARE = 0.2
"""Share of a base's records that may be superseded before a run writes a new base."""
_UNIT_SUFFIX = re.compile(r"#[ps]\d+$")


@dataclass(frozen=True)
class Layering:
    """What an incremental generation reads from its base."""

    base: str
    """The generation (written by a full run) holding the records not stored again."""
    base_records: int
    """How many records the base holds."""
    superseded: frozenset[str]
    """Articles whose records in the base are hidden: changed (stored anew) or removed."""
    hidden_records: int
    """How many of the base's records those articles have."""

    def to_json(self) -> str:
        return json.dumps(
            {
                "base": self.base,
                "base_records": self.base_records,
                "superseded": sorted(self.superseded),
                "hidden_records": self.hidden_records,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Layering:
        """ValueError when ``text`` is not a layering."""
        try:
            data = json.loads(text)
            return cls(
                base=str(data["base"]),
                base_records=int(data["base_records"]),
                superseded=frozenset(str(d) for d in data["superseded"]),
                hidden_records=int(data["hidden_records"]),
            )
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a generation's layering: {exc}") from None


def doc_of(record_id: str) -> str:
    """The article a record id belongs to (``<doc_id>#p3``, ``<doc_id>#s7``, or ``<doc_id>``)."""
    return _UNIT_SUFFIX.sub("", record_id)


class LayeredRecords:
    """A ``RecordStore``: the records a generation stored itself (``own``, where new records
    go), over its base's records minus the superseded articles'."""

    def __init__(self, own: RecordStore, base: RecordStore, layering: Layering) -> None:
        self.own = own
        self.base = base
        self.layering = layering

    def _visible(self, record_id: str) -> bool:
        return doc_of(record_id) not in self.layering.superseded

    def add(self, records: Sequence[Record], vectors: Vectors) -> None:
        self.own.add(records, vectors)

    def get(self, ids: Sequence[str]) -> list[Record]:
        found = self.own.get(ids)
        missing = _missing(ids, (r.id for r in found))
        return found + [r for r in self.base.get([i for i in missing if self._visible(i)])]

    def vectors(self, ids: Sequence[str]) -> VectorRows:
        own = self.own.vectors(ids)
        rest = [i for i in _missing(ids, own.ids) if self._visible(i)]
        base = self.base.vectors(rest)
        if not base.ids:
            return own
        if not own.ids:
            return base
        return VectorRows(own.ids + base.ids, np.concatenate([own.matrix, base.matrix]))

    def documents(self) -> list[DocumentRecord]:
        own = self.own.documents()
        held = {d.doc_id for d in own}
        return own + [
            d
            for d in self.base.documents()
            if d.doc_id not in held and d.doc_id not in self.layering.superseded
        ]

    def records_of(self, doc_ids: Sequence[str]) -> Stored:
        own = self.own.records_of(doc_ids)
        held = {r.doc_id for r in own.records}
        rest = [d for d in doc_ids if d not in held and d not in self.layering.superseded]
        base = self.base.records_of(rest) if rest else Stored((), no_vectors())
        if not base.records:
            return own
        if not own.records:
            return base
        return Stored(own.records + base.records, np.concatenate([own.vectors, base.vectors]))

    def all_records(self) -> list[Record]:
        return self.own.all_records() + [
            r for r in self.base.all_records() if r.doc_id not in self.layering.superseded
        ]

    def nearest(self, vector: Vectors, k: int, kind: Kind | None = None) -> list[Hit]:
        """The nearest of both layers. The base is asked for more than ``k`` when superseded
        records may be among its nearest, and again for more while too few were visible: the
        visible among a store's nearest ``n`` are the nearest visible ones."""
        total = self.layering.base_records
        asked = min(total, k + min(self.layering.hidden_records, k))
        visible: list[Hit] = []
        while asked > 0:
            found = self.base.nearest(vector, asked, kind)
            visible = [h for h in found if self._visible(h.id)]
            if len(visible) >= k or len(found) < asked or asked >= total:
                break
            asked = min(total, asked * 4)
        hits = self.own.nearest(vector, k, kind) + visible
        return sorted(hits, key=lambda h: h.distance)[:k]

    def count(self) -> int:
        return self.own.count() + self.base.count() - self.layering.hidden_records


def _missing(ids: Sequence[str], found: Iterable[str]) -> list[str]:
    """``ids`` not among ``found``, each once."""
    have = set(found)
    return [i for i in dict.fromkeys(ids) if i not in have]
