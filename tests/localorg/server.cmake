# Suites for localorg/server (one line per suite).
sfsync_add_test(tst_localorg_http SOURCES tst_localorg_http.cpp LIBS sfsync_localorg)
