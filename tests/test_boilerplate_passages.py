"""Boilerplate on passages written for these tests: what must be found, and near misses that
must stay text."""

from __future__ import annotations

import pytest

from communique.boilerplate import predict


def found(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in predict(text)]


def test_ap_style_file_caption_byline_and_dateline():
    text = (
        "Senate Passes Stopgap Spending Bill\n\n"
        "FILE - Senate Majority Leader speaks to reporters at the Capitol in Washington, Jan. 9, "
        "2024. (AP Photo/Ella Marsh, File)\n\n"
        "By OWEN PARRY Associated Press\n\n"
        "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Thursday, averting a "
        "partial government shutdown hours before the deadline.\n"
    )
    got = found(text)
    assert (
        "caption",
        "FILE - Senate Majority Leader speaks to reporters at the Capitol in "
        "Washington, Jan. 9, 2024.",
    ) in got
    assert ("credit", "(AP Photo/Ella Marsh, File)") in got
    assert ("byline", "By OWEN PARRY Associated Press") in got
    assert ("dateline", "WASHINGTON (AP) —") in got
    assert len(got) == 4


def test_wire_dateline_prefix_only_and_reporting_trailer():
    text = (
        "Beijing Sets Growth Target\n\n"
        "BEIJING, Feb 21 (Reuters) - China set a growth target of around 5% on Tuesday, the "
        "state planner said.\n\n"
        "Reporting by Mei Lin and Arun Das; Editing by Clare Holt\n"
    )
    got = found(text)
    assert got == [
        ("dateline", "BEIJING, Feb 21 (Reuters) -"),
        ("byline", "Reporting by Mei Lin and Arun Das; Editing by Clare Holt"),
    ]


def test_caption_line_ending_with_its_credit_is_split_in_two():
    text = (
        "Farmers Block Roads in Protest\n\n"
        "Tractors block a motorway near the border on Monday. Photograph: Piet Janssen/Reuters\n\n"
        "Farmers blocked roads across the country on Monday to protest against new rules on "
        "fertiliser use, police said.\n"
    )
    got = found(text)
    assert got == [
        ("caption", "Tractors block a motorway near the border on Monday."),
        ("credit", "Photograph: Piet Janssen/Reuters"),
    ]


def test_comment_widgets_at_the_end():
    text = (
        "Mayor Resigns\n\n"
        "The mayor resigned on Friday after a week of protests over the city budget, her office "
        "said in a statement.\n\n"
        "Comments (12)\n\nJoin the conversation\n\nLog in to comment\n\n"
        "Comments are closed for this article.\n"
    )
    assert [k for k, _ in found(text)] == ["comments"] * 4


def test_share_and_subscribe_prompts():
    text = (
        "Parliament Dissolved\n\n"
        "Share this article\n\n"
        "The president dissolved parliament on Wednesday and called elections for June, state "
        "television reported.\n\n"
        "Sign up for our daily politics newsletter\n\n"
        "Click here to subscribe\n\nFollow us on Twitter\n\nFacebook | Twitter | Email\n"
    )
    got = found(text)
    assert [k for k, _ in got] == ["share"] * 5
    assert "dissolved parliament" not in " ".join(t for _, t in got)


def test_header_caption_without_credit_describes_a_picture():
    text = (
        "Leaders Meet at Lakeside Retreat\n\n"
        "Chancellor Ilse Vogt, left, shakes hands with Prime Minister Tomas Berg at the retreat\n\n"
        "The two leaders met on Saturday to discuss energy prices and a joint border force, "
        "their spokespeople said.\n"
    )
    assert found(text) == [
        (
            "caption",
            "Chancellor Ilse Vogt, left, shakes hands with Prime "
            "Minister Tomas Berg at the retreat",
        )
    ]


def test_caption_before_a_credit_line_and_agency_credits():
    text = (
        "Flood Waters Recede\n\n"
        "Residents wade through a flooded street in the old town\n"
        "Marta Silva, Reuters, Pool Photo via AP\n\n"
        "Flood waters began to recede on Sunday, officials said, as rescue teams reached "
        "villages that had been cut off for three days.\n\n"
        "Getty Images\n\n"
        "Reuters/Joao Pereira\n"
    )
    got = found(text)
    assert got[0] == ("caption", "Residents wade through a flooded street in the old town")
    assert got[1] == ("credit", "Marta Silva, Reuters, Pool Photo via AP")
    assert got[2:] == [("credit", "Getty Images"), ("credit", "Reuters/Joao Pereira")]


def test_page_stamps_and_furniture():
    text = (
        "Court Blocks Deportation Flights\n\n"
        "Published: 21 February 2023\n\n"
        "Updated March 3, 2024 at 10:05 a.m. ET\n\n"
        "Advertisement\n\n"
        "A court blocked the deportation flights on Tuesday, ruling that the government had not "
        "assessed the risks to those on board.\n\n"
        "Read more: Government vows to appeal ruling\n\n"
        "Copyright 2024 Example Media Inc. All rights reserved.\n"
    )
    got = found(text)
    assert got == [
        ("dateline", "Published: 21 February 2023"),
        ("dateline", "Updated March 3, 2024 at 10:05 a.m. ET"),
        ("other", "Advertisement"),
        ("other", "Read more: Government vows to appeal ruling"),
        ("other", "Copyright 2024 Example Media Inc. All rights reserved."),
    ]


@pytest.mark.parametrize(
    "prefix",
    [
        "KYIV, Ukraine (AP) —",
        "LONDON —",
        "Moscow (Reuters) -",
        "SPRINGFIELD, Ill. —",
        "GENEVA, March 3, 2024 (Wire) —",
        "TEHRAN –",
        "ATLANTA --",
    ],
)
def test_dateline_forms(prefix):
    text = f"Headline Here\n\n{prefix} Officials said on Monday that the talks would resume.\n"
    assert found(text) == [("dateline", prefix)]


NEAR_MISSES = [
    "By Monday, the talks had collapsed and both delegations had gone home.",
    "By the end of the year, prices had risen by more than 8%.",
    "By Christmas",
    "A Reuters/Ipsos poll released on Tuesday found that 40% of voters backed the plan.",
    "Comments by the minister drew sharp criticism from opposition parties on Monday.",
    "She urged supporters to share the article with their friends, officials said.",
    "Follow the money, the prosecutor told the jury in his closing argument.",
    "NATO — the alliance said in a statement — would not comment on the report.",
    "Photo opportunities were scarce at the summit, where leaders met behind closed doors.",
    "Image problems dog the ruling party ahead of the vote, analysts said.",
    "The prime minister says the new visa rules will come into force next year",
    "Reporting by local media suggested that the minister had known about the plan.",
    "Experts from five universities contributed to the report, which was published Monday.",
    "Getty Images, the photo agency, said on Monday it would cut 200 jobs.",
    "The statement was published on Monday, three days after the vote.",
    "Subscribers to the service will pay $5 more a month, the company said.",
    "“We will not back down,” he told a crowd in Warsaw, according to AP.",
    "Ukrainian President Volodymyr Zelenskyy said the attack was a war crime.",
    "Video by Reuters showed police firing tear gas at protesters near the parliament.",
    "Contributing to the decline were higher interest rates, economists said.",
    "Listen to the people on the ground, the envoy urged the council.",
    "We need your help to rebuild, the mayor told donors at the conference.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_stay_text(sentence):
    text = (
        "Talks Falter in Geneva\n\n"
        "Diplomats said on Friday that the negotiations had stalled over the sequencing of "
        "sanctions relief and inspections.\n\n"
        f"{sentence}\n\n"
        "Further talks are scheduled for next month, a spokesman said.\n"
    )
    assert found(text) == []


def test_near_miss_in_the_header_stays_text():
    text = (
        "Ministers Clash Over Budget\n\n"
        "The finance minister says spending cuts are unavoidable this year\n\n"
        "The finance and defence ministers clashed on Tuesday over plans to cut military "
        "spending, according to two officials present.\n"
    )
    assert found(text) == []


def test_wire_trailers_and_broadcaster_caption_lines():
    text = (
        "Junta Rejects Mediation Offer\n\n"
        "Niamey (AFP) - The military rulers rejected a mediation offer on Sunday, state "
        "television said.\n\n"
        "Image source, Getty Images\n\n"
        "Image caption, Soldiers patrol a market in the capital\n\n"
        "The regional bloc has threatened sanctions if the rulers do not set a date for "
        "elections.\n\n"
        "xyz-ab/cd\n\n"
        "Our Standards: How we report the news.\n"
    )
    assert found(text) == [
        ("dateline", "Niamey (AFP) -"),
        ("credit", "Image source, Getty Images"),
        ("caption", "Image caption, Soldiers patrol a market in the capital"),
        ("byline", "xyz-ab/cd"),
        ("other", "Our Standards: How we report the news."),
    ]


def test_web_page_widgets_and_labelled_caption():
    text = (
        "Trial Adjourned\n\n"
        "Caption: Police officers stand guard outside the court\n"
        "Photo by Sam Reed on Unsplash\n\n"
        "Enlarge this image\n\n"
        "This article is more than 2 years old\n\n"
        "Last modified on Tue 5 Mar 2024 10.05 GMT\n\n"
        "The court adjourned the trial until next week after the defence asked for more time, "
        "a spokesman said.\n\n"
        "Continue reading the main story\n\n"
        "Follow Jane Doe on Twitter @janedoe\n"
    )
    assert [k for k, _ in found(text)] == [
        "caption",
        "credit",
        "other",
        "other",
        "dateline",
        "other",
        "share",
    ]


def test_credits_and_prompts_from_magazine_pages():
    text = (
        "Essay on the Election\n\n"
        "The election will be decided by a few thousand voters in three states, pollsters say, "
        "and both campaigns know it.\n\n"
        "Illustration by Mara Quint; source photographs by Getty Images\n\n"
        "Listen to The Briefing on Spotify, Apple Podcasts or wherever you get your podcasts.\n\n"
        "Contributing: Lee Park, Omar Said\n\n"
        "Curious about polling? Email us at polls@example.org.\n"
    )
    assert [k for k, _ in found(text)] == ["credit", "share", "byline", "other"]
