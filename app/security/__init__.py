"""Staff sign-in, the role × action permission table and the tamper-evident audit trail."""
