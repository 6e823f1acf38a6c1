// Networking: serverless compute needs its own private connectivity; the classic back-end Private
// Link the SOW describes does not cover it.
import { fact } from '../../knowledge/index';
import { itemPath } from '../helpers';
import { Rule } from '../types';
import { at, phrasePattern, phrases, PRODUCTS, using } from './common';

const NETWORK = 'governance_security.data_security.network';
/** Back-end (classic compute plane) Private Link named as such. */
const BACK_END = phrasePattern(/\b(?:back-?end|classic compute plane)\b[^.;]{0,40}?\b(?:Private ?Link|private connectivity)\b|\b(?:Private ?Link|private connectivity)\b[^.;]{0,20}?\bback-?end\b|\bcompute[- ]to[- ]control[- ]plane\b/gi);
/** Classic-network controls that only cover classic compute. */
const CLASSIC_NETWORK = phrasePattern(/\bsecure cluster connectivity\b|\bVNet[- ]inject(?:ion|ed)\b|\bcustomer-managed VPC\b/gi);
const SERVERLESS = /\bserverless\b/i;
const SERVERLESS_PRIVATE = phrasePattern(/\bserverless (?:private|egress|network|firewall)\w*|network connectivity config\w*|\bNCCs?\b|private endpoint rules?|outbound (?:Private ?Link|private connectivity)/gi);

const serverlessPrivateLink: Rule = {
  id: 'PWAF-SEC-026',
  title: 'Serverless compute behind a classic back-end Private Link only',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger:
    'Private connectivity is chosen, serverless compute or serverless SQL warehouses are used, the SOW describes back-end (classic compute plane) Private Link, and it says nothing of serverless private connectivity (network connectivity configurations, private endpoint rules, serverless egress control).',
  rationale:
    'Private Link comes in separate kinds: front-end (users to the workspace), back-end (classic compute to the control plane) and outbound from serverless compute. With back-end Private Link alone, serverless compute still reaches data over the public network; it needs its own private endpoints and egress controls.',
  remedy: 'Add serverless private connectivity (a network connectivity configuration with private endpoint rules to your storage) and serverless egress control, or keep private workloads on classic compute.',
  source: fact('private-connectivity.serverless-separate').source,
  inputs: [NETWORK],
  optionalInputs: ['architecture.compute.types', `${PRODUCTS}.dbsql.warehouse_type`, 'governance_security.data_security.network_other'],
  check(ctx) {
    if (!ctx.has(NETWORK, 'private-connectivity')) return [];
    const types = ctx.get('architecture.compute.types');
    const serverless = types === 'serverless' || types === 'hybrid' || (using(ctx, 'dbsql') && itemPath(ctx, `${PRODUCTS}.dbsql.warehouse_type`, 'serverless'));
    if (!serverless || phrases(ctx, SERVERLESS_PRIVATE).length) return [];
    // The statement that names back-end Private Link; else a classic network control, preferably
    // where the text itself says serverless relies on it.
    const classic = phrases(ctx, CLASSIC_NETWORK);
    const backEnd =
      phrases(ctx, BACK_END)[0] ?? classic.find((p) => SERVERLESS.test(p.value)) ?? classic[0];
    return backEnd ? [at(backEnd, `"${backEnd.text}" covers classic compute only; the serverless compute this design uses needs its own private connectivity.`)] : [];
  },
};

export const networkRules: Rule[] = [serverlessPrivateLink];
