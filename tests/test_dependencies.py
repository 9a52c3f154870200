"""Every package the product imports is installed in production, where dev packages are not.

The image installs `uv sync --locked --no-dev`: a module that only a dev package brings (httpx was
one) passes every test here and crashes the worker in production.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
from collections.abc import Iterator

import tomli

from bot.settings import PROJECT_ROOT

PRODUCT_PACKAGES = ("bot", "knowledge", "actions")
LOCAL = {*PRODUCT_PACKAGES, "migrations", "tests"}
# The load benchmark runs from a development checkout (`python -m bot.bench.load`), never in
# production: it may measure the processes with a dev package.
DEV_ONLY_IMPORTS = {"bot/bench/load.py": {"psutil"}}


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure() -> set[str]:
    """Every distribution `uv sync --no-dev` installs, from uv.lock."""
    lock = tomli.loads((PROJECT_ROOT / "uv.lock").read_text(encoding="utf-8"))
    packages = {normalized(p["name"]): p for p in lock["package"]}
    wanted = [normalized(d["name"]) for d in packages["steunwijzer"]["dependencies"]]
    seen: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.add(name)
        package = packages[name]
        wanted += [normalized(d["name"]) for d in package.get("dependencies", [])]
        for extra in package.get("optional-dependencies", {}).values():
            wanted += [normalized(d["name"]) for d in extra]
    return seen


def imported_top_levels() -> Iterator[tuple[str, str]]:
    """(module file, top-level name) of every absolute import in the product's code."""
    for package in PRODUCT_PACKAGES:
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    yield str(path.relative_to(PROJECT_ROOT)), name.split(".")[0]


def distributions_by_top_level() -> dict[str, list[str]]:
    """Which installed distributions bring each top-level module, from their file lists (Python
    3.10's packages_distributions reads only top_level.txt, which uv-built wheels often lack)."""
    found: dict[str, list[str]] = {}
    for distribution in importlib.metadata.distributions():
        tops = {
            file.parts[0].removesuffix(".py")
            for file in distribution.files or []
            if file.parts and not file.parts[0].endswith((".dist-info", ".data"))
        }
        for top in tops:
            found.setdefault(top, []).append(distribution.metadata["Name"])
    return found


def test_every_third_party_import_is_a_runtime_dependency() -> None:
    closure = runtime_closure()
    distributions = distributions_by_top_level()
    missing = set()
    for where, top in imported_top_levels():
        if top in sys.stdlib_module_names or top in LOCAL:
            continue
        if top in DEV_ONLY_IMPORTS.get(where, ()):
            continue
        names = distributions.get(top) or [top]
        if not any(normalized(name) in closure for name in names):
            missing.add(f"{top} ({where})")
    assert not missing, f"imported, but only a dev package brings it: {sorted(missing)}"


def test_the_check_sees_a_dev_only_package() -> None:
    assert "pytest" not in runtime_closure()
    assert "httpx" in runtime_closure()
