/** `kg view`: serve the Sigma.js viewer over the graph until interrupted. */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { graph } from '../../graph/driver.js';
import { UsageError } from '../../graph/errors.js';
import { DEFAULT_VIEW_PORT, startViewer } from '../../viewer/server.js';
import { parsePort } from '../options.js';

/** Best effort: the URL is printed anyway, so a missing opener is not an error. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.error(`kg: could not open a browser; open ${url} yourself`));
  child.unref();
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('explore the graph in the browser (Sigma.js viewer with search, filters, evidence and Cypher)')
    .option('-p, --port <port>', 'port to listen on', parsePort, DEFAULT_VIEW_PORT)
    .option('--host <host>', 'address to bind (other than 127.0.0.1 exposes the graph to the network)', '127.0.0.1')
    .option('--open', 'open the viewer in the default browser')
    .action(async (options: { port: number; host: string; open?: boolean }) => {
      const g = await graph();
      const viewer = await startViewer({ g, port: options.port, host: options.host }).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${options.port} is in use: choose another with --port`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new UsageError(`cannot listen on ${options.host}: not an address of this machine`);
        throw error;
      });
      console.log(`kg viewer on ${viewer.url}  (graph at ${g.settings.uri}; Ctrl+C to stop)`);
      if (options.open) openInBrowser(viewer.url);
      // The command lasts as long as the server: kg closes the graph when the action returns.
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await viewer.close();
    });
}
