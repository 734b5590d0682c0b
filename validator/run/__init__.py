"""A run over files: check, fix or diff, one file in memory at a time."""
