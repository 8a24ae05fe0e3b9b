#include "hex.h"

#include <stdlib.h>
#include <string.h>

static int nibble(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

uint8_t *hex_decode(const char *text, size_t *len) {
    size_t chars = strlen(text);
    if (chars % 2 != 0) {
        return NULL;
    }
    uint8_t *bytes = malloc(chars / 2 + 1);
    if (bytes == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < chars / 2; i++) {
        int high = nibble(text[2 * i]);
        int low = nibble(text[2 * i + 1]);
        if (high < 0 || low < 0) {
            free(bytes);
            return NULL;
        }
        bytes[i] = (uint8_t) (high << 4 | low);
    }
    *len = chars / 2;
    return bytes;
}
