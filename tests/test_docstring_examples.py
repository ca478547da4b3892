"""Every public module-level function and class of the library shows a runnable example in its docstring.

pytest runs the examples (``--doctest-modules``); this test makes sure each has one to run. ``cli.py`` is
left out: its commands carry their examples in their ``--help`` text, which test_cli.py checks.
"""

from __future__ import annotations

import ast
import textwrap

from conftest import REPO

PACKAGE = REPO / "bdtools"
SKIPPED = {"bdtools/cli.py"}


def missing_examples(source: str) -> list[tuple[int, str]]:
    """(line, name) of each public module-level function or class whose docstring has no ``>>>`` example."""
    return [
        (node.lineno, node.name)
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        and not node.name.startswith("_")
        and ">>>" not in (ast.get_docstring(node) or "")
    ]


def test_the_check_finds_public_definitions_without_example():
    source = textwrap.dedent('''
        def shown():
            """Shown.

            >>> shown()
            """

        def bare():
            """No example."""

        class Plain:
            def method(self):
                """Methods are not checked."""

        def _private():
            pass
    ''')
    assert missing_examples(source) == [(8, "bare"), (11, "Plain")]


def test_every_public_function_and_class_has_an_example():
    modules = [path for path in sorted(PACKAGE.rglob("*.py")) if path.relative_to(REPO).as_posix() not in SKIPPED]
    assert len(modules) > 10, modules
    offenders = [
        f"{path.relative_to(REPO).as_posix()}:{line} {name}"
        for path in modules
        for line, name in missing_examples(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "no >>> example in the docstring of:\n" + "\n".join(offenders)
