"""The risk cues a sentence holds: every cue of `risk_cues` and the modules beside it, run over
the sentence only when it holds the literals the cue's pattern needs (`regex_literals`). Split
from `risk`, which reads what the cues mean where they are said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from localnotes import regex_literals
from localnotes.notes import risk_cues as rc
from localnotes.notes import (
    risk_cues_abuse,
    risk_cues_acts,
    risk_cues_asked_plainly,
    risk_cues_at_the_wheel,
    risk_cues_aw_set,
    risk_cues_blades_owned,
    risk_cues_blows_and_leverage,
    risk_cues_colloquial,
    risk_cues_consent,
    risk_cues_deadlines_and_scalds,
    risk_cues_edges_checked,
    risk_cues_eighteenth_probe,
    risk_cues_eighth_battery,
    risk_cues_eleventh_battery,
    risk_cues_eleventh_probe,
    risk_cues_ends_rehearsed,
    risk_cues_ends_weighed,
    risk_cues_everyday,
    risk_cues_fifteenth_probe,
    risk_cues_fifth_battery,
    risk_cues_followed_and_withheld,
    risk_cues_food_and_papers_kept,
    risk_cues_fourteenth_probe,
    risk_cues_fourth_battery,
    risk_cues_gone_at,
    risk_cues_grudges_armed,
    risk_cues_harm,
    risk_cues_hastened_death,
    risk_cues_heights_and_marks,
    risk_cues_indirect,
    risk_cues_kept_and_unfed,
    risk_cues_later_probes,
    risk_cues_left_and_crushed,
    risk_cues_marks_explained,
    risk_cues_marks_owned,
    risk_cues_means_readied,
    risk_cues_methods,
    risk_cues_named_and_owned,
    risk_cues_nineteenth_probe,
    risk_cues_ninth_battery,
    risk_cues_own_body,
    risk_cues_passive,
    risk_cues_plain,
    risk_cues_plain_acts,
    risk_cues_plain_disclosures,
    risk_cues_plain_harms,
    risk_cues_plans_and_wounds,
    risk_cues_preparations_and_acts,
    risk_cues_probed,
    risk_cues_quiet_words,
    risk_cues_reckoned,
    risk_cues_said_softly,
    risk_cues_screens,
    risk_cues_self_harm,
    risk_cues_seventeenth_probe,
    risk_cues_sixteenth_probe,
    risk_cues_sixth_battery,
    risk_cues_sought_and_kept_from,
    risk_cues_statements,
    risk_cues_tenth_probe,
    risk_cues_third_battery,
    risk_cues_thirteenth_probe,
    risk_cues_threats_and_control,
    risk_cues_threats_said,
    risk_cues_told,
    risk_cues_told_around,
    risk_cues_told_by_summary,
    risk_cues_told_in_passing,
    risk_cues_told_plainly,
    risk_cues_told_signs,
    risk_cues_touched_and_burned,
    risk_cues_twelfth_probe,
    risk_cues_twentieth_probe,
    risk_cues_twenty_fifth_probe,
    risk_cues_twenty_first_probe,
    risk_cues_twenty_second_probe,
    risk_cues_vows_and_keepers,
    risk_cues_weapons_in_mind,
    risk_cues_who_did_what,
    risk_cues_wished_gone,
    risk_cues_wounds_hidden,
)
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_conditions import conditional
from localnotes.notes.risk_speaker_forms import spoken_i

#: every cue, those of abuse and neglect last
CUES = (
    *rc.CUES,
    *risk_cues_self_harm.CUES,
    *risk_cues_indirect.CUES,
    *risk_cues_harm.CUES,
    *risk_cues_abuse.CUES,
    *risk_cues_acts.CUES,
    *risk_cues_plain.CUES,
    *risk_cues_everyday.CUES,
    *risk_cues_told.CUES,
    *risk_cues_screens.CUES,
    *risk_cues_probed.CUES,
    *risk_cues_colloquial.CUES,
    *risk_cues_later_probes.CUES,
    *risk_cues_methods.CUES,
    *risk_cues_statements.CUES,
    *risk_cues_tenth_probe.CUES,
    *risk_cues_passive.CUES,
    *risk_cues_eleventh_probe.CUES,
    *risk_cues_told_signs.CUES,
    *risk_cues_reckoned.CUES,
    *risk_cues_twelfth_probe.CUES,
    *risk_cues_told_plainly.CUES,
    *risk_cues_own_body.CUES,
    *risk_cues_thirteenth_probe.CUES,
    *risk_cues_fourteenth_probe.CUES,
    *risk_cues_quiet_words.CUES,
    *risk_cues_plain_disclosures.CUES,
    *risk_cues_aw_set.CUES,
    *risk_cues_fifteenth_probe.CUES,
    *risk_cues_plain_acts.CUES,
    *risk_cues_plain_harms.CUES,
    *risk_cues_told_around.CUES,
    *risk_cues_who_did_what.CUES,
    *risk_cues_said_softly.CUES,
    *risk_cues_sixteenth_probe.CUES,
    *risk_cues_third_battery.CUES,
    *risk_cues_told_by_summary.CUES,
    *risk_cues_seventeenth_probe.CUES,
    *risk_cues_fourth_battery.CUES,
    *risk_cues_hastened_death.CUES,
    *risk_cues_eighteenth_probe.CUES,
    *risk_cues_fifth_battery.CUES,
    *risk_cues_touched_and_burned.CUES,
    *risk_cues_nineteenth_probe.CUES,
    *risk_cues_sixth_battery.CUES,
    *risk_cues_left_and_crushed.CUES,
    *risk_cues_twentieth_probe.CUES,
    *risk_cues_plans_and_wounds.CUES,
    *risk_cues_threats_and_control.CUES,
    *risk_cues_named_and_owned.CUES,
    *risk_cues_twenty_first_probe.CUES,
    *risk_cues_eighth_battery.CUES,
    *risk_cues_followed_and_withheld.CUES,
    *risk_cues_ninth_battery.CUES,
    *risk_cues_twenty_second_probe.CUES,
    *risk_cues_means_readied.CUES,
    *risk_cues_marks_owned.CUES,
    *risk_cues_threats_said.CUES,
    *risk_cues_kept_and_unfed.CUES,
    *risk_cues_sought_and_kept_from.CUES,
    *risk_cues_preparations_and_acts.CUES,
    *risk_cues_deadlines_and_scalds.CUES,
    *risk_cues_told_in_passing.CUES,
    *risk_cues_twenty_fifth_probe.CUES,
    *risk_cues_eleventh_battery.CUES,
    *risk_cues_consent.CUES,
    *risk_cues_asked_plainly.CUES,
    *risk_cues_at_the_wheel.CUES,
    *risk_cues_edges_checked.CUES,
    *risk_cues_marks_explained.CUES,
    *risk_cues_blows_and_leverage.CUES,
    *risk_cues_ends_weighed.CUES,
    *risk_cues_wounds_hidden.CUES,
    *risk_cues_grudges_armed.CUES,
    *risk_cues_food_and_papers_kept.CUES,
    *risk_cues_gone_at.CUES,
    *risk_cues_wished_gone.CUES,
    *risk_cues_ends_rehearsed.CUES,
    *risk_cues_blades_owned.CUES,
    *risk_cues_vows_and_keepers.CUES,
    *risk_cues_heights_and_marks.CUES,
    *risk_cues_weapons_in_mind.CUES,
)


@cache
def _prefilter() -> regex_literals.Prefilter:
    """What each cue needs: most sentences hold the words of none."""
    return regex_literals.Prefilter([c.pattern for c in CUES])


@lru_cache(maxsize=8192)
def cues(text: str) -> tuple[tuple[rc.Cue, int, int], ...]:
    """The risk cues a sentence holds, (cue, start, end) in the lowercased text: each kind's
    first, with harm to others left out where it is someone else's harm of the client ("Is anyone
    hurting him?") or a fear ("afraid of hurting someone"). Cached: a sentence is read as asked,
    as answered and as what came before."""
    low = spoken_i(text.lower())  # "I cut mi arms", "ma arms": the words as they are meant
    out = []
    for cue in (CUES[i] for i in _prefilter().candidates(low)):
        for m in cue.pattern.finditer(low):
            out.append((cue, m.start(), m.end()))
    # "Is anyone hurting him?" asks whether someone harms him, not whether the client does
    by_another = [
        (a, b) for c, a, b in out if c.kind == "abuse_or_neglect" and rq.ACTOR.match(low, a)
    ]
    # "afraid of hurting someone" is a fear of causing harm, not a wish to
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind != "harm_to_others"
        or not (
            any(x <= a < y for x, y in by_another)
            or (rf.FEARED.search(low[:a]) and not _FEAR_BORNE_OUT.search(low, b))
        )
    ]
    # "I thought the landlord might hurt me, but he was decent about it": a fear found unfounded
    unfounded = _FEAR_UNFOUNDED.search(low)
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind != "abuse_or_neglect"
        or unfounded is None
        or not a < unfounded.start("but" if unfounded["but"] else "but2")
    ]
    # "the voices that abuse you": what a symptom says, not what a person does
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind != "abuse_or_neglect" or not _VOICES_DO.search(low, 0, a)
    ]
    # "The fox that's been getting the chickens, I'd happily shoot him.": an animal; "I had to
    # shoot a man who was going to shoot my mate": a soldier's duty
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind != "harm_to_others"
        or not (_AN_ANIMAL.search(low, 0, a) or _HAD_TO.search(low, max(0, a - 12), a + 1))
    ]
    # "My brother jokes he'll kill me if I eat his chips": a threat joked, not made
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind not in ("abuse_or_neglect", "harm_to_others")
        or not (_JOKED.search(low, 0, a) or _LAUGHED_AFTER.search(low, b))
    ]
    # "the suicide prevention line": a service named, not a thought
    out = [
        (c, a, b)
        for c, a, b in out
        if not (low.startswith("suicid", a) and _A_SERVICE.match(low, b))
    ]
    # "My mate punched me on the arm when I told him about the job, he was buzzing for me": joy
    out = [(c, a, b) for c, a, b in out if c.kind == "self_harm" or not _IN_FUN.match(low, b)]
    # "I thought about killing the alarm clock": a thing, not a person
    out = [(c, a, b) for c, a, b in out if c.kind != "harm_to_others" or not _A_THING.match(low, b)]
    # "Beat him, like in the game.": a fight in a video game, said just after; "I want to hurt
    # her feelings only.": feelings, not a body
    out = [
        (c, a, b)
        for c, a, b in out
        if c.kind != "harm_to_others" or not (_IN_A_GAME.match(low, b) or _NOT_A_BODY.match(low, b))
    ]
    # "I took a handful of my mum's sleeping tablets, not to die, just to make everything stop":
    # an overdose meant to hurt or numb, not to die, is self-harm
    out = [
        (replace(c, kind="self_harm") if c.kind == "suicidal_ideation" and _NOT_TO_DIE.match(low, b)
         else c, a, b)
        for c, a, b in out
    ]  # fmt: skip
    # "I hit him with the Narcan": a dose given, a life saved (not "with one", which may be a
    # punch or a bottle: av11's "I hit my cousin with one", of a spray named before, is left)
    out = [(c, a, b) for c, a, b in out if c.kind == "self_harm" or not _A_RESCUE.match(low, b)]
    # "he pushed me against the stove, I burned my arm": a burn done by another or by chance
    out = [
        (c, a, b)
        for c, a, b in out
        if c is not risk_cues_own_body.SKIN_ACT
        or not risk_cues_own_body.CAUSED_BEFORE.search(low, 0, a)
    ]
    # one report per kind per sentence: keep each kind's first cue, but where a later one is
    # said after "but I did" ("I didn't mean to hurt her, but I did push her hard"), that one
    firsts: dict[str, tuple[rc.Cue, int, int]] = {}
    for c in sorted(out, key=lambda x: x[1]):
        kept = firsts.get(c[0].kind)
        # (of two cues at one place, the longer: "the cutting started back up")
        longer = kept is not None and c[1] == kept[1] and c[2] > kept[2]
        # (a first cue in a condition, then "but" and the telling: "you asked if I hurt myself, I
        # said no, but on Tuesday I hit my head on the door frame three times")
        hidden = (
            kept is not None
            and rf.CONDITIONAL.search(rf.clause_before(low, kept[1]))
            and (
                _BUT.search(low, kept[2], c[1])
                # (or a later cue told outright after it, no condition's: "if i leave he'll
                # report me, and he's got my papers so i just stay")
                or not conditional(low, c[1], c[2])
            )
        )
        # (a first cue that tells what someone else did: "following the man who hurt my sister
        # home every night to see when he's alone")
        whose = kept is not None and _SOMEONE_WHO.search(low, 0, kept[1])
        if kept is None or _BUT_I_DID.search(low, kept[2], c[1]) or longer or hidden or whose:
            firsts[c[0].kind] = c
    return tuple(sorted(firsts.values(), key=lambda x: x[1]))


#: a punch on the arm in joy or jest, said just after the cue
_IN_FUN = re.compile(
    r" (?:on|in) the (?:arm|shoulder)\b[^.?!]{0,80}?\b(?:buzzing|happy for me|congratulat\w*|"
    r"joking|for a laugh|messing about|mucking about|playfully|in fun)\b"
)
#: a threat said as a joke, just before it: "my mate jokes he'll strangle me" (not "he says
#: it's a joke after he hits me": the joke told before the threat; not "the kids", aj20's "are
#: you and the kids safe")
_JOKED = re.compile(
    r"\b(?:jokes?|joked|joking|jokingly|kidding|banters) (?:that )?(?:(?:he'll|she'll|they'll|"
    r"he'd|she'd|they'd|he will|she will|they will|he's going to|she's going to|he's gonna|"
    r"she's gonna|i'll|i'd)\s*)?$"
)
#: a threat laughed off by both, said after it: "my brother said he'd kill me if I ate his
#: chips, we were both laughing" (not "he said he'd kill me and he was laughing", nor "he hit
#: me, then said he was only joking": one laughed, or the harm made light of)
_LAUGHED_AFTER = re.compile(
    r"[^.?!]{0,80}?\b(?:we (?:were|was) (?:both )?(?:laughing|joking|in stitches|creased)|we both"
    r" (?:laughed|cracked up|were laughing))\b"
)
#: a relative clause about another, just before a cue: "the man who ..."
_SOMEONE_WHO = re.compile(r"\b(?:the|a|that|this) (?:\w+ ){1,2}(?:who|that)\s+$")
#: another's fear of what one would do, said to be right: "my mum's worried I'll hurt my stepdad
#: ... and she's right" (p15)
_FEAR_BORNE_OUT = re.compile(
    r"\b(?:and|but|to be fair,?) (?:she|he|they|mum|mam|mom|dad)(?:'s| is|'re| are) (?:right|not "
    r"wrong)\b"
)
#: a fear of being hurt, then the one feared found otherwise
_FEAR_UNFOUNDED = re.compile(
    r"\bi (?:\w+ )?(?:thought|worried|was worried|was scared|was afraid|feared|used to worry|used "
    r"to think)\b[^.?!]{0,60}(?P<but>\bbut) (?:it turned out )?(?:he|she|they|it)(?:'s| is| was| "
    r"were| has| had| turned out)(?: \w+)? (?:never|not|decent|fine|okay|ok|kind|lovely|good|nice|"
    r"alright|all right|great|a gentleman|a sweetheart|shy|harmless|lonely|friendly|gentle|deaf)\b"
    r"(?![^.?!]*\b(?:since|again|any ?more|lately|recently)\b)"  # "he's not done it since": he did
    # "I was scared he'd hit me when I told him, but he just cried."
    r"|\bi (?:\w+ )?(?:was scared|was afraid|was worried|thought|feared)\b[^.?!]{0,60}"
    r"(?P<but2>\bbut) (?:he|she|they) (?:just|only) (?:cried|laughed|hugged me|walked off|"
    r"walked away|left|apologi[sz]ed|nodded|listened|went quiet|went silent)\b"
)
#: what is hurt, said just after "hurt her": "her feelings", "his pride"
_NOT_A_BODY = re.compile(
    r"\s+(?:own )?(?:feelings?|pride|ego|chances|reputation|business|career|image|confidence|"
    r"prospects|sales|ratings|grades?|case|cause)\b"
)
#: a service or a team named by the word, just after it: "suicide prevention line"
_A_SERVICE = re.compile(r"\s+(?:prevention|awareness|helpline|hotline|line|squad|bomb\w*)\b")
#: a thing, just after a cue of harm that ends at its article: "killing the alarm clock"
_A_THING = re.compile(
    r"\s*(?:(?:the|my|that|this) )?(?:alarm clock|alarm|clock|printer|computer|laptop|phone|telly|"
    r"tv|radio|lawnmower|mower|kettle|boiler|washing machine|wi-?fi|router|weeds?|slugs|wasps?|"
    r"flies|mosquito(?:e)?s)\b"
)
#: the death an act was not meant for, said just after it: ", not to die", "but I didn't want to
#: die"
_NOT_TO_DIE = re.compile(
    r"[^.?!]{0,25}?,? (?:but )?(?:not (?:to|trying to|wanting to|because i wanted to) (?:die|kill "
    r"myself|end it)|i (?:didn't|did not) (?:want|mean|try) to (?:die|kill myself|end it))\b"
)
#: a rescue dose given, just after "hit him": "with the Narcan", "with the EpiPen"
_A_RESCUE = re.compile(
    r"\s+with (?:a dose|the (?:spray|pen|dose|kit)|(?:the |some |a |a shot of |a dose of )?"
    r"(?:narcan|naloxone|epipen|epi-pen|adrenaline|glucagon|defib\w*|cpr))\b"
)
#: the voices one hears as the doer, just before the cue: "the voices that abuse you"
_VOICES_DO = re.compile(r"\bvoices?,? (?:that |which |they |who )?(?:\w+ )?$")
#: what turns a clause that denies into one that tells: "..., but I did", "but I still"
_BUT = re.compile(r"\bbut\b")
#: an animal the sentence is about, named before the harm, with no person after it (not "I
#: called him a snake, but I wouldn't touch him": an insult)
_AN_ANIMAL = re.compile(
    r"\b(?:the|that|this) (?:fox|foxes|dog|rat|rats|badger|crow|pigeon|rabbit|squirrel|magpie|"
    r"deer|coyote|snake|mouse|mice|wasp|wasps|slug|slugs|mole|bull|ram)\b(?![^.?!]*\b(?:man|woman|"
    r"guy|bloke|lad|neighbou?r|husband|wife|boss|owner|farmer|brother|sister)\b)"
)
#: what one had to do: "I had to shoot a man who ..." (duty, defence)
_HAD_TO = re.compile(r"\bhad to (?=shoot|kill)")
_BUT_I_DID = re.compile(r"\bbut (?:i|we) (?:did|still|really did|actually did)\b")
#: a video game named just after the act: "Beat him, like in the game.", "kill them in Fortnite"
_IN_A_GAME = re.compile(
    r"[^.?!]{0,20}?\b(?:in|on) (?:the |a )?(?:video ?game|game)\b(?! (?:of|with|at|against|on) "
    r"\w+)|"
    # (a game by its name, whoever it is played with: "on call of duty with my mates")
    r"[^.?!]{0,20}?\b(?:in|on) (?:the |a )?(?:fortnite|2k|fifa|call of duty|cod|gta|minecraft|"
    r"roblox|xbox|playstation|ps5|warzone|valorant|counter-?strike|halo|apex)\b|"
    r"[^.?!]{0,20}?\bin-game\b"
)
