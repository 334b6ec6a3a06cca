"""Which index each question set is scored against, and running them all."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from article_qa.config import Settings
from article_qa.errors import CorpusError
from evaluation.attribution import AttributionScore, GoldStatement, score_document
from evaluation.conversations import (
    evaluate_conversations,
    load_conversations,
    new_report,
)
from evaluation.report import Report, ask, evaluate, load_questions, read_jsonl
from index import build_index
from index.corpus import read_document
from retrieval.engine import Engine

PROJECT = Path(__file__).resolve().parent.parent
DEV_SETS = PROJECT / "data" / "eval"
NEWS_DEV = DEV_SETS / "news_dev"
NEWS_PROBE = DEV_SETS / "news_probe"
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
    alone: bool = False
    """Index each article on its own and ask it only its own questions (those whose ``doc``
    is its file stem): a question about one article must be refused by it, whatever the
    others say."""

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
        *probe_runs(),
    ]


def news_runs() -> list[EvalRun]:
    """news_dev's tune and check halves (none when ../shared's Wikinews articles are absent)."""
    if not WIKINEWS.is_dir():
        return []
    runs = []
    for half in ("tune", "check"):
        stems = _news_half(half)
        runs.append(
            EvalRun(
                None,
                docs=tuple(WIKINEWS / f"{stem}.txt" for stem in stems),
                labels=tuple(NEWS_DEV / "labels" / f"{stem}.jsonl" for stem in stems),
                name=f"news_dev/{half}",
            )
        )
    return runs


def probe_runs() -> list[EvalRun]:
    """news_probe's tune and check halves: questions in readers' own words, each article
    indexed alone (none when ../shared's Wikinews articles are absent)."""
    if not WIKINEWS.is_dir():
        return []
    split = json.loads((NEWS_PROBE / "split.json").read_text(encoding="utf-8"))
    return [
        EvalRun(
            NEWS_PROBE / "questions.jsonl",
            docs=tuple(WIKINEWS / f"{stem}.txt" for stem in split[half]),
            name=f"news_probe/{half}",
            alone=True,
        )
        for half in ("tune", "check")
    ]


def _news_half(half: str) -> list[str]:
    """The article stems of news_dev's ``tune`` or ``check`` half (``split.json``)."""
    split = json.loads((NEWS_DEV / "split.json").read_text(encoding="utf-8"))
    return list(split[half])


CONVERSATIONS = DEV_SETS / "conversations" / "dev.jsonl"


class Scored(Protocol):
    misses: list[dict[str, Any]]

    def figures(self) -> dict[str, Any]: ...


def conversation_docs(kind: str) -> tuple[Path, ...]:
    """The articles a conversation of ``docs`` kind is about."""
    if kind == "bundled":
        return (PROJECT / "data" / "articles",)
    if kind == "wiki_dev":
        return (DEV_SETS / "wiki_dev" / "docs",)
    if kind == "news_tune":
        return tuple(WIKINEWS / f"{stem}.txt" for stem in _news_half("tune"))
    raise CorpusError(f"unknown conversation docs {kind!r}: use bundled, wiki_dev or news_tune")


def run_conversations(settings: Settings, path: Path = CONVERSATIONS) -> list[Scored]:
    """The conversation set, split once into tune (even lines) and check (odd lines) halves,
    each conversation asked against the articles it is about."""
    conversations = load_conversations(path)
    reports = {half: new_report(f"conversations/{half}") for half in ("tune", "check")}
    kinds = sorted({str(c.get("docs")) for c in conversations})
    for kind in kinds:
        if kind == "news_tune" and not WIKINEWS.is_dir():
            continue
        with tempfile.TemporaryDirectory(prefix="article-qa-eval-") as folder:
            engine = Engine(_scratch(settings, Path(folder), conversation_docs(kind)))
            for half, report in reports.items():
                chosen = [
                    c
                    for number, c in enumerate(conversations)
                    if str(c.get("docs")) == kind and (number % 2 == 0) == (half == "tune")
                ]
                evaluate_conversations(engine, chosen, report)
    return list(reports.values())


def _scratch(settings: Settings, folder: Path, docs: tuple[Path, ...]) -> Settings:
    """``settings`` with a temporary index of ``docs``, built."""
    scratch = settings.model_copy(
        update={
            "index": settings.index.model_copy(update={"path": folder}),
            "corpus": settings.corpus.model_copy(update={"paths": docs}),
        }
    )
    build_index(scratch, progress=False)
    return scratch


def run_all(settings: Settings, runs: Sequence[EvalRun]) -> list[Report]:
    reports = []
    for run in runs:
        questions = load_questions(run.questions) if run.questions else []
        labelled = [_read_labels(path) for path in run.labels]
        questions += [q for lines in labelled for q in lines if q["kind"] != "statement"]
        if not run.docs:
            reports.append(evaluate(Engine(settings), questions, run.title))
            continue
        if run.alone:
            reports.append(_evaluate_alone(settings, run, questions))
            continue
        with tempfile.TemporaryDirectory(prefix="article-qa-eval-") as folder:
            scratch = _scratch(settings, Path(folder), run.docs)
            report = evaluate(Engine(scratch), questions, run.title)
        if run.labels:
            report.attribution = _score_attribution(run, labelled)
        reports.append(report)
    return reports


def _evaluate_alone(settings: Settings, run: EvalRun, questions: list[dict[str, Any]]) -> Report:
    """One report for ``run``'s articles, each indexed on its own and asked its own questions."""
    report = Report(run.title)
    for article in run.docs:
        own = [q for q in questions if q.get("doc") == article.stem]
        with tempfile.TemporaryDirectory(prefix="article-qa-eval-") as folder:
            engine = Engine(_scratch(settings, Path(folder), (article,)))
            for item in own:
                ask(engine, report, item)
    return report


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
    return [line for _, line in read_jsonl(path, "label file")]
