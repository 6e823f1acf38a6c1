// PWAF-DOC-050: a term the document's glossary appendix defines differently from the common
// meaning. Reviewers read "PAT" or "RLS" with the platform meaning; a private meaning misleads.
import { definesDifferently, documentGlossary, GLOSSARY_PATH } from '../glossary/documentGlossary';
import { Rule, RuleHit } from './types';

export const glossaryConsistency: Rule = {
  id: 'PWAF-DOC-050',
  title: 'Glossary term defined differently from its platform meaning',
  pillar: 'standards',
  area: 'document',
  severity: 'info',
  trigger:
    "An entry of the glossary appendix names a known Databricks, PWAF or compliance term (by abbreviation or full name), but its definition neither spells out the term's expansion nor shares content words with the usual meaning.",
  rationale:
    'Reviewers and customers read a term such as PAT, RLS or DBU with its platform meaning. A private definition makes sections that use the term say something other than the reader understands, and can hide a design gap.',
  remedy:
    'Align the definition with the platform meaning (hover the term to see it), or pick another name for the different concept.',
  source: 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST',
  inputs: [GLOSSARY_PATH.join('.')],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const entry of documentGlossary(ctx.doc).entries) {
      if (!entry.ours || !definesDifferently(entry, entry.ours)) continue;
      hits.push({
        message: `"${entry.term}" is defined here in a way that does not match its usual meaning (${entry.ours.term}); readers will assume the platform meaning.`,
        path: entry.path,
        range: entry.range,
      });
    }
    return hits;
  },
};
