/* global setTimeout */
/**
 * A browser-like global environment (jsdom) so a component library renders as it does in the
 * terminal's browser, and a serializer that writes the live form state (an input's value, a
 * select's choice, a checkbox) into attributes — what a page saved for the CLI must carry.
 */
import { JSDOM } from 'jsdom';

export function installDom() {
  const dom = new JSDOM(
    '<!doctype html><html lang="zh-CN"><head></head><body><div id="app"></div></body></html>',
    {
      url: 'http://localhost/',
      pretendToBeVisual: true,
    },
  );
  const { window } = dom;
  const globals = [
    'window',
    'document',
    'navigator',
    'location',
    'Node',
    'Element',
    'HTMLElement',
    'SVGElement',
    'Text',
    'Comment',
    'DocumentFragment',
    'Event',
    'CustomEvent',
    'KeyboardEvent',
    'MouseEvent',
    'FocusEvent',
    'InputEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'HTMLInputElement',
    'HTMLTextAreaElement',
    'HTMLSelectElement',
    'ShadowRoot',
    'DOMParser',
    'CSSStyleDeclaration',
    'matchMedia',
    'localStorage',
    'sessionStorage',
    'XMLSerializer',
  ];
  for (const name of globals) {
    if (name in globalThis && name !== 'window' && name !== 'document') continue;
    Object.defineProperty(globalThis, name, {
      value: window[name],
      configurable: true,
      writable: true,
    });
  }
  window.matchMedia ??= () => ({
    matches: false,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
  });
  globalThis.matchMedia = window.matchMedia;
  globalThis.ResizeObserver = window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  return dom;
}

/** Live state → attributes, scripts and styles dropped; returns the serialized `root`. */
export function serializeState(root) {
  for (const input of root.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio')
      input.toggleAttribute('checked', input.checked);
    else if (input.value !== '') input.setAttribute('value', input.value);
  }
  for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
  for (const select of root.querySelectorAll('select'))
    for (const option of select.options) option.toggleAttribute('selected', option.selected);
  for (const node of root.querySelectorAll('script, style')) node.remove();
  return root.outerHTML;
}

export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
