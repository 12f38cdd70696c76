"""The rule family for recommendations written as bare imperatives: a request of a state.

A treaty body's or a rapporteur's list reads 'Halt without delay the collective return of DPRK
nationals', '(c) Grant UNHCR unimpeded access to all DPRK nationals', 'Consider regularizing
the status of mothers': each is a request (`diplomatic_request_protest`) in the direction of
what it asks. Only verbs a state is asked to do count, so a page's 'Read more', 'Share this
story' or an appeal's 'Write to the ambassador' are none. The list must be an official's: opened
by one ('The Committee recommends that the State party:'), or, as a periodic review's list is,
each item closed by the state that made it ('… is sent back (Germany); - Noted').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.aims import aim_of
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.nlp import list_mark
from nkreports.schema import Category, Direction

_LIST_ITEMS = 12  # the items a recommendation's list may hold before the next one


def imperative_request(verb: Token) -> Hit | None:
    """Catch a recommendation that opens its sentence with a bare imperative, or is joined to one.

    '(b) Halt the removals and release those held' asks both: the release is asked, not done.
    """
    if verb.lower_ not in WORDS.RECOMMENDS:
        return None
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    joined = verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i and subjectless
    if not (_bare_imperative(verb) or (joined and imperative_request(verb.head))):
        return None
    sentence = {grammar.lemma_of(t) for t in verb.sent}
    if not (sentence & WORDS.RECOMMENDED or any(map(grammar.is_group, verb.sent))):
        return None  # 'Register now for our newsletter'
    if not (_introduced_by_an_official(verb.sent) or _made_by_a_state(verb.sent)):
        return None  # an NGO's or an author's own list of recommendations
    asked = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]  # 'ensure that no child'
    if any(map(grammar.done_to_nobody, asked)):
        return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, Direction.PROTECTIVE, "recommend: ensure")
    direction = aim_of(verb) if verb.pos_ == "VERB" and verb.lower_ not in WORDS.ENSURES else None
    direction = direction or next(filter(None, map(aim_of, asked)), None)
    if direction is None:  # what is asked for people spares them; access is neutral
        access = "access" in sentence and verb.lower_ in WORDS.GIVES_ACCESS  # 'Grant UNHCR access'
        direction = Direction.NEUTRAL if access else Direction.PROTECTIVE
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, f"recommend: {verb.lower_}")


def opens_requests(verb: Token) -> bool:
    """Tell whether a recommending word opens a list whose items are read as requests.

    'The Committee calls upon the State party to:' before '(a) refrain from returning …' and
    '(b) grant UNHCR access …': each item is the request, and the opening asks nothing more.
    """
    if grammar.lemma_of(verb) not in WORDS.RECOMMENDING:
        return False
    sentence = verb.sent
    if any(grammar.lemma_of(t) in WORDS.RECOMMENDING for t in verb.doc[verb.i + 1 : sentence.end]):
        return False  # only the word that opens the list: 'urged China to …, and recommended:'
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.text != ":":
        return False
    end = sentence.end
    for _ in range(_LIST_ITEMS):  # any item of the list read as a request, not only the first
        if end >= len(verb.doc):
            return False
        item = verb.doc[end].sent
        size = list_mark(item.doc, item.start)
        if not size or len(item) <= size:
            return False
        if imperative_request(item[size]) is not None:
            return True
        end = item.end
    return False


def _bare_imperative(verb: Token) -> bool:
    """Tell whether the word opens its sentence as an imperative: '(b) Halt the returns'.

    An adverb may open the sentence before it: 'Immediately halt the returns'.
    The small parser often tags such a word a noun ('Halt', 'Grant'): its place and case
    decide, as long as it is no subject and has none. After a list mark the word may be in
    lower case, as items after 'calls on the State party to:' are ('(a) refrain from').
    """
    before = list(verb.doc[verb.sent.start : verb.i])
    first = verb
    if before and before[-1].pos_ == "ADV" and before[-1].lower_.endswith("ly"):
        first = before.pop()  # 'Immediately halt any return'
    if verb.dep_ in {"nsubj", "nsubjpass"}:
        return False
    mark = list_mark(verb.doc, verb.sent.start)  # '(i) end …': the parser may make 'i' a subject
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} and c.i >= verb.sent.start + mark
        for c in verb.children
    ):
        return False
    if before and len(before) == mark:
        return True  # '(iv) Review', '12. Grant', '(a) refrain from', after 'urges China to:'
    if not first.text[:1].isupper():
        return False
    return all(t.is_punct or t.like_num or (t.is_alpha and len(t) == 1) for t in before)


def asked_by_others(sentence: Span) -> bool:
    """Tell whether a list item is asked by no official: an NGO's or a coalition's own request.

    In 'We, the undersigned organisations, call on the authorities to: (a) Release the women
    held in Tumen' (or '• allow them to leave', or, after 'call on:', '- the government to free
    them') the item asks, and an unofficial request is no row; its custody only names the
    people. Only a clause with its own subject inside it reports an act (`reported_within`).
    An official's list is read by `imperative_request`.
    """
    size = list_mark(sentence.doc, sentence.start)
    if not size or len(sentence) <= size:
        return False
    verb = sentence[size + (sentence[size].pos_ == "ADV" and len(sentence) > size + 1)]
    subject = any(  # the mark is no subject, however the parser reads '• allow the group'
        c.dep_ in {"nsubj", "nsubjpass"} and c.i >= sentence.start + size for c in verb.children
    )
    imperative = (verb.tag_ in {"VB", "VBP"} or verb.lower_ in WORDS.RECOMMENDS) and not subject
    finite = any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in sentence)
    asked = not finite and any(t.tag_ == "VB" and grammar.is_infinitive(t) for t in sentence)
    if not (imperative or asked):
        return False  # '(a) Police detained nine women'; asked: '- the government to release'
    askers = [s for t in _recommending(_list_opener(sentence)) for s in _subjects(t)]
    askers = [s for s in askers if s.lower_ not in {"it", "there"}]  # 'It is recommended that'
    return bool(askers) and not any(map(is_official, askers))


def reported_within(token: Token) -> bool:
    """Tell whether a word of a request's item tells an act of its own clause, with a subject.

    '(a) Release the 40 women whom police arrested in Tumen': the arrest is reported; the
    release and 'the women held in Tumen' are asked or name the people.
    """
    finite = token.tag_ in {"VBD", "VBN", "VBZ", "VBP"} or any(  # not '- the government to free'
        c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in token.children
    )
    return finite and any(c.dep_ in {"nsubj", "nsubjpass"} and c.is_alpha for c in token.children)


def _introduced_by_an_official(sentence: Span) -> bool:
    """Tell whether the list the item belongs to opens with an official's recommendation.

    'The Committee recommends that the State party:' or 'The Special Rapporteur urges the
    Government to:', before the items (each opening with an imperative) that follow it.
    """
    asking = _recommending(_list_opener(sentence))
    return any(is_official(s) for t in asking for s in _subjects(t))


_CLOSING_WORDS = 3  # after a review's credit, only its status may follow: '(Germany); - Noted'


def _made_by_a_state(sentence: Span) -> bool:
    """Tell whether an item ends by naming the state that made it, as a review's list does.

    '162.219 Ensure that no person … is sent back (Germany); - Noted', '(Republic of Korea).'
    """
    closing = [t.i for t in sentence if t.text == ")"]
    after = [t for t in sentence if closing and t.i > closing[-1] and not t.is_space]
    if not closing or len(after) > _CLOSING_WORDS:
        return False
    opening = [t.i for t in sentence if t.text == "(" and t.i < closing[-1]]
    inside = sentence.doc[opening[-1] + 1 : closing[-1]] if opening else []
    return bool(inside) and any(t.ent_type_ == "GPE" for t in inside)


def _recommending(sentence: Span | None) -> list[Token]:
    """The words of recommending in a sentence: 'recommends', 'urges', 'call on'."""
    return [t for t in sentence or () if grammar.lemma_of(t) in WORDS.RECOMMENDING]


def _list_opener(sentence: Span) -> Span | None:
    """The sentence before the first item of the list the item belongs to, if it is near."""
    doc, start = sentence.doc, sentence.start
    style = _mark_style(sentence)
    for _ in range(_LIST_ITEMS):
        if start == 0:
            return None
        before = doc[start - 1].sent
        opener = next((t for t in before if not (t.is_punct or len(t) == 1)), None)
        # an item of the same list: the same mark, or with no marks an imperative too
        item = (
            _mark_style(before) == style if style else opener and opener.lower_ in WORDS.RECOMMENDS
        )
        if opener is None or not item:
            return before
        start = before.start
    return None


def _mark_style(sentence: Span) -> str:
    """The shape of the list mark a sentence opens with ('(a)', '2.', '•'), or "" for none.

    '(e)' and '(iv)' share the shape '(x)'; '2.' and '12.' the shape '9.'; a bullet is itself.
    """
    size = list_mark(sentence.doc, sentence.start)
    if not size or len(sentence) <= size + 1:
        return ""  # no mark, or a mark with no item after it
    mark = sentence[:size].text
    return re.sub(r"[a-z]+", "x", re.sub(r"[0-9]+", "9", mark))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
