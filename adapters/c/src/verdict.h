/* What one verification came to: the raw outcome the adapter reports (adapters/PROTOCOL.md, "Verify"). */
#ifndef SUITCASE_VERDICT_H
#define SUITCASE_VERDICT_H

#include <stdarg.h>
#include <stddef.h>

enum outcome { OUTCOME_ACCEPT, OUTCOME_REJECT, OUTCOME_UNSUPPORTED };

struct verdict {
    enum outcome outcome;
    /* With OUTCOME_REJECT: a reason of vectors/README.md ("Reasons"), or NULL when the library does not say why. */
    const char *reason;
    char detail[600];
};

void verdict_accept(struct verdict *verdict);

/* A rejection; reason may be NULL. The detail is printf-formatted. */
void verdict_reject(struct verdict *verdict, const char *reason, const char *format, ...)
        __attribute__((format(printf, 3, 4)));

/* The request is outside what the library can do although the statement claims its algorithm. */
void verdict_unsupported(struct verdict *verdict, const char *format, ...) __attribute__((format(printf, 2, 3)));

#endif
