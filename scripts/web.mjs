// `npm run web`: build the renderer, then serve browser mode at http://127.0.0.1:$PORT (default 4173).
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build:renderer'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The browser build failed; see the messages above.');
  process.exit(build.status ?? 1);
}
await import('./serve.mjs').then(async ({ startServer }) => {
  const port = Number(process.env.PORT ?? 4173);
  try {
    await startServer({ port });
    console.log(
      `Parley (browser mode) is running at http://127.0.0.1:${port}/ — press Ctrl+C to stop.`,
    );
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use; try PORT=4180 npm run web`
        : `Could not start the server: ${error.message}`,
    );
    process.exit(1);
  }
});
