"""Policy changes: the parse of an article in, `PolicyChange` rows coded by the codebook out.

`grammar` holds the parse vocabulary, `actors` resolves who acts, `families` and `pressure` hold
one rule family per category, `codebook` the controlled vocabulary, `changes` builds the rows.
"""

from nkreports.facts.policy.changes import (
    RESOURCE_FILES,
    RULES_VERSION,
    extract_policy_changes,
    version,
)

__all__ = ["RESOURCE_FILES", "RULES_VERSION", "extract_policy_changes", "version"]
