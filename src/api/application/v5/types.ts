// Generated from catalog/application.v5.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `App` of catalog/application.v5.json. */
export interface App {
  app_id: string
  app_name: string
  description: string
  app_type: 'app' | 'shortcut'
  avatar_url: string
  open_methods: { type?: 'mobile_gadget' | 'mobile_web' | 'pc_gadget' | 'pc_web' | 'bot'; applink?: string }[]
}
