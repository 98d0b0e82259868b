// Serves the built site (dist/) like a real host: `node src/cli/serve.ts [folder]`.
import { serveStatic } from '../server/static.ts';

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveStatic(process.argv[2] ?? 'dist', port);
  console.log(`Portal MPP tersaji di ${url}/`);
}
