"""flowlint: lint the request bodies that launch Genesys Cloud Architect flows."""

__version__ = "0.1.0"
