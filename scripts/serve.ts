/** npm run preview [-- DIR] — serves the built site (default dist/) on http://127.0.0.1:4321/. */
import { serveStatic } from './lib/static-server.ts';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const { url } = await serveStatic(root, port);
console.log(`Hindsight is at ${url}  (Ctrl+C to stop)`);
