// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createWebsiteSiteUser}. */
export interface CreateWebsiteSiteUserInput {
  path: { website_id: string }
  body: { name?: string; email?: string; external_id: string; mobile?: string; mobile_country_code?: string }
}

/** `data` of a successful {@link createWebsiteSiteUser} response. */
export interface CreateWebsiteSiteUserOutput {
  site_user?: {
    user_id?: string
    name?: string
    email?: string
    external_id: string
    mobile?: string
    mobile_country_code?: string
  }
}

/**
 * `hire.v1.website.site_user.create`: POST /open-apis/hire/v1/websites/:website_id/site_users (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=website.site_user&version=v1
 */
export const createWebsiteSiteUser = /*#__PURE__*/ endpoint<CreateWebsiteSiteUserInput, CreateWebsiteSiteUserOutput>({
  id: 'hire.v1.website.site_user.create',
  method: 'POST',
  path: '/open-apis/hire/v1/websites/:website_id/site_users',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      body: looseObject({
        name: optional(string()),
        email: optional(string()),
        external_id: string(),
        mobile: optional(string()),
        mobile_country_code: optional(string()),
      }),
    }),
})
