"""The job shop's screens: vacancies, companies, kvikservice and open advice."""
