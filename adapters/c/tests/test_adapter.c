/*
 * The C adapter's own tests: the glue (hex, COSE_Key, protocol) and each library behind it on known
 * answers (RFC 8032 §7.1 test 1, RFC 6979 §A.2.5 P-256/SHA-256 "sample"), plus the library behaviours
 * README.md and docs/deviations.md state, so that a Debian update that changes one is noticed.
 * Prints one line per failure and "N passed, N failed" at the end; exits 1 when any failed.
 */
#include "backend.h"
#include "cose_key.h"
#include "hex.h"
#include "protocol.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed;
static int failed;

static void check(int condition, const char *test, const char *what) {
    if (condition) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: %s\n", test, what);
    }
}

/* RFC 8032 §7.1 TEST 1: empty message. */
static const char *ED25519_KEY = "a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
static const char *ED25519_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                                       "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
/* RFC 6979 §A.2.5: the P-256 key, and the SHA-256 signature of "sample". */
static const char *P256_KEY = "a40102200121582060fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6225820"
                              "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
/* The same key compressed: y (…99) is odd, so its sign bit is true. */
static const char *P256_KEY_COMPRESSED = "a40102200121582060fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb622f5";
static const char *P256_SAMPLE = "73616d706c65";
static const char *P256_SIGNATURE = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
                                    "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
/* The identity point written with y = p + 1 (RFC 8032 §5.1.3 refuses it), and the forgery R = identity, S = 0. */
static const char *ED25519_KEY_Y_P_PLUS_1 = "a301012006215820eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f";
static const char *ED25519_IDENTITY_FORGERY = "0100000000000000000000000000000000000000000000000000000000000000"
                                              "0000000000000000000000000000000000000000000000000000000000000000";

/* Verifies with a backend as the protocol does: the key read by the glue, then the library. */
static struct verdict verify(const struct backend *backend, const char *algorithm_name, const char *key_hex,
                             const char *message_hex, const char *signature_hex) {
    struct verdict verdict;
    size_t key_len, message_len, signature_len;
    uint8_t *key_bytes = hex_decode(key_hex, &key_len);
    uint8_t *message = hex_decode(message_hex, &message_len);
    uint8_t *signature = hex_decode(signature_hex, &signature_len);
    const struct algorithm *algorithm = algorithm_named(algorithm_name);
    struct cose_key key;
    if (cose_key_read(key_bytes, key_len, algorithm, &key, &verdict)) {
        if (algorithm->family == FAMILY_ECDSA_P256) {
            backend->verify_p256(&key, message, message_len, signature, signature_len, &verdict);
        } else {
            backend->verify_ed25519(&key, message, message_len, signature, signature_len, &verdict);
        }
        cose_key_free(&key);
    }
    free(key_bytes);
    free(message);
    free(signature);
    return verdict;
}

/* The COSE_Key verdict alone (rejections name a reason; an accepted key reads as OUTCOME_ACCEPT). */
static struct verdict read_key(const char *key_hex, const char *algorithm_name) {
    struct verdict verdict;
    verdict_accept(&verdict);
    size_t len;
    uint8_t *bytes = hex_decode(key_hex, &len);
    struct cose_key key;
    if (cose_key_read(bytes, len, algorithm_named(algorithm_name), &key, &verdict)) {
        cose_key_free(&key);
    }
    free(bytes);
    return verdict;
}

static int rejected_for(struct verdict verdict, const char *reason) {
    return verdict.outcome == OUTCOME_REJECT && verdict.reason != NULL && strcmp(verdict.reason, reason) == 0;
}

static void hex_tests(void) {
    size_t len = 99;
    uint8_t *bytes = hex_decode("00ff7a", &len);
    check(bytes != NULL && len == 3 && bytes[1] == 0xff && bytes[2] == 0x7a, "hex", "decodes lowercase hex");
    free(bytes);
    bytes = hex_decode("", &len);
    check(bytes != NULL && len == 0, "hex", "decodes the empty string");
    free(bytes);
    check(hex_decode("0", &len) == NULL, "hex", "refuses an odd length");
    check(hex_decode("FF", &len) == NULL, "hex", "refuses uppercase (PROTOCOL.md: lowercase hex)");
}

static void cose_key_tests(void) {
    check(read_key(P256_KEY, "ES256").outcome == OUTCOME_ACCEPT, "cose_key", "reads an EC2 P-256 key");
    check(read_key(P256_KEY_COMPRESSED, "ESP256").outcome == OUTCOME_ACCEPT, "cose_key", "reads a compressed EC2 key");
    check(read_key(ED25519_KEY, "EdDSA").outcome == OUTCOME_ACCEPT, "cose_key", "reads an OKP Ed25519 key");
    check(rejected_for(read_key(ED25519_KEY, "ES256"), "ALGORITHM_KEY_MISMATCH"), "cose_key",
          "an OKP key cannot verify ES256");
    /* kty OKP, crv P-256 (1): a curve of the other key type */
    check(rejected_for(read_key("a301012001215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                                "Ed25519"), "BAD_KEY"), "cose_key", "refuses an OKP key on P-256");
    /* EC2 on P-384 (2) */
    check(rejected_for(read_key("a40102200221582060fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6225820"
                                "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299", "ES256"),
                       "ALGORITHM_KEY_MISMATCH"), "cose_key", "an EC2 key on P-384 fits no algorithm here");
    /* no kty */
    check(rejected_for(read_key("a22006214100", "Ed25519"), "BAD_KEY"), "cose_key", "refuses a key without kty");
    /* key_ops [sign] */
    check(rejected_for(read_key("a401010481012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                                "Ed25519"), "BAD_KEY"), "cose_key", "refuses key_ops without verify");
    /* alg EdDSA (-8) on a key used for Ed25519 (-19) */
    check(rejected_for(read_key("a4010103272006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                                "Ed25519"), "ALGORITHM_KEY_MISMATCH"), "cose_key", "holds the key to its own alg");
    /* d (-4) present */
    check(rejected_for(read_key("a401012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
                                "2358209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                                "Ed25519"), "BAD_KEY"), "cose_key", "refuses a private key");
    /* kty twice */
    check(rejected_for(read_key("a4010101012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                                "Ed25519"), "BAD_KEY"), "cose_key", "refuses a repeated label");
    check(rejected_for(read_key("a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00",
                                "Ed25519"), "BAD_KEY"), "cose_key", "refuses bytes after the key");
    /* x of 31 bytes: the SEC1 point the glue writes needs fixed-size coordinates */
    check(rejected_for(read_key("a40102200121581f60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29f225820"
                                "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299", "ES256"), "BAD_KEY"),
          "cose_key", "refuses a 31-byte coordinate");
    check(algorithm_named("ES384") == NULL && algorithm_named("-35") == NULL, "cose_key",
          "knows no algorithm beyond ES256, ESP256, EdDSA, Ed25519");
}

static void library_tests(void) {
    check(verify(&BACKEND_MBEDTLS, "ES256", P256_KEY, P256_SAMPLE, P256_SIGNATURE).outcome == OUTCOME_ACCEPT,
          "mbedtls", "verifies RFC 6979 A.2.5 (SHA-256, sample)");
    check(verify(&BACKEND_MBEDTLS, "ES256", P256_KEY, "74657374", P256_SIGNATURE).outcome == OUTCOME_REJECT,
          "mbedtls", "refuses the signature on another message");
    check(verify(&BACKEND_MBEDTLS, "ES256", P256_KEY_COMPRESSED, P256_SAMPLE, P256_SIGNATURE).outcome
          == OUTCOME_UNSUPPORTED, "mbedtls", "cannot read a compressed point (README.md)");
    check(rejected_for(verify(&BACKEND_MBEDTLS, "ES256", P256_KEY, P256_SAMPLE, "00"), "SIGNATURE_MALFORMED"),
          "mbedtls", "refuses a signature that is not 64 bytes");

    check(verify(&BACKEND_OPENSSL, "ES256", P256_KEY, P256_SAMPLE, P256_SIGNATURE).outcome == OUTCOME_ACCEPT,
          "openssl", "verifies RFC 6979 A.2.5 (SHA-256, sample)");
    check(verify(&BACKEND_OPENSSL, "ESP256", P256_KEY_COMPRESSED, P256_SAMPLE, P256_SIGNATURE).outcome
          == OUTCOME_ACCEPT, "openssl", "verifies with the compressed key");
    check(verify(&BACKEND_OPENSSL, "ES256", P256_KEY, "74657374", P256_SIGNATURE).outcome == OUTCOME_REJECT,
          "openssl", "refuses the signature on another message");
    check(verify(&BACKEND_OPENSSL, "Ed25519", ED25519_KEY, "", ED25519_SIGNATURE).outcome == OUTCOME_ACCEPT,
          "openssl", "verifies RFC 8032 7.1 test 1");
    check(verify(&BACKEND_OPENSSL, "Ed25519", ED25519_KEY, "00", ED25519_SIGNATURE).outcome == OUTCOME_REJECT,
          "openssl", "refuses test 1's signature on another message");
    /* docs/deviations.md: OpenSSL decodes y >= p, so the identity written as y = p + 1 verifies the forgery. */
    check(verify(&BACKEND_OPENSSL, "Ed25519", ED25519_KEY_Y_P_PLUS_1, "", ED25519_IDENTITY_FORGERY).outcome
          == OUTCOME_ACCEPT, "openssl", "accepts a non-canonical A (the deviation docs/deviations.md records)");

    check(verify(&BACKEND_LIBSODIUM, "EdDSA", ED25519_KEY, "", ED25519_SIGNATURE).outcome == OUTCOME_ACCEPT,
          "libsodium", "verifies RFC 8032 7.1 test 1");
    check(verify(&BACKEND_LIBSODIUM, "EdDSA", ED25519_KEY, "00", ED25519_SIGNATURE).outcome == OUTCOME_REJECT,
          "libsodium", "refuses test 1's signature on another message");
    check(verify(&BACKEND_LIBSODIUM, "Ed25519", ED25519_KEY_Y_P_PLUS_1, "", ED25519_IDENTITY_FORGERY).outcome
          == OUTCOME_REJECT, "libsodium", "refuses the non-canonical identity key");
    check(rejected_for(verify(&BACKEND_LIBSODIUM, "Ed25519",
                              "a30101200621581fd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f70751",
                              "", ED25519_SIGNATURE), "BAD_KEY"), "libsodium", "refuses a 31-byte key");
}

/* The answer to one line, or "" when there is none. */
static char *answer(const struct backend *backend, const char *line, int *stop) {
    char *reply = protocol_answer(backend, line, strlen(line), stop);
    return reply != NULL ? reply : strdup("");
}

static void protocol_tests(void) {
    int stop = 0;
    char *reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"hello\",\"protocol\":1}", &stop);
    check(strstr(reply, "\"protocol\":1") != NULL && strstr(reply, "\"implementation\":\"libsodium\"") != NULL
          && strstr(reply, "\"profiles\":[\"ed25519-strict\"]") != NULL, "protocol", "answers hello with the statement");
    free(reply);
    reply = answer(&BACKEND_LIBSODIUM, "not json", &stop);
    check(strncmp(reply, "{\"type\":\"error\"", 15) == 0, "protocol", "answers a line that is no JSON with an error");
    free(reply);
    reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"verify\",\"layer\":\"signature\"}", &stop);
    check(strncmp(reply, "{\"type\":\"error\"", 15) == 0, "protocol", "answers a request without id with an error");
    free(reply);
    char line[600];
    snprintf(line, sizeof line, "{\"type\":\"verify\",\"id\":\"v1\",\"layer\":\"signature\",\"algorithm\":\"Ed25519\","
             "\"message\":\"\",\"signature\":\"%s\",\"keys\":[{\"coseKey\":\"%s\"}]}", ED25519_SIGNATURE, ED25519_KEY);
    reply = answer(&BACKEND_LIBSODIUM, line, &stop);
    check(strcmp(reply, "{\"id\":\"v1\",\"outcome\":\"accept\"}") == 0, "protocol", "verifies a signature request");
    free(reply);
    reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"verify\",\"id\":\"v2\",\"layer\":\"cose\",\"coseSign1\":\"80\","
                   "\"keys\":[]}", &stop);
    check(strstr(reply, "\"outcome\":\"unsupported\"") != NULL, "protocol", "answers unsupported at another layer");
    free(reply);
    reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"verify\",\"id\":\"v3\",\"layer\":\"signature\",\"algorithm\":\"Ed25519\","
                   "\"message\":\"zz\",\"signature\":\"\",\"keys\":[{\"coseKey\":\"a0\"}]}", &stop);
    check(strstr(reply, "\"outcome\":\"unsupported\"") != NULL && strstr(reply, "message") != NULL, "protocol",
          "answers unsupported for a broken field, naming it");
    free(reply);
    reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"sign\",\"id\":\"s1\"}", &stop);
    check(strstr(reply, "\"outcome\":\"unsupported\"") != NULL, "protocol", "does not sign");
    free(reply);
    check(stop == 0, "protocol", "goes on until bye");
    reply = answer(&BACKEND_LIBSODIUM, "{\"type\":\"bye\"}", &stop);
    check(stop == 1 && reply[0] == '\0', "protocol", "stops on bye without answering");
    free(reply);
}

int main(void) {
    if (BACKEND_LIBSODIUM.init() != 0) {
        printf("libsodium could not be initialised\n");
        return 1;
    }
    hex_tests();
    cose_key_tests();
    library_tests();
    protocol_tests();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
