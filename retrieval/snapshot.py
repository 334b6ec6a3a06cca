"""An in-memory view of one index generation: texts, positions, speakers and the BM25 indexes.

Chroma holds the vectors and answers nearest-neighbour queries; everything else retrieval needs
per query (sentence offsets, paragraph neighbours, lexical scores) is loaded once from the same
collection, so the lexical side works the same whether Chroma is embedded or a server.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import bm25s
import numpy as np
import numpy.typing as npt

from article_qa import schema
from article_qa.textnorm import fold, tokens

PAGE = 5000


@dataclass(frozen=True)
class Unit:
    """A passage or sentence record as retrieval sees it."""

    id: str
    text: str
    doc_id: str
    source: str
    title: str
    paragraph: int
    start: int
    end: int
    gap: str = ""
    speaker: str | None = None
    aliases: tuple[str, ...] = ()
    direct_quote: bool = False
    url: str | None = None
    text_path: str | None = None
    names: tuple[schema.Name, ...] = ()
    """The named entities a sentence holds, as found at index time."""


class LexicalIndex:
    """BM25 (bm25s) over a list of texts, each prefixed with its article's title."""

    def __init__(self, texts: list[str]) -> None:
        self._size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus = [tokens(text) or ["\u2205"] for text in texts]
        self._bm25.index(corpus, show_progress=False)
        self.vocabulary = frozenset(self._bm25.vocab_dict)
        """Every stemmed word of the corpus."""

    def scores(self, query_tokens: list[str]) -> npt.NDArray[np.float32]:
        known = [t for t in query_tokens if t in self.vocabulary]
        if not known or not self._size:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)


@dataclass
class Snapshot:
    """Everything about one generation that retrieval keeps in memory."""

    generation: str
    passages: list[Unit]
    sentences: list[Unit]
    passage_lexical: LexicalIndex
    sentence_lexical: LexicalIndex
    sentences_by_paragraph: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    folded_text: str = ""
    """All sentences folded and joined: to tell whether a name occurs in the corpus at all."""
    passage_of: dict[str, int] = field(default_factory=dict)
    """Record id of every passage and sentence -> number of the (first) passage it is in."""
    vector_spaces: frozenset[str] = frozenset()
    """What made the generation's vectors (one value, unless written by an older version)."""

    @classmethod
    def load(cls, generation: str, collection: Any) -> Snapshot:
        records = _all_records(collection)
        urls = {
            m["doc_id"]: m.get("url")
            for _, _, m in records
            if m.get(schema.KIND) == schema.DOCUMENT
        }
        passages: list[Unit] = []
        sentences: list[Unit] = []
        for id_, text, meta in records:
            kind = meta.get(schema.KIND)
            if kind == schema.PASSAGE:
                passages.append(_unit(id_, text, meta, urls))
            elif kind == schema.SENTENCE:
                sentences.append(_unit(id_, text, meta, urls))
        passages.sort(key=lambda u: (u.doc_id, u.start))
        sentences.sort(key=lambda u: (u.doc_id, u.start))
        by_paragraph: dict[tuple[str, int], list[int]] = defaultdict(list)
        for number, sentence in enumerate(sentences):
            by_paragraph[(sentence.doc_id, sentence.paragraph)].append(number)
        snapshot = cls(
            generation=generation,
            passages=passages,
            sentences=sentences,
            passage_lexical=LexicalIndex([f"{u.title}\n{u.text}" for u in passages]),
            sentence_lexical=LexicalIndex([f"{u.title}\n{u.text}" for u in sentences]),
            sentences_by_paragraph=dict(by_paragraph),
            folded_text=" ".join(fold(u.text) for u in sentences),
            vector_spaces=frozenset(
                str(m.get(schema.VECTOR_SPACE, "an older article-qa"))
                for _, _, m in records
                if m.get(schema.KIND) == schema.DOCUMENT
            ),
        )
        for number, passage in reversed(list(enumerate(passages))):
            snapshot.passage_of[passage.id] = number
            for n in snapshot.sentences_in(passage):
                snapshot.passage_of[sentences[n].id] = number
        return snapshot

    def sentences_in(self, passage: Unit) -> list[int]:
        """Numbers of the sentences that overlap ``passage``."""
        return [
            n
            for n in self.sentences_by_paragraph.get((passage.doc_id, passage.paragraph), [])
            if self.sentences[n].start < passage.end and self.sentences[n].end > passage.start
        ]


def _unit(id_: str, text: str, meta: dict[str, Any], urls: dict[str, Any]) -> Unit:
    aliases = meta.get("speaker_aliases") or ""
    return Unit(
        id=id_,
        text=text,
        doc_id=str(meta["doc_id"]),
        source=str(meta["source"]),
        title=str(meta["title"]),
        paragraph=int(meta["paragraph"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        gap=str(meta.get("gap", "")),
        speaker=meta.get("speaker"),
        aliases=tuple(a for a in str(aliases).split(schema.ALIAS_SEPARATOR) if a),
        direct_quote=bool(meta.get("direct_quote", False)),
        names=schema.decode_names(str(meta.get(schema.NAMES) or "")),
        url=urls.get(str(meta["doc_id"])),
        text_path=str(meta.get("text_path") or meta["source"]),
    )


def _all_records(collection: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """Every record's id, text and metadata, read page by page."""
    records: list[tuple[str, str, dict[str, Any]]] = []
    offset = 0
    while True:
        page = collection.get(include=["documents", "metadatas"], limit=PAGE, offset=offset)
        ids = page["ids"]
        records.extend(zip(ids, page["documents"], page["metadatas"], strict=True))
        if len(ids) < PAGE:
            return records
        offset += PAGE
