"""The exit codes, a public contract: scripts and CI read them."""

OK = 0  # no error-severity finding
FINDINGS = 1  # at least one error (with --strict, or a warning)
USAGE = 2  # a bad option, a path that does not exist, a bad config (click uses 2 as well)
FAILURE = 3  # flowlint could not do its job: broken schema or contract, an internal error, a failed pull
INTERRUPTED = 130  # the run was interrupted (Ctrl-C: 128 + SIGINT), never 1, which says findings
