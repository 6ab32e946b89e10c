/**
 * Values that cross the boundary between TypeScript host functions and Python.
 * Plain JSON converts the obvious way (string → str/unicode, integral number → int, other number → float,
 * boolean → bool, null → None, array → list, object → dict). Tagged values ask for a specific Python type.
 */
export type PyValue =
  | null
  | boolean
  | number
  | string
  | PyValue[]
  | PyTagged
  | { [key: string]: PyValue };

export type PyTagged =
  | { readonly $py: 'float'; readonly value: number }
  | { readonly $py: 'long'; readonly value: string }
  | { readonly $py: 'tuple'; readonly items: PyValue[] }
  | { readonly $py: 'str'; readonly value: string }
  | { readonly $py: 'mapping'; readonly type: string; readonly entries: { [key: string]: PyValue } }
  | { readonly $py: 'opaque'; readonly type: string };

/** A read-mostly mapping object of the given Python type name whose keys keep the entries' order. */
export function pyMapping(type: string, entries: { [key: string]: PyValue }): PyTagged {
  return { $py: 'mapping', type, entries };
}
export function pyFloat(value: number): PyTagged {
  return { $py: 'float', value };
}
export function pyTuple(items: PyValue[]): PyTagged {
  return { $py: 'tuple', items };
}

/** The Python type name of a value as a host function received it (for error messages). */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'unicode';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && '$py' in value) {
    const tagged = value as PyTagged;
    switch (tagged.$py) {
      case 'float': return 'float';
      case 'long': return 'long';
      case 'tuple': return 'tuple';
      case 'str': return 'str';
      case 'mapping': return tagged.type;
      case 'opaque': return tagged.type;
    }
  }
  return 'dict';
}
