// An esbuild plugin for the web bundles (VS Code for the Web runs them in browser workers): the
// build fails when anything in them imports a Node built-in, even one a package's `browser` field
// would quietly replace with an empty module.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:][\w:/.-]*$/ }, (args) => {
      const name = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
      if (!args.path.startsWith('node:') && !BUILTINS.has(name)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || 'the entry'}: web bundles run in a browser worker, where it does not exist` }] };
    });
  },
};
