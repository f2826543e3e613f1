// Generated from catalog/base.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `BlockRole` of catalog/base.v2.json. */
export interface BlockRole {
  block_id: string
  block_perm: number
}

/** Shared shape `Condition` of catalog/base.v2.json. */
export interface Condition {
  field_name: string
  operator?: 'is' | 'isNot' | 'contains' | 'doesNotContain' | 'isEmpty' | 'isNotEmpty'
  value?: string[]
}

/** Shared shape `ConditionGroupCondition` of catalog/base.v2.json. */
export interface ConditionGroupCondition {
  field_name: string
  operator?: 'is' | 'isNot' | 'contains' | 'doesNotContain' | 'isEmpty' | 'isNotEmpty'
  value?: string[]
  field_type?: number
}

/** Shared shape `Role` of catalog/base.v2.json. */
export interface Role {
  role_name: string
  table_roles: {
    table_perm: number
    table_name?: string
    table_id?: string
    rec_rule?: {
      conditions?: ConditionGroupCondition[]
      conjunction?: 'and' | 'or'
      perm?: number
      other_perm?: number
      condition_groups?: {
        condition_type?: number
        conditions?: ConditionGroupCondition[]
        conjunction?: 'and' | 'or'
      }[]
      display_rec_rule_version?: number
    }
    other_rec_rule?: { conditions?: ConditionGroupCondition[]; conjunction?: 'and' | 'or'; perm?: number }
    field_perm?: { [key: string]: number }
    allow_add_record?: boolean
    allow_delete_record?: boolean
    view_perm?: number
    view_rules?: { [key: string]: number }
    field_action_rules?: { [key: string]: { [key: string]: number } }
  }[]
  role_id?: string
  block_roles?: { block_id: string; block_perm: number; block_type?: 'dashboard' }[]
  base_rule?: { [key: string]: number }
}

/** Shared shape `TableRole` of catalog/base.v2.json. */
export interface TableRole {
  table_perm: number
  table_name?: string
  table_id?: string
  rec_rule?: {
    conditions?: Condition[]
    conjunction?: 'and' | 'or'
    other_perm?: number
    condition_groups?: { condition_type?: number; conditions?: Condition[]; conjunction?: 'and' | 'or' }[]
    display_rec_rule_version?: number
  }
  other_rec_rule?: { conditions?: Condition[]; conjunction?: 'and' | 'or' }
  field_perm?: { [key: string]: number }
  allow_add_record?: boolean
  allow_delete_record?: boolean
  view_perm?: number
  view_rules?: { [key: string]: number }
  field_action_rules?: { [key: string]: { [key: string]: number } }
}
