/**
 * The SSH wire encoding (RFC 4251 §5) that OpenSSH's key and signature files are made of: a
 * `string` is a uint32 big-endian length and the bytes; and the armour around them (base64
 * wrapped at 70 columns between BEGIN and END lines).
 */

export function sshString(bytes: Uint8Array | string): Buffer {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

export function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** Reads SSH wire values one after another; throws on a truncated buffer. */
export class SshReader {
  private at = 0;
  constructor(private readonly buf: Buffer) {}
  uint32(): number {
    if (this.at + 4 > this.buf.length) throw new RangeError('truncated SSH data');
    const n = this.buf.readUInt32BE(this.at);
    this.at += 4;
    return n;
  }
  bytes(): Buffer {
    const n = this.uint32();
    if (this.at + n > this.buf.length) throw new RangeError('truncated SSH data');
    const b = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return b;
  }
  text(): string {
    return this.bytes().toString('utf8');
  }
  raw(n: number): Buffer {
    if (this.at + n > this.buf.length) throw new RangeError('truncated SSH data');
    const b = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return b;
  }
}

export function armour(label: string, body: Buffer): string {
  const b64 = body.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 70) lines.push(b64.slice(i, i + 70));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The bytes inside an armoured block, or undefined when the label is not there. */
export function unarmour(label: string, text: string): Buffer | undefined {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  return m ? Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64') : undefined;
}
