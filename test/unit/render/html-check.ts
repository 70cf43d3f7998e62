/** Reading rendered markup back with a real HTML parser (parse5, the WHATWG algorithm browsers use). */

import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export interface ParsedHtml {
  errors: string[];
  elements: Element[];
  text: string;
}

/** Parses a body fragment (or a whole page) and lists every element, every parse error and the text. */
export function readHtml(html: string, page = false): ParsedHtml {
  const errors: string[] = [];
  const onParseError = (error: { code: string; startOffset: number }) =>
    errors.push(`${error.code} at ${error.startOffset}: ${html.slice(Math.max(0, error.startOffset - 40), error.startOffset + 40)}`);
  const root = page ? parse(html, { onParseError, sourceCodeLocationInfo: true }) : parseFragment(html, { onParseError, sourceCodeLocationInfo: true });
  const elements: Element[] = [];
  let text = '';
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(root);
  return { errors, elements, text };
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((each) => each.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

export function byClass(parsed: ParsedHtml, name: string): Element[] {
  return parsed.elements.filter((element) => hasClass(element, name));
}

export function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return text;
}

/** Every way markup could run code or load something it should not, found in the parsed tree. */
export function executableMarkup(parsed: ParsedHtml): string[] {
  const found: string[] = [];
  for (const element of parsed.elements) {
    if (['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math', 'frame'].includes(element.tagName)) {
      found.push(`<${element.tagName}>`);
    }
    for (const { name, value } of element.attrs) {
      if (name.startsWith('on')) found.push(`${element.tagName}[${name}]`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${element.tagName}[${name}]`);
      if ((name === 'href' || name === 'src' || name === 'poster' || name === 'action') && !/^https?:\/\//.test(value)) {
        found.push(`${element.tagName}[${name}=${value}]`);
      }
    }
  }
  return found;
}

/** Each `article.paper` of the markup, parsed on its own for queries inside one card. */
export function cardsOf(html: string): ParsedHtml[] {
  return readHtml(html)
    .elements.filter((element) => element.tagName === 'article' && hasClass(element, 'paper'))
    .map((element) => readHtml(html.slice(element.sourceCodeLocation!.startOffset, element.sourceCodeLocation!.endOffset)));
}
