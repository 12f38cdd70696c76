"""The trained policy model: candidate triggers of a parse, classified beside the rules.

In come a parsed sentence and the rules' readings of it; out comes, for each candidate trigger (a
verb, a root copula, an action noun, or a token a rule read), the model's category or "none",
its probability and a direction. The model reads the candidate's marked window of words plus
feature words from the parse and from the rules ("L_deport D_ROOT R_repatriation ..."), so it
learns when to trust a rule's reading and finds phrasings no rule knows. Its training data,
configs and rebuild (`make train`) live in `nkreports.tools.policy_model`; the trained pipelines
ship in `resources/policy_model/` and load offline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from nkreports.facts.policy.lexicon import WORDS
from nkreports.paths import RESOURCES
from nkreports.schema import PolicyChange

MODEL_DIR = Path("policy_model")
TARGETS = ("category", "direction")
# the files whose bytes make the model's part of the policy stage's version
MODEL_FILES = tuple(f"{MODEL_DIR}/{t}/{f}" for t in TARGETS for f in ("meta.json", "textcat/model"))
NONE = "none"
WINDOW = 5  # words either side of the candidate
OPEN, CLOSE = "[[", "]]"  # around the candidate in its window
FEATURES = "|||"  # separates the window from the feature words
# the dependents whose lemma says what a candidate does, to whom, and how
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "prep", "agent", "xcomp", "ccomp", "advcl", "neg", "aux"}
    | {"prt", "dative", "attr", "acomp", "oprd"}
)


@dataclass(frozen=True)
class Reading:
    """A rule's reading of a trigger: the trigger, its tight mention in the parse, and its row."""

    trigger: Token
    span: Span
    row: PolicyChange

    def covers(self, token: Token) -> bool:
        """Tell whether the token lies inside the reading's mention."""
        return self.span.start <= token.i < self.span.end


@dataclass(frozen=True)
class Verdict:
    """The model's reading of one candidate; `category` is NONE for no official action."""

    category: str
    direction: str
    confidence: float  # the probability of `category`


def is_candidate(token: Token) -> bool:
    """True for a verb, a root copula or an action noun ('a sweep', 'the deportation of')."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX" and token.dep_ == "ROOT" and token.lemma_.lower() == "be":
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in WORDS.ACTION_NOUNS


def candidates(sent: Span, readings: Sequence[Reading]) -> list[tuple[Token, Reading | None]]:
    """The sentence's candidates, each with the first rule reading whose mention covers it."""
    triggers = {r.trigger.i for r in readings}
    return [
        (t, next((r for r in readings if r.covers(t)), None))
        for t in sent
        if is_candidate(t) or t.i in triggers
    ]


def features(token: Token, rule: PolicyChange | None) -> tuple[str, ...]:
    """The classifier's input words for a candidate: its marked window, then its feature words.

    The words go to the classifier as they are (`as_doc`), never through a tokenizer again.

    >>> ('China', '[[', 'deported', ']]', '19', 'women', '|||', 'L_deport', 'D_ROOT', ...)
    """
    sent = token.sent
    lo, hi = max(token.i - WINDOW, sent.start), min(token.i + WINDOW + 1, sent.end)
    words = []
    for t in token.doc[lo:hi]:
        if t.i == token.i:
            words += [OPEN, t.text, CLOSE]
        elif not t.is_space:
            words.append(t.text)
    found = [
        f"L_{_lemma(token)}",
        f"D_{token.dep_}",
        f"P_{token.tag_}",
        f"HL_{_lemma(token.head)}",
        f"HD_{token.head.dep_}",
    ]
    found += [f"A_{_lemma(a)}" for a in list(token.ancestors)[:3]]
    for child in token.children:
        if child.dep_ in ARGUMENT_DEPS:
            found.append(f"C_{child.dep_}_{_lemma(child)}")
        if child.dep_ == "prep":
            found += [
                f"C_prep_{_lemma(child)}_{_lemma(g)}" for g in child.children if g.dep_ == "pobj"
            ]
    if rule is None:
        found.append("R_none")
    else:
        found += [f"R_{rule.category}", f"RD_{rule.direction}", f"RC_{rule.certainty}"]
        found.append(f"RM_{rule.method}")
    return (*words, FEATURES, *found)


def _lemma(token: Token) -> str:
    """The lower-cased lemma as one word (a whitespace token's lemma becomes "_")."""
    return "".join(token.lemma_.lower().split()) or "_"


def as_doc(nlp: Language, words: Sequence[str]) -> Doc:
    """The classifier's input Doc: the feature words as its tokens."""
    return Doc(nlp.vocab, words=list(words))


class PolicyModel:
    """The two trained classifiers: category (or none) of a candidate, then its direction."""

    def __init__(self, category: Language, direction: Language) -> None:
        self.category = category
        self.direction = direction

    def classify(self, texts: Sequence[tuple[str, ...]]) -> list[Verdict]:
        """One verdict per feature text; the direction is read only for an official action."""
        verdicts = []
        for doc in self.category.pipe((as_doc(self.category, t) for t in texts), batch_size=256):
            best = max(doc.cats, key=doc.cats.get)
            verdicts.append(Verdict(best, "", doc.cats[best]))
        found = [i for i, v in enumerate(verdicts) if v.category != NONE]
        events = (as_doc(self.direction, texts[i]) for i in found)
        for i, doc in zip(found, self.direction.pipe(events, batch_size=256), strict=True):
            verdict = verdicts[i]
            direction = max(doc.cats, key=doc.cats.get)
            verdicts[i] = Verdict(verdict.category, direction, verdict.confidence)
        return verdicts


@spacy.registry.tokenizers("nkreports.words_only_tokenizer.v1")
def words_only_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for pipelines that are only given Docs (`as_doc`), never text.

    Building the English tokenizer's thousands of special cases costs a tenth of a second a
    pipeline at every start-up; the classifiers never tokenize, so they need none of them.
    """
    return lambda nlp: Tokenizer(nlp.vocab)


# loads a classifier with the rule-less tokenizer, and without reading the shipped one
_WORDS_ONLY = {"nlp": {"tokenizer": {"@tokenizers": "nkreports.words_only_tokenizer.v1"}}}


@lru_cache(maxsize=1)
def load_model(resources: Path = RESOURCES) -> PolicyModel:
    """The shipped model, loaded once; a missing model is an error that says how to rebuild it."""
    folder = resources / MODEL_DIR
    missing = [t for t in TARGETS if not (folder / t / "meta.json").is_file()]
    if missing:
        raise FileNotFoundError(
            f"the policy model is missing from {folder} ({', '.join(missing)}): run `make train`"
        )
    # The classifiers read Docs made from feature words (`as_doc`), never text.
    loaded = (spacy.load(folder / t, exclude=["tokenizer"], config=_WORDS_ONLY) for t in TARGETS)
    return PolicyModel(*loaded)
