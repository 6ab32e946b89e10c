/**
 * A small strict XML 1.0 well-formedness parser for the JUnit test: one root element, balanced tags, quoted and
 * unique attributes, only the five predefined entities and numeric character references, no raw '<' or '&' in text,
 * no characters XML forbids. Returns the element tree.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;

export function parseXml(input: string): XmlElement {
  let pos = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML error at ${pos}: ${msg}`);
  };
  for (const ch of input) {
    const c = ch.codePointAt(0) ?? 0;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!ok) fail(`forbidden character U+${c.toString(16)}`);
  }
  const decode = (raw: string): string => {
    if (raw.includes('<')) fail('raw < in text or attribute');
    return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`unterminated entity &${ref}`);
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ref in named) return named[ref] ?? '';
      const num = /^#(\d+)$/.exec(ref) ?? null;
      const hex = /^#x([0-9a-fA-F]+)$/.exec(ref) ?? null;
      if (num) return String.fromCodePoint(Number(num[1]));
      if (hex) return String.fromCodePoint(parseInt(hex[1] ?? '', 16));
      return fail(`unknown entity &${ref};`);
    });
  };
  if (input.startsWith('<?xml')) {
    const end = input.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    pos = end + 2;
  }
  const skipMisc = (): void => {
    for (;;) {
      while (pos < input.length && /\s/.test(input[pos] ?? '')) pos++;
      if (input.startsWith('<!--', pos)) {
        const end = input.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else return;
    }
  };
  const parseElement = (): XmlElement => {
    if (input[pos] !== '<') fail('expected <');
    pos++;
    const name = NAME.exec(input.slice(pos))?.[0] ?? fail('bad element name');
    pos += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(input.slice(pos))?.[0] ?? '';
      pos += ws.length;
      if (input.startsWith('/>', pos)) {
        pos += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (input[pos] === '>') {
        pos++;
        break;
      }
      if (ws === '') fail('missing whitespace before attribute');
      const an = NAME.exec(input.slice(pos))?.[0] ?? fail('bad attribute name');
      pos += an.length;
      if (input[pos] !== '=') fail('expected =');
      pos++;
      const q = input[pos];
      if (q !== '"' && q !== "'") fail('attribute value not quoted');
      const end = input.indexOf(q as string, pos + 1);
      if (end < 0) fail('unterminated attribute');
      if (an in attrs) fail(`duplicate attribute ${an}`);
      attrs[an] = decode(input.slice(pos + 1, end));
      pos = end + 1;
    }
    const el: XmlElement = { name, attrs, children: [], text: '' };
    for (;;) {
      const lt = input.indexOf('<', pos);
      if (lt < 0) fail(`unclosed <${name}>`);
      const raw = input.slice(pos, lt);
      if (raw.includes(']]>')) fail(']]> in text');
      el.text += decode(raw);
      pos = lt;
      if (input.startsWith('</', pos)) {
        pos += 2;
        const close = NAME.exec(input.slice(pos))?.[0] ?? fail('bad closing tag');
        if (close !== name) fail(`</${close}> closes <${name}>`);
        pos += close.length;
        while (/\s/.test(input[pos] ?? '')) pos++;
        if (input[pos] !== '>') fail('expected > in closing tag');
        pos++;
        return el;
      }
      if (input.startsWith('<!--', pos)) {
        skipMisc();
        continue;
      }
      el.children.push(parseElement());
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (pos !== input.length) fail('content after the root element');
  return root;
}
