"""The actors stage. Entry point: `run(doc, record, ctx)`, which writes only `record.actors`.

Order of work, each step in its own module (the publisher's country, `outlet`, is a prior
for the article's home country when its text names none clearly):
recognise (NER + KB names + news repairs) -> build (KB linking, unknown names, surnames) ->
groups ("U.S. officials", "Russian state media") -> generic ("Analysts said") ->
collective ("Police in Nairobi") ->
nationals ("a French tourist", "Israeli jets") ->
roles (titles, appositions) -> coref (descriptions, pronouns, "the agency") ->
holders ("the Bolivian president": the office's holder on the date) ->
context.fill_home (the home country for the actors nothing else placed) ->
finalize (names, codes, roles on the article's date).
Later stages ask `communique.actors.lookup`, never these modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors import (
    build,
    collective,
    context,
    coref,
    finalize,
    generic,
    groups,
    holders,
    nationals,
    orgs,
    roles,
)
from communique.actors.kb import kb
from communique.actors.model import CachedDoc, State
from communique.actors.outlet import outlet_country
from communique.actors.recognise import recognise

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context


def analyse(
    doc: Doc, date: str | None, text: str | None = None, outlet: str | None = None
) -> State:
    """Prediction only: the entities of one parsed article (nothing written). ``text`` is the
    parsed text when the caller has it (``Doc.text`` rebuilds it from the tokens); ``outlet``
    the publisher's country (`outlet.outlet_country`), a prior for the home country."""
    k = kb()
    doc = CachedDoc(doc, text)  # type: ignore[assignment]
    st = State(date=date, outlet=outlet)
    st.index_sentences(doc)
    cands = recognise(doc, k)
    deferred = build.link(doc, cands, k, st)
    build.resolve_single(doc, deferred, k, st)
    orgs.acronyms(doc, st, k)
    groups.find_groups(doc, k, st)
    groups.home_government(doc, k, st)
    generic.find_generic(doc, k, st)
    collective.find_collectives(doc, k, st)
    nationals.find_nationals(doc, k, st)
    roles.learn(doc, k, st)
    coref.resolve(doc, k, st)
    holders.find_holders(doc, k, st)
    context.fill_home(k, st)
    return st


def _parsed_text(doc: Doc, ctx: Context) -> str | None:
    """``ctx.text`` when it is the text this Doc was parsed from (same length), else None."""
    text = getattr(ctx, "text", "") or ""
    if not len(doc):
        return None
    last = doc[-1]
    return text if last.idx + len(last.text_with_ws) == len(text) else None


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    date = ctx.published.isoformat() if ctx.published else None
    outlet = outlet_country(record.article.url, record.article.source)
    st = analyse(doc, date, _parsed_text(doc, ctx), outlet)
    record.actors = finalize.to_actors(record, st)
    ctx.home = st.home  # read via lookup.home_country
