package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.vectors.suit.SuitLabels.Parameter;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Conditions and directives that fail (draft-ietf-suit-manifest-37 §6.4, §8.4.9, §8.4.10): Check Content
 * on other bytes, Abort, and the directives that have nothing to act on: Fetch without a URI, Copy from an
 * empty component, Invoke of an empty one. A failed condition ends the sequence; a failed directive aborts.
 */
final class SuitConditionDirectiveCases {
    private static final Bytes STAGING = Bytes.fromHex("01");

    @Case(id = "suit.*.condition.check-content-differs", sweep = Sweep.SUIT,
            title = "{alg} manifest whose Check Content expects other bytes than the component holds",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.6-conditions", "SUITM-8.4.9-condition-terminates", "SUITM-8.5-optional-commands"},
            flags = {"CheckContent", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} whose shared sequence, after the vendor and class checks, sets
                    suit-parameter-content to 256 bytes and runs suit-condition-check-content (6). The device's
                    component [h'00'] holds 256 other bytes (the firmware image).

                    Check Content compares the component byte by byte with the parameter (§8.4.9.3), so the
                    condition fails and processing ends: a processor must reject. One that treats it as holding
                    applies the update to a device whose component is not in the state the author required.
                    Check Content is OPTIONAL; a processor without it should answer unsupported.""")
    BuiltCase checkContentDiffers(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = SuitFixture.shared()
                .override(Parameters.none().set(Parameter.CONTENT, CborValue.bytes(SuitFixture.ATTACKER_IMAGE)))
                .condition(Command.CHECK_CONTENT);
        Device device = SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT).withImage(IMAGE)));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(SuitFixture.manifest(shared)), device, Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.condition.abort", sweep = Sweep.SUIT,
            title = "{alg} manifest whose shared sequence ends in suit-condition-abort",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.9.5-abort", "SUITM-8.4.9-unknown-condition"},
            flags = {"Abort"},
            robustness = """
                    Abort fails unconditionally, and a processor that does not implement it fails it as an unknown
                    condition (§8.4.9): none can go on.""",
            description = """
                    The baseline shared sequence signed with {alg}, its vendor and class checks holding, followed by
                    suit-condition-abort (14).

                    Abort always fails (§8.4.9.5); outside try-each the failure ends processing, and a processor
                    must reject. One that skips it ignores the author's explicit instruction not to go on.""")
    BuiltCase abort(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = SuitFixture.shared().condition(Command.ABORT);
        return rejected(Reason.CONDITION_FAILED,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.directive.fetch-without-uri", sweep = Sweep.SUIT,
            title = "{alg} manifest whose install sequence fetches without setting a URI",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10-directive-failure", "SUITM-6.4-directive-failure-aborts", "SUITM-8.4.6-directives"},
            flags = {"MissingParameter"},
            robustness = """
                    Fetch has no URI to fetch from, and the component stays empty, so the image-match after it fails
                    too: no processor can go on.""",
            description = """
                    The baseline manifest signed with {alg}, whose install sequence is [fetch, image-match]: the
                    override-parameters that sets suit-parameter-uri is missing. Processed to install.

                    A command consumes parameters its author MUST set first (§7); without a URI the Fetch cannot be
                    executed, a failed directive aborts (§6.4), and a processor must reject. One that fetches from a
                    default or previous source installs an image the manifest never named.""")
    BuiltCase fetchWithoutUri(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence install = CommandSequence.empty().directive(Command.FETCH).condition(Command.IMAGE_MATCH);
        Manifest manifest = SuitFixture.baseline().withSequence(ManifestKey.INSTALL, install);
        return rejected(Reason.POLICY, f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.directive.copy-from-empty", sweep = Sweep.SUIT,
            title = "{alg} manifest copying the image from a staging component that holds none",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10-directive-failure", "SUITM-6.4-directive-failure-aborts",
                    "SUITM-8.5-optional-commands"},
            flags = {"MultiComponent", "OptionalFeature"},
            robustness = """
                    The staging component holds no image, so there is nothing to copy: a processor that copies
                    nothing leaves [h'00'] empty and the image-match after the copy fails, so none can go on.""",
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01'] whose install sequence selects
                    [h'00'], sets source-component 1 with the image digest and size, copies and checks image-match.
                    Nothing was fetched into [h'01'], and on the device both components are empty.

                    Copy from a component that holds no image fails (§8.4.10.5), a failed directive aborts (§6.4),
                    and a processor must reject. Copy is OPTIONAL; a processor without it should answer
                    unsupported.""")
    BuiltCase copyFromEmpty(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence identity = CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().vendorId(SuitFixture.VENDOR_ID).classId(SuitFixture.CLASS_ID))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        CommandSequence install = CommandSequence.empty().setComponentIndex(0)
                .override(Parameters.none().imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length()).sourceComponent(1))
                .directive(Command.COPY)
                .condition(Command.IMAGE_MATCH);
        Manifest manifest = Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER,
                        Common.of(List.of(List.of(SuitFixture.COMPONENT), List.of(STAGING))).withSharedSequence(identity))
                .withSequence(ManifestKey.INSTALL, install);
        Device device = SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT), Component.of(STAGING)));
        return rejected(Reason.POLICY, f.input(f.signed(manifest), device, Scope.INSTALL));
    }

    @Case(id = "suit.*.directive.invoke-empty", sweep = Sweep.SUIT,
            title = "{alg} manifest booting a component that holds no image",
            severity = Severity.LOW,
            requirements = {"SUITM-6.3-error-or-correct-state", "SUITM-8.5-required-directives", "SUITM-8.4.6-directives"},
            flags = {"Invoke"},
            robustness = """
                    The component holds no image: a Trusted Invocation ends in an error or an invoked image (§6.3),
                    and there is no image to invoke, so no processor can go on.""",
            description = """
                    A manifest signed with {alg} with the baseline shared sequence and an invoke sequence, and no
                    install sequence; the device's component [h'00'] is empty. Processed to boot.

                    Executing a Trusted Invocation ends either in an error or in an invoked image (§6.3); there is
                    no image, so Invoke fails, and a processor must reject. One that reports a successful boot
                    without an image leaves the device running nothing while its caller believes otherwise.""")
    BuiltCase invokeEmpty(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(SuitFixture.shared()).withSequence(ManifestKey.INVOKE, SuitFixture.invoke());
        return rejected(Reason.POLICY, f.input(f.signed(manifest), SuitFixture.device(), Scope.BOOT));
    }
}
