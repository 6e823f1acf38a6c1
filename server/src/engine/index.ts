// The engine's public surface: the server, the CLI and the preview import from here only.
export * from './types';
export { SowDocument, DocumentCache } from './document';
export { reviewDocument, readinessOf, todayIso } from './review';
export type { ReviewResult, ReviewOptions, Readiness, PillarReadiness, RuleOutcome } from './review';
export { defaultConfig, parseConfig, mergeConfig, ConfigError, CONFIG_FILE_NAMES } from './config';
export type { SowConfig, RuleSetting } from './config';
export { RULES, ruleById, ruleDocUrl, DOCS_BASE_URL } from './rules/index';
export type { Rule, Pillar, Area } from './rules/types';
export { PILLAR_NAMES } from './rules/types';
export { renderSowHtml } from './render/html';
export type { RenderedSow, RenderOptions } from './render/html';
export { renderSowMarkdown } from './render/markdown';
export { generateArchitectureDiagram, diagramSources } from './render/mermaid';
export type { DiagramSource } from './render/mermaid';
