"""Citizens, reference data (sites, services, staff, support bases) and tickets."""
