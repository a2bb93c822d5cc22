"""Production figures (ledelsesinformation) for supervisors: shape, service, export."""
