// An esbuild plugin for the web bundles (VS Code for the Web runs them in browser workers): the
// build fails when anything in them imports a Node built-in, even one a package's `browser` field
// would quietly replace with an empty module, or when our own code uses a Node-only global
// (setImmediate, Buffer, process, __dirname), which a browser worker does not have either.
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));
const NODE_GLOBALS = /\b(?:setImmediate|clearImmediate)\s*\(|\bBuffer\.\w+|\bprocess\.\w+|\b__dirname\b|\b__filename\b/;

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:][\w:/.-]*$/ }, (args) => {
      const name = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
      if (!args.path.startsWith('node:') && !BUILTINS.has(name)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || 'the entry'}: web bundles run in a browser worker, where it does not exist` }] };
    });
    // Only our own sources: libraries guard their uses of such globals themselves.
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const lines = (await readFile(args.path, 'utf8')).split('\n');
      const errors = lines.flatMap((line, i) => {
        const match = /^\s*(\/\/|\*|\/\*)/.test(line) ? null : NODE_GLOBALS.exec(line);
        return match ? [{ text: `Node-only global "${match[0]}" in a web bundle: a browser worker does not have it`, location: { file: args.path, line: i + 1, column: match.index, lineText: line } }] : [];
      });
      return errors.length ? { errors } : undefined;
    });
  },
};
