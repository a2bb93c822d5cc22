"""Staff secrets and the audit trail."""
