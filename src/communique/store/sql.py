"""What ``communique query`` accepts: exactly one read statement, checked by DuckDB's own parser
before anything runs.

Accepted: SELECT (and what DuckDB parses as one: WITH, FROM-first, VALUES, DESCRIBE, SUMMARIZE,
SHOW), EXPLAIN of such a statement, and the PRAGMAs in ``READ_PRAGMAS``. Everything else (a
write, CALL, SET, ATTACH, COPY, LOAD, several statements, none) is refused with one error
before execution. The read-only connection also locks DuckDB's configuration
(``lock_configuration``), so a table function that changes a setting from inside a SELECT
(``SELECT * FROM enable_logging(...)``, which can later abort the process) fails cleanly.
"""

from __future__ import annotations

import re

import duckdb

from communique.errors import StoreError

#: PRAGMAs that only report (the name after PRAGMA); ``PRAGMA x = y`` is a setting, refused.
READ_PRAGMAS = frozenset(
    {
        "version",
        "database_size",
        "database_list",
        "table_info",
        "show",
        "show_tables",
        "show_tables_expanded",
        "show_databases",
        "storage_info",
        "functions",
        "collations",
        "platform",
        "user_agent",
        "metadata_info",
    }
)
_PRAGMA = re.compile(r"\s*pragma\s+(\w+)\s*(\(|;|$)", re.IGNORECASE)
_EXPLAIN = re.compile(r"\s*explain\s+(analy[sz]e\s+)?", re.IGNORECASE)
READ_KINDS = "SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN or a reporting PRAGMA"


def _statements(con: duckdb.DuckDBPyConnection, sql: str, path: str) -> list:  # type: ignore[type-arg]
    try:
        return list(con.extract_statements(sql))
    except duckdb.Error as exc:
        reason = str(exc).splitlines()[0]
        raise StoreError("E307", input=path, reason=reason) from exc


def _refuse(path: str, what: str) -> StoreError:
    return StoreError("E301", input=path, reason=f"{what}; give one {READ_KINDS} statement")


def check_read_statement(con: duckdb.DuckDBPyConnection, sql: str, path: str) -> str:
    """The one read statement in ``sql`` (its text), or StoreError E301/E307/E308."""
    found = _statements(con, sql, path)
    if len(found) != 1:
        raise StoreError("E308", input=path, count=len(found))
    stmt = found[0]
    kind = stmt.type.name
    text = stmt.query.strip().rstrip(";").strip() or sql
    if kind == "SELECT":
        return text
    if kind == "PRAGMA":
        match = _PRAGMA.match(text)
        if match and match.group(1).lower() in READ_PRAGMAS:
            return text
        raise _refuse(path, "this PRAGMA changes or reaches outside the store")
    if kind == "EXPLAIN":
        inner = _EXPLAIN.match(text)
        if inner:
            check_read_statement(con, text[inner.end() :], path)
            return text
    raise _refuse(path, f"a {kind} statement is not a read")
