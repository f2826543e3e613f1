// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createAppTableFieldGroup}. */
export interface CreateAppTableFieldGroupInput {
  path: { app_token: string; table_id: string }
  body: {
    field_groups: { id?: string; name: string; children: { type: 'field'; id: string }[]; description?: string }[]
  }
}

/** `data` of a successful {@link createAppTableFieldGroup} response. */
export interface CreateAppTableFieldGroupOutput {
  field_groups?: string
}

/**
 * `bitable.v1.app.table.field_group.create`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/field_groups (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.table.field_group&version=v1
 */
export const createAppTableFieldGroup = /*#__PURE__*/ endpoint<CreateAppTableFieldGroupInput, CreateAppTableFieldGroupOutput>({
  id: 'bitable.v1.app.table.field_group.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/field_groups',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      body: looseObject({
        field_groups: array(looseObject({
          id: optional(string()),
          name: string(),
          children: array(looseObject({ type: picklist(['field']), id: string() })),
          description: optional(string()),
        })),
      }),
    }),
})
