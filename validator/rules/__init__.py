"""Every check that makes findings: envelope, inputs, nulls, request rules, and the fixes they offer."""
