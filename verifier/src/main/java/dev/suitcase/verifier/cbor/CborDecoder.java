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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one CBOR decoder configuration of the verifier: strict, deterministic, bounded.
 *
 * <p>It rejects, each rule a {@link CborCheck}:
 * <ul>
 *   <li>{@link Reason#MALFORMED_CBOR}: input that is not well-formed (RFC 8949 §3, Appendix F):
 *       truncated items, reserved additional information 28–30, a misplaced break, simple values
 *       below 32 in two bytes, and trailing bytes after the item; and text strings that are not
 *       valid UTF-8, which §5.3.1 calls invalid rather than not well-formed;</li>
 *   <li>{@link Reason#NON_DETERMINISTIC_CBOR}: indefinite lengths, heads longer than needed, and
 *       floats not in their shortest form (RFC 8949 §4.2.1 core deterministic encoding);</li>
 *   <li>{@link Reason#DUPLICATE_KEY}: a map key that appears twice (RFC 9052 §3 and §9, RFC 8949 §5.6);</li>
 *   <li>{@link Reason#RESOURCE_LIMIT}: input, nesting depth or item count above {@link CborLimits}.</li>
 * </ul>
 * When a test knocks a skippable rule out, the decoder goes on as a lenient decoder would: it reads
 * the long head, the indefinite length or the long float, keeps the last value of a duplicate key,
 * ignores trailing bytes, passes invalid UTF-8 on, or does without the limit.
 *
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
    private static final int BREAK = 0xff;

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
            CborCheck.INPUT_SIZE.fail("CBOR input of " + input.length()
                    + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
            // Knocked out: decode it anyway, as a decoder with no size limit does.
        }
        if (input.length() == 0) {
            throw CborCheck.TRUNCATED.rejection("empty input where a CBOR item was expected");
        }
        Cursor cursor = new Cursor(input.source(), input.offset(), input.offset() + input.length());
        CborItem item = cursor.item(1);
        if (cursor.position != cursor.end) {
            CborCheck.TRAILING_BYTES.failAt((cursor.end - cursor.position)
                    + " trailing byte(s) after the CBOR item, at byte " + cursor.position,
                    new ByteRange(cursor.position, cursor.end - cursor.position));
            // Knocked out: return the first item and ignore the rest, as a decoder reading a CBOR sequence does.
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
                CborCheck.NESTING_DEPTH.fail("CBOR nesting deeper than " + limits.maxDepth()
                        + " levels at byte " + position);
                // Knocked out: go deeper, as a decoder with no depth limit does (a stack overflow fails closed).
            }
            if (++items > limits.maxItems()) {
                CborCheck.ITEM_COUNT.fail("more than " + limits.maxItems() + " CBOR data items in one input");
                // Knocked out: go on, as a decoder with no item limit does.
            }
            int start = position;
            int initial = next(start);
            int major = initial >>> 5;
            int info = initial & 0x1f;
            if (info == INDEFINITE) {
                return indefinite(major, start, depth);
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
                case MAJOR_MAP -> {
                    int count = declaredCount(argument, 2, start);
                    MapEntries entries = new MapEntries(start, count);
                    for (int i = 0; i < count; i++) {
                        entries.add(depth, false);
                    }
                    yield new CborMap(span(start), entries.list);
                }
                case MAJOR_TAG -> {
                    CborItem content = item(depth + 1);
                    yield new CborTag(span(start), argument, content);
                }
                default -> throw new IllegalStateException("major type " + major);
            };
        }

        /** The entries of one map as they are read, with its duplicate-key rule. */
        private final class MapEntries {
            private final int start;
            private final List<CborMap.Entry> list;
            private final Map<Span, Integer> indexByKey = new HashMap<>();

            MapEntries(int start, int expected) {
                this.start = start;
                this.list = new ArrayList<>(Math.min(expected, 16));
            }

            /** Reads one key and its value; in an indefinite-length map a break may not stand for the value. */
            void add(int depth, boolean indefinite) {
                CborItem key = item(depth + 1);
                // Deterministic encoding (checked as the keys are read) makes equal keys byte-equal.
                Integer earlier = indexByKey.get(key.encoded());
                if (earlier != null) {
                    CborCheck.DUPLICATE_KEY.failAt("map key " + Diagnostic.of(key)
                            + " appears twice in the map at byte " + start, key.encoded().range());
                }
                if (indefinite && peek(start) == BREAK) {
                    throw CborCheck.MISPLACED_BREAK.rejection("break code 0xff in the value position of the"
                            + " indefinite-length map at byte " + start + " (RFC 8949 §3.2.1)");
                }
                CborMap.Entry entry = new CborMap.Entry(key, item(depth + 1));
                if (earlier == null) {
                    indexByKey.put(key.encoded(), list.size());
                    list.add(entry);
                } else {
                    // Knocked out: the last value wins, in the place of the first, as in a decoder that puts each
                    // entry into a hash map in turn; RFC 8949 §5.6 names keeping the final entry as one such choice.
                    list.set(earlier, entry);
                }
            }
        }

        /**
         * An item with additional information 31: a misplaced break or a malformed head, or an indefinite
         * length, which when {@link CborCheck#INDEFINITE_LENGTH} is knocked out is read as RFC 8949 §3.2.2 and
         * §3.2.3 define it. The chunks of a string are part of the string's own encoding, so a string whose chunks
         * are not well formed is refused as such ({@link #checkChunks}) before its indefinite length is.
         */
        private CborItem indefinite(int major, int start, int depth) {
            switch (major) {
                case MAJOR_SIMPLE -> throw CborCheck.MISPLACED_BREAK.rejection(
                        "break code 0xff outside an indefinite-length item at byte " + start);
                case MAJOR_UNSIGNED, MAJOR_NEGATIVE, MAJOR_TAG -> throw CborCheck.INDEFINITE_INT_OR_TAG.rejection(
                        "additional information 31 is not allowed for " + MAJOR_NAMES[major] + " at byte " + start);
                case MAJOR_BYTES, MAJOR_TEXT -> {
                    checkChunks(major, start);
                    failIndefiniteLength(major, start);
                }
                default -> failIndefiniteLength(major, start);
            }
            switch (major) {
                case MAJOR_ARRAY -> {
                    List<CborItem> elements = new ArrayList<>();
                    while (peek(start) != BREAK) {
                        elements.add(item(depth + 1));
                    }
                    position++;
                    return new CborArray(span(start), elements);
                }
                case MAJOR_MAP -> {
                    MapEntries entries = new MapEntries(start, 0);
                    while (peek(start) != BREAK) {
                        entries.add(depth, true);
                    }
                    position++;
                    return new CborMap(span(start), entries.list);
                }
                default -> {
                    return chunkedString(major, start);
                }
            }
        }

        private void failIndefiniteLength(int major, int start) {
            CborCheck.INDEFINITE_LENGTH.fail("indefinite-length " + MAJOR_NAMES[major] + " at byte " + start
                    + "; deterministic encoding requires definite lengths (RFC 8949 §4.2.1)");
        }

        /**
         * Whether the indefinite-length string at {@code start}, whose head has been read, is well formed: its
         * chunks are definite-length strings of its own major type, each complete, and a break ends them (RFC 8949
         * §3.2.3, Appendix F). Reads them without keeping anything and leaves the position where it was: a string
         * whose chunks are of another type is no string at all (not well formed), which RFC 8949 §10 puts before
         * any question of how a well-formed item is encoded, so this comes before the deterministic-encoding rule.
         */
        private void checkChunks(int major, int start) {
            int resume = position;
            while (peek(start) != BREAK) {
                int chunkStart = position;
                int initial = next(start);
                if (initial >>> 5 != major || (initial & 0x1f) == INDEFINITE) {
                    throw CborCheck.INDEFINITE_CHUNK.rejection("the item at byte " + chunkStart
                            + " inside the indefinite-length " + MAJOR_NAMES[major] + " at byte " + start
                            + " is not a definite-length " + MAJOR_NAMES[major] + " (RFC 8949 §3.2.3)");
                }
                int length = declaredLength(plainArgument(initial & 0x1f, chunkStart), chunkStart);
                position += length;
            }
            position = resume;
        }

        /** An indefinite-length byte or text string: the concatenation of its definite-length chunks (§3.2.3). */
        private CborItem chunkedString(int major, int start) {
            List<Span> chunks = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (peek(start) != BREAK) {
                // checkChunks has made sure that every chunk is a definite-length string of this major type
                int chunkStart = position;
                int initial = next(start);
                int length = declaredLength(argument(initial & 0x1f, chunkStart), chunkStart);
                if (major == MAJOR_TEXT) {
                    text.append(utf8(position, length, chunkStart));
                }
                chunks.add(new Span(bytes, position, length));
                position += length;
            }
            position++;
            Span encoded = span(start);
            return major == MAJOR_TEXT
                    ? new CborText(encoded, text.toString())
                    : new CborBytes(encoded, joined(chunks));
        }

        /**
         * The chunks as one span: the one chunk itself, or a copy of all of them. A copy is a span of its own
         * array, so offsets into it, should it be decoded as CBOR in turn, are not offsets into the input.
         */
        private Span joined(List<Span> chunks) {
            if (chunks.size() == 1) {
                return chunks.get(0);
            }
            byte[] joined = new byte[chunks.stream().mapToInt(Span::length).sum()];
            int at = 0;
            for (Span chunk : chunks) {
                chunk.copyTo(joined, at);
                at += chunk.length();
            }
            return Span.of(joined);
        }

        private CborItem simpleOrFloat(int start, int info) {
            if (info < 24) {
                return new CborSimple(span(start), info);
            }
            switch (info) {
                case 24 -> {
                    int value = next(start);
                    if (value < 32) {
                        CborCheck.SIMPLE_VALUE_TWO_BYTES.fail("simple value " + value
                                + " encoded in two bytes at byte " + start + " (RFC 8949 §3.3)");
                        // Knocked out: read it as the simple value it names, as a decoder without the rule does.
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
                        CborCheck.FLOAT_NOT_SHORTEST.fail(longerFloat(start, "single", "half"));
                    }
                    return new CborFloat(span(start), value, 4);
                }
                case 27 -> {
                    double value = Double.longBitsToDouble(readUnsigned(8, start));
                    if (Double.isNaN(value) || (double) (float) value == value) {
                        CborCheck.FLOAT_NOT_SHORTEST.fail(longerFloat(start, "double", "single or half"));
                    }
                    return new CborFloat(span(start), value, 8);
                }
                default -> throw reservedInfo(info, start);
            }
        }

        private long argument(int info, int start) {
            long value = plainArgument(info, start);
            if (info < 24) {
                return value;
            }
            long minimum = switch (info) {
                case 24 -> 24;
                case 25 -> 0x100;
                case 26 -> 0x1_0000;
                default -> 0x1_0000_0000L;
            };
            if (Long.compareUnsigned(value, minimum) < 0) {
                CborCheck.NON_MINIMAL_HEAD.fail("non-minimal head at byte " + start + ": argument "
                        + Long.toUnsignedString(value) + " encoded in " + (1 << (info - 24)) + " byte(s)"
                        + " (RFC 8949 §4.2.1)");
                // Knocked out: the argument is what it says, as for a decoder that accepts long heads (§5.5).
            }
            return value;
        }

        /** The argument of a head as it is written, however long its encoding. */
        private long plainArgument(int info, int start) {
            if (info < 24) {
                return info;
            }
            return switch (info) {
                case 24 -> readUnsigned(1, start);
                case 25 -> readUnsigned(2, start);
                case 26 -> readUnsigned(4, start);
                case 27 -> readUnsigned(8, start);
                default -> throw reservedInfo(info, start);
            };
        }

        /** A string length, checked against the bytes actually present before anything is allocated. */
        private int declaredLength(long argument, int start) {
            if (Long.compareUnsigned(argument, end - position) > 0) {
                throw CborCheck.TRUNCATED.rejection("truncated: string at byte " + start + " declares "
                        + Long.toUnsignedString(argument) + " bytes but only " + (end - position) + " remain");
            }
            return (int) argument;
        }

        /** An element count: every element takes at least one byte, so more than remain cannot be present. */
        private int declaredCount(long argument, int bytesPerElement, int start) {
            long remaining = (end - position) / bytesPerElement;
            if (Long.compareUnsigned(argument, remaining) > 0) {
                if (Long.compareUnsigned(argument, limits.maxItems()) > 0) {
                    CborCheck.ITEM_COUNT.fail("container at byte " + start + " declares "
                            + Long.toUnsignedString(argument) + " elements, above the limit of " + limits.maxItems());
                    // Knocked out: the elements are not there either, which is what a decoder with no limit finds.
                }
                throw CborCheck.TRUNCATED.rejection("truncated: container at byte " + start + " declares "
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
                CborCheck.INVALID_UTF8.fail("text string at byte " + start + " is not valid UTF-8");
                // Knocked out: pass the text on with U+FFFD for what does not decode, as a decoder that does not check.
                return new String(bytes, from, length, StandardCharsets.UTF_8);
            }
        }

        private int next(int start) {
            int value = peek(start);
            position++;
            return value;
        }

        /** The next byte, not consumed; the input must not end before it. */
        private int peek(int start) {
            if (position >= end) {
                throw CborCheck.TRUNCATED.rejection("truncated: input ends inside the item at byte " + start);
            }
            return bytes[position] & 0xff;
        }

        private long readUnsigned(int count, int start) {
            if (end - position < count) {
                throw CborCheck.TRUNCATED.rejection("truncated: the head at byte " + start + " needs "
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

        private Rejection reservedInfo(int info, int start) {
            return CborCheck.RESERVED_ADDITIONAL_INFO.rejection("reserved additional information " + info
                    + " at byte " + start);
        }

        private String longerFloat(int start, String width, String shorter) {
            return width + "-precision float at byte " + start + " has an exact " + shorter
                    + "-precision form (RFC 8949 §4.2.1 preferred serialization)";
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
