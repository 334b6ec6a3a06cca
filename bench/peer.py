"""article-qa beside the peer recipe (``../shared/peer``), measured in one run on one machine.

Both index the same Wikinews articles and answer the same questions (those of the news_dev set),
each as a whole process timed by the peer's own ``timed_lines.py``:

* whole ``index``: article-qa's ``index --full`` process; the recipe's start to first answer
  minus one question (the recipe indexes on start);
* warm cost per question: the time between the first and last answer line over the number of
  questions;
* ``ask`` from process start to the first answer (one question, median of three runs);
* memory: the peak resident size of a process that only answers the questions.

The machine is shared and noisy: compare the ratios, not the absolute figures.
Run with ``make bench`` or ``python bench/peer.py [--articles N] [--questions N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
PEER = SHARED / "peer"
ARTICLES = SHARED / "corpora" / "wikinews" / "docs"
LABELS = PROJECT / "data" / "eval" / "news_dev" / "labels"
ARTICLE_QA = Path(sys.executable).parent / "article-qa"

PEAK_MEMORY = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:])\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(f'peak_kib {peak}', file=sys.stderr)\n"
    "sys.exit(done.returncode)\n"
)
"""Runs a command and reports the peak resident size of it and its children (KiB)."""


def questions(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(LABELS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("question"):
                texts.append(" ".join(str(record["question"]).split()))
    return list(dict.fromkeys(texts))[:limit]


def timed(question_file: Path, command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """``timed_lines.py`` figures of ``command`` fed ``question_file``, plus its peak memory."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, sys.executable, str(PEER / "timed_lines.py")]
        + [str(question_file), "--", *command],
        capture_output=True,
        text=True,
        env=environment,
        cwd=PROJECT,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    peak = [line for line in done.stderr.splitlines() if line.startswith("peak_kib ")]
    figures["peak_mb"] = int(peak[-1].split()[1]) / 1024
    return figures


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}x" if theirs else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=286, help="how many Wikinews articles")
    parser.add_argument("--questions", type=int, default=300)
    args = parser.parse_args()
    if not (PEER / "peer_recipe.py").is_file() or not ARTICLES.is_dir():
        sys.exit(f"bench/peer.py: needs {PEER} and {ARTICLES} (../shared beside the project)")
    files = sorted(ARTICLES.glob("*.txt"))[: args.articles]
    asked = questions(args.questions)
    with tempfile.TemporaryDirectory(prefix="article-qa-peer-") as scratch:
        folder = Path(scratch)
        question_file = folder / "questions.txt"
        question_file.write_text("\n".join(asked) + "\n", encoding="utf-8")
        one_question = folder / "one.txt"
        one_question.write_text(asked[0] + "\n", encoding="utf-8")
        environment = {**os.environ, "ARTICLE_QA_INDEX": str(folder / "index")}
        environment.pop("ARTICLE_QA_CONFIG", None)

        recipe = timed(
            question_file,
            [sys.executable, str(PEER / "peer_recipe.py"), "-k", "5", *map(str, files)],
            environment,
        )
        started = time.perf_counter()
        subprocess.run(
            [str(ARTICLE_QA), "index", "--full", "-q", *map(str, files)],
            env=environment,
            cwd=PROJECT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        our_index = time.perf_counter() - started
        ours = timed(question_file, [str(ARTICLE_QA), "ask", "--json", "-k", "5"], environment)
        first = statistics.median(
            timed(one_question, [str(ARTICLE_QA), "ask", "--json", "-k", "5"], environment)[
                "first_s"
            ]
            for _ in range(3)
        )

    recipe_index = recipe["first_s"] - recipe["per_line_ms"] / 1000
    rows = [
        ("whole index (s)", recipe_index, our_index, "<= 1.0x"),
        ("warm cost per question (ms)", recipe["per_line_ms"], ours["per_line_ms"], "<= 0.6x"),
        ("ask: start to first answer (s)", None, first, "<= 1.5 s"),
        ("peak memory answering (MB)", recipe["peak_mb"], ours["peak_mb"], "<= 400 MB"),
    ]
    print(f"{len(files)} Wikinews articles, {len(asked)} questions (news_dev), k=5")
    print(f"{'figure':34} {'recipe':>9} {'article-qa':>11} {'ratio':>7}  target")
    for name, theirs, value, target in rows:
        shown = f"{theirs:9.2f}" if theirs is not None else f"{'-':>9}"
        share = ratio(value, theirs) if theirs is not None else "-"
        print(f"{name:34} {shown} {value:11.2f} {share:>7}  {target}")
    print("(the recipe's peak memory includes indexing; article-qa's only answers)")


if __name__ == "__main__":
    main()
