package dev.suitcase.adapters.reference;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.vectors.model.VectorInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.suit.ComponentId;
import dev.suitcase.verifier.suit.DeviceComponent;
import dev.suitcase.verifier.suit.Image;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a vector's input on the reference verifier: the one place that maps the corpus model onto
 * the verifier's API. The reference adapter, the corpus tests beside it (every vector agrees with
 * the reference verifier, every must-reject vector isolates a check) and the runner's commands
 * that ask the reference verifier ({@code suitcase show}, {@code suitcase verify --device}) all go
 * through here, so they cannot disagree on what a vector means.
 */
public final class ReferenceOracle {
    private final ReferenceVerifier verifier;

    public ReferenceOracle(ReferenceVerifier verifier) {
        this.verifier = verifier;
    }

    public ReferenceVerifier verifier() {
        return verifier;
    }

    /**
     * The reference verifier's outcome for the vector's input, a COSE input under the algorithm it allows
     * when it names one. Never throws.
     */
    public Outcome run(Vector vector) {
        return run(vector.input(), Optional.empty());
    }

    /**
     * The reference verifier's outcome for an input; at the COSE layer {@code allowed}, or else the
     * input's own {@link CoseInput#allowedAlgorithm()}, when present, is the only algorithm accepted.
     * Never throws on the input's content.
     *
     * @throws IllegalArgumentException if {@code allowed} and the input's allowed algorithm name two different
     *                                  algorithms, a request that cannot be meant
     */
    public Outcome run(VectorInput input, Optional<Algorithm> allowed) {
        if (input instanceof SignatureInput signature) {
            return verifier.verifySignature(signature.algorithmId(), signature.coseKey().toByteArray(),
                    signature.message().toByteArray(), signature.signature().toByteArray());
        }
        if (input instanceof CoseInput cose) {
            return verifier.verifyCose(cose.coseSign1().toByteArray(), cose.detachedPayload().map(Bytes::toByteArray),
                    cose.externalAad().map(Bytes::toByteArray).orElse(new byte[0]), trusted(cose.keys()),
                    cose.allowedWith(allowed));
        }
        SuitInput suit = (SuitInput) input;
        return verifier.processSuit(suit.envelope().toByteArray(), trusted(suit.keys()), device(suit.device()),
                suit.scope());
    }

    /** Only trusted keys are trust anchors; the others are in a vector to be ignored. */
    public static List<byte[]> trusted(List<KeyEntry> keys) {
        List<byte[]> trusted = new ArrayList<>();
        for (KeyEntry key : keys) {
            if (key.trusted()) {
                trusted.add(key.coseKey().toByteArray());
            }
        }
        return trusted;
    }

    /** The verifier's simulated device for a vector's device description. */
    public static dev.suitcase.verifier.suit.Device device(Device device) {
        List<DeviceComponent> components = new ArrayList<>();
        for (Component component : device.components()) {
            List<byte[]> segments = component.id().stream().map(Bytes::toByteArray).toList();
            components.add(new DeviceComponent(ComponentId.of(segments),
                    component.image().map(ReferenceOracle::image), component.slot()));
        }
        dev.suitcase.verifier.suit.Device simulated = new dev.suitcase.verifier.suit.Device(uuid(device.vendorId()),
                uuid(device.classId()), device.deviceId().map(ReferenceOracle::uuid), device.sequenceNumber(),
                components, Map.of());
        for (Map.Entry<String, DeviceImage> payload : device.payloads().entrySet()) {
            simulated = simulated.withPayload(payload.getKey(), image(payload.getValue()));
        }
        return simulated;
    }

    private static Image image(DeviceImage image) {
        if (image instanceof DeviceImage.Described described) {
            return Image.described(described.size(), described.sha256().toByteArray());
        }
        return Image.of(((DeviceImage.Content) image).bytes().toByteArray());
    }

    /** @throws IllegalArgumentException unless the identifier is 16 bytes, a UUID */
    private static UUID uuid(Bytes sixteen) {
        if (sixteen.length() != 16) {
            throw new IllegalArgumentException("a device identifier must be 16 bytes (a UUID as 32 hex digits), not "
                    + sixteen.length());
        }
        ByteBuffer buffer = ByteBuffer.wrap(sixteen.toByteArray());
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
