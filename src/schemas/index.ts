// Assembles the per-concern schemas (Starlight's schema.ts does the same).
export { PolicySchema, POLICY_KINDS, POLICY_STATUSES, type Policy } from './policy';
export { TemplateSchema, SCENARIOS, DIMENSIONS, type Template } from './template';
export { MaterialSchema, MATERIAL_KINDS, SCRIPTS, type Material } from './material';
export { GlossaryTermSchema, type GlossaryTerm } from './glossary';
export { TopicSchema, type Topic } from './topic';
export { ProcedureSchema, DocumentSchema, DOCUMENT_KINDS, type Procedure, type ProcedureDocument } from './procedure';
