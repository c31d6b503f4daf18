"""The core packages never import Textual: proved by importing them with it blocked."""

from __future__ import annotations

import subprocess
import sys

CORE = ("reader.analysis", "reader.articles", "reader.store", "reader.commands.analyze",
        "reader.commands.export", "reader.commands.import_store")


def test_core_packages_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'textual' or name.startswith('textual.'):\n"
        "            raise ImportError('textual is blocked in the core')\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {mod}\n" for mod in CORE)
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
