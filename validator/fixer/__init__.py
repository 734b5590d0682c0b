"""The fix pass loop: fixes applied pass after pass, each pass proven."""
