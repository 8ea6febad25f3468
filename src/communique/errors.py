"""One catalogue of errors, each saying what went wrong and how to fix it (after spaCy's errors.py).

Raise ``InputError("E101", input=name)``; the message is looked up here and formatted. The CLI
prints ``communique: <input>: <message>`` on one line, never a traceback.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # the run itself
    "E002": "interrupted by {signal}; nothing half-written was kept (the batch in flight was "
    "rolled back; ingest --resume goes on from what was committed)",
    # settings
    "E010": "setting {name} is empty; give an installed spaCy pipeline name or a model directory",
    "E011": "setting {name}={value!r} is not a valid positive number",
    "E012": "setting {name}={value!r} must be between 0 and 1",
    "E013": "unknown setting(s) {name}; see communique/data/defaults.toml for the known ones",
    # model
    "E021": "cannot import {module} ({reason}), which reading {what} needs; install it: "
    "pip install {package}",
    "E020": (
        "spaCy pipeline {model!r} is not installed (communique never downloads models); run the "
        "README's set-up command, or set COMMUNIQUE_SPACY_MODEL / --model to an installed "
        "pipeline or a model directory"
    ),
    # engines
    "E030": (
        "--engine ray needs Ray, which is not installed; install the extra: "
        "pip install 'communique[ray]'"
    ),
    "E031": "the Ray engine failed: {reason}",
    # inputs
    "E100": "input not found; check the path",
    "E101": "empty input (no text after reading); nothing to extract",
    "E102": "binary input (not text, HTML or JSON Lines); give a text file",
    "E103": (
        "cannot decode the bytes as text (not UTF-8, and no other encoding fits); re-save it as "
        "UTF-8"
    ),
    "E104": "input is {size} bytes, over the limit of {limit}; raise --max-bytes if it is real",
    "E105": "text is not English (detected {lang!r}, p={prob:.2f}); only English is supported",
    "E106": "malformed HTML: {reason}",
    "E107": "malformed JSON Lines record: {reason}",
    "E108": "no main text found in the HTML page (navigation or boilerplate only)",
    "E109": "unsupported file type {suffix!r}; give .txt, .html/.htm, .jsonl or a directory",
    "E110": "bad publication date {value!r}; use YYYY-MM-DD",
    "E111": "cannot read the input ({reason}); check its permissions",
    "E112": "the page's main text is a {kind}, not an article ({why}); give the full article "
    "page (a truncated download or a consent/subscription page has no article in it)",
    # evaluation
    "E120": 'gold file\'s article {article!r} not found next to it or one folder up; fix "article"',
    "E121": "malformed gold file: {reason}",
    "E122": "article {article!r} not found in the NAEB corpus ({where}); set COMMUNIQUE_NAEB to "
    "the corpus articles.jsonl or run from a folder beside shared/",
    "E123": "document {article!r} not found in the MEANTIME corpus ({where}); set "
    "COMMUNIQUE_MEANTIME to its intra-doc_annotation folder or run from a folder beside shared/",
    # pipeline / store
    "E200": "processing failed inside stage {stage!r}: {reason}; please report it with the input",
    "E201": "a worker process died while processing this article ({reason}); try --workers 1",
    "E300": "store {path!r} has schema version {found}, newer than this communique ({known})",
    "E301": "query refused: the store is opened read-only ({reason})",
    "E302": "{path!r} is not a communique store (no schema version); give a file made by ingest",
    "E303": "store {path!r} has schema version {found}, older than this communique ({known}); "
    "run communique ingest on it once to migrate it",
    "E304": "{what} failed: {reason}",
    "E305": "store {path!r} not found; run communique ingest first or check --db",
    "E306": "cannot open the store {path!r}: {reason}",
    "E307": "cannot parse the query ({reason}); give one SQL statement in DuckDB's dialect",
    "E308": "the query must be exactly one SQL statement, got {count}; run one at a time",
    "E309": "no Parquet output in {path!r} (no articles/*.parquet); give the --out folder of "
    "communique ingest --engine ray",
    "E400": "the packaged example article is missing from this installation ({reason})",
    # service (communique serve)
    "E500": "request body is {size} bytes, over the service's limit of {limit}; send less, or "
    "start communique serve with a larger --max-bytes",
    "E501": "no {what} {key!r} here; see GET {where} for what there is",
    "E502": "bad request: {reason}; see /docs for the parameters",
    "E503": "this server opened the store read-only; restart communique serve without "
    "--read-only to ingest through it",
    "E504": "internal error ({reason}); please report it with the request",
}


#: Inputs refused by policy, not broken: a corpus holds some, so ``ingest`` counts them as
#: skipped (with the reason) and they do not fail the run unless ``--strict``.
POLICY_SKIPS: dict[str, str] = {"E105": "not English", "E108": "too short"}


class CommuniqueError(Exception):
    """Base class: ``code`` indexes MESSAGES; ``input`` names the article or file concerned."""

    def __init__(self, code: str, input: str | None = None, **fmt: Any) -> None:
        self.code = code
        self.input = input
        self.fmt = fmt
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"[{self.code}] " + MESSAGES[self.code].format(**self.fmt)

    @property
    def policy_skip(self) -> bool:
        return self.code in POLICY_SKIPS

    def line(self) -> str:
        """The one line printed on stderr."""
        return f"{self.input}: {self.message}" if self.input else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross process boundaries (worker -> parent); rebuild from code and fields.
        return (_rebuild, (type(self), self.code, self.input, self.fmt))


def _rebuild(
    cls: type[CommuniqueError], code: str, input: str | None, fmt: dict[str, Any]
) -> CommuniqueError:
    return cls(code, input, **fmt)


class ConfigError(CommuniqueError):
    pass


class InputError(CommuniqueError):
    pass


class ModelError(CommuniqueError):
    pass


class StageError(CommuniqueError):
    pass


class StoreError(CommuniqueError):
    pass


class ServiceError(CommuniqueError):
    pass
