"""The library: check, fix, load_contract, ensure_valid and the launch guards."""
