"""Build hook: the analyser compiled with mypyc, and an editable install's bytecode.

The analyser (reader/analysis/, but for its __init__.py and its data tables) is plain
typed Python that mypyc (part of mypy, MIT) compiles to C extension modules: the same
rules, run about a third faster. A regular wheel carries the compiled modules beside
their sources; an editable install builds them in place, next to the sources, and
writes a stamp of the sources they were built from (reader/analysis/__init__.py runs
the sources instead when one has changed since). When compiling is not possible (no C
compiler, no Python headers) or not wanted (READER_PURE_PYTHON=1), the build says so
and the package is the plain Python one, which gives the same answers.

An editable install also byte-compiles the package where it lies. A regular install
compiles the modules it copies into site-packages (pip does so by default); an editable
one runs them from this checkout, where nothing is compiled until Python imports them,
and where a process run with PYTHONDONTWRITEBYTECODE set compiles every module again at
each start: a third of the time of a one-article `reader analyze`.
"""

from __future__ import annotations

import compileall
import contextlib
import os
import py_compile
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PURE_PYTHON_VARIABLE = "READER_PURE_PYTHON"
# The compiled modules share one library, reader/analysis/_native__mypyc.<abi>.so.
GROUP_NAME = "reader.analysis._native"
# Written by an editable build beside the compiled modules: the sources they were built
# from (reader/analysis/__init__.py reads it; the name is repeated there).
STAMP_NAME = "_native_sources.txt"
_ANALYSIS = Path("reader") / "analysis"
# The compiled modules' own functions and tables are not exported from their libraries:
# every one of the shared library's 2,900 symbols was exported, so each reference to
# one from its own code was a symbol the dynamic linker looked up at every start (2,700
# at load, 900 more at their first call; some 7 M instructions) and each call between
# them went through the library's table of calls, which also kept the compiler from
# inlining them. Python finds a module by its PyInit_ function alone (Python's
# PyMODINIT_FUNC exports it), and the modules reach the shared library through a
# capsule, not by its symbols.
HIDDEN_SYMBOLS = "-fvisibility=hidden"
# Kept as Python: __init__ checks the stamp before any compiled module is imported.
_NOT_COMPILED = frozenset({"__init__.py", "compile_marks.py"})


def native_sources(root: Path) -> list[Path]:
    """The modules mypyc compiles, relative to `root`, in a stable order."""
    return sorted(path.relative_to(root) for path in (root / _ANALYSIS).glob("*.py")
                  if path.name not in _NOT_COMPILED)


def stamp_lines(root: Path, sources: list[Path]) -> str:
    """The stamp's text: a line "name size mtime_ns" for each compiled source."""
    lines = []
    for source in sources:
        info = (root / source).stat()
        lines.append(f"{source.name} {info.st_size} {info.st_mtime_ns}\n")
    return "".join(lines)


def wants_native() -> bool:
    """False when READER_PURE_PYTHON asks for a build without compiled modules."""
    return os.environ.get(PURE_PYTHON_VARIABLE, "").strip() not in {"1", "true", "yes"}


def _built_in_place(root: Path) -> list[Path]:
    """What an earlier editable build left beside the sources."""
    folder = root / _ANALYSIS
    return [*folder.glob("*.so"), *folder.glob("*.pyd"), *folder.glob(STAMP_NAME)]


def remove_built_in_place(root: Path) -> None:
    """Take away an earlier editable build's compiled modules and stamp."""
    for path in _built_in_place(root):
        path.unlink()


@contextlib.contextmanager
def _working_directory(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def compile_native(root: Path, work: Path) -> list[Path]:
    """Compile the analyser's modules under `work`; the built files, relative to
    work/"lib" (reader/analysis/people.<abi>.so, ...). Raises when it cannot."""
    from mypyc.build import mypycify  # only a build has mypy and setuptools
    from setuptools import Distribution

    # mypy reads its options from this file only: pyproject.toml's [tool.mypy] names
    # the whole package, and setuptools would read its [project] table. Not strict: the
    # build's own environment has none of the package's dependencies, so a value from
    # one of them is Any (`mypy` in the checkout, with them, is strict).
    config = work / "mypyc.ini"
    config.write_text(f"[mypy]\npython_version = "
                      f"{sys.version_info[0]}.{sys.version_info[1]}\n"
                      f"cache_dir = {work / 'mypy-cache'}\nignore_missing_imports = True\n",
                      encoding="utf-8")
    sources = [str(path) for path in native_sources(root)]
    with _working_directory(root):  # mypy names modules from paths under the root
        extensions = mypycify(["--config-file", str(config), *sources], opt_level="3",
                              group_name=GROUP_NAME, target_dir=str(work / "c"))
        if os.name == "posix":  # (gcc and clang; MSVC hides what it does not export)
            for extension in extensions:
                extension.extra_compile_args.append(HIDDEN_SYMBOLS)
        distribution = Distribution({"name": "reader-native", "ext_modules": extensions})
        command: Any = distribution.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.parallel = os.cpu_count() or 1
        distribution.run_command("build_ext")
    lib = work / "lib"
    return sorted(path.relative_to(lib) for path in lib.rglob("*")
                  if path.is_file() and path.suffix in {".so", ".pyd"})


def compile_for(target_name: str, version: str, root: Path) -> bool:
    """Byte-compile `root`/reader when building the editable wheel; True when it did."""
    if target_name != "wheel" or version != "editable":
        return False  # a regular wheel's modules are compiled by the installer
    return bool(compileall.compile_dir(
        root / "reader", quiet=1, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP))


def get_build_hook() -> type:
    """The hook class, for hatchling (imported here: only a build has hatchling)."""
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface

    class ReaderBuild(BuildHookInterface):  # type: ignore[type-arg]
        PLUGIN_NAME = "custom"
        _work: Path | None = None

        def initialize(self, version: str, build_data: dict[str, Any]) -> None:
            root = Path(self.root)
            if self.target_name == "wheel":
                self._native(root, version, build_data)
            compile_for(self.target_name, version, root)

        def finalize(self, version: str, build_data: dict[str, Any],
                      artifact_path: str) -> None:
            if self._work is not None:
                shutil.rmtree(self._work, ignore_errors=True)

        def _native(self, root: Path, version: str, build_data: dict[str, Any]) -> None:
            editable = version == "editable"
            if editable:
                remove_built_in_place(root)  # never a compiled copy of older sources
            if not wants_native():
                self.app.display_info(f"{PURE_PYTHON_VARIABLE} is set: the analyser is "
                                      "built as plain Python")
                return
            self._work = Path(tempfile.mkdtemp(prefix="reader-mypyc-"))
            self.app.display_info("compiling the analyser with mypyc (a few minutes; "
                                  f"{PURE_PYTHON_VARIABLE}=1 skips it)")
            try:
                built = compile_native(root, self._work)
            except (Exception, SystemExit) as error:  # distutils ends some errors so
                self.app.display_warning(
                    f"the analyser could not be compiled ({type(error).__name__}: {error}); "
                    "it is built as plain Python, which gives the same answers, slower")
                return
            lib = self._work / "lib"
            if editable:
                for path in built:
                    shutil.copy2(lib / path, root / path)
                (root / _ANALYSIS / STAMP_NAME).write_text(
                    stamp_lines(root, native_sources(root)), encoding="utf-8")
                return
            for path in built:
                build_data["force_include"][str(lib / path)] = path.as_posix()
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    return ReaderBuild
