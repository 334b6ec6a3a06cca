"""Conversations scored turn by turn (``data/eval/conversations/README.md``).

Each conversation is asked in order through ``Engine.converse``. Follow-up turns are scored
apart from standalone ones, with the same measures as single questions (hit@k, speaker recall,
precision and attribution, false refusals), plus:

* **clarify**: a turn whose gold lists ``clarify`` options should be asked back with those
  options;
* **leakage**: a standalone turn (not the first) should get exactly the excerpts it gets when
  asked on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from article_qa.errors import CorpusError
from article_qa.textnorm import fold_spaces
from evaluation.report import RANK_DEPTH, SPEAKER_DEPTH, Report, read_jsonl, score_answer
from retrieval.conversation import Conversation
from retrieval.engine import Engine


@dataclass
class ConversationReport:
    name: str
    followups: Report
    standalone: Report
    clarify_right: int = 0
    clarify_wanted: int = 0
    clarify_unwanted: int = 0
    leaked: int = 0
    leak_checked: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        result: dict[str, Any] = {"set": self.name}
        for prefix, report in (("followup", self.followups), ("standalone", self.standalone)):
            for key, value in report.figures().items():
                if key in ("set", "citations_verbatim", "latency_p50_ms"):
                    continue
                result[f"{prefix}_{key}"] = value
        result["clarify_asked"] = f"{self.clarify_right}/{self.clarify_wanted}"
        result["clarify_unwanted"] = self.clarify_unwanted
        result["leakage"] = f"{self.leaked}/{self.leak_checked}"
        return result


def load_conversations(path: Path) -> list[dict[str, Any]]:
    conversations = []
    for number, item in read_jsonl(path, "conversation set"):
        if not isinstance(item, dict) or not isinstance(item.get("turns"), list):
            raise CorpusError(f"{path}:{number} needs 'turns', a list of questions")
        conversations.append(item)
    return conversations


def new_report(name: str) -> ConversationReport:
    return ConversationReport(name, Report(f"{name}/followups"), Report(f"{name}/standalone"))


def evaluate_conversations(
    engine: Engine, conversations: Iterable[dict[str, Any]], report: ConversationReport
) -> None:
    """Ask every conversation's turns in order and add their scores to ``report``."""
    for conversation in conversations:
        state = Conversation()
        for number, turn in enumerate(conversation["turns"]):
            depth = SPEAKER_DEPTH if turn["kind"] == "speaker" else RANK_DEPTH
            reply = engine.converse(turn["question"], state, k=depth)
            state = reply.conversation
            answer = reply.answer
            wanted = turn.get("clarify")
            if wanted:
                report.clarify_wanted += 1
                asked = {fold_spaces(o) for o in answer.clarify}
                report.clarify_right += asked == {fold_spaces(o) for o in wanted}
                continue
            if answer.clarify:
                report.clarify_unwanted += 1
                report.misses.append(
                    {
                        "id": conversation.get("id"),
                        "turn": number,
                        "question": turn["question"],
                        "problem": "asked back",
                    }
                )
            followup = bool(turn.get("followup"))
            target = report.followups if followup else report.standalone
            score_answer(target, turn, answer)
            if not followup and number > 0:
                alone = engine.answer(turn["question"], k=depth)
                report.leak_checked += 1
                same = [(c.doc_id, c.start) for c in alone.citations] == [
                    (c.doc_id, c.start) for c in answer.citations
                ]
                report.leaked += not same
            if followup:
                report.misses.append(
                    {
                        "id": conversation.get("id"),
                        "turn": number,
                        "question": turn["question"],
                        "understood_as": answer.understood_as,
                        "first": answer.citations[0].quote[:100] if answer.citations else None,
                    }
                )
