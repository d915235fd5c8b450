# Suites for localorg/data (one line per suite).
sfsync_add_test(tst_localorg_ids SOURCES tst_localorg_ids.cpp LIBS sfsync_localorg)
sfsync_add_test(tst_localorg_catalogue SOURCES tst_localorg_catalogue.cpp LIBS sfsync_localorg)
sfsync_add_test(tst_localorg_store SOURCES tst_localorg_store.cpp LIBS sfsync_localorg)
sfsync_add_test(tst_localorg_soql SOURCES tst_localorg_soql.cpp LIBS sfsync_localorg)
sfsync_add_test(tst_localorg_seed SOURCES tst_localorg_seed.cpp LIBS sfsync_localorg)
