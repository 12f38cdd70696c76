"""Facts: a spaCy `Doc` of one clean article in, the rows of the four fact tables out.

Each stage is a subpackage with one entry function and its `RULES_VERSION`: `dates`, `places`,
`counts` and `policy`; `attribution` (who says a sentence) is shared by counts and policy. Every
row carries the same provenance: `report_id`, raw `start`/`end`, `mention` and `sentence`.
"""
