package dev.suitcase.verifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an accepted SUIT envelope did to the simulated device, so the corpus can expect effects
 * and not only accept or reject.
 *
 * @param sequenceNumber the manifest's sequence number, which the device now stores: a CBOR uint, held as the
 *                       unsigned bits of a long (print it with {@link Long#toUnsignedString(long)})
 * @param written        each component written (fetch, write, copy, swap), in order
 * @param invoked        the component invoked, as hex of its CBOR-encoded component identifier, if any; the
 *                       first, when a manifest invokes several
 * @param steps          the commands executed, one readable line each
 */
public record Trace(long sequenceNumber, List<ComponentWrite> written, Optional<String> invoked, List<String> steps) {

    public Trace {
        written = List.copyOf(written);
        steps = List.copyOf(steps);
        Objects.requireNonNull(invoked, "invoked");
    }

    /**
     * One component written.
     *
     * @param component the component identifier, as hex of its CBOR encoding
     * @param operation fetch, write, copy or swap
     * @param digest    the SHA-256 of the image now in the component, lowercase hex
     * @param size      the image size in bytes
     */
    public record ComponentWrite(String component, String operation, String digest, long size) {
        public ComponentWrite {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(digest, "digest");
        }
    }
}
