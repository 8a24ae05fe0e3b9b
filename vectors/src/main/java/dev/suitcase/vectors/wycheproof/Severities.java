package dev.suitcase.vectors.wycheproof;

import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The severity of an imported must-reject test, from the bug types Wycheproof's notes give its
 * flags and from the reason we reject it for (vectors/README.md, "Severity"):
 * <ul>
 *   <li>critical: a flag of bug type AUTH_BYPASS, or a well-formed signature that does not verify
 *       (accepting either accepts a signature nobody made);</li>
 *   <li>medium: every flag is about malleability or encoding (SIGNATURE_MALLEABILITY, MALLEABILITY,
 *       LEGACY, BER_ENCODING): the signer's own signature, re-encoded, was accepted;</li>
 *   <li>high: anything else, e.g. arithmetic edge cases that may hide a forgery.</li>
 * </ul>
 */
final class Severities {
    private static final Set<String> ENCODING_ONLY = Set.of("SIGNATURE_MALLEABILITY", "MALLEABILITY", "LEGACY", "BER_ENCODING");

    private Severities() {
    }

    static Severity ofRejection(Reason reason, List<String> flags, Map<String, String> bugTypes) {
        List<String> types = flags.stream().map(flag -> bugTypes.getOrDefault(flag, "")).toList();
        if (types.contains("AUTH_BYPASS") || reason == Reason.SIGNATURE_INVALID) {
            return Severity.CRITICAL;
        }
        if (!types.isEmpty() && ENCODING_ONLY.containsAll(types)) {
            return Severity.MEDIUM;
        }
        return Severity.HIGH;
    }
}
