"""Word lists and regex pieces for names, places and organisations (no Presidio here).

Shared by the name, place, organisation and address recognizers so that they agree on what a
proper name looks like in a transcript and on which capitalised words are not identifiers.
"""

from __future__ import annotations

#: one capitalised word of a name: "Haines", "O'Brien", "Nkemelu", "McAllister", "St."
CAP = r"(?:[A-Z][a-z]*[A-Z]?[a-z'\u2019\-]*[a-z]|[A-Z]\.?(?=\s+[A-Z][a-z]))"
#: up to three capitalised words, allowing "van", "de", "of the" inside
CAP_SEQ = rf"{CAP}(?:\s+(?:(?:van|von|de|del|della|da|di|la|le|of|the|and|&)\s+)?{CAP}){{0,3}}"

TITLES = (
    r"Doctor|Dr\.?|Mister|Mr\.?|Mrs\.?|Ms\.?|Miss|Missus|Mx\.?|Officer|Pastor|Father|Reverend|"
    r"Rev\.?|Rabbi|Imam|Judge|Justice|Nurse|Coach|Detective|Det\.?|Sergeant|Sgt\.?|Professor|"
    r"Prof\.?|Sister|Brother|Aunt|Auntie|Uncle|Grandma|Grandpa|Granny|Nana|Captain|Capt\.?|"
    r"Lieutenant|Lt\.?|Dean|Principal|Attorney|Counselor|Deputy|Agent|Sir|Dame|Lady|Lord|"
    r"Chaplain|Deacon|Bishop|Elder|Trooper|Ranger|Chief|Nurse\s+Practitioner|Therapist"
)

RELATIONS = (
    r"son|daughter|husband|wife|partner|spouse|boyfriend|girlfriend|fianc[eé]e?|ex|ex-wife|"
    r"ex-husband|sister|brother|mom|mother|mum|dad|father|aunt|uncle|cousin|niece|nephew|"
    r"grandson|granddaughter|grandma|grandmother|grandpa|grandfather|grandchild|stepson|"
    r"stepdaughter|stepmom|stepdad|stepmother|stepfather|friend|buddy|pal|neighbor|neighbour|"
    r"boss|manager|supervisor|coworker|co-worker|colleague|roommate|sponsor|lawyer|attorney|"
    r"therapist|counselor|counsellor|psychiatrist|psychologist|doctor|physician|nurse|teacher|"
    r"coach|pastor|priest|rabbi|imam|caseworker|case\s+worker|social\s+worker|landlord|kid|"
    r"kids|child|children|baby|toddler|twins?|in-law|sister-in-law|brother-in-law|"
    r"mother-in-law|father-in-law|parole\s+officer|probation\s+officer|officer|advocate|"
    r"mentor|tutor|babysitter|nanny|aide|caregiver|tenant|classmate|bestie|best\s+friend|"
    r"oldest|youngest|middle\s+one|first|second|dog|cat|puppy"
)

GREETINGS = (
    r"Hi|Hello|Hey|Thanks|Thank\s+you|Welcome|Good\s+morning|Good\s+afternoon|Good\s+evening|"
    r"Bye|Goodbye|Okay|OK|Sorry|Congratulations"
)

NAME_INTRO = (
    r"name\s+is|named|called|call\s+me|calls\s+me|goes\s+by|known\s+as|I'm|I\s+am|this\s+is|"
    r"it's|spelled|spell|first\s+name|last\s+name|surname|maiden\s+name|married\s+to|"
    r"dating|seeing|with|and"
)

#: capitalised words that are not identifiers on their own
_NOT_NAMES_WORDS = """
    i i'm i've i'll i'd ok okay yes yeah yep no nope hi hello hey um uh mm hmm mhm oh well
    so god jesus christ lord allah bible mom mommy mum dad daddy grandma grandpa nana papa
    granny sir ma'am doctor dr mister mr mrs ms miss officer nurse pastor father mother
    sister brother aunt uncle coach therapist the a an and but or my our your his her their
    its this that monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december english spanish
    french american america christian christians catholic jewish muslim buddhist hindu black
    white latino latina asian african european mexican canadian instagram facebook tiktok
    snapchat twitter youtube google zoom netflix iphone android amazon uber lyft reddit
    discord whatsapp spotify gmail outlook yahoo hotmail icloud internet wifi covid corona
    tylenol advil motrin benadryl xanax let let's what when where why how who which there
    here then now today tonight tomorrow yesterday maybe please sorry thanks thank right
    good great fine sure also just really alright all everyone everybody nobody someone
    something anything nothing mr. mrs. ms. dr. christmas easter thanksgiving halloween
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekend weekends plate
    apartment security house home fair social number name first last school work church
    hospital clinic office court street road avenue state county city town north south east
    west
"""
NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())

_STATES_AND_COUNTRIES_WORDS = """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming new_hampshire new_jersey new_mexico new_york north_carolina north_dakota
    south_carolina south_dakota rhode_island west_virginia puerto_rico usa us u.s.
    united_states america canada mexico england britain uk ireland scotland wales france
    germany italy spain portugal china japan korea india philippines vietnam nigeria ghana
    kenya brazil colombia guatemala honduras haiti jamaica cuba russia ukraine poland iraq
    iran afghanistan syria israel egypt australia europe asia africa
"""
STATES_AND_COUNTRIES = frozenset(w.replace("_", " ") for w in _STATES_AND_COUNTRIES_WORDS.split())


def is_ordinary(text: str) -> bool:
    """Whether every word of a name-like span is an ordinary capitalised word (not a name)."""
    words = [w.strip(".,'\u2019").lower() for w in text.split()]
    words = [w.removesuffix("'s") for w in words if w]
    return bool(words) and all(w in NOT_NAMES or w in STATES_AND_COUNTRIES for w in words)


#: what a service is for: with a generic suffix after them these words name a kind of service
#: ("the Senior Center", "the Grief Group", "the Crisis Clinic"), not one place
_SERVICE_KIND_WORDS = """
    senior seniors community youth teen teens recovery wellness crisis counseling counselling
    treatment support bereavement grief rehab rehabilitation health medical mental family
    women's men's veterans veteran's detox addiction day adult adults children's child kids
    student students career employment job food homeless rescue outpatient inpatient
    psychiatric behavioral behavioural care sober parenting anger management trauma pain sleep
    memory eating disorder disorders substance abuse dementia respite caregiver caregivers
"""
_SERVICE_KIND = frozenset(_SERVICE_KIND_WORDS.split())
_SERVICE_SUFFIX_WORDS = (
    "center centre centers group groups home clinic shelter program services club"
)
_SERVICE_SUFFIX = frozenset(_SERVICE_SUFFIX_WORDS.split())
_DETERMINER = frozenset({"the", "a", "an", "our", "my", "your", "their", "his", "her", "that"})


def generic_service(name: str) -> bool:
    """Whether an organisation-like name is a kind of service, not a place: a generic suffix
    after one to three words that say what the service is for. "Ellsworth Community Center" and
    "Willow Creek Senior Living" keep a word of their own and stay names."""
    words = [w.lower().strip(".,;:") for w in name.split()]
    if words and words[0] in _DETERMINER:
        words = words[1:]
    if len(words) < 2 or len(words) > 4:
        return False
    last = words[-1].removesuffix("'s").removesuffix("\u2019s")
    return last in _SERVICE_SUFFIX and all(w in _SERVICE_KIND for w in words[:-1])
