package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.VectorId;
import dev.suitcase.verifier.suit.Scope;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A manifest every producer signs for the producer × verifier matrix, with the device and scope
 * its envelopes are processed on, so that a conformant envelope is accepted whoever signed it.
 *
 * @param name     short and stable, e.g. {@code example-0}; it names the manifest in tables and request ids
 * @param vector   the corpus vector the manifest, device and scope come from
 * @param title    what the manifest does, for reports
 * @param manifest the bstr-wrapped SUIT_Manifest, head included, as it goes into a sign request
 * @param device   the simulated device the envelopes are processed on
 * @param scope    how far they are processed
 */
public record InteropManifest(String name, VectorId vector, String title, Bytes manifest, Device device, Scope scope) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public InteropManifest {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an interop manifest's name is lowercase words joined by '-', not '" + name + "'");
        }
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("interop manifest " + name + " needs a title");
        }
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(scope, "scope");
    }
}
