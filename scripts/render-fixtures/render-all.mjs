/* global process, console */
/**
 * `npm run render`: renders every fixture with its real component library and writes
 * tests/fixtures/terminals/<pattern>/index.html. Each renderer runs in its own process (Angular's
 * server platform must not see the jsdom globals the Vue and React client renders install).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const fixtures = join(here, '../../tests/fixtures/terminals');
const version = (pkg) =>
  JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const renders = [
  {
    dir: 'angular-material',
    script: 'angular-material.mjs',
    libraries: ['@angular/core', '@angular/material', '@angular/platform-server'],
    page: (html) => html.replace('<head>', '<head><meta charset="utf-8">'),
  },
  {
    dir: 'element-plus',
    script: 'element-plus.mjs',
    libraries: ['element-plus', 'vue'],
    page: (body) =>
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>综合柜面系统 · 个人存款</title></head>${body}</html>`,
  },
  {
    dir: 'ant-design',
    script: 'ant-design.mjs',
    libraries: ['antd', 'react-dom'],
    page: (body) =>
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>柜面系统 · 汇款</title></head>${body}</html>`,
  },
  {
    dir: 'mui',
    script: 'mui.mjs',
    libraries: ['@mui/material', 'react-dom'],
    page: (body) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teller · Outgoing wire</title></head>${body}</html>`,
  },
];

function stripStyles(html) {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<link rel="stylesheet"[^>]*>/g, '');
}

for (const render of renders) {
  const output = execFileSync(process.execPath, [join(here, render.script)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const libraries = render.libraries.map((pkg) => `${pkg} ${version(pkg)}`).join(', ');
  const note = `<!-- Rendered by scripts/render-fixtures/${render.script} with ${libraries} (library CSS left out). Regenerate: cd scripts/render-fixtures && npm install && npm run render -->`;
  const page = stripStyles(render.page(output.trim())).replace(
    /^<!doctype html>/i,
    `<!doctype html>\n${note}\n`,
  );
  writeFileSync(join(fixtures, render.dir, 'index.html'), `${page}\n`);
  console.log(`${render.dir}/index.html: ${libraries}`);
}
