/**
 * The reference SUIT manifest processor: draft-ietf-suit-manifest-37 envelopes, authenticated with
 * COSE_Sign1, processed against a simulated {@link dev.suitcase.verifier.suit.Device} up to a chosen
 * {@link dev.suitcase.verifier.suit.Scope}. The entry point is
 * {@link dev.suitcase.verifier.suit.SuitProcessor#process}; it never throws and rejects with exactly
 * one {@link dev.suitcase.verifier.Reason}.
 *
 * <h2>Order of checks</h2>
 * <ol>
 *   <li>Envelope ({@code SuitEnvelope}): CBOR well-formed and deterministic; tag 107 or none; a map
 *       in canonical order whose elements are byte strings; the authentication wrapper before the
 *       manifest; a manifest present; an authentication wrapper present.</li>
 *   <li>Authentication ({@code AuthenticationWrapper}): the wrapper's structure and SUIT_Digest; at
 *       least one authentication block; the blocks, until one verifies under a trusted key; then the
 *       authenticated digest against the bstr-wrapped manifest as received, head included (§8.3).
 *       <b>The manifest is not decoded before this point (§6.2):</b> until then it is an opaque byte
 *       string.</li>
 *   <li>Manifest ({@code SuitManifest}): version, then sequence number and rollback (§6.1 requires
 *       that order, before anything else), canonical order, known members and their types, severable
 *       members against their digests. End of scope {@code authenticate}.</li>
 *   <li>Common ({@code SuitCommon}) and components against the device (§6.2). Then each procedure of
 *       the scope is parsed completely ({@code CommandParser}) and run ({@code Interpreter}):
 *       {@code applicability} the shared sequence; {@code install} the Update Procedure (shared,
 *       payload-fetch, install, validate); {@code boot} the Update Procedure and then the Invocation
 *       Procedure (shared, validate, load, invoke) on the resulting device state (§8.4.6).</li>
 * </ol>
 *
 * <h2>Rules and their reasons</h2>
 * <table>
 *   <caption>Each rule and the reason its violation is rejected with</caption>
 *   <tr><th>Reason</th><th>Rule (draft-ietf-suit-manifest-37 section)</th></tr>
 *   <tr><td>MALFORMED_CBOR, NON_DETERMINISTIC_CBOR, DUPLICATE_KEY, RESOURCE_LIMIT</td>
 *       <td>any byte string decoded (envelope, wrapper, block, manifest, common, sequence, digest):
 *       the strict decoder's rules</td></tr>
 *   <tr><td>NON_DETERMINISTIC_CBOR</td><td>envelope, manifest, common or override-parameters map not in
 *       RFC 8949 §4.2.1 order (§8.1); accepted under the {@code cbor-lenient} profile</td></tr>
 *   <tr><td>BAD_STRUCTURE</td><td>an envelope tag other than 107; an envelope that is not a map, a key
 *       neither integer nor text, an element not a bstr (§8.1); the manifest before the wrapper (§8.3);
 *       no manifest; an empty wrapper or a digest that is not a bstr-wrapped [alg, bstr] of the
 *       algorithm's length (§10); a block that is not a tagged COSE structure; a tagged, non-map or
 *       mistyped manifest, common, component list or command sequence (CDDL); a severable member
 *       carried in the envelope without a digest in the manifest (§8.4.12); a bad IndexArg, Try Each
 *       argument, reporting policy or parameter value (§8.4.6-§8.4.10); a suit-text that is not a map of
 *       language tags to maps, or whose component key is not an array of byte strings mapped to a map
 *       (§8.4.4)</td></tr>
 *   <tr><td>AUTHENTICATION_MISSING</td><td>no authentication wrapper, a wrapper holding only the digest,
 *       or a bare SUIT_Manifest_Tagged (§8.3: "requires a SUIT_Authentication_Block")</td></tr>
 *   <tr><td>UNSUPPORTED_DIGEST</td><td>a SUIT_Digest algorithm other than SHA-256, SHA-384, SHA-512, or
 *       one with extension parameters (§10)</td></tr>
 *   <tr><td>HEADER_INVALID, UNSUPPORTED_ALGORITHM, ALGORITHM_KEY_MISMATCH, SIGNATURE_MALFORMED,
 *       SIGNATURE_INVALID, BAD_KEY</td><td>the COSE_Sign1 verifier's reason, when no block verifies
 *       (that of the first block)</td></tr>
 *   <tr><td>UNSUPPORTED_ALGORITHM</td><td>a COSE_Mac0 (17), COSE_Sign (98) or COSE_Mac (97) block:
 *       recognised, not supported (public trust anchors only, single-signer COSE_Sign1 only)</td></tr>
 *   <tr><td>DIGEST_MISMATCH</td><td>the manifest against the authenticated digest (§8.3); a severable
 *       member carried in the envelope against its digest in the manifest (§8.4.12)</td></tr>
 *   <tr><td>UNSUPPORTED_VERSION</td><td>suit-manifest-version other than 1 (§6.1, §8.4.1)</td></tr>
 *   <tr><td>ROLLBACK</td><td>a sequence number below the stored one, or equal under
 *       {@code suit-seq-strict} (§8.4.2)</td></tr>
 *   <tr><td>CONDITION_FAILED</td><td>a vendor, class, device identifier, image match (digest and, when
 *       set, size), component slot, check content or abort condition that fails, or a condition whose
 *       parameter was never set (§8.4.9), once soft-failure no longer absorbs it</td></tr>
 *   <tr><td>UNSUPPORTED_COMMAND</td><td>an unknown manifest or common member (SUIT has no criticality
 *       flag, so none can be ignored safely); a manifest without components; a component the device
 *       does not have or an index beyond the component list (§6.1); an unknown parameter (§6.1); an
 *       unknown or custom command when it runs (§8.4.9: it reports a failure, soft inside Try
 *       Each)</td></tr>
 *   <tr><td>POLICY</td><td>more components than the device has (§6.2); a directive or custom command
 *       in the shared sequence (§6.2), a custom parameter there (§8.4.8.16); soft-failure set outside
 *       Try Each and Run Sequence (§8.4.8.15); a top-level sequence of a multi-component manifest not
 *       beginning with Set Component Index (§6.2); a severed member a procedure needs that the envelope
 *       does not carry (§8.4.12); a failed directive: Fetch without URI or reachable payload, Write
 *       without content, Copy or Swap without source or from an empty component, Invoke of an empty
 *       component (§6.4: directive failures abort); a component both the target of an operation and the
 *       source of data in a sequence where strict-order is false (§6.7); a component described in
 *       suit-text that suit-common does not list (§8.4.4)</td></tr>
 *   <tr><td>RESOURCE_LIMIT</td><td>above the {@code ProcessingLimits}: sequence nesting, command
 *       executions, image bytes handled, components, authentication blocks</td></tr>
 * </table>
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li><b>Several authentication blocks (§8.3).</b> Blocks are "computed over the same SUIT_Digest
 *       but using a different algorithm or signing/MAC authority", so a recipient cannot tell a block
 *       from an authority it does not trust from a broken one. The manifest is authentic when at least
 *       one block verifies under a trusted key; the others are skipped. A block that is not a
 *       well-formed tagged COSE structure makes the whole envelope malformed.</li>
 *   <li><b>Unknown keys.</b> Unknown envelope elements are ignored (no signature covers them and this
 *       processor uses none), but must be byte strings. Unknown manifest and common members are
 *       rejected: they are signed instructions this processor cannot follow.</li>
 *   <li><b>Soft failure (§8.4.8.15, §8.4.10.2, §8.4.10.8).</b> See {@code Interpreter}: condition
 *       failures are absorbed by the failing sequence's soft-failure setting (true at the start of each
 *       Try Each sequence, false in Run Sequence, never inherited, restored when the sequence ends);
 *       directive failures always abort.</li>
 *   <li><b>Described images.</b> A device may hold an image known only by size and SHA-256
 *       ({@link dev.suitcase.verifier.suit.Image#described}). The Appendix B examples' image digests
 *       are dummies, so a device serving described images with those digests at the examples' URIs is
 *       how example 2 (and 1, 3, 4, 5) installs; Check Content needs real bytes and fails on them.</li>
 *   <li><b>Not implemented.</b> The parallel-processing rules of §6.7 other than the source-and-target
 *       rule (this interpreter is serial, which every strict-order setting permits; Run Sequence starts
 *       its sequence with strict order true); dependencies and other extension drafts;
 *       vendor identifiers given as Private Enterprise Numbers on the device side (a PEN in the manifest
 *       never matches the device's UUID); the reporting engine (policies are checked, not acted on). The
 *       SHOULD of §6.2 that the shared sequence checks vendor and class is not enforced.</li>
 * </ul>
 */
package dev.suitcase.verifier.suit;
