#!/usr/bin/env node
// The `ogsmith` command: build, render, serve, sign, bench and warm-cache, each with --help; coded errors print as `CODE: message` with exit 2.
import { Command, CommanderError } from 'commander';
import { isOgsmithError } from '../errors/catalogue.js';
import { OGSMITH_VERSION } from '../version.js';
import { benchCommand } from './commands/bench-command.js';
import { buildCommand } from './commands/build-command.js';
import { renderCommand } from './commands/render-command.js';
import { serveCommand } from './commands/serve-command.js';
import { signCommand } from './commands/sign-command.js';
import { warmCacheCommand } from './commands/warm-cache-command.js';

const program = new Command('ogsmith')
  .description('Open Graph images from templates and element trees: build-time generation, one-off renders, the image server')
  .version(OGSMITH_VERSION)
  .exitOverride()
  .showHelpAfterError();
for (const add of [buildCommand, renderCommand, serveCommand, signCommand, benchCommand, warmCacheCommand]) add(program);
for (const command of program.commands) command.exitOverride().showHelpAfterError();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isOgsmithError(error)) {
    process.stderr.write(`ogsmith: ${error.code}: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`ogsmith: unexpected failure (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
