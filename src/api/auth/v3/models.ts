// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.

export {}
