package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.Span;
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
 * SUIT_Digest ({@link SuitDigest#parse}: {@link Reason#UNSUPPORTED_DIGEST} for an algorithm other than
 * SHA-256, SHA-384 and SHA-512), [BAD_STRUCTURE]; no authentication block after the digest
 * [AUTHENTICATION_MISSING] ("The Manifest Processor requires a SUIT_Authentication_Block to be
 * present"); more than {@link ProcessingLimits#maxAuthenticationBlocks()} blocks [RESOURCE_LIMIT].
 *
 * <p>Authentication ({@link #authenticate}). Each block is a tagged COSE structure in detached-payload
 * mode whose payload is the bstr-wrapped SUIT_Digest, that is the encoded SUIT_Digest array
 * (§8.3); the external AAD is empty.
 * <ul>
 *   <li>COSE_Sign1_Tagged (18) is verified by {@link CoseSign1Verifier} with the tag required;</li>
 *   <li>COSE_Mac0_Tagged (17), COSE_Sign_Tagged (98) and COSE_Mac_Tagged (97) are valid SUIT blocks that
 *       this verifier recognises but does not support: it holds public trust anchors only, so no MAC
 *       key, and implements single-signer COSE_Sign1 only. Such a block does not authenticate, with
 *       {@link Reason#UNSUPPORTED_ALGORITHM};</li>
 *   <li>anything else, an untagged COSE structure included (SUIT_Authentication_Block lists only
 *       tagged ones), and a block that is not well-formed CBOR, makes the envelope malformed: it is
 *       rejected at once with {@link Reason#BAD_STRUCTURE} or the decoder's reason, whatever the
 *       other blocks say.</li>
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
 * carries the first block's reason, and its detail lists every block's. Blocks are tried in order.
 */
final class AuthenticationWrapper {
    private static final long TAG_COSE_SIGN1 = 18;
    private static final long TAG_COSE_MAC0 = 17;
    private static final long TAG_COSE_SIGN = 98;
    private static final long TAG_COSE_MAC = 97;

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
            throw new Rejection(Reason.BAD_STRUCTURE, "suit-authentication-wrapper (2) is empty; its first element, the"
                    + " SUIT_Digest of the manifest, MUST always be present (§8.3)");
        }
        CborBytes digestElement = array.get(0).asBytes("the SUIT_Digest of suit-authentication-wrapper (2)");
        SuitDigest digest = SuitDigest.parse(CborDecoder.decodeWrapped(digestElement),
                "the SUIT_Digest of suit-authentication-wrapper (2)");
        List<CborBytes> blocks = new ArrayList<>(array.size() - 1);
        for (int i = 1; i < array.size(); i++) {
            blocks.add(array.get(i).asBytes("authentication block " + i + " (bstr .cbor SUIT_Authentication_Block)"));
        }
        if (blocks.isEmpty()) {
            throw new Rejection(Reason.AUTHENTICATION_MISSING, "suit-authentication-wrapper (2) holds the manifest"
                    + " digest but no authentication block; a manifest processor requires a COSE signature or MAC"
                    + " over the digest (§8.3)").at(array.encoded().range());
        }
        if (blocks.size() > limits.maxAuthenticationBlocks()) {
            throw new Rejection(Reason.RESOURCE_LIMIT, "suit-authentication-wrapper (2) carries " + blocks.size()
                    + " authentication blocks, above this processor's limit of " + limits.maxAuthenticationBlocks());
        }
        return new AuthenticationWrapper(digestElement, digest, blocks);
    }

    /**
     * Authenticates the SUIT_Digest: returns the algorithm of the first block that verifies under a
     * trusted key, or throws with the first block's reason when none does.
     */
    Algorithm authenticate(List<CoseKey> trustedKeys, CoseSign1Verifier verifier) {
        List<CborItem> decoded = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            CborItem block = CborDecoder.decodeWrapped(blocks.get(i));
            if (!(block instanceof CborTag tag) || !isAuthenticationBlockTag(tag.tag())) {
                throw new Rejection(Reason.BAD_STRUCTURE, "authentication block " + (i + 1) + " is a " + block.typeName()
                        + "; a SUIT_Authentication_Block is COSE_Sign1_Tagged (18), COSE_Sign_Tagged (98),"
                        + " COSE_Mac0_Tagged (17) or COSE_Mac_Tagged (97) (§8.3)");
            }
            decoded.add(block);
        }
        List<Rejection> failures = new ArrayList<>(blocks.size());
        for (CborItem block : decoded) {
            try {
                return verify((CborTag) block, trustedKeys, verifier);
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
        throw new Rejection(failures.get(0).reason(), detail.toString());
    }

    private Algorithm verify(CborTag block, List<CoseKey> trustedKeys, CoseSign1Verifier verifier) {
        if (block.tag() != TAG_COSE_SIGN1) {
            String structure = block.tag() == TAG_COSE_MAC0 ? "COSE_Mac0" : block.tag() == TAG_COSE_SIGN ? "COSE_Sign" : "COSE_Mac";
            throw new Rejection(Reason.UNSUPPORTED_ALGORITHM, "the authentication block is a " + structure + " (tag "
                    + block.tag() + "), which SUIT allows but this verifier does not support: it holds public trust"
                    + " anchors only and implements COSE_Sign1; sign the manifest with COSE_Sign1 (tag 18)");
        }
        return verifier.verify(block, true, Optional.of(digestElement.content()), Span.of(new byte[0]), trustedKeys);
    }

    private static boolean isAuthenticationBlockTag(long tag) {
        return tag == TAG_COSE_SIGN1 || tag == TAG_COSE_MAC0 || tag == TAG_COSE_SIGN || tag == TAG_COSE_MAC;
    }

    /**
     * Checks the authenticated SUIT_Digest against the manifest: its digest over the bstr-wrapped
     * manifest as received, head included (§8.3), must be equal [DIGEST_MISMATCH].
     */
    void checkManifest(CborBytes manifest) {
        if (!digest.matches(manifest.encoded())) {
            throw new Rejection(Reason.DIGEST_MISMATCH, "the manifest does not match the authenticated SUIT_Digest: "
                    + digest.algorithm() + " over the bstr-wrapped manifest, head included (§8.3), is "
                    + digest.digestOf(manifest.encoded()) + ", the authentication wrapper says " + digest.hex())
                    .at(manifest.encoded().range());
        }
    }
}
