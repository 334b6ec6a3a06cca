"""Scale bench: index and query synthetic corpora of growing size, embedded and server mode.

For each corpus size (10, 100, 1,000 articles; 10,000 too with ``--large``) and each Chroma mode
it prints one row:

* texts: the distinct texts the indexer embedded (passages, sentences, one title per article);
* index s: what ``article-qa index`` reports (reading, splitting, attribution, model load,
  embedding, Chroma writes), measured by a child process that makes the same ``build_index``
  call with its embedder wrapped in a timer; texts/s = texts / index s;
* enc share: the share of index s spent in ``model.encode`` in the very same run, which other
  processes on the machine slow down alike: 1 - enc share is the pipeline's own overhead;
* raw/s: ``model.encode`` alone on exactly those texts (read back from the first index built
  for the size), in the indexer's batches, in this process, and ratio = texts/s / raw/s (a
  comparison across time, so only as steady as the machine);
* open s, p50/p95 ms: a fresh process opens the index (``Engine()``: reads every record, builds
  the BM25 indexes) and answers about 100 generated questions, timed after 10 warm-up answers;
* disk MB: the index folder (embedded) or the server's ``--path`` folder (server) as allocated,
  and "vac MB" the same after ``chroma vacuum`` (Chroma's write-ahead log leaves free pages);
* RSS MB: peak resident memory of the index process, of the query process, and of the Chroma
  server (its peak over the whole row: indexing and queries);
* incr s: an ordinary (incremental) ``article-qa index`` run after ``CHANGED`` articles spread
  over the corpus were edited (a paragraph added to each), and "incr %" that time as a share
  of index s (the full run's); the articles are put back afterwards;
* busy i/q: the share of the machine's CPU that *other* processes used while the index and
  query processes ran. The figures are only as good as these are low.

Every index build and query run is a child process, so each peak RSS is its own. Corpora,
indexes and server data live in one temporary folder, removed at the end; each server-mode row
starts its own ``chroma run`` on a free loopback port and stops it by its PID.

``--vectors stand-in`` replaces the model by deterministic pseudo-random vectors (and skips raw
encode): everything but the model, so that the costs that grow with the corpus (Chroma, the BM25
snapshot, per-query scans) can be measured at sizes the model would take hours to embed.

    .venv/bin/python bench/scale.py                     # 10, 100, 1000 articles, both modes
    .venv/bin/python bench/scale.py --sizes 10,100 --modes embedded
    .venv/bin/python bench/scale.py --large --json scale.json
    .venv/bin/python bench/scale.py --vectors stand-in --sizes 1000,10000,30000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from bench import measure  # noqa: E402
from bench.synthetic import generate, questions, write_corpus  # noqa: E402

SIZES = (10, 100, 1000)
LARGE = 10_000
MODES = ("embedded", "server")
WARM_QUESTIONS = 10
CHANGED = 10
"""Articles edited before the incremental run."""
DIMENSIONS = 384
SUMMARY = re.compile(
    r"indexed (\d+) document\(s\)[^:]*: (\d+) passages, (\d+) sentences in ([\d.]+)s"
)


@dataclass
class Row:
    articles: int
    mode: str
    texts: int
    index_s: float
    load_s: float
    """Of index s: loading the model (imports included)."""
    encode_s: float
    """Of index s: in ``embed`` (``model.encode``, or the stand-in vectors)."""
    encode_share: float | None
    """Share of index s spent in ``model.encode`` (in the same process, at the same time)."""
    index_cpu_s: float
    rate: float
    raw_rate: float | None
    ratio: float | None
    open_s: float
    p50_ms: float
    p95_ms: float
    speaker_p50_ms: float
    """p50 of the questions that ask what someone said (answered from the speaker lists)."""
    other_p50_ms: float
    questions: int
    refused: int
    disk_mb: float
    vacuumed_mb: float
    index_rss_mb: float
    query_rss_mb: float
    incremental_s: float
    """An incremental index run after ``CHANGED`` articles were edited (model load included)."""
    incremental_rss_mb: float
    server_rss_mb: float | None
    others_index: float
    others_query: float

    @property
    def incremental_share(self) -> float:
        """The incremental run's time as a share of the full run's."""
        return self.incremental_s / self.index_s if self.index_s else 0.0


@dataclass
class Raw:
    """Raw encode of one size's texts: measured once, shared by its modes."""

    rate: float


class TimedEmbedder:
    """An embedder that adds up the seconds spent in it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.vector_space = inner.vector_space
        self.seconds = 0.0

    def embed(self, texts: Sequence[str]) -> Any:
        started = time.perf_counter()
        try:
            return self.inner.embed(texts)
        finally:
            self.seconds += time.perf_counter() - started


class StandInEmbedder:
    """Deterministic pseudo-random unit vectors: the pipeline's costs without the model's."""

    name = "stand-in"
    vector_space = "stand-in"

    def embed(self, texts: Sequence[str]) -> Any:
        vectors = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for number, text in enumerate(texts):
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
            vectors[number] = np.random.default_rng(int.from_bytes(digest)).standard_normal(
                DIMENSIONS
            )
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated article counts (default: 10,100,1000)")
    parser.add_argument("--large", action="store_true", help=f"add {LARGE:,} articles")
    parser.add_argument("--modes", default=",".join(MODES), help="embedded,server (default both)")
    parser.add_argument(
        "--vectors",
        choices=("model", "stand-in"),
        default="model",
        help="model (default)",
    )
    parser.add_argument("--questions", type=int, default=100, help="questions timed per row")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus")
    parser.add_argument("--json", type=Path, help="also write the rows and context as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and indexes")
    parser.add_argument("--index-worker", metavar="CONFIG", help=argparse.SUPPRESS)
    parser.add_argument("--query-worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.index_worker:
        index_worker(Path(args.index_worker), args.vectors)
        return
    if args.query_worker:
        query_worker(Path(args.query_worker[0]), Path(args.query_worker[1]), args.vectors)
        return

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    if args.large and LARGE not in sizes:
        sizes.append(LARGE)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not modes or not set(modes) <= set(MODES):
        parser.error(f"--modes takes a comma-separated subset of {', '.join(MODES)}")

    context = _context(args.vectors)
    print(_describe(context), flush=True)
    rows: list[Row] = []
    folder = Path(tempfile.mkdtemp(prefix="article-qa-scale-"))
    try:
        embedder = None
        if args.vectors == "model":
            embedder, context["model_load_s"] = _embedder()
        for size in sorted(sizes):
            rows.extend(run_size(folder, size, modes, embedder, args))
    finally:
        context["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        context["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(format_table(rows))
    print()
    if "model_load_s" in context:
        print(f"model load {context['model_load_s']:.1f}s (counted in index s)")
    print(
        f"load average at start {context['load_average_start']}, "
        f"at end {context['load_average_end']}"
    )
    for line in verdicts(rows):
        print(line)
    if args.json:
        data = {"context": context, "rows": [asdict(r) for r in rows]}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def run_size(
    folder: Path, size: int, modes: list[str], embedder: Any, args: argparse.Namespace
) -> list[Row]:
    """Generate a corpus of ``size`` articles and measure each mode on it."""
    articles = generate(size, seed=args.seed)
    corpus = folder / f"corpus-{size}"
    corpus_bytes = write_corpus(articles, corpus)
    questions_file = folder / f"questions-{size}.json"
    questions_file.write_text(json.dumps(questions(articles, args.questions, args.seed)))
    print(f"{size} articles ({corpus_bytes / 1e3:,.0f} KB of text)", flush=True)
    raw: list[Raw] = []
    rows = []
    for mode in modes:
        work = folder / f"{size}-{mode}"
        work.mkdir()
        row = run_mode(work, mode, size, corpus, questions_file, embedder, raw, args.vectors)
        print(f"  {format_row(row)}", flush=True)
        rows.append(row)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return rows


def run_mode(
    work: Path,
    mode: str,
    size: int,
    corpus: Path,
    questions_file: Path,
    embedder: Any,
    raw: list[Raw],
    vectors: str,
) -> Row:
    """Index ``corpus`` in a child process, then time the questions in another one.

    The first mode of a size also measures raw encode on the texts it indexed (into ``raw``).
    """
    index_path = work / "index"
    chroma: dict[str, Any] = {"mode": mode, "collection": "scale"}
    server = measure.chroma_server(work) if mode == "server" else nullcontext()
    with server as running:
        if running is not None:
            chroma.update(host="127.0.0.1", port=running.port)
        pid = running.process.pid if running is not None else None
        config = write_config(work / "config.toml", corpus, index_path, chroma)
        built, phases = _index_run(config, vectors, pid, "index")
        summary = SUMMARY.search(built.stdout)
        if summary is None:
            raise SystemExit(f"unexpected output of build_index: {built.stdout!r}")
        texts, records = stored_texts(config)
        written = sum(int(n) for n in summary.groups()[:3])
        if records != written:
            raise SystemExit(f"the index holds {records} records, the indexer said {written}")
        if embedder is not None and not raw:
            raw.append(raw_encode(embedder, texts))
            print(
                f"  {records} records, {len(texts)} distinct texts; raw encode "
                f"{len(texts) / raw[0].rate:.1f}s = {raw[0].rate:.1f} texts/s",
                flush=True,
            )
        command = [sys.executable, __file__, "--vectors", vectors]
        command += ["--query-worker", str(config), str(questions_file)]
        asked = _checked(measure.run_child(command, PROJECT, pid), "queries")
        timing = json.loads(asked.stdout.strip().splitlines()[-1])
        changed = _changed_run(corpus, config, vectors, pid)
        server_rss = measure.peak_rss_mb(pid) if pid is not None else None
        data = running.data if running is not None else index_path
        disk = measure.disk_bytes(data)
    measure.vacuum(data if running is not None else index_path / _live_folder(index_path))
    index_s = phases["load_s"] + phases["build_s"]
    return Row(
        articles=size,
        mode=mode,
        texts=len(texts),
        index_s=round(index_s, 1),
        load_s=round(phases["load_s"], 1),
        encode_s=round(phases["encode_s"], 1),
        encode_share=round(phases["encode_s"] / index_s, 3) if vectors == "model" else None,
        index_cpu_s=round(built.cpu_s, 1),
        rate=round(len(texts) / index_s, 1),
        raw_rate=round(raw[0].rate, 1) if raw else None,
        ratio=round(len(texts) / index_s / raw[0].rate, 3) if raw else None,
        open_s=timing["open_s"],
        p50_ms=timing["p50_ms"],
        p95_ms=timing["p95_ms"],
        speaker_p50_ms=timing["speaker_p50_ms"],
        other_p50_ms=timing["other_p50_ms"],
        questions=timing["questions"],
        refused=timing["refused"],
        disk_mb=round(disk / 1e6, 1),
        vacuumed_mb=round(measure.disk_bytes(data) / 1e6, 1),
        index_rss_mb=round(built.peak_rss_mb),
        query_rss_mb=round(asked.peak_rss_mb),
        incremental_s=round(changed[0], 1),
        incremental_rss_mb=round(changed[1]),
        server_rss_mb=round(server_rss) if server_rss is not None else None,
        others_index=round(built.others, 3),
        others_query=round(asked.others, 3),
    )


def _changed_run(corpus: Path, config: Path, vectors: str, pid: int | None) -> tuple[float, float]:
    """Edit ``CHANGED`` articles spread over ``corpus``, time an ordinary index run in a child
    process, and put the articles back; return its seconds (model load included) and peak
    RSS in MB."""
    articles = sorted(corpus.glob("*.txt"))
    edited = articles[:: max(1, len(articles) // CHANGED)][:CHANGED]
    originals = {path: path.read_bytes() for path in edited}
    try:
        for path in edited:
            path.write_bytes(originals[path] + b"\n\nThis article was updated after publication.\n")
        run, phases = _index_run(config, vectors, pid, "incremental index")
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    return phases["load_s"] + phases["build_s"], run.peak_rss_mb


def _index_run(
    config: Path, vectors: str, pid: int | None, what: str
) -> tuple[measure.Child, dict[str, float]]:
    """An ``article-qa index`` run of ``config`` in a child process (``index_worker``), and the
    seconds it reports by phase."""
    command = [sys.executable, __file__, "--vectors", vectors, "--index-worker", str(config)]
    run = _checked(measure.run_child(command, PROJECT, pid), what)
    phases: dict[str, float] = json.loads(run.stdout.strip().splitlines()[-1])
    return run, phases


def stored_texts(config: Path) -> tuple[list[str], int]:
    """The distinct texts embedded into the live index of ``config``, and its record count.

    Read back from the store rather than recomputed, so they stay exactly the indexer's texts
    whatever it learns to skip: a document record's text is its title, and passages and
    sentences are embedded as ``records.embedding_text(title, text)``.
    """
    from article_qa import store
    from article_qa.config import load_settings
    from article_qa.records import DocumentRecord, embedding_text

    settings = load_settings(config)
    backend = store.backend(settings)
    texts: list[str] = []
    try:
        for record in store.open_current(settings, backend).records.all_records():
            document = isinstance(record, DocumentRecord)
            texts.append(record.text if document else embedding_text(record.title, record.text))
    finally:
        backend.close()
    return list(dict.fromkeys(texts)), len(texts)


def raw_encode(embedder: Any, texts: list[str]) -> Raw:
    """``model.encode`` alone on ``texts`` in the indexer's batches (model warm)."""
    from index.builder import EMBED_BATCH

    embedder.embed(texts[:64])
    started = time.perf_counter()
    for begin in range(0, len(texts), EMBED_BATCH):
        embedder.embed(texts[begin : begin + EMBED_BATCH])
    return Raw(len(texts) / (time.perf_counter() - started))


def index_worker(config: Path, vectors: str) -> None:
    """Child process: what ``article-qa index`` does, with the time in ``embed`` added up.

    Prints the summary line, then one JSON line: seconds to load the model (which
    ``article-qa index`` counts in its time), in ``build_index`` and in ``embed``.
    """
    from article_qa.config import load_settings
    from article_qa.embedders import load_embedder
    from index import build_index

    started = time.perf_counter()
    settings = load_settings(config)
    if vectors == "model":
        inner: Any = load_embedder(settings.embedding)
    else:
        inner = StandInEmbedder()
    load_s = time.perf_counter() - started
    embedder = TimedEmbedder(inner)
    summary = build_index(settings, embedder=embedder, progress=False)
    print(summary.line())
    print(json.dumps({"load_s": load_s, "build_s": summary.seconds, "encode_s": embedder.seconds}))


def query_worker(config: Path, questions_file: Path, vectors: str) -> None:
    """Child process: open the index, answer the questions, print one JSON line of timings."""
    from article_qa.config import load_settings
    from article_qa.embedders import load_embedder
    from retrieval import Engine
    from retrieval.speakers import parse_speaker_question

    settings = load_settings(config)
    if vectors == "model":
        embedder: Any = load_embedder(settings.embedding)
    else:
        embedder = StandInEmbedder()
    embedder.embed(["warm up"])
    started = time.perf_counter()
    engine = Engine(settings, embedder=embedder)
    open_s = time.perf_counter() - started
    asked = json.loads(questions_file.read_text(encoding="utf-8"))
    for question in asked[:WARM_QUESTIONS]:
        engine.answer(question)
    elapsed: list[float] = []
    by_kind: dict[str, list[float]] = {"speaker": [], "other": []}
    refused = 0
    for question in asked:
        started = time.perf_counter()
        answer = engine.answer(question)
        elapsed.append((time.perf_counter() - started) * 1000)
        by_kind["speaker" if parse_speaker_question(question) else "other"].append(elapsed[-1])
        refused += answer.refused
    engine.close()
    result = {
        "open_s": round(open_s, 2),
        "p50_ms": round(percentile(elapsed, 0.50), 1),
        "p95_ms": round(percentile(elapsed, 0.95), 1),
        "questions": len(elapsed),
        "refused": refused,
        "speaker_p50_ms": round(percentile(by_kind["speaker"], 0.50), 1),
        "other_p50_ms": round(percentile(by_kind["other"], 0.50), 1),
    }
    print(json.dumps(result))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values) or [math.nan]
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def write_config(path: Path, corpus: Path, index: Path, chroma: dict[str, Any]) -> Path:
    lines = [
        "[corpus]",
        f"paths = [{json.dumps(str(corpus))}]",
        "[index]",
        f"path = {json.dumps(str(index))}",
        "[chroma]",
        *(f"{key} = {json.dumps(value)}" for key, value in chroma.items()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _checked(child: measure.Child, what: str) -> measure.Child:
    if child.code != 0:
        raise SystemExit(f"{what} failed (exit {child.code}):\n{child.stderr[-3000:]}")
    return child


def _live_folder(index_path: Path) -> str:
    from article_qa.store import POINTER_FILE

    return (index_path / POINTER_FILE).read_text(encoding="utf-8").strip()


def _embedder() -> tuple[Any, float]:
    from article_qa.config import load_settings
    from article_qa.embedders import load_embedder

    settings = load_settings(environ={})
    started = time.perf_counter()
    embedder = load_embedder(settings.embedding)
    embedder.embed(["warm up"])
    return embedder, round(time.perf_counter() - started, 2)


def _context(vectors: str) -> dict[str, Any]:
    import torch

    from article_qa.store import chroma_version

    return {
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {_memory_gib():.0f} GiB",
        "python": platform.python_version(),
        "torch": f"{torch.__version__} ({torch.get_num_threads()} threads)",
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", "(default)"),
        "chromadb": chroma_version(),
        "vectors": vectors,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


def _memory_gib() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


def _describe(context: dict[str, Any]) -> str:
    return (
        f"scale bench {context['started']}: {context['machine']}, Python {context['python']}, "
        f"torch {context['torch']}, OMP_WAIT_POLICY {context['omp_wait_policy']}, "
        f"chromadb {context['chromadb']}, vectors: {context['vectors']}"
    )


COLUMNS = (  # header, Row field, format
    ("articles", "articles", "{:>8}"),
    ("mode", "mode", "{:<8}"),
    ("texts", "texts", "{:>7}"),
    ("index s", "index_s", "{:>7.1f}"),
    ("texts/s", "rate", "{:>7.1f}"),
    ("raw/s", "raw_rate", "{:>6.1f}"),
    ("ratio", "ratio", "{:>5.0%}"),
    ("enc share", "encode_share", "{:>9.0%}"),
    ("open s", "open_s", "{:>6.2f}"),
    ("p50 ms", "p50_ms", "{:>7.1f}"),
    ("p95 ms", "p95_ms", "{:>7.1f}"),
    ("disk MB", "disk_mb", "{:>7.1f}"),
    ("vac MB", "vacuumed_mb", "{:>7.1f}"),
    ("incr s", "incremental_s", "{:>6.1f}"),
    ("incr %", "incremental_share", "{:>6.1%}"),
    ("idx RSS", "index_rss_mb", "{:>7}"),
    ("qry RSS", "query_rss_mb", "{:>7}"),
    ("srv RSS", "server_rss_mb", "{:>7}"),
    ("busy i", "others_index", "{:>6.0%}"),
    ("busy q", "others_query", "{:>6.0%}"),
)


def _width(header: str, spec: str) -> int:
    return max(len(header), int(re.sub(r"\D", "", spec.split(".")[0]) or 0))


def format_row(row: Row) -> str:
    cells = []
    for header, field, spec in COLUMNS:
        value = getattr(row, field)
        cell = "-" if value is None else spec.format(value)
        cells.append(cell.rjust(_width(header, spec)))
    return "  ".join(cells)


def format_table(rows: list[Row]) -> str:
    header = "  ".join(
        h.ljust(_width(h, s)) if f == "mode" else h.rjust(_width(h, s)) for h, f, s in COLUMNS
    )
    notes = (
        "RSS in MB. busy i/q: share of the machine's CPU that other processes used during "
        "indexing / queries."
    )
    return "\n".join([header, *(format_row(r) for r in rows), notes])


def verdicts(rows: list[Row]) -> list[str]:
    """The issue's two targets, checked on the measured rows."""
    lines = []
    for row in rows:
        if row.articles >= 100 and row.ratio is not None and row.encode_share is not None:
            met = "meets" if row.encode_share >= 0.75 else "MISSES"
            lines.append(
                f"indexing {row.articles} articles ({row.mode}) spends {row.encode_share:.0%} of "
                f"its time in model.encode: {met} the 75% target (and runs at {row.ratio:.0%} "
                "of the raw encode measured apart)"
            )
    for mode in MODES:
        ordered = sorted((r for r in rows if r.mode == mode), key=lambda r: r.articles)
        for small, big in zip(ordered, ordered[1:], strict=False):
            growth = math.log(big.p50_ms / small.p50_ms) / math.log(big.articles / small.articles)
            shape = "sub-linear" if growth < 1 else "NOT sub-linear"
            lines.append(
                f"query p50 ({mode}) {small.articles} -> {big.articles} articles: "
                f"x{big.p50_ms / small.p50_ms:.2f} for x{big.articles / small.articles:g} "
                f"(exponent {growth:.2f}, {shape})"
            )
    return lines


if __name__ == "__main__":
    main()
