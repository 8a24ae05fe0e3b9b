package dev.suitcase.adapters.primitive;

import dev.suitcase.verifier.cose.CoseKeyMaterial;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.verifier.Algorithm;

import java.util.Set;

/**
 * One library's signature primitives, behind the suite's own COSE parsing ({@link PrimitiveAdapter}).
 * The result is the library's raw answer: accept; a rejection with
 * {@link dev.suitcase.verifier.Reason#SIGNATURE_INVALID} when the library says plainly that the
 * signature does not verify; otherwise (the library refused the key or the signature by throwing)
 * a rejection without a reason and with the library's message, since the library did not say which
 * rule the input broke.
 */
public interface SignaturePrimitive {

    /** The algorithms the library implements. */
    Set<Algorithm> algorithms();

    /**
     * Verifies {@code signature} over {@code message}; only called with an algorithm from
     * {@link #algorithms} and a key whose family fits it. Must not throw for any input.
     */
    AdapterOutcome verify(Algorithm algorithm, CoseKeyMaterial key, byte[] message, byte[] signature);
}
