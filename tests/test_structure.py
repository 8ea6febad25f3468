"""The package's shape, checked from its source: no import circle, no untyped scratch dict.

Import edges: every ``import``/``from ... import`` at module level counts, including those under
``if TYPE_CHECKING:`` (a type-only import is still a dependency, and it was the stages' half of
the old circle through ``pipeline.py``). Imports inside functions are deferred and are not
edges, with two exceptions checked on their own: no stage folder and no reader imports
``communique.pipeline`` at any level (the pipeline imports the stages, never the reverse), and
the pipeline and its worker pool (``parallel.py``) form no circle even through deferred imports.

Also checked from the source: dates are read in one place (no month-name regex outside
``time/``), and word lists are data files, not Python literals (``test_word_sets_are_data``).
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PKG = SRC / "communique"
STAGES = ("boilerplate", "actors", "time", "quotes", "events", "voice", "checks")


def _modules() -> dict[str, Path]:
    out = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The package module ``name`` refers to (a module, or the package holding a name)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _targets(node: ast.stmt, module: str, path: Path) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        pkg = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        pkg = pkg[: len(pkg) - node.level + 1]
        base = ".".join([*pkg, base] if base else pkg)
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


def _module_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements run on import: the body, and the bodies of its ``if``/``try`` blocks."""
    out: list[ast.stmt] = []
    for node in body:
        out.append(node)
        if isinstance(node, ast.If):
            out += _module_level(node.body) + _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            out += _module_level(node.body) + _module_level(node.orelse)
            out += _module_level(node.finalbody)
            for h in node.handlers:
                out += _module_level(h.body)
    return out


def _imports(module: str, nodes: list[ast.stmt]) -> set[str]:
    found = set()
    for node in nodes:
        for name in _targets(node, module, MODULES[module]):
            owner = _owner(name)
            if owner and owner != module:
                found.add(owner)
    return found


def _tree(module: str) -> ast.Module:
    return ast.parse(MODULES[module].read_text(encoding="utf-8"))


def import_graph(deferred: bool = False) -> dict[str, set[str]]:
    """Module -> the package modules it imports at module level (with ``deferred``, also
    inside functions)."""

    def nodes(m: str) -> list:  # statements, or with ``deferred`` every node
        tree = _tree(m)
        return list(ast.walk(tree)) if deferred else _module_level(tree.body)

    graph = {m: _imports(m, nodes(m)) for m in MODULES}
    for deps in graph.values():  # importing a.b.c runs a.b's __init__ first
        for dep in list(deps):
            parts = dep.split(".")
            deps.update(".".join(parts[:i]) for i in range(2, len(parts)))
    return {
        m: {d for d in ds if not m.startswith(d + ".") and d in MODULES} for m, ds in graph.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_the_stages() -> None:
    graph = import_graph()
    assert "communique.types" in graph["communique.pipeline"]
    assert "communique.actors.model" in graph["communique.actors.coref"]


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_no_circle_through_the_pipeline_even_deferred() -> None:
    """The pipeline hands its batch runner to the worker pool (``communique.parallel``) as a
    factory, so the pool never imports the pipeline back, not even inside a function."""
    runners = {"communique.pipeline", "communique.parallel"}
    assert [c for c in cycles(import_graph(deferred=True)) if runners & set(c)] == []


def test_the_cycle_finder_finds_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_stage_or_reader_imports_the_pipeline() -> None:
    lower = [m for m in MODULES if m.split(".")[1:2] and m.split(".")[1] in (*STAGES, "readers")]
    lower += ["communique.types", "communique.record", "communique.settings", "communique.nlp"]
    bad = [m for m in lower if "communique.pipeline" in _imports(m, list(ast.walk(_tree(m))))]
    assert bad == []


def test_shared_types_on_the_ground_floor() -> None:
    deps = import_graph()["communique.types"]
    assert deps <= {"communique.settings", "communique.errors"}


def test_no_untyped_scratch_dict() -> None:
    bad = [
        f"{path.relative_to(SRC)}:{n}"
        for path in PKG.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "ctx.shared" in line or ".shared[" in line
    ]
    assert bad == []


LOADERS = {"actors": "kb.py", "boilerplate": "patterns.py"}  # every other stage: lexicon.py


def _run_params(stage: str) -> list[str]:
    tree = _tree(f"communique.{stage}")
    run = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "run"]
    assert len(run) == 1, f"{stage}/__init__.py defines no run()"
    return [a.arg for a in run[0].args.args]


def test_every_stage_folder_has_the_same_shape() -> None:
    for stage in STAGES:
        folder = PKG / stage
        assert (folder / "lookup.py").is_file(), f"{stage}/ has no lookup.py"
        assert (folder / LOADERS.get(stage, "lexicon.py")).is_file(), f"{stage}/ has no loader"
        assert (PKG / "data" / stage / "SOURCES.md").is_file(), f"data/{stage}/ lacks SOURCES.md"
        # boilerplate is the text-level stage: it runs before the parse, so it takes no Doc
        want = ["record", "ctx"] if stage == "boilerplate" else ["doc", "record", "ctx"]
        assert _run_params(stage) == want, stage


def test_the_pipeline_runs_the_stages_in_order() -> None:
    from communique.pipeline import Pipeline

    names = [name for name, _ in Pipeline().stages]
    assert names == list(STAGES[1:])


#: The most complex function allowed (McCabe, as ruff's C901 counts it). Lower it when the worst
#: function is split; never raise it: split the function instead.
MAX_COMPLEXITY = 20


def test_the_complexity_threshold_only_goes_down() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lint = config["tool"]["ruff"]["lint"]
    assert "C901" in lint["select"]
    assert lint["mccabe"]["max-complexity"] <= MAX_COMPLEXITY


def test_no_function_is_more_complex_than_the_threshold() -> None:
    ruff = [sys.executable, "-m", "ruff"]
    if subprocess.run([*ruff, "--version"], capture_output=True).returncode != 0:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    cmd = [*ruff, "check", "src", "tests", "--select", "C901", "--output-format", "json"]
    cmd += ["--config", f"lint.mccabe.max-complexity={MAX_COMPLEXITY}"]
    found = json.loads(subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout)
    assert [f"{f['filename']}:{f['location']['row']} {f['message']}" for f in found] == []


def test_every_data_file_is_listed_in_its_sources() -> None:
    missing = [
        str(f.relative_to(PKG))
        for folder in (PKG / "data").iterdir()
        if folder.is_dir()
        for f in folder.iterdir()
        if f.name != "SOURCES.md" and f.name not in (folder / "SOURCES.md").read_text("utf-8")
    ]
    assert missing == []


_MONTHS = frozenset(dt.date(2000, m, 1).strftime(f) for m in range(1, 13) for f in ("%b", "%B"))


def _month_alternation(s: str) -> bool:
    """A regex written with month names: an alternation naming four months or more
    ("Jan(?:uary)?|Feb(?:ruary)?|...")."""
    found = {w[:3].title() for w in re.findall(r"[A-Za-z]+", s) if w.title() in _MONTHS | {"Sept"}}
    return "|" in s and len(found) >= 4


def test_the_month_finder_finds_one() -> None:
    assert _month_alternation(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May)\.?")
    assert not _month_alternation("from January to March, then May or June")


def test_dates_are_read_in_one_place() -> None:
    """The time stage's grammar (time/timex.py, through time/lookup.py) is the package's one
    date grammar: no module outside time/ writes month names into a regex, nor builds one from
    the calendar words (``month_numbers``, ``weekday_names``)."""
    bad = []
    for module in MODULES:
        if module.startswith("communique.time"):
            continue
        for node in ast.walk(_tree(module)):
            if isinstance(node, ast.Constant) and _month_alternation(str(node.value)):
                bad.append(f"{module}:{node.lineno} month names in a pattern")
            name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
            if name in ("month_numbers", "weekday_names"):
                bad.append(f"{module}:{node.lineno} {name}")
            if isinstance(node, ast.alias) and node.name in ("month_numbers", "weekday_names"):
                bad.append(f"{module}: imports {node.name}")
    assert bad == []


#: Literal collections of eight lower-case words or more that stay in the code: they are the
#: grammar of the tools and of the package (spaCy's dependency labels, the record's kinds, the
#: store's tables, the time grammar's pattern kinds), not English words a rule tests text
#: against. Lexicon lives in ``data/<stage>/*.txt`` (``communique.wordlists.words``).
GRAMMAR_CONSTANTS = {
    "communique.actors.collective:ARG_DEPS": "spaCy dependency labels",
    "communique.events.aim:CLIMB_PLACE": "spaCy dependency labels",
    "communique.events.arguments:DEEP_DEPS": "spaCy dependency labels",
    "communique.events.content:CLIMB": "spaCy dependency labels",
    "communique.events.coding:CYBER_DEPS": "spaCy dependency labels",
    "communique.events.syntax:CHAIN_DEPS": "spaCy dependency labels",
    "communique.events.syntax:INHERIT_DEPS": "spaCy dependency labels",
    "communique.quotes.speakers:_NP_RIGHT": "spaCy dependency labels",
    "communique.time.complement:_OBJ": "spaCy dependency labels",
    "communique.voice.voice:_COMPLEMENTS": "spaCy dependency labels",
    "communique.voice.voice:_INSIDE": "spaCy dependency labels",
    "communique.service.evidence:ORDER": "the record's item kinds, in display order",
    "communique.store.rows:TABLES": "the store's table names",
    "communique.time.resolve:_DIRECTED": "kinds of the time grammar's patterns (timex.py)",
    "communique.time.resolve:_EXPLICIT": "kinds of the time grammar's patterns (timex.py)",
    "communique.time.resolve:_RELATIVE": "kinds of the time grammar's patterns (timex.py)",
}
_LOWER_WORD = re.compile(r"[a-z][a-z'’ -]*")


def _literal_word_sets(tree: ast.Module, least: int = 8) -> list[tuple[str, int]]:
    """(owner, line) of every set/list/tuple literal (or "a b c".split()) of ``least``
    lower-case words or more; the owner is the name it is assigned to, inside its function."""
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
        ):
            strings = str(node.func.value.value).split()
        else:
            continue
        if sum(isinstance(s, str) and bool(_LOWER_WORD.fullmatch(s)) for s in strings) < least:
            continue
        names, cur = [], node
        while cur in parents:
            cur = parents[cur]
            if isinstance(cur, ast.Assign) and isinstance(cur.targets[0], ast.Name):
                names.append(cur.targets[0].id)
            elif isinstance(cur, ast.FunctionDef | ast.ClassDef):
                names.append(cur.name)
        out.append((".".join(reversed(names)), node.lineno))
    return out


def test_the_word_set_finder_finds_them() -> None:
    source = (
        'A = frozenset({"said", "told", "warned", "added", "noted", "wrote", "claimed", "asked"})\n'
        "def f(w):\n"
        '    return w in "a an the this that these those some".split()\n'
        'B = ("nsubj", "dobj")\n'
    )
    assert _literal_word_sets(ast.parse(source)) == [("A", 1), ("f", 3)]


def test_word_sets_are_data() -> None:
    """A word list a rule tests text against is a data file of its stage, listed in its
    SOURCES.md, not a Python literal; only the grammar constants above stay in the code."""
    found = {
        f"{module}:{owner}": f"{MODULES[module].relative_to(SRC)}:{line}"
        for module in MODULES
        for owner, line in _literal_word_sets(_tree(module))
    }
    assert sorted(set(found) - set(GRAMMAR_CONSTANTS)) == []
    assert sorted(set(GRAMMAR_CONSTANTS) - set(found)) == []  # gone: take it off the list


TOKEN_IDENTITY = re.compile(r"\.head is (not )?\w|\bis (not )?\w+\.head\b")


def test_no_token_is_compared_by_identity() -> None:
    """spaCy makes a new Token object on every access, so ``tok.head is tok`` is never true
    (a bug that silently dropped partial quotes): tokens are compared by ``.i``."""
    bad = [
        f"{p.relative_to(SRC)}:{n}"
        for p in sorted(PKG.rglob("*.py"))
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
        if TOKEN_IDENTITY.search(line)
    ]
    assert not bad, bad
    assert TOKEN_IDENTITY.search("if tok.head is tok:")  # the pattern finds what it should
