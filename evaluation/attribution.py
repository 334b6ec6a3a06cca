"""Attribution scored as a component: (statement, speaker) pairs against a gold file.

The gold lists, per article, every sentence in which a named person is reported as saying
something, with that person's full name (``data/eval/news_dev/README.md``). The indexer's own
sentence splitting and attribution run on the article, and

* a gold statement is **found** when a sentence attributed to the same person (names compared
  folded, so the full name must be right, not a surname alone) covers most of it;
* an attributed sentence is **right** when it covers most of a gold statement of that person.

Precision is right / attributed (sentence, person) pairs, recall found / gold statements: a
sentence may report two people's words ("Durbin and Schiff both said").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from article_qa.textnorm import fold_spaces
from index.attribution import attribute_statements
from index.chunking import Span, sentences
from index.corpus import Document

MOSTLY = 0.5
"""Share of a statement's characters a sentence must cover to count as the same statement."""


@dataclass(frozen=True)
class GoldStatement:
    text: str
    speaker: str


@dataclass
class AttributionScore:
    """Running counts over the articles of one set."""

    gold: int = 0
    found: int = 0
    attributed: int = 0
    right: int = 0
    misses: list[dict[str, str | None]] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        return {
            "attribution_precision": round(self.right / self.attributed, 3)
            if self.attributed
            else 0.0,
            "attribution_recall": round(self.found / self.gold, 3) if self.gold else 0.0,
            "attribution_statements": self.gold,
        }


def score_document(
    score: AttributionScore, document: Document, gold: Sequence[GoldStatement]
) -> None:
    """Attribute ``document``'s statements and add the comparison with ``gold`` to ``score``."""
    spans = sentences(document)
    attributed = [
        (n, speaker)
        for n, a in attribute_statements(document.text, spans).items()
        for speaker in (a.speaker, *(name for name, _ in a.joint))
    ]
    located = [(g, _locate(document.text, g.text)) for g in gold]
    score.gold += len(gold)
    for statement, where in located:
        hit = where is not None and any(
            _same(speaker, statement.speaker) and _covers(spans[n], where)
            for n, speaker in attributed
        )
        score.found += hit
        if not hit:
            said = next(
                (speaker for n, speaker in attributed if where and _covers(spans[n], where)),
                None,
            )
            score.misses.append(
                {
                    "doc": document.doc_id,
                    "statement": statement.text[:120],
                    "gold": statement.speaker,
                    "attributed": said,
                }
            )
    for n, speaker in attributed:
        score.attributed += 1
        right = any(
            where is not None and _same(speaker, g.speaker) and _covers(spans[n], where)
            for g, where in located
        )
        score.right += right
        if not right:
            score.misses.append(
                {
                    "doc": document.doc_id,
                    "statement": spans[n].text[:120],
                    "gold": None,
                    "attributed": speaker,
                }
            )


def _locate(text: str, statement: str) -> tuple[int, int] | None:
    start = text.find(statement)
    if start < 0:
        return None
    return start, start + len(statement)


def _covers(span: Span, where: tuple[int, int]) -> bool:
    start, end = where
    overlap = min(span.end, end) - max(span.start, start)
    shorter = min(span.end - span.start, end - start)
    return shorter > 0 and overlap / shorter > MOSTLY


def _same(a: str, b: str) -> bool:
    return fold_spaces(a) == fold_spaces(b)
