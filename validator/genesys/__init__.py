"""Talking to Genesys Cloud: regions, OAuth client credentials, and the flow endpoints flowlint reads."""
