// Writes web/src/api/schema.d.ts from the server's OpenAPI document (npm run generate:api).
import fs from 'node:fs/promises';
import path from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

const text = await generateApiTypes();
await fs.mkdir(path.dirname(API_TYPES_FILE), { recursive: true });
await fs.writeFile(API_TYPES_FILE, text);
console.log(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}.`);
