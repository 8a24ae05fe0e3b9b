package dev.suitcase.vectors.families.suit;

import dev.suitcase.testkeys.SeededRandom;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.Common;
import dev.suitcase.vectors.suit.CoseMac0;
import dev.suitcase.vectors.suit.CoseSign1;
import dev.suitcase.vectors.suit.Envelope;
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
import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE_URI;
import static dev.suitcase.vectors.families.suit.SuitFixture.accepted;

/**
 * Valid manifests on the near side of the rules a processor checks: a Check Content that holds on bytes a
 * Write put there, two components fetched with strict-order false, Run Sequence nested exactly as deep as
 * the reference processor follows, and exactly as many authentication blocks as it tries
 * (draft-ietf-suit-manifest-37 §6.7, §8.3, §8.4.9.3, §8.4.10). Each is accepted; a processor whose check
 * fires one step too early, or that loses what a directive wrote, rejects it. They were written for the
 * mutants of the reference processor that the rest of the corpus let survive (verifier/README.md,
 * "Mutation testing"), and are signed after every other SUIT case ({@link SuitLayerFamily}). One more
 * case, for the same reason, rejects: an untagged COSE_Sign1 ahead of the author's tagged one, which a
 * processor that merely skips blocks it cannot verify accepts.
 */
final class SuitBoundaryCases {
    private static final Bytes STAGING = Bytes.fromHex("01");
    /** The reference processor's nesting bound (SuitLimitCases goes one level past it). */
    private static final int NESTING = 8;
    /** The reference processor's bound on authentication blocks (SuitLimitCases adds one more). */
    private static final int BLOCKS = 16;

    @Case(id = "suit.*.directive.write-then-check-content", sweep = Sweep.SUIT,
            title = "{alg} manifest writing its image with suit-directive-write and then checking it with Check Content",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-8.4.6-directives", "SUITM-8.4.6-conditions", "SUITM-8.5-optional-commands"},
            flags = {"Valid", "Write", "CheckContent", "OptionalFeature"},
            description = """
                    The baseline shared sequence signed with {alg}, and an install sequence that sets
                    suit-parameter-content to the 256-byte firmware image, writes it into the empty component [h'00']
                    with suit-directive-write (18), then runs suit-condition-check-content (6) and image-match.
                    Processed to install.

                    Write puts the content parameter into the component (§8.4.10.7), and Check Content then finds
                    the same bytes there (§8.4.9.3), as image-match finds the digest: a processor that implements
                    both must accept. One that rejects has lost what it wrote, or compares the wrong bytes, and
                    refuses a valid update. Write and Check Content are OPTIONAL (§8.5); a processor without them
                    should answer unsupported.""")
    BuiltCase writeThenCheckContent(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence install = CommandSequence.empty()
                .override(Parameters.none().set(Parameter.CONTENT, CborValue.bytes(IMAGE)))
                .directive(Command.WRITE)
                .condition(Command.CHECK_CONTENT)
                .condition(Command.IMAGE_MATCH);
        Manifest manifest = SuitFixture.manifest(SuitFixture.shared()).withSequence(ManifestKey.INSTALL, install);
        return accepted(f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }

    @Case(id = "suit.*.strict-order.parallel-fetch", sweep = Sweep.SUIT,
            title = "{alg} manifest fetching into two components with strict-order false, neither read from",
            severity = Severity.LOW,
            requirements = {"SUITM-6.7-source-and-target", "SUITM-6.5-index-true", "SUITM-8.4.6-directives"},
            flags = {"Valid", "MultiComponent", "StrictOrder"},
            description = """
                    A manifest signed with {alg} for components [h'00'] and [h'01'], both empty on the device. Its
                    install sequence selects both (index True), sets strict-order false, the URI, image digest and
                    size, fetches into each, then sets strict-order true and checks image-match on each.

                    Strict-order false lets the two fetches run in parallel or out of order (§8.4.8.14, §6.7); each
                    component is the target of one operation and the source of none, which is what §6.7 allows, so
                    a processor must accept. One that aborts whenever strict order is false refuses a valid manifest
                    written for a device that downloads in parallel.""")
    BuiltCase parallelFetch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence identity = CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().vendorId(SuitFixture.VENDOR_ID).classId(SuitFixture.CLASS_ID))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        CommandSequence install = CommandSequence.empty().setComponentIndexAll()
                .override(Parameters.none().imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length())
                        .strictOrder(false).uri(IMAGE_URI))
                .directive(Command.FETCH)
                .override(Parameters.none().strictOrder(true))
                .condition(Command.IMAGE_MATCH);
        Manifest manifest = Manifest.of(SuitFixture.MANIFEST_SEQUENCE_NUMBER,
                        Common.of(List.of(List.of(SuitFixture.COMPONENT), List.of(STAGING))).withSharedSequence(identity))
                .withSequence(ManifestKey.INSTALL, install);
        Device device = SuitFixture.device().withComponents(List.of(Component.of(SuitFixture.COMPONENT), Component.of(STAGING)));
        return accepted(f.input(f.signed(manifest), device, Scope.INSTALL));
    }

    @Case(id = "suit.*.limits.sequence-nesting-at-bound", sweep = Sweep.SUIT,
            title = "{alg} manifest whose vendor and class checks sit inside eight nested run-sequences",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.10.8-run-sequence", "SUITM-8.5-optional-commands"},
            flags = {"Valid", "RunSequence", "OptionalFeature"},
            description = """
                    The limits.sequence-nesting manifest signed with {alg}, one level shallower: the shared sequence
                    sets the baseline parameters and runs a run-sequence nested eight levels deep, whose innermost
                    sequence checks vendor and class, and holds on the device.

                    The manifest is valid, and eight levels is as deep as the suite expects a processor to follow
                    (the reference processor's bound, which limits.sequence-nesting goes one past): a processor
                    must accept. One that stops a level earlier than it says refuses valid manifests. Run Sequence
                    is OPTIONAL (§8.5); a processor without it should answer unsupported.""")
    BuiltCase sequenceNestingAtBound(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence nested = CommandSequence.empty().condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        for (int level = 0; level < NESTING; level++) {
            nested = CommandSequence.empty().runSequence(nested);
        }
        CommandSequence shared = CommandSequence.empty().override(SuitFixture.imageParameters()).append(nested);
        return accepted(f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.limits.authentication-blocks-at-bound", sweep = Sweep.SUIT,
            title = "{alg} envelope with 16 authentication blocks: the author's, then 15 COSE_Mac0 of other authorities",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-multiple-blocks", "SUITM-8.3-auth-block-required"},
            flags = {"Valid", "MultipleBlocks", "CoseMac0"},
            description = """
                    The baseline manifest with 16 authentication blocks over its digest: the trusted author's valid
                    {alg} COSE_Sign1, then 15 COSE_Mac0 blocks (HMAC 256/256), each under its own key, none of
                    which the device holds.

                    §8.3 allows several blocks, each by a different algorithm or authority, and a recipient
                    verifies the one it can: the first verifies, so a processor must accept. Sixteen is as many as
                    the suite expects a processor to take (the reference processor's bound, which
                    limits.authentication-blocks goes one past); one that counts a block too many refuses a valid
                    envelope.""")
    BuiltCase authenticationBlocksAtBound(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes manifest = SuitFixture.baseline().encode();
        AuthenticationWrapper wrapper = f.wrapper(manifest);
        for (int i = 1; i < BLOCKS; i++) {
            byte[] key = new byte[32];
            new SeededRandom("suitcase suit-layer mac key of authority " + i).nextBytes(key);
            wrapper = wrapper.withBlock(CoseMac0.detached(key, wrapper.digest()));
        }
        Bytes envelope = Envelope.of(wrapper, manifest).encode();
        return accepted(f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }

    @Case(id = "suit.*.auth.untagged-before-tagged", sweep = Sweep.SUIT,
            title = "{alg} envelope whose first block is an untagged COSE_Sign1 and whose second is the author's tagged one",
            severity = Severity.LOW,
            requirements = {"SUITM-8.3-cose-tagged", "SUITM-8.3-multiple-blocks"},
            flags = {"MalformedBlock", "MultipleBlocks"},
            description = """
                    The baseline manifest with two authentication blocks over its digest: first a COSE_Sign1 of
                    another authority (an ESP256 or Ed25519 key the device does not trust) without its tag 18, then
                    the trusted author's valid, tagged {alg} COSE_Sign1.

                    A SUIT_Authentication_Block is one of the tagged COSE structures (§8.3), so the wrapper is
                    malformed: the suite recommends rejecting the envelope whatever its other blocks say, as the
                    reference processor does, since a recipient that reads the untagged array as a COSE_Sign1 takes
                    a structure the author never wrote. The rule binds the author, and a processor that skips the
                    untagged block as one it cannot verify and accepts on the author's is not bound otherwise, so
                    accepting is advisory (see auth.untagged-cose-sign1 for the single block).""")
    BuiltCase untaggedBeforeTagged(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes manifest = SuitFixture.baseline().encode();
        AuthenticationWrapper unsigned = SuitFixture.unsignedWrapper(manifest);
        Bytes untagged = CoseSign1.detached(f.foreignAuthor(), unsigned.digest()).untagged().encode();
        Bytes envelope = Envelope.of(unsigned.withBlock(untagged).signedBy(f.author()), manifest).encode();
        return SuitFixture.rejectedForProducerRule(Reason.BAD_STRUCTURE, SuitAuthenticationCases.UNTAGGED_RULE,
                f.input(envelope, SuitFixture.device(), Scope.AUTHENTICATE));
    }
}
