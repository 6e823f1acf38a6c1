// The template's section numbers and titles for the top two levels of a `.sow.yaml`, so the
// outline, hover and preview read like the template ("3.3 Databricks Product Usage").
import { Path } from '../types';

interface Section {
  /** Template number ("3.3"); absent for unnumbered parts such as the Executive Summary. */
  number?: string;
  title: string;
}

const SECTIONS: Record<string, Section> = {
  header: { title: 'Document Header' },
  executive_summary: { title: 'Executive Summary' },
  'executive_summary.business_overview': { title: 'Business Overview' },
  'executive_summary.product_overview': { title: 'Product Overview' },
  'executive_summary.business_metrics': { title: 'Business Metrics' },
  business_requirements: { number: '1', title: 'Business Requirements' },
  'business_requirements.customer_segments': { number: '1.1', title: 'Customer Segments' },
  'business_requirements.pricing_packaging': { number: '1.2', title: 'Pricing & Packaging' },
  'business_requirements.regulatory_compliance': { number: '1.3', title: 'Regulatory & Compliance Requirements' },
  deployment: { number: '2', title: 'Deployment Model' },
  'deployment.model': { number: '2.1', title: 'Selected Deployment Model' },
  'deployment.tenancy': { number: '2.2', title: 'Workspace Tenancy Strategy' },
  'deployment.cloud': { number: '2.3', title: 'Multi-Cloud Strategy' },
  architecture: { number: '3', title: 'Technical Architecture' },
  'architecture.diagram': { number: '3.1', title: 'Reference Architecture Diagram' },
  'architecture.data_flow': { number: '3.2', title: 'Data Flow' },
  'architecture.products': { number: '3.3', title: 'Databricks Product Usage' },
  'architecture.external_dependencies': { number: '3.4', title: 'External Dependencies' },
  'architecture.compute': { number: '3.5', title: 'Compute Strategy' },
  governance_security: { number: '4', title: 'Data Governance & Security' },
  'governance_security.unity_catalog': { number: '4.1', title: 'Unity Catalog Implementation' },
  'governance_security.access_control': { number: '4.2', title: 'Access Control' },
  'governance_security.data_security': { number: '4.3', title: 'Data Security' },
  cost_telemetry: { number: '5', title: 'Cost Management & Telemetry' },
  'cost_telemetry.tagging': { number: '5.1', title: 'Tagging Strategy' },
  'cost_telemetry.cost_allocation': { number: '5.2', title: 'Cost Allocation' },
  'cost_telemetry.budgets': { number: '5.3', title: 'Budget Monitoring' },
  'cost_telemetry.telemetry': { number: '5.4', title: 'Telemetry & Observability' },
  integration: { number: '6', title: 'Integration Requirements' },
  'integration.data_sources': { number: '6.1', title: 'Data Sources' },
  'integration.downstream': { number: '6.2', title: 'Downstream Integrations' },
  'integration.apis_sdks': { number: '6.3', title: 'APIs & SDKs' },
  operations: { number: '7', title: 'Operations & Automation' },
  'operations.iac': { number: '7.1', title: 'Infrastructure as Code' },
  'operations.cicd': { number: '7.2', title: 'CI/CD Pipeline' },
  'operations.onboarding': { number: '7.3', title: 'Customer Onboarding' },
  'operations.monitoring': { number: '7.4', title: 'Monitoring & Alerting' },
  scale_performance: { number: '8', title: 'Scale & Performance' },
  'scale_performance.targets': { number: '8.1', title: 'Scale Targets' },
  'scale_performance.slas': { number: '8.2', title: 'Performance SLAs' },
  'scale_performance.capacity': { number: '8.3', title: 'Capacity Planning' },
  risks: { number: '9', title: 'Risk Assessment' },
  'risks.technical': { number: '9.1', title: 'Technical Risks' },
  'risks.operational': { number: '9.2', title: 'Operational Risks' },
  'risks.security': { number: '9.3', title: 'Security Risks' },
  'risks.cost': { number: '9.4', title: 'Cost Risks' },
  implementation_plan: { number: '10', title: 'Implementation Plan' },
  'implementation_plan.phases': { number: '10.1', title: 'Phases' },
  'implementation_plan.milestones': { number: '10.2', title: 'Milestones' },
  // The template's "10.3 Resource Requirements" holds the team table (and external support after it).
  'implementation_plan.team': { number: '10.3', title: 'Resource Requirements' },
  success_metrics: { number: '11', title: 'Success Metrics' },
  'success_metrics.technical': { number: '11.1', title: 'Technical Success Metrics' },
  'success_metrics.business': { number: '11.2', title: 'Business Success Metrics' },
  'success_metrics.review_cadence': { number: '11.3', title: 'Quarterly Review Cadence' },
  appendices: { number: '12', title: 'Appendices' },
  'appendices.glossary': { number: 'Appendix A', title: 'Glossary' },
  'appendices.assumptions': { number: 'Appendix C', title: 'Assumptions' },
  'appendices.out_of_scope': { number: 'Appendix D', title: 'Out of Scope' },
  'appendices.open_questions': { number: 'Appendix E', title: 'Open Questions' },
  approval: { title: 'Document Approval' },
  version_history: { title: 'Version History' },
};

/** Every key path the map numbers or titles (for the conformance test against the schema). */
export function sectionPaths(): string[][] {
  return Object.keys(SECTIONS).map((key) => key.split('.'));
}

function sectionOf(path: Path): Section | undefined {
  if (path.length === 0 || path.length > 2 || path.some((s) => typeof s !== 'string')) return undefined;
  return SECTIONS[path.join('.')];
}

/** The template number of a top- or second-level key ("3.3"), if it has one. */
export function sectionNumber(path: Path): string | undefined {
  return sectionOf(path)?.number;
}

/** The template title of a top- or second-level key ("Databricks Product Usage"). */
export function sectionTitle(path: Path): string | undefined {
  return sectionOf(path)?.title;
}

/** Number and title as the template prints them: "3.3 Databricks Product Usage", "Appendix A: Glossary". */
export function sectionLabel(path: Path): string | undefined {
  const section = sectionOf(path);
  if (!section) return undefined;
  if (!section.number) return section.title;
  return section.number.startsWith('Appendix') ? `${section.number}: ${section.title}` : `${section.number} ${section.title}`;
}
