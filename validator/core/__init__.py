"""Shared shapes and words: findings, fixes, spans, rule codes, unknown values. Imports nothing else of validator."""
