# Suites for localorg/data (one line per suite).
