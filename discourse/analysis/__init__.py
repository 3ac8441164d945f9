"""Analyses of comment sections against their articles; each usable alone on plain tables."""
