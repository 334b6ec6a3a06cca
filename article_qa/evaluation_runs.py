"""Which index each question set is scored against, and running them all."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from article_qa.config import Settings
from article_qa.evaluation import Report, evaluate, load_questions
from index import build_index
from retrieval.engine import Engine

PROJECT = Path(__file__).resolve().parent.parent
DEV_SETS = PROJECT / "data" / "eval"


@dataclass(frozen=True)
class EvalRun:
    questions: Path
    docs: tuple[Path, ...] = ()
    """Articles to index for this run; empty means: use the configured index as it is."""


def dev_runs() -> list[EvalRun]:
    """The project's development sets, each with the articles it is about."""
    bundled = (PROJECT / "data" / "articles",)
    return [
        EvalRun(DEV_SETS / "seed_dev.jsonl", bundled),
        EvalRun(DEV_SETS / "abstain_dev.jsonl", bundled),
        EvalRun(DEV_SETS / "wiki_dev" / "questions.jsonl", (DEV_SETS / "wiki_dev" / "docs",)),
    ]


def run_all(settings: Settings, runs: Sequence[EvalRun]) -> list[Report]:
    reports = []
    for run in runs:
        questions = load_questions(run.questions)
        name = (
            run.questions.name
            if run.questions.name != "questions.jsonl"
            else run.questions.parent.name
        )
        if not run.docs:
            reports.append(evaluate(Engine(settings), questions, name))
            continue
        with tempfile.TemporaryDirectory(prefix="article-qa-eval-") as folder:
            scratch = settings.model_copy(
                update={
                    "index": settings.index.model_copy(update={"path": Path(folder)}),
                    "corpus": settings.corpus.model_copy(update={"paths": run.docs}),
                }
            )
            build_index(scratch, progress=False)
            reports.append(evaluate(Engine(scratch), questions, name))
    return reports
