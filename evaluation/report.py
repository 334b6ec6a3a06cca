"""Score the engine on a question set (``article-qa eval``).

Question kinds (one JSON object per line; see ``data/eval/README.md``):

* ``fact``: answered when a cited excerpt contains one of ``evidence`` (after folding white
  space, case and curly quotes);
* ``span``: SQuAD-style; the excerpt must cite ``doc``, overlap the character range ``para``
  and contain one of ``answers``;
* ``speaker``: "what did X say"; recall of the gold ``quotes`` in the first 8 excerpts,
  precision (excerpts holding a gold quote or an ``also`` string) and attribution (excerpts
  whose speaker names the person);
* ``unanswerable``: the engine should refuse; reported per ``sub`` kind.

The Discord bot's feedback file (one vote per line) is read as a question set too: a 👍 on an
answer becomes a ``fact`` question, a 👍 on a refusal an ``unanswerable`` one.

Every citation is also checked against its source file: ``text[start:end] == quote``.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from article_qa.errors import CorpusError
from article_qa.textnorm import fold_spaces
from evaluation.attribution import AttributionScore
from retrieval.engine import Engine
from retrieval.types import Answer, Citation

RANK_DEPTH = 5
SPEAKER_DEPTH = 8


@dataclass
class Report:
    """Running totals for one question set, turned into figures by ``figures``."""

    name: str
    ranks: list[int | None] = field(default_factory=list)
    first_lengths: list[int] = field(default_factory=list)
    false_refusals: int = 0
    false_notes: int = 0
    """Answers noted as lacking what was asked for (``Answer.note``) whose excerpts hold it."""
    speaker: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refusals: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    notes: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    """Per ``sub`` kind of unanswerable question: answered with a note that the excerpts lack
    the kind of answer asked for (``Answer.note``), the next best thing to a refusal."""
    citations: int = 0
    verbatim: int = 0
    latencies: list[float] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    attribution: AttributionScore | None = None
    """Statement-level attribution against a gold file, for sets that have one."""

    def figures(self) -> dict[str, Any]:
        answered = len(self.ranks)
        result: dict[str, Any] = {"set": self.name}
        if answered:
            for depth in (1, 3, 5):
                hits = sum(1 for r in self.ranks if r is not None and r <= depth)
                result[f"hit@{depth}"] = round(hits / answered, 3)
            result["mrr"] = round(sum(1 / r for r in self.ranks if r) / answered, 3)
            result["answerable"] = answered
            result["false_refusals"] = self.false_refusals
            result["false_notes"] = self.false_notes
        if self.first_lengths:
            result["first_excerpt_chars"] = round(statistics.mean(self.first_lengths), 1)
        for metric, values in sorted(self.speaker.items()):
            result[f"speaker_{metric}"] = round(statistics.mean(values), 3)
        for sub, refused in sorted(self.refusals.items()):
            result[f"refused_{sub}"] = f"{sum(refused)}/{len(refused)}"
        for sub, noted in sorted(self.notes.items()):
            result[f"noted_{sub}"] = f"{sum(noted)}/{len(noted)}"
        if self.attribution is not None:
            result.update(self.attribution.figures())
        result["citations_verbatim"] = f"{self.verbatim}/{self.citations}"
        if self.latencies:
            ordered = sorted(self.latencies)
            result["latency_p50_ms"] = round(ordered[len(ordered) // 2], 1)
        return result


def read_jsonl(path: Path, what: str) -> list[tuple[int, Any]]:
    """(line number, value) of every non-blank line of a JSONL file; a CorpusError naming
    ``what`` the file is ("question set") and the line when it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {what} {path}: {exc}") from None
    values = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            values.append((number, json.loads(line)))
        except json.JSONDecodeError:
            raise CorpusError(f"{path}:{number} is not a JSON object") from None
    return values


def load_questions(path: Path) -> list[dict[str, Any]]:
    questions = []
    for number, item in read_jsonl(path, "question set"):
        if isinstance(item, dict) and "vote" in item and "kind" not in item:
            item = question_from_vote(item)  # a line of the bot's feedback file
            if item is None:
                continue
        if not isinstance(item, dict) or "question" not in item or "kind" not in item:
            raise CorpusError(f"{path}:{number} needs at least 'kind' and 'question'")
        questions.append(item)
    return questions


def question_from_vote(record: dict[str, Any]) -> dict[str, Any] | None:
    """The eval question a vote suggests, or None when it needs a person to look first.

    A 👍 on an answer becomes a ``fact`` question whose evidence is the first cited excerpt;
    a 👍 on a refusal becomes an ``unanswerable`` one. A 👎 says what is wrong, not what is
    right, so it is left for review.
    """
    if record.get("vote") != "up":
        return None
    if record.get("refused"):
        return {"kind": "unanswerable", "sub": "feedback", "question": record["question"]}
    cited = record.get("cited") or []
    if not cited:
        return None
    return {"kind": "fact", "question": record["question"], "evidence": [cited[0]["quote"]]}


def evaluate(engine: Engine, questions: Iterable[dict[str, Any]], name: str) -> Report:
    """Ask every question and score the answers."""
    report = Report(name)
    for item in questions:
        ask(engine, report, item)
    return report


def ask(engine: Engine, report: Report, item: dict[str, Any]) -> None:
    """Ask one question as deep as its kind is scored, and add the answer to ``report``."""
    depth = SPEAKER_DEPTH if item["kind"] == "speaker" else RANK_DEPTH
    score_answer(report, item, engine.answer(item["question"], k=depth))


def score_answer(report: Report, item: dict[str, Any], answer: Answer) -> None:
    """Add one answer to ``item`` (a question of any kind) to the report's totals."""
    kind = item["kind"]
    report.latencies.append(answer.elapsed_ms)
    _check_verbatim(report, answer.citations)
    if kind == "unanswerable":
        sub = item.get("sub", "unanswerable")
        report.refusals[sub].append(answer.refused)
        report.notes[sub].append(bool(answer.note))
        if not answer.refused:
            report.misses.append(
                {"id": item.get("id"), "question": item["question"], "problem": "not refused"}
            )
    elif kind == "speaker":
        _score_speaker(report, item, answer)
    elif kind in ("fact", "span"):
        _score_ranked(report, item, answer)


def _score_ranked(report: Report, item: dict[str, Any], answer: Answer) -> None:
    if answer.refused:
        report.false_refusals += 1
    if answer.citations:
        report.first_lengths.append(len(answer.citations[0].quote))
    rank = next((n for n, c in enumerate(answer.citations, start=1) if _answers(item, c)), None)
    report.ranks.append(rank)
    if answer.note and rank is not None:  # said to lack what one of them holds
        report.false_notes += 1
    if rank != 1:
        report.misses.append(
            {
                "id": item.get("id"),
                "question": item["question"],
                "rank": rank,
                "first": answer.citations[0].quote[:160] if answer.citations else None,
            }
        )


def _answers(item: dict[str, Any], citation: Citation) -> bool:
    quote = fold_spaces(citation.quote)
    if item["kind"] == "fact":
        return any(fold_spaces(e) in quote for e in item["evidence"])
    start, end = item["para"]
    return (
        Path(citation.source).name == item["doc"]
        and citation.start < end
        and citation.end > start
        and any(fold_spaces(a) in quote for a in item["answers"])
    )


def _score_speaker(report: Report, item: dict[str, Any], answer: Answer) -> None:
    cited = [fold_spaces(c.quote) for c in answer.citations[:SPEAKER_DEPTH]]
    gold = [fold_spaces(q) for q in item["quotes"]]
    also = [fold_spaces(q) for q in item.get("also", [])]
    wanted = fold_spaces(item["speaker"])
    found = sum(1 for q in gold if any(q in c for c in cited))
    report.speaker["recall"].append(found / len(gold) if gold else 1.0)
    if cited:
        relevant = sum(1 for c in cited if any(q in c for q in gold + also))
        report.speaker["precision"].append(relevant / len(cited))
        named = sum(
            1
            for c in answer.citations[:SPEAKER_DEPTH]
            if c.speaker and (fold_spaces(c.speaker) in wanted or wanted in fold_spaces(c.speaker))
        )
        report.speaker["attribution"].append(named / len(cited))
    else:
        report.speaker["precision"].append(0.0)
        report.speaker["attribution"].append(0.0)
    if answer.refused:
        report.false_refusals += 1


def _check_verbatim(report: Report, citations: Iterable[Citation]) -> None:
    for citation in citations:
        report.citations += 1
        text = _source_text(citation.text_path or citation.source)
        if text[citation.start : citation.end] == citation.quote:
            report.verbatim += 1


@cache
def _source_text(source: str) -> str:
    return Path(source).read_bytes().decode("utf-8")  # no newline translation: offsets are exact


def format_report(figures: dict[str, Any]) -> str:
    """A small aligned table, one figure per line."""
    width = max(len(k) for k in figures)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in figures.items())
