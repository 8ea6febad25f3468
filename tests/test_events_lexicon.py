"""The CAMEO lexicon: every code has its rows, and the rows code news sentences of every root.

The sentences are written for these tests (none is taken from a codebook, a coder dictionary or
a data set). For each CAMEO root: sentences the rules code, and look-alikes in another sense
that stay uncoded (or coded as their own sense).
"""

from __future__ import annotations

import pytest

from communique.events import code
from communique.events.lexicon import NO_EVENT, lexicon, trigger_files
from communique.events.triggers import find_triggers

SPECIAL = {"@any", "@money", "@person", "@name"}


def test_every_code_maps_to_a_plover_type_except_statements():
    lex = lexicon()
    assert len(lex.goldstein) >= 300
    for c in lex.goldstein:
        if c.startswith("01"):
            assert code.plover(c) is None, c  # a public statement is no PLOVER event
        else:
            assert code.plover(c) is not None, c
        assert code.quad_class(c) in (1, 2, 3, 4), c


def test_every_four_digit_code_has_its_parent_and_a_weight():
    lex = lexicon()
    for c in lex.goldstein:
        assert c.isdigit() and 2 <= len(c) <= 4, c
        if len(c) == 4:
            assert c[:3] in lex.goldstein, c
        assert c[:2] in lex.goldstein, c
        assert lex.labels[c], c


def test_every_code_of_cameo_tsv_has_a_trigger_row():
    lex = lexicon()
    codes = {r.cameo for rows in lex.triggers.values() for r in rows}
    roots = {c[:2] for c in codes}
    missing = [c for c in lex.goldstein if (c not in codes if len(c) > 2 else c not in roots)]
    assert missing == []


def test_rows_are_well_formed_and_filed_by_root():
    lex = lexicon()
    seen = 0
    for path in trigger_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            assert len(cols) == 6, (path.name, line)
            lemma, pos, _, cameo, _, _ = cols
            assert pos in ("V", "N", "A"), line
            assert lemma == lemma.lower() or pos == "N", line
            if path.stem == "00":
                assert cameo == NO_EVENT, line
            else:
                assert cameo[:2] == path.stem and cameo in lex.goldstein, (path.name, line)
            seen += 1
    assert seen >= 1000
    for rows in lex.triggers.values():
        for r in rows:
            for cue in r.cues:
                for w in cue.words:
                    if w.startswith("@"):
                        assert w in SPECIAL or w[1:] in lex.classes, (r, w)


def test_rows_with_more_cues_are_tried_first():
    for rows in lexicon().triggers.values():
        counts = [len(r.cues) if r.cues else -1 for r in rows]
        assert counts == sorted(counts, reverse=True), rows[0].lemma


# (sentence, expected CAMEO code or prefix, source country, target country)
CODED = [
    # 02 appeals
    ("Ukraine asked Germany for more tanks on Monday.", "0232", "UKR", "DEU"),
    ("Kenya appealed to Britain for food and medicine after the floods.", "0233", "KEN", "GBR"),
    ("Pope Francis urged Israel to agree to a ceasefire in Gaza.", "02", None, "ISR"),
    # 03 intent
    ("Japan offered humanitarian aid to Turkey after the earthquake.", "033", "JPN", "TUR"),
    ("Qatar offered to mediate between Israel and Hamas.", "03", "QAT", None),
    # 04 consultation
    ("Xi Jinping met Joe Biden on the sidelines of the summit in Lima.", "044", "CHN", "USA"),
    ("Joe Biden called Benjamin Netanyahu on Sunday.", "041", "USA", "ISR"),
    ("Egypt brokered a truce between Israel and Hamas.", "045", "EGY", None),
    # 05 diplomatic cooperation
    ("Russia struck a deal with India on oil supplies.", "057", "RUS", "IND"),
    ("Mexico and Canada ratified the trade treaty on Friday.", "057", "MEX", "CAN"),
    # 06 material cooperation
    ("Russia supplies gas to Hungary under a long-term contract.", "061", "RUS", "HUN"),
    # 07 aid
    ("The United States sent ammunition to Israel last week.", "072", "USA", "ISR"),
    ("Japan granted asylum to two Afghan journalists.", "075", "JPN", "AFG"),
    # 08 yield
    ("Israel released 39 Palestinian prisoners on Friday.", "0841", "ISR", "PSE"),
    ("Iran allowed UN inspectors into the Fordow site.", "0862", "IRN", None),
    # 09 investigate
    ("Germany is investigating Russia over the cyberattack on its parliament.", "09", "DEU", "RUS"),
    # 10 demand
    ("Canada demanded the release of Michael Kovrig from China.", "1053", "CAN", None),
    ("Poland called for new elections in Belarus.", "1044", "POL", None),
    # 11 disapprove
    ("China accused the United States of espionage.", "1125", "CHN", "USA"),
    (
        "Ukraine filed a lawsuit against Russia at the International Court of Justice.",
        "115",
        "UKR",
        "RUS",
    ),
    ("The Philippines lashed out at China over the collision.", "111", "PHL", "CHN"),
    # 12 reject
    ("North Korea rejected South Korea's offer of talks.", "125", "PRK", "KOR"),
    ("Hungary vetoed the European Union's aid package for Ukraine.", "129", "HUN", None),
    # 13 threaten
    ("The European Union threatened to impose sanctions on Georgia.", "1312", None, "GEO"),
    ("Iran threatened to attack Israel.", "138", "IRN", "ISR"),
    # 14 protest
    ("Thousands of Kenyans protested in Nairobi against the finance bill.", "141", "KEN", None),
    # 15 force posture
    ("China scrambled fighter jets near Taiwan.", "150", "CHN", None),
    # 16 reduce relations
    ("Nigeria cut electricity supplies to Niger.", "162", "NGA", "NER"),
    ("Niger expelled French troops from its territory.", "16", "NER", "FRA"),
    # 17 coerce
    ("Russia arrested an American journalist in Yekaterinburg.", "173", "RUS", "USA"),
    ("Israel demolished Palestinian homes in the West Bank.", "1712", "ISR", "PSE"),
    # 18 unconventional violence
    ("Hamas gunmen opened fire on Israeli civilians.", "18", "PSE", "ISR"),
    ("Hamas took two Israeli soldiers hostage.", "181", "PSE", "ISR"),
    # 19 conventional force
    ("Israel dropped thousands of bombs on Gaza.", "195", "ISR", "PSE"),
    ("Hamas fighters crossed into Israel at dawn.", "190", "PSE", "ISR"),
    ("Russia launched drones at Ukraine overnight.", "19", "RUS", "UKR"),
    # 20 mass violence
    ("Serbian forces massacred civilians in Bosnia.", "202", "SRB", "BIH"),
    # commercial agreements (05)
    ("The Indian government awarded a contract to Lockheed Martin.", "057", "IND", None),
    ("Turkey placed an order with Russia for S-400 air defence systems.", "057", "TUR", "RUS"),
]


def _countries(rec, ids):
    return {a.country for a in rec.actors if a.id in ids}


@pytest.mark.parametrize(("text", "cameo", "src", "tgt"), CODED, ids=[c[1] for c in CODED])
def test_rules_code_news_sentences_of_every_root(extract, text, cameo, src, tgt):
    rec = extract(text, published="2024-03-15")
    hits = [e for e in rec.events if e.cameo and e.cameo.startswith(cameo)]
    assert hits, [(e.cameo, e.trigger.text if e.trigger else None) for e in rec.events]
    e = hits[0]
    if src:
        assert src in _countries(rec, e.source), (e.source, rec.actors)
    if tgt:
        assert tgt in _countries(rec, e.target), (e.target, rec.actors)


# look-alikes: another sense of a trigger word, no event of the root it would suggest
UNCODED = [
    ("The director will shoot a film in Morocco next spring.", "18"),
    ("Oil prices shot up after the announcement.", "18"),
    ("Manchester City's assault on the title faltered in March.", "19"),
    ("The senator suffered a heart attack on Tuesday.", "19"),
    ("Tesla recalled 360,000 cars over safety fears.", "16"),
    ("The storm hit Florida on Sunday.", "19"),
    ("Firefighters fought the blaze in California for three days.", "19"),
    ("The company released its quarterly results on Tuesday.", "08"),
    ("The minister returned to Paris on Monday.", "08"),
    ("Police executed a search warrant at his home in Boston.", "17"),
    ("Palacios pleaded guilty in a Miami court on Friday.", "02"),
    ("The United States has a defence treaty with the Philippines.", "05"),
    ("The senator struck a conciliatory tone in Tuesday's speech.", "19"),
    ("The Japanese prime minister entered the race for the party leadership.", "19"),
    ("The startup demonstrated its new battery at a fair in Berlin.", "14"),
    ("The Red Sox pitcher struck out nine batters on Sunday.", "18"),
    ("The prince and his wife welcomed a baby daughter in London.", "05"),
    ("The coach couldn't help but praise his young squad.", "07"),
]


@pytest.mark.parametrize(("text", "root"), UNCODED, ids=[u[0][:30] for u in UNCODED])
def test_look_alikes_stay_uncoded(extract, text, root):
    rec = extract(text, published="2024-03-15")
    assert not [e for e in rec.events if e.cameo and e.cameo.startswith(root)], rec.events


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The director will shoot a film in Morocco.", "shoot", NO_EVENT),
        ("Tesla recalled 360,000 cars over safety fears.", "recalled", NO_EVENT),
        ("Palacios pleaded guilty on Friday.", "pleaded", "015"),
        ("Palacios pleaded not guilty on Friday.", "pleaded", "016"),
        ("Kevin McCarthy was fired by his colleagues.", "fired", "166"),
        ("Press freedom groups spoke out against the plan.", "spoke", "111"),
        ("The committee will interview Anthony Fauci next month.", "interview", "090"),
        ("The network will interview Anthony Fauci next month.", "interview", NO_EVENT),
        ("A student shoots 14 people dead at a university in Prague.", "shoots", "180"),
        ("Morens cautioned the group to use his private address.", "cautioned", "020"),
        ("The Kremlin insists that it had no part in the plot.", "insists", NO_EVENT),
        ("Workers demonstrated outside the ministry in Athens.", "demonstrated", "141"),
        ("Prosecutors charged the mayor with bribery.", "charged", "173"),
        ("The opposition charged that the vote was rigged.", "charged", "112"),
        ("A grand jury indicted the former governor in May.", "indicted", "173"),
    ],
)
def test_trigger_rows_by_sense(nlp, text, word, cameo):
    doc = nlp(text)
    found = {t.token.text: t.row.cameo for t in find_triggers(doc)}
    assert found.get(word) == cameo, found
