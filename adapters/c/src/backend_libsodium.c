/*
 * libsodium: Ed25519 (crypto_sign_verify_detached). libsodium decides everything about the key and the
 * signature: S below L, R and A canonical and not of small order, the equation. Its API takes a key of
 * exactly crypto_sign_PUBLICKEYBYTES and a signature of exactly crypto_sign_BYTES, so the glue checks
 * those two lengths before the call.
 */
#include "backend.h"

#include <sodium.h>

#include <stdio.h>

static void version(char *text, size_t size) {
    char glue[96];
    glue_versions(glue, sizeof glue);
    snprintf(text, size, "%s (%s)", sodium_version_string(), glue);
}

static int init(void) {
    return sodium_init() < 0 ? -1 : 0;
}

static void verify_ed25519(const struct cose_key *key, const uint8_t *message, size_t message_len,
                           const uint8_t *signature, size_t signature_len, struct verdict *verdict) {
    if (key->x_len != crypto_sign_PUBLICKEYBYTES) {
        verdict_reject(verdict, "BAD_KEY", "glue: an Ed25519 public key is %d bytes (RFC 8032 §5.1.5); this one has %zu",
                       crypto_sign_PUBLICKEYBYTES, key->x_len);
        return;
    }
    if (signature_len != crypto_sign_BYTES) {
        verdict_reject(verdict, "SIGNATURE_MALFORMED", "glue: an Ed25519 signature is %d bytes (RFC 8032 §5.1.6); "
                       "this one has %zu", crypto_sign_BYTES, signature_len);
        return;
    }
    if (crypto_sign_verify_detached(signature, message, message_len, key->x) == 0) {
        verdict_accept(verdict);
    } else {
        /* libsodium returns -1 for every refusal: a bad key, a non-canonical or small-order R, S >= L, a failed equation. */
        verdict_reject(verdict, NULL, "crypto_sign_verify_detached returned -1");
    }
}

static const char *const ALGORITHMS[] = {"EdDSA", "Ed25519", NULL};
static const char *const PROFILES[] = {"ed25519-strict", NULL};

const struct backend BACKEND_LIBSODIUM = {
    .library = "libsodium",
    .implementation = "libsodium",
    .version = version,
    .algorithms = ALGORITHMS,
    .profiles = PROFILES,
    .init = init,
    .verify_p256 = NULL,
    .verify_ed25519 = verify_ed25519,
};
