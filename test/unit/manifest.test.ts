// The extension manifest (package.json) as VS Code, the marketplace and Open VSX read it: every
// command a menu, keybinding or walkthrough names is contributed, every setting declares its
// scope, the icon is a 128×128 PNG that is packaged, the walkthrough's media exist.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/rules';

interface Manifest {
  icon?: string;
  keywords: string[];
  categories: string[];
  files: string[];
  activationEvents: string[];
  galleryBanner?: { color: string; theme: string };
  homepage?: string;
  bugs?: { url: string };
  pricing?: string;
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string; alt?: string }>>;
    keybindings: Array<{ command: string }>;
    configuration: { properties: Record<string, { scope?: string }> };
    taskDefinitions?: Array<{ type: string }>;
    problemMatchers?: Array<{ name: string; pattern: { regexp: string } }>;
    walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }> }>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
/** VS Code's own commands the walkthrough links to. */
const BUILT_IN = new Set(['editor.action.quickFix']);

/** The marketplace's categories (vsce refuses others). */
const CATEGORIES = ['Azure', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization', 'AI', 'Chat', 'Data Science'];

describe('package.json (the extension manifest)', () => {
  it('every command a menu or keybinding names is contributed, each with the SOW category', () => {
    const named = [...Object.values(manifest.contributes.menus).flat().flatMap((m) => [m.command, ...(m.alt ? [m.alt] : [])]), ...manifest.contributes.keybindings.map((k) => k.command)];
    assert.deepStrictEqual(named.filter((c) => !contributed.has(c)), []);
    for (const c of manifest.contributes.commands) assert.strictEqual(c.category, 'SOW', c.command);
  });

  it('the explorer and the editor tab open the preview of a .sow.yaml / .sow.yml', () => {
    for (const menu of ['explorer/context', 'editor/title/context']) {
      const entry = manifest.contributes.menus[menu]?.find((m) => m.command === 'sow.openPreview') as { when?: string } | undefined;
      assert.ok(entry?.when, menu);
      const when = /resourceFilename =~ \/(.+)\/$/.exec(entry.when)!;
      const re = new RegExp(when[1]);
      assert.ok(re.test('plan.sow.yaml') && re.test('plan.sow.yml') && !re.test('plan.yaml') && !re.test('.sowrc.yaml'), entry.when);
    }
  });

  it('every setting declares a scope, resource for what differs per folder', () => {
    const { properties } = manifest.contributes.configuration;
    for (const [name, setting] of Object.entries(properties)) {
      assert.ok(name.startsWith('sow.'), name);
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(setting.scope ?? ''), `${name}: scope ${setting.scope}`);
    }
    assert.strictEqual(properties['sow.rules'].scope, 'resource');
    assert.strictEqual(properties['sow.maxDocumentSize'].scope, 'resource');
    // vscode-languageclient reads `<client id>.trace.server`; the client id is "sow" (client/src/nodeClient.ts).
    assert.ok(properties['sow.trace.server']);
    assert.match(fs.readFileSync(path.join(ROOT, 'client/src/nodeClient.ts'), 'utf8'), /new LanguageClient\('sow',/);
    assert.match(fs.readFileSync(path.join(ROOT, 'client/src/browserClient.ts'), 'utf8'), /super\('sow',/);
  });

  it('the icon is a packaged 128×128 PNG; the page has banner, homepage, bugs, pricing, keywords and known categories', () => {
    assert.strictEqual(manifest.icon, 'media/icon.png');
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.strictEqual(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
    assert.strictEqual(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(manifest.files.includes('media/icon.*'));
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9A-Fa-f]{6}$/);
    assert.ok(manifest.homepage && manifest.bugs?.url);
    assert.ok(['Free', 'Trial'].includes(manifest.pricing ?? ''));
    // vsce: at most 30 keywords (5 for the marketplace's tags to stay readable is our own choice).
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
    for (const c of manifest.categories) assert.ok(CATEGORIES.includes(c), c);
  });

  it('the walkthrough: each step has packaged media and links to commands that exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 6);
    assert.ok(manifest.files.includes('media/walkthrough/**'));
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(path.join(ROOT, media)), `${step.id}: ${media}`);
      const linked = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      const events = (step.completionEvents ?? []).map((e) => e.replace(/^onCommand:/, ''));
      assert.ok(linked.length > 0, `${step.id} links to a command`);
      for (const command of [...linked, ...events]) assert.ok(contributed.has(command) || BUILT_IN.has(command), `${step.id}: ${command}`);
    }
  });

  it('the sow task type activates the extension and has the $sow problem matcher', () => {
    assert.deepStrictEqual(manifest.contributes.taskDefinitions?.map((t) => t.type), ['sow']);
    assert.ok(manifest.activationEvents.includes('onTaskType:sow'));
    assert.ok(manifest.contributes.problemMatchers?.some((m) => m.name === 'sow'));
  });
});
