package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.testkeys.SeededRandom;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.ManifestSigner;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the SUIT cases are built from, for one signature algorithm: the manifest author's key and two
 * more (another author of the same algorithm, and one of another algorithm), the simulated device,
 * the firmware image, and the baseline manifest most cases vary.
 *
 * <p>The baseline: manifest sequence number 7 for component [h'00'] on a device that runs 6; the
 * shared sequence sets vendor, class, image digest and size and checks vendor and class; install
 * sets the URI, fetches and checks the image; validate checks it again; invoke boots it. Keys are
 * derived from fixed labels, so every run builds the same bytes; the HSS-LMS keys are made of the
 * smallest trees, LMS H5 with LM-OTS W8, two levels of them for more than 32 signatures.
 */
final class SuitFixture {
    /** UUID5(DNS, "suitcase.dev"). */
    static final Bytes VENDOR_ID = Bytes.fromHex("4819af05ad7d5a46a9c5c53954b7de97");
    /** UUID5(vendor id, "suitcase test device"). */
    static final Bytes CLASS_ID = Bytes.fromHex("8ec6da5c01415fa0a1e7786496151a1b");
    /** UUID5(DNS, "example.org"): a vendor the manifest is not for. */
    static final Bytes OTHER_VENDOR_ID = Bytes.fromHex("aad036818b63530489e08ca8f49461b5");
    /** UUID5(vendor id, "suitcase other device"): a class of the same vendor the manifest is not for. */
    static final Bytes OTHER_CLASS_ID = Bytes.fromHex("7fbf1e7a603b5101bc9853f600866887");
    /** UUID5(vendor id, "suitcase third device"): another class the manifest is not for. */
    static final Bytes THIRD_CLASS_ID = Bytes.fromHex("39679bdf5d755126b8395b355e008e24");
    /** UUID5(class id, "device 1"). */
    static final Bytes DEVICE_ID = Bytes.fromHex("fca2dd1fdd0657559217c95ae92a48a0");
    /** UUID5(class id, "device 2"). */
    static final Bytes OTHER_DEVICE_ID = Bytes.fromHex("31a8615596b95c52aedd995f54515a9d");
    static final Bytes COMPONENT = Bytes.fromHex("00");
    static final long MANIFEST_SEQUENCE_NUMBER = 7;
    static final long DEVICE_SEQUENCE_NUMBER = 6;
    static final String IMAGE_URI = "https://firmware.example/suitcase/app.bin";
    static final String INTEGRATED_URI = "#app.bin";
    /** Where an attacker serves its own firmware, a server the device can reach like any other. */
    static final String ATTACKER_URI = "https://attacker.example/app.bin";
    private static final int IMAGE_SIZE = 256;
    /** The firmware image: 256 bytes from a seeded stream. */
    static final Bytes IMAGE = image("suitcase suit-layer firmware image");
    /** The attacker's firmware: 256 other bytes, which nobody signed. */
    static final Bytes ATTACKER_IMAGE = image("suitcase suit-layer attacker image");

    private final Algorithm algorithm;
    private final String keyText;
    private final ManifestSigner author;
    private final Supplier<ManifestSigner> secondAuthorSource;
    private final ManifestSigner foreignAuthor;
    private ManifestSigner secondAuthor;

    private SuitFixture(Algorithm algorithm, String keyText, ManifestSigner author,
                        Supplier<ManifestSigner> secondAuthor, ManifestSigner foreignAuthor) {
        this.algorithm = algorithm;
        this.keyText = keyText;
        this.author = author;
        this.secondAuthorSource = secondAuthor;
        this.foreignAuthor = foreignAuthor;
    }

    /** Fresh keys for {@code algorithm}; a fixture signs in the order it is asked to, so each generation makes its own. */
    static SuitFixture forAlgorithm(Algorithm algorithm) {
        String label = "suit-layer " + algorithm.idName();
        return switch (algorithm) {
            case ES256, ESP256 -> new SuitFixture(algorithm, "key on P-256",
                    ManifestSigner.ecdsa(algorithm, EcdsaP256TestKey.derive(label + " author")),
                    () -> ManifestSigner.ecdsa(algorithm, EcdsaP256TestKey.derive(label + " second author")),
                    ManifestSigner.ed25519(Ed25519TestKey.derive(label + " foreign author")));
            case ED25519 -> new SuitFixture(algorithm, "key",
                    ManifestSigner.ed25519(Ed25519TestKey.derive(label + " author")),
                    () -> ManifestSigner.ed25519(Ed25519TestKey.derive(label + " second author")),
                    ManifestSigner.ecdsa(Algorithm.ESP256, EcdsaP256TestKey.derive(label + " foreign author")));
            case HSS_LMS -> new SuitFixture(algorithm,
                    "key (two HSS levels, each an LMS SHA-256 H5 tree with LM-OTS SHA-256 W8)",
                    ManifestSigner.hssLms(hssKey(label + " author")),
                    () -> ManifestSigner.hssLms(hssKey(label + " second author")),
                    ManifestSigner.ecdsa(Algorithm.ESP256, EcdsaP256TestKey.derive(label + " foreign author")));
            case EDDSA -> throw new IllegalArgumentException("the SUIT layer sweep uses Ed25519 (-19), the id of the"
                    + " SUIT profiles, not the polymorphic EdDSA (-8)");
        };
    }

    /**
     * An HSS-LMS key of two levels of the smallest trees, LMS H5 with LM-OTS W8: one such tree has 32
     * one-time keys, fewer than the distinct manifests the sweep signs. Every author of the algorithm
     * has the same parameters, so that a signature by one is well formed under the key of another.
     */
    private static HssLmsTestKey hssKey(String label) {
        LMSParameters smallest = new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8);
        return HssLmsTestKey.generate(label, List.of(smallest, smallest));
    }

    private static Bytes image(String label) {
        byte[] image = new byte[IMAGE_SIZE];
        new SeededRandom(label).nextBytes(image);
        return Bytes.of(image);
    }

    Algorithm algorithm() {
        return algorithm;
    }

    /** What the author's key is, e.g. {@code key on P-256}: the word {@code {key}} of the case texts. */
    String keyText() {
        return keyText;
    }

    /** The author the device trusts. */
    ManifestSigner author() {
        return author;
    }

    /** Another author of the same algorithm, whom the device does not trust. */
    ManifestSigner secondAuthor() {
        if (secondAuthor == null) {
            secondAuthor = secondAuthorSource.get();
        }
        return secondAuthor;
    }

    /** An author of another algorithm (Ed25519 for the ECDSA ids, ESP256 otherwise), whom the device does not trust. */
    ManifestSigner foreignAuthor() {
        return foreignAuthor;
    }

    /** The device's trust anchors: the author's key alone. */
    List<KeyEntry> trustAnchors() {
        return List.of(KeyEntry.trusted(author.coseKey()));
    }

    // ---------------------------------------------------------------- manifests

    /** The image digest and size of {@link #IMAGE}, with the vendor and class ids. */
    static Parameters imageParameters() {
        return Parameters.none().vendorId(VENDOR_ID).classId(CLASS_ID)
                .imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length());
    }

    /** The baseline shared sequence: parameters, then the vendor and class checks. */
    static CommandSequence shared() {
        return CommandSequence.empty().override(imageParameters())
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
    }

    /** Install from {@code uri}: set it, fetch into the component, check the image. */
    static CommandSequence installFrom(String uri) {
        return CommandSequence.empty().override(Parameters.none().uri(uri))
                .directive(Command.FETCH).condition(Command.IMAGE_MATCH);
    }

    /**
     * The install sequence an attacker writes: it sets {@link #ATTACKER_URI} and the digest and size of
     * {@link #ATTACKER_IMAGE} (parameters set in one sequence of a procedure stay set for the next, so the
     * signed validate then checks the attacker's digest), fetches that image and checks it. On a device
     * that can reach the attacker's server it completes: a processor that runs it unauthenticated
     * installs the attacker's image and accepts.
     */
    static CommandSequence attackersInstall() {
        return CommandSequence.empty()
                .override(Parameters.none().uri(ATTACKER_URI).imageDigest(SuitDigest.sha256(ATTACKER_IMAGE))
                        .imageSize(ATTACKER_IMAGE.length()))
                .directive(Command.FETCH).condition(Command.IMAGE_MATCH);
    }

    static CommandSequence validate() {
        return CommandSequence.empty().condition(Command.IMAGE_MATCH);
    }

    static CommandSequence invoke() {
        return CommandSequence.empty().directive(Command.INVOKE);
    }

    /** Common for the one component [h'00'] with {@code shared} as its shared sequence. */
    static Common common(CommandSequence shared) {
        return Common.of(List.of(List.of(COMPONENT))).withSharedSequence(shared);
    }

    /** A manifest with sequence number 7 and {@code shared}, and no other sequence. */
    static Manifest manifest(CommandSequence shared) {
        return Manifest.of(MANIFEST_SEQUENCE_NUMBER, common(shared));
    }

    /** The baseline manifest: shared, install from {@link #IMAGE_URI}, validate, invoke. */
    static Manifest baseline() {
        return manifest(shared())
                .withSequence(ManifestKey.INSTALL, installFrom(IMAGE_URI))
                .withSequence(ManifestKey.VALIDATE, validate())
                .withSequence(ManifestKey.INVOKE, invoke());
    }

    // ---------------------------------------------------------------- envelopes

    /** The SHA-256 SUIT_Digest of the bstr-wrapped manifest, head included (§8.3). */
    static SuitDigest digestOf(Bytes manifest) {
        return SuitDigest.sha256(CborValue.bytes(manifest).toBytes());
    }

    /** The authentication wrapper for {@code manifest}, holding its digest and no block. */
    static AuthenticationWrapper unsignedWrapper(Bytes manifest) {
        return AuthenticationWrapper.of(digestOf(manifest));
    }

    /** The wrapper for {@code manifest} with the author's COSE_Sign1. */
    AuthenticationWrapper wrapper(Bytes manifest) {
        return unsignedWrapper(manifest).signedBy(author);
    }

    /** The envelope of {@code manifest} signed by the author, not yet encoded. */
    Envelope envelope(Manifest manifest) {
        Bytes encoded = manifest.encode();
        return Envelope.of(wrapper(encoded), encoded);
    }

    /** The encoded envelope of {@code manifest} signed by the author. */
    Bytes signed(Manifest manifest) {
        return envelope(manifest).encode();
    }

    // ---------------------------------------------------------------- devices and inputs

    /**
     * The baseline device: the manifests' vendor and class, running sequence number 6, component
     * [h'00'] empty, serving the image at {@link #IMAGE_URI}.
     */
    static Device device() {
        return new Device(VENDOR_ID, CLASS_ID, Optional.empty(), DEVICE_SEQUENCE_NUMBER, List.of(Component.of(COMPONENT)),
                Map.of(IMAGE_URI, DeviceImage.of(IMAGE)));
    }

    /** The baseline device, which can also reach the attacker's server and its image. */
    static Device deviceReachingAttacker() {
        return device().withPayloads(Map.of(IMAGE_URI, DeviceImage.of(IMAGE), ATTACKER_URI, DeviceImage.of(ATTACKER_IMAGE)));
    }

    /** The input: {@code envelope} on {@code device} up to {@code scope}, with the author's key as the trust anchor. */
    SuitInput input(Bytes envelope, Device device, Scope scope) {
        return new SuitInput(envelope, trustAnchors(), device, scope);
    }

    static BuiltCase accepted(SuitInput input) {
        return BuiltCase.of(Expectation.accept(), input);
    }

    static BuiltCase rejected(Reason reason, SuitInput input) {
        return BuiltCase.of(Expectation.reject(reason), input);
    }

    /**
     * Rejected by the reference processor for a rule the specification sets for the manifest's author
     * (or encoder), not for the recipient: {@code rule} quotes it with its section and says why no
     * recipient is bound to refuse it.
     */
    static BuiltCase rejectedForProducerRule(Reason reason, String rule, SuitInput input) {
        return BuiltCase.of(Expectation.reject(reason).advisory(Advisory.Basis.PRODUCER_RULE, rule), input);
    }
}
