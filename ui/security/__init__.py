"""Sign-in, the idle lock, revealing a CPR on purpose and the audit screen."""
