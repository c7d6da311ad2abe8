"""The README's Python quickstart runs and prints what its comment says."""
import os
import re
import subprocess
import sys

import pytest

from conftest import SOURCE


def quickstart():
    readme = (SOURCE / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)
    assert blocks, "README has no python block"
    return blocks[0]


def test_the_quickstart_is_ten_lines_and_runs():
    pytest.importorskip("networkx")
    code = quickstart()
    lines = [x for x in code.splitlines() if x.strip()]
    assert len(lines) <= 11  # "a 10-line quickstart" (import included)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    printed = proc.stdout.splitlines()
    promised = re.search(r"print\(f\"\{a\.name\}.*#\s*(.+)$", code, re.M).group(1).strip()
    assert printed[0] == promised
    count, word = printed[1].split()
    assert word == "entities" and int(count) >= 3
