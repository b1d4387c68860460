"""Risk told unasked, or asked, in the plain words of everyday life rather than its own (issue 17's
thirty-eighth pass, from a battery of 40 statements and 34 questions written for the pass, not
from any dialog or probe): a letter left for each child, one's funeral pictured and others
relieved, anger at waking, a burden, the dog left "if anything happens to me", no future seen
past a date, knowing how one would do it; insulin stopped on purpose, cutting "again"; a bat
kept for someone, a driver swerved at on purpose, a nose broken, someone made to suffer or
followed home to "sort it"; a child sat on a lap and touched, a bank card taken over, cigarettes
put out on a child; asked: how one would "end things", a part that wants "to be gone", getting
ready with a note, burning of the skin, money taken from a parent. Cues as in risk_cues, whose
shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "I wrote a letter to each of my kids and put them in the drawer with the insurance
        # papers" (not a birthday card)
        r"\bwrote (?:a )?(?:letters?|notes?) (?:to|for) (?:each of )?my (?:kids|children|family|"
        r"wife|husband|partner|mum|mam|mom|parents)\b[^.?!]{0,60}?\b(?:insurance|will|drawer|"
        r"for after|in case|when i'm gone|goodbye)\b|"
        # "I keep picturing my funeral and thinking they'd be relieved"
        r"\b(?:picturing|picture|imagining|imagine|thinking about|planning) my (?:own )?funeral\b"
        r"(?![^.?!]*\b(?:joke|joking|playlist|kidding)\b)|"
        # "Some mornings I'm angry that I woke up at all."
        r"\b(?:angry|annoyed|furious|gutted|sad) (?:that )?i (?:woke|wake|still wake) up\b"
        r"(?! (?:late|early|so|too|at (?!all\b)|before|after|in time|on time)\b)|"
        # "There's no point carrying on, I'm just a burden to everyone."
        r"\b(?:no|any) point (?:in )?(?:carrying on|going on|being here|living)\b(?! with\b)|"
        r"\bi(?:'m| am) (?:just |only )?a burden (?:to|on) (?:everyone|everybody|my family|them|"
        r"you all|all of you)\b|"
        # "I don't see myself being here by Christmas."
        r"\bi (?:don't|do not|can't|cannot) see myself (?:being )?(?:here|alive|around) (?:by|at|"
        r"for|next|after|in)\b(?![^.?!]*\b(?:moving|move|moved|job|contract|visa|lease)\b)|"
        # "I've made my peace with it, I know how I'd do it."
        r"\bi know (?:exactly )?how i(?:'d| would| will|'ll) do it\b(?! (?:differently|again|"
        r"better|properly|next time|if)\b)|"
        # asked: "how you would do it, if you were to end things?", "wanting to be gone?",
        # "anything to get ready, like writing a note or giving things away?"
        r"\b(?:end|ending) things\b(?! (?:with|between|off|on a)\b)(?=[^.!]*\?)|"
        # (not "I wanted to be gone by ten", from a party)
        r"\b(?:want|wanting|wants|wanted|wish|wishing) to be gone\b(?! (?:by|before|from|for "
        r"(?:the|a|an)|early|in time|when|home|out)\b)|"
        r"\b(?:anything|something|things) to (?:get|make) (?:ready|prepared)\b[^.?!]{0,40}?"
        r"\b(?:a note|giving (?:things|stuff|your things) away|your will)\b",
        unnamed=True,
    ),
    # "I told my sister to look after the dog if anything happens to me, and I meant it."
    cue(
        "suicidal_ideation",
        r"\bif anything (?:happens|should happen|happened) to me\b[^.?!]{0,20}?\band i meant it\b",
        True,
    ),
    cue(
        "self_harm",
        # "I stopped taking my insulin on purpose"
        r"\b(?:stopped|stop|skipped|skip|skipping|stopping) (?:taking )?my (?:insulin|heart "
        r"tablets|meds|medication|tablets)\b[^.?!]{0,30}?\b(?:on purpose|deliberately|to punish|"
        r"so i'd|so that i)\b|"
        # "I cut again on Saturday", "I burned again last night" (not "cut again at the salon")
        r"\bi (?:cut|burned|burnt|scratched) again\b(?![^.?!]*\b(?:salon|barber|hairdresser|"
        r"lawn|grass|hedge|hair|fringe|wood|fabric|paper|toast|dinner)\b)|"
        # asked: "Any new marks you've made on yourself this week?"
        r"\bmarks? (?:that )?(?:you've|you have|you) made on yourself\b|"
        # asked: "any burning or scratching of your skin on purpose?"
        r"\b(?:burning|scratching|cutting|picking|hitting)(?: or (?:burning|scratching|cutting|"
        r"picking|hitting))? of your (?:own )?(?:skin|arms?|legs?|body|wrists?)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "a bat next to the bed in case he turns up, and I'll use it"
        r"\b(?:bat|knife|hammer|machete|blade|crowbar|bar)\b[^.?!]{0,50}?\bin case (?:he|she|they) "
        r"(?:turns? up|comes?|shows? up)\b[^.?!]{0,20}?\b(?:i'll|i will|i'm going to) use it\b|"
        # "I keep imagining running the supervisor over ... and part of me wants to"
        r"\b(?:imagining|imagine|picturing|thinking about) running (?:him|her|them|the \w+|my \w+) "
        r"(?:over|down)\b[^.?!]{0,40}?\bpart of me wants to\b|"
        # "I swerved at him on purpose", "I nearly ran my neighbour down"
        rf"\bi (?:swerved|drove|aimed the car) (?:at|towards) {PEOPLE}\b[^.?!]{{0,20}}?\bon "
        r"purpose\b|"
        # "I broke a guy's nose at the match"
        r"\bi (?:broke|busted|split|smashed) (?:a|this|that|some|the) (?:guy|lad|bloke|man|"
        r"fella|woman|girl|kid)'s (?:nose|jaw|face|head|ribs?|arm|lip)\b|"
        # "I want to make him suffer the way he made me suffer"
        r"\bi (?:want|wanted|need) to make (?:him|her|them) (?:suffer|bleed|hurt)\b|"
        # "following him home from work ... and I'm going to sort it"
        r"\bfollow(?:ing|ed)? (?:him|her|them) home\b[^.?!]{0,50}?\b(?:i'm going to|i'm gonna|"
        r"i'll|i will) (?:sort (?:it|him|her|them)|get (?:him|her|them)|do (?:him|her|them))\b",
    ),
    cue(
        "abuse_or_neglect",
        # "My coach used to make me sit on his lap after practice and touch me."
        r"\bmade me sit on (?:his|her) (?:lap|knee)\b|\bmake me sit on (?:his|her) (?:lap|knee)\b"
        r"[^.?!]{0,40}?\btouch(?:ed)? me\b|"
        # "My son's taken over my bank card", "takes my pension"
        r"\b(?:taken over|took over|takes|took|kept|keeps) (?:all )?my (?:bank card|pension|"
        r"benefits|cards|pin)\b(?![^.?!]{0,20}\b(?:to the bank|for me|shopping for me)\b)|"
        # "my mother burned me with cigarettes", "put cigarettes out on me"
        r"\bburn(?:ed|t|s)? me with (?:a |her |his |their )?(?:cigarettes?|fags?|the iron|"
        r"lighter)\b|"
        r"\bput (?:her|his|their|a) (?:cigarettes?|fags?) out on me\b|"
        # asked: "taking money from your mum without her say-so?"
        r"\btak(?:ing|en|es|e|ook) (?:money|cash|her money|his money) (?:from|off) (?:your|my) "
        r"(?:mum|mom|mam|dad|mother|father|gran|nan|grandmother|grandfather|parents?)\b"
        r"[^.?!]{0,20}?\bwithout (?:her|his|their) (?:say-so|say so|permission|knowing|consent)\b",
        by_client=True,
    ),
)
