/**
 * A small binary container for fitted models: a JSON header (name, parameters, vocabulary) and
 * raw typed-array payloads, so a model with large weight matrices round-trips exactly and fast.
 *
 * Layout: "WFRM" | uint32 LE header length | header JSON (UTF-8) | zero padding to 8 | arrays,
 * each starting at a multiple of 8.
 */

export type NumericArray = Float32Array | Float64Array | Int32Array | Uint8Array;

const TYPES = { f32: Float32Array, f64: Float64Array, i32: Int32Array, u8: Uint8Array } as const;
type TypeCode = keyof typeof TYPES;

function typeCode(a: NumericArray): TypeCode {
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Int32Array) return 'i32';
  return 'u8';
}

export interface PackedModel {
  name: string;
  meta: Record<string, unknown>;
  arrays: Record<string, NumericArray>;
}

interface Header {
  name: string;
  format: 1;
  meta: Record<string, unknown>;
  arrays: { key: string; type: TypeCode; offset: number; length: number }[];
}

const MAGIC = [0x57, 0x46, 0x52, 0x4d]; // "WFRM"
const align8 = (n: number) => (n + 7) & ~7;

export function packModel(model: PackedModel): Uint8Array {
  const entries = Object.entries(model.arrays);
  let offset = 0;
  const layout = entries.map(([key, a]) => {
    const entry = { key, type: typeCode(a), offset, length: a.length };
    offset = align8(offset + a.byteLength);
    return entry;
  });
  const header: Header = { name: model.name, format: 1, meta: model.meta, arrays: layout };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = align8(8 + headerBytes.length);
  const out = new Uint8Array(start + offset);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  entries.forEach(([, a], i) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + layout[i].offset));
  return out;
}

export function unpackModel(bytes: Uint8Array): PackedModel {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a serialized Wayfinder model');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  if (header.format !== 1) throw new Error(`unsupported model format ${String(header.format)}`);
  const start = align8(8 + headerLength);
  const arrays: Record<string, NumericArray> = {};
  for (const a of header.arrays) {
    const Type = TYPES[a.type];
    const begin = start + a.offset;
    // Copy into a fresh buffer: the input's byteOffset may not be aligned for Float32/64 views.
    const raw = bytes.slice(begin, begin + a.length * Type.BYTES_PER_ELEMENT);
    arrays[a.key] = new Type(raw.buffer, 0, a.length);
  }
  return { name: header.name, meta: header.meta, arrays };
}

/** Unpacks and checks that the bytes hold the expected model. */
export function unpackExpecting(bytes: Uint8Array, name: string): PackedModel {
  const packed = unpackModel(bytes);
  if (packed.name !== name) throw new Error(`expected a serialized ${name} model, got ${packed.name}`);
  return packed;
}
