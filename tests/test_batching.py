"""Questions that arrive together are encoded in one model call, each getting its own vectors."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from article_qa.embedding import Vectors
from bot.batching import BatchingEmbedder


class CountingEmbedder:
    """A stand-in model: one vector per text (its length, its first letter); counts calls."""

    name = "counting"
    vector_space = "counting"

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        if self.fail:
            raise RuntimeError("the model failed")
        return np.asarray([[len(t), ord(t[0])] for t in texts], dtype=np.float32)


def ask_together(embedder: BatchingEmbedder, questions: list[str]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    start = threading.Barrier(len(questions))

    def ask(question: str) -> None:
        start.wait()
        try:
            results[question] = embedder.embed([question])
        except RuntimeError as exc:
            results[question] = exc

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


def test_questions_asked_together_share_one_model_call() -> None:
    inner = CountingEmbedder()
    embedder = BatchingEmbedder(inner, window=0.05)
    questions = [f"{letter} question {'x' * n}" for n, letter in enumerate("abcdefgh")]
    results = ask_together(embedder, questions)
    assert len(inner.calls) < len(questions)  # combined
    for question in questions:
        assert results[question].tolist() == [[len(question), ord(question[0])]]


def test_an_error_reaches_every_waiting_question_and_none_hangs() -> None:
    embedder = BatchingEmbedder(CountingEmbedder(fail=True), window=0.05)
    results = ask_together(embedder, ["a?", "b?", "c?"])
    assert all(isinstance(r, RuntimeError) for r in results.values())


def test_the_real_model_gives_the_same_vectors_batched(engine: Any) -> None:
    model = engine.embedder
    batched = BatchingEmbedder(model, window=0.05)
    questions = ["What did Davutoglu say?", "Who is NATO's Secretary-General?", "Why?"]
    results = ask_together(batched, questions)
    for question in questions:
        alone = model.embed([question])
        assert np.allclose(results[question], alone, atol=1e-5)


@pytest.mark.parametrize("texts", [["one"], ["one", "two", "three"]])
def test_a_lone_call_is_answered_after_the_window(texts: list[str]) -> None:
    inner = CountingEmbedder()
    vectors = BatchingEmbedder(inner, window=0.001).embed(texts)
    assert vectors.shape == (len(texts), 2) and inner.calls == [texts]
