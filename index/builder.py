"""Build the index: read articles, cut them up, embed, and write a new Chroma generation.

Indexing is incremental: an article whose text (content hash), path and indexing settings are
unchanged since the live generation keeps its records; only new and changed articles are cut up
and embedded. The new generation reads the unchanged records from the last full run's
generation, its base (``article_qa.layered``), or, once too much of that base is superseded,
has them copied, embeddings included, and becomes a base itself. ``full=True`` re-embeds all.
Either way the new generation replaces the live one only once it is complete.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from article_qa.config import Settings
from article_qa.embedders import load_embedder
from article_qa.embedding import Embedder, Vectors
from article_qa.layered import COMPACT_SHARE, Layering
from article_qa.lexical import PASSAGES_FOLDER, SENTENCES_FOLDER, LexicalIndex, lexical_text
from article_qa.record_file import RECORD_FILE, save_records
from article_qa.records import (
    DOCUMENT_FIELDS,
    PASSAGE,
    SENTENCE,
    DocumentRecord,
    Kind,
    Name,
    PassageRecord,
    Position,
    Record,
    RecordStore,
    SentenceRecord,
    embedding_text,
    passage_id,
    reading_order,
    sentence_id,
)
from article_qa.store import Generation, new_generation
from article_qa.unit_file import UNIT_FILE, save_units
from index.attribution import Attribution, read_documents
from index.boilerplate import boilerplate_sentences
from index.chunking import Span, passages, sentences
from index.corpus import Document, read_corpus

EMBED_BATCH = 256
COPY_DOCUMENTS = 50
"""Unchanged documents whose records are copied from the live generation in one request."""
INDEX_FORMAT = 202
"""Bump it whenever indexing changes what it writes (record shape, chunking, attribution):
an index written by another format is rebuilt rather than reused."""
TEXTS_FOLDER = "texts"


@dataclass(frozen=True)
class IndexSummary:
    documents: int
    passages: int
    sentences: int
    added: int
    updated: int
    removed: int
    unchanged: int
    seconds: float
    generation: str
    location: str

    def line(self) -> str:
        return (
            f"indexed {self.documents} document(s) ({self.added} added, {self.updated} updated, "
            f"{self.removed} removed, {self.unchanged} unchanged): {self.passages} passages, "
            f"{self.sentences} sentences in {self.seconds:.1f}s -> {self.location}"
        )


@dataclass
class _Records:
    """The records of the articles to embed, with the text that stands for each (a passage's
    is embedded only when no sentence record lies in it: see ``pooled``)."""

    records: list[Record] = field(default_factory=list)
    to_embed: list[str] = field(default_factory=list)

    sentences: list[tuple[int, int, int]] = field(default_factory=list)
    """(record, document, sentence number) of every sentence record, for its speaker fields."""

    pooled: dict[int, list[int]] = field(default_factory=dict)
    """Passage record -> the sentence records it holds, whose mean vector is its own."""

    def add(self, record: Record, to_embed: str) -> int:
        """Append ``record``; return its number."""
        self.records.append(record)
        self.to_embed.append(to_embed)
        return len(self.records) - 1


def build_index(
    settings: Settings,
    paths: Sequence[Path] | None = None,
    embedder: Embedder | None = None,
    progress: bool = True,
    full: bool = False,
) -> IndexSummary:
    """Index the articles under ``paths`` (default: ``[corpus].paths``) as a new generation.

    Every article is read and checked before the store is touched, so a bad file leaves the
    live index as it was.
    """
    started = time.perf_counter()
    documents = read_corpus(paths or settings.corpus.paths)
    embedder = embedder or load_embedder(settings.embedding, beside_other_work=True)
    fingerprint = _fingerprint(settings, embedder)
    with new_generation(settings) as rebuild:
        previous = rebuild.previous
        live = [] if previous is None else previous.records.all_records()
        known = {r.doc_id: r for r in live if isinstance(r, DocumentRecord)}
        unchanged = [
            d for d in documents if not full and _same(known.get(d.doc_id), d, fingerprint)
        ]
        unchanged_ids = {d.doc_id for d in unchanged}
        to_embed = [d for d in documents if d.doc_id not in unchanged_ids]
        target = rebuild.target.records
        counts: dict[Kind, int] = {PASSAGE: 0, SENTENCE: 0}
        kept: list[Record] = []
        if previous is not None and unchanged:
            kept = [r for r in live if r.doc_id in unchanged_ids]
            rebuild.layering, to_copy = _carry(previous, live, unchanged_ids)
            _copy(previous.records, target, to_copy)
            for record in kept:
                counts[record.kind] = counts.get(record.kind, 0) + 1
        records = _Records()
        cut = [(document, sentences(document)) for document in to_embed]
        with ThreadPoolExecutor(max_workers=1) as worker:
            # Who said what does not change what is embedded: parse while the model encodes.
            reading = worker.submit(read_documents, [(d.text, s) for d, s in cut])
            for number, (document, spans) in enumerate(cut):
                text_path = _save_text(settings, document)
                added = _add_document(
                    records, number, document, spans, text_path, fingerprint, embedder, settings
                )
                for kind in added:
                    counts[kind] += 1
            if records.records:
                vectors = _vectors(embedder, records, progress)
            readings = reading.result()
        for number, document_number, sentence in records.sentences:
            read = readings[document_number]
            records.records[number] = _read(
                records.records[number],
                read.statements.get(sentence),
                read.names.get(sentence),
                read.sources.get(sentence),
                read.referents.get(sentence, ()),
            )
        # one document record per document read, in the same order
        document_records = [
            (n, r) for n, r in enumerate(records.records) if isinstance(r, DocumentRecord)
        ]
        for (number, document_record), read in zip(document_records, readings, strict=True):
            records.records[number] = replace(document_record, genders=read.genders)
        if records.records:
            target.add(records.records, vectors)
        if rebuild.target.folder is not None:  # every record the new generation holds
            _save_for_readers(rebuild.target.folder, kept + records.records)
    current = {d.doc_id for d in documents}
    _remove_unused_texts(settings, documents)
    return IndexSummary(
        documents=len(documents),
        passages=counts[PASSAGE],
        sentences=counts[SENTENCE],
        added=sum(1 for d in to_embed if d.doc_id not in known),
        updated=sum(1 for d in to_embed if d.doc_id in known),
        removed=len(set(known) - current),
        unchanged=len(unchanged),
        seconds=time.perf_counter() - started,
        generation=rebuild.target.name,
        location=str(settings.index.path),
    )


def _fingerprint(settings: Settings, embedder: Embedder) -> str:
    """What else, besides an article's text, its records depend on: an article indexed with
    another model, backend or precision is embedded again, never mixed with these vectors."""
    index = settings.index
    return f"{INDEX_FORMAT}|{embedder.vector_space}|{index.chunk_size}|{index.chunk_overlap}"


def _save_for_readers(folder: Path, records: list[Record]) -> None:
    """What readers would otherwise work out from every record: the records themselves
    (instead of reading them out of Chroma), the units in a file they read per question, and
    the two lexical indexes."""
    save_records(folder / RECORD_FILE, records)
    documents = [r for r in records if isinstance(r, DocumentRecord)]
    passages, sentences = reading_order(records)
    digests = save_units(folder / UNIT_FILE, documents, passages, sentences)
    for units, digest, name in (
        (passages, digests["passages"], PASSAGES_FOLDER),
        (sentences, digests["sentences"], SENTENCES_FOLDER),
    ):
        texts = [lexical_text(u.title, u.text) for u in units]
        LexicalIndex.build(texts, digest).save(folder / name)


def _carry(
    previous: Generation, live: list[Record], unchanged: set[str]
) -> tuple[Layering | None, list[str]]:
    """How the new generation keeps the records of the ``unchanged`` articles of the
    ``previous`` generation (whose records are ``live``): the layering over the base it reads
    them from, and the articles whose records it must store itself (those the previous
    generation stored rather than its base). No layering, and every unchanged article to
    copy, once more than ``COMPACT_SHARE`` of the base would be superseded."""
    before = previous.layering
    if before is None:  # the previous generation is a base: it holds every record it reads
        before = Layering(previous.name, len(live), frozenset(), 0)
        stored: set[str] = set()
    else:
        assert previous.stored is not None
        stored = {d.doc_id for d in previous.stored.documents()}
    superseded = {r.doc_id for r in live} - stored - unchanged  # changed or removed since
    hidden = before.hidden_records + sum(1 for r in live if r.doc_id in superseded)
    if hidden > COMPACT_SHARE * before.base_records:
        return None, sorted(unchanged)
    layering = Layering(before.base, before.base_records, before.superseded | superseded, hidden)
    return layering, sorted(stored & unchanged)


def _same(known: DocumentRecord | None, document: Document, fingerprint: str) -> bool:
    """True when the live generation holds this very document, indexed the same way."""
    return (
        known is not None
        and known.content_hash == document.content_hash
        and known.source == str(document.source)
        and known.fingerprint == fingerprint
        and (not document.extracted or Path(known.text_path).is_file())
    )


def _copy(source: RecordStore, target: RecordStore, doc_ids: list[str]) -> None:
    """Copy every record of ``doc_ids``, embeddings included."""
    for begin in range(0, len(doc_ids), COPY_DOCUMENTS):
        found = source.records_of(doc_ids[begin : begin + COPY_DOCUMENTS])
        target.add(found.records, found.vectors)


def _save_text(settings: Settings, document: Document) -> Path:
    """Where the indexed text can be read: the file itself, or a saved copy of extracted text."""
    if not document.extracted:
        return document.source
    folder = settings.index.path / TEXTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{document.content_hash}.txt"
    if not path.is_file():
        temporary = path.with_suffix(".tmp")
        temporary.write_text(document.text, encoding="utf-8")
        temporary.replace(path)
    return path


def _remove_unused_texts(settings: Settings, documents: Sequence[Document]) -> None:
    """Drop saved texts that no current article uses (the previous generation may still
    hold a few for a while: only texts older than a day are removed)."""
    folder = settings.index.path / TEXTS_FOLDER
    if not folder.is_dir():
        return
    keep = {f"{d.content_hash}.txt" for d in documents if d.extracted}
    cutoff = time.time() - 86_400
    for path in folder.iterdir():
        if path.name not in keep and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def _add_document(
    records: _Records,
    position: int,
    document: Document,
    spans: list[Span],
    text_path: Path,
    fingerprint: str,
    embedder: Embedder,
    settings: Settings,
) -> Iterable[Kind]:
    """Append the records of the ``position``-th document to index (``spans``: its sentences);
    yield the kind of each passage or sentence added. Speaker fields come later, once the
    attribution running beside the encoding is done (``_Records.sentences``)."""
    doc_id, source, title = document.doc_id, str(document.source), document.title
    extra = {k: v for k, v in document.metadata.items() if k in DOCUMENT_FIELDS}
    records.add(
        DocumentRecord(
            doc_id=doc_id,
            source=source,
            text_path=str(text_path),
            title=title,
            content_hash=document.content_hash,
            fingerprint=fingerprint,
            vector_space=embedder.vector_space,
            url=extra.get("url"),
            published=extra.get("published"),
            outlet=extra.get("outlet"),
            author=extra.get("author"),
        ),
        title,
    )
    skipped = boilerplate_sentences(spans)
    article_paragraphs = {s.paragraph for n, s in enumerate(spans) if n not in skipped}
    passage_spans: list[tuple[int, Span]] = []
    for number, span in enumerate(
        passages(document, settings.index.chunk_size, settings.index.chunk_overlap)
    ):
        if span.paragraph not in article_paragraphs:
            continue
        passage = PassageRecord(
            passage_id(doc_id, number),
            doc_id,
            source,
            str(text_path),
            title,
            span.text,
            _position(span),
        )
        passage_spans.append((records.add(passage, embedding_text(title, span.text)), span))
        yield PASSAGE
    sentence_spans: list[tuple[int, Span]] = []
    for number, span in enumerate(spans):
        if number in skipped:
            continue
        # the next sentence kept: the gap holds what was left out between ("Image: Mia."),
        # so that a citation of both is still the article's text, verbatim
        following = next(
            (spans[n] for n in range(number + 1, len(spans)) if n not in skipped), None
        )
        gap = (
            document.text[span.end : following.start]
            if following and following.paragraph == span.paragraph
            else ""
        )
        sentence = SentenceRecord(
            sentence_id(doc_id, number),
            doc_id,
            source,
            str(text_path),
            title,
            span.text,
            _position(span),
            gap=gap,
        )
        added = records.add(sentence, embedding_text(title, span.text))
        records.sentences.append((added, position, number))
        sentence_spans.append((added, span))
        yield SENTENCE
    for passage_number, passage_span in passage_spans:
        held = [n for n, span in sentence_spans if _overlap(passage_span, span)]
        if held:
            records.pooled[passage_number] = held


def _overlap(passage: Span, sentence: Span) -> bool:
    shared = min(passage.end, sentence.end) - max(passage.start, sentence.start)
    return passage.paragraph == sentence.paragraph and shared > 0


def _position(span: Span) -> Position:
    return Position(paragraph=span.paragraph, start=span.start, end=span.end)


def _read(
    record: Record,
    attribution: Attribution | None,
    names: tuple[Name, ...] | None,
    according_to: str | None = None,
    refers_to: tuple[str, ...] = (),
) -> Record:
    """A sentence record with who it quotes (or the source it gives), the names it holds and
    the people it speaks of by a pronoun, as the parse found them."""
    assert isinstance(record, SentenceRecord)
    if according_to is not None:
        record = replace(record, according_to=according_to)
    if refers_to:
        record = replace(record, refers_to=refers_to)
    if attribution is not None:
        record = replace(
            record,
            speaker=attribution.speaker,
            speaker_aliases=attribution.aliases,
            direct_quote=attribution.direct,
            joint_speakers=attribution.joint,
        )
    return replace(record, names=names) if names else record


def _vectors(embedder: Embedder, records: _Records, progress: bool) -> Vectors:
    """The vector of every record. A passage's is the normalised mean of its sentences'
    vectors rather than its own encoding: the sentences are embedded anyway, and encoding a
    passage again costs as much as its sentences together. Measured when it came in
    (INDEX_FORMAT 14): the whole index of 286 articles in 110 s instead of 151 s, and
    ``make eval`` moved by one question or conversation turn either way on three sets."""
    encoded = [n for n in range(len(records.records)) if n not in records.pooled]
    own = _embed_all(embedder, [records.to_embed[n] for n in encoded], progress)
    vectors = np.zeros((len(records.records), own.shape[1]), dtype=np.float32)
    vectors[encoded] = own
    for passage, sentences_held in records.pooled.items():
        mean = vectors[sentences_held].mean(axis=0)
        vectors[passage] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return vectors


def _embed_all(embedder: Embedder, texts: list[str], progress: bool) -> Vectors:
    """Embed every distinct text once (the same sentence may stand in two articles)."""
    # Longest first, so each batch holds texts of about one length: less padding to encode.
    unique = sorted(dict.fromkeys(texts), key=len, reverse=True)
    chunks: list[Vectors] = []
    with tqdm(total=len(unique), desc="embedding", unit="text", disable=not progress) as bar:
        for begin in range(0, len(unique), EMBED_BATCH):
            chunk = unique[begin : begin + EMBED_BATCH]
            chunks.append(embedder.embed(chunk))
            bar.update(len(chunk))
    vectors = np.concatenate(chunks)
    row = {text: number for number, text in enumerate(unique)}
    return vectors[[row[text] for text in texts]]
