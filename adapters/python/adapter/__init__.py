"""The suitcase adapter for the Python ecosystem: pycose for COSE_Sign1, cryptography for ECDSA P-256
and Ed25519, pyhsslms for HSS-LMS, cbor2 for CBOR.

It reports what these libraries decide and adds no checks of its own beyond the glue needed to call
them; the suite's runner judges the outcomes. The wire protocol is adapters/PROTOCOL.md.
"""
