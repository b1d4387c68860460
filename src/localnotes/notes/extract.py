"""One call from a transcript's segments to everything the draft is made of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import (
    dose_corrected,
    dose_differences,
    dose_parts_taken,
    dose_restated,
    liquid_strengths,
    medication_list,
    risk_confirmed,
    risk_family,
    risk_intent,
    risk_items,
    risk_means,
    risk_neglect,
    risk_owned_story,
    risk_read_aloud,
    risk_review,
    risk_summed_up,
    risk_told_by_others,
    screen_items,
    whose_drug,
)
from localnotes.notes import measures as measures_mod
from localnotes.notes import medications as meds_mod
from localnotes.notes import risk as risk_mod
from localnotes.notes import session_content as content
from localnotes.notes.model import Extraction, Item, Measure, Medication
from localnotes.notes.numbers import plain
from localnotes.notes.sentences import speakers_known, split
from localnotes.types import Segment


def medication_text(m: Medication) -> str:
    parts = [m.name]
    if m.dose is not None:
        parts.append(f"{plain(m.dose)}{' ' + m.unit if m.unit else ''}")
    if m.frequency:
        parts.append(m.frequency)
    text = " ".join(parts)
    if m.said_as.lower() != m.name.lower():
        text += f" (said as “{m.said_as}”)"
    if m.check:
        text += f" ({m.check})"
    if m.change:
        text += f"; change: {m.change}"
    return f"{text}. “{m.evidence[0].quote}”"


def measure_text(m: Measure) -> str:
    top = f" of {plain(m.out_of)}" if m.out_of else ""
    when = " (an earlier score)" if m.earlier else ""
    if m.said_as:
        when += " (the name is inferred: check which questionnaire it was)"
    return f"{m.name}: {plain(m.score)}{top}{when}. " + " ".join(f"“{e.quote}”" for e in m.evidence)


def extract(segments: Sequence[Segment]) -> Extraction:
    sentences = split(segments)
    parent_speaks = medication_list.parent_speaks_for_client(s.text for s in sentences)
    # "Hey Jaden. Hi, Mr. Brooks.": the parent speaks, for whose drugs "he" takes
    for_child = parent_speaks or medication_list.greets_child_then_parent(s.text for s in sentences)
    # "He says yes, one capsule in the morning.": an interpreter speaks, "the doctor gave him" his
    for_child = for_child or medication_list.interpreter_speaks_for_client(
        s.text for s in sentences
    )
    theirs = whose_drug.answers_about_another(sentences, for_child)
    theirs |= whose_drug.parents_own(sentences, for_child)
    theirs |= whose_drug.disowned(sentences, for_child)
    meds = medication_list.weighed(meds_mod.extract(sentences, theirs))  # "5 mils is 20 mg"
    meds = liquid_strengths.weighed_by_strength(meds)  # "1 mg in every mil ... three mils"
    meds = dose_corrected.answered_anew(sentences, meds)  # "On the 75?" "Since May, 150."
    meds = dose_differences.steps_left_out(meds)  # "down from sixty" ... "Five mil."
    meds = dose_restated.restated_left_out(meds)  # "one gram, a thousand milligrams"
    meds = dose_parts_taken.parts_taken(sentences, meds)  # "start with half, so twenty-five"
    meds, earlier = medication_list.only_earlier(meds)
    meds, others = medication_list.someone_elses(meds, for_child, theirs)
    meds, named_only = medication_list.listed(meds)
    scores = measures_mod.extract(sentences)
    meds = medication_list.not_item_scores(meds, scores)  # "Three." scoring a form's item
    risks, risk_context, unread = risk_mod.extract(sentences)
    speaks_for = parent_speaks or risk_told_by_others.companion_speaks(sentences)
    risks = risk_items.merge(
        [
            *risks,
            *screen_items.as_risk(scores),
            *screen_items.worded_risk(sentences),
            *risk_told_by_others.childs_self_harm(sentences, speaks_for),
            *risk_told_by_others.others_told_harm(sentences, speaks_for),
            *risk_confirmed.confirmed(sentences),
            *risk_summed_up.summed_up(sentences),
            *risk_read_aloud.read_aloud(sentences),
            *risk_means.told_by_means(sentences),
            *risk_means.told_by_what_it_did(sentences),
            *risk_means.told_with_lethal_means(sentences),
            *risk_means.stopped_short(sentences),
            *risk_neglect.child_left_alone(sentences),
            *risk_owned_story.owned_stories(sentences),
        ]
    )  # "a one on item nine", "I put several days", "He bangs his head", told by his mother
    risks = risk_read_aloud.writers_own(risks, sentences)  # abuse of the writer, read aloud
    # "He hit me", told by his mother (harm to others) or his wife (abuse of her too)
    risks = risk_told_by_others.childs_harm(risks, speaks_for, sentences, not parent_speaks)
    # "He pushed me from the door." "It happens with the illness.": no abuse of the teller
    risks = risk_told_by_others.put_down_to_the_illness(risks, sentences)
    # "I grabbed her wrist, hard.", told by her carer: abuse of her
    risks = risk_items.merge(risk_told_by_others.carers_harm(risks, sentences))
    # "I pushed her. Into the door.", of "my mum": abuse of her too
    risks = risk_items.merge(risk_family.harm_at_home(risks, sentences))
    # "Did you shake her?" "No.", of the baby: abuse of her denied too
    risks = risk_items.merge(risk_family.denied_at_home(risks, sentences))
    # "The second one. I wouldn't do anything.": the act disowned beside the thought
    risks = risk_items.merge([*risks, *risk_intent.acts_disowned(risks, sentences)])
    # "... and driving in. With both of us.": another taken along
    risks = risk_items.merge([*risks, *risk_items.taken_along(sentences, risks)])
    review = risk_review.passages(sentences, risks, unread)
    items: list[Item] = [
        *content.concern(sentences),
        *content.mood(sentences),
        *(Item("medication", medication_text(m), m.evidence) for m in meds),
        *(
            Item(
                "medication",
                f"Taken before: {medication_text(replace(m, change=None))}",
                m.evidence,
            )
            for m in earlier
        ),
        *(
            Item("medication", f"Named without a dose: {medication_text(m)}", m.evidence)
            for m in named_only
        ),
        *(
            Item("medication", f"Another person's: {medication_text(m)}", m.evidence)
            for m in others
        ),
        *(Item("measure", measure_text(m), m.evidence) for m in scores),
        *risk_items.as_items(risks),
        *risk_context,
        *risk_review.as_items(review),
        *content.interventions(sentences),
        *content.responses(sentences),
        *content.homework(sentences),
        *content.plan(sentences),
        *(
            Item("plan", f"Medication change: {medication_text(m)}", m.evidence)
            for m in meds
            if m.change and m.change != "continue"
        ),
        *content.next_appointment(sentences),
    ]
    return Extraction(
        medications=tuple(meds),
        measures=tuple(scores),
        risk=tuple(risks),
        review=tuple(review),
        items=tuple(items),
        speakers_known=speakers_known(sentences),
    )
