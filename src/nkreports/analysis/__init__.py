"""Analysis: the extracted tables in, the frames the notebooks show out (pure pandas).

`params` checks notebook parameters, `corpus` reads and checks one corpus, `timeline` puts dated
facts on one axis, `events` merges policy changes into events, `estimates` groups counts of
people, `place_counts` counts places per name, country and province.
"""
