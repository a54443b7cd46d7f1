#!/usr/bin/env node
// The formplan command line. Runs the TypeScript sources through tsx (no build step).
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// Registered last, so it runs first: adds the "@formplan/source" condition before tsx resolves.
registerHooks('./source-condition.mjs', import.meta.url);
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
