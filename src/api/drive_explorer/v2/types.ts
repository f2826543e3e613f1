// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.

export {}
