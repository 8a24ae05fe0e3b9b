package dev.suitcase.adapters.tink;

import dev.suitcase.verifier.cose.CoseKeyMaterial;
import com.google.crypto.tink.Version;
import com.google.crypto.tink.subtle.EcdsaVerifyJce;
import com.google.crypto.tink.subtle.Ed25519Verify;
import com.google.crypto.tink.subtle.EllipticCurves;
import com.google.crypto.tink.subtle.Enums;
import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.primitive.PrimitiveAdapter;
import dev.suitcase.adapters.primitive.SignaturePrimitive;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;

import java.security.GeneralSecurityException;
import java.security.interfaces.ECPublicKey;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Google Tink's signature primitives, signature layer only (Tink has no COSE): {@code Ed25519Verify}
 * for EdDSA and Ed25519, {@code EcdsaVerifyJce} with SHA-256 and the IEEE P1363 (raw r ‖ s)
 * encoding for ES256 and ESP256. P-256 keys are built by Tink's own
 * {@code EllipticCurves.getEcPublicKey}, which checks the point, so a bad key is refused by Tink,
 * not by the suite. Tink reports every failed verification with the same exception, so its
 * rejections carry Tink's message and no reason.
 */
public final class TinkPrimitives implements SignaturePrimitive {
    private static final Set<Algorithm> ALGORITHMS = Collections.unmodifiableSet(
            EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519));

    private TinkPrimitives() {
    }

    /** The Tink adapter: signature layer, ECDSA P-256 and Ed25519. */
    public static Adapter adapter() {
        Ics ics = new Ics("Google Tink (subtle Ed25519Verify, EcdsaVerifyJce IEEE_P1363)", Version.TINK_VERSION,
                EnumSet.of(Layer.SIGNATURE), ALGORITHMS,
                // Tink's Ed25519 rejects non-canonical R and A and S >= L and uses the cofactorless
                // equation: RFC 8032 as written; its ECDSA accepts high s.
                EnumSet.of(Profile.ED25519_RFC8032), EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        return new PrimitiveAdapter(ics, new TinkPrimitives());
    }

    @Override
    public Set<Algorithm> algorithms() {
        return ALGORITHMS;
    }

    @Override
    public AdapterOutcome verify(Algorithm algorithm, CoseKeyMaterial key, byte[] message, byte[] signature) {
        try {
            if (key instanceof CoseKeyMaterial.P256 p256) {
                ECPublicKey publicKey;
                try {
                    publicKey = EllipticCurves.getEcPublicKey(EllipticCurves.CurveType.NIST_P256, p256.x(), p256.y());
                } catch (GeneralSecurityException | RuntimeException refused) {
                    return AdapterOutcome.reject(Reason.BAD_KEY, "Tink refused the P-256 key: " + describe(refused));
                }
                new EcdsaVerifyJce(publicKey, Enums.HashType.SHA256, EllipticCurves.EcdsaEncoding.IEEE_P1363)
                        .verify(signature, message);
            } else {
                byte[] a = ((CoseKeyMaterial.Ed25519) key).x();
                Ed25519Verify verifier;
                try {
                    verifier = new Ed25519Verify(a);
                } catch (RuntimeException refused) {
                    return AdapterOutcome.reject(Reason.BAD_KEY, "Tink refused the Ed25519 key: " + describe(refused));
                }
                verifier.verify(signature, message);
            }
            return AdapterOutcome.accept();
        } catch (GeneralSecurityException | RuntimeException refused) {
            return AdapterOutcome.reject(Optional.empty(), "Tink: " + describe(refused));
        }
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
