package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ReportingPolicy;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.List;
import java.util.Optional;

import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Whether a manifest applies to the device (draft-ietf-suit-manifest-37 §6.2, §8.4.9.1, RFC 9124
 * REQ.SEC.COMPATIBLE): vendor, class and device identifiers, components the device has, and
 * conditions the processor does not know.
 */
final class SuitApplicabilityCases {
    /** An unassigned condition label (the registry's Standards Action range, §11.4): no processor knows it. */
    private static final long UNKNOWN_CONDITION = 250;

    /** A manifest whose shared sequence also sets and checks the device identifier. */
    private static Manifest deviceBound() {
        return SuitFixture.manifest(CommandSequence.empty()
                .override(SuitFixture.imageParameters().deviceId(SuitFixture.DEVICE_ID))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER)
                .condition(Command.DEVICE_IDENTIFIER));
    }

    @Case(id = "suit.*.applicability.vendor-mismatch", sweep = Sweep.SUIT,
            title = "{alg} manifest for another vendor's devices",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.1-identifiers", "SUITM-8.4.6-conditions", "RFC9124-REQ.SEC.COMPATIBLE",
                    "SUITM-8.5-required-conditions", "SUITM-8.5-required-parameters"},
            flags = {"WrongDevice"},
            description = """
                    The baseline manifest, correctly signed by the trusted {alg} author, checks vendor id
                    4819af05-ad7d-5a46-a9c5-c53954b7de97; the device asserts vendor id
                    aad03681-8b63-5304-89e0-8ca8f49461b5.

                    The vendor condition fails: a processor must reject. Accepting installs firmware built for
                    another vendor's hardware, which at best does not boot.""")
    BuiltCase vendorMismatch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(SuitFixture.baseline()),
                SuitFixture.device().withVendorId(SuitFixture.OTHER_VENDOR_ID), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.class-mismatch", sweep = Sweep.SUIT,
            title = "{alg} manifest for another device class of the same vendor",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.1-identifiers", "SUITM-8.4.6-conditions", "RFC9124-REQ.SEC.COMPATIBLE",
                    "SUITM-8.5-required-conditions", "SUITM-8.5-required-parameters"},
            flags = {"WrongDevice"},
            description = """
                    The baseline manifest, correctly signed by the trusted {alg} author (the vendor's own key), checks
                    class id 8ec6da5c-0141-5fa0-a1e7-786496151a1b; the device is of the same vendor but asserts
                    class id 7fbf1e7a-603b-5101-bc98-53f600866887.

                    The class condition fails: a processor must reject. A vendor signs firmware for all its products
                    with one key, so the class check is what keeps one product's firmware off another.""")
    BuiltCase classMismatch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(SuitFixture.baseline()),
                SuitFixture.device().withClassId(SuitFixture.OTHER_CLASS_ID), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.device-match", sweep = Sweep.SUIT,
            title = "{alg} manifest for one device, on that device",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.9.1-identifiers", "SUITM-8.4.10.3-override"},
            flags = {"OptionalFeature", "DeviceIdentifier"},
            description = """
                    A manifest signed with {alg} whose shared sequence also sets device id
                    fca2dd1f-dd06-5755-9217-c95ae92a48a0 and checks the device identifier; the device asserts that id.

                    Check Device Identifier is OPTIONAL (§8.5). A processor that implements it must accept; one that
                    does not should answer unsupported for this vector.""")
    BuiltCase deviceMatch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return accepted(f.input(f.signed(deviceBound()),
                SuitFixture.device().withDeviceId(Optional.of(SuitFixture.DEVICE_ID)), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.device-mismatch", sweep = Sweep.SUIT,
            title = "{alg} manifest for one device, on another device of the same class",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.1-identifiers", "SUITM-8.4.6-conditions"},
            flags = {"WrongDevice", "DeviceIdentifier"},
            description = """
                    The device-bound manifest signed with {alg} (device id fca2dd1f-dd06-5755-9217-c95ae92a48a0) on a
                    device of the right vendor and class asserting device id 31a86155-96b9-5c52-aedd-995f54515a9d.

                    The device condition fails: a processor must reject. A device-specific update (a debug build, a
                    licence, a key) must not install on every device of the class.""")
    BuiltCase deviceMismatch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(deviceBound()),
                SuitFixture.device().withDeviceId(Optional.of(SuitFixture.OTHER_DEVICE_ID)), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.device-id-absent", sweep = Sweep.SUIT,
            title = "{alg} manifest for one device, on a device without device identifier",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9.1-identifiers", "SUITM-8.4.6-conditions"},
            flags = {"WrongDevice", "DeviceIdentifier"},
            description = """
                    The device-bound manifest signed with {alg}, on a device of the right vendor and class that
                    asserts no device identifier at all.

                    The condition cannot hold: a processor must reject. One that treats a missing identifier as a
                    match installs a device-specific update on every device that lacks one.""")
    BuiltCase deviceIdAbsent(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(deviceBound()), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.vendor-id-never-set", sweep = Sweep.SUIT,
            title = "{alg} manifest that checks the vendor identifier without setting vendor-id",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9-missing-parameter", "SUITM-8.4.9.1-identifiers", "RFC9124-REQ.SEC.COMPATIBLE"},
            flags = {"MissingParameter"},
            description = """
                    A manifest signed with {alg} whose shared sequence sets class id, image digest and size, but no
                    vendor id, and then checks the vendor and class identifiers. The device's vendor and class are
                    those of the baseline.

                    A condition whose parameter was never set must fail (§8.4.9): reject. A processor that skips
                    the check, or compares against an all-zero default, accepts a manifest that names no
                    vendor.""")
    BuiltCase vendorIdNeverSet(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(CommandSequence.empty()
                .override(Parameters.none().classId(SuitFixture.CLASS_ID)
                        .imageDigest(SuitDigest.sha256(SuitFixture.IMAGE))
                        .imageSize(SuitFixture.IMAGE.length()))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.unknown-condition", sweep = Sweep.SUIT,
            title = "{alg} manifest with a condition the processor does not know",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.9-unknown-condition", "SUITM-6.1-exclusion", "SUITM-8.4.6-conditions"},
            flags = {"UnknownCommand"},
            description = """
                    A manifest signed with {alg} whose shared sequence, after the vendor and class checks (which
                    hold), runs condition 250 with reporting policy 15: a label no registry assigns.

                    A recipient that meets an unknown condition must report a failure (§8.4.9), and the manifest is
                    invalid (§6.1: unsupported command). A processor that skips what it does not understand
                    ignores a check the author required, for instance a battery or version condition of an
                    extension.""")
    BuiltCase unknownCondition(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(SuitFixture.shared()
                .command(UNKNOWN_CONDITION, CborValue.integer(ReportingPolicy.CONDITION).toBytes()));
        return rejected(Reason.UNSUPPORTED_COMMAND, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.unknown-component", sweep = Sweep.SUIT,
            title = "{alg} manifest for component [h'00'] on a device that has only [h'01']",
            severity = Severity.HIGH,
            requirements = {"SUITM-6.1-exclusion", "RFC9124-REQ.SEC.AUTH.IMG_LOC"},
            flags = {"WrongDevice"},
            description = """
                    The baseline manifest signed with {alg} addresses component [h'00']; the device has a single
                    component, [h'01'].

                    An unsupported component identifier excludes the manifest (§6.1): a processor must reject. One
                    that maps the manifest's first component onto the device's first component writes the image
                    where it does not belong.""")
    BuiltCase unknownComponent(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        return rejected(Reason.UNSUPPORTED_COMMAND, f.input(f.signed(SuitFixture.baseline()),
                SuitFixture.device().withComponents(List.of(Component.of(Bytes.fromHex("01")))), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.applicability.more-components-than-device", sweep = Sweep.SUIT,
            title = "{alg} manifest listing component [h'00'] twice on a device that has one component",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.2-component-count", "SUITM-6.2-set-index-first"},
            flags = {"WrongDevice"},
            description = """
                    A manifest signed with {alg} whose component list holds two entries, [h'00'] and [h'00']
                    again; its shared sequence begins with set-component-index 0, as a manifest with several
                    components must, then sets the parameters and checks vendor and class. The device has
                    component [h'00'] only. Each listed component is one the device has, so only the count
                    tells that the manifest asks for more storage than the device offers.

                    A processor must check that the manifest lists no more components than the device has, and
                    reject (§6.2). One that does not sizes its parameter storage from the manifest and may index
                    past the components it really has.""")
    BuiltCase moreComponentsThanDevice(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Common common = Common.of(List.of(List.of(SuitFixture.COMPONENT), List.of(SuitFixture.COMPONENT)))
                .withSharedSequence(CommandSequence.empty().setComponentIndex(0).override(SuitFixture.imageParameters())
                        .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER));
        Manifest manifest = Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER, common);
        return rejected(Reason.POLICY, f.input(f.signed(manifest), SuitFixture.device(), Scope.APPLICABILITY));
    }
}
