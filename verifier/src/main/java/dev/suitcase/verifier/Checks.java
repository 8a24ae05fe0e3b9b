package dev.suitcase.verifier;

import dev.suitcase.verifier.cbor.CborCheck;
import dev.suitcase.verifier.cose.CoseCheck;
import dev.suitcase.verifier.crypto.KeyCheck;
import dev.suitcase.verifier.suit.SuitCheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The closed set of the reference verifier's checks, in package order, each findable by its id. */
public final class Checks {
    private static final List<Check> ALL;
    private static final Map<String, Check> BY_ID = new LinkedHashMap<>();

    static {
        List<Check> all = new ArrayList<>();
        Collections.addAll(all, CborCheck.values());
        Collections.addAll(all, CoseCheck.values());
        Collections.addAll(all, KeyCheck.values());
        Collections.addAll(all, SuitCheck.values());
        for (Check check : all) {
            if (BY_ID.putIfAbsent(check.id(), check) != null) {
                throw new IllegalStateException("two checks have the id " + check.id());
            }
        }
        ALL = List.copyOf(all);
    }

    private Checks() {
    }

    /** Every check, in package order (cbor, cose, crypto, suit) and declaration order within one. */
    public static List<Check> all() {
        return ALL;
    }

    /** The check with this id. */
    public static Optional<Check> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
