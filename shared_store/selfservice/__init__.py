"""The self-service PCs' table and repository: citizens' slots at the job shop's PCs."""
