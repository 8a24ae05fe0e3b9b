package dev.suitcase.adapters.cosejava;

import COSE.AlgorithmID;
import COSE.CoseException;
import COSE.HeaderKeys;
import COSE.Message;
import COSE.MessageTag;
import COSE.OneKey;
import COSE.Sign1Message;
import com.upokecenter.cbor.CBORObject;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import net.i2p.crypto.eddsa.EdDSASecurityProvider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.Security;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * cose-java ({@code com.augustcellars.cose:cose-java}, the COSE working group's Java
 * implementation, unmaintained since 2020): an independent COSE stack, with its own CBOR handling
 * (upokecenter CBOR), header logic and signature conversion. ES256 (-7) goes through the JDK's
 * {@code SHA256withECDSA} after cose-java's own raw-to-DER conversion, EdDSA (-8) through
 * net.i2p ed25519-java 0.3.0. It knows neither ESP256 (-9), Ed25519 (-19) nor HSS-LMS (-46).
 *
 * <p>COSE layer: {@code Message.DecodeFromBytes}, the detached payload via {@code SetContent}, the
 * external AAD via {@code setExternal}, and {@code Sign1Message.validate} under each trusted key
 * ({@code OneKey} built from the COSE_Key by cose-java). Signature layer: cose-java has no public
 * call for the bare primitive, so the adapter calls the one its {@code validate} uses after
 * building the Sig_structure, {@code SignCommon.validateSignature(AlgorithmID, byte[], byte[], OneKey)},
 * by reflection.
 *
 * <p>The adapter names a reason only where cose-java says it plainly (validate returned false:
 * SIGNATURE_INVALID); a CoseException is a rejection with cose-java's message. cose-java 1.1.0
 * asks for com.upokecenter:cbor 4.0.1; the build runs it on the project's 4.5.6.
 *
 * <p>EdDSA needs the i2p JCA provider registered under the name "EdDSA"; the adapter adds it at the
 * lowest priority, so it never answers for another adapter that names its provider.
 */
public final class CoseJavaAdapter extends InProcessAdapter {
    private static final Method VALIDATE_SIGNATURE = validateSignatureMethod();

    private final Ics ics;

    public CoseJavaAdapter() {
        synchronized (Security.class) {
            if (Security.getProvider("EdDSA") == null) {
                Security.addProvider(new EdDSASecurityProvider());
            }
        }
        this.ics = new Ics("cose-java (COSE-WG; EdDSA via net.i2p ed25519-java)",
                mavenVersion("com.augustcellars.cose", "cose-java") + " (eddsa " + mavenVersion("net.i2p.crypto", "eddsa")
                        + ", cbor " + mavenVersion("com.upokecenter", "cbor") + ")",
                EnumSet.of(Layer.SIGNATURE, Layer.COSE), EnumSet.of(Algorithm.ES256, Algorithm.EDDSA),
                // i2p decodes like RFC 8032 except that it accepts S >= L; no profile describes that, so the
                // statement claims the default one.
                EnumSet.of(Profile.ED25519_RFC8032), EnumSet.of(Operation.VERIFY), OptionalLong.empty());
    }

    @Override
    public Ics describe() {
        return ics;
    }

    @Override
    protected AdapterOutcome answer(VerifyRequest request) {
        if (request.input() instanceof SignatureInput signature) {
            return verifySignature(signature);
        }
        return verifyCose(request, (CoseInput) request.input());
    }

    private AdapterOutcome verifySignature(SignatureInput input) {
        try {
            AlgorithmID algorithm = AlgorithmID.FromCBOR(CBORObject.FromObject(input.algorithmId()));
            OneKey key = new OneKey(CBORObject.DecodeFromBytes(input.coseKey().toByteArray()));
            boolean valid = (Boolean) VALIDATE_SIGNATURE.invoke(null, algorithm, input.message().toByteArray(),
                    input.signature().toByteArray(), key);
            return valid ? AdapterOutcome.accept()
                    : AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "cose-java validateSignature returned false");
        } catch (InvocationTargetException thrown) {
            return refused(thrown.getCause());
        } catch (IllegalAccessException unreachable) {
            throw new IllegalStateException("validateSignature was made accessible when the class loaded", unreachable);
        } catch (CoseException | RuntimeException refusal) {
            return refused(refusal);
        }
    }

    private AdapterOutcome verifyCose(VerifyRequest request, CoseInput input) {
        Sign1Message message;
        List<OneKey> keys = new ArrayList<>();
        try {
            message = (Sign1Message) Message.DecodeFromBytes(input.coseSign1().toByteArray(), MessageTag.Sign1);
            input.detachedPayload().ifPresent(payload -> message.SetContent(payload.toByteArray()));
            input.externalAad().ifPresent(aad -> message.setExternal(aad.toByteArray()));
            for (Bytes encoded : request.trustedKeys()) {
                keys.add(new OneKey(CBORObject.DecodeFromBytes(encoded.toByteArray())));
            }
            if (request.allowedAlgorithm().isPresent()) {
                // cose-java has no such option; the adapter checks the alg it will use, the same way validate finds it.
                CBORObject alg = message.findAttribute(HeaderKeys.Algorithm);
                if (alg == null || !alg.equals(CBORObject.FromObject(request.allowedAlgorithm().get().coseId()))) {
                    return AdapterOutcome.reject(Reason.UNSUPPORTED_ALGORITHM, "the message's alg " + alg
                            + " is not the one allowed here, " + request.allowedAlgorithm().get());
                }
            }
        } catch (CoseException | RuntimeException refusal) {
            return refused(refusal);
        }
        if (keys.isEmpty()) {
            return AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "no trusted key was supplied, so no signature can verify");
        }
        Optional<AdapterOutcome> firstRefusal = Optional.empty();
        for (OneKey key : keys) {
            try {
                if (message.validate(key)) {
                    return AdapterOutcome.accept();
                }
            } catch (CoseException | RuntimeException refusal) {
                firstRefusal = firstRefusal.or(() -> Optional.of(refused(refusal)));
            }
        }
        return firstRefusal.filter(r -> keys.size() == 1).orElseGet(() -> AdapterOutcome.reject(Reason.SIGNATURE_INVALID,
                "cose-java Sign1Message.validate returned false under " + (keys.size() == 1 ? "the trusted key"
                        : "each of the " + keys.size() + " trusted keys")));
    }

    private static AdapterOutcome refused(Throwable refusal) {
        StringBuilder detail = new StringBuilder("cose-java threw ").append(describe(refusal));
        for (Throwable cause = refusal.getCause(); cause != null && cause != refusal; cause = cause.getCause()) {
            detail.append(", caused by ").append(describe(cause));
        }
        return AdapterOutcome.reject(Optional.empty(), detail.toString());
    }

    private static Method validateSignatureMethod() {
        try {
            Class<?> signCommon = Class.forName("COSE.SignCommon");
            Method method = signCommon.getDeclaredMethod("validateSignature", AlgorithmID.class, byte[].class,
                    byte[].class, OneKey.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cose-java on the classpath has no SignCommon.validateSignature(AlgorithmID, "
                    + "byte[], byte[], OneKey), which the signature layer of this adapter calls; it is written for "
                    + "cose-java 1.1.0", e);
        }
    }

    /** The version Maven recorded in a jar's pom.properties, or "unknown". */
    private static String mavenVersion(String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = CoseJavaAdapter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
