/*
 * Mbed TLS (libmbedcrypto): ECDSA P-256. The glue writes the COSE_Key's coordinates as the SEC1 point
 * 04 ‖ x ‖ y (02/03 ‖ x for a compressed COSE_Key) and the COSE signature r ‖ s as two integers; Mbed TLS reads the point
 * (mbedtls_ecp_point_read_binary), validates it (mbedtls_ecp_check_pubkey: coordinates below p, on the
 * curve, not the point at infinity), hashes the message (mbedtls_sha256_ret) and verifies
 * (mbedtls_ecdsa_verify, which refuses r or s outside [1, n-1]).
 */
#include "backend.h"

#include <mbedtls/bignum.h>
#include <mbedtls/ecdsa.h>
#include <mbedtls/ecp.h>
#include <mbedtls/error.h>
#include <mbedtls/sha256.h>
#include <mbedtls/version.h>

#include <stdio.h>
#include <string.h>

static void describe(int code, char *text, size_t size) {
    mbedtls_strerror(code, text, size);
}

static void version(char *text, size_t size) {
    char mbedtls[32];
    char glue[96];
    mbedtls_version_get_string(mbedtls);
    glue_versions(glue, sizeof glue);
    snprintf(text, size, "%s (libmbedcrypto; %s)", mbedtls, glue);
}

static void verify_p256(const struct cose_key *key, const uint8_t *message, size_t message_len,
                        const uint8_t *signature, size_t signature_len, struct verdict *verdict) {
    if (signature_len != 64) {
        verdict_reject(verdict, "SIGNATURE_MALFORMED", "glue: an ES256 signature is r ‖ s, 64 bytes (RFC 9053 §2.1); "
                       "this one has %zu", signature_len);
        return;
    }
    uint8_t point[65];
    size_t point_len = cose_key_sec1_point(key, point);
    uint8_t hash[32];
    char error[160];
    mbedtls_ecp_group group;
    mbedtls_ecp_point q;
    mbedtls_mpi r, s;
    mbedtls_ecp_group_init(&group);
    mbedtls_ecp_point_init(&q);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);
    int code = mbedtls_ecp_group_load(&group, MBEDTLS_ECP_DP_SECP256R1);
    if (code != 0) {
        describe(code, error, sizeof error);
        verdict_reject(verdict, NULL, "mbedtls_ecp_group_load(SECP256R1) failed: %s", error);
    } else if ((code = mbedtls_ecp_point_read_binary(&group, &q, point, point_len))
               == MBEDTLS_ERR_ECP_FEATURE_UNAVAILABLE) {
        /* Mbed TLS 2.28 reads compressed points of Montgomery curves only; verifying would take decompressing by hand. */
        describe(code, error, sizeof error);
        verdict_unsupported(verdict, "Mbed TLS cannot read the compressed point the COSE_Key gives (y is its sign bit, "
                            "RFC 9053 §7.1.1): mbedtls_ecp_point_read_binary: %s", error);
    } else if (code != 0 || (code = mbedtls_ecp_check_pubkey(&group, &q)) != 0) {
        describe(code, error, sizeof error);
        verdict_reject(verdict, "BAD_KEY", "Mbed TLS refused the public key: %s", error);
    } else if ((code = mbedtls_mpi_read_binary(&r, signature, 32)) != 0
               || (code = mbedtls_mpi_read_binary(&s, signature + 32, 32)) != 0
               || (code = mbedtls_sha256_ret(message, message_len, hash, 0)) != 0) {
        describe(code, error, sizeof error);
        verdict_reject(verdict, NULL, "Mbed TLS failed before verifying: %s", error);
    } else if ((code = mbedtls_ecdsa_verify(&group, hash, sizeof hash, &q, &r, &s)) != 0) {
        describe(code, error, sizeof error);
        /* MBEDTLS_ERR_ECP_VERIFY_FAILED stands for r or s out of range as well as a failed equation. */
        verdict_reject(verdict, NULL, "mbedtls_ecdsa_verify: %s", error);
    } else {
        verdict_accept(verdict);
    }
    mbedtls_mpi_free(&s);
    mbedtls_mpi_free(&r);
    mbedtls_ecp_point_free(&q);
    mbedtls_ecp_group_free(&group);
}

static const char *const ALGORITHMS[] = {"ES256", "ESP256", NULL};
static const char *const PROFILES[] = {NULL};

const struct backend BACKEND_MBEDTLS = {
    .library = "mbedtls",
    .implementation = "Mbed TLS",
    .version = version,
    .algorithms = ALGORITHMS,
    .profiles = PROFILES,
    .init = NULL,
    .verify_p256 = verify_p256,
    .verify_ed25519 = NULL,
};
