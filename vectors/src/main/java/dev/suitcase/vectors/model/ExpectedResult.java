package dev.suitcase.vectors.model;

import java.util.Locale;

/** What a correct implementation does with a vector. */
public enum ExpectedResult {
    ACCEPT,
    REJECT,
    /** The specifications allow both; the outcome is recorded, not judged. */
    EITHER;

    /** The name used in vector files: {@code accept}, {@code reject}, {@code either}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExpectedResult fromWireName(String name) {
        for (ExpectedResult result : values()) {
            if (result.wireName().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException("unknown result '" + name + "'; expected accept, reject or either");
    }
}
