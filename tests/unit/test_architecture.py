"""The layering of README.md's Layout section holds (import-linter's contracts in pyproject.toml),
and modules and functions stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


DOMAIN_MAY_IMPORT = frozenset({"ortools", "pint", "rapidfuzz"})  # besides the standard library


def test_the_domain_imports_only_the_standard_library_and_the_listed_libraries():
    import grimp

    graph = grimp.build_graph("backstrong", include_external_packages=True, cache_dir=None)
    outside = {
        imported.split(".")[0]
        for module in graph.find_descendants("backstrong.domain") | {"backstrong.domain"}
        for imported in graph.find_modules_directly_imported_by(module)
        if not imported.startswith("backstrong")
    }
    unexpected = outside - DOMAIN_MAY_IMPORT - set(sys.stdlib_module_names)
    assert not unexpected, f"the domain imports {sorted(unexpected)}"


MAX_MODULE_LINES = 400  # a module over budget is split, not excused (README.md: Layout)
MAX_FUNCTION_LINES = 50


def test_modules_and_functions_stay_small():
    import ast

    too_long = []
    for path in (ROOT / "src" / "backstrong").rglob("*.py"):  # migrations too
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_MODULE_LINES:
            too_long.append(f"{path.name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.name}:{node.lineno} {node.name}: {length} lines")
    assert not too_long, too_long
