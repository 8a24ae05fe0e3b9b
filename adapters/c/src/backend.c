#include "backend.h"

#include <cbor.h>
#include <jansson.h>

#include <stdio.h>
#include <string.h>

static const struct backend *const BACKENDS[] = {&BACKEND_MBEDTLS, &BACKEND_LIBSODIUM, &BACKEND_OPENSSL};

const struct backend *backend_named(const char *library) {
    for (size_t i = 0; i < sizeof BACKENDS / sizeof BACKENDS[0]; i++) {
        if (strcmp(BACKENDS[i]->library, library) == 0) {
            return BACKENDS[i];
        }
    }
    return NULL;
}

int backend_states(const struct backend *backend, const struct algorithm *algorithm) {
    for (const char *const *name = backend->algorithms; *name != NULL; name++) {
        if (strcmp(*name, algorithm->name) == 0) {
            return 1;
        }
    }
    return 0;
}

void glue_versions(char *text, size_t size) {
    /* libcbor 0.8 has no run-time version call: the headers' version is the one built against. */
    snprintf(text, size, "glue: libcbor %d.%d.%d, jansson %s", CBOR_MAJOR_VERSION, CBOR_MINOR_VERSION,
             CBOR_PATCH_VERSION, jansson_version_str());
}
