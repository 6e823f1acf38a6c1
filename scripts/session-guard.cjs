// Preloaded by `npm start` (NODE_OPTIONS --require) into the Node processes of its VS Code session.
// In the ones that make up the session — code-server, its extension host and this repository's
// language server, each started by the one before — a SIGINT or SIGTERM stops the whole session:
// it asks start.mjs (SOW_START_PID) to stop, which stops code-server's process group and frees the
// port. Without it VS Code would keep serving after its extension host was killed, and the client
// would restart a killed server. Any other Node process (VS Code's helpers, whatever runs in its
// terminals, even a code-server started there) is left exactly as it was. Linux (/proc) only.
'use strict';
const { readFileSync } = require('node:fs');

const startPid = Number(process.env.SOW_START_PID);
const server = process.env.SOW_START_SERVER;

/** Whether a command line is code-server, its extension host or our language server. */
function isSessionProcess(cmdline) {
  return /code-server\/out\/node\/entry(\.js)?( |$)/.test(cmdline)
    || /bootstrap-fork .*--type=extensionHost/.test(cmdline)
    || (!!server && `${cmdline} `.includes(` ${server} `));
}

/** This process and each parent up to start.mjs are session processes. */
function inSession() {
  if (!startPid || !isSessionProcess(process.argv.join(' '))) return false;
  try {
    for (let pid = process.ppid; ;) {
      if (pid === startPid) return true;
      if (pid <= 1 || !isSessionProcess(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '))) return false;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
  } catch {
    return false; // no /proc, or a parent ended meanwhile
  }
}

if (inSession()) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    const onSignal = () => {
      try { process.kill(startPid, 'SIGTERM'); } catch { /* start.mjs is gone already */ }
      // Alone, a listener would keep the process alive: end it as the signal would have.
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}
