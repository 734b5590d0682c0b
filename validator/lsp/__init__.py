"""`flowlint lsp`: the Language Server (the `lsp` extra: pygls and lsprotocol)."""
