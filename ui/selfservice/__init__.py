"""The job shop's self-service PCs at the desk: the board, assigning from the card."""
