/*
 * OpenSSL 3 (libcrypto): ECDSA P-256 and Ed25519 through EVP. For P-256 the glue writes the SEC1 point
 * (04 ‖ x ‖ y, or 02/03 ‖ x for a compressed COSE_Key) and the COSE signature r ‖ s as the DER
 * ECDSA-Sig-Value that EVP_DigestVerify reads (OpenSSL has no raw r ‖ s form); OpenSSL imports the point
 * (EVP_PKEY_fromdata), validates it (EVP_PKEY_public_check), hashes and verifies. For Ed25519 the
 * COSE_Key's x and the signature go to OpenSSL as they are (EVP_PKEY_new_raw_public_key_ex,
 * EVP_PKEY_public_check, EVP_DigestVerify), which decides their lengths and their validity.
 */
#include "backend.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <stdio.h>
#include <string.h>

static void version(char *text, size_t size) {
    char glue[96];
    glue_versions(glue, sizeof glue);
    snprintf(text, size, "%s (libcrypto; %s)", OpenSSL_version(OPENSSL_VERSION_STRING), glue);
}

/* The first error OpenSSL queued, or what failed when it queued none; clears the queue. */
static void last_error(const char *call, char *text, size_t size) {
    unsigned long code = ERR_get_error();
    if (code == 0) {
        snprintf(text, size, "%s failed", call);
    } else {
        char reason[256];
        ERR_error_string_n(code, reason, sizeof reason);
        snprintf(text, size, "%s: %s", call, reason);
    }
    ERR_clear_error();
}

/* The key when OpenSSL's own validation (EVP_PKEY_public_check) passes it; NULL with a rejection, the key freed, otherwise. */
static EVP_PKEY *publicly_checked(EVP_PKEY *pkey, struct verdict *verdict) {
    EVP_PKEY_CTX *check = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
    if (check == NULL || EVP_PKEY_public_check(check) != 1) {
        char error[320];
        last_error("EVP_PKEY_public_check", error, sizeof error);
        verdict_reject(verdict, "BAD_KEY", "OpenSSL refused the public key: %s", error);
        EVP_PKEY_free(pkey);
        pkey = NULL;
    }
    EVP_PKEY_CTX_free(check);
    return pkey;
}

static EVP_PKEY *p256_key(const struct cose_key *key, struct verdict *verdict) {
    uint8_t point[65];
    size_t point_len = cose_key_sec1_point(key, point);
    char error[320];
    EVP_PKEY *pkey = NULL;
    OSSL_PARAM_BLD *build = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    if (build == NULL || context == NULL
        || !OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
        || !OSSL_PARAM_BLD_push_octet_string(build, OSSL_PKEY_PARAM_PUB_KEY, point, point_len)
        || (params = OSSL_PARAM_BLD_to_param(build)) == NULL || EVP_PKEY_fromdata_init(context) != 1) {
        last_error("preparing EVP_PKEY_fromdata", error, sizeof error);
        verdict_reject(verdict, NULL, "OpenSSL failed before reading the key: %s", error);
    } else if (EVP_PKEY_fromdata(context, &pkey, EVP_PKEY_PUBLIC_KEY, params) != 1) {
        last_error("EVP_PKEY_fromdata", error, sizeof error);
        verdict_reject(verdict, "BAD_KEY", "OpenSSL refused the public key: %s", error);
    } else {
        pkey = publicly_checked(pkey, verdict);
    }
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    return pkey;
}

/* EVP_DigestVerify with the key; digest is NULL for Ed25519 (PureEdDSA hashes inside). */
static void digest_verify(EVP_PKEY *pkey, const char *digest, const uint8_t *message, size_t message_len,
                          const uint8_t *signature, size_t signature_len, struct verdict *verdict) {
    char error[320];
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (context == NULL || EVP_DigestVerifyInit_ex(context, NULL, digest, NULL, NULL, pkey, NULL) != 1) {
        last_error("EVP_DigestVerifyInit_ex", error, sizeof error);
        verdict_reject(verdict, NULL, "OpenSSL failed before verifying: %s", error);
    } else {
        int result = EVP_DigestVerify(context, signature, signature_len, message, message_len);
        if (result == 1) {
            verdict_accept(verdict);
        } else {
            last_error("EVP_DigestVerify", error, sizeof error);
            /* 0 is a signature that does not verify, below 0 one OpenSSL could not process; neither names a check. */
            verdict_reject(verdict, NULL, "%s (returned %d)", error, result);
        }
    }
    EVP_MD_CTX_free(context);
}

static void verify_p256(const struct cose_key *key, const uint8_t *message, size_t message_len,
                        const uint8_t *signature, size_t signature_len, struct verdict *verdict) {
    ERR_clear_error();
    if (signature_len != 64) {
        verdict_reject(verdict, "SIGNATURE_MALFORMED", "glue: an ES256 signature is r ‖ s, 64 bytes (RFC 9053 §2.1); "
                       "this one has %zu", signature_len);
        return;
    }
    EVP_PKEY *pkey = p256_key(key, verdict);
    if (pkey == NULL) {
        return;
    }
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(signature, 32, NULL);
    BIGNUM *s = BN_bin2bn(signature + 32, 32, NULL);
    unsigned char *der = NULL;
    int der_len;
    if (sig == NULL || r == NULL || s == NULL || !ECDSA_SIG_set0(sig, r, s)) {
        BN_free(r);
        BN_free(s);
        verdict_reject(verdict, NULL, "glue: out of memory for the ECDSA signature");
    } else if ((der_len = i2d_ECDSA_SIG(sig, &der)) <= 0) {
        verdict_reject(verdict, NULL, "glue: i2d_ECDSA_SIG could not encode r and s");
    } else {
        digest_verify(pkey, "SHA256", message, message_len, der, (size_t) der_len, verdict);
    }
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(pkey);
}

static void verify_ed25519(const struct cose_key *key, const uint8_t *message, size_t message_len,
                           const uint8_t *signature, size_t signature_len, struct verdict *verdict) {
    ERR_clear_error();
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key_ex(NULL, "ED25519", NULL, key->x, key->x_len);
    if (pkey == NULL) {
        char error[320];
        last_error("EVP_PKEY_new_raw_public_key_ex", error, sizeof error);
        verdict_reject(verdict, "BAD_KEY", "OpenSSL refused the public key: %s", error);
        return;
    }
    if ((pkey = publicly_checked(pkey, verdict)) == NULL) {
        return;
    }
    digest_verify(pkey, NULL, message, message_len, signature, signature_len, verdict);
    EVP_PKEY_free(pkey);
}

static const char *const ALGORITHMS[] = {"ES256", "ESP256", "EdDSA", "Ed25519", NULL};
static const char *const PROFILES[] = {"ed25519-rfc8032", NULL};

const struct backend BACKEND_OPENSSL = {
    .library = "openssl",
    .implementation = "OpenSSL",
    .version = version,
    .algorithms = ALGORITHMS,
    .profiles = PROFILES,
    .init = NULL,
    .verify_p256 = verify_p256,
    .verify_ed25519 = verify_ed25519,
};
