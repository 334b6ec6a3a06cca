"""Crash safety: an `article-qa index` run killed at any moment, or racing another one, never
damages the live index; readers pick up a completed generation without a restart.

The index runs here are real subprocesses (the real model, a real embedded Chroma) killed with
SIGKILL, so no clean-up code of any kind gets to run. Each test works on its own copy of one
baseline index of the bundled article, built once for the module.
"""

from __future__ import annotations

import shutil
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from article_qa.config import Settings
from index import build_index
from retrieval import Engine
from tests.helpers import BUNDLED_ARTICLE, BUNDLED_ARTICLES, settings_for
from tests.robustness_support import (
    PROBE_QUESTIONS,
    Running,
    assert_verbatim,
    citations_of,
    cli,
    generation_folders,
    live_generation,
    write_report_corpus,
)


@dataclass(frozen=True)
class Baseline:
    index: Path
    generation: str
    corpus: Path
    """40 generated articles: an index run over them takes seconds to embed and to write."""
    answers: dict[str, Any]
    """What the baseline index cites for each of PROBE_QUESTIONS."""


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    root = tmp_path_factory.mktemp("crash-baseline")
    settings = settings_for(root / "index")
    build_index(settings, [BUNDLED_ARTICLE], progress=False)
    engine = Engine(settings)
    try:
        answers = {q: citations_of(engine.answer(q)) for q in PROBE_QUESTIONS}
    finally:
        engine.close()
    generation = live_generation(settings)
    assert generation is not None
    return Baseline(root / "index", generation, write_report_corpus(root / "reports"), answers)


@pytest.fixture
def copied(baseline: Baseline, tmp_path: Path) -> Settings:
    """Settings for a private copy of the baseline index."""
    index = tmp_path / "index"
    shutil.copytree(baseline.index, index)
    return settings_for(index)


def answers_now(settings: Settings, with_scores: bool = True) -> dict[str, Any]:
    """A fresh engine's answers to PROBE_QUESTIONS, each checked to be verbatim."""
    engine = Engine(settings)
    try:
        found = {}
        for question in PROBE_QUESTIONS:
            answer = engine.answer(question)
            assert_verbatim(answer)
            found[question] = citations_of(answer, with_scores)
        return found
    finally:
        engine.close()


def without_scores(answers: dict[str, Any]) -> dict[str, Any]:
    return {
        q: (refused, tuple((c.source, c.start, c.end, c.quote, c.speaker) for c in cited))
        for q, (refused, cited) in answers.items()
    }


MOMENTS: dict[str, Callable[[Running, Path, list[str]], bool]] = {
    # still starting up: importing, reading the articles, taking the lock, loading the model
    "after 0.5s": lambda run, index, before: time.monotonic() - run.started >= 0.5,
    "after 2s": lambda run, index, before: time.monotonic() - run.started >= 2.0,
    # the lock is held and the new generation's folder exists, with an empty collection
    "new generation folder": lambda run, index, before: bool(
        set(generation_folders(index)) - set(before)
    ),
    # the progress bar has appeared: texts are being embedded
    "embedding started": lambda run, index, before: "embedding" in run.stderr,
    # every text is embedded: the records are being written to the new generation
    "embedding done": lambda run, index, before: "100%" in run.stderr,
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("moment", "full"),
    [(moment, True) for moment in MOMENTS]
    # an incremental run, whose generation reads the unchanged article from the live one
    + [("new generation folder", False), ("embedding done", False)],
)
def test_a_killed_index_run_leaves_the_live_index_answering(
    baseline: Baseline, copied: Settings, isolated: Path, moment: str, full: bool
) -> None:
    index = copied.index.path
    assert live_generation(copied) == baseline.generation
    before = generation_folders(index)

    articles = [str(baseline.corpus)] if full else [str(BUNDLED_ARTICLE), str(baseline.corpus)]
    run = Running(["index", *(["--full"] if full else []), *articles], index, isolated)
    run.wait_until(lambda: MOMENTS[moment](run, index, before), moment)
    assert run.kill() == -signal.SIGKILL, run.stderr

    assert live_generation(copied) == baseline.generation
    assert answers_now(copied) == baseline.answers
    if moment == "new generation folder":
        assert set(generation_folders(index)) - set(before), "the half-written generation"

    # The next run (an ordinary one) completes and removes what the killed one left behind.
    again = cli("index", "-q", str(BUNDLED_ARTICLES), index=index)
    assert again.exit_code == 0, again.output
    live = live_generation(copied)
    assert live is not None and live != baseline.generation
    folders = generation_folders(index)
    assert live in folders and len(folders) <= 2, folders
    assert set(folders) <= {live, baseline.generation}, folders
    assert answers_now(copied, with_scores=False) == without_scores(baseline.answers)


@pytest.mark.slow
def test_two_index_runs_at_once_one_wins_the_other_waits_or_says_why(
    baseline: Baseline, copied: Settings, isolated: Path
) -> None:
    index = copied.index.path
    corpus = write_report_corpus(isolated / "reports", articles=10)
    args = ["index", "-q", "--full", str(corpus)]
    runs = [Running(args, index, isolated), Running(args, index, isolated)]
    codes = [run.finish() for run in runs]

    assert 0 in codes, [run.stderr for run in runs]
    for run, code in zip(runs, codes, strict=True):
        assert "Traceback" not in run.stderr, run.stderr
        if code == 0:
            assert run.stdout.startswith("indexed 10 document(s)"), run.stdout
        else:
            assert code == 1, run.stderr
            lines = run.stderr.strip().splitlines()
            assert len(lines) == 1 and "another `article-qa index`" in lines[0], run.stderr

    live = live_generation(copied)
    assert live is not None and live != baseline.generation
    folders = generation_folders(index)
    assert live in folders and len(folders) <= 2, folders
    engine = Engine(copied)
    try:
        answer = engine.answer("Which district plans did officials discuss?")
        assert_verbatim(answer)
        assert answer.citations
        assert all(Path(c.source).parent == corpus for c in answer.citations), answer
    finally:
        engine.close()


HARBOUR = (
    "ZORVIK — The harbour festival in Zorvik was cancelled on Friday after a storm damaged the "
    "piers.\n\n"
    "“We will hold it again in spring,” said mayor Ilsa Brandt.\n"
)


@pytest.mark.slow
def test_a_running_engine_answers_from_a_completed_rebuild(
    copied: Settings, isolated: Path
) -> None:
    engine = Engine(copied)
    try:
        old = engine.answer("What did Davutoglu say?")
        assert old.citations and not engine.refresh(force=True)
        generation = engine.snapshot.generation

        corpus = isolated / "harbour"
        corpus.mkdir()
        (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
        summary = build_index(copied, [corpus], progress=False)

        assert engine.refresh(force=True)
        assert engine.snapshot.generation == summary.generation == live_generation(copied)
        assert engine.snapshot.generation != generation
        answer = engine.answer("What did Ilsa Brandt say?")
        assert_verbatim(answer)
        assert answer.citations
        assert all(c.source == str(corpus / "harbour.txt") for c in answer.citations)
        assert "spring" in " ".join(c.quote for c in answer.citations)
        gone = engine.answer("What did Davutoglu say?")
        assert not any(c.source == str(BUNDLED_ARTICLE) for c in gone.citations)
    finally:
        engine.close()
