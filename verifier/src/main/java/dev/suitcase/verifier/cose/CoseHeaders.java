package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborFloat;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Diagnostic;
import dev.suitcase.verifier.cbor.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two header buckets of a COSE message, checked against RFC 9052 §3 and §3.1.
 *
 * <p>Rules, each a {@link CoseCheck} rejecting with {@link Reason#HEADER_INVALID} unless noted:
 * <ul>
 *   <li>The protected bucket is a byte string: empty, or a serialized map. {@code h'a0'} (an empty
 *       map) is accepted as well as {@code h''} (§3), and counts as "no protected attributes", so the
 *       Sig_structure then carries a zero-length body_protected (§4.4). Anything else in the bstr is
 *       {@link Reason#BAD_STRUCTURE}.</li>
 *   <li>The unprotected bucket is a map ({@link Reason#BAD_STRUCTURE} otherwise; a byte string wrapping a map,
 *       as some producers write it, is {@link CoseCheck#HEADER_UNPROTECTED_WRAPPED}).</li>
 *   <li>A label in both buckets is rejected (§3: "Applications SHOULD verify that the same label does
 *       not occur in both"; we do, and reject rather than pick one).</li>
 *   <li><b>alg placement policy:</b> alg (1) must be present and in the protected bucket. RFC 9052
 *       permits an unprotected alg, but Appendix A recommends protecting it and the SUIT MTI profiles
 *       require it; an unprotected alg lets an attacker choose how the signature is checked. An alg
 *       given as text, or an id the suite does not support, is {@link Reason#UNSUPPORTED_ALGORITHM}.</li>
 *   <li>crit (2), §3.1: only in the protected bucket, a non-empty array of labels without repeats,
 *       each present in the protected bucket and understood by this verifier. Understood are the
 *       RFC 9052 common parameters: alg (1), crit (2), content type (3), kid (4), IV (5),
 *       Partial IV (6).</li>
 *   <li>Known parameters have their RFC 9052 types (alg int/tstr, crit array, content type
 *       tstr/uint, kid bstr, IV and Partial IV bstr), and IV and Partial IV are not both present,
 *       in one bucket or across the two.</li>
 * </ul>
 * Duplicate labels inside one bucket never get here: the decoder rejects them as
 * {@link Reason#DUPLICATE_KEY}.
 *
 * <p>When a test knocks a skippable rule out, the headers are read as a lenient library reads them: a
 * parameter that breaks a type rule, or an unprotected one that is protected as well, is left out of
 * the buckets' view (the Sig_structure still signs the protected bytes as received), an unprotected
 * crit is ignored, a crit rule is not applied, an unprotected alg is used, a float alg holding a whole
 * number is read as that number, and a wrapped unprotected bucket is unwrapped.
 */
public final class CoseHeaders {
    static final int ALG = 1;
    static final int CRIT = 2;
    static final int CONTENT_TYPE = 3;
    static final int KID = 4;
    static final int IV = 5;
    static final int PARTIAL_IV = 6;
    private static final Set<Long> UNDERSTOOD = Set.of(1L, 2L, 3L, 4L, 5L, 6L);

    private final Span bodyProtected;
    private final CborMap protectedMap;
    private final CborMap unprotectedMap;

    private CoseHeaders(Span bodyProtected, CborMap protectedMap, CborMap unprotectedMap) {
        this.bodyProtected = bodyProtected;
        this.protectedMap = protectedMap;
        this.unprotectedMap = unprotectedMap;
    }

    /**
     * Parses and checks both buckets.
     *
     * @param protectedItem   the first element of the COSE array
     * @param unprotectedItem the second element
     */
    public static CoseHeaders parse(CborItem protectedItem, CborItem unprotectedItem) {
        CborBytes protectedBytes = protectedItem.asBytes("the protected header bucket");
        CborMap unprotectedMap = unprotectedMap(unprotectedItem);

        Span bodyProtected = protectedBytes.content();
        CborMap protectedMap = null;
        if (bodyProtected.length() > 0) {
            CborItem decoded = CborDecoder.decodeWrapped(protectedBytes);
            protectedMap = decoded.asMap("the content of the protected header bucket");
            if (protectedMap.size() == 0) {
                // RFC 9052 §4.4: an empty map means no protected attributes, signed as a zero-length bstr.
                bodyProtected = bodyProtected.slice(0, 0);
            }
        }
        List<CborMap.Entry> protectedEntries = protectedMap == null ? List.of() : protectedMap.entries();

        List<CborMap.Entry> unprotectedEntries = new ArrayList<>(unprotectedMap.size());
        for (CborMap.Entry entry : unprotectedMap.entries()) {
            boolean alsoProtected = protectedEntries.stream()
                    .anyMatch(guarded -> guarded.key().encoded().equals(entry.key().encoded()));
            if (alsoProtected) {
                CoseCheck.HEADER_LABEL_IN_BOTH_BUCKETS.failAt("header label " + Diagnostic.of(entry.key())
                        + " appears in both the protected and the unprotected bucket (RFC 9052 §3)",
                        entry.key().encoded().range());
                // Knocked out: the protected value wins, as RFC 9052 §3 requires of a recipient that does not reject.
                continue;
            }
            unprotectedEntries.add(entry);
        }
        protectedMap = viewOf(protectedMap, checkTypes(protectedEntries, "protected"));
        unprotectedMap = viewOf(unprotectedMap, checkTypes(unprotectedEntries, "unprotected"));
        checkIvExclusive(protectedMap, unprotectedMap);
        Optional<CborItem> unprotectedCrit = unprotectedMap.get(CRIT);
        if (unprotectedCrit.isPresent()) {
            CoseCheck.CRIT_UNPROTECTED.failAt(
                    "crit (2) is in the unprotected bucket; RFC 9052 §3.1 requires it to be protected",
                    unprotectedCrit.get().encoded().range());
            // Knocked out: ignore it, as a library that looks for crit in the protected bucket only does.
        }
        if (protectedMap != null) {
            try {
                checkCrit(protectedMap);
            } catch (Rejection rejection) {
                throw rejection.at(protectedMap.get(CRIT).orElseThrow().encoded().range());
            }
        }
        return new CoseHeaders(bodyProtected, protectedMap, unprotectedMap);
    }

    /** The unprotected bucket, a map (RFC 9052 §3); a bstr wrapping one is refused unless a test knocks that out. */
    private static CborMap unprotectedMap(CborItem unprotectedItem) {
        if (unprotectedItem instanceof CborBytes wrapped) {
            CoseCheck.HEADER_UNPROTECTED_WRAPPED.failAt("the unprotected header bucket must be a map, found "
                    + wrapped.typeName() + " at byte " + wrapped.encoded().offset(), wrapped.encoded().range());
            // Knocked out: unwrap it, as a library that treats both buckets alike does.
            return CborDecoder.decodeWrapped(wrapped).asMap("the content of the unprotected header bucket");
        }
        return unprotectedItem.asMap("the unprotected header bucket");
    }

    /**
     * The algorithm named by the protected alg, checked against the placement policy above:
     * {@link Reason#HEADER_INVALID} when alg is missing or only unprotected,
     * {@link Reason#UNSUPPORTED_ALGORITHM} when it names no supported algorithm. Empty only when a test knocks
     * out the rule that refuses a message naming no algorithm ({@link CoseCheck#HEADER_ALG_MISSING}) or none
     * this verifier knows ({@link CoseCheck#ALG_UNSUPPORTED}): the caller then takes the algorithm from the
     * context or from each key, as a recipient that knows it otherwise does (RFC 9052 §3.1).
     */
    public Optional<Algorithm> algorithm() {
        Optional<CborItem> alg = protectedMap == null ? Optional.empty() : protectedMap.get(ALG);
        if (alg.isEmpty()) {
            Optional<CborItem> unprotectedAlg = unprotectedMap.get(ALG);
            if (unprotectedAlg.isEmpty()) {
                CoseCheck.HEADER_ALG_MISSING.failAt(
                        "no alg (1) header parameter; the protected bucket must name the signature algorithm",
                        unprotectedMap.encoded().range());
                // Knocked out: the message names no algorithm, and the context or each key supplies one.
                return Optional.empty();
            }
            CoseCheck.HEADER_ALG_UNPROTECTED.failAt("alg (1) is only in the unprotected bucket; this verifier"
                    + " requires a protected alg (RFC 9052 Appendix A, draft-ietf-suit-mti) so an attacker cannot"
                    + " choose the algorithm", unprotectedAlg.get().encoded().range());
            // Knocked out: use the unprotected alg, as a library that takes alg from either bucket does.
            alg = unprotectedAlg;
        }
        CborItem named = alg.get();
        try {
            if (named instanceof CborText text) {
                CoseCheck.ALG_UNSUPPORTED.fail("alg \"" + text.value()
                        + "\" is a text name; the supported algorithms have integer ids -7, -9, -8, -19 and -46");
                // Knocked out: the name is not looked up; the context or each key supplies the algorithm.
                return Optional.empty();
            }
            if (named instanceof CborFloat number) {
                // Kept only with the value-type rule knocked out (checkTypes): the float's integer value is the id.
                return Algorithm.named((long) number.value());
            }
            CborInt id = (CborInt) named; // checkTypes has allowed only int or tstr
            if (id.asLong().isEmpty()) {
                CoseCheck.ALG_UNSUPPORTED.fail(
                        "alg " + id.bigValue() + " is not supported; it is outside the range of COSE algorithm ids");
                // Knocked out: as for a text name.
                return Optional.empty();
            }
            return Algorithm.named(id.asLong().get());
        } catch (Rejection unsupported) {
            throw unsupported.at(named.encoded().range());
        }
    }

    private static void checkCrit(CborMap protectedMap) {
        Optional<CborItem> crit = protectedMap.get(CRIT);
        if (crit.isEmpty()) {
            return;
        }
        CborArray labels = (CborArray) crit.get(); // checkTypes has allowed only an array
        if (labels.size() == 0) {
            CoseCheck.CRIT_EMPTY.fail("crit (2) is an empty array; RFC 9052 §3.1 requires at least one label");
            // Knocked out: nothing is listed, so nothing is critical.
        }
        Set<Span> seen = new HashSet<>();
        for (CborItem label : labels.items()) {
            if (!(label instanceof CborInt) && !(label instanceof CborText)) {
                CoseCheck.CRIT_LABEL_TYPE.fail("crit (2) lists " + Diagnostic.of(label)
                        + ", which is not a label (int or tstr)");
                // Knocked out: skip what names no parameter.
                continue;
            }
            if (!seen.add(label.encoded())) {
                CoseCheck.CRIT_REPEATED_LABEL.fail("crit (2) lists label " + Diagnostic.of(label) + " twice");
                // Knocked out: check the repeat as the first, as a library that walks the list without a set does.
            }
            boolean present = protectedMap.entries().stream()
                    .anyMatch(entry -> entry.key().encoded().equals(label.encoded()));
            if (!present) {
                CoseCheck.CRIT_LABEL_NOT_PROTECTED.fail("crit (2) lists label " + Diagnostic.of(label)
                        + ", which is not in the protected bucket (RFC 9052 §3.1: a fatal error)");
                // Knocked out: go on to whether the label is understood, the rule a library without this one keeps.
            }
            boolean understood = label instanceof CborInt integer
                    && integer.asLong().map(UNDERSTOOD::contains).orElse(false);
            if (!understood) {
                CoseCheck.CRIT_UNKNOWN_LABEL.fail("crit (2) lists label " + Diagnostic.of(label)
                        + ", a header parameter this verifier does not understand; RFC 9052 §3.1 requires the "
                        + "message to be rejected");
                // Knocked out: go on without understanding it, as a library that ignores crit does.
            }
        }
    }

    /** The entries whose labels and values have their RFC 9052 types; a knocked-out type rule leaves one out. */
    private static List<CborMap.Entry> checkTypes(List<CborMap.Entry> entries, String bucket) {
        List<CborMap.Entry> kept = new ArrayList<>(entries.size());
        for (CborMap.Entry entry : entries) {
            if (!(entry.key() instanceof CborInt label)) {
                if (entry.key() instanceof CborText) {
                    kept.add(entry);
                    continue;
                }
                CoseCheck.HEADER_LABEL_TYPE.fail("header label " + Diagnostic.of(entry.key()) + " in the "
                        + bucket + " bucket is neither an integer nor a text string (RFC 9052 §3)");
                // Knocked out: ignore the parameter, as a library that skips labels it cannot read does.
                continue;
            }
            long key = label.asLong().orElse(Long.MIN_VALUE);
            CborItem value = entry.value();
            boolean ok = switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, key))) {
                case ALG -> value instanceof CborInt || value instanceof CborText;
                case CRIT -> value instanceof CborArray;
                case CONTENT_TYPE -> value instanceof CborText || (value instanceof CborInt type && !type.negative());
                case KID -> value instanceof CborBytes;
                case IV, PARTIAL_IV -> value instanceof CborBytes;
                default -> true;
            };
            if (!ok) {
                CoseCheck.HEADER_VALUE_TYPE.failAt("header parameter " + key + " in the " + bucket
                        + " bucket has the wrong type (" + value.typeName() + ") for RFC 9052 §3.1",
                        value.encoded().range());
                // Knocked out: an alg that is a float holding a whole number is that number, as for a decoder that
                // maps every CBOR number to one numeric type (JavaScript) or compares 1.0 == 1 (Python); any other
                // parameter of the wrong type is ignored, as by a library that cannot use the value.
                if (key == ALG && value instanceof CborFloat number && isWholeNumber(number.value())) {
                    kept.add(entry);
                }
                continue;
            }
            kept.add(entry);
        }
        return kept;
    }

    private static boolean isWholeNumber(double value) {
        return !Double.isInfinite(value) && value == Math.rint(value) && Math.abs(value) < 0x1p62;
    }

    /** {@code map} as far as {@code entries} keep it: the map itself when they keep all of it. */
    private static CborMap viewOf(CborMap map, List<CborMap.Entry> entries) {
        if (map == null || entries.size() == map.size()) {
            return map;
        }
        return new CborMap(map.encoded(), entries);
    }

    /** RFC 9052 §3.1: IV and Partial IV must not both be present in one layer, whichever buckets hold them. */
    private static void checkIvExclusive(CborMap protectedMap, CborMap unprotectedMap) {
        Optional<CborItem> iv = find(protectedMap, unprotectedMap, IV);
        Optional<CborItem> partialIv = find(protectedMap, unprotectedMap, PARTIAL_IV);
        if (iv.isPresent() && partialIv.isPresent()) {
            CoseCheck.HEADER_IV_AND_PARTIAL_IV.failAt("the headers carry both IV (5) and Partial IV (6); "
                    + "RFC 9052 §3.1 forbids both in the same layer", partialIv.get().encoded().range());
            // Knocked out: go on; a signature uses neither.
        }
    }

    private static Optional<CborItem> find(CborMap protectedMap, CborMap unprotectedMap, int label) {
        Optional<CborItem> found = protectedMap == null ? Optional.empty() : protectedMap.get(label);
        return found.or(() -> unprotectedMap.get(label));
    }

    /** body_protected for the Sig_structure: as received, or empty when there are no protected attributes. */
    public Span bodyProtected() {
        return bodyProtected;
    }

    /** The key identifier (kid, 4) from whichever bucket carries it. */
    public Optional<Span> keyId() {
        return find(protectedMap, unprotectedMap, KID).map(item -> ((CborBytes) item).content());
    }

}
