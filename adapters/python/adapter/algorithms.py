"""The algorithms of the suite by display name (as requests and the ICS name them) and COSE identifier
(RFC 9053, RFC 9864, RFC 8778)."""

COSE_IDS = {
    "ES256": -7,     # ECDSA w/ SHA-256; the curve comes from the key (RFC 9053 §2.1)
    "ESP256": -9,    # ECDSA on P-256 w/ SHA-256, fully specified (RFC 9864)
    "EdDSA": -8,     # EdDSA; the curve comes from the key (RFC 9053 §2.2)
    "Ed25519": -19,  # EdDSA on Ed25519, fully specified (RFC 9864)
    "HSS-LMS": -46,  # HSS-LMS hash-based signature (RFC 8778)
}

DISPLAY_NAMES = tuple(COSE_IDS)
