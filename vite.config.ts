import { existsSync } from 'node:fs';
import { defineConfig } from 'vite';
import { attunePlugin } from './src/vite/attune-plugin.ts';

// Every HTML page at the top level is an entry: the library (index.html), the embed page
// (player.html), and pages linked from nowhere a trainee goes: the authors' branch map (map.html), the
// panel raters' review page (review.html) and the course leaders' panel agreement (agreement.html).
const pages = ['index.html', 'player.html', 'map.html', 'review.html', 'agreement.html'].filter((page) => existsSync(page));

export default defineConfig({
  // Relative asset paths, so a build works from any folder (an LMS unpacks packages under deep paths).
  base: './',
  plugins: [attunePlugin()],
  build: {
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), p])) },
  },
  esbuild: { target: 'es2022' },
  server: { port: 5173 },
});
