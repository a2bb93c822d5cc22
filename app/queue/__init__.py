"""Queue management: the ticket lifecycle, calling, and what a counter does next."""
