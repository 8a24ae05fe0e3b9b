package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborFloat;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborSimple;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one CBOR decoder configuration of the verifier: strict, deterministic, bounded.
 *
 * <p>It rejects, each with its own reason:
 * <ul>
 *   <li>{@link Reason#MALFORMED_CBOR}: input that is not well-formed (RFC 8949 §3, Appendix F):
 *       truncated items, reserved additional information 28–30, a lone break, simple values
 *       below 32 in two bytes, invalid UTF-8 in a text string, and trailing bytes after the item;</li>
 *   <li>{@link Reason#NON_DETERMINISTIC_CBOR}: indefinite lengths, heads longer than needed, and
 *       floats not in their shortest form (RFC 8949 §4.2.1 core deterministic encoding; RFC 9052 §9);</li>
 *   <li>{@link Reason#DUPLICATE_KEY}: a map key that appears twice (RFC 9052 §3, RFC 8949 §5.6);</li>
 *   <li>{@link Reason#RESOURCE_LIMIT}: input, nesting depth or item count above {@link CborLimits}.</li>
 * </ul>
 * Map key <em>order</em> is not enforced here: COSE does not require it, SUIT does, so the SUIT
 * layer checks {@link CborMap#isCanonicallyOrdered()} under its own profile.
 *
 * <p>Why not upokecenter's decoder on this path: it cannot say where an item came from in the
 * input, and it accepts non-minimal heads and indefinite lengths silently. The verifier needs both
 * the exact received bytes of every nested item and a precise reason for every rejection.
 */
public final class CborDecoder {
    private static final int MAJOR_UNSIGNED = 0;
    private static final int MAJOR_NEGATIVE = 1;
    private static final int MAJOR_BYTES = 2;
    private static final int MAJOR_TEXT = 3;
    private static final int MAJOR_ARRAY = 4;
    private static final int MAJOR_MAP = 5;
    private static final int MAJOR_TAG = 6;
    private static final int MAJOR_SIMPLE = 7;
    private static final int INDEFINITE = 31;

    private final CborLimits limits;

    public CborDecoder(CborLimits limits) {
        this.limits = limits;
    }

    /** Decodes exactly one item that spans the whole input, with the default limits. */
    public static CborItem decode(byte[] input) {
        return new CborDecoder(CborLimits.DEFAULT).decodeWhole(Span.of(input));
    }

    /**
     * Decodes the content of a byte string as exactly one CBOR item ({@code bstr .cbor T}). The
     * result's spans point into the same input as {@code wrapped}, so offsets stay meaningful.
     */
    public static CborItem decodeWrapped(CborBytes wrapped) {
        return new CborDecoder(CborLimits.DEFAULT).decodeWhole(wrapped.content());
    }

    /** Decodes exactly one item that spans the whole of {@code input}. */
    public CborItem decodeWhole(Span input) {
        if (input.length() > limits.maxInputBytes()) {
            throw new Rejection(Reason.RESOURCE_LIMIT, "CBOR input of " + input.length()
                    + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
        }
        if (input.length() == 0) {
            throw new Rejection(Reason.MALFORMED_CBOR, "empty input where a CBOR item was expected");
        }
        Cursor cursor = new Cursor(input.source(), input.offset(), input.offset() + input.length());
        CborItem item = cursor.item(1);
        if (cursor.position != cursor.end) {
            throw new Rejection(Reason.MALFORMED_CBOR, (cursor.end - cursor.position)
                    + " trailing byte(s) after the CBOR item, at byte " + cursor.position)
                    .at(new ByteRange(cursor.position, cursor.end - cursor.position));
        }
        return item;
    }

    private final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int position;
        private int items;

        Cursor(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        /** One item; a rejection inside it points at it unless it points at something smaller already. */
        CborItem item(int depth) {
            int start = position;
            try {
                return unlocatedItem(depth);
            } catch (Rejection rejection) {
                throw rejection.at(new ByteRange(start, Math.max(1, Math.min(position, end) - start)));
            }
        }

        private CborItem unlocatedItem(int depth) {
            if (depth > limits.maxDepth()) {
                throw new Rejection(Reason.RESOURCE_LIMIT, "CBOR nesting deeper than " + limits.maxDepth()
                        + " levels at byte " + position);
            }
            if (++items > limits.maxItems()) {
                throw new Rejection(Reason.RESOURCE_LIMIT, "more than " + limits.maxItems()
                        + " CBOR data items in one input");
            }
            int start = position;
            int initial = next(start);
            int major = initial >>> 5;
            int info = initial & 0x1f;
            if (info == INDEFINITE) {
                throw indefinite(major, start);
            }
            if (major == MAJOR_SIMPLE) {
                return simpleOrFloat(start, info);
            }
            long argument = argument(info, start);
            return switch (major) {
                case MAJOR_UNSIGNED -> new CborInt(span(start), false, argument);
                case MAJOR_NEGATIVE -> new CborInt(span(start), true, argument);
                case MAJOR_BYTES -> {
                    int length = declaredLength(argument, start);
                    int contentStart = position;
                    position += length;
                    yield new CborBytes(span(start), new Span(bytes, contentStart, length));
                }
                case MAJOR_TEXT -> {
                    int length = declaredLength(argument, start);
                    String text = utf8(position, length, start);
                    position += length;
                    yield new CborText(span(start), text);
                }
                case MAJOR_ARRAY -> {
                    int count = declaredCount(argument, 1, start);
                    List<CborItem> elements = new ArrayList<>(Math.min(count, 16));
                    for (int i = 0; i < count; i++) {
                        elements.add(item(depth + 1));
                    }
                    yield new CborArray(span(start), elements);
                }
                case MAJOR_MAP -> map(start, declaredCount(argument, 2, start), depth);
                case MAJOR_TAG -> {
                    CborItem content = item(depth + 1);
                    yield new CborTag(span(start), argument, content);
                }
                default -> throw new IllegalStateException("major type " + major);
            };
        }

        private CborMap map(int start, int count, int depth) {
            List<CborMap.Entry> entries = new ArrayList<>(Math.min(count, 16));
            Set<Span> keys = new HashSet<>();
            for (int i = 0; i < count; i++) {
                CborItem key = item(depth + 1);
                // Deterministic encoding (checked as the keys are read) makes equal keys byte-equal.
                if (!keys.add(key.encoded())) {
                    throw new Rejection(Reason.DUPLICATE_KEY, "map key " + Diagnostic.of(key)
                            + " appears twice in the map at byte " + start).at(key.encoded().range());
                }
                entries.add(new CborMap.Entry(key, item(depth + 1)));
            }
            return new CborMap(span(start), entries);
        }

        private CborItem simpleOrFloat(int start, int info) {
            if (info < 24) {
                return new CborSimple(span(start), info);
            }
            switch (info) {
                case 24 -> {
                    int value = next(start);
                    if (value < 32) {
                        throw new Rejection(Reason.MALFORMED_CBOR, "simple value " + value
                                + " encoded in two bytes at byte " + start + " (RFC 8949 §3.3)");
                    }
                    return new CborSimple(span(start), value);
                }
                case 25 -> {
                    int half = (int) readUnsigned(2, start);
                    double value = halfToDouble(half);
                    return new CborFloat(span(start), value, 2);
                }
                case 26 -> {
                    float value = Float.intBitsToFloat((int) readUnsigned(4, start));
                    if (fitsHalf(value)) {
                        throw longerFloat(start, "single", "half");
                    }
                    return new CborFloat(span(start), value, 4);
                }
                case 27 -> {
                    double value = Double.longBitsToDouble(readUnsigned(8, start));
                    if (Double.isNaN(value) || (double) (float) value == value) {
                        throw longerFloat(start, "double", "single or half");
                    }
                    return new CborFloat(span(start), value, 8);
                }
                default -> throw reservedInfo(info, start);
            }
        }

        private long argument(int info, int start) {
            if (info < 24) {
                return info;
            }
            long value = switch (info) {
                case 24 -> readUnsigned(1, start);
                case 25 -> readUnsigned(2, start);
                case 26 -> readUnsigned(4, start);
                case 27 -> readUnsigned(8, start);
                default -> throw reservedInfo(info, start);
            };
            long minimum = switch (info) {
                case 24 -> 24;
                case 25 -> 0x100;
                case 26 -> 0x1_0000;
                default -> 0x1_0000_0000L;
            };
            if (Long.compareUnsigned(value, minimum) < 0) {
                throw new Rejection(Reason.NON_DETERMINISTIC_CBOR, "non-minimal head at byte " + start + ": argument "
                        + Long.toUnsignedString(value) + " encoded in " + (1 << (info - 24)) + " byte(s)"
                        + " (RFC 8949 §4.2.1)");
            }
            return value;
        }

        /** A string length, checked against the bytes actually present before anything is allocated. */
        private int declaredLength(long argument, int start) {
            if (Long.compareUnsigned(argument, end - position) > 0) {
                throw new Rejection(Reason.MALFORMED_CBOR, "truncated: string at byte " + start + " declares "
                        + Long.toUnsignedString(argument) + " bytes but only " + (end - position) + " remain");
            }
            return (int) argument;
        }

        /** An element count: every element takes at least one byte, so more than remain cannot be present. */
        private int declaredCount(long argument, int bytesPerElement, int start) {
            long remaining = (end - position) / bytesPerElement;
            if (Long.compareUnsigned(argument, remaining) > 0) {
                if (Long.compareUnsigned(argument, limits.maxItems()) > 0) {
                    throw new Rejection(Reason.RESOURCE_LIMIT, "container at byte " + start + " declares "
                            + Long.toUnsignedString(argument) + " elements, above the limit of " + limits.maxItems());
                }
                throw new Rejection(Reason.MALFORMED_CBOR, "truncated: container at byte " + start + " declares "
                        + Long.toUnsignedString(argument) + " elements but only " + (end - position) + " bytes remain");
            }
            return (int) argument;
        }

        private String utf8(int from, int length, int start) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, from, length))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new Rejection(Reason.MALFORMED_CBOR, "text string at byte " + start + " is not valid UTF-8");
            }
        }

        private int next(int start) {
            if (position >= end) {
                throw new Rejection(Reason.MALFORMED_CBOR, "truncated: input ends inside the item at byte " + start);
            }
            return bytes[position++] & 0xff;
        }

        private long readUnsigned(int count, int start) {
            if (end - position < count) {
                throw new Rejection(Reason.MALFORMED_CBOR, "truncated: the head at byte " + start + " needs "
                        + count + " more byte(s)");
            }
            long value = 0;
            for (int i = 0; i < count; i++) {
                value = (value << 8) | (bytes[position++] & 0xff);
            }
            return value;
        }

        private Span span(int start) {
            return new Span(bytes, start, position - start);
        }

        private Rejection indefinite(int major, int start) {
            return switch (major) {
                case MAJOR_BYTES, MAJOR_TEXT, MAJOR_ARRAY, MAJOR_MAP -> new Rejection(Reason.NON_DETERMINISTIC_CBOR,
                        "indefinite-length " + MAJOR_NAMES[major] + " at byte " + start
                                + "; deterministic encoding requires definite lengths (RFC 8949 §4.2.1)");
                case MAJOR_SIMPLE -> new Rejection(Reason.MALFORMED_CBOR,
                        "break code 0xff outside an indefinite-length item at byte " + start);
                default -> new Rejection(Reason.MALFORMED_CBOR, "additional information 31 is not allowed for "
                        + MAJOR_NAMES[major] + " at byte " + start);
            };
        }

        private Rejection reservedInfo(int info, int start) {
            return new Rejection(Reason.MALFORMED_CBOR, "reserved additional information " + info + " at byte " + start);
        }

        private Rejection longerFloat(int start, String width, String shorter) {
            return new Rejection(Reason.NON_DETERMINISTIC_CBOR, width + "-precision float at byte " + start
                    + " has an exact " + shorter + "-precision form (RFC 8949 §4.2.1 preferred serialization)");
        }
    }

    private static final String[] MAJOR_NAMES = {
        "unsigned integer", "negative integer", "byte string", "text string", "array", "map", "tag", "simple value"
    };

    static double halfToDouble(int half) {
        int exponent = (half >> 10) & 0x1f;
        int mantissa = half & 0x3ff;
        double value;
        if (exponent == 0) {
            value = mantissa * Math.pow(2, -24);
        } else if (exponent == 31) {
            value = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            value = (mantissa + 1024) * Math.pow(2, exponent - 25);
        }
        return (half & 0x8000) != 0 ? -value : value;
    }

    /** Whether a float has an exact half-precision form (zero, NaN and the infinities always do). */
    static boolean fitsHalf(float value) {
        if (value == 0 || Float.isNaN(value) || Float.isInfinite(value)) {
            return true;
        }
        int exponent = Math.getExponent(value);
        if (exponent >= -14 && exponent <= 15) {
            // a normal half keeps 10 of the single's 23 mantissa bits
            return (Float.floatToRawIntBits(value) & 0x1fff) == 0;
        }
        if (exponent >= -24 && exponent < -14) {
            // a subnormal half is a multiple of 2^-24
            float scaled = Math.scalb(value, 24);
            return scaled == Math.rint(scaled);
        }
        return false;
    }
}
