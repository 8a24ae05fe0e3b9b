package dev.suitcase.vectors.json;

import dev.suitcase.vectors.model.Bytes;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed fields out of a JSON tree, tracking the JSON pointer of each so that a refused
 * value is reported where it is, as a {@link FieldException}. The schema has checked the shapes;
 * these reads still check types, so that a reader never trusts that it ran.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String pointer;

    private JsonFields(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    /** The fields of a whole document, which must be a JSON object. */
    public static JsonFields root(JsonNode node) {
        if (!node.isObject()) {
            throw new FieldException("", "the document must be a JSON object");
        }
        return new JsonFields(node, "");
    }

    /** This object's JSON pointer; empty for the document. */
    public String pointer() {
        return pointer;
    }

    /** The JSON pointer of member {@code name} of this object (RFC 6901 §3 escapes ~ and /). */
    public String pointerOf(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Whether the member is present, whatever its value. */
    public boolean has(String name) {
        return node.has(name);
    }

    /** Whether the member is present and a JSON object, for fields that are a string or an object. */
    public boolean hasObject(String name) {
        return node.has(name) && node.get(name).isObject();
    }

    /** The required member {@code name}, a JSON object. */
    public JsonFields object(String name) {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw new FieldException(pointerOf(name), "must be an object");
        }
        return new JsonFields(value, pointerOf(name));
    }

    /** The member {@code name}, a JSON object, if present. */
    public Optional<JsonFields> optionalObject(String name) {
        return node.has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    /** The required member {@code name}, a string. */
    public String text(String name) {
        JsonNode value = required(name);
        if (!value.isString()) {
            throw new FieldException(pointerOf(name), "must be a string");
        }
        return value.stringValue();
    }

    /** The member {@code name}, a string, if present. */
    public Optional<String> optionalText(String name) {
        return node.has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    /** The required member {@code name}, a string or null (empty). */
    public Optional<String> nullableText(String name) {
        JsonNode value = required(name);
        return value.isNull() ? Optional.empty() : Optional.of(text(name));
    }

    /** The required member {@code name}, a string of hex digits. */
    public Bytes hex(String name) {
        String text = text(name);
        try {
            return Bytes.fromHex(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException(pointerOf(name), e.getMessage());
        }
    }

    /** The member {@code name}, a string of hex digits, if present. */
    public Optional<Bytes> optionalHex(String name) {
        return node.has(name) ? Optional.of(hex(name)) : Optional.empty();
    }

    /** The required member {@code name}, an integer that fits in 64 bits. */
    public long integer(String name) {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new FieldException(pointerOf(name), "must be an integer that fits in 64 bits");
        }
        return value.longValue();
    }

    /** The required member {@code name}, true or false. */
    public boolean bool(String name) {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw new FieldException(pointerOf(name), "must be true or false");
        }
        return value.booleanValue();
    }

    /** The required string member {@code name} read by {@code parser}, whose IllegalArgumentException refuses the field. */
    public <T> T parsed(String name, Function<String, T> parser) {
        String text = text(name);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException(pointerOf(name), e.getMessage());
        }
    }

    /** The required member {@code name}, an array of JSON objects. */
    public List<JsonFields> objects(String name) {
        List<JsonFields> result = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPointer = pointerOf(name) + "/" + i;
            if (!element.isObject()) {
                throw new FieldException(elementPointer, "must be an object");
            }
            result.add(new JsonFields(element, elementPointer));
        }
        return result;
    }

    /** The required member {@code name}, an array of strings. */
    public List<String> texts(String name) {
        List<String> result = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isString()) {
                throw new FieldException(pointerOf(name) + "/" + i, "must be a string");
            }
            result.add(element.stringValue());
        }
        return result;
    }

    /** The required member {@code name}, an array of strings of hex digits. */
    public List<Bytes> hexes(String name) {
        List<Bytes> result = new ArrayList<>();
        List<String> texts = texts(name);
        for (int i = 0; i < texts.size(); i++) {
            try {
                result.add(Bytes.fromHex(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw new FieldException(pointerOf(name) + "/" + i, e.getMessage());
            }
        }
        return result;
    }

    /** The names of this object's members, in document order. */
    public List<String> names() {
        return List.copyOf(node.propertyNames());
    }

    private JsonNode array(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw new FieldException(pointerOf(name), "must be an array");
        }
        return value;
    }

    private JsonNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new FieldException(pointerOf(name), "is missing");
        }
        return value;
    }
}
