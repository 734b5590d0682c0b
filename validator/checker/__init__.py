"""One document checked: rules, then the one decide step, then located diagnostics."""
