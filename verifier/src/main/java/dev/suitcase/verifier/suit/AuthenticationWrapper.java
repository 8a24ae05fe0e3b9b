package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.CoseCheck;
import dev.suitcase.verifier.cose.CoseKey;
import dev.suitcase.verifier.cose.CoseSign1Verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SUIT_Authentication wrapper, {@code [bstr .cbor SUIT_Digest, * bstr .cbor SUIT_Authentication_Block]}
 * (draft-ietf-suit-manifest-37 §8.3), and the authentication of the manifest through it.
 *
 * <p>Structure ({@link #parse}): a bstr-wrapped array whose elements are byte strings, the first a
 * SUIT_Digest ({@link SuitDigest#parse}), and never empty ({@link SuitCheck#AUTH_DIGEST_MISSING}); no
 * authentication block after the digest is {@link SuitCheck#AUTH_BLOCK_MISSING} ("The Manifest
 * Processor requires a SUIT_Authentication_Block to be present"); more than
 * {@link ProcessingLimits#maxAuthenticationBlocks()} blocks is {@link SuitCheck#LIMIT_AUTHENTICATION_BLOCKS}.
 *
 * <p>Authentication ({@link #authenticate}). Each block is a tagged COSE structure in detached-payload
 * mode whose payload is the bstr-wrapped SUIT_Digest, that is the encoded SUIT_Digest array
 * (§8.3); the external AAD is empty.
 * <ul>
 *   <li>COSE_Sign1_Tagged (18) is verified by {@link CoseSign1Verifier} with the tag required;</li>
 *   <li>an untagged COSE_Sign1 array breaks the one rule SUIT adds to COSE_Sign1, that the block is
 *       COSE_Sign1_Tagged: it is rejected with the COSE verifier's own check for that rule,
 *       {@link CoseCheck#SIGN1_TAG_REQUIRED}, at once, whatever the other blocks say (a
 *       processor without the rule verifies it as a COSE_Sign1, as a library that takes either form
 *       does);</li>
 *   <li>COSE_Mac0_Tagged (17), COSE_Sign_Tagged (98) and COSE_Mac_Tagged (97) are valid SUIT blocks that
 *       this verifier recognises but does not support: it holds public trust anchors only, so no MAC
 *       key, and implements single-signer COSE_Sign1 only. Such a block does not authenticate
 *       ({@link SuitCheck#AUTH_BLOCK_UNSUPPORTED});</li>
 *   <li>anything else, and a block that is not well-formed CBOR, makes the envelope malformed: it is
 *       rejected at once, whatever the other blocks say: any other item with
 *       {@link SuitCheck#AUTH_BLOCK_NOT_COSE}, malformed CBOR with the decoder's check.</li>
 * </ul>
 *
 * <p><b>Several blocks (§8.3).</b> "When multiple SUIT_Authentication_Blocks are present, then each
 * SUIT_Authentication_Block MUST be computed over the same SUIT_Digest but using a different algorithm
 * or signing/MAC authority." The blocks exist so that recipients with different algorithms or trust
 * anchors can each verify the one meant for them (algorithm transition, for instance to post-quantum
 * signatures). A recipient therefore cannot tell a block from an authority it does not trust from a
 * broken block, since both fail under its keys. The policy: the manifest is authentic when at least one
 * block verifies under a trusted key; blocks that do not (unsupported structure or algorithm, no
 * trusted key fits, malformed or wrong signature) are skipped. When no block verifies, the rejection
 * names the first block's check, and its detail lists every block's reason. Blocks are tried in order.
 */
final class AuthenticationWrapper {
    private static final long TAG_COSE_SIGN1 = 18;
    private static final long TAG_COSE_MAC0 = 17;
    private static final long TAG_COSE_SIGN = 98;
    private static final long TAG_COSE_MAC = 97;
    private static final int COSE_SIGN1_SIZE = 4;

    private final CborBytes digestElement;
    private final SuitDigest digest;
    private final List<CborBytes> blocks;

    private AuthenticationWrapper(CborBytes digestElement, SuitDigest digest, List<CborBytes> blocks) {
        this.digestElement = digestElement;
        this.digest = digest;
        this.blocks = List.copyOf(blocks);
    }

    static AuthenticationWrapper parse(CborBytes wrapped, ProcessingLimits limits) {
        CborArray array = CborDecoder.decodeWrapped(wrapped).asArray("suit-authentication-wrapper (2)");
        if (array.size() == 0) {
            throw SuitCheck.AUTH_DIGEST_MISSING.rejection("suit-authentication-wrapper (2) is empty; its first element,"
                    + " the SUIT_Digest of the manifest, MUST always be present (§8.3)");
        }
        CborBytes digestElement = array.get(0).asBytes("the SUIT_Digest of suit-authentication-wrapper (2)");
        SuitDigest digest = SuitDigest.parse(CborDecoder.decodeWrapped(digestElement),
                "the SUIT_Digest of suit-authentication-wrapper (2)");
        List<CborBytes> blocks = new ArrayList<>(array.size() - 1);
        for (int i = 1; i < array.size(); i++) {
            blocks.add(array.get(i).asBytes("authentication block " + i + " (bstr .cbor SUIT_Authentication_Block)"));
        }
        if (blocks.isEmpty()) {
            // knocked out: no block to verify, and the manifest goes on unauthenticated
            SuitCheck.AUTH_BLOCK_MISSING.failAt("suit-authentication-wrapper (2) holds the manifest digest but no"
                    + " authentication block; a manifest processor requires a COSE signature or MAC over the digest"
                    + " (§8.3)", array.encoded().range());
        }
        if (blocks.size() > limits.maxAuthenticationBlocks()) {
            SuitCheck.LIMIT_AUTHENTICATION_BLOCKS.fail("suit-authentication-wrapper (2) carries " + blocks.size()
                    + " authentication blocks, above this processor's limit of " + limits.maxAuthenticationBlocks());
        }
        return new AuthenticationWrapper(digestElement, digest, blocks);
    }

    /**
     * Authenticates the SUIT_Digest: returns the algorithm of the first block that verifies under a
     * trusted key, or throws with the first block's check when none does. Empty when a knocked-out
     * check let the manifest through without a verified block (a test's knock-out only).
     */
    Optional<Algorithm> authenticate(List<CoseKey> trustedKeys, CoseSign1Verifier verifier) {
        List<CborItem> decoded = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            CborItem block = CborDecoder.decodeWrapped(blocks.get(i));
            if (block instanceof CborTag tag && isAuthenticationBlockTag(tag.tag())) {
                decoded.add(block);
            } else if (block instanceof CborArray array && array.size() == COSE_SIGN1_SIZE) {
                // One rule, one check: SUIT is the application that requires COSE_Sign1_Tagged (§8.3), and the
                // COSE verifier names that requirement; checked here, before any block is verified, so that
                // an untagged block makes the envelope malformed whatever the other blocks say.
                CoseCheck.SIGN1_TAG_REQUIRED.fail(notABlock(i, block));
                decoded.add(block); // knocked out: verified as a COSE_Sign1 without its tag
            } else {
                throw SuitCheck.AUTH_BLOCK_NOT_COSE.rejection(notABlock(i, block));
            }
        }
        if (decoded.isEmpty()) {
            return Optional.empty(); // no block at all: only with SuitCheck.AUTH_BLOCK_MISSING knocked out
        }
        List<Rejection> failures = new ArrayList<>(blocks.size());
        for (CborItem block : decoded) {
            try {
                return verify(block, trustedKeys, verifier);
            } catch (Rejection failure) {
                failures.add(failure);
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        StringBuilder detail = new StringBuilder("none of the ").append(failures.size())
                .append(" authentication blocks verifies under a trusted key (§8.3)");
        for (int i = 0; i < failures.size(); i++) {
            detail.append("; block ").append(i + 1).append(": ").append(failures.get(i).reason())
                    .append(", ").append(failures.get(i).detail());
        }
        throw failures.get(0).check().rejection(detail.toString());
    }

    private Optional<Algorithm> verify(CborItem block, List<CoseKey> trustedKeys, CoseSign1Verifier verifier) {
        if (block instanceof CborTag tag && tag.tag() != TAG_COSE_SIGN1) {
            String structure = tag.tag() == TAG_COSE_MAC0 ? "COSE_Mac0" : tag.tag() == TAG_COSE_SIGN ? "COSE_Sign" : "COSE_Mac";
            SuitCheck.AUTH_BLOCK_UNSUPPORTED.fail("the authentication block is a " + structure + " (tag " + tag.tag()
                    + "), which SUIT allows but this verifier does not support: it holds public trust anchors only and"
                    + " implements COSE_Sign1; sign the manifest with COSE_Sign1 (tag 18)");
            return Optional.empty(); // knocked out: taken as authenticating, unverified
        }
        return Optional.of(verifier.verify(block, true, Optional.of(digestElement.content()),
                Span.of(new byte[0]), trustedKeys));
    }

    private static String notABlock(int index, CborItem block) {
        return "authentication block " + (index + 1) + " is a " + block.typeName() + "; a SUIT_Authentication_Block is"
                + " COSE_Sign1_Tagged (18), COSE_Sign_Tagged (98), COSE_Mac0_Tagged (17) or COSE_Mac_Tagged (97) (§8.3)";
    }

    private static boolean isAuthenticationBlockTag(long tag) {
        return tag == TAG_COSE_SIGN1 || tag == TAG_COSE_MAC0 || tag == TAG_COSE_SIGN || tag == TAG_COSE_MAC;
    }

    /**
     * Checks the authenticated SUIT_Digest against the manifest: its digest over the bstr-wrapped
     * manifest as received, head included (§8.3), must be equal ({@link SuitCheck#DIGEST_MISMATCH}).
     */
    void checkManifest(CborBytes manifest) {
        if (!digest.matches(manifest.encoded())) {
            // knocked out: the manifest is processed whatever it hashes to
            SuitCheck.DIGEST_MISMATCH.failAt("the manifest does not match the authenticated SUIT_Digest: "
                    + digest.algorithm() + " over the bstr-wrapped manifest, head included (§8.3), is "
                    + digest.digestOf(manifest.encoded()) + ", the authentication wrapper says " + digest.hex(),
                    manifest.encoded().range());
        }
    }
}
