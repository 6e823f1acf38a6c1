// The format's single definition, bundled into every entry point (server, CLI, preview).
import schemaJson from '../../../../schemas/sow.schema.json';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  markdownEnumDescriptions?: string[];
  enumDescriptions?: string[];
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  examples?: unknown[];
  uniqueItems?: boolean;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  'x-recommended'?: string;
  'x-antipatterns'?: string[];
  [key: string]: unknown;
};

export const sowSchema = schemaJson as unknown as JsonSchema;
