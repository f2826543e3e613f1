// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreateAppAccessTokenOutput, InternalAppAccessTokenOutput } from './app_access_token.ts'
import type { ResendAppTicketOutput } from './app_ticket.ts'
import type { CreateTenantAccessTokenOutput, InternalTenantAccessTokenOutput } from './tenant_access_token.ts'

/** Schema of {@link CreateAppAccessTokenOutput}, for opt-in response validation. */
export const CreateAppAccessTokenOutputSchema: GenericSchema<CreateAppAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  app_access_token: optional(string()),
  expire: number(),
}))()

/** Schema of {@link InternalAppAccessTokenOutput}, for opt-in response validation. */
export const InternalAppAccessTokenOutputSchema: GenericSchema<InternalAppAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  app_access_token: optional(string()),
  expire: optional(number()),
}))()

/** Schema of {@link ResendAppTicketOutput}, for opt-in response validation. */
export const ResendAppTicketOutputSchema: GenericSchema<ResendAppTicketOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateTenantAccessTokenOutput}, for opt-in response validation. */
export const CreateTenantAccessTokenOutputSchema: GenericSchema<CreateTenantAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  tenant_access_token: optional(string()),
  expire: optional(number()),
}))()

/** Schema of {@link InternalTenantAccessTokenOutput}, for opt-in response validation. */
export const InternalTenantAccessTokenOutputSchema: GenericSchema<InternalTenantAccessTokenOutput> = /*#__PURE__*/ (() => looseObject({
  tenant_access_token: optional(string()),
  expire: optional(number()),
}))()
