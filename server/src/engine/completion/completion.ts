// Completion: keys the schema allows at the cursor (as snippets shaped like their value), the
// choices of a value with PWAF's recommendation first and anti-patterns last, dates, booleans,
// numbers, and rule ids inside waiver comments. Works on half-typed documents (see context.ts).
import { SowDocument } from '../document';
import { RULES } from '../rules/index';
import { enumSchemaOf, resolveSchema, schemaAt } from '../schema/navigate';
import { JsonSchema } from '../schema/sowSchema';
import { Position, Range } from '../types';
import { formatScalar, layoutOf, sameValue } from '../actions/yamlText';
import { cursorContext, CursorContext } from './context';
import { choiceOrder, keySnippet, valueKind } from './snippets';

/** LSP CompletionItemKind values the engine uses. */
export const CompletionItemKind = { Property: 10, Value: 12, Snippet: 15, Reference: 18, EnumMember: 20, Constant: 21 } as const;

export interface CompletionItem {
  label: string;
  kind: number;
  labelDetails?: { detail?: string; description?: string };
  detail?: string;
  documentation?: { kind: 'markdown'; value: string };
  sortText: string;
  filterText?: string;
  preselect?: boolean;
  /** 1 plain text, 2 snippet. */
  insertTextFormat: 1 | 2;
  /** 1 as-is: the snippet carries its own absolute indentation. */
  insertTextMode: 1;
  textEdit: { range: Range; newText: string };
}

export interface CompletionOptions {
  /** YYYY-MM-DD offered for dates. */
  today: string;
}

export function completeAt(doc: SowDocument, position: Position, options: CompletionOptions): CompletionItem[] {
  if (doc.oversized) return [];
  const ctx = cursorContext(doc, doc.clampPosition(position));
  if (!ctx) return [];
  if (ctx.kind === 'waiver') return waiverItems(ctx.replace);
  if (ctx.kind === 'key') return keyItems(doc, ctx, options);
  const schema = schemaAt(ctx.path);
  // `- |` in a table starts a row: its columns are keys.
  if (ctx.slot === 'item' && schema?.properties) {
    return keyItems(doc, { kind: 'key', path: ctx.path, col: ctx.col, replace: ctx.replace, colonFollows: false, present: new Set() }, options, ctx.lead);
  }
  return valueItems(ctx, schema, options);
}

function keyItems(doc: SowDocument, ctx: Extract<CursorContext, { kind: 'key' }>, options: CompletionOptions, lead = ''): CompletionItem[] {
  const container = schemaAt(ctx.path);
  const properties = container?.properties;
  if (!properties) return [];
  const layout = layoutOf(doc);
  const names = Object.keys(properties);
  const items: CompletionItem[] = [];
  names.forEach((name, index) => {
    if (ctx.present.has(name)) return;
    const schema = resolveSchema(properties[name]);
    const snippet = ctx.colonFollows ? name : keySnippet(name, schema, ctx.col, layout, options.today);
    // A `$ref` may carry its own title and description beside it: those win.
    const title = properties[name].title ?? schema?.title;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      ...(title ? { detail: title, labelDetails: { description: title } } : {}),
      ...markdown(properties[name].markdownDescription ?? properties[name].description ?? schema?.markdownDescription ?? schema?.description),
      sortText: String(index).padStart(4, '0'),
      filterText: name,
      insertTextFormat: ctx.colonFollows ? 1 : 2,
      insertTextMode: 1,
      textEdit: { range: ctx.replace, newText: `${lead}${snippet}` },
    });
  });
  return items;
}

function valueItems(ctx: Extract<CursorContext, { kind: 'value' }>, schema: JsonSchema | undefined, options: CompletionOptions): CompletionItem[] {
  if (!schema) return [];
  const isList = schema.type === 'array' || !!schema.items;
  const choices = enumSchemaOf(schema);
  const plain = (label: string, newText: string, extra: Partial<CompletionItem> = {}, format: 1 | 2 = 1): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    sortText: '1',
    insertTextFormat: format,
    insertTextMode: 1,
    textEdit: { range: ctx.replace, newText: `${ctx.lead}${newText}` },
    ...extra,
  });
  if (choices?.enum) {
    // After `key:` a list gets its first item in brackets; inside a list, one item.
    const wrap = isList && ctx.slot === 'value' ? (t: string) => `[${t}]` : (t: string) => t;
    const present = isList || ctx.slot !== 'value' ? ctx.present : [];
    return choiceOrder(choices, schema)
      .filter((c) => !present.some((p) => sameValue(p, c.value)))
      .map((c) => ({
        label: String(c.value),
        kind: CompletionItemKind.EnumMember,
        labelDetails: { ...(c.label ? { detail: ` ${c.label}` } : {}), ...(c.recommended ? { description: '★ recommended' } : c.why ? { description: 'not recommended' } : {}) },
        detail: c.recommended ? `★ recommended${c.label ? ` — ${c.label}` : ''}` : c.why ? `not recommended: ${c.why}` : c.label,
        ...markdown(choiceDoc(c)),
        sortText: `${c.rank}_${String(c.index).padStart(4, '0')}`,
        filterText: String(c.value),
        ...(c.recommended ? { preselect: true } : {}),
        insertTextFormat: 1 as const,
        insertTextMode: 1 as const,
        textEdit: { range: ctx.replace, newText: `${ctx.lead}${wrap(formatScalar(c.value))}` },
      }));
  }
  const item = isList ? resolveSchema(schema.items) : schema;
  if (isList && ctx.slot === 'value') return [];
  const kind = valueKind(item);
  if (kind === 'boolean') return [plain('true', 'true', { preselect: item?.default === true }), plain('false', 'false', { preselect: item?.default === false })];
  if (kind === 'date') {
    return [
      plain(options.today, options.today, { detail: 'today', preselect: true, sortText: '0' }),
      plain('YYYY-MM-DD', '${1:YYYY}-${2:MM}-${3:DD}', { detail: 'a date', kind: CompletionItemKind.Snippet }, 2),
    ];
  }
  if (kind === 'number') {
    const value = typeof item?.default === 'number' ? item.default : (item?.minimum ?? 0);
    return [plain(String(value), String(value), { detail: typeof item?.default === 'number' ? 'default' : item?.minimum !== undefined ? 'minimum' : undefined, preselect: true })];
  }
  const examples = [...(item?.default !== undefined ? [item.default] : []), ...(item?.examples ?? [])].filter((v) => typeof v === 'string');
  return [...new Set(examples as string[])].map((v, i) => plain(v, formatScalar(v), { detail: i === 0 && item?.default !== undefined ? 'default' : 'example', sortText: String(i) }));
}

function choiceDoc(c: ReturnType<typeof choiceOrder>[number]): string {
  const parts = [`${c.label ? `**${c.label}** · ` : ''}\`${String(c.value)}\``];
  if (c.meaning) parts.push(c.meaning);
  if (c.recommended) parts.push('★ **PWAF recommends this choice.**');
  if (c.why) parts.push(`⚠️ **Not recommended:** ${c.why}`);
  return parts.join('\n\n');
}

function waiverItems(replace: Range): CompletionItem[] {
  return RULES.map((rule) => ({
    label: rule.id,
    kind: CompletionItemKind.Reference,
    labelDetails: { description: rule.title },
    detail: rule.title,
    ...markdown(`**${rule.title}**\n\n${rule.rationale}\n\n*Fix:* ${rule.remedy}`),
    sortText: rule.id,
    filterText: rule.id,
    insertTextFormat: 2 as const,
    insertTextMode: 1 as const,
    textEdit: { range: replace, newText: `${rule.id}: \${1:reason}` },
  }));
}

function markdown(text: string | undefined): { documentation?: { kind: 'markdown'; value: string } } {
  return text ? { documentation: { kind: 'markdown', value: text } } : {};
}
