package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated device and the scopes: values checked when they are built. */
class DeviceModelTest {

    @Test
    void rejectsADeviceListingAComponentTwice() {
        List<DeviceComponent> twice = List.of(DeviceComponent.empty(COMPONENT_0), DeviceComponent.empty(COMPONENT_0));
        assertThrows(IllegalArgumentException.class, () -> new Device(VENDOR_ID, CLASS_ID, Optional.empty(), 0, twice, Map.of()));
    }

    @Test
    void rejectsANegativeStoredSequenceNumber() {
        assertThrows(IllegalArgumentException.class, () -> Device.of(VENDOR_ID, CLASS_ID, -1));
    }

    @Test
    void rejectsMoreComponentsThanTheSimulationHolds() {
        Device device = Device.of(VENDOR_ID, CLASS_ID, 0);
        for (int i = 0; i < Device.MAX_COMPONENTS; i++) {
            device = device.withComponent(DeviceComponent.empty(ComponentId.of(new byte[] {(byte) i})));
        }
        Device full = device;
        assertThrows(IllegalArgumentException.class,
                () -> full.withComponent(DeviceComponent.empty(ComponentId.of(new byte[] {1, 1}))));
    }

    @Test
    void rejectsANegativeSlot() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeviceComponent(COMPONENT_0, Optional.empty(), OptionalLong.of(-1)));
    }

    @Test
    void rejectsADescribedImageWithoutASha256Digest() {
        assertThrows(IllegalArgumentException.class, () -> Image.described(10, new byte[20]));
    }

    @Test
    void rejectsAConcreteImageAboveTheSimulationLimit() {
        assertThrows(IllegalArgumentException.class, () -> Image.of(new byte[Image.MAX_CONTENT_BYTES + 1]));
    }

    @Test
    void aConcreteImageKnowsEverySupportedDigestAndADescribedOneOnlySha256() {
        byte[] content = {1, 2, 3};
        Image concrete = Image.of(content);
        Image described = Image.described(3, Sha256.digest(content));
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            assertTrue(concrete.digest(algorithm).isPresent(), algorithm::toString);
        }
        assertEquals(concrete.sha256Hex(), described.sha256Hex());
        assertFalse(described.digest(DigestAlgorithm.SHA_512).isPresent());
        assertNotEquals(concrete, described);
    }

    @Test
    void componentIdentifiersCompareByContentAndEncodeDeterministically() {
        assertEquals(ComponentId.of(new byte[] {0}), COMPONENT_0);
        assertEquals("814100", COMPONENT_0.toHex());
        assertEquals("82437573724362696e", ComponentId.of("usr".getBytes(StandardCharsets.US_ASCII),
                "bin".getBytes(StandardCharsets.US_ASCII)).toHex());
        assertEquals("[h'00']", COMPONENT_0.toString());
    }

    @Test
    void scopesIncludeTheScopesBeforeThem() {
        assertTrue(Scope.BOOT.includes(Scope.INSTALL));
        assertTrue(Scope.INSTALL.includes(Scope.INSTALL));
        assertFalse(Scope.APPLICABILITY.includes(Scope.INSTALL));
    }

    @Test
    void scopesParseFromTheirWireNames() {
        for (Scope scope : Scope.values()) {
            assertEquals(scope, Scope.fromWireName(scope.wireName()));
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Scope.fromWireName("run"));
        assertTrue(unknown.getMessage().contains("authenticate, applicability, install, boot"), unknown.getMessage());
    }
}
