package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.suit.Scope;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A manifest every producer signs for the producer × verifier matrix, with the corpus vector it comes
 * from, whose device and scope its envelopes are processed on, so that a conformant envelope is
 * accepted whoever signed it. {@link InteropManifests#from} makes one from an accepted SUIT vector.
 *
 * @param name     short and stable, e.g. {@code example-0}; it names the manifest in tables and vector ids
 * @param source   the accepted SUIT vector of the corpus the manifest, device and scope come from; its
 *                 severity and requirements are those of the vectors the matrix makes from the manifest
 * @param manifest the bstr-wrapped SUIT_Manifest, head included, as it goes into a sign request
 */
public record InteropManifest(String name, Vector source, Bytes manifest) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public InteropManifest {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an interop manifest's name is lowercase words joined by '-', not '" + name + "'");
        }
        Objects.requireNonNull(source, "source");
        if (!(source.input() instanceof SuitInput)) {
            throw new IllegalArgumentException("interop manifest " + name + " comes from " + source.id()
                    + ", which is not a SUIT vector");
        }
        Objects.requireNonNull(manifest, "manifest");
    }

    /** The simulated device the envelopes are processed on. */
    public Device device() {
        return ((SuitInput) source.input()).device();
    }

    /** How far they are processed. */
    public Scope scope() {
        return ((SuitInput) source.input()).scope();
    }
}
