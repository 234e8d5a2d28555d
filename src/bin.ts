/**
 * The program as installed (bundled into dist/cli.js): the engine's settings
 * first, before any regular expression has run (changing them later can crash
 * V8), then the CLI itself.
 */
import { tuneV8 } from './util/v8-tuning.js';

tuneV8();
const { main } = await import('./cli.js');
process.exitCode = await main(process.argv.slice(2));
