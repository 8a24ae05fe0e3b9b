/*
 * The C adapter: one signature library of Debian's (Mbed TLS, libsodium or OpenSSL) behind the suitcase
 * adapter protocol (adapters/PROTOCOL.md). Usage:
 *   suitcase-c-adapter --library mbedtls|libsodium|openssl          JSON Lines on stdin/stdout
 *   suitcase-c-adapter --library mbedtls|libsodium|openssl --ics    print the conformance statement
 */
#include "backend.h"
#include "protocol.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(const char *problem) {
    fprintf(stderr, "c adapter: %s; usage: suitcase-c-adapter --library mbedtls|libsodium|openssl [--ics]\n", problem);
    return 2;
}

int main(int argc, char **argv) {
    const struct backend *backend = NULL;
    int ics = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--library") == 0 && i + 1 < argc) {
            backend = backend_named(argv[++i]);
            if (backend == NULL) {
                return usage("unknown library");
            }
        } else if (strcmp(argv[i], "--ics") == 0) {
            ics = 1;
        } else {
            return usage("unknown argument");
        }
    }
    if (backend == NULL) {
        return usage("--library is required");
    }
    if (backend->init != NULL && backend->init() != 0) {
        fprintf(stderr, "c adapter: %s could not be initialised\n", backend->implementation);
        return 1;
    }
    if (ics) {
        json_t *statement = protocol_statement(backend);
        json_dumpf(statement, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(statement);
        return 0;
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t read;
    int stop = 0;
    while (!stop && (read = getline(&line, &capacity, stdin)) >= 0) {
        size_t len = (size_t) read;
        if (len > 0 && line[len - 1] == '\n') {
            len--;
        }
        char *reply = protocol_answer(backend, line, len, &stop);
        if (reply != NULL) {
            fputs(reply, stdout);
            fputc('\n', stdout);
            fflush(stdout);
            free(reply);
        }
    }
    free(line);
    return 0;
}
