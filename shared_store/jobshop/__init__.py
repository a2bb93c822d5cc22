"""The job shop: companies, vacancies, referrals, open advice and kvikservice."""
