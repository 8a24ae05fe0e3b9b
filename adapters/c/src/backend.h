/*
 * One signature library behind the adapter: its statement and its two primitives. Each adapter name
 * (c-mbedtls, c-libsodium, c-openssl) runs exactly one backend, so every outcome belongs to one library.
 */
#ifndef SUITCASE_BACKEND_H
#define SUITCASE_BACKEND_H

#include "cose_key.h"
#include "verdict.h"

#include <stddef.h>
#include <stdint.h>

struct backend {
    const char *library;        /* the --library value, e.g. "mbedtls" */
    const char *implementation; /* the statement's implementation, e.g. "Mbed TLS" */
    /* Writes the statement's version: the library's own version string, read at run time, and the glue's libraries. */
    void (*version)(char *text, size_t size);
    /* The algorithms it states at the signature layer, NULL-terminated display names. */
    const char *const *algorithms;
    /* The profiles its Ed25519 vectors are judged under, NULL-terminated (empty when it has no Ed25519). */
    const char *const *profiles;
    /* Prepares the library once, before the first request; returns 0 on success. NULL when there is nothing to do. */
    int (*init)(void);
    /* Verifies an ECDSA P-256 signature over SHA-256 (ES256, ESP256); NULL when the library has none. */
    void (*verify_p256)(const struct cose_key *key, const uint8_t *message, size_t message_len,
                        const uint8_t *signature, size_t signature_len, struct verdict *verdict);
    /* Verifies a PureEdDSA Ed25519 signature (EdDSA, Ed25519); NULL when the library has none. */
    void (*verify_ed25519)(const struct cose_key *key, const uint8_t *message, size_t message_len,
                           const uint8_t *signature, size_t signature_len, struct verdict *verdict);
};

extern const struct backend BACKEND_MBEDTLS;
extern const struct backend BACKEND_LIBSODIUM;
extern const struct backend BACKEND_OPENSSL;

/* The backend a --library value names; NULL for none. */
const struct backend *backend_named(const char *library);

/* Whether the backend states the algorithm. */
int backend_states(const struct backend *backend, const struct algorithm *algorithm);

/* The versions of the glue's own libraries (libcbor, jansson), for the statements' version strings. */
void glue_versions(char *text, size_t size);

#endif
