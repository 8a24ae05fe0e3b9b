package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A COSE_Mac0 authentication block (RFC 9052 §6.2, tag 17), payload detached, MACed with HMAC
 * 256/256 (alg 5, the MAC of the suit-sha256-hmac-a128kw-a128ctr profile) under a symmetric key the
 * caller gives. A device that holds only public trust anchors has no key to check it with.
 */
public final class CoseMac0 {
    private static final long ALG = 1;
    private static final long HMAC_256_256 = 5;

    private CoseMac0() {
    }

    public static Bytes detached(byte[] key, Bytes payload) {
        Bytes protectedHeader = CborValue.map().put(ALG, HMAC_256_256).build().toBytes();
        // MAC_structure ["MAC0", protected, external_aad, payload] (RFC 9052 §6.3)
        byte[] toBeMaced = CborValue.array(CborValue.text("MAC0"), CborValue.bytes(protectedHeader),
                CborValue.bytes(Bytes.empty()), CborValue.bytes(payload)).encode();
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(toBeMaced, 0, toBeMaced.length);
        byte[] tag = new byte[hmac.getMacSize()];
        hmac.doFinal(tag, 0);
        return CborValue.tag(SuitLabels.Tag.COSE_MAC0, CborValue.array(CborValue.bytes(protectedHeader),
                CborValue.map().build(), CborValue.nil(), CborValue.bytes(tag))).toBytes();
    }
}
