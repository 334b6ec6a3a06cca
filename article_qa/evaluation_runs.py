"""Which index each question set is scored against, and running them all."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from article_qa.attribution_scoring import AttributionScore, GoldStatement, score_document
from article_qa.config import Settings
from article_qa.errors import CorpusError
from article_qa.evaluation import Report, evaluate, load_questions
from index import build_index
from index.corpus import read_document
from retrieval.engine import Engine

PROJECT = Path(__file__).resolve().parent.parent
DEV_SETS = PROJECT / "data" / "eval"
NEWS_DEV = DEV_SETS / "news_dev"
WIKINEWS = PROJECT.parent / "shared" / "corpora" / "wikinews" / "docs"
"""The Wikinews articles news_dev labels; they stay in ../shared and are not copied."""


@dataclass(frozen=True)
class EvalRun:
    questions: Path | None
    docs: tuple[Path, ...] = ()
    """Articles to index for this run; empty means: use the configured index as it is."""
    labels: tuple[Path, ...] = ()
    """news_dev label files: their questions are asked, their statements score attribution."""
    name: str | None = None

    @property
    def title(self) -> str:
        if self.name:
            return self.name
        assert self.questions is not None
        if self.questions.name == "questions.jsonl":
            return self.questions.parent.name
        return self.questions.name


def dev_runs() -> list[EvalRun]:
    """The project's development sets, each with the articles it is about."""
    bundled = (PROJECT / "data" / "articles",)
    return [
        EvalRun(DEV_SETS / "seed_dev.jsonl", bundled),
        EvalRun(DEV_SETS / "abstain_dev.jsonl", bundled),
        EvalRun(DEV_SETS / "wiki_dev" / "questions.jsonl", (DEV_SETS / "wiki_dev" / "docs",)),
        *news_runs(),
    ]


def news_runs() -> list[EvalRun]:
    """news_dev's tune and check halves (none when ../shared's Wikinews articles are absent)."""
    if not WIKINEWS.is_dir():
        return []
    split = json.loads((NEWS_DEV / "split.json").read_text(encoding="utf-8"))
    runs = []
    for half in ("tune", "check"):
        stems = split[half]
        runs.append(
            EvalRun(
                None,
                docs=tuple(WIKINEWS / f"{stem}.txt" for stem in stems),
                labels=tuple(NEWS_DEV / "labels" / f"{stem}.jsonl" for stem in stems),
                name=f"news_dev/{half}",
            )
        )
    return runs


def run_all(settings: Settings, runs: Sequence[EvalRun]) -> list[Report]:
    reports = []
    for run in runs:
        questions = load_questions(run.questions) if run.questions else []
        labelled = [_read_labels(path) for path in run.labels]
        questions += [q for lines in labelled for q in lines if q["kind"] != "statement"]
        if not run.docs:
            reports.append(evaluate(Engine(settings), questions, run.title))
            continue
        with tempfile.TemporaryDirectory(prefix="article-qa-eval-") as folder:
            scratch = settings.model_copy(
                update={
                    "index": settings.index.model_copy(update={"path": Path(folder)}),
                    "corpus": settings.corpus.model_copy(update={"paths": run.docs}),
                }
            )
            build_index(scratch, progress=False)
            report = evaluate(Engine(scratch), questions, run.title)
        if run.labels:
            report.attribution = _score_attribution(run, labelled)
        reports.append(report)
    return reports


def _score_attribution(run: EvalRun, labelled: list[list[dict[str, Any]]]) -> AttributionScore:
    score = AttributionScore()
    for article, lines in zip(run.docs, labelled, strict=True):
        gold = [
            GoldStatement(line["text"], line["speaker"])
            for line in lines
            if line["kind"] == "statement"
        ]
        score_document(score, read_document(article, article.stem), gold)
    return score


def _read_labels(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read label file {path}: {exc.strerror or exc}") from None
    try:
        return [json.loads(line) for line in lines if line.strip()]
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: a line is not JSON ({exc})") from None
