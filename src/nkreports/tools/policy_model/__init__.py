"""Training side of the statistical policy-change model: JSONL corpus in, spaCy pipeline out.

`convert` turns `corpus/*.jsonl` into DocBins with a fixed split, `evaluate` scores a pipeline on
held-out records, and `train` runs convert → train → evaluate → package, writing the pipeline and
its `metrics.json` to `nkreports/resources/policy_model/`. Run as `python -m ...`; never imported
at run time.
"""
