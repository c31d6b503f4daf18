"""The build hook: an editable install leaves bytecode beside the sources."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def test_the_editable_wheel_compiles_the_package_and_a_regular_one_does_not(
        tmp_path: Path, build_hook: ModuleType) -> None:
    package = tmp_path / "reader" / "inner"
    package.mkdir(parents=True)
    (tmp_path / "reader" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    module = package / "mod.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(module)))
    hook = build_hook

    assert not hook.compile_for("wheel", "standard", tmp_path)
    assert not hook.compile_for("sdist", "standard", tmp_path)
    assert not cached.exists()
    assert hook.compile_for("wheel", "editable", tmp_path)
    assert cached.is_file()
    # A timestamp cache: Python takes it while the source's size and time match.
    data = cached.read_bytes()
    assert data[:4] == importlib.util.MAGIC_NUMBER and data[4:8] == b"\0\0\0\0"


def test_pyproject_runs_the_hook_and_ships_it_in_the_sdist() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "custom" in wheel["hooks"]
    assert "hatch_build.py" in config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
