"""Shared fixtures: every test gets its own data folder, never the real home."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# The default run tries the same generated examples every time (seeded by each test's
# name): a clean checkout passes or fails the same way on every machine, and a failure
# seen once is seen again. `pytest --hypothesis-profile=explore` looks further, with
# fresh examples each run; what it finds becomes a plain test.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile("default")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Anything that forgets to take a data dir lands in a temporary home, not the real one.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("READER_DATA_DIR", raising=False)
    monkeypatch.delenv("READER_CACHE_DIR", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def seed_path() -> Path:
    return SEEDS / "000_fd2925097feaa98e.txt"


@pytest.fixture
def build_hook() -> ModuleType:
    """hatch_build.py loaded as a module: it lies beside the package, not inside it."""
    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
