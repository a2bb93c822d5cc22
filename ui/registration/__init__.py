"""The registration desk: find or register a citizen, choose why they came, issue a ticket."""
