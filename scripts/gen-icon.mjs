#!/usr/bin/env node
// Draws media/icon.png (128×128, the marketplace and Open VSX icon) from media/icon.svg on the
// gallery banner's colour, with the local Chromium. Run after changing the SVG:
// `node scripts/gen-icon.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, repoRoot } from './vscode-server.mjs';

const SIZE = 128;
const banner = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).galleryBanner.color;
const svg = readFileSync(join(repoRoot, 'media/icon.svg'), 'utf8').replace(/\swidth="\d+"\s+height="\d+"/, ' width="96" height="96"');
const html = `<html><body style="margin:0;background:transparent">
<div style="width:${SIZE}px;height:${SIZE}px;border-radius:24px;background:${banner};display:flex;align-items:center;justify-content:center">${svg}</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: join(repoRoot, 'media/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('media/icon.png written');
