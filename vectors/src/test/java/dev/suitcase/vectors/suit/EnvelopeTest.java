package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The builders write SUIT byte for byte as the specification's own tooling does: draft-ietf-suit-manifest-37
 * Appendix B example 0, rebuilt from its parts, is the published envelope.
 */
class EnvelopeTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sources");
    private static final Bytes VENDOR_ID = Bytes.fromHex("fa6b4a53d5ad5fdfbe9de663e4d41ffe");
    private static final Bytes CLASS_ID = Bytes.fromHex("1492af1425695e48bf429b2d51f2ab45");
    private static final Bytes DUMMY_IMAGE_DIGEST =
            Bytes.fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210");
    /** The draft's ES256 signature of example 0 (not deterministic, so it is copied, not recomputed). */
    private static final Bytes EXAMPLE0_SIGNATURE = Bytes.fromHex("408d0816f9b510749bf6a51b066951e08a4438f849eb092a1ac768"
            + "eed9de696c1b1dd35d82ef149e6a73a61976ad2cfe78444b8064293350a122f332cb49f0da");

    /** Example 0's manifest, written with the builders from its diagnostic notation. */
    private static Manifest example0Manifest() {
        Parameters parameters = Parameters.none().vendorId(VENDOR_ID).classId(CLASS_ID)
                .imageDigest(new SuitDigest(SuitLabels.DigestAlgorithm.SHA_256, DUMMY_IMAGE_DIGEST)).imageSize(34768);
        CommandSequence shared = CommandSequence.empty().override(parameters)
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return Manifest.of(0, Common.of(List.of(List.of(Bytes.fromHex("00")))).withSharedSequence(shared))
                .withSequence(ManifestKey.VALIDATE, CommandSequence.empty().condition(Command.IMAGE_MATCH))
                .withSequence(ManifestKey.INVOKE, CommandSequence.empty().directive(Command.INVOKE));
    }

    private static Bytes source(String file) throws IOException {
        return Bytes.fromHex(Files.readString(SOURCES.resolve("suit-examples").resolve(file)).strip());
    }

    @Test
    void rebuildsTheUnsignedExample0EnvelopeByteForByte() throws IOException {
        Bytes manifest = example0Manifest().encode();
        AuthenticationWrapper wrapper = AuthenticationWrapper.of(SuitDigest.sha256(CborValue.bytes(manifest).toBytes()));

        assertEquals(source("example0-unsigned.hex"), Envelope.of(wrapper, manifest).encode());
    }

    @Test
    void rebuildsTheSignedExample0EnvelopeByteForByte() throws IOException {
        Bytes manifest = example0Manifest().encode();
        SuitDigest digest = SuitDigest.sha256(CborValue.bytes(manifest).toBytes());
        CoseSign1 block = new CoseSign1(CborValue.map().put(1, -7).build().toBytes(), Optional.empty(), EXAMPLE0_SIGNATURE, true);

        assertEquals(source("example0-signed.hex"),
                Envelope.of(AuthenticationWrapper.of(digest).withBlock(block.encode()), manifest).encode());
    }

    @Test
    void signsTheSigStructureOverTheEncodedDigest() {
        Bytes digest = AuthenticationWrapper.of(SuitDigest.sha256(CborValue.bytes(example0Manifest().encode()).toBytes()))
                .digest();

        // the ToBeSigned bytes of example 0
        assertEquals(Bytes.fromHex("846a5369676e61747572653143a10126405824822f58206658ea560262696dd1f13b782239a064da7c6c"
                        + "5cbaf52fded428a6fc83c7e5af"),
                CoseSign1.toBeSigned(CborValue.map().put(1, -7).build().toBytes(), digest));
    }

    @Test
    void severingPutsTheDigestOfTheWholeBstrInTheManifest() {
        CommandSequence install = CommandSequence.empty().directive(Command.FETCH);
        Manifest manifest = Manifest.of(1, Common.of(List.of(List.of(Bytes.fromHex("00")))))
                .withSevered(ManifestKey.INSTALL, install);
        Bytes carried = Envelope.withoutAuthentication(manifest.encode()).withSeveredMember(ManifestKey.INSTALL, install)
                .map().entries().get(1).value();

        Bytes inManifest = manifest.map().entries().get(3).value();
        assertEquals(SuitDigest.sha256(carried).encode(), inManifest);
        assertEquals(Bytes.fromHex("43" + "821502"), carried);
    }

    @Test
    void anUntaggedEnvelopeIsTheMapAlone() {
        Envelope tagged = Envelope.withoutAuthentication(Bytes.fromHex("a0"));

        assertEquals(Bytes.fromHex("d86ba10341a0"), tagged.encode());
        assertEquals(Bytes.fromHex("a10341a0"), tagged.untagged().encode());
    }
}
