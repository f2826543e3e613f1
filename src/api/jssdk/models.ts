// Generated from catalog/jssdk.json by codegen. Do not edit; run `npm run generate`.

export {}
