# What mypy (and so mypyc) reads for compile_marks.py: mypy_extensions' own mark, which
# mypyc recognises by this name when it compiles the classes that carry it.
from mypy_extensions import mypyc_attr as mypyc_attr
