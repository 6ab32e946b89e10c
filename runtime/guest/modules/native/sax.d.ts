// The parts of the `sax` package (lib/sax.js, which ships no types) that runtime/guest/modules/native/xml.ts uses.
declare module 'sax/lib/sax.js' {
  namespace sax {
    interface SAXOptions {
      xmlns?: boolean;
      position?: boolean;
      trackPosition?: boolean;
      /** Only XML's five predefined entities (otherwise HTML's are known too). */
      strictEntities?: boolean;
    }
    interface QualifiedAttribute {
      name: string;
      value: string;
      prefix: string;
      local: string;
      uri: string;
    }
    interface QualifiedTag {
      name: string;
      prefix: string;
      local: string;
      uri: string;
      attributes: Record<string, QualifiedAttribute>;
      isSelfClosing: boolean;
    }
    interface SAXParser {
      /** Characters consumed so far (UTF-16 code units). */
      position: number;
      /** `position` just after the '<' of the markup being read. */
      startTagPosition: number;
      /** The element being read or closed. */
      tag: QualifiedTag | undefined;
      /** Elements open around it. */
      tags: QualifiedTag[];
      tagName: string;
      attribName: string;
      /** [name, value] of the attributes of the start tag being read (namespace mode). */
      attribList: Array<[string, string]>;
      /** The entity reference being read. */
      entity: string;
      /** Entity name -> replacement text; a getter may stand for an entry. */
      ENTITIES: Record<string, string>;
      ontext: (text: string) => void;
      oncdata: (text: string) => void;
      onopentag: (tag: QualifiedTag) => void;
      onattribute: (attribute: QualifiedAttribute) => void;
      onclosetag: (name: string) => void;
      oncomment: (text: string) => void;
      onprocessinginstruction: (pi: { name: string; body: string }) => void;
      ondoctype: (body: string) => void;
      onerror: (error: Error) => void;
      write(chunk: string): SAXParser;
      close(): SAXParser;
    }
    function parser(strict: boolean, options: SAXOptions): SAXParser;
  }
  export default sax;
}
