"""Build hook: an editable install byte-compiles the package where it lies.

A regular install compiles the modules it copies into site-packages (pip does so by
default); an editable one runs them from this checkout, where nothing is compiled until
Python imports them, and where a process run with PYTHONDONTWRITEBYTECODE set compiles
every module again at each start: a third of the time of a one-article
`reader analyze`. Compiling them here, once, gives an editable install the bytecode a
regular one has. Python checks each cached file against its source (size and
modification time) and compiles a module afresh when its source has changed since.
"""

from __future__ import annotations

import compileall
import py_compile
from pathlib import Path
from typing import Any


def compile_for(target_name: str, version: str, root: Path) -> bool:
    """Byte-compile `root`/reader when building the editable wheel; True when it did."""
    if target_name != "wheel" or version != "editable":
        return False  # a regular wheel's modules are compiled by the installer
    return bool(compileall.compile_dir(
        root / "reader", quiet=1, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP))


def get_build_hook() -> type:
    """The hook class, for hatchling (imported here: only a build has hatchling)."""
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface

    class CompileEditable(BuildHookInterface):
        PLUGIN_NAME = "custom"

        def initialize(self, version: str, build_data: dict[str, Any]) -> None:
            compile_for(self.target_name, version, Path(self.root))

    return CompileEditable
