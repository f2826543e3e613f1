// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreateAccessTokenOutput } from './access_token.ts'
import type { CreateOidcAccessTokenOutput } from './oidc.access_token.ts'
import type { CreateOidcRefreshAccessTokenOutput } from './oidc.refresh_access_token.ts'
import type { CreateRefreshAccessTokenOutput } from './refresh_access_token.ts'
import type { GetUserInfoOutput } from './user_info.ts'

/** Schema of {@link CreateAccessTokenOutput}, for opt-in response validation. */
export const CreateAccessTokenOutputSchema: GenericSchema<CreateAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  access_token: optional(string()),
  token_type: optional(string()),
  expires_in: optional(number()),
  name: optional(string()),
  en_name: optional(string()),
  avatar_url: optional(string()),
  avatar_thumb: optional(string()),
  avatar_middle: optional(string()),
  avatar_big: optional(string()),
  open_id: optional(string()),
  union_id: optional(string()),
  email: optional(string()),
  enterprise_email: optional(string()),
  user_id: optional(string()),
  mobile: optional(string()),
  tenant_key: optional(string()),
  refresh_expires_in: optional(number()),
  refresh_token: optional(string()),
  sid: optional(string()),
}))()

/** Schema of {@link CreateOidcAccessTokenOutput}, for opt-in response validation. */
export const CreateOidcAccessTokenOutputSchema: GenericSchema<CreateOidcAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  access_token: string(),
  refresh_token: optional(string()),
  token_type: string(),
  expires_in: optional(number()),
  refresh_expires_in: optional(number()),
  scope: optional(string()),
}))()

/** Schema of {@link CreateOidcRefreshAccessTokenOutput}, for opt-in response validation. */
export const CreateOidcRefreshAccessTokenOutputSchema: GenericSchema<CreateOidcRefreshAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  access_token: string(),
  refresh_token: optional(string()),
  token_type: string(),
  expires_in: optional(number()),
  refresh_expires_in: optional(number()),
  scope: optional(string()),
}))()

/** Schema of {@link CreateRefreshAccessTokenOutput}, for opt-in response validation. */
export const CreateRefreshAccessTokenOutputSchema: GenericSchema<CreateRefreshAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  access_token: optional(string()),
  token_type: optional(string()),
  expires_in: optional(number()),
  name: optional(string()),
  en_name: optional(string()),
  avatar_url: optional(string()),
  avatar_thumb: optional(string()),
  avatar_middle: optional(string()),
  avatar_big: optional(string()),
  open_id: optional(string()),
  union_id: optional(string()),
  email: optional(string()),
  enterprise_email: optional(string()),
  user_id: optional(string()),
  mobile: optional(string()),
  tenant_key: optional(string()),
  refresh_expires_in: optional(number()),
  refresh_token: optional(string()),
  sid: optional(string()),
}))()

/** Schema of {@link GetUserInfoOutput}, for opt-in response validation. */
export const GetUserInfoOutputSchema: GenericSchema<GetUserInfoOutput> = /*#__PURE__*/ (() => looseObject({
  name: optional(string()),
  en_name: optional(string()),
  avatar_url: optional(string()),
  avatar_thumb: optional(string()),
  avatar_middle: optional(string()),
  avatar_big: optional(string()),
  open_id: optional(string()),
  union_id: optional(string()),
  email: optional(string()),
  enterprise_email: optional(string()),
  user_id: optional(string()),
  mobile: optional(string()),
  tenant_key: optional(string()),
  employee_no: optional(string()),
}))()
