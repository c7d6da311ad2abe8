"""The JSON Lines stdin/stdout contract that Spark's RDD.pipe and Hadoop
Streaming pipe through: one output line per input line, in order, a malformed
line answered by an error line (never a lost or shifted line), nothing held
back once the input ends."""
import json
import queue
import subprocess
import threading

import pytest

from conftest import MEETING, MEETING_ACCENTED

MAPPER = ["-q", "--input-format", "jsonl"]


def lines_of(items):
    return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in items)


def run(cli, args, stdin):
    return subprocess.run([cli, *args], input=stdin.encode(), capture_output=True, timeout=120)


def corpus(n=12):
    return [{"id": f"doc-{i}", "text": (MEETING, MEETING_ACCENTED)[i % 2]} for i in range(n)]


def test_one_line_out_per_line_in_and_errors_in_place(cli):
    items = corpus(6)
    items[1] = "{not json"
    items[3] = {"id": "no-text"}
    items[4] = {"id": "bad-date", "text": MEETING, "published": "2025-13-45"}
    items.append({"id": 17, "text": MEETING})
    proc = run(cli, MAPPER, lines_of(items))
    out = proc.stdout.decode().splitlines()
    assert len(out) == len(items)
    answers = [json.loads(x) for x in out]
    for n, (item, answer) in enumerate(zip(items, answers), 1):
        if n in (2, 4, 5):
            assert set(answer) == {"error"} and answer["error"].startswith(f"stdin:{n}:"), answer
        else:
            assert answer["doc"] == str(item["id"])
    assert proc.returncode == 1  # failures are counted, the rest is still written
    assert b"stdin:2:" in proc.stderr


def test_a_blank_line_is_answered_too(cli):
    items = [corpus(1)[0], "", "   ", corpus(2)[1]]
    out = run(cli, MAPPER, lines_of(items)).stdout.decode().splitlines()
    assert len(out) == len(items)
    assert json.loads(out[0])["doc"] == "doc-0" and json.loads(out[3])["doc"] == "doc-1"
    assert "error" in json.loads(out[1]) and "error" in json.loads(out[2])


def test_last_line_without_newline_and_crlf(cli):
    stdin = lines_of(corpus(3)).replace("\n", "\r\n", 1).rstrip("\n")
    out = run(cli, MAPPER, stdin).stdout.decode().splitlines()
    assert [json.loads(x)["doc"] for x in out] == ["doc-0", "doc-1", "doc-2"]


def test_everything_is_written_when_the_input_ends(cli):
    # Written while the process runs, stdin closed: every answer must arrive and the process end.
    items = corpus(200)
    p = subprocess.Popen([cli, *MAPPER, "-j", "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    out, _ = p.communicate(lines_of(items).encode(), timeout=120)
    assert p.returncode == 0
    assert [json.loads(x)["doc"] for x in out.decode().splitlines()] == [x["id"] for x in items]


def test_each_answer_comes_before_the_next_line_is_sent(cli):
    # A pipe driven one line at a time (stdin kept open) gets every answer
    # without more input or end of input: with one job (the default) each
    # line is answered before the next is read.
    p = subprocess.Popen([cli, *MAPPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    answers: "queue.Queue[bytes]" = queue.Queue()
    threading.Thread(target=lambda: [answers.put(x) for x in p.stdout], daemon=True).start()
    try:
        for item in corpus(3) + ["{broken"]:
            p.stdin.write(lines_of([item]).encode())
            p.stdin.flush()
            try:
                answer = json.loads(answers.get(timeout=20))  # a hang guard, not a timing assertion
            except queue.Empty:
                pytest.fail(f"no answer to {str(item)[:40]!r} while stdin stays open")
            assert answer.get("doc", answer.get("error")) is not None
    finally:
        p.kill()
        p.wait()


def test_spark_pipe_partitions_concatenate_to_one_run(cli):
    # RDD.pipe runs the command once per partition; the parts must add up to one run.
    items = corpus(10)
    whole = run(cli, MAPPER, lines_of(items)).stdout
    parts = b"".join(run(cli, MAPPER, lines_of(items[i:i + 4])).stdout for i in range(0, 10, 4))
    assert parts == whole


def test_hadoop_streaming_mapper_and_reducer(cli):
    # map: jumpa-extract per split; shuffle: lines sorted; reduce: --merge from stdin.
    items = corpus(9)
    mapped = [run(cli, MAPPER, lines_of(items[i:i + 3])).stdout for i in range(0, 9, 3)]
    shuffled = b"".join(sorted(b"".join(mapped).splitlines(keepends=True)))
    reduced = subprocess.run([cli, "-q", "--merge", "--format", "graphml", "-"], input=shuffled,
                             capture_output=True, timeout=120, check=True).stdout
    direct = run(cli, MAPPER[:1] + ["--input-format", "jsonl", "--format", "graphml"], lines_of(items)).stdout
    assert reduced == direct and b"<graphml" in reduced
