"""Sub-commands of `python -m timeline`."""
