/**
 * heavy.html = the terminal's index.html plus the benchmark load module (public/heavy.js),
 * derived at request time so the two pages never drift apart.
 */
export function heavyPageHtml(indexHtml: string): string {
  const script = '    <script type="module" src="heavy.js"></script>\n';
  const at = indexHtml.lastIndexOf('</head>');
  if (at < 0) throw new Error('index.html has no </head>');
  return indexHtml.slice(0, at) + script + indexHtml.slice(at);
}
