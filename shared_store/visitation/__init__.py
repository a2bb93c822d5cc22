"""Primary visitation: categories, referrals, bookings and follow-ups."""
