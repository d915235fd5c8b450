# Suites for localorg/server (one line per suite).
sfsync_add_test(tst_localorg_http SOURCES tst_localorg_http.cpp LIBS sfsync_localorg)
sfsync_add_test(tst_localorg_rest SOURCES tst_localorg_rest.cpp orgclient.h LIBS sfsync_localorg Qt6::Network)
sfsync_add_test(tst_localorg_collections SOURCES tst_localorg_collections.cpp orgclient.h LIBS sfsync_localorg Qt6::Network)
sfsync_add_test(tst_localorg_composite SOURCES tst_localorg_composite.cpp orgclient.h LIBS sfsync_localorg Qt6::Network)
sfsync_add_test(tst_localorg_bulk SOURCES tst_localorg_bulk.cpp orgclient.h LIBS sfsync_localorg Qt6::Network)
sfsync_add_test(tst_localorg_oauth SOURCES tst_localorg_oauth.cpp orgclient.h LIBS sfsync_localorg Qt6::Network OpenSSL::Crypto)
