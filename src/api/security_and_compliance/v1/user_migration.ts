// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, picklist, string } from '../../../core/valibot.ts'
import type { UserMigration } from './types.ts'

/** Input of {@link cancelUserMigration}. */
export interface CancelUserMigrationInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' }
  body: { user_ids: string[] }
}

/** `data` of a successful {@link cancelUserMigration} response. */
export type CancelUserMigrationOutput = { [key: string]: unknown }

/**
 * `security_and_compliance.v1.user_migration.cancel`: POST /open-apis/security_and_compliance/v1/user_migrations/cancel (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel&project=security_and_compliance&resource=user_migration&version=v1
 */
export const cancelUserMigration = /*#__PURE__*/ endpoint<CancelUserMigrationInput, CancelUserMigrationOutput>({
  id: 'security_and_compliance.v1.user_migration.cancel',
  method: 'POST',
  path: '/open-apis/security_and_compliance/v1/user_migrations/cancel',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id']) }),
      body: looseObject({ user_ids: array(string()) }),
    }),
})

/** Input of {@link createUserMigration}. */
export interface CreateUserMigrationInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' }
  body: { user_ids: string[]; dest_geo: string }
}

/** `data` of a successful {@link createUserMigration} response. */
export interface CreateUserMigrationOutput {
  user_migrations?: UserMigration[]
}

/**
 * `security_and_compliance.v1.user_migration.create`: POST /open-apis/security_and_compliance/v1/user_migrations (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=security_and_compliance&resource=user_migration&version=v1
 */
export const createUserMigration = /*#__PURE__*/ endpoint<CreateUserMigrationInput, CreateUserMigrationOutput>({
  id: 'security_and_compliance.v1.user_migration.create',
  method: 'POST',
  path: '/open-apis/security_and_compliance/v1/user_migrations',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id']) }),
      body: looseObject({ user_ids: array(string()), dest_geo: string() }),
    }),
})

/** Input of {@link getUserMigration}. */
export interface GetUserMigrationInput {
  path: { user_id: string }
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getUserMigration} response. */
export interface GetUserMigrationOutput {
  user_migration?: UserMigration
}

/**
 * `security_and_compliance.v1.user_migration.get`: GET /open-apis/security_and_compliance/v1/user_migrations/:user_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=security_and_compliance&resource=user_migration&version=v1
 */
export const getUserMigration = /*#__PURE__*/ endpoint<GetUserMigrationInput, GetUserMigrationOutput>({
  id: 'security_and_compliance.v1.user_migration.get',
  method: 'GET',
  path: '/open-apis/security_and_compliance/v1/user_migrations/:user_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id']) }),
    }),
})

/** Input of {@link searchUserMigration}. */
export interface SearchUserMigrationInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' }
  body: { user_ids: string[] }
}

/** `data` of a successful {@link searchUserMigration} response. */
export interface SearchUserMigrationOutput {
  items?: UserMigration[]
}

/**
 * `security_and_compliance.v1.user_migration.search`: POST /open-apis/security_and_compliance/v1/user_migrations/search (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=security_and_compliance&resource=user_migration&version=v1
 */
export const searchUserMigration = /*#__PURE__*/ endpoint<SearchUserMigrationInput, SearchUserMigrationOutput>({
  id: 'security_and_compliance.v1.user_migration.search',
  method: 'POST',
  path: '/open-apis/security_and_compliance/v1/user_migrations/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id']) }),
      body: looseObject({ user_ids: array(string()) }),
    }),
})
