// What `npm start` sets up before it serves VS Code (scripts/start.mjs, scripts/vscode-server.mjs):
// its options, the scratch copy of examples/, the quiet user settings merged into a profile the
// user may have edited, code-server's command line, and the preload that ties the session's
// processes together. test/start/ runs the whole thing as a process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/rules';

type Settings = Record<string, unknown>;
interface VscodeServer {
  QUIET_SETTINGS: Settings;
  WEB_EXTENSION_HOST_SETTINGS: Settings;
  mergeSettings(text: string, defaults: Settings, required?: Settings): string | undefined;
  mergeSettingsFile(file: string, defaults: Settings, required?: Settings): void;
  codeServerArgs(o: { port: number; workspace: string; userDataDir: string; extensionsDir: string }): string[];
}
interface Start {
  parseStartArgs(argv: string[]): { web: boolean; reset: boolean; skipBuild: boolean; help: boolean };
  prepareScratchWorkspace(state: string, o?: { reset?: boolean }): { workspace: string; fresh: boolean };
  startSettings(web: boolean): { defaults: Settings; required: Settings };
  sessionGuardEnv(startPid: number, nodeOptions?: string): Record<string, string>;
  stateDir(env?: Record<string, string | undefined>): string;
}

describe('npm start: options, scratch workspace, quiet settings, code-server flags', () => {
  let vs: VscodeServer;
  let start: Start;
  let tmp: string;
  before(async () => {
    vs = (await import(path.join(ROOT, 'scripts/vscode-server.mjs'))) as VscodeServer;
    start = (await import(path.join(ROOT, 'scripts/start.mjs'))) as Start;
  });
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-start-unit-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads on a fresh clone: before it installs the dependencies it imports only Node built-ins and its own scripts', () => {
    for (const file of ['start.mjs', 'vscode-server.mjs', 'ensure-deps.mjs']) {
      const text = fs.readFileSync(path.join(ROOT, 'scripts', file), 'utf8');
      const sources = [...text.matchAll(/^import [^;]*?from '([^']+)';/gms)].map((m) => m[1]);
      assert.ok(sources.length > 0, file);
      for (const source of sources) assert.match(source, /^(node:|\.\/)/, `${file} imports ${source} at load`);
    }
  });

  it('options: --web, --reset, --skip-build; an unknown one is refused', () => {
    assert.deepStrictEqual(start.parseStartArgs([]), { web: false, reset: false, skipBuild: false, help: false });
    assert.deepStrictEqual(start.parseStartArgs(['--web', '--reset', '--skip-build']), { web: true, reset: true, skipBuild: true, help: false });
    assert.throws(() => start.parseStartArgs(['--wbe']), /Unknown option '--wbe'/);
  });

  it('state lives in the git-ignored .vscode-test/ unless SOW_START_DIR moves it', () => {
    assert.strictEqual(start.stateDir({}), path.join(ROOT, '.vscode-test'));
    assert.match(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8'), /^\.vscode-test\/$/m);
    assert.strictEqual(start.stateDir({ SOW_START_DIR: tmp }), tmp);
  });

  it('the scratch workspace: a copy of examples/, kept with its edits between runs, fresh again on --reset', () => {
    const examples = fs.readdirSync(path.join(ROOT, 'examples'));
    const repoText = fs.readFileSync(path.join(ROOT, 'examples', examples[0]), 'utf8');
    const first = start.prepareScratchWorkspace(tmp);
    assert.strictEqual(first.workspace, path.join(tmp, 'playground'));
    assert.ok(first.fresh);
    assert.deepStrictEqual(fs.readdirSync(first.workspace).sort(), [...examples].sort());
    fs.writeFileSync(path.join(first.workspace, examples[0]), 'edited');
    assert.deepStrictEqual(start.prepareScratchWorkspace(tmp), { workspace: first.workspace, fresh: false });
    assert.strictEqual(fs.readFileSync(path.join(first.workspace, examples[0]), 'utf8'), 'edited', 'a later run keeps the edit');
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'examples', examples[0]), 'utf8'), repoText, "the repository's example is untouched");
    assert.ok(start.prepareScratchWorkspace(tmp, { reset: true }).fresh);
    assert.strictEqual(fs.readFileSync(path.join(first.workspace, examples[0]), 'utf8'), repoText, '--reset restores it');
  });

  it('quiet settings: no welcome page or walkthrough, no parent-folder git prompt, no trust prompt, telemetry or update check', () => {
    const { defaults, required } = start.startSettings(false);
    assert.deepStrictEqual(required, {});
    assert.strictEqual(defaults['workbench.startupEditor'], 'none');
    assert.strictEqual(defaults['workbench.welcomePage.walkthroughs.openOnInstall'], false);
    assert.strictEqual(defaults['git.openRepositoryInParentFolders'], 'never');
    assert.strictEqual(defaults['security.workspace.trust.enabled'], false);
    assert.strictEqual(defaults['telemetry.telemetryLevel'], 'off');
    assert.strictEqual(defaults['update.mode'], 'none');
    assert.strictEqual(defaults['extensions.autoCheckUpdates'], false);
    assert.deepStrictEqual(start.startSettings(true).required, vs.WEB_EXTENSION_HOST_SETTINGS);
  });

  it('a new profile gets every quiet setting (and for --web the web worker extension host)', () => {
    const file = path.join(tmp, 'User', 'settings.json');
    const { defaults, required } = start.startSettings(true);
    vs.mergeSettingsFile(file, defaults, required);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { ...vs.QUIET_SETTINGS, ...vs.WEB_EXTENSION_HOST_SETTINGS });
  });

  it("a profile the user edited keeps the user's settings, values and comments; ours are merged in once", () => {
    const users = [
      '{',
      '  // my theme',
      '  "workbench.colorTheme": "Default Dark Modern",',
      '  "workbench.startupEditor": "welcomePage",',
      '  "remote.extensionKind": { "someone.else": ["workspace"] },',
      '}',
    ].join('\n');
    const { defaults, required } = start.startSettings(true);
    const merged = vs.mergeSettings(users, defaults, required)!;
    assert.match(merged, /\/\/ my theme/);
    const value = JSON.parse(merged.replace(/^\s*\/\/.*$/m, '').replace(/,(\s*})/g, '$1')) as Settings;
    assert.strictEqual(value['workbench.colorTheme'], 'Default Dark Modern');
    assert.strictEqual(value['workbench.startupEditor'], 'welcomePage', "the user's choice stands");
    assert.strictEqual(value['git.openRepositoryInParentFolders'], 'never');
    assert.deepStrictEqual(value['remote.extensionKind'], { 'someone.else': ['workspace'], 'sow-architect.sow-architect': ['web'] });
    assert.strictEqual(vs.mergeSettings(merged, defaults, required), merged, 'a second run changes nothing');
  });

  it('a settings file that is not a JSON object is left alone', () => {
    assert.strictEqual(vs.mergeSettings('{ "a": ', vs.QUIET_SETTINGS), undefined);
    assert.strictEqual(vs.mergeSettings('[]', vs.QUIET_SETTINGS), undefined);
    const file = path.join(tmp, 'settings.json');
    fs.writeFileSync(file, '{ broken');
    const warn = console.warn;
    let said = '';
    console.warn = (m: string) => { said = m; };
    try { vs.mergeSettingsFile(file, vs.QUIET_SETTINGS); } finally { console.warn = warn; }
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '{ broken');
    assert.match(said, /not a JSON object; left as it is/);
  });

  it("code-server's command line: local only, no password, quiet, on the workspace", () => {
    const args = vs.codeServerArgs({ port: 8123, workspace: '/w', userDataDir: '/u', extensionsDir: '/e' });
    const value = (flag: string) => args[args.indexOf(flag) + 1];
    assert.strictEqual(value('--bind-addr'), '127.0.0.1:8123');
    assert.strictEqual(value('--auth'), 'none');
    assert.strictEqual(value('--user-data-dir'), '/u');
    assert.strictEqual(value('--extensions-dir'), '/e');
    for (const flag of ['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override']) {
      assert.ok(args.includes(flag), flag);
    }
    assert.strictEqual(args[args.length - 1], '/w');
  });

  it("the session guard is preloaded into code-server's Node processes, keeping the user's NODE_OPTIONS", () => {
    const env = start.sessionGuardEnv(1234, '--max-old-space-size=4096');
    assert.strictEqual(env.SOW_START_PID, '1234');
    assert.strictEqual(env.SOW_START_SERVER, path.join(ROOT, 'dist', 'server.js'));
    const guard = path.join(ROOT, 'scripts', 'session-guard.cjs');
    assert.strictEqual(env.NODE_OPTIONS, `--max-old-space-size=4096 --require ${JSON.stringify(guard)}`);
    assert.ok(fs.existsSync(guard));
  });
});
