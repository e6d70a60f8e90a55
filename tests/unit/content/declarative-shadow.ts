/**
 * jsdom parses `<template shadowrootmode="open">` as a plain template and attaches no shadow root
 * (browsers do, and so must the CLI). This test helper does what the browser's parser does:
 * innermost first, each template becomes its parent's open shadow root.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  const templates = Array.from(root.querySelectorAll('template[shadowrootmode]'));
  for (const template of templates) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    const content = (template as HTMLTemplateElement).content;
    attachDeclarativeShadowRoots(content);
    shadow.append(content);
    template.remove();
  }
}
