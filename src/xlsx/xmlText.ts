/** Text inside an element. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A double-quoted attribute, keeping line breaks, which a parser would otherwise turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Entities, and the _xHHHH_ escapes OOXML uses for characters XML cannot carry. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) =>
      entity.startsWith("#x") || entity.startsWith("#X")
        ? String.fromCodePoint(parseInt(entity.slice(2), 16))
        : entity.startsWith("#")
          ? String.fromCodePoint(Number(entity.slice(1)))
          : (ENTITIES[entity.toLowerCase()] as string),
    )
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The root's start tag, then each of the root's child elements, as written. Comments and processing
 * instructions are skipped.
 */
export function rootElements(xml: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of xml.matchAll(/<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [text, closing, , selfClosing] = tag;
    if (depth === 0 && !closing) elements.push(text);
    if (depth === 1 && !closing) start = tag.index;
    depth += closing ? -1 : selfClosing ? 0 : 1;
    if (depth === 1 && (closing || selfClosing)) elements.push(xml.slice(start, tag.index + text.length));
  }
  return elements;
}
