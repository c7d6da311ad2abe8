"""Shared fixtures of the Python tests: the package under test comes from
PYTHONPATH (the build tree, set by ctest), the CLI from JUMPA_EXTRACT."""
import os
import pathlib
import shutil

import pytest

SOURCE = pathlib.Path(os.environ.get("JUMPA_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))

# Sentences written for these tests (not from any evaluation article).
MEETING = ("PHNOM PENH, 3 Maret 2025 - Menlu RI Sugiono bertemu dengan Perdana Menteri Kamboja Hun Manet di "
           "Istana Perdamaian pada Senin (3/3).")
# Non-ASCII before the names, so str indices and byte offsets differ.
MEETING_ACCENTED = ("PHNOM PENH, 4 Maret 2025 — «Pertemuan» ini penting. Menteri Luar Negeri China Wang Yi "
                    "bertemu dengan Perdana Menteri Kamboja Hun Manet di Phnom Penh pada Selasa (4/3).")


@pytest.fixture(scope="session")
def jumpa():
    import jumpa as module
    return module


@pytest.fixture(scope="session")
def extractor(jumpa):
    return jumpa.Extractor()


@pytest.fixture(scope="session")
def cli():
    exe = os.environ.get("JUMPA_EXTRACT") or shutil.which("jumpa-extract")
    if not exe:
        pytest.skip("jumpa-extract not built")
    return exe


@pytest.fixture(scope="session")
def articles():
    return sorted((SOURCE / "examples" / "articles").glob("*.txt"))
