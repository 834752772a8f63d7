/**
 * DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1): what is signed is the
 * Pre-Authentication Encoding of the payload type and the payload, never the payload alone, so
 * a signature cannot be moved to a payload of another type.
 *
 *   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
 *
 * LEN is the byte length in ASCII decimal, SP one space.
 */

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface DsseSignature {
  keyid: string;
  /** Base64 of the signature over PAE(payloadType, payload). */
  sig: string;
}

export interface DsseEnvelope {
  payloadType: string;
  /** Base64 of the payload bytes. */
  payload: string;
  signatures: DsseSignature[];
}

export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = new TextEncoder().encode(payloadType);
  const head = new TextEncoder().encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** An envelope read from JSON, if it has an envelope's shape. */
export function asEnvelope(value: unknown): DsseEnvelope | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.payloadType !== 'string' || typeof v.payload !== 'string' || !Array.isArray(v.signatures))
    return undefined;
  const sigs = v.signatures.filter(
    (s): s is DsseSignature =>
      typeof s === 'object' && s !== null && typeof s.sig === 'string' && typeof (s.keyid ?? '') === 'string',
  );
  return {
    payloadType: v.payloadType,
    payload: v.payload,
    signatures: sigs.map((s) => ({ keyid: s.keyid ?? '', sig: s.sig })),
  };
}
