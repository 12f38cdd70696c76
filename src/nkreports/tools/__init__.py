"""Build and benchmark scripts: `python -m nkreports.tools.NAME`, never imported at run time.

`build_gazetteer` and `build_basemap` regenerate the shipped resources, `synthetic` recombines
sentences into synthetic corpora, `bench` measures speed and memory.
"""
