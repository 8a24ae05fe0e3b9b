// Raw outcomes of one request as the protocol carries them (adapters/PROTOCOL.md): accept, reject with an
// optional reason of the suite's closed taxonomy and a free-text detail, or unsupported.

/** The closed taxonomy of rejection reasons (vectors/README.md, "Reasons"). */
export const REASONS = Object.freeze(new Set([
  'MALFORMED_CBOR', 'NON_DETERMINISTIC_CBOR', 'DUPLICATE_KEY', 'RESOURCE_LIMIT', 'BAD_STRUCTURE',
  'HEADER_INVALID', 'UNSUPPORTED_ALGORITHM', 'ALGORITHM_KEY_MISMATCH', 'BAD_KEY',
  'SIGNATURE_MALFORMED', 'SIGNATURE_INVALID', 'AUTHENTICATION_MISSING', 'DIGEST_MISMATCH',
  'UNSUPPORTED_DIGEST', 'UNSUPPORTED_VERSION', 'ROLLBACK', 'CONDITION_FAILED', 'UNSUPPORTED_COMMAND',
  'POLICY',
]));

export class Outcome {
  /**
   * @param {'accept'|'reject'|'unsupported'} kind
   * @param {string|null} reason a reason of REASONS, on a reject only
   * @param {string|null} detail free text for the report
   */
  constructor(kind, reason, detail) {
    if (!['accept', 'reject', 'unsupported'].includes(kind)) {
      throw new Error(`an outcome is accept, reject or unsupported, not ${kind}`);
    }
    if (reason !== null && (kind !== 'reject' || !REASONS.has(reason))) {
      throw new Error(`reason ${reason} is not a rejection reason of the taxonomy`);
    }
    this.kind = kind;
    this.reason = reason;
    this.detail = detail;
    Object.freeze(this);
  }

  static accept(detail = null) {
    return new Outcome('accept', null, detail);
  }

  static reject(reason, detail) {
    return new Outcome('reject', reason, detail);
  }

  static unsupported(detail) {
    return new Outcome('unsupported', null, detail);
  }

  /** The protocol answer to the request with this id. */
  answer(id) {
    const answer = { id, outcome: this.kind };
    if (this.reason !== null) answer.reason = this.reason;
    if (this.detail !== null) answer.detail = this.detail;
    return answer;
  }
}

/** Thrown by the glue when it cannot hand an input to a library at all; carries the reject it stands for. */
export class Rejection extends Error {
  constructor(reason, detail) {
    super(detail);
    this.outcome = Outcome.reject(reason, detail);
  }
}
