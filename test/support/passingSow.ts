// A compact document that passes the cost, operations, performance and document rules, used
// as the base the rule cases mutate.
export const PASSING_SOW = `header:
  partner_name: Acme Analytics
  document_version: "1.1"
  date: 2026-10-01
executive_summary:
  product_overview:
    go_live_target: 2027-06-30
  business_metrics:
    - metric: est_monthly_dbus
      current_state: 10000
      target_6_month: 40000
      target_12_month: 100000
    - metric: est_annual_dbu_spend
      current_state: 60000
      target_6_month: 240000
      target_12_month: 600000
deployment:
  model: partner-hosted
  tenancy:
    strategy: hybrid
    scale_projections:
      - timeframe: 6 months
        customers: 20
        workspaces: 25
        avg_workspaces_per_customer: 1.25
architecture:
  products:
    dbsql:
      warehouse_type: [serverless]
  compute:
    types: hybrid
    policies: "yes"
    autoscaling:
      min_workers: 1
      max_workers: 8
      auto_termination_minutes: 30
cost_telemetry:
  tagging:
    implementation: fully-implemented
    required_tags:
      - tag_key: customer_id
        enforcement: required
      - tag_key: environment
        enforcement: required
      - tag_key: service
        enforcement: required
      - tag_key: cost_center
        enforcement: required
    enforcement_mechanisms: [cluster-policies, serverless-budget-policies, sql-warehouse-tags]
  cost_allocation:
    customer_attribution: fully-automated
    can_differentiate: [product-vs-internal, per-customer-shared]
  budgets:
    alerts: [per-customer]
    recipients: [finance]
  telemetry:
    collection: [databricks-apis]
operations:
  iac:
    tools: [terraform, dabs]
    automated: [workspace-provisioning, compute-creation, uc-setup, cluster-policies]
  cicd:
    tool: [github-actions]
  onboarding:
    automated_time: 1 hour
    automation_level_pct: 100
  monitoring:
    metrics: [job-success, dbu-consumption]
    alert_channels: [pagerduty]
    on_call: 24x7
scale_performance:
  slas:
    - metric: Query latency (p95)
      target: < 5 seconds
    - metric: Data freshness
      target: < 30 minutes
    - metric: API availability
      target: 99.9%
    - metric: Job success rate
      target: 99.5%
implementation_plan:
  milestones:
    - milestone: Architecture Approved
      target_date: 2026-10-15
    - milestone: Unity Catalog Live
      target_date: 2026-12-01
    - milestone: General Availability
      target_date: 2027-06-30
success_metrics:
  technical:
    - metric: Job success rate
      target: 99.5%
    - metric: Query p95 latency
      target: < 5 seconds
  review_cadence: [monthly-sync]
appendices:
  out_of_scope:
    - Real-time streaming (< 1 minute latency)
approval:
  - role: Partner Technical Lead
    date: 2026-10-20
version_history:
  - version: "1.0"
    date: 2026-09-01
  - version: "1.1"
    date: 2026-10-01
`;
