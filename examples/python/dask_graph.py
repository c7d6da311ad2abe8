#!/usr/bin/env python3
"""Who met whom over a corpus on a Dask cluster.

    python3 examples/python/dask_graph.py CORPUS... --out DIR [--scheduler tcp://host:8786 | --workers N]

CORPUS: folders (every *.txt below them, sorted, id = its path, as jumpa-extract
does) and JSON Lines files (one {"id", "text", "published"} object per line).
The inputs become a dask.bag of chunks; each worker builds one jumpa.Extractor
when it joins (a worker plugin) and extracts its chunks; the partial graphs are
reduced into one with Graph.merge (jumpa's shard merge: the same graph for any
number of workers or chunks). Writes DIR/results.jsonl (one line per input, in
input order, malformed JSON Lines answered by {"error": ...}), DIR/graph.dot
and DIR/graph.graphml: byte for byte what one process (--single) and
`jumpa-extract` write for the same inputs.

Without --scheduler a LocalCluster of --workers processes is started. The
workers need the jumpa package (cmake --install, or PYTHONPATH) and read the
input paths themselves, so on a real cluster put the corpus on a shared file
system.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import jumpa

Chunk = Tuple[str, str, int, int, int]  # (kind "text"/"jsonl", path, first byte, end byte, first line number)


# --- inputs: chunks a worker can read on its own ------------------------------------

def text_files(folder: str) -> List[str]:
    """Every *.txt below `folder`, sorted as jumpa-extract sorts them (by path bytes)."""
    found = []
    for root, _dirs, files in os.walk(folder):
        found.extend(os.path.join(root, f) for f in files if f.endswith(".txt"))
    return sorted(found, key=os.fsencode)


def jsonl_chunks(path: str, lines_per_chunk: int) -> List[Chunk]:
    """Byte ranges of `path` holding `lines_per_chunk` lines each."""
    chunks, start, line, first_line = [], 0, 0, 1
    with open(path, "rb") as f:
        offset = 0
        for raw in f:
            offset += len(raw)
            line += 1
            if line - first_line + 1 == lines_per_chunk:
                chunks.append(("jsonl", path, start, offset, first_line))
                start, first_line = offset, line + 1
    if offset > start:
        chunks.append(("jsonl", path, start, offset, first_line))
    return chunks


def make_chunks(inputs: Sequence[str], lines_per_chunk: int) -> List[Chunk]:
    chunks: List[Chunk] = []
    for p in inputs:
        if os.path.isdir(p):
            files = text_files(p)
            for i in range(0, len(files), lines_per_chunk):
                chunks.extend(("text", f, 0, -1, 0) for f in files[i:i + lines_per_chunk])
        else:
            chunks.extend(jsonl_chunks(p, lines_per_chunk))
    return chunks


def jsonl_record(line: str, where: str) -> Dict[str, Any]:
    """The input object of one JSON Lines line, or {"error": ...}, as jumpa-extract reads it."""
    try:
        j = json.loads(line)
    except ValueError as e:
        return {"error": f"{where}: not JSON ({e.msg})"}
    if not isinstance(j, dict) or not isinstance(j.get("text"), str):
        return {"error": f"{where}: expected an object with a string \"text\""}
    ident = j.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int, float)):
        ident = where
    elif not isinstance(ident, str):
        ident = json.dumps(ident)
    published = j.get("published") or None
    if isinstance(published, str):
        published = published[:10]
    elif published is not None:
        return {"error": f"{where}: bad \"published\" date"}
    return {"text": j["text"], "id": ident, "published": published}


def read_chunk(chunk: Chunk) -> List[Dict[str, Any]]:
    kind, path, start, end, first_line = chunk
    if kind == "text":
        with open(path, "rb") as f:  # bytes: invalid UTF-8 is reported by jumpa, as the CLI does
            return [{"text": f.read(), "id": path, "published": None}]
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    records = []
    for n, raw in enumerate(data.split(b"\n"), first_line):
        line = raw.decode("utf-8", errors="replace").rstrip("\r")
        if line.strip():
            records.append(jsonl_record(line, f"{path}:{n}"))
    return records


# --- extraction: one extractor per process, built once -------------------------------

_EXTRACTOR: Optional[jumpa.Extractor] = None


def build_extractor(options: Dict[str, Any]) -> jumpa.Extractor:
    return jumpa.Extractor(gazetteers=options["gazetteers"], builtin=options["builtin"], lang=options["lang"])


class ExtractorPlugin:
    """A Dask worker plugin: builds the worker's extractor once, when it starts."""
    name = "jumpa-extractor"

    def __init__(self, options: Dict[str, Any]):
        self.options = options

    def setup(self, worker):  # noqa: D401 - Dask's hook
        global _EXTRACTOR
        _EXTRACTOR = build_extractor(self.options)
        worker.jumpa_extractor = _EXTRACTOR


def extractor_here() -> jumpa.Extractor:
    try:
        from distributed import get_worker
        return get_worker().jumpa_extractor
    except (ImportError, ValueError, AttributeError):
        if _EXTRACTOR is None:
            raise RuntimeError("no extractor: call build_extractor first (or register ExtractorPlugin)")
        return _EXTRACTOR


def extract_chunks(chunks: Iterable[Chunk]) -> List[Tuple[List[str], jumpa.Graph]]:
    """One bag partition → [(its JSON Lines lines, its partial graph)]."""
    ex = extractor_here()
    lines: List[str] = []
    graph = jumpa.Graph()
    for chunk in chunks:
        records = read_chunk(chunk)
        good = [r for r in records if "error" not in r]
        docs = iter(ex.extract_many(good))
        for r in records:
            if "error" in r:
                lines.append(json.dumps({"error": r["error"]}, ensure_ascii=False) + "\n")
                continue
            doc = next(docs)
            lines.append(doc.to_jsonl())
            graph.add(doc)
    return [(lines, graph)]


def merge_graphs(graphs: Iterable[jumpa.Graph]) -> jumpa.Graph:
    out = jumpa.Graph()
    for g in graphs:
        out.merge(g)
    return out


# --- the two ways to run -------------------------------------------------------------

def run_single(chunks: List[Chunk], options: Dict[str, Any]) -> Tuple[List[str], jumpa.Graph]:
    """Everything in this process (the reference the cluster run must equal)."""
    global _EXTRACTOR
    _EXTRACTOR = build_extractor(options)
    [(lines, graph)] = extract_chunks(chunks)
    return lines, graph


def run_dask(chunks: List[Chunk], options: Dict[str, Any], scheduler: Optional[str], workers: int,
             partitions: int) -> Tuple[List[str], jumpa.Graph]:
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_worker_plugin(ExtractorPlugin(options), name=ExtractorPlugin.name)
        bag = db.from_sequence(chunks, npartitions=max(1, min(partitions, len(chunks))))
        parts = bag.map_partitions(extract_chunks)
        lines = parts.pluck(0).flatten()
        graph = parts.pluck(1).reduction(merge_graphs, merge_graphs, split_every=4)
        lines, graph = dask.compute(lines, graph)
        return list(lines), graph
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_outputs(out_dir: str, lines: List[str], graph: jumpa.Graph) -> None:
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    with open(os.path.join(out_dir, "graph.dot"), "w", encoding="utf-8", newline="\n") as f:
        f.write(graph.to_dot())
    with open(os.path.join(out_dir, "graph.graphml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(graph.to_graphml())


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="folders of *.txt and JSON Lines files")
    ap.add_argument("--out", required=True, help="output folder (results.jsonl, graph.dot, graph.graphml)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--partitions", type=int, default=16, help="bag partitions (default 16)")
    ap.add_argument("--chunk-lines", type=int, default=256, help="JSON Lines lines / text files per chunk")
    ap.add_argument("--single", action="store_true", help="no Dask: extract in this process")
    ap.add_argument("-g", "--gazetteer", action="append", default=[], help="extra gazetteer folder (repeatable)")
    ap.add_argument("--no-builtin", action="store_true", help="do not load the builtin gazetteer")
    ap.add_argument("--lang", default="auto")
    a = ap.parse_args(argv)
    for p in a.inputs:
        if not os.path.exists(p):
            print(f"dask_graph: {p}: no such file or folder", file=sys.stderr)
            return 2
    options = {"gazetteers": [os.path.abspath(g) for g in a.gazetteer], "builtin": not a.no_builtin,
               "lang": a.lang}
    try:
        build_extractor(options)  # fail here, with jumpa's file:line:column, rather than on every worker
    except jumpa.Error as e:
        print(f"dask_graph: gazetteer: {e}", file=sys.stderr)
        return 2
    chunks = make_chunks(a.inputs, a.chunk_lines)
    if a.single:
        lines, graph = run_single(chunks, options)
    else:
        lines, graph = run_dask(chunks, options, a.scheduler, a.workers, a.partitions)
    write_outputs(a.out, lines, graph)
    errors = sum(1 for x in lines if x.startswith('{"error"'))
    print(f"dask_graph: {len(lines)} inputs ({errors} malformed), {graph.vertex_count} entities, "
          f"{graph.edge_count} edges → {a.out}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
