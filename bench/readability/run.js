#!/usr/bin/env node
// Runs Readability.js (with jsdom parsing, as a user would) over every
// <id>.html.gz page of a folder, one after the other on one thread, and
// prints pages per second. With --out FILE it writes the extracted texts
// as Zyte-format JSON ({id: {"articleBody": text}}), which
// `storyline eval extraction --predictions FILE` scores.
//
// usage: node run.js [--data DIR] [--out FILE] [--ground-truth FILE]
// DIR defaults to ../../../shared/bench/extraction-zyte/html.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function parseArgs(argv) {
  const args = {
    data: path.join(__dirname, '..', '..', '..', 'shared', 'bench', 'extraction-zyte', 'html'),
    out: '',
    groundTruth: '',
  };
  for (let i = 2; i < argv.length; i++) {
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--data': args.data = next(); break;
      case '--out': args.out = next(); break;
      case '--ground-truth': args.groundTruth = next(); break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv);
  let dir = args.data;
  if (fs.existsSync(path.join(dir, 'html'))) dir = path.join(dir, 'html');
  const gtPath = args.groundTruth || path.join(dir, '..', 'ground-truth.json');
  const urls = fs.existsSync(gtPath) ? JSON.parse(fs.readFileSync(gtPath, 'utf8')) : {};

  // Load and decompress first: only extraction is timed.
  const pages = fs.readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return { id, html: zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8') };
    });
  if (pages.length === 0) throw new Error(`no .html.gz pages in ${dir}`);

  const quiet = new VirtualConsole(); // drop the pages' CSS/script console noise
  const out = {};
  let failed = 0;
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (const p of pages) {
    let text = '';
    try {
      const url = (urls[p.id] && urls[p.id].url) || 'https://example.invalid/';
      const dom = new JSDOM(p.html, { url, virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = (article && article.textContent) || '';
      dom.window.close();
    } catch (err) {
      failed++;
      process.stderr.write(`readability ${p.id}: ${err.message}\n`);
    }
    out[p.id] = { articleBody: text };
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`readability.js ${pages.length} pages  failed ${failed}  ${seconds.toFixed(1)} s  ` +
    `${(pages.length / seconds).toFixed(2)} pages/s  ${(pages.length / cpuSeconds).toFixed(2)} pages/cpu-s`);
  if (args.out) fs.writeFileSync(args.out, JSON.stringify(out));
}

main();
