// Node flags the language server runs with, shared by the VS Code client and the benchmark so
// that what we measure is what ships. The server works without them (other editors start it
// plainly), it then only keeps more memory.
export const SERVER_NODE_FLAGS = [
  // V8's young generation otherwise grows to 2 × 16 MB while a large document is parsed and
  // keeps that size; 1 MB semi-spaces cost no measurable time here.
  '--max-semi-space-size=1',
  // One V8 worker thread instead of four: each keeps its own allocator arena (about 5 MB
  // resident in all); the work here is one document at a time and took no longer.
  '--v8-pool-size=1',
  // Lets the server give memory back to the system once the user pauses (server.ts).
  '--expose-gc',
];
