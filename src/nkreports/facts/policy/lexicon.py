"""The policy stage's word lists: lemmas the rule families look for, built once at import.

Every set holds lower-cased spaCy lemmas unless its comment says otherwise. Grammar (dependency
labels, prepositions, pronouns) stays in `grammar`; the controlled vocabularies (categories,
directions, certainties) are the enums of `nkreports.schema`.
"""

from __future__ import annotations

from types import MappingProxyType

from nkreports.facts.attribution import SPEECH_VERBS
from nkreports.schema import Category


def _words(*groups: str) -> frozenset[str]:
    """Return the blank-separated words of `groups` as one set: ("a b", "c") -> {a, b, c}."""
    return frozenset(word for group in groups for word in group.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Return the comma-separated phrases of `text` in order: "a b, c" -> ("a b", "c")."""
    return tuple(phrase.strip() for phrase in text.split(","))


def _by_country(words: dict[str, str]) -> MappingProxyType[str, tuple[str, str]]:
    """Map each word listed under an ISO2 code to (ISO2, country name): {"KR": "seoul"}."""
    return MappingProxyType({w: (iso, NAMES[iso]) for iso, ws in words.items() for w in ws.split()})


# --- who is affected, and by whom ------------------------------------------------------------
# people a policy acts on: North Koreans or people like them, and the pronouns that stand for them
GROUP = _words(
    "defector refugee korean koreans migrant traveler traveller exile deserter people resident",
    "national worker overstayer crosser escapee woman individual person child citizen family",
    "they we she he who detainee returnee wife girl laborer labourer asylum-seeker broker",
    "relative crew student prisoner",
)
# relatives pressed for a defector (plurals too: a title-cased headline word keeps its form)
FAMILY = _words(
    "family relative parent mother father spouse wife husband sibling families relatives parents"
)
# names a state calls people by: 'branded traitors', 'illegal crossers'
LABELS = _words("defector traitor criminal enemy illegal crosser betrayer scum")
# what an anti-defector campaign is aimed at: 'campaign to challenge exiles'
TARGETS = LABELS | _words("exile traitorous defector")
# state bodies and states by name that can be asked, protested to or summoned
STATES = _words(
    "china beijing pyongyang seoul korea government authority embassy un state delegation"
)
# who counts as an official actor: state bodies, their staff, UN bodies, and states by name
OFFICIALS = STATES | _words(
    "police court judge ministry official officer guard prosecutor committee rapporteur mission",
    "agency department army soldier bureau procuratorate cadre council authorities dprk russia",
    "moscow thailand laos vietnam mongolia unhcr consulate minister",
)
# the countries an actor is resolved to, by ISO2 code
NAMES = MappingProxyType({"CN": "China", "KP": "North Korea", "KR": "South Korea"})
# lower-cased words naming a country, to (ISO2, country name): 'Chinese police', 'Pyongyang'
COUNTRIES = _by_country({"CN": "china chinese beijing", "KP": "pyongyang dprk", "KR": "seoul"})
# the word before 'Korea(n)' that says which Korea: 'North Korean', 'N. Korea', 'South Korea'
KOREAS = _by_country({"KP": "north n.", "KR": "south"})
# lower-cased institution names; the first found wins, so a name precedes the names it contains
INSTITUTIONS = _phrases(
    "security department, foreign ministry, ministry of foreign affairs, unification ministry, "
    "police station, police, government, authorities, embassy, ministry, party, border guards, "
    "rights groups, spokesman, minister, rapporteur, officials"
)
# lower-cased subject pronouns that take the previous sentence's actor
PRONOUNS = _words("it they he she")
# verbs whose 'from X' names the giver, who is then the actor: 'received permits from police'
RECEIVES = _words("receive obtain")
# --- official actions read from the verb alone -----------------------------------------------
# verbs an official actor uses on people without acting on them: speech, thought, possession
INERT = _words(
    "say tell add state claim report estimate be have know see think believe expect fear",
    "include count interview describe find receive meet visit call ask urge deny reject",
    "respond take warn inform advise remind require pay",
)
# judicial custody ('sentenced to seven years', 'jailed', 'convicted') ends in a cell, so it is
# read as detention_arrest; labeling_criminalization is kept for names, labels and terms
JUDICIAL = _words("sentence jail imprison incarcerate convict prosecute charge indict")
# measures on people or their property short of custody: category other, restrictive
# ('fin' because the model lemmatises 'fined' so)
MEASURES = _words(
    "fine fin confiscate seize impound quarantine confine isolate test seal lock punish",
    "interrogate question check search monitor restrict force surveil ban bar forbid order",
    "beat torture execute",
)
# the small direction list for an official action in no category set: 'other', protective
HELPS = _words("help protect release allow assist free permit rescue shelter let support admit")
# sends a person out of the country: read as repatriation when an official does it to a group
SENDS = _words("return repatriate deport expel extradite")
# --- repatriation and exit ---------------------------------------------------------------------
# verbs that repatriate by themselves: 'forcibly repatriated', 'deports them'
EXPELS = _words("repatriate deport expel extradite")
# verbs that repatriate with 'back' or a northern destination: 'send North Koreans back'
SENDS_BACK = _words("send return hand")
# words of a destination that mean back to the North: 'back', 'home', 'to Pyongyang'
NORTH = _words("north pyongyang home back")
# words of a destination that mean South Korea or a third country
THIRD = _words("south seoul abroad country thailand laos vietnam mongolia us")
# a fate someone faces that is repatriation: 'face repatriation'
RETURN_FATES = _words("repatriation deportation return")
# nouns of a forced repatriation in a verbless headline: 'the forced repatriation of hundreds'
REPATRIATIONS = _words("repatriation deportation expulsion")
# modifiers that make such a noun forced: 'forced', 'forcible'
FORCED = _words("forced forcible force")
# verbs that move people to a third country: 'will send 19 defectors to South Korea'
TRANSFERS = _words("send transfer release escort deport")
# verbs of leaving or travelling a permission can govern: 'allowing them to go to South Korea'
MOVES = _words("go leave travel reach depart head move")
# such verbs that need no third-country destination to count: 'allowed to leave'
LEAVES = _words("leave reach")
# verbs of permission: 'allowed to move freely', 'let them travel'
ALLOWS = _words("allow permit let")
# verbs that keep someone from leaving, and from what: 'prohibited from leaving the country'
PROHIBITS = _words("prohibit ban bar forbid prevent stop")
LEAVING = _words("leave travel exit")
# verbs that hand over travel papers: 'provide them with traveler's certificates'
PROVIDES = _words("provide issue give grant")
# travel papers (a visa alone is not an exit: it is read only under residency)
PAPERS = _words("certificate passport visa")
# --- detention and arrest ----------------------------------------------------------------------
# verbs of arrest by themselves: 'were arrested', 'detained', 'apprehended'
ARRESTS = _words("arrest detain imprison jail capture apprehend incarcerate")
# verbs that end custody: 'released the refugees', 'were freed'
RELEASES = _words("release free")
# verbs that hold people when a group is their object: 'being held', 'keep them', 'caught'
HOLDS = _words("hold keep catch")
# verbs that stop a vehicle carrying people, and the vehicles: 'stopped a bus carrying defectors'
INTERCEPTS = _words("stop intercept search raid board")
VEHICLES = _words("bus minibus car vehicle train truck van boat taxi")
# verbs that take people away or into custody: 'taken away', 'dragged to a police station'
TAKES_AWAY = _words("take drag lead bring move")
# places of custody: 'taken to a detention facility', 'to a police station'
CUSTODY = _words("detention prison custody jail camp police cell")
# verbs of remaining somewhere, read as custody with 'in custody': 'remain in detention'
REMAINS = _words("remain be stay")
# nouns after 'in' that make such a verb custody: 'in custody', 'in prison'
HELD_IN = _words("custody detention prison")
# what is served: 'served terms in labour camps'
TERMS = _words("term sentence")
# what people face when they face custody: 'face arrest'
ARREST_THREATS = _words("arrest detention")
# nouns of arrest: 'arrests of women', 'the raids began'
ARREST_NOUNS = _words("arrest raid roundup detention")
# --- residency and legal status ----------------------------------------------------------------
# legal statuses that can be given or taken: 'residency permits', 'amnesty', 'hukou'
STATUS = _words(
    "permit residency residence status citizenship asylum nationality hukou refuge card amnesty",
    "pardon registration id",
)
# verbs that give a legal status: 'offers amnesty', 'extended their permits'
GIVES = _words("issue grant give offer extend award provide restore receive")
# verbs that take a legal status away: 'revoked their hukou'
TAKES = _words("deny refuse revoke withdraw cancel strip suspend")
# verbs that renew a status, neither giving nor taking: 'reissued the cards'
RENEWS = _words("reissue renew")
# verbs that oblige someone to register, and what to do: 'are ordered to register with police'
REQUIRES = _words("require order oblige instruct tell force")
REGISTERS = _words("register apply")
# verbs that give people a legal standing: 'does not recognize defectors as refugees'
RECOGNISES = _words("recognize recognise treat consider regard classify")
# standings that protect: 'as refugees', 'asylum', 'rights'
PROTECTED_ROLES = _words("refugee asylum right")
# what a permission lets people do where they are: 'allowed to move freely'
STAYS = _words("move live stay work")
# nouns of a registration or amnesty drive: 'registration drives'
DRIVES = _words("registration amnesty")
# nouns of a scheme, read as a drive beside the campaign nouns: 'amnesty programme'
PROGRAMMES = _words("programme program scheme")
# nouns of issuing a status: 'Sudden issuance of permits'
ISSUANCES = _words("issuance granting")
# --- labeling and criminalization --------------------------------------------------------------
# nouns of a campaign: 'anti-defector campaign', 'crackdown'
CAMPAIGNS = _words("campaign drive crackdown")
# verbs that begin or wage a campaign
CAMPAIGN_VERBS = _words("begin launch lead start step intensify wage")
# what a campaign noun does as a subject to read as ongoing: 'the raids began', 'spread'
ONGOING = CAMPAIGN_VERBS | _words("continue spread reach")
# verbs of using a word, and the nouns for the word: 'began using the term defector'
USES = _words("use adopt utilize utilise employ")
NAMING_NOUNS = _words("term label")
# verbs that call people something: 'branded defectors', 'named as defectors'
LABELING_VERBS = _words(
    "brand label name identify designate specify define accuse describe refer call denounce",
    "stigmatize criminalize criminalise",
)
# such verbs that label whoever they name, a group or not: 'accuse travelers of being defectors'
BRANDS = _words("brand label accuse")
# --- border control ----------------------------------------------------------------------------
# what a border is made of and how it is watched: 'frontier', 'checkpoint', 'patrols'
BORDER = _words(
    "border checkpoint frontier fence patrol check inspection crossing camera surveillance",
    "guard wall barrier riverbank checkpost",
)
# verbs that tighten a border: 'tightens the frontier', 'stepped up identity checks'
TIGHTENS = _words(
    "close seal shut tighten reinforce strengthen fortify lock step increase intensify boost",
    "install instal build erect deploy add expand double extend upgrade",
)
# particles and complements of a kept-shut border: 'keeps the border closed'
SHUT = _words("close closed shut seal")
# verbs that open a border: 'reopen its borders', 'eased checks'
OPENS = _words("open reopen relax loosen ease lift")
# nouns of a border check as a noun trigger: 'inspections at major checkpoints'
INSPECTIONS = _words("inspection patrol")
# --- diplomatic requests and protests ----------------------------------------------------------
# verbs of asking: 'urged Beijing', 'asked China to', 'called on China'
ASKS = _words("urge ask appeal demand request implore call press recommend")
# verbs of protest: 'condemned the deportation', 'opposes'
PROTESTS = _words("protest oppose condemn criticize criticise deplore")
# verbs of a formal protest that count when a state is named: 'lodged a protest with the embassy'
FORMAL_PROTESTS = _words("lodge file summon")
# objects that make a plain verb a protest: 'expressed his opposition', 'summoned the ambassador'
PROTEST_NOUNS = MappingProxyType(
    {
        "express": _words("opposition concern protest regret"),
        "hold": _words("protest rally demonstration vigil"),
        "lodge": _words("protest complaint objection"),
        "file": _words("protest complaint objection"),
        "summon": _words("ambassador envoy diplomat consul chargé"),
    }
)
# the action recorded for such a protest verb ('express' names its object instead)
PROTEST_ACTIONS = MappingProxyType(
    {
        "hold": "hold protest",
        "lodge": "lodge protest",
        "file": "lodge protest",
        "summon": "summon ambassador",
    }
)
# what a request is about when it is diplomatic: the fate of people or their rights
AIMS = _words(
    "repatriation deportation expulsion expel deport repatriate protect refugee right asylum",
    "return fate refoulement torture",
)
# what a request asks for that spares people: 'to halt returns', 'to let them travel'
SPARES = _words(
    "halt stop end cease suspend release free let allow permit extend protect grant accept",
    "spare refrain respect abide honour honor resettle transfer",
)
# what a request asks for that sends people back: 'to send them back', 'to arrest them'
RETURNS = _words("return repatriate deport expel send hand extradite arrest")
# --- family pressure and other measures --------------------------------------------------------
# verbs of pressure on families: 'summoning the families', 'relatives were warned'
PRESSURES = _words(
    "summon threaten punish pressure force extort coerce interrogate harass intimidate fine",
    "press warn order instruct detain question tell",
)
# verbs of watching people: 're-investigating travelers', 'track them down'
TRACKS = _words("investigate surveil monitor track")
# verbs of gathering data on people, and the data: 'gathering information about them'
GATHERS = _words("gather collect")
DATA = _words("information data fingerprint")
# verbs of keeping lists of people, and the lists: 'compiling lists of women', 'keeps a blacklist'
COMPILES = _words("compile draw draft make keep update build")
LISTS = _words("list blacklist database file register dossier")
# fates worse than custody: 'face torture', 'face execution'
PUNISHMENTS = _words("punishment execution torture")
# verbs that protect people: 'protect the rights of North Koreans abroad'
RESCUES = _words("protect rescue")
# --- denials and certainty ---------------------------------------------------------------------
# verbs that deny a report, and what they deny: 'China has denied the reports'
DENYING = _words("deny reject refute dismiss")
CLAIMS = _words("report claim allegation accusation figure estimate account")
# what a denied report is about, by category: 'denied the reports of mass expulsions'
DENIED = MappingProxyType(
    {
        Category.REPATRIATION: _words(
            "repatriation expulsion deportation repatriate expel deport return"
        ),
        Category.DETENTION_ARREST: _words("arrest detention crackdown detain"),
    }
)
# verbs and adjectives of belief, fear or waiting: what they govern is not a reported change
FEARS = _words(
    "believe think assume suspect expect hope fear worry afraid frightened frighten scared",
    "anxious risk concerned concern threaten warn danger wait",
)
# reporting verbs that put an act in a source's mouth (claimed_by_source): the shared speech
# verbs, less 'announce' (an actor announcing its own act states it as fact) and the verbs of
# belief and warning ('believe', 'warn'), which hedge what they govern (FEARS) and do not report it
REPORTING = SPEECH_VERBS - {"announce"} - FEARS
# verbs of asking: what they govern is requested, not done
REQUESTS = _words("urge ask call demand request appeal implore recommend press require")
# modals that make the trigger's own clause hypothetical: 'may improve', 'could use'
MODALS = _words("may might could can")
# modals that turn a reported act into the speaker's demand: 'must be granted refugee status'
DEMAND_MODALS = _words("must should")
# nouns that say a report is hearsay, and verbs of 'word' going around: 'rumors go around that'
RUMORS = _words("rumor rumour hearsay")
SPREADS = _words("go spread circulate")
