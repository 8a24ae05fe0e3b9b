package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborTag;

import java.util.HexFormat;
import java.util.Optional;

/**
 * Readable CBOR diagnostic notation (RFC 8949 §8, with the EDN {@code << >>} form for embedded CBOR)
 * of an input, indented, with the item a rejection blames marked by a comment, so an implementer
 * sees at a glance which part of a vector is wrong. Inputs that do not decode are shown as a hex
 * dump with the offending bytes underlined.
 */
public final class DiagnosticPrinter {
    private static final int INLINE_WIDTH = 72;
    private static final int MAX_BYTES_SHOWN = 512;
    private static final int DUMP_WIDTH = 16;

    private final ByteRange mark;
    private final String note;
    private final StringBuilder out = new StringBuilder();
    private boolean marked;

    private DiagnosticPrinter(ByteRange mark, String note) {
        this.mark = mark;
        this.note = note;
    }

    /**
     * @param input the bytes of one CBOR item
     * @param mark  the bytes to point at, if any
     * @param note  what to say at the mark, e.g. the rejection reason
     */
    public static String print(byte[] input, Optional<ByteRange> mark, String note) {
        CborItem item;
        try {
            item = CborDecoder.decode(input);
        } catch (Rejection notDecodable) {
            return hexDump(input, mark.or(notDecodable::location), note + " (" + notDecodable.detail() + ")");
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(mark.orElse(null), note);
        printer.item(item, 0);
        if (mark.isPresent() && !printer.marked) {
            printer.out.append("\n/ ").append(note).append(" at bytes ").append(mark.get().offset()).append('+')
                    .append(mark.get().length()).append(" /");
        }
        return printer.out.toString();
    }

    /** Sixteen bytes a line, offsets on the left, the marked bytes underlined with carets. */
    public static String hexDump(byte[] input, Optional<ByteRange> mark, String note) {
        StringBuilder dump = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (int line = 0; line < input.length; line += DUMP_WIDTH) {
            int end = Math.min(input.length, line + DUMP_WIDTH);
            dump.append(String.format("%06x  ", line));
            StringBuilder carets = new StringBuilder();
            for (int i = line; i < end; i++) {
                dump.append(hex.toHexDigits(input[i])).append(' ');
                carets.append(mark.isPresent() && mark.get().contains(i) ? "^^ " : "   ");
            }
            dump.append('\n');
            if (carets.toString().contains("^")) {
                dump.append("        ").append(carets.toString().stripTrailing()).append(" ").append(note).append('\n');
            }
        }
        if (mark.isPresent() && mark.get().offset() >= input.length) {
            dump.append("        (at the end of the input) ").append(note).append('\n');
        }
        return dump.toString();
    }

    private void item(CborItem item, int indent) {
        String inline = inline(item);
        if (inline != null) {
            out.append(inline);
        } else if (item instanceof CborArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                newline(indent + 1);
                item(array.get(i), indent + 1);
                out.append(i + 1 < array.size() ? "," : "");
            }
            newline(indent);
            out.append(']');
        } else if (item instanceof CborMap map) {
            out.append('{');
            for (int i = 0; i < map.size(); i++) {
                newline(indent + 1);
                item(map.entries().get(i).key(), indent + 1);
                out.append(": ");
                item(map.entries().get(i).value(), indent + 1);
                out.append(i + 1 < map.size() ? "," : "");
            }
            newline(indent);
            out.append('}');
        } else if (item instanceof CborTag tag) {
            out.append(Long.toUnsignedString(tag.tag())).append('(');
            item(tag.content(), indent);
            out.append(')');
        } else if (item instanceof CborBytes bytes) {
            embedded(bytes).ifPresentOrElse(inner -> {
                out.append("<<");
                newline(indent + 1);
                item(inner, indent + 1);
                newline(indent);
                out.append(">>");
            }, () -> out.append(bytes(bytes)));
        } else {
            out.append(Diagnostic.of(item));
        }
        markIfBlamed(item);
    }

    /** The item on one line, when it is short, holds no embedded CBOR and contains no mark. */
    private String inline(CborItem item) {
        if (containsMark(item) && !isMarked(item)) {
            return null;
        }
        if (item instanceof CborBytes bytes) {
            return embedded(bytes).isPresent() ? null : bytes(bytes);
        }
        if (item instanceof CborArray || item instanceof CborMap || item instanceof CborTag) {
            if (hasEmbedded(item)) {
                return null;
            }
            String text = Diagnostic.of(item);
            return text.length() <= INLINE_WIDTH ? text : null;
        }
        return Diagnostic.of(item);
    }

    private boolean hasEmbedded(CborItem item) {
        if (item instanceof CborBytes bytes) {
            return embedded(bytes).isPresent();
        }
        if (item instanceof CborArray array) {
            return array.items().stream().anyMatch(this::hasEmbedded);
        }
        if (item instanceof CborMap map) {
            return map.entries().stream().anyMatch(e -> hasEmbedded(e.key()) || hasEmbedded(e.value()));
        }
        return item instanceof CborTag tag && hasEmbedded(tag.content());
    }

    /** A byte string whose content is itself one CBOR array, map or tagged item ({@code bstr .cbor}). */
    private static Optional<CborItem> embedded(CborBytes bytes) {
        if (bytes.content().length() < 2) {
            return Optional.empty();
        }
        int major = bytes.content().byteAt(0) >>> 5;
        if (major != 4 && major != 5 && major != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(CborDecoder.decodeWrapped(bytes));
        } catch (Rejection notCbor) {
            return Optional.empty();
        }
    }

    private static String bytes(CborBytes bytes) {
        Span content = bytes.content();
        if (content.length() <= MAX_BYTES_SHOWN) {
            return "h'" + content.toHex() + "'";
        }
        return "h'" + content.slice(0, MAX_BYTES_SHOWN).toHex() + "…' /" + content.length() + " bytes/";
    }

    private boolean isMarked(CborItem item) {
        return mark != null && item.encoded().offset() == mark.offset() && item.encoded().length() == mark.length();
    }

    private boolean containsMark(CborItem item) {
        return mark != null && item.encoded().range().contains(mark.offset())
                && item.encoded().offset() + item.encoded().length() >= mark.offset() + mark.length();
    }

    private void markIfBlamed(CborItem item) {
        if (!marked && isMarked(item)) {
            out.append("  / <- ").append(note).append(" /");
            marked = true;
        }
    }

    private void newline(int indent) {
        out.append('\n').append("  ".repeat(indent));
    }
}
