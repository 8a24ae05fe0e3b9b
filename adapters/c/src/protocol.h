/* The adapter protocol, version 1 (adapters/PROTOCOL.md), for one backend: one JSON object per line. */
#ifndef SUITCASE_PROTOCOL_H
#define SUITCASE_PROTOCOL_H

#include "backend.h"

#include <jansson.h>
#include <stddef.h>

/* The conformance statement of the backend: the signature layer, its algorithms and profiles, verify. */
json_t *protocol_statement(const struct backend *backend);

/*
 * The answer to one line (without its '\n'), as compact JSON text to free; NULL when the line needs no
 * answer. Sets *stop for "bye".
 */
char *protocol_answer(const struct backend *backend, const char *line, size_t len, int *stop);

#endif
