// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { App, ApplyConfig, Column, Constraint, Indexe } from './types.ts'

/** Builds the schema of {@link App}. */
export function AppSchema(): GenericSchema<App> {
  return looseObject({
    app_id: optional(string()),
    app_type: optional(string()),
    name: optional(string()),
    description: optional(string()),
    icon_url: optional(string()),
    created_at: optional(string()),
    updated_at: optional(string()),
    is_published: optional(boolean()),
    online_url: optional(string()),
    meta_token: optional(string()),
  })
}

/** Builds the schema of {@link ApplyConfig}. */
export function ApplyConfigSchema(): GenericSchema<ApplyConfig> {
  return looseObject({ enabled: optional(boolean()), approvers: optional(array(string())) })
}

/** Builds the schema of {@link Column}. */
export function ColumnSchema(): GenericSchema<Column> {
  return looseObject({
    name: string(),
    description: string(),
    data_type: string(),
    is_primary_key: boolean(),
    is_unique: boolean(),
    is_auto_increment: boolean(),
    is_array: boolean(),
    is_allow_null: boolean(),
    default_value: string(),
  })
}

/** Builds the schema of {@link Constraint}. */
export function ConstraintSchema(): GenericSchema<Constraint> {
  return looseObject({
    type: string(),
    name: string(),
    columns: array(string()),
    referenced_table: optional(string()),
    referenced_columns: optional(array(string())),
  })
}

/** Builds the schema of {@link Indexe}. */
export function IndexeSchema(): GenericSchema<Indexe> {
  return looseObject({ name: string(), columns: optional(array(string())), type: string(), definition: string() })
}
