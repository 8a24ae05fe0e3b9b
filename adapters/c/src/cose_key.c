#include "cose_key.h"

#include <cbor.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* COSE Key Common Parameters and Key Type Parameters (RFC 9052 §7.1, RFC 9053 §7.1 and §7.2). */
enum {
    LABEL_KTY = 1, LABEL_ALG = 3, LABEL_KEY_OPS = 4, LABEL_CRV = -1, LABEL_X = -2, LABEL_Y = -3, LABEL_D = -4
};
/* COSE Key Types and Elliptic Curves registries. */
enum {
    KTY_OKP = 1, KTY_EC2 = 2, KTY_RSA = 3, KTY_SYMMETRIC = 4, KTY_HSS_LMS = 5, KTY_WALNUT_DSA = 6, KTY_AKP = 7
};
enum {
    CRV_P256 = 1, CRV_P384 = 2, CRV_P521 = 3, CRV_X25519 = 4, CRV_X448 = 5, CRV_ED25519 = 6, CRV_ED448 = 7,
    CRV_SECP256K1 = 8
};
enum { KEY_OP_VERIFY = 2 };

static const struct algorithm ALGORITHMS[] = {
    {"ES256", -7, FAMILY_ECDSA_P256},
    {"ESP256", -9, FAMILY_ECDSA_P256},
    {"EdDSA", -8, FAMILY_ED25519},
    {"Ed25519", -19, FAMILY_ED25519},
};

const struct algorithm *algorithm_named(const char *wire_name) {
    for (size_t i = 0; i < sizeof ALGORITHMS / sizeof ALGORITHMS[0]; i++) {
        if (strcmp(ALGORITHMS[i].name, wire_name) == 0) {
            return &ALGORITHMS[i];
        }
    }
    return NULL;
}

/* An integer item's value; false for another type or a value outside int64. */
static bool integer_value(const cbor_item_t *item, int64_t *value) {
    if (!cbor_isa_uint(item) && !cbor_isa_negint(item)) {
        return false;
    }
    uint64_t raw = cbor_get_int(item);
    if (raw > INT64_MAX) {
        return false;
    }
    *value = cbor_isa_uint(item) ? (int64_t) raw : -1 - (int64_t) raw;
    return true;
}

static const char *type_name(const cbor_item_t *item) {
    switch (cbor_typeof(item)) {
    case CBOR_TYPE_UINT:
    case CBOR_TYPE_NEGINT:
        return "an integer";
    case CBOR_TYPE_BYTESTRING:
        return "a byte string";
    case CBOR_TYPE_STRING:
        return "a text string";
    case CBOR_TYPE_ARRAY:
        return "an array";
    case CBOR_TYPE_MAP:
        return "a map";
    case CBOR_TYPE_TAG:
        return "a tagged item";
    default:
        return cbor_is_bool(item) ? "a boolean" : "a simple value or float";
    }
}

/* The parameters the glue reads, each at most once. */
struct parameters {
    cbor_item_t *kty, *alg, *key_ops, *crv, *x, *y, *d;
};

static bool collect(cbor_item_t *map, struct parameters *found, struct verdict *verdict) {
    struct cbor_pair *pairs = cbor_map_handle(map);
    for (size_t i = 0; i < cbor_map_size(map); i++) {
        int64_t label;
        if (!integer_value(pairs[i].key, &label)) {
            continue; /* a text label or an integer no registry uses: no parameter the glue reads */
        }
        cbor_item_t **slot = NULL;
        switch (label) {
        case LABEL_KTY: slot = &found->kty; break;
        case LABEL_ALG: slot = &found->alg; break;
        case LABEL_KEY_OPS: slot = &found->key_ops; break;
        case LABEL_CRV: slot = &found->crv; break;
        case LABEL_X: slot = &found->x; break;
        case LABEL_Y: slot = &found->y; break;
        case LABEL_D: slot = &found->d; break;
        default: continue;
        }
        if (*slot != NULL) {
            verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key label %lld appears twice (RFC 9052 §7: a map's labels "
                           "are unique)", (long long) label);
            return false;
        }
        *slot = pairs[i].value;
    }
    return true;
}

static bool is_ec2_curve(int64_t crv) {
    return crv == CRV_P256 || crv == CRV_P384 || crv == CRV_P521 || crv == CRV_SECP256K1;
}

static bool is_okp_curve(int64_t crv) {
    return crv == CRV_X25519 || crv == CRV_X448 || crv == CRV_ED25519 || crv == CRV_ED448;
}

/* A definite byte string copied into a new buffer; false with a rejection otherwise. */
static bool copy_bytes(const cbor_item_t *item, const char *name, uint8_t **bytes, size_t *len,
                       struct verdict *verdict) {
    if (item == NULL) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key has no %s", name);
        return false;
    }
    if (!cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item)) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key %s must be a definite byte string, found %s", name,
                       cbor_isa_bytestring(item) ? "an indefinite one" : type_name(item));
        return false;
    }
    *len = cbor_bytestring_length(item);
    *bytes = malloc(*len + 1);
    if (*bytes == NULL) {
        verdict_reject(verdict, NULL, "glue: out of memory");
        return false;
    }
    memcpy(*bytes, cbor_bytestring_handle(item), *len);
    return true;
}

static bool check_key_ops(const cbor_item_t *key_ops, struct verdict *verdict) {
    if (key_ops == NULL) {
        return true;
    }
    if (!cbor_isa_array(key_ops)) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key key_ops (4) must be an array, found %s", type_name(key_ops));
        return false;
    }
    cbor_item_t **ops = cbor_array_handle(key_ops);
    for (size_t i = 0; i < cbor_array_size(key_ops); i++) {
        int64_t op;
        if (integer_value(ops[i], &op) && op == KEY_OP_VERIFY) {
            return true;
        }
        if (cbor_isa_string(ops[i]) && cbor_string_is_definite(ops[i]) && cbor_string_length(ops[i]) == 6
            && memcmp(cbor_string_handle(ops[i]), "verify", 6) == 0) {
            return true;
        }
    }
    verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key key_ops (4) does not include verify (2), so the key must not "
                   "verify signatures (RFC 9052 §7.1)");
    return false;
}

/* The key's curve, checked against its type; false with a rejection when it is not the one the type's algorithms use. */
static bool check_curve(const cbor_item_t *crv_item, int64_t kty, struct verdict *verdict) {
    const char *type = kty == KTY_EC2 ? "EC2" : "OKP";
    int64_t crv;
    if (crv_item == NULL) {
        verdict_reject(verdict, "BAD_KEY", "glue: %s COSE_Key has no crv (-1)", type);
        return false;
    }
    if (!integer_value(crv_item, &crv)) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key crv (-1) must be an integer, found %s", type_name(crv_item));
        return false;
    }
    if (crv == (kty == KTY_EC2 ? CRV_P256 : CRV_ED25519)) {
        return true;
    }
    if (!is_ec2_curve(crv) && !is_okp_curve(crv)) {
        verdict_reject(verdict, "BAD_KEY", "glue: %s COSE_Key crv %lld is not a registered curve", type, (long long) crv);
    } else if (is_ec2_curve(crv) != (kty == KTY_EC2)) {
        verdict_reject(verdict, "BAD_KEY", "glue: %s COSE_Key names crv %lld, a curve of the other key type "
                       "(RFC 9053 §7.1: key type and curve must be consistent)", type, (long long) crv);
    } else {
        verdict_reject(verdict, "ALGORITHM_KEY_MISMATCH", "glue: %s COSE_Key on crv %lld fits none of the algorithms "
                       "of this adapter (EC2 needs P-256, OKP needs Ed25519)", type, (long long) crv);
    }
    return false;
}

static bool read_parameters(const struct parameters *found, const struct algorithm *algorithm, struct cose_key *key,
                            struct verdict *verdict) {
    if (found->d != NULL) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key carries a private key (d, -4); a verification key is public");
        return false;
    }
    int64_t kty;
    if (found->kty == NULL) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key has no kty (1)");
        return false;
    }
    if (!integer_value(found->kty, &kty)) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key kty (1) must be an integer, found %s", type_name(found->kty));
        return false;
    }
    if (kty == KTY_RSA || kty == KTY_SYMMETRIC || kty == KTY_HSS_LMS || kty == KTY_WALNUT_DSA || kty == KTY_AKP) {
        verdict_reject(verdict, "ALGORITHM_KEY_MISMATCH", "glue: COSE_Key kty %lld fits none of the algorithms of this "
                       "adapter", (long long) kty);
        return false;
    }
    if (kty != KTY_EC2 && kty != KTY_OKP) {
        verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key kty %lld is not a registered key type", (long long) kty);
        return false;
    }
    if (!check_key_ops(found->key_ops, verdict)) {
        return false;
    }
    bool has_alg = false;
    int64_t alg = 0;
    if (found->alg != NULL) {
        has_alg = true;
        if (cbor_isa_string(found->alg)) {
            alg = INT64_MIN; /* a text alg is no algorithm of this adapter */
        } else if (!integer_value(found->alg, &alg)) {
            verdict_reject(verdict, "BAD_KEY", "glue: COSE_Key alg (3) must be an integer or text, found %s",
                           type_name(found->alg));
            return false;
        }
    }
    if (!check_curve(found->crv, kty, verdict)) {
        return false;
    }
    if (!copy_bytes(found->x, kty == KTY_EC2 ? "x (-2)" : "x (-2), the public key", &key->x, &key->x_len, verdict)) {
        return false;
    }
    if (kty == KTY_EC2) {
        if (found->y != NULL && cbor_is_bool(found->y)) {
            key->y_sign = cbor_get_bool(found->y) ? 1 : 0;
        } else if (!copy_bytes(found->y, "y (-3)", &key->y, &key->y_len, verdict)) {
            return false;
        }
    }
    key->family = kty == KTY_EC2 ? FAMILY_ECDSA_P256 : FAMILY_ED25519;
    if (key->family != algorithm->family) {
        verdict_reject(verdict, "ALGORITHM_KEY_MISMATCH", "glue: an %s key cannot verify %s (%ld), which needs %s",
                       kty == KTY_EC2 ? "EC2 P-256" : "OKP Ed25519", algorithm->name, algorithm->cose_id,
                       algorithm->family == FAMILY_ECDSA_P256 ? "an EC2 key on P-256" : "an OKP key on Ed25519");
        return false;
    }
    if (has_alg && alg != algorithm->cose_id) {
        char named[48];
        snprintf(named, sizeof named, alg == INT64_MIN ? "an algorithm given as text" : "algorithm %lld",
                 (long long) alg);
        verdict_reject(verdict, "ALGORITHM_KEY_MISMATCH", "glue: the COSE_Key is restricted by its alg (3) to %s; the "
                       "request uses %s (%ld), and RFC 9052 §7.1 forbids using the key for another algorithm",
                       named, algorithm->name, algorithm->cose_id);
        return false;
    }
    if (kty == KTY_OKP) {
        return true;
    }
    /* The glue writes the SEC1 point 04 ‖ x ‖ y (or 02/03 ‖ x): only fixed-size coordinates keep x and y apart. */
    if (key->x_len != 32 || (key->y_sign < 0 && key->y_len != 32)) {
        verdict_reject(verdict, "BAD_KEY", "glue: EC2 P-256 coordinates are 32 bytes each (RFC 9053 §7.1.1, leading "
                       "zeros preserved); x has %zu and y %zu", key->x_len, key->y_sign < 0 ? key->y_len : (size_t) 0);
        return false;
    }
    return true;
}

int cose_key_read(const uint8_t *encoded, size_t len, const struct algorithm *algorithm, struct cose_key *key,
                  struct verdict *verdict) {
    memset(key, 0, sizeof *key);
    key->y_sign = -1;
    struct cbor_load_result loaded;
    cbor_item_t *item = cbor_load(encoded, len, &loaded);
    if (item == NULL || loaded.error.code != CBOR_ERR_NONE) {
        verdict_reject(verdict, "BAD_KEY", "glue: the COSE_Key is not well-formed CBOR (libcbor error %d at byte %zu)",
                       (int) loaded.error.code, loaded.error.position);
        if (item != NULL) {
            cbor_decref(&item);
        }
        return 0;
    }
    bool usable = false;
    struct parameters found = {0};
    if (loaded.read != len) {
        verdict_reject(verdict, "BAD_KEY", "glue: %zu bytes follow the COSE_Key", len - loaded.read);
    } else if (!cbor_isa_map(item)) {
        verdict_reject(verdict, "BAD_KEY", "glue: a COSE_Key is a map, found %s", type_name(item));
    } else if (collect(item, &found, verdict)) {
        usable = read_parameters(&found, algorithm, key, verdict);
    }
    cbor_decref(&item);
    if (!usable) {
        cose_key_free(key);
    }
    return usable;
}

void cose_key_free(struct cose_key *key) {
    free(key->x);
    free(key->y);
    key->x = NULL;
    key->y = NULL;
}

size_t cose_key_sec1_point(const struct cose_key *key, uint8_t point[65]) {
    if (key->y_sign >= 0) {
        point[0] = (uint8_t) (0x02 | key->y_sign);
        memcpy(point + 1, key->x, 32);
        return 33;
    }
    point[0] = 0x04;
    memcpy(point + 1, key->x, 32);
    memcpy(point + 33, key->y, 32);
    return 65;
}
