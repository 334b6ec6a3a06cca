"""Build the index: read articles, cut them up, embed, and write a new Chroma generation."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from article_qa import schema
from article_qa.config import Settings
from article_qa.embedding import Embedder, Vectors, load_embedder
from article_qa.store import new_generation
from index.chunking import Span, passages, sentences
from index.corpus import Document, read_corpus
from index.quotes import Attribution, attribute_statements

EMBED_BATCH = 256


@dataclass(frozen=True)
class IndexSummary:
    documents: int
    passages: int
    sentences: int
    seconds: float
    generation: str
    location: str

    def line(self) -> str:
        return (
            f"indexed {self.documents} document(s): {self.passages} passages, "
            f"{self.sentences} sentences in {self.seconds:.1f}s -> {self.location}"
        )


@dataclass
class _Records:
    """Parallel lists in the shape ``Collection.add`` takes."""

    ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    to_embed: list[str] = field(default_factory=list)
    metadatas: list[dict[str, Any]] = field(default_factory=list)

    def add(self, id_: str, text: str, to_embed: str, metadata: dict[str, Any]) -> None:
        self.ids.append(id_)
        self.texts.append(text)
        self.to_embed.append(to_embed)
        self.metadatas.append(metadata)


def build_index(
    settings: Settings,
    paths: Sequence[Path] | None = None,
    embedder: Embedder | None = None,
    progress: bool = True,
) -> IndexSummary:
    """Index the articles under ``paths`` (default: ``[corpus].paths``) as a new generation.

    Every article is read and checked before the store is touched, so a bad file leaves the
    live index as it was.
    """
    started = time.perf_counter()
    documents = read_corpus(paths or settings.corpus.paths)
    records = _Records()
    counts = {schema.PASSAGE: 0, schema.SENTENCE: 0}
    for document in documents:
        for kind in _add_document(records, document, settings):
            counts[kind] += 1
    embedder = embedder or load_embedder(settings.embedding.model, settings.embedding.batch_size)
    vectors = _embed_all(embedder, records.to_embed, progress)
    with new_generation(settings) as generation:
        collection = generation.collection
        batch = _max_batch(collection)
        for begin in range(0, len(records.ids), batch):
            end = begin + batch
            collection.add(
                ids=records.ids[begin:end],
                documents=records.texts[begin:end],
                embeddings=vectors[begin:end],
                metadatas=records.metadatas[begin:end],
            )
    return IndexSummary(
        documents=len(documents),
        passages=counts[schema.PASSAGE],
        sentences=counts[schema.SENTENCE],
        seconds=time.perf_counter() - started,
        generation=generation.name,
        location=str(settings.index.path),
    )


def _add_document(records: _Records, document: Document, settings: Settings) -> Iterable[str]:
    """Append the records of one document; yield the kind of each passage or sentence added."""
    common = {"doc_id": document.doc_id, "source": str(document.source), "title": document.title}
    extra = {k: v for k, v in document.metadata.items() if k in schema.DOCUMENT_FIELDS}
    records.add(
        document.doc_id,
        document.title,
        document.title,
        {schema.KIND: schema.DOCUMENT, **common, **extra, "content_hash": document.content_hash},
    )
    for number, span in enumerate(
        passages(document, settings.index.chunk_size, settings.index.chunk_overlap)
    ):
        records.add(
            schema.passage_id(document.doc_id, number),
            span.text,
            schema.embedding_text(document.title, span.text),
            {schema.KIND: schema.PASSAGE, **common, **_position(span)},
        )
        yield schema.PASSAGE
    spans = sentences(document)
    attributions = attribute_statements(document.text, spans)
    for number, span in enumerate(spans):
        following = spans[number + 1] if number + 1 < len(spans) else None
        gap = (
            document.text[span.end : following.start]
            if following and following.paragraph == span.paragraph
            else ""
        )
        metadata = {schema.KIND: schema.SENTENCE, **common, **_position(span), "gap": gap}
        metadata.update(_speaker_fields(attributions.get(number)))
        records.add(
            schema.sentence_id(document.doc_id, number),
            span.text,
            schema.embedding_text(document.title, span.text),
            metadata,
        )
        yield schema.SENTENCE


def _position(span: Span) -> dict[str, Any]:
    return {"paragraph": span.paragraph, "start": span.start, "end": span.end}


def _speaker_fields(attribution: Attribution | None) -> dict[str, Any]:
    if attribution is None:
        return {}
    return {
        "speaker": attribution.speaker,
        "speaker_aliases": schema.ALIAS_SEPARATOR.join(attribution.aliases),
        "direct_quote": attribution.direct,
    }


def _embed_all(embedder: Embedder, texts: list[str], progress: bool) -> Vectors:
    """Embed every text once: a one-sentence paragraph is both a passage and a sentence."""
    unique = list(dict.fromkeys(texts))
    chunks: list[Vectors] = []
    with tqdm(total=len(unique), desc="embedding", unit="text", disable=not progress) as bar:
        for begin in range(0, len(unique), EMBED_BATCH):
            chunk = unique[begin : begin + EMBED_BATCH]
            chunks.append(embedder.embed(chunk))
            bar.update(len(chunk))
    if not chunks:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.concatenate(chunks)
    row = {text: number for number, text in enumerate(unique)}
    return vectors[[row[text] for text in texts]]


def _max_batch(collection: Any) -> int:
    try:
        return int(collection._client.get_max_batch_size())
    except AttributeError:
        return 1000
