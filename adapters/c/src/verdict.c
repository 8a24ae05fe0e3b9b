#include "verdict.h"

#include <stdio.h>

void verdict_accept(struct verdict *verdict) {
    verdict->outcome = OUTCOME_ACCEPT;
    verdict->reason = NULL;
    verdict->detail[0] = '\0';
}

void verdict_reject(struct verdict *verdict, const char *reason, const char *format, ...) {
    verdict->outcome = OUTCOME_REJECT;
    verdict->reason = reason;
    va_list args;
    va_start(args, format);
    vsnprintf(verdict->detail, sizeof verdict->detail, format, args);
    va_end(args);
}

void verdict_unsupported(struct verdict *verdict, const char *format, ...) {
    verdict->outcome = OUTCOME_UNSUPPORTED;
    verdict->reason = NULL;
    va_list args;
    va_start(args, format);
    vsnprintf(verdict->detail, sizeof verdict->detail, format, args);
    va_end(args);
}
