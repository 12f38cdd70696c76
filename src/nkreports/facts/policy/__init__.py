"""Policy changes: the parse of an article in, `PolicyChange` rows coded by the codebook out.

`lexicon` holds the word lists, `grammar` the parse helpers, `actors` resolves who acts,
`families`, `pressure` and `nouns` hold one rule family per category (`families.read_action` tries
them in order), `codebook` explains the controlled vocabulary (the enums of `nkreports.schema`),
`changes` reads the rules' rows, `model` holds the trained classifier and its features, and
`combine` lets the model judge the rules' readings and add its own.
"""

from nkreports.facts.policy.changes import RESOURCE_FILES, RULES_VERSION, version
from nkreports.facts.policy.combine import extract_policy_changes

__all__ = ["RESOURCE_FILES", "RULES_VERSION", "extract_policy_changes", "version"]
