"""The Dask example on a LocalCluster with 2 worker processes gives, byte for
byte, what one process and jumpa-extract give."""
import json
import os
import subprocess
import sys

import pytest

from conftest import MEETING, MEETING_ACCENTED, SOURCE

EXAMPLE = SOURCE / "examples" / "python" / "dask_graph.py"
OUTPUTS = ("results.jsonl", "graph.dot", "graph.graphml")


def corpus(tmp_path, malformed):
    """The sample articles as a folder, plus a JSON Lines file of sentences written for this test."""
    lines = []
    for i in range(40):
        text = (MEETING, MEETING_ACCENTED)[i % 2].replace("Maret", ("Maret", "April", "Mei")[i % 3])
        lines.append(json.dumps({"id": f"line-{i}", "text": text}))
    if malformed:
        lines[7] = "{not json"
        lines[21] = json.dumps({"id": "no text"})
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SOURCE / "examples" / "articles"), str(path)]


def run(inputs, out, *extra):
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, str(EXAMPLE), *inputs, "--out", str(out), "--chunk-lines", "3", *extra],
                          capture_output=True, text=True, env=env, timeout=300)
    return proc


def read(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_two_workers_equal_one_process(tmp_path):
    pytest.importorskip("distributed")
    inputs = corpus(tmp_path, malformed=True)
    single = run(inputs, tmp_path / "single", "--single")
    dask = run(inputs, tmp_path / "dask", "--workers", "2", "--partitions", "5")
    assert single.returncode == 1, single.stderr  # the malformed lines are reported
    assert dask.returncode == 1, dask.stderr
    one, two = read(tmp_path / "single"), read(tmp_path / "dask")
    for name in OUTPUTS:
        assert one[name] == two[name], name
    lines = one["results.jsonl"].decode().splitlines()
    n = len(list((SOURCE / "examples" / "articles").glob("*.txt")))  # the sample articles come first
    assert len(lines) == n + 40  # one line per input, in input order
    assert json.loads(lines[n + 7])["error"].endswith("corpus.jsonl:8: not JSON (Expecting property name enclosed in double quotes)")
    assert "corpus.jsonl:22" in json.loads(lines[n + 21])["error"]
    assert json.loads(lines[n + 8])["doc"] == "line-8"
    assert b"Hun Manet" in one["graph.dot"]


def test_dask_equals_jumpa_extract(tmp_path, cli):
    pytest.importorskip("distributed")
    inputs = corpus(tmp_path, malformed=False)
    dask = run(inputs, tmp_path / "dask", "--workers", "2", "--partitions", "3")
    assert dask.returncode == 0, dask.stderr
    got = read(tmp_path / "dask")
    folder, jsonl = inputs
    texts = subprocess.run([cli, "-q", folder], capture_output=True, check=True).stdout
    lines = subprocess.run([cli, "-q", "--input-format", "jsonl", jsonl], capture_output=True, check=True).stdout
    assert got["results.jsonl"] == texts + lines
    for fmt, name in (("dot", "graph.dot"), ("graphml", "graph.graphml")):
        merged = subprocess.run([cli, "-q", "--merge", "--format", fmt, "-"], input=texts + lines,
                                capture_output=True, check=True).stdout
        assert got[name] == merged, name


def test_bad_gazetteer_fails_before_the_cluster_starts(tmp_path):
    bad = SOURCE / "tests" / "fixtures" / "gazetteers" / "malformed-row"
    proc = run([str(SOURCE / "examples" / "articles")], tmp_path / "x", "-g", str(bad))
    assert proc.returncode == 2
    assert "malformed-row" in proc.stderr and ":" in proc.stderr


def test_a_running_scheduler_is_used(tmp_path):
    distributed = pytest.importorskip("distributed")
    inputs = corpus(tmp_path, malformed=False)
    single = run(inputs, tmp_path / "single", "--single")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        remote = run(inputs, tmp_path / "remote", "--scheduler", c.scheduler_address, "--partitions", "4")
        workers = len(c.scheduler_info["workers"])
    assert remote.returncode == 0 and single.returncode == 0, remote.stderr
    assert workers == 2
    assert read(tmp_path / "remote") == read(tmp_path / "single")
