# Suites for localorg/server (one line per suite).
