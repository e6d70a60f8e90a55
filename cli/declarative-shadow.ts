/**
 * Declarative shadow DOM for a parser that does not do it (jsdom): turns each
 * `<template shadowrootmode="open|closed">` (or the older `shadowroot` attribute some Chromium
 * versions read) into a real shadow root of its parent, recursively, as the browser's parser
 * does. Closed ones are attached closed, so the engine cannot search them — exactly what the
 * extension sees in the browser. A host that already has a shadow root, or that cannot have one
 * (`<td>`, `<input>`), keeps the template as an inert template, as in the browser.
 */

type Root = Document | ShadowRoot | DocumentFragment;

const SELECTOR = 'template[shadowrootmode], template[shadowroot]';

function modeOf(template: Element): ShadowRootMode | null {
  const mode = (
    template.getAttribute('shadowrootmode') ??
    template.getAttribute('shadowroot') ??
    ''
  ).toLowerCase();
  return mode === 'open' || mode === 'closed' ? mode : null;
}

function attachOne(template: HTMLTemplateElement): ShadowRoot | null {
  const host = template.parentElement;
  const mode = modeOf(template);
  if (!host || !mode) return null;
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({
      mode,
      delegatesFocus: template.hasAttribute('shadowrootdelegatesfocus'),
    });
  } catch {
    return null; // not a valid shadow host, or it already has a shadow root
  }
  shadow.append(...Array.from(template.content.childNodes));
  template.remove();
  return shadow;
}

/**
 * Attaches every declarative shadow root under `root`, nested ones included, and returns them
 * (open and closed) in document order.
 */
export function attachDeclarativeShadowRoots(root: Root): ShadowRoot[] {
  const attached: ShadowRoot[] = [];
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>(SELECTOR))) {
    const shadow = attachOne(template);
    if (!shadow) continue;
    attached.push(shadow, ...attachDeclarativeShadowRoots(shadow));
  }
  return attached;
}
