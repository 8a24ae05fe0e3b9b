package dev.suitcase.adapters.jdk;

import dev.suitcase.verifier.cose.CoseKeyMaterial;
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

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The running JDK's own signature providers, behind the suite's COSE parsing
 * ({@link PrimitiveAdapter}): SunEC {@code SHA256withECDSAinP1363Format} (raw r ‖ s) for ES256 and
 * ESP256, SunEC {@code Ed25519} for EdDSA and Ed25519, and SUN {@code HSS/LMS} (JDK 21 and later,
 * verification only) for HSS-LMS when the JDK has it. Providers are named explicitly, so another
 * provider installed in the JVM (BouncyCastle, i2p) never answers instead.
 *
 * <p>Keys reach the JDK as raw material: P-256 coordinates as an {@link ECPublicKeySpec}, Ed25519
 * and HSS keys inside an X.509 SubjectPublicKeyInfo, which is what the JDK's key factories read.
 * Whatever the JDK then accepts or refuses is its own answer.
 */
public final class JdkPrimitives implements SignaturePrimitive {
    private static final String SUN_EC = "SunEC";
    private static final String SUN = "SUN";
    private static final String HSS_LMS = "HSS/LMS";

    private final Set<Algorithm> algorithms;
    private final ECParameterSpec p256;

    private JdkPrimitives(boolean hasHssLms) {
        EnumSet<Algorithm> supported = EnumSet.of(Algorithm.ES256, Algorithm.ESP256, Algorithm.EDDSA, Algorithm.ED25519);
        if (hasHssLms) {
            supported.add(Algorithm.HSS_LMS);
        }
        this.algorithms = Collections.unmodifiableSet(supported);
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", SUN_EC);
            parameters.init(new ECGenParameterSpec("secp256r1"));
            this.p256 = parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's SunEC provider has no secp256r1 parameters", e);
        }
    }

    /** The JDK adapter: layers signature and cose; HSS-LMS only when this JDK verifies it. */
    public static Adapter adapter() {
        JdkPrimitives primitives = new JdkPrimitives(hasHssLms());
        String providers = primitives.algorithms.contains(Algorithm.HSS_LMS) ? "SunEC, SUN HSS/LMS" : "SunEC";
        Ics ics = new Ics("JDK (" + providers + ")",
                System.getProperty("java.runtime.version", Runtime.version().toString())
                        + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                EnumSet.of(Layer.SIGNATURE, Layer.COSE), primitives.algorithms,
                // SunEC's Ed25519 rejects non-canonical encodings and S >= L and uses the cofactorless
                // equation: RFC 8032 as written; its ECDSA accepts high s.
                EnumSet.of(Profile.ED25519_RFC8032), EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        return new PrimitiveAdapter(ics, primitives);
    }

    /** Whether this JDK verifies HSS/LMS (the SUN provider has it from JDK 21, JDK-8298420). */
    static boolean hasHssLms() {
        try {
            KeyFactory.getInstance(HSS_LMS, SUN);
            Signature.getInstance(HSS_LMS, SUN);
            return true;
        } catch (NoSuchAlgorithmException | NoSuchProviderException absent) {
            return false;
        }
    }

    @Override
    public Set<Algorithm> algorithms() {
        return algorithms;
    }

    @Override
    public AdapterOutcome verify(Algorithm algorithm, CoseKeyMaterial key, byte[] message, byte[] signature) {
        String scheme = switch (algorithm.family()) {
            case ECDSA_P256 -> "SHA256withECDSAinP1363Format";
            case ED25519 -> "Ed25519";
            case HSS_LMS -> HSS_LMS;
        };
        String provider = algorithm.family() == Algorithm.Family.HSS_LMS ? SUN : SUN_EC;
        PublicKey publicKey;
        try {
            publicKey = publicKey(key);
        } catch (GeneralSecurityException | RuntimeException refused) {
            return AdapterOutcome.reject(Reason.BAD_KEY, "the JDK's " + provider + " key factory refused the key: "
                    + describe(refused));
        }
        try {
            Signature verifier = Signature.getInstance(scheme, provider);
            verifier.initVerify(publicKey);
            verifier.update(message);
            if (verifier.verify(signature)) {
                return AdapterOutcome.accept();
            }
            return AdapterOutcome.reject(Reason.SIGNATURE_INVALID, provider + " " + scheme + " returned false");
        } catch (GeneralSecurityException | RuntimeException refused) {
            return AdapterOutcome.reject(Optional.empty(), provider + " " + scheme + " threw "
                    + describe(refused));
        }
    }

    private PublicKey publicKey(CoseKeyMaterial key) throws GeneralSecurityException {
        if (key instanceof CoseKeyMaterial.P256 p256Key) {
            ECPoint point = new ECPoint(new BigInteger(1, p256Key.x()), new BigInteger(1, p256Key.y()));
            return KeyFactory.getInstance("EC", SUN_EC).generatePublic(new ECPublicKeySpec(point, p256));
        }
        if (key instanceof CoseKeyMaterial.Ed25519 ed25519) {
            return KeyFactory.getInstance("Ed25519", SUN_EC)
                    .generatePublic(new X509EncodedKeySpec(SubjectPublicKeyInfo.ed25519(ed25519.x())));
        }
        byte[] pub = ((CoseKeyMaterial.HssLms) key).pub();
        KeyFactory factory = KeyFactory.getInstance(HSS_LMS, SUN);
        try {
            return factory.generatePublic(new X509EncodedKeySpec(SubjectPublicKeyInfo.hssRaw(pub)));
        } catch (InvalidKeySpecException refused) {
            // JDK 21 before JDK-8347596 reads only the RFC 8708 form; the key bytes are the same, so a
            // key refused in both forms is refused for what it is, and the first refusal says why.
            try {
                return factory.generatePublic(new X509EncodedKeySpec(SubjectPublicKeyInfo.hssOctetString(pub)));
            } catch (InvalidKeySpecException alsoRefused) {
                throw refused;
            }
        }
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
