/* Lowercase hex, as adapters/PROTOCOL.md writes every binary value. */
#ifndef SUITCASE_HEX_H
#define SUITCASE_HEX_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes lowercase hex into a new buffer (never NULL on success, even for ""), its length in *len.
 * Returns NULL for odd length, a character other than 0-9 a-f, or no memory.
 */
uint8_t *hex_decode(const char *text, size_t *len);

#endif
