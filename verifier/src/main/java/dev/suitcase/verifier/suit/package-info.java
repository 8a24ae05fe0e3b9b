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
 *       in canonical order whose elements it reads are byte strings; the authentication wrapper before
 *       the manifest; a manifest present; an authentication wrapper present.</li>
 *   <li>Authentication ({@code AuthenticationWrapper}): the wrapper's structure and SUIT_Digest; at
 *       least one authentication block; the blocks, until one verifies under a trusted key; then the
 *       authenticated digest against the bstr-wrapped manifest as received, head included (§8.3).
 *       <b>The manifest is not decoded before this point (§6.2):</b> until then it is an opaque byte
 *       string.</li>
 *   <li>Manifest ({@code SuitManifest}): version, then sequence number and rollback (§6.1 requires
 *       that order, before anything else), canonical order, the types of the members it implements
 *       (others are ignored), severable members against their digests. End of scope
 *       {@code authenticate}.</li>
 *   <li>Common ({@code SuitCommon}) and components against the device (§6.2). Then each procedure of
 *       the scope is parsed completely ({@code CommandParser}) and run ({@code Interpreter}):
 *       {@code applicability} the shared sequence; {@code install} the Update Procedure (shared,
 *       payload-fetch, install, validate); {@code boot} the Update Procedure and then the Invocation
 *       Procedure (shared, validate, load, invoke) on the resulting device state (§8.4.6).</li>
 * </ol>
 *
 * <h2>Rules and their checks</h2>
 * Every rejection names one {@link dev.suitcase.verifier.suit.SuitCheck} (or, for what the CBOR decoder
 * and the COSE_Sign1 verifier find, a check of those packages): its id, the section it enforces, its
 * {@link dev.suitcase.verifier.Reason} and whether a processor could go on without it. The enum is the
 * list of rules; its constants are grouped as the steps above: envelope ({@code suit.envelope.*}),
 * canonical map order ({@code suit.encoding.map-order}, accepted under the {@code cbor-lenient}
 * profile), authentication wrapper and manifest digest ({@code suit.auth.*}, {@code suit.digest.*}),
 * manifest ({@code suit.manifest.*}, {@code suit.sequence.rollback*}), severable members
 * ({@code suit.severable.*}), common and components ({@code suit.common.*}, {@code suit.components.*}),
 * suit-text ({@code suit.text.*}), command sequences ({@code suit.commands.*}, {@code suit.shared.*},
 * {@code suit.parameter.*}, {@code suit.command.unknown}), conditions ({@code suit.condition.*}),
 * directives ({@code suit.directive.*}, {@code suit.strict-order.source-and-target}) and this
 * processor's limits ({@code suit.limits.*}).
 *
 * <p>Some checks enforce rules the draft sets for the manifest's author rather than for a recipient:
 * canonical map order (§8.1), the wrapper before the manifest (§8.3), component identifiers of
 * suit-text listed in suit-common (§8.4.4), no custom command or parameter in the shared sequence
 * (§6.2, §8.4.8.16), no component both target and source where strict order is false (§6.7, whose
 * abort is owed only "if it detects" the conflict). This processor enforces them; the corpus marks
 * the rejections they cause as advisory ({@code producer-rule}).
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li><b>Several authentication blocks (§8.3).</b> Blocks are "computed over the same SUIT_Digest
 *       but using a different algorithm or signing/MAC authority", so a recipient cannot tell a block
 *       from an authority it does not trust from a broken one. The manifest is authentic when at least
 *       one block verifies under a trusted key; the others are skipped. A block that is not a
 *       well-formed tagged COSE structure makes the whole envelope malformed.</li>
 *   <li><b>Unknown keys.</b> Unknown envelope elements are ignored, whatever their type: no signature
 *       covers them and this processor reads none of them. Unknown manifest members are ignored too: the
 *       CDDL leaves room for them ({@code $$SUIT_Manifest_Extensions}) and the draft sets no rule for a
 *       recipient that meets one; what binds a recipient is the command sequences, whose unknown
 *       commands fail (§8.4.9). Unknown suit-common members are rejected: that is where an extension a
 *       processor must not ignore lives (suit-dependencies, on which draft-ietf-suit-trust-domains §5.1
 *       makes a processor without dependencies abort).</li>
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
