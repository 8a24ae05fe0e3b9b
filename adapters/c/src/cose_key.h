/*
 * The algorithms of a signature-layer request and the COSE_Key that carries its public key: what the
 * glue does before a library sees any key material (README.md, "What the glue does").
 */
#ifndef SUITCASE_COSE_KEY_H
#define SUITCASE_COSE_KEY_H

#include "verdict.h"

#include <stddef.h>
#include <stdint.h>

/* The signature primitives behind the COSE algorithms the libraries implement. */
enum family {
    FAMILY_ECDSA_P256 = 1, /* ES256 (-7), ESP256 (-9): ECDSA on P-256 with SHA-256, RFC 9053 §2.1 */
    FAMILY_ED25519 = 2     /* EdDSA (-8), Ed25519 (-19): PureEdDSA on edwards25519, RFC 8032 §5.1 */
};

struct algorithm {
    const char *name; /* the display name of adapters/PROTOCOL.md, e.g. "ES256" */
    long cose_id;
    enum family family;
};

/*
 * The algorithm a request's "algorithm" field names (a display name, or the decimal id of one the suite
 * has no name for); NULL when it is none of ES256, ESP256, EdDSA, Ed25519.
 */
const struct algorithm *algorithm_named(const char *wire_name);

/* The public key material a COSE_Key holds, for one algorithm family; the buffers are owned. */
struct cose_key {
    enum family family;
    uint8_t *x;
    size_t x_len;
    /* EC2 only: y as a byte string (y_sign < 0), or y_sign 0 or 1 for a compressed point (RFC 9053 §7.1.1). */
    uint8_t *y;
    size_t y_len;
    int y_sign;
};

/*
 * Reads an encoded public COSE_Key for use with algorithm (RFC 9052 §7, RFC 9053 §7.1 and §7.2).
 * Returns 1 with *key filled (free it with cose_key_free), or 0 with a rejection in *verdict naming
 * the rule the key breaks. It checks the COSE structure only; whether x (and y) make a key is left
 * to the library.
 */
int cose_key_read(const uint8_t *encoded, size_t len, const struct algorithm *algorithm, struct cose_key *key,
                  struct verdict *verdict);

void cose_key_free(struct cose_key *key);

/*
 * The EC2 key's point in the SEC 1 encoding the libraries read: 0x02 or 0x03 and x for a compressed
 * point, 0x04, x and y for an uncompressed one (x and y 32 bytes each, as cose_key_read checked for
 * P-256). Returns its length, 33 or 65.
 */
size_t cose_key_sec1_point(const struct cose_key *key, uint8_t point[65]);

#endif
