"""Every input turned into documents and launch requests: syntax only, never rules or editors."""
