import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { unrelatedPage } from './bench/pages.js';
const html = unrelatedPage().replace('<script src="/harness.js"></script>', '');
const server = createServer((req, res) => res.writeHead(200, {'content-type': 'text/html'}).end(html));
await new Promise(r => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
async function run(ext) {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, args: ['--no-sandbox','--disable-gpu'], ...(ext ? { enableExtensions: [ext] } : {}) });
  await new Promise(r => setTimeout(r, 800));
  const page = await browser.newPage();
  const s = await page.createCDPSession();
  await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 25 }); await s.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 1200));
  const { profile } = await s.send('Profiler.stop');
  await browser.close();
  const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  let us = 0; const fns = new Map();
  profile.samples.forEach((id, i) => { const n = nodes.get(id); const name = n.callFrame.functionName; if (['(idle)','(program)','(root)'].includes(name)) return; const d = profile.timeDeltas[i + 1] ?? 0; us += d; const k = name || '(anon)'; fns.set(k, (fns.get(k) ?? 0) + d); });
  return { ms: us / 1000, top: [...fns].sort((a,b)=>b[1]-a[1]).slice(0,4).map(([k,v])=>`${k} ${(v/1000).toFixed(1)}`).join(', ') };
}
const variants = { none: '/tmp/rt/ext-none', storage: '/tmp/rt/ext-storage', sourcemark: '/tmp/rt/dist-nomin' };
const res = Object.fromEntries(Object.keys(variants).map(k => [k, []]));
for (let i = 0; i < 7; i++) for (const [k, v] of Object.entries(variants)) res[k].push(await run(v));
const med = (a) => [...a].sort((x, y) => x.ms - y.ms)[a.length >> 1];
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(12), med(v).ms.toFixed(2), '|', v.map(x => x.ms.toFixed(1)).join(' '), '|', med(v).top);
server.close();
