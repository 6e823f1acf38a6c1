export { isUnder, mentionsOf, readProse } from './read';
export type { Dimension, Mention, MentionKind, ProseReading, Quantity, Span } from './read';
export { LLM_SERVICES } from './vocabulary';
