// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Add` of catalog/application.v7.json. */
export interface Add {
  redirect_urls?: string[]
  allowed_ips?: string[]
  h5_trusted_domains?: string[]
  web_view_trusted_domains?: string[]
  allowed_schemas?: string[]
  allowed_server_domains?: string[]
}

/** Shared shape `AddScope` of catalog/application.v7.json. */
export interface AddScope {
  scope_name: string
  token_type: 'user' | 'tenant'
}

/** Shared shape `VisibleList` of catalog/application.v7.json. */
export interface VisibleList {
  user_ids?: string[]
  department_ids?: string[]
}
