"""Check news_dev label files: every verbatim string occurs in its article, fields are well formed.

Usage: python data/eval/news_dev/validate.py [labels/STEM.jsonl ...]   (default: all)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[3] / "shared" / "corpora" / "wikinews" / "docs"
KINDS = {"statement", "speaker", "fact", "unanswerable"}


def fold(text: str) -> str:
    return " ".join(text.split())


def check(path: Path) -> list[str]:
    problems: list[str] = []
    article_path = DOCS / f"{path.stem}.txt"
    if not article_path.is_file():
        return [f"{path.name}: no article {article_path}"]
    article = fold(article_path.read_text(encoding="utf-8"))
    speakers: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        kind = item.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
            continue
        if kind == "statement":
            if fold(item.get("text", "")) not in article:
                problems.append(f"{where}: statement text not verbatim in the article")
            if not item.get("speaker"):
                problems.append(f"{where}: statement without speaker")
            speakers.add(item.get("speaker", ""))
        elif kind == "speaker":
            for piece in item.get("quotes", []) + item.get("also", []):
                if fold(piece) not in article:
                    problems.append(f"{where}: quote not verbatim: {piece!r}")
            if not item.get("quotes"):
                problems.append(f"{where}: speaker question without quotes")
        elif kind == "fact":
            pieces = item.get("evidence", [])
            if not pieces:
                problems.append(f"{where}: fact question without evidence")
            for piece in pieces:
                if fold(piece) not in article:
                    problems.append(f"{where}: evidence not verbatim: {piece!r}")
        elif item.get("sub") not in {"absent_speaker", "offtopic"}:
            problems.append(f"{where}: unanswerable sub must be absent_speaker or offtopic")
        if kind != "statement" and not item.get("question"):
            problems.append(f"{where}: no question")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            if item.get("kind") == "speaker" and item.get("speaker") not in speakers:
                problems.append(
                    f"{path.name}:{number}: speaker {item.get('speaker')!r} has no statement line"
                )
    return problems


def main() -> int:
    paths = [Path(a) for a in sys.argv[1:]] or sorted((HERE / "labels").glob("*.jsonl"))
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem)
    print(f"{len(paths)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
