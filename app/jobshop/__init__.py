"""Job shop: vacancies, referrals to them, companies, kvikservice and open advice."""
