// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `App` of catalog/spark.v1.json. */
export interface App {
  app_id?: string
  app_type?: string
  name?: string
  description?: string
  icon_url?: string
  created_at?: string
  updated_at?: string
  is_published?: boolean
  online_url?: string
  meta_token?: string
}

/** Shared shape `ApplyConfig` of catalog/spark.v1.json. */
export interface ApplyConfig {
  enabled?: boolean
  approvers?: string[]
}

/** Shared shape `Column` of catalog/spark.v1.json. */
export interface Column {
  name: string
  description: string
  data_type: string
  is_primary_key: boolean
  is_unique: boolean
  is_auto_increment: boolean
  is_array: boolean
  is_allow_null: boolean
  default_value: string
}

/** Shared shape `Constraint` of catalog/spark.v1.json. */
export interface Constraint {
  type: string
  name: string
  columns: string[]
  referenced_table?: string
  referenced_columns?: string[]
}

/** Shared shape `Indexe` of catalog/spark.v1.json. */
export interface Indexe {
  name: string
  columns?: string[]
  type: string
  definition: string
}
