// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import { ExtensionBoardingScenarioContextSchema } from './models.ts'
import type { ExtensionBoardingPresent, ExtensionBoardingScenarioContext } from './types.ts'

/** Input of {@link extensionMyAiMmBoarding}. */
export interface ExtensionMyAiMmBoardingInput {
  body?: { scenario_context?: ExtensionBoardingScenarioContext; scenario_context_schema_version?: string }
}

/** `data` of a successful {@link extensionMyAiMmBoarding} response. */
export interface ExtensionMyAiMmBoardingOutput {
  present?: ExtensionBoardingPresent
}

/**
 * `vc.v1.my_ai_mm.extension_boarding`: POST /open-apis/vc/v1/my_ai_mm/extension_boarding (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=extension_boarding&project=vc&resource=my_ai_mm&version=v1
 */
export const extensionMyAiMmBoarding = /*#__PURE__*/ endpoint<ExtensionMyAiMmBoardingInput, ExtensionMyAiMmBoardingOutput>({
  id: 'vc.v1.my_ai_mm.extension_boarding',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_mm/extension_boarding',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        scenario_context: optional(ExtensionBoardingScenarioContextSchema()),
        scenario_context_schema_version: optional(string()),
      })),
    }),
})

/** Input of {@link mediaMyAiMmBind}. */
export interface MediaMyAiMmBindInput {
  body?: { message_id?: string; status?: { from_status?: string; to_status?: string }; callback_info?: string }
}

/** `data` of a successful {@link mediaMyAiMmBind} response. */
export interface MediaMyAiMmBindOutput {
  present?: ExtensionBoardingPresent
}

/**
 * `vc.v1.my_ai_mm.media_bind`: POST /open-apis/vc/v1/my_ai_mm/media_bind (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=media_bind&project=vc&resource=my_ai_mm&version=v1
 */
export const mediaMyAiMmBind = /*#__PURE__*/ endpoint<MediaMyAiMmBindInput, MediaMyAiMmBindOutput>({
  id: 'vc.v1.my_ai_mm.media_bind',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_mm/media_bind',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        message_id: optional(string()),
        status: optional(looseObject({ from_status: optional(string()), to_status: optional(string()) })),
        callback_info: optional(string()),
      })),
    }),
})

/** Input of {@link mediaMyAiMmParse}. */
export interface MediaMyAiMmParseInput {
  body?: { scenario_context?: ExtensionBoardingScenarioContext; scenario_context_schema_version?: string }
}

/** `data` of a successful {@link mediaMyAiMmParse} response. */
export interface MediaMyAiMmParseOutput {
  present?: ExtensionBoardingPresent
}

/**
 * `vc.v1.my_ai_mm.media_parse`: POST /open-apis/vc/v1/my_ai_mm/media_parse (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=media_parse&project=vc&resource=my_ai_mm&version=v1
 */
export const mediaMyAiMmParse = /*#__PURE__*/ endpoint<MediaMyAiMmParseInput, MediaMyAiMmParseOutput>({
  id: 'vc.v1.my_ai_mm.media_parse',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_mm/media_parse',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        scenario_context: optional(ExtensionBoardingScenarioContextSchema()),
        scenario_context_schema_version: optional(string()),
      })),
    }),
})

/** Input of {@link queryMyAiMm}. */
export interface QueryMyAiMmInput {
  body?: {
    tool_raw_instruction?: string
    scenario_context?: ExtensionBoardingScenarioContext
    scenario_context_schema_version?: string
  }
}

/** `data` of a successful {@link queryMyAiMm} response. */
export interface QueryMyAiMmOutput {
  present?: ExtensionBoardingPresent
  hint?: string
}

/**
 * `vc.v1.my_ai_mm.query`: POST /open-apis/vc/v1/my_ai_mm/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=vc&resource=my_ai_mm&version=v1
 */
export const queryMyAiMm = /*#__PURE__*/ endpoint<QueryMyAiMmInput, QueryMyAiMmOutput>({
  id: 'vc.v1.my_ai_mm.query',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_mm/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        tool_raw_instruction: optional(string()),
        scenario_context: optional(ExtensionBoardingScenarioContextSchema()),
        scenario_context_schema_version: optional(string()),
      })),
    }),
})

/** Input of {@link queryMyAiMmSuggestContext}. */
export interface QueryMyAiMmSuggestContextInput {
  query?: { object_token?: string; object_type?: string }
}

/** `data` of a successful {@link queryMyAiMmSuggestContext} response. */
export interface QueryMyAiMmSuggestContextOutput {
  title?: string
  content?: string
}

/**
 * `vc.v1.my_ai_mm.query_suggest_context`: GET /open-apis/vc/v1/my_ai_mm/query_suggest_context (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_suggest_context&project=vc&resource=my_ai_mm&version=v1
 */
export const queryMyAiMmSuggestContext = /*#__PURE__*/ endpoint<QueryMyAiMmSuggestContextInput, QueryMyAiMmSuggestContextOutput>({
  id: 'vc.v1.my_ai_mm.query_suggest_context',
  method: 'GET',
  path: '/open-apis/vc/v1/my_ai_mm/query_suggest_context',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ object_token: optional(string()), object_type: optional(string()) })),
    }),
})
