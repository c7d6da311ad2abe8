"""`cmake --install` puts the package where the system Python finds it."""
import os
import pathlib
import subprocess
import sys

import pytest

BUILD = os.environ.get("JUMPA_BUILD_DIR")
PREFIX = os.environ.get("JUMPA_INSTALL_PREFIX", "/usr/local")
SITE = os.environ.get("JUMPA_PYTHON_INSTALL_DIR")


@pytest.mark.skipif(not BUILD or not SITE, reason="run through ctest (needs the build dir)")
def test_installed_package_imports_and_sits_on_the_system_path(tmp_path):
    stage = tmp_path / "stage"
    env = dict(os.environ, DESTDIR=str(stage))
    subprocess.run([os.environ.get("JUMPA_CMAKE", "cmake"), "--install", BUILD], env=env, check=True,
                   capture_output=True, timeout=300)
    target = pathlib.Path(PREFIX) / SITE
    staged = stage / target.relative_to("/")
    assert (staged / "jumpa" / "__init__.py").is_file() and (staged / "jumpa" / "_jumpa.pyi").is_file()
    assert list((staged / "jumpa").glob("_jumpa*.so"))
    # The system Python (no PYTHONPATH) looks exactly there.
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    paths = subprocess.run([sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"], env=clean,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert str(target) in paths
    code = ("import jumpa, sys; d = jumpa.Extractor().extract('Menlu RI Sugiono bertemu dengan Perdana Menteri "
            "Kamboja Hun Manet pada 3 Maret 2025.'); print(jumpa.__file__); print(d.relations)")
    run = subprocess.run([sys.executable, "-c", code], env=dict(clean, PYTHONPATH=str(staged)), capture_output=True,
                         text=True, check=True, cwd=tmp_path)
    file, relations = run.stdout.splitlines()
    assert file.startswith(str(staged)) and "Relation met" in relations
