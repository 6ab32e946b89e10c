/**
 * Float formatting as CPython 2.7 / Jython 2.7 do it for `%e %f %g` (and their upper-case forms):
 * two-digit minimum exponents, %g switching to exponent form by the C rules, trailing zeros stripped.
 */
export function formatFloat(value: number, conversion: string, precision: number | undefined, alternate: boolean): string {
  const upper = conversion === 'E' || conversion === 'G' || conversion === 'F';
  let text: string;
  if (!Number.isFinite(value)) {
    text = Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  } else {
    switch (conversion.toLowerCase()) {
      case 'e': text = expForm(value, precision ?? 6, alternate); break;
      case 'f': text = fixedForm(value, precision ?? 6, alternate); break;
      default: text = generalForm(value, precision ?? 6, alternate); break;
    }
  }
  return upper ? text.toUpperCase() : text;
}

function expForm(value: number, precision: number, alternate: boolean): string {
  const [mantissa, exponent] = value.toExponential(Math.min(precision, 100)).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
  const m = alternate && precision === 0 ? `${mantissa}.` : mantissa;
  return `${m}e${sign}${digits}`;
}

function fixedForm(value: number, precision: number, alternate: boolean): string {
  let text = Math.abs(value) >= 1e50 ? bigFixed(value, precision) : value.toFixed(Math.min(precision, 100));
  if (alternate && precision === 0) text += '.';
  return text;
}

/** toFixed switches to exponent notation past 1e21; Python prints every digit. */
function bigFixed(value: number, precision: number): string {
  const integer = BigInt(Math.trunc(value)).toString();
  return precision > 0 ? `${integer}.${'0'.repeat(precision)}` : integer;
}

function generalForm(value: number, precision: number, alternate: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (value === 0) return alternate ? `0.${'0'.repeat(p - 1)}` : (Object.is(value, -0) ? '-0' : '0');
  const exponent = Number(value.toExponential(p - 1).split('e')[1]);
  let text: string;
  if (exponent < -4 || exponent >= p) {
    text = expForm(value, p - 1, alternate);
    if (!alternate) text = text.replace(/\.?0+e/, 'e');
  } else {
    text = value.toFixed(Math.max(0, p - 1 - exponent));
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return text;
}
