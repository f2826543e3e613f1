// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createWebsiteChannel}. */
export interface CreateWebsiteChannelInput {
  path: { website_id: string }
  body: { channel_name: string }
}

/** `data` of a successful {@link createWebsiteChannel} response. */
export interface CreateWebsiteChannelOutput {
  id?: string
  name?: string
  link?: string
  code?: string
}

/**
 * `hire.v1.website.channel.create`: POST /open-apis/hire/v1/websites/:website_id/channels (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=website.channel&version=v1
 */
export const createWebsiteChannel = /*#__PURE__*/ endpoint<CreateWebsiteChannelInput, CreateWebsiteChannelOutput>({
  id: 'hire.v1.website.channel.create',
  method: 'POST',
  path: '/open-apis/hire/v1/websites/:website_id/channels',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ website_id: string() }), body: looseObject({ channel_name: string() }) }),
})

/** Input of {@link deleteWebsiteChannel}. */
export interface DeleteWebsiteChannelInput {
  path: { website_id: string; channel_id: string }
}

/** `data` of a successful {@link deleteWebsiteChannel} response. */
export type DeleteWebsiteChannelOutput = { [key: string]: unknown }

/**
 * `hire.v1.website.channel.delete`: DELETE /open-apis/hire/v1/websites/:website_id/channels/:channel_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=website.channel&version=v1
 */
export const deleteWebsiteChannel = /*#__PURE__*/ endpoint<DeleteWebsiteChannelInput, DeleteWebsiteChannelOutput>({
  id: 'hire.v1.website.channel.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/websites/:website_id/channels/:channel_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ website_id: string(), channel_id: string() }) }),
})

/** Input of {@link listWebsiteChannel}. */
export interface ListWebsiteChannelInput {
  path: { website_id: string }
  query?: { page_size?: string; page_token?: string }
}

/** `data` of a successful {@link listWebsiteChannel} response. */
export interface ListWebsiteChannelOutput {
  has_more?: boolean
  page_token?: string
  website_channel_list?: { id?: string; name?: string; link?: string; code?: string }[]
}

/**
 * `hire.v1.website.channel.list`: GET /open-apis/hire/v1/websites/:website_id/channels (tenant token).
 *
 * Paginated over `website_channel_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=website.channel&version=v1
 */
export const listWebsiteChannel = /*#__PURE__*/ endpoint<ListWebsiteChannelInput, ListWebsiteChannelOutput, true>({
  id: 'hire.v1.website.channel.list',
  method: 'GET',
  path: '/open-apis/hire/v1/websites/:website_id/channels',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      query: optional(looseObject({ page_size: optional(string()), page_token: optional(string()) })),
    }),
  page: { items: 'website_channel_list' },
})

/** Input of {@link updateWebsiteChannel}. */
export interface UpdateWebsiteChannelInput {
  path: { website_id: string; channel_id: string }
  body: { channel_name: string }
}

/** `data` of a successful {@link updateWebsiteChannel} response. */
export interface UpdateWebsiteChannelOutput {
  id?: string
  name?: string
  link?: string
  code?: string
}

/**
 * `hire.v1.website.channel.update`: PUT /open-apis/hire/v1/websites/:website_id/channels/:channel_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=website.channel&version=v1
 */
export const updateWebsiteChannel = /*#__PURE__*/ endpoint<UpdateWebsiteChannelInput, UpdateWebsiteChannelOutput>({
  id: 'hire.v1.website.channel.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/websites/:website_id/channels/:channel_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string(), channel_id: string() }),
      body: looseObject({ channel_name: string() }),
    }),
})
