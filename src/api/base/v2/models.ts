// Generated from catalog/base.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import type { BlockRole, Condition, ConditionGroupCondition, Role, TableRole } from './types.ts'

/** Builds the schema of {@link BlockRole}. */
export function BlockRoleSchema(): GenericSchema<BlockRole> {
  return looseObject({ block_id: string(), block_perm: number() })
}

/** Builds the schema of {@link Condition}. */
export function ConditionSchema(): GenericSchema<Condition> {
  return looseObject({
    field_name: string(),
    operator: optional(picklist(['is', 'isNot', 'contains', 'doesNotContain', 'isEmpty', 'isNotEmpty'])),
    value: optional(array(string())),
  })
}

/** Builds the schema of {@link ConditionGroupCondition}. */
export function ConditionGroupConditionSchema(): GenericSchema<ConditionGroupCondition> {
  return looseObject({
    field_name: string(),
    operator: optional(picklist(['is', 'isNot', 'contains', 'doesNotContain', 'isEmpty', 'isNotEmpty'])),
    value: optional(array(string())),
    field_type: optional(number()),
  })
}

/** Builds the schema of {@link Role}. */
export function RoleSchema(): GenericSchema<Role> {
  return looseObject({
    role_name: string(),
    table_roles: array(looseObject({
      table_perm: number(),
      table_name: optional(string()),
      table_id: optional(string()),
      rec_rule: optional(looseObject({
        conditions: optional(array(ConditionGroupConditionSchema())),
        conjunction: optional(picklist(['and', 'or'])),
        perm: optional(number()),
        other_perm: optional(number()),
        condition_groups: optional(array(looseObject({
          condition_type: optional(number()),
          conditions: optional(array(ConditionGroupConditionSchema())),
          conjunction: optional(picklist(['and', 'or'])),
        }))),
        display_rec_rule_version: optional(number()),
      })),
      other_rec_rule: optional(looseObject({
        conditions: optional(array(ConditionGroupConditionSchema())),
        conjunction: optional(picklist(['and', 'or'])),
        perm: optional(number()),
      })),
      field_perm: optional(record(string(), number())),
      allow_add_record: optional(boolean()),
      allow_delete_record: optional(boolean()),
      view_perm: optional(number()),
      view_rules: optional(record(string(), number())),
      field_action_rules: optional(record(string(), record(string(), number()))),
    })),
    role_id: optional(string()),
    block_roles: optional(array(looseObject({
      block_id: string(),
      block_perm: number(),
      block_type: optional(picklist(['dashboard'])),
    }))),
    base_rule: optional(record(string(), number())),
  })
}

/** Builds the schema of {@link TableRole}. */
export function TableRoleSchema(): GenericSchema<TableRole> {
  return looseObject({
    table_perm: number(),
    table_name: optional(string()),
    table_id: optional(string()),
    rec_rule: optional(looseObject({
      conditions: optional(array(ConditionSchema())),
      conjunction: optional(picklist(['and', 'or'])),
      other_perm: optional(number()),
      condition_groups: optional(array(looseObject({
        condition_type: optional(number()),
        conditions: optional(array(ConditionSchema())),
        conjunction: optional(picklist(['and', 'or'])),
      }))),
      display_rec_rule_version: optional(number()),
    })),
    other_rec_rule: optional(looseObject({
      conditions: optional(array(ConditionSchema())),
      conjunction: optional(picklist(['and', 'or'])),
    })),
    field_perm: optional(record(string(), number())),
    allow_add_record: optional(boolean()),
    allow_delete_record: optional(boolean()),
    view_perm: optional(number()),
    view_rules: optional(record(string(), number())),
    field_action_rules: optional(record(string(), record(string(), number()))),
  })
}
