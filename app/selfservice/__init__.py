"""Self-service PCs in the job shop: which PCs a site has, who sits at which and until when."""
