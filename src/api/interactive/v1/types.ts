// Generated from catalog/interactive.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
