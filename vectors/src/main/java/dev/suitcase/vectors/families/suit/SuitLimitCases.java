package dev.suitcase.vectors.families.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.CoseMac0;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.vectors.suit.SuitLabels.Parameter;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounds the suite expects a processor to put on what one envelope makes it do: how deeply command
 * sequences nest, how many commands run, how many image bytes are written, how many authentication
 * blocks are tried. draft-ietf-suit-manifest-37 sets none of them, so every rejection here is advisory
 * ({@code hardening}), and each envelope is otherwise valid: a processor without the bound accepts it.
 * The bounds are the reference processor's (8 levels, 10,000 command executions, 256 MiB, 16 blocks), and
 * each vector goes just past one of them while staying well inside the others.
 */
final class SuitLimitCases {
    /** One level more than the reference processor nests Run Sequence and Try Each. */
    private static final int NESTING = 9;
    /** The most components a device has, and so a manifest may list (§6.2). */
    private static final int COMPONENTS = 64;
    /** 28 KiB: 150 writes to each of the 64 components come to 275 MB, past 256 MiB, in 9,600 writes. */
    private static final int CONTENT_BYTES = 28 * 1024;
    private static final int WRITES = 150;
    /** One more block than the reference processor tries. */
    private static final int BLOCKS = 17;
    private static final String NESTING_RULE = "hardening: draft-ietf-suit-manifest-37 bounds neither how deeply Run"
            + " Sequence and Try Each nest nor how deeply a processor must follow them (§8.5 makes both optional); each"
            + " level is its own byte string, so a CBOR decoder's depth limit does not see the nesting, and this suite"
            + " expects a processor to bound it (the reference processor at 8 levels; the draft's examples nest 1)"
            + " rather than recurse as deep as a manifest asks";
    private static final String OPERATIONS_RULE = "hardening: draft-ietf-suit-manifest-37 bounds neither how many commands"
            + " a manifest runs nor how Run Sequence and component index True (§6.5, §8.4.10.8) multiply them; this suite"
            + " expects a processor to bound the work one authentic manifest causes (the reference processor at 10,000"
            + " command executions, a command counting once per component), so that a manifest cannot keep a device busy"
            + " without end";
    private static final String BYTES_RULE = "hardening: draft-ietf-suit-manifest-37 bounds neither how often a manifest"
            + " writes content nor how much (§8.4.10, Write is optional by §8.5); this suite expects a processor to bound"
            + " the image bytes one manifest makes it write, hash or compare (the reference processor at 256 MiB), so"
            + " that an authentic manifest cannot wear out flash storage or run for minutes";
    private static final String BLOCKS_RULE = "hardening: draft-ietf-suit-manifest-37 §8.3 allows several authentication"
            + " blocks, one per algorithm or authority, and sets no bound; since anyone can add blocks to a wrapper"
            + " without breaking the signature in it, this suite expects a processor to bound how many it tries (the"
            + " reference processor at 16) rather than verify every block an attacker prepends";

    private static BuiltCase hardening(String rule, SuitInput input) {
        return BuiltCase.of(Expectation.reject(Reason.RESOURCE_LIMIT).advisory(Advisory.Basis.HARDENING, rule), input);
    }

    /** Component identifiers [h'00'] to [h'3f']. */
    private static List<List<Bytes>> identifiers() {
        List<List<Bytes>> identifiers = new ArrayList<>(COMPONENTS);
        for (int i = 0; i < COMPONENTS; i++) {
            identifiers.add(List.of(Bytes.of(new byte[] {(byte) i})));
        }
        return identifiers;
    }

    /** The baseline device with 64 empty components, [h'00'] to [h'3f']. */
    private static Device deviceWithAllComponents() {
        List<Component> components = new ArrayList<>(COMPONENTS);
        identifiers().forEach(id -> components.add(Component.of(id.get(0))));
        return SuitFixture.device().withComponents(components);
    }

    /** Vendor and class set for every component (index True), so that any later check of them holds. */
    private static CommandSequence identityOfAll() {
        return CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().vendorId(SuitFixture.VENDOR_ID).classId(SuitFixture.CLASS_ID));
    }

    private static Manifest overAllComponents(CommandSequence shared) {
        return Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER, Common.of(identifiers()).withSharedSequence(shared));
    }

    @Case(id = "suit.*.limits.sequence-nesting", sweep = Sweep.SUIT,
            title = "{alg} manifest whose vendor and class checks sit inside nine nested run-sequences",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.8-run-sequence", "SUITM-8.5-optional-commands"},
            flags = {"RunSequence", "ResourceLimit", "OptionalFeature"},
            description = """
                    The baseline manifest signed with {alg}, whose shared sequence sets the baseline parameters and
                    then runs a run-sequence whose sequence is another run-sequence, nine levels deep; the innermost
                    sequence checks vendor and class, and holds on the device.

                    The manifest is valid and no specification bounds the nesting, so a processor that follows it
                    is conformant. The suite recommends bounding how deeply sequences nest, since each level is a
                    separate byte string a decoder's depth limit does not see, and a recursive interpreter without
                    a bound runs out of stack on an authentic but hostile manifest (see cbor.sequence-nesting-bomb,
                    40 levels that no processor can complete); the reference processor stops after 8 levels.""")
    BuiltCase sequenceNesting(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence nested = CommandSequence.empty().condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        for (int level = 0; level < NESTING; level++) {
            nested = CommandSequence.empty().runSequence(nested);
        }
        CommandSequence shared = CommandSequence.empty().override(SuitFixture.imageParameters()).append(nested);
        return hardening(NESTING_RULE, f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.limits.operations", sweep = Sweep.SUIT,
            title = "{alg} manifest of 64 components whose nested run-sequences check vendor and class 8,192 times",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.8-run-sequence", "SUITM-6.5-index-true", "SUITM-8.5-optional-commands"},
            flags = {"RunSequence", "MultiComponent", "ResourceLimit", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for 64 components, all on the device. Its shared sequence selects
                    every component (index True), sets vendor and class, and runs a run-sequence that, for each
                    component, selects every component again and runs [check vendor, check class] for each: 64 × 64
                    × 2 checks, over 12,000 command executions from a manifest of a few hundred bytes. Every check
                    holds.

                    The manifest is valid and no specification bounds the work it causes, so a processor that runs
                    it all is conformant. The suite recommends bounding it, since run-sequence over index True
                    multiplies the work at every level, and three levels would be 64 times more; the reference
                    processor stops after 10,000 command executions.""")
    BuiltCase operations(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence checks = CommandSequence.empty().condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        CommandSequence everyComponent = CommandSequence.empty().setComponentIndexAll().runSequence(checks);
        CommandSequence shared = identityOfAll().runSequence(everyComponent);
        return hardening(OPERATIONS_RULE, f.input(f.signed(overAllComponents(shared)), deviceWithAllComponents(),
                Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.limits.bytes", sweep = Sweep.SUIT,
            title = "{alg} manifest writing 28 KiB into each of 64 components 150 times, 275 MB in all",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.6-directives", "SUITM-8.5-optional-commands"},
            flags = {"Write", "MultiComponent", "ResourceLimit", "OptionalFeature"},
            description = """
                    A manifest signed with {alg} for 64 components, all on the device, whose shared sequence checks
                    vendor and class on every component and whose install sequence selects every component, sets
                    suit-parameter-content to 28 KiB of zeros, and runs suit-directive-write 150 times: 9,600
                    writes, 275 MB. Processed to install.

                    The manifest is valid and no specification bounds how much a manifest writes, so a processor
                    that writes it all is conformant. The suite recommends bounding it: on a device each write is
                    a flash erase and program, and an authentic but hostile manifest repeating them wears the
                    storage out. The reference processor stops after 256 MiB written, hashed or compared.""")
    BuiltCase bytes(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = identityOfAll().condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        CommandSequence install = CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().set(Parameter.CONTENT, CborValue.bytes(new byte[CONTENT_BYTES])));
        for (int i = 0; i < WRITES; i++) {
            install = install.directive(Command.WRITE);
        }
        Manifest manifest = overAllComponents(shared).withSequence(ManifestKey.INSTALL, install);
        return hardening(BYTES_RULE, f.input(f.signed(manifest), deviceWithAllComponents(), Scope.INSTALL));
    }

    @Case(id = "suit.*.limits.authentication-blocks", sweep = Sweep.SUIT,
            title = "{alg} envelope with 17 authentication blocks: 16 COSE_Mac0 the device cannot check, then the author's",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "SUITM-8.3-auth-block-required"},
            flags = {"MultipleBlocks", "CoseMac0", "ResourceLimit"},
            description = """
                    The baseline manifest with 17 authentication blocks over its digest: 16 COSE_Mac0 blocks (HMAC
                    256/256) under a key the device does not hold, then the trusted author's valid {alg}
                    COSE_Sign1.

                    §8.3 allows several blocks, one per algorithm or authority, and sets no bound, so a processor
                    that tries them all and accepts on the last is conformant. The suite recommends bounding the
                    blocks a processor tries: anyone can add blocks to a wrapper without breaking the signature in
                    it, and a device that verifies every block an attacker prepends spends a signature verification
                    on each before it reaches the genuine one. The reference processor takes 16.""")
    BuiltCase authenticationBlocks(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes manifest = SuitFixture.baseline().encode();
        AuthenticationWrapper wrapper = SuitFixture.unsignedWrapper(manifest);
        Bytes mac = CoseMac0.detached(SuitAuthenticationCases.MAC_KEY, wrapper.digest());
        for (int i = 1; i < BLOCKS; i++) {
            wrapper = wrapper.withBlock(mac);
        }
        Bytes envelope = Envelope.of(wrapper.signedBy(f.author()), manifest).encode();
        return hardening(BLOCKS_RULE, f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }
}
