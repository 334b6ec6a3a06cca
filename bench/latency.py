"""Speed figures: indexing and query latency, each beside the raw work it cannot avoid.

* index throughput (texts embedded per second by ``article-qa index``) beside raw
  ``model.encode`` throughput on the very same texts: the ratio is indexing's overhead
  (reading, splitting, attribution, Chroma writes);
* query latency p50/p95 of ``Engine.answer`` (warm) beside the raw cost of one question:
  ``model.encode`` of the question plus one Chroma nearest-neighbour query;
* follow-up latency p50/p95 of ``Engine.converse`` for the follow-up turns of the dev
  conversations about these articles (read against the turns before them).

Run with ``make bench`` (or ``python bench/latency.py [--rounds N]``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from article_qa import store  # noqa: E402
from article_qa.config import load_settings  # noqa: E402
from article_qa.embedders import load_embedder  # noqa: E402
from article_qa.records import embedding_text  # noqa: E402
from index import build_index  # noqa: E402
from index.builder import EMBED_BATCH  # noqa: E402
from index.chunking import passages, sentences  # noqa: E402
from index.corpus import read_corpus  # noqa: E402
from retrieval import Engine  # noqa: E402
from retrieval.conversation import Conversation  # noqa: E402

CORPUS = (PROJECT / "data" / "articles", PROJECT / "data" / "eval" / "wiki_dev" / "docs")
QUESTIONS = PROJECT / "data" / "eval" / "wiki_dev" / "questions.jsonl"
CONVERSATIONS = PROJECT / "data" / "eval" / "conversations" / "dev.jsonl"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="index runs to average")
    args = parser.parse_args()

    base = load_settings(environ={})
    embedder = load_embedder(base.embedding)
    documents = read_corpus(CORPUS)
    texts = []
    for document in documents:
        units = passages(document, base.index.chunk_size, base.index.chunk_overlap)
        units += sentences(document)
        texts += [embedding_text(document.title, u.text) for u in units]
        texts.append(document.title)
    texts = list(dict.fromkeys(texts))  # the indexer embeds each distinct text once
    embedder.embed(texts[:64])  # warm the model

    raw_seconds = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for begin in range(0, len(texts), EMBED_BATCH):
            embedder.embed(texts[begin : begin + EMBED_BATCH])
        raw_seconds.append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory(prefix="article-qa-bench-") as folder:
        settings = base.model_copy(
            update={
                "index": base.index.model_copy(update={"path": Path(folder)}),
                "corpus": base.corpus.model_copy(update={"paths": CORPUS}),
            }
        )
        index_seconds = []
        for _ in range(args.rounds):
            summary = build_index(settings, embedder=embedder, progress=False, full=True)
            index_seconds.append(summary.seconds)

        engine = Engine(settings, embedder=embedder)
        questions = [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines()]
        for question in questions[:10]:
            engine.answer(question)  # warm
        answer_ms = []
        for question in questions:
            started = time.perf_counter()
            engine.answer(question)
            answer_ms.append((time.perf_counter() - started) * 1000)
        followup_ms = []
        for line in CONVERSATIONS.read_text().splitlines():
            conversation = json.loads(line)
            if conversation["docs"] not in ("bundled", "wiki_dev"):
                continue  # about articles this index does not hold
            state = Conversation()
            for turn in conversation["turns"]:
                started = time.perf_counter()
                state = engine.converse(turn["question"], state).conversation
                if turn.get("followup"):
                    followup_ms.append((time.perf_counter() - started) * 1000)
        records = store.open_current(settings).records
        raw_ms = []
        for question in questions:
            started = time.perf_counter()
            vector = embedder.embed([question])[0]
            records.nearest(vector, 30)
            raw_ms.append((time.perf_counter() - started) * 1000)

    raw_rate = len(texts) / statistics.median(raw_seconds)
    index_rate = len(texts) / statistics.median(index_seconds)
    print(f"corpus: {len(documents)} articles, {len(texts)} texts embedded per index run")
    print(f"index throughput      {index_rate:8.1f} texts/s")
    print(f"raw encode throughput {raw_rate:8.1f} texts/s   (index at {index_rate / raw_rate:.0%})")
    print(
        f"query latency         p50 {percentile(answer_ms, 0.5):6.1f} ms   "
        f"p95 {percentile(answer_ms, 0.95):6.1f} ms   ({len(answer_ms)} questions, warm)"
    )
    print(
        f"follow-up latency     p50 {percentile(followup_ms, 0.5):6.1f} ms   "
        f"p95 {percentile(followup_ms, 0.95):6.1f} ms   ({len(followup_ms)} follow-ups, warm)"
    )
    print(
        f"raw encode+query      p50 {percentile(raw_ms, 0.5):6.1f} ms   "
        f"p95 {percentile(raw_ms, 0.95):6.1f} ms   "
        f"(answer p50 = {percentile(answer_ms, 0.5) / percentile(raw_ms, 0.5):.1f}x raw)"
    )


if __name__ == "__main__":
    main()
