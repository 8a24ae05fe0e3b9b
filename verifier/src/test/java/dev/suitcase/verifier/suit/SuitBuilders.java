package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.crypto.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the SUIT inputs of the tests: command sequences, manifests and envelopes encoded with
 * upokecenter CBOR, signed with the suite's test keys (ES256 with the draft-ietf-suit-manifest-37
 * Appendix B example key, or Ed25519 with the RFC 8032 §7.1 TEST 1 key), and the simulated devices
 * they run on.
 */
final class SuitBuilders {
    static final HexFormat HEX = HexFormat.of();

    /** The vendor and class ids of every Appendix B example (UUID5 of "arm.com", and of "suit" under it). */
    static final UUID VENDOR_ID = UUID.fromString("fa6b4a53-d5ad-5fdf-be9d-e663e4d41ffe");
    static final UUID CLASS_ID = UUID.fromString("1492af14-2569-5e48-bf42-9b2d51f2ab45");
    static final UUID OTHER_CLASS_ID = UUID.fromString("2f1aa2c4-9b1f-5d7c-8a55-0e2a0b5f8a11");
    static final UUID DEVICE_ID = UUID.fromString("7c6e8a0e-4b2a-4a51-9a6f-0d7c3a9f2b11");

    static final ComponentId COMPONENT_0 = ComponentId.of(new byte[] {0});
    static final ComponentId COMPONENT_1 = ComponentId.of(new byte[] {1});
    static final ComponentId COMPONENT_2 = ComponentId.of(new byte[] {2});

    /** The public COSE_Key of the Appendix B example signing key (P-256), {@link EcdsaP256TestKey#SUIT_MANIFEST_APPENDIX_B}. */
    static final byte[] EXAMPLE_COSE_KEY = HEX.parseHex("a4010220012158208496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2"
            + "b5659c85dbc0ad2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");
    /** The public COSE_Key {1: 1, -1: 6, -2: x} of {@link Ed25519TestKey#RFC8032_TEST_1}. */
    static final byte[] ED25519_COSE_KEY = HEX.parseHex(
            "a301012006215820d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

    // command and parameter labels (draft-ietf-suit-manifest-37 §11.4, §11.5)
    static final int VENDOR_IDENTIFIER = 1;
    static final int CLASS_IDENTIFIER = 2;
    static final int IMAGE_MATCH = 3;
    static final int COMPONENT_SLOT = 5;
    static final int CHECK_CONTENT = 6;
    static final int SET_COMPONENT_INDEX = 12;
    static final int ABORT = 14;
    static final int TRY_EACH = 15;
    static final int WRITE = 18;
    static final int OVERRIDE_PARAMETERS = 20;
    static final int FETCH = 21;
    static final int COPY = 22;
    static final int INVOKE = 23;
    static final int DEVICE_IDENTIFIER = 24;
    static final int SWAP = 31;
    static final int RUN_SEQUENCE = 32;

    static final int P_VENDOR_ID = 1;
    static final int P_CLASS_ID = 2;
    static final int P_IMAGE_DIGEST = 3;
    static final int P_COMPONENT_SLOT = 5;
    static final int P_STRICT_ORDER = 12;
    static final int P_SOFT_FAILURE = 13;
    static final int P_IMAGE_SIZE = 14;
    static final int P_CONTENT = 18;
    static final int P_URI = 21;
    static final int P_SOURCE_COMPONENT = 22;
    static final int P_INVOKE_ARGS = 23;
    static final int P_DEVICE_ID = 24;

    private SuitBuilders() {
    }

    // ---------------------------------------------------------------- CBOR pieces

    /** A command sequence: label, argument, label, argument... (arguments: Integer, Boolean, byte[], CBORObject). */
    static CBORObject sequence(Object... labelsAndArguments) {
        CBORObject array = CBORObject.NewArray();
        for (Object element : labelsAndArguments) {
            array.Add(cbor(element));
        }
        return array;
    }

    /** A map in the given key order (callers give canonical order unless the test is about order). */
    static CBORObject map(Object... keysAndValues) {
        CBORObject map = CBORObject.NewOrderedMap();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.Add(cbor(keysAndValues[i]), cbor(keysAndValues[i + 1]));
        }
        return map;
    }

    static CBORObject array(Object... elements) {
        CBORObject array = CBORObject.NewArray();
        for (Object element : elements) {
            array.Add(cbor(element));
        }
        return array;
    }

    /** The item wrapped in a byte string ({@code bstr .cbor}). */
    static CBORObject wrap(CBORObject item) {
        return CBORObject.FromObject(item.EncodeToBytes());
    }

    static CBORObject cbor(Object value) {
        if (value instanceof CBORObject object) {
            return object;
        }
        if (value instanceof UUID uuid) {
            return CBORObject.FromObject(uuidBytes(uuid));
        }
        if (value == null) {
            return CBORObject.Null;
        }
        return CBORObject.FromObject(value);
    }

    static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    /** A SUIT_Digest [-16, SHA-256(data)]. */
    static CBORObject digestOf(byte[] data) {
        return array(-16, Sha256.digest(data));
    }

    /** Override Parameters setting the image digest (bstr-wrapped SUIT_Digest) and size of {@code image}. */
    static CBORObject imageParameters(byte[] image) {
        return map(P_IMAGE_DIGEST, wrap(digestOf(image)), P_IMAGE_SIZE, image.length);
    }

    /** The byte string a CBOR item wraps, decoded by the verifier's decoder, as a command-sequence member arrives. */
    static CborBytes received(CBORObject item) {
        return (CborBytes) CborDecoder.decode(wrap(item).EncodeToBytes());
    }

    // ---------------------------------------------------------------- devices

    /**
     * The example device: the examples' vendor and class ids, stored sequence number 0, empty components
     * [h'00'] (in slot 0, which example 3's A/B selection needs), [h'01'] and [h'02'].
     */
    static Device exampleDevice() {
        return new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0,
                List.of(DeviceComponent.empty(COMPONENT_0).withSlot(0), DeviceComponent.empty(COMPONENT_1),
                        DeviceComponent.empty(COMPONENT_2)),
                Map.of());
    }

    /** The two dummy image digests of the Appendix B examples, and the sizes the examples give them. */
    static final byte[] EXAMPLE_DIGEST_0 = HEX.parseHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210");
    static final byte[] EXAMPLE_DIGEST_1 = HEX.parseHex("0123456789abcdeffedcba987654321000112233445566778899aabbccddeeff");
    static final long EXAMPLE_SIZE_0 = 34768;
    static final long EXAMPLE_SIZE_1 = 76834;

    /**
     * A device on which every Appendix B example installs and boots: the example device whose
     * component [h'00'] holds the image the examples describe (for secure boot without an update) in
     * slot 1 (example 3 picks its slot-B image), and whose payload URIs serve described images with the
     * examples' dummy digests and sizes. No real bytes hash to those digests, so the images are
     * described, not concrete ({@link Image#described}).
     */
    static Device exampleInstallingDevice() {
        Image first = Image.described(EXAMPLE_SIZE_0, EXAMPLE_DIGEST_0);
        Image second = Image.described(EXAMPLE_SIZE_1, EXAMPLE_DIGEST_1);
        return exampleDevice()
                .withComponent(DeviceComponent.of(COMPONENT_0, first).withSlot(1))
                .withPayload("http://example.com/file.bin", first)
                .withPayload("http://example.com/very/long/path/to/file/file.bin", first)
                .withPayload("http://example.com/file1.bin", first)
                .withPayload("http://example.com/file2.bin", second);
    }

    /** An Appendix B example envelope from the test resources (the examples of draft-ietf-suit-manifest-37 Appendix B). */
    static byte[] example(String name) {
        try (InputStream in = SuitBuilders.class.getResourceAsStream("/suit/" + name + ".hex")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /suit/" + name + ".hex");
            }
            return HEX.parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- running sequences without an envelope

    /**
     * Runs {@code sequences} as one procedure over {@code components} of {@code device}: the first as
     * the shared sequence when {@code shared} is set, each parsed and executed as the processor does.
     */
    static Result interpret(Device device, List<ComponentId> components, boolean shared, CBORObject... sequences) {
        return interpret(device, components, Map.of(), ProcessingLimits.DEFAULT, VerifierOptions.DEFAULT, shared, sequences);
    }

    static Result interpret(Device device, List<ComponentId> components, Map<String, byte[]> integrated,
                            ProcessingLimits limits, VerifierOptions options, boolean shared, CBORObject... sequences) {
        TraceRecorder trace = new TraceRecorder();
        DeviceState state = new DeviceState(device);
        Outcome outcome = Outcome.failClosed(Reason.BAD_STRUCTURE, () -> {
            CommandParser parser = new CommandParser(components.size(), limits, options);
            List<CommandSequence> parsed = new ArrayList<>();
            for (int i = 0; i < sequences.length; i++) {
                boolean isShared = shared && i == 0;
                parsed.add(parser.parse(received(sequences[i]), isShared ? "suit-shared-sequence (4)" : "sequence " + i, isShared));
            }
            Map<String, CborBytes> payloads = new LinkedHashMap<>();
            integrated.forEach((uri, bytes) -> payloads.put(uri, (CborBytes) CborDecoder.decode(CBORObject.FromObject(bytes).EncodeToBytes())));
            new Interpreter(components, state, payloads, new ExecutionBudget(limits), trace).runProcedure(parsed);
            return Outcome.accept(trace.build(0));
        });
        return new Result(outcome, state);
    }

    /** What an interpreted procedure did: its outcome and the device storage it left. */
    record Result(Outcome outcome, DeviceState state) {
        Optional<Image> image(ComponentId component) {
            return state.image(component);
        }
    }

    // ---------------------------------------------------------------- manifests and envelopes

    /** A SUIT_Manifest under construction; members are kept in canonical (label) order unless told otherwise. */
    static final class ManifestBuilder {
        private final Map<Object, CBORObject> members = new LinkedHashMap<>();
        private final List<CBORObject> components = new ArrayList<>(List.of(array((Object) new byte[] {0})));
        private CBORObject shared;
        private boolean sortMembers = true;

        ManifestBuilder() {
            members.put(1, cbor(1));
            members.put(2, cbor(0));
        }

        ManifestBuilder version(Object version) {
            members.put(1, cbor(version));
            return this;
        }

        ManifestBuilder sequenceNumber(long number) {
            members.put(2, cbor(number));
            return this;
        }

        ManifestBuilder components(ComponentId... ids) {
            components.clear();
            for (ComponentId id : ids) {
                CBORObject identifier = CBORObject.NewArray();
                id.segments().forEach(segment -> identifier.Add(CBORObject.FromObject(segment)));
                components.add(identifier);
            }
            return this;
        }

        ManifestBuilder shared(CBORObject sharedSequence) {
            this.shared = sharedSequence;
            return this;
        }

        /** A member by label (or any key): a command sequence given as an array is bstr-wrapped. */
        ManifestBuilder member(Object label, CBORObject value) {
            members.put(label, value.getType() == CBORType.Array ? wrap(value) : value);
            return this;
        }

        /** A member whose value is put in as given, for malformed manifests. */
        ManifestBuilder raw(Object label, CBORObject value) {
            members.put(label, value);
            return this;
        }

        ManifestBuilder remove(Object label) {
            members.remove(label);
            return this;
        }

        /** Keeps the members in insertion order, for non-canonical manifests. */
        ManifestBuilder unsorted() {
            sortMembers = false;
            return this;
        }

        CBORObject common() {
            CBORObject list = CBORObject.NewArray();
            components.forEach(list::Add);
            CBORObject common = map(2, list);
            if (shared != null) {
                common.Add(4, wrap(shared));
            }
            return common;
        }

        byte[] build() {
            CBORObject manifest = CBORObject.NewOrderedMap();
            Map<Object, CBORObject> all = new LinkedHashMap<>(members);
            all.putIfAbsent(3, wrap(common()));
            List<Map.Entry<Object, CBORObject>> entries = new ArrayList<>(all.entrySet());
            if (sortMembers) {
                entries.sort((a, b) -> Arrays.compareUnsigned(cbor(a.getKey()).EncodeToBytes(),
                        cbor(b.getKey()).EncodeToBytes()));
            }
            entries.forEach(entry -> manifest.Add(cbor(entry.getKey()), entry.getValue()));
            return manifest.EncodeToBytes();
        }
    }

    /** A manifest with the examples' vendor and class checks in its shared sequence, for component [h'00']. */
    static ManifestBuilder compatibleManifest() {
        return new ManifestBuilder().shared(sequence(
                OVERRIDE_PARAMETERS, map(P_VENDOR_ID, VENDOR_ID, P_CLASS_ID, CLASS_ID),
                VENDOR_IDENTIFIER, 15,
                CLASS_IDENTIFIER, 15));
    }

    /** How an envelope is authenticated. */
    enum Signer { ES256_EXAMPLE_KEY, ED25519_FIXED_SEED }

    /** A SUIT_Envelope under construction. */
    static final class EnvelopeBuilder {
        private final byte[] manifest;
        private final List<CBORObject> blocks = new ArrayList<>();
        private final Map<Object, CBORObject> extra = new LinkedHashMap<>();
        private CBORObject digest;
        private boolean tagged = true;
        private boolean withoutWrapper;

        EnvelopeBuilder(byte[] manifest) {
            this.manifest = manifest.clone();
            this.digest = digestOf(CBORObject.FromObject(manifest).EncodeToBytes());
        }

        /** The bstr-wrapped manifest's SUIT_Digest, as it goes into the authentication wrapper. */
        CBORObject digest() {
            return digest;
        }

        EnvelopeBuilder digest(CBORObject replacement) {
            this.digest = replacement;
            return this;
        }

        /** Adds a COSE_Sign1 (tag 18, detached payload) over the SUIT_Digest. */
        EnvelopeBuilder sign(Signer signer) {
            blocks.add(sign1(signer, wrap(digest).GetByteString(), signer == Signer.ES256_EXAMPLE_KEY ? -7 : -19));
            return this;
        }

        /** Adds an authentication block given whole, already tagged. */
        EnvelopeBuilder block(CBORObject block) {
            blocks.add(block);
            return this;
        }

        /** An envelope member besides 2 and 3 (severed members, integrated payloads, extensions), bstr as given. */
        EnvelopeBuilder member(Object key, CBORObject value) {
            extra.put(key, value);
            return this;
        }

        EnvelopeBuilder untagged() {
            tagged = false;
            return this;
        }

        EnvelopeBuilder withoutWrapper() {
            withoutWrapper = true;
            return this;
        }

        byte[] build() {
            CBORObject wrapper = CBORObject.NewArray().Add(wrap(digest));
            blocks.forEach(block -> wrapper.Add(wrap(block)));
            CBORObject envelope = CBORObject.NewOrderedMap();
            if (!withoutWrapper) {
                envelope.Add(2, wrap(wrapper));
            }
            envelope.Add(3, CBORObject.FromObject(manifest));
            extra.forEach((key, value) -> envelope.Add(cbor(key), value));
            return (tagged ? envelope.WithTag(107) : envelope).EncodeToBytes();
        }
    }

    /** A COSE_Sign1_Tagged with protected {1: alg}, empty unprotected, nil payload, over {@code detachedPayload}. */
    static CBORObject sign1(Signer signer, byte[] detachedPayload, int algorithm) {
        byte[] protectedHeader = map(1, algorithm).EncodeToBytes();
        byte[] toBeSigned = array("Signature1", protectedHeader, new byte[0], detachedPayload).EncodeToBytes();
        byte[] signature = signer == Signer.ES256_EXAMPLE_KEY ? es256(toBeSigned) : ed25519(toBeSigned);
        return array(protectedHeader, CBORObject.NewMap(), CBORObject.Null, signature).WithTag(18);
    }

    /** Deterministic ECDSA (RFC 6979) over SHA-256 with the example key, as raw r‖s. */
    static byte[] es256(byte[] message) {
        return EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B.sign(message);
    }

    static byte[] ed25519(byte[] message) {
        return Ed25519TestKey.RFC8032_TEST_1.sign(message);
    }
}
