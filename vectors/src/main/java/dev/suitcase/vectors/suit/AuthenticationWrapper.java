package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SUIT_Authentication (§8.3): {@code [bstr .cbor SUIT_Digest, * bstr .cbor SUIT_Authentication_Block]}.
 * Immutable. The digest and the blocks are kept encoded, so a vector may put anything in them.
 *
 * @param digest the encoded SUIT_Digest of the bstr-wrapped manifest; also the detached payload of every block
 * @param blocks the encoded authentication blocks, in order
 */
public record AuthenticationWrapper(Bytes digest, List<Bytes> blocks) {
    public AuthenticationWrapper {
        Objects.requireNonNull(digest, "digest");
        blocks = List.copyOf(blocks);
    }

    /** A wrapper holding the digest and no block yet. */
    public static AuthenticationWrapper of(SuitDigest digest) {
        return new AuthenticationWrapper(digest.encode(), List.of());
    }

    /** The wrapper with one more COSE_Sign1 block by {@code signer} over its digest. */
    public AuthenticationWrapper signedBy(ManifestSigner signer) {
        return withBlock(CoseSign1.detached(signer, digest).encode());
    }

    /** The wrapper with one more block, given encoded. */
    public AuthenticationWrapper withBlock(Bytes block) {
        List<Bytes> more = new ArrayList<>(blocks);
        more.add(block);
        return new AuthenticationWrapper(digest, more);
    }

    /** The encoded array, as it goes bstr-wrapped into the envelope. */
    public Bytes encode() {
        List<CborValue> items = new ArrayList<>();
        items.add(CborValue.bytes(digest));
        blocks.forEach(block -> items.add(CborValue.bytes(block)));
        return CborValue.array(items).toBytes();
    }
}
