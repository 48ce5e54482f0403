// The OIT web page as a reader of its markup finds it.
import { DOMParser, onWarningStopParsing, type Element } from "@xmldom/xmldom";

/**
 * The page parsed as XML: the page is written so that it is well-formed as well as HTML5, and any
 * unescaped "<" or "&", unclosed or misnested element fails the parse here.
 */
export function parsed(html: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(html, "text/xml");
}

export function elements(
  root: { getElementsByTagName(name: string): ArrayLike<Element> },
  name: string,
): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** The text of each cell of each body row, as a reader of the page sees it. */
export function bodyCells(html: string): string[][] {
  const [body] = elements(parsed(html), "tbody");
  return elements(body!, "tr").map((row) =>
    Array.from(row.childNodes)
      .filter((node): node is Element => node.nodeType === 1)
      .map((cell) => cell.textContent ?? ""),
  );
}

export function links(html: string): { href: string | null; text: string; rel: string | null }[] {
  return elements(parsed(html), "a").map((link) => ({
    href: link.getAttribute("href"),
    text: link.textContent ?? "",
    rel: link.getAttribute("rel"),
  }));
}
