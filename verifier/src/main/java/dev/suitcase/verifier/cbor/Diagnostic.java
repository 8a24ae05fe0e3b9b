package dev.suitcase.verifier.cbor;

import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborFloat;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborSimple;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;

/**
 * CBOR diagnostic notation (RFC 8949 §8) of a decoded item, for rejection details. Long byte
 * strings are shortened, so a detail stays readable whatever the input.
 */
public final class Diagnostic {
    private static final int MAX_BYTES_SHOWN = 32;
    private static final int MAX_TEXT_SHOWN = 64;

    private Diagnostic() {
    }

    public static String of(CborItem item) {
        StringBuilder out = new StringBuilder();
        append(item, out);
        return out.toString();
    }

    private static void append(CborItem item, StringBuilder out) {
        if (item instanceof CborInt integer) {
            out.append(integer.bigValue());
        } else if (item instanceof CborBytes bytes) {
            Span content = bytes.content();
            if (content.length() <= MAX_BYTES_SHOWN) {
                out.append("h'").append(content.toHex()).append('\'');
            } else {
                out.append("h'").append(content.slice(0, MAX_BYTES_SHOWN).toHex()).append("…'")
                        .append(" /").append(content.length()).append(" bytes/");
            }
        } else if (item instanceof CborText text) {
            String value = text.value();
            String shown = value.length() <= MAX_TEXT_SHOWN ? value : value.substring(0, MAX_TEXT_SHOWN) + "…";
            out.append('"').append(shown.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (item instanceof CborArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                append(array.get(i), out);
            }
            out.append(']');
        } else if (item instanceof CborMap map) {
            out.append('{');
            for (int i = 0; i < map.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                append(map.entries().get(i).key(), out);
                out.append(": ");
                append(map.entries().get(i).value(), out);
            }
            out.append('}');
        } else if (item instanceof CborTag tag) {
            out.append(Long.toUnsignedString(tag.tag())).append('(');
            append(tag.content(), out);
            out.append(')');
        } else if (item instanceof CborSimple simple) {
            out.append(simple.typeName());
        } else if (item instanceof CborFloat number) {
            out.append(number.value());
        }
    }
}
