// `npm start`: build, then launch the Electron app. Electron's binary is fetched on first start
// where the network allows (install scripts are off, see .npmrc). Where it cannot be had, say so
// in one line and serve browser mode instead — never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Runs Electron's own installer once, quietly, bounded in time; true if the binary arrived. */
function tryFetchElectron() {
  if (process.env.PARLEY_NO_ELECTRON_DOWNLOAD === '1') return false;
  try {
    const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
    const result = spawnSync(process.execPath, [installer], {
      cwd: root,
      stdio: 'ignore',
      timeout: 120_000,
    });
    return result.status === 0 && electronBinary() !== null;
  } catch {
    return false;
  }
}

function run(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Parley could not be built (npm run ${script} failed; see above).`);
    process.exit(result.status ?? 1);
  }
}

const wantsBrowser = process.argv.includes('--web');
let exe = wantsBrowser ? null : electronBinary();
if (!wantsBrowser && !exe) {
  console.log('Fetching the Electron runtime (first start only)…');
  exe = tryFetchElectron() ? electronBinary() : null;
}

if (exe) {
  run('build');
  const child = spawn(exe, [root], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!wantsBrowser) {
    console.log(
      'The Electron runtime is not installed and could not be downloaded from here, so Parley is starting in browser mode instead.',
    );
  }
  run('build:renderer');
  const { startServer } = await import('./serve.mjs');
  const port = Number(process.env.PORT ?? 4173);
  try {
    await startServer({ port });
    console.log(`Open Parley at http://127.0.0.1:${port}/ — press Ctrl+C to stop.`);
  } catch (error) {
    console.log(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use; start with another, e.g. PORT=4180 npm start`
        : `Could not start browser mode: ${error.message}`,
    );
    process.exit(1);
  }
}
