package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.GeneratorContext;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.DeviceImage;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example envelopes of draft-ietf-suit-manifest-37, Appendix B: the six examples signed with
 * the draft's ES256 key (example 2 in its full and its severed form), and their unsigned forms,
 * whose authentication wrapper holds only the digest.
 *
 * <p>All are processed at scope applicability on a device of the examples' vendor and class that
 * runs sequence number 0. The image digests in the examples are placeholders that no real bytes hash
 * to, so an image check can only succeed against an image the device knows by size and digest
 * ({@link DeviceImage.Described}): that is how example 2 is also installed, at scope install.
 */
public final class SuitSpecExamplesFamily extends CaseFamily<Void> {
    static final String SOURCE = "draft-ietf-suit-manifest-37";
    private static final String URL = "https://datatracker.ietf.org/doc/html/draft-ietf-suit-manifest-37#appendix-B.";
    /** The draft's example key (Appendix B, given there as a PEM), as an EC2 COSE_Key. */
    static final Bytes EXAMPLE_KEY = Bytes.fromHex("a4010220012158208496811aae0baaabd26157189eecda26beaa8bf11b6f3fe6e2"
            + "b5659c85dbc0ad2258203b1f2a4b6c098131c0a36dacd1d78bd381dcdfb09c052db33991db7338b4a896");
    /** UUID5(DNS, "arm.com"). */
    static final Bytes VENDOR_ID = Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe");
    /** UUID5(vendor id, "suit"). */
    static final Bytes CLASS_ID = Bytes.fromHex("1492af1425695e48bf429b2d51f2ab45");
    private static final String SIGNED_FORM = "envelope with COSE authentication object";
    private static final String UNSIGNED_FORM = "envelope without COSE authentication object";

    @Override
    public String name() {
        return "suit-spec-examples";
    }

    @Case(id = "suit.es256.spec-example.example-0", title = "Spec example 0 (secure boot), signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.2-envelope", "SUITM-8.3-manifest-digest", "SUITM-8.3-detached-payload",
                    "SUITM-8.3-cose-tagged", "RFC9052-4.4-sig-structure", "SUITM-8.4.1-version", "SUITM-8.4.2-rollback",
                    "SUITM-8.4.5-shared-first", "SUITM-8.4.9.1-identifiers", "RFC9124-REQ.SEC.AUTHENTIC",
                    "RFC9124-REQ.SEC.COMPATIBLE"},
            description = """
                    Example 0 of the SUIT manifest draft: the minimal manifest for a secure boot, one component,
                    vendor and class checks in the shared sequence, an image check in validate and an invoke. The
                    envelope carries a COSE_Sign1 (ES256) over the SHA-256 of the bstr-wrapped manifest; the device
                    runs sequence number 0, the manifest's own, and matches vendor and class.

                    A processor must authenticate and accept it at applicability. Refusing the specification's own
                    example means failing the most basic interoperability test. The manifest's sequence number equals
                    the device's, which the spec allows; a processor declaring suit-seq-strict refuses equal numbers,
                    so under that profile the expectation is reject.""")
    BuiltCase example0(CaseContext<Void> context) {
        return signed(context.generator(), "B.1", "example0-signed.hex", Component.of(Bytes.fromHex("00")))
                .withExpectation(Expectation.accept().withProfile(Profile.SUIT_SEQ_STRICT, ExpectedResult.REJECT));
    }

    @Case(id = "suit.es256.spec-example.example-1", title = "Spec example 1 (download and install), signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "SUITM-8.3-detached-payload", "RFC9052-4.4-sig-structure",
                    "SUITM-8.4.1-version", "SUITM-8.4.2-rollback", "SUITM-8.4.9.1-identifiers", "RFC9124-REQ.SEC.AUTHENTIC",
                    "RFC9124-REQ.SEC.SEQUENCE"},
            description = """
                    Example 1 of the SUIT manifest draft: sequence number 1, compatibility checks, and an install
                    sequence that fetches http://example.com/file.bin and checks its digest. Signed with the draft's
                    ES256 key; the device runs sequence number 0 and matches vendor and class.

                    A processor must accept it at applicability: the signature verifies, the manifest is newer than
                    the device's, and the device is the one the manifest is for.""")
    BuiltCase example1(CaseContext<Void> context) {
        return signed(context.generator(), "B.2", "example1-signed.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.es256.spec-example.example-2-full", title = "Spec example 2 with its severable members, signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9052-4.4-sig-structure", "SUITM-8.4-severed-or-inline",
                    "SUITM-8.4.12-severable-digest", "SUITM-8.6-severable-members", "SUITM-8.4.2-rollback",
                    "SUITM-8.4.9.1-identifiers", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 2 of the SUIT manifest draft in its full form (923 bytes): the manifest replaces its install
                    sequence (key 20) and its text (key 23) by SUIT_Digests, and the envelope carries both members
                    under the same keys. Each member's digest covers the whole byte string that holds it, head included.

                    A processor must authenticate the manifest, check each severable member present in the envelope
                    against the digest in the manifest, and accept the envelope at applicability. Refusing it breaks
                    the mechanism that lets a distributor strip text before delivery.""")
    BuiltCase example2Full(CaseContext<Void> context) {
        return signed(context.generator(), "B.3", "example2-full-signed.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.es256.spec-example.example-2-full-install",
            title = "Spec example 2 with its severable members, signed, installed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "SUITM-8.4.12-severable-digest", "SUITM-8.6-severable-members",
                    "SUITM-8.4.5-shared-first", "SUITM-8.4.9.2-image-match", "SUITM-8.5-required-directives",
                    "SUITM-8.5-required-parameters", "RFC9124-REQ.SEC.AUTHENTIC", "RFC9124-REQ.SEC.AUTH.REMOTE_LOC"},
            description = """
                    Example 2 of the SUIT manifest draft in its full form, processed through installation: the shared
                    sequence sets the image digest and size and checks vendor and class; the install sequence, carried
                    in the envelope as a severable member, sets the URI
                    http://example.com/very/long/path/to/file/file.bin, fetches it into component [h'00'] and checks the
                    image; the validate sequence checks it again. The example's image digest is a placeholder
                    (00112233...), so the device's payload at that URI is given by its size (34768) and SHA-256 only, as
                    a device that holds the real image would see it.

                    A processor must check the install member against its digest in the manifest, fetch the payload,
                    and accept. Refusing it means the processor cannot install the specification's own
                    download-and-install example.""")
    BuiltCase example2FullInstall(CaseContext<Void> context) {
        Device device = new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0, List.of(Component.of(Bytes.fromHex("00"))),
                Map.of("http://example.com/very/long/path/to/file/file.bin", DeviceImage.described(34768,
                        Bytes.fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210"))));
        SuitInput input = new SuitInput(envelope(context.generator(), "example2-full-signed.hex"), List.of(KeyEntry.trusted(EXAMPLE_KEY)),
                device, Scope.INSTALL);
        return BuiltCase.of(Expectation.accept(), input)
                .takenFrom(SOURCE, URL + "3", "Appendix B.3, " + SIGNED_FORM);
    }

    @Case(id = "suit.es256.spec-example.example-2-severed", title = "Spec example 2 with its members severed, signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9052-4.4-sig-structure", "SUITM-8.4-severed-or-inline",
                    "SUITM-8.6-severable-members", "SUITM-8.4.2-rollback", "SUITM-8.4.9.1-identifiers",
                    "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 2 of the SUIT manifest draft in its severed form (333 bytes): the manifest holds SUIT_Digests
                    for its install sequence and its text, and the envelope carries neither member. The signature covers
                    the manifest with the digests, so it still verifies.

                    An absent severed member is not an error unless a sequence that is run needs it; at applicability
                    neither is needed. A processor must accept the envelope; refusing it makes severing useless.""")
    BuiltCase example2Severed(CaseContext<Void> context) {
        return signed(context.generator(), "B.3", "example2-severed-signed.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.es256.spec-example.example-3", title = "Spec example 3 (A/B images), signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9052-4.4-sig-structure", "SUITM-8.4.5-shared-first",
                    "SUITM-8.4.10.2-try-each", "SUITM-8.4.9.4-component-slot", "SUITM-8.4.9.1-identifiers",
                    "SUITM-8.4.2-rollback", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 3 of the SUIT manifest draft: A/B images. Its shared sequence uses try-each over two
                    alternatives, each selecting slot 0 or slot 1 with a component-slot condition and setting that
                    slot's image digest and size; then it checks vendor and class. The device's component sits in
                    slot 0, so the first alternative succeeds.

                    A processor must run the try-each (a failed condition in an alternative moves on to the next one)
                    and accept the envelope at applicability. Failing here means the processor cannot serve A/B
                    updates, the common way to update without bricking.""")
    BuiltCase example3(CaseContext<Void> context) {
        return signed(context.generator(), "B.4", "example3-signed.hex", Component.of(Bytes.fromHex("00")).withSlot(0));
    }

    @Case(id = "suit.es256.spec-example.example-4", title = "Spec example 4 (load from external storage), signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9052-4.4-sig-structure", "SUITM-6.2-set-index-first",
                    "SUITM-6.2-component-count", "SUITM-6.5-index-integer", "SUITM-8.4.9.1-identifiers",
                    "SUITM-8.4.2-rollback", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 4 of the SUIT manifest draft: three components ([h'00'], [h'02'], [h'01']); the image is
                    fetched into external storage, installed by copy, loaded by copy into RAM and invoked there. Every
                    sequence starts with set-component-index, as a manifest with several components must. The device
                    has all three components.

                    A processor must accept it at applicability, selecting component 0 for the vendor and class
                    checks.""")
    BuiltCase example4(CaseContext<Void> context) {
        return signed(context.generator(), "B.5", "example4-signed.hex", Component.of(Bytes.fromHex("00")),
                Component.of(Bytes.fromHex("02")), Component.of(Bytes.fromHex("01")));
    }

    @Case(id = "suit.es256.spec-example.example-5", title = "Spec example 5 (two images), signed",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.3-manifest-digest", "RFC9052-4.4-sig-structure", "SUITM-6.2-set-index-first",
                    "SUITM-6.5-index-integer", "SUITM-8.4.10.3-override", "SUITM-8.4.9.1-identifiers",
                    "SUITM-8.4.2-rollback", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 5 of the SUIT manifest draft: two components, each with its own image digest and size set
                    in the shared sequence after selecting it with set-component-index; vendor and class are checked on
                    component 0. The device has both components.

                    A processor must keep parameters per component and accept the envelope at applicability.""")
    BuiltCase example5(CaseContext<Void> context) {
        return signed(context.generator(), "B.6", "example5-signed.hex", Component.of(Bytes.fromHex("00")), Component.of(Bytes.fromHex("01")));
    }

    @Case(id = "suit.any.spec-example.example-0-unsigned", title = "Spec example 0 without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 0 of the SUIT manifest draft as printed without its COSE authentication object: the
                    authentication wrapper holds the manifest's digest and nothing else. The digest is correct, so
                    the envelope looks intact, but nobody signed it.

                    A processor requires an authentication block and must reject the envelope before it looks at the
                    manifest. Accepting it lets anyone who can compute SHA-256 install firmware: a complete
                    authentication bypass.""")
    BuiltCase example0Unsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.1", "example0-unsigned.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.any.spec-example.example-1-unsigned", title = "Spec example 1 without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 1 of the SUIT manifest draft (download and install) without its COSE authentication object:
                    the wrapper holds only the digest of the manifest.

                    A processor must reject it: without an authentication block nothing vouches for the manifest, and
                    installing what it points to installs attacker-chosen firmware.""")
    BuiltCase example1Unsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.2", "example1-unsigned.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.any.spec-example.example-2-severed-unsigned",
            title = "Spec example 2, severed, without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 2 of the SUIT manifest draft in its severed form, without its COSE authentication object:
                    the wrapper holds only the digest of the manifest, whose install and text members are digests.

                    A processor must reject it for the missing authentication block; digests chained from an
                    unauthenticated manifest authenticate nothing.""")
    BuiltCase example2SeveredUnsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.3", "example2-severed-unsigned.hex", Component.of(Bytes.fromHex("00")));
    }

    @Case(id = "suit.any.spec-example.example-3-unsigned", title = "Spec example 3 without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 3 of the SUIT manifest draft (A/B images) without its COSE authentication object.

                    A processor must reject it before running the shared sequence's try-each: executing commands of an
                    unauthenticated manifest exposes the interpreter to anyone.""")
    BuiltCase example3Unsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.4", "example3-unsigned.hex", Component.of(Bytes.fromHex("00")).withSlot(0));
    }

    @Case(id = "suit.any.spec-example.example-4-unsigned", title = "Spec example 4 without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 4 of the SUIT manifest draft (load from external storage) without its COSE authentication
                    object.

                    A processor must reject it: an unauthenticated manifest must not copy, load or invoke anything.""")
    BuiltCase example4Unsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.5", "example4-unsigned.hex", Component.of(Bytes.fromHex("00")),
                Component.of(Bytes.fromHex("02")), Component.of(Bytes.fromHex("01")));
    }

    @Case(id = "suit.any.spec-example.example-5-unsigned", title = "Spec example 5 without authentication block",
            severity = Severity.CRITICAL,
            requirements = {"SUITM-8.3-auth-block-required", "SUITM-6.2-authenticate-first", "RFC9124-REQ.SEC.AUTHENTIC"},
            description = """
                    Example 5 of the SUIT manifest draft (two images) without its COSE authentication object.

                    A processor must reject it for the missing authentication block, whatever the two components it
                    would update.""")
    BuiltCase example5Unsigned(CaseContext<Void> context) {
        return unsigned(context.generator(), "B.6", "example5-unsigned.hex", Component.of(Bytes.fromHex("00")), Component.of(Bytes.fromHex("01")));
    }

    private static BuiltCase signed(GeneratorContext context, String appendix, String file, Component... components) {
        return BuiltCase.of(Expectation.accept(), input(context, file, components))
                .takenFrom(SOURCE, URL + appendix.substring(2), "Appendix " + appendix + ", " + SIGNED_FORM);
    }

    private static BuiltCase unsigned(GeneratorContext context, String appendix, String file, Component... components) {
        return BuiltCase.of(Expectation.reject(Reason.AUTHENTICATION_MISSING), input(context, file, components))
                .takenFrom(SOURCE, URL + appendix.substring(2), "Appendix " + appendix + ", " + UNSIGNED_FORM);
    }

    private static SuitInput input(GeneratorContext context, String file, Component... components) {
        Device device = new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0, List.of(components), Map.of());
        return new SuitInput(envelope(context, file), List.of(KeyEntry.trusted(EXAMPLE_KEY)), device, Scope.APPLICABILITY);
    }

    private static Bytes envelope(GeneratorContext context, String file) {
        return Bytes.fromHex(context.readSource("suit-examples/" + file).strip());
    }
}
