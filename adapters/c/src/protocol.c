#include "protocol.h"

#include "cose_key.h"
#include "hex.h"
#include "verdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PROTOCOL_VERSION = 1 };

static json_t *names(const char *const *list) {
    json_t *array = json_array();
    for (const char *const *name = list; *name != NULL; name++) {
        json_array_append_new(array, json_string(*name));
    }
    return array;
}

json_t *protocol_statement(const struct backend *backend) {
    char version[200];
    backend->version(version, sizeof version);
    json_t *coverage = json_pack("{s:s, s:o}", "layer", "signature", "algorithms", names(backend->algorithms));
    if (backend->profiles[0] != NULL) {
        json_object_set_new(coverage, "profiles", names(backend->profiles));
    }
    return json_pack("{s:s, s:s, s:[o], s:[s]}", "implementation", backend->implementation, "version", version,
                     "coverage", coverage, "operations", "verify");
}

/* A string that jansson refuses (not UTF-8) would lose the whole answer: such a detail is replaced. */
static json_t *text(const char *value) {
    json_t *string = json_string(value);
    return string != NULL ? string : json_string("(the detail was not valid UTF-8)");
}

static char *dump(json_t *message) {
    char *line = json_dumps(message, JSON_COMPACT);
    json_decref(message);
    return line;
}

static char *protocol_error(const char *detail) {
    return dump(json_pack("{s:s, s:o}", "type", "error", "detail", text(detail)));
}

static char *answer(const char *id, const struct verdict *verdict) {
    static const char *const OUTCOMES[] = {"accept", "reject", "unsupported"};
    json_t *message = json_pack("{s:s, s:s}", "id", id, "outcome", OUTCOMES[verdict->outcome]);
    if (verdict->outcome == OUTCOME_REJECT && verdict->reason != NULL) {
        json_object_set_new(message, "reason", json_string(verdict->reason));
    }
    if (verdict->outcome != OUTCOME_ACCEPT) {
        json_object_set_new(message, "detail", text(verdict->detail));
    }
    return dump(message);
}

/* A hex field of the request, decoded; NULL with an unsupported verdict when it is missing or not lowercase hex. */
static uint8_t *hex_field(json_t *object, const char *field, size_t *len, struct verdict *verdict) {
    const char *value = json_string_value(json_object_get(object, field));
    uint8_t *bytes = value == NULL ? NULL : hex_decode(value, len);
    if (bytes == NULL) {
        verdict_unsupported(verdict, "the request's %s is %s; PROTOCOL.md requires lowercase hex", field,
                            value == NULL ? "missing or not a string" : "not lowercase hex");
    }
    return bytes;
}

static void verify(const struct backend *backend, json_t *request, struct verdict *verdict) {
    const char *layer = json_string_value(json_object_get(request, "layer"));
    if (layer == NULL || strcmp(layer, "signature") != 0) {
        verdict_unsupported(verdict, "%s states the signature layer only, not %s", backend->implementation,
                            layer == NULL ? "a request without a layer" : layer);
        return;
    }
    const char *name = json_string_value(json_object_get(request, "algorithm"));
    if (name == NULL) {
        verdict_unsupported(verdict, "the request has no algorithm");
        return;
    }
    const struct algorithm *algorithm = algorithm_named(name);
    if (algorithm == NULL || !backend_states(backend, algorithm)) {
        verdict_reject(verdict, "UNSUPPORTED_ALGORITHM", "glue: %s is not an algorithm %s implements here", name,
                       backend->implementation);
        return;
    }
    json_t *keys = json_object_get(request, "keys");
    const char *encoded_key = json_string_value(json_object_get(json_array_get(keys, 0), "coseKey"));
    if (!json_is_array(keys) || json_array_size(keys) != 1 || encoded_key == NULL) {
        verdict_unsupported(verdict, "a signature request carries exactly one key, {\"coseKey\": hex}");
        return;
    }
    size_t key_len, message_len, signature_len;
    uint8_t *key_bytes = hex_field(json_array_get(keys, 0), "coseKey", &key_len, verdict);
    uint8_t *message = key_bytes == NULL ? NULL : hex_field(request, "message", &message_len, verdict);
    uint8_t *signature = message == NULL ? NULL : hex_field(request, "signature", &signature_len, verdict);
    struct cose_key key;
    if (signature != NULL && cose_key_read(key_bytes, key_len, algorithm, &key, verdict)) {
        if (algorithm->family == FAMILY_ECDSA_P256) {
            backend->verify_p256(&key, message, message_len, signature, signature_len, verdict);
        } else {
            backend->verify_ed25519(&key, message, message_len, signature, signature_len, verdict);
        }
        cose_key_free(&key);
    }
    free(signature);
    free(message);
    free(key_bytes);
}

char *protocol_answer(const struct backend *backend, const char *line, size_t len, int *stop) {
    json_error_t error;
    json_t *request = json_loadb(line, len, JSON_REJECT_DUPLICATES, &error);
    if (!json_is_object(request)) {
        char detail[300];
        snprintf(detail, sizeof detail, "the line is not a JSON object%s%s", request == NULL ? ": " : "",
                 request == NULL ? error.text : "");
        json_decref(request);
        return protocol_error(detail);
    }
    const char *type = json_string_value(json_object_get(request, "type"));
    const char *id = json_string_value(json_object_get(request, "id"));
    char *reply;
    if (type != NULL && strcmp(type, "hello") == 0) {
        reply = dump(json_pack("{s:s, s:i, s:o}", "type", "hello", "protocol", PROTOCOL_VERSION, "ics",
                               protocol_statement(backend)));
    } else if (type != NULL && strcmp(type, "bye") == 0) {
        *stop = 1;
        reply = NULL;
    } else if (id == NULL || id[0] == '\0') {
        reply = protocol_error("the request has no id (a non-empty string)");
    } else {
        struct verdict verdict;
        if (type != NULL && strcmp(type, "verify") == 0) {
            verify(backend, request, &verdict);
        } else if (type != NULL && strcmp(type, "sign") == 0) {
            verdict_unsupported(&verdict, "%s is a verifier only: its statement does not list sign",
                                backend->implementation);
        } else {
            verdict_unsupported(&verdict, "unknown request type %s", type == NULL ? "(none)" : type);
        }
        reply = answer(id, &verdict);
    }
    json_decref(request);
    return reply;
}
