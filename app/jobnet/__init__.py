"""Jobnet at the counter: CV status, CV approval, the joblog duty and Jobnet orientation."""
