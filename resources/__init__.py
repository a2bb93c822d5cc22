"""Icons, stylesheets, translations, sounds and seed data, loaded with importlib.resources."""
