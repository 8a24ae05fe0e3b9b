"""The algorithms of the suite by display name (as requests and the ICS name them) and COSE identifier
(RFC 9053, RFC 9864, RFC 8778), and which of them each layer of this adapter covers."""

COSE_IDS = {
    "ES256": -7,     # ECDSA w/ SHA-256; the curve comes from the key (RFC 9053 §2.1)
    "ESP256": -9,    # ECDSA on P-256 w/ SHA-256, fully specified (RFC 9864)
    "EdDSA": -8,     # EdDSA; the curve comes from the key (RFC 9053 §2.2)
    "Ed25519": -19,  # EdDSA on Ed25519, fully specified (RFC 9864)
    "HSS-LMS": -46,  # HSS-LMS hash-based signature (RFC 8778)
}

DISPLAY_NAMES = tuple(COSE_IDS)

# Layer `signature`: cryptography verifies ECDSA P-256 and Ed25519 and pyhsslms verifies HSS-LMS
# directly; the ES256/ESP256 and EdDSA/Ed25519 pairs differ only in their COSE names.
SIGNATURE_LAYER = DISPLAY_NAMES

# Layer `cose`: what pycose 1.1.0 itself verifies in a COSE_Sign1. Its algorithm registry has no -9,
# -19 or -46, so a COSE_Sign1 under one of those is outside what pycose does.
COSE_LAYER = ("ES256", "EdDSA")
