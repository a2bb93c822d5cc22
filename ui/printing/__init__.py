"""Ticket printing: the printer chosen per workstation (a system printer, an ESC/POS
thermal printer on the network or USB, or a PDF per ticket) and the road a ticket takes
to it. A printer that fails never takes the ticket with it: the ticket is issued first."""
